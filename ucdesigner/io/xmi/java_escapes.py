"""Visual Paradigm writes letters outside ASCII as Java escapes (``Ins\\u00e9rer un
film``) inside otherwise well-formed XML; they are decoded back to the letters."""

from __future__ import annotations

import re

from .raw import RawModel

_ESCAPES = re.compile(r"(?:\\u[0-9a-fA-F]{4})+")


def decode(text: str) -> str:
    """``Ins\\u00e9rer`` -> ``Insérer`` (surrogate pairs joined); other text unchanged."""
    if "\\u" not in text:
        return text

    def letters(match: re.Match[str]) -> str:
        units = match.group(0).split("\\u")[1:]
        raw = b"".join(int(unit, 16).to_bytes(2, "big") for unit in units)
        return raw.decode("utf-16-be", "replace")

    return _ESCAPES.sub(letters, text)


def decode_model(raw: RawModel) -> None:
    """Decode the names, documentation and texts of everything a reader found."""
    raw.name = decode(raw.name)
    raw.documentation = decode(raw.documentation)
    for element in raw.elements.values():
        element.name = decode(element.name)
        element.documentation = decode(element.documentation)
        element.body = decode(element.body)
        element.extension_points = [(x, decode(n)) for x, n in element.extension_points]
        element.properties = {decode(k): decode(v) for k, v in element.properties.items()}
    for rel in raw.relationships:
        rel.name = decode(rel.name)
        rel.documentation = decode(rel.documentation)
        rel.condition = decode(rel.condition)
    for diagram in raw.diagrams:
        diagram.name = decode(diagram.name)
