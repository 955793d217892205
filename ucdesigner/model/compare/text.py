"""A document as plain lines for ``git diff`` (the text conversion of ``*.ucd``).

Each element, relationship and diagram is a heading line with its fields indented
under it, in id order, so that a change shows as a few changed lines under the name of
what changed, instead of JSON punctuation. It works on the document as the file holds
it (a JSON object, defaults left out), so that git diff stays quick on large models.
"""

from __future__ import annotations

import json
from typing import Any

from ..data import DocumentData
from ..elements import KIND_LABELS
from .words import VERBS, field_word

_SKIP = {"kind", "id", "name"}


def document_text(document: DocumentData | dict[str, Any]) -> str:
    """The whole document as readable lines (see the module docstring); ``document`` is
    a DocumentData or the content of a current-version file."""
    if isinstance(document, DocumentData):
        document = document.model_dump(mode="json", exclude_defaults=True)
    elements = _list(document.get("elements"))
    titles = {e.get("id"): _title(e) for e in elements}
    lines = [f'Model "{document.get("name", "Model")}"']
    for field in ("documentation", "properties", "settings", "journey"):
        _field(lines, field, document.get(field))
    for element in elements:
        label = KIND_LABELS.get(element.get("kind"), "element").capitalize()
        lines.append("")
        lines.append(f"{label} {titles[element.get('id')]} [{element.get('id')}]")
        _fields(lines, element)
    for rel in _list(document.get("relationships")):
        lines.append("")
        lines.append(f"{_clause(rel, titles)} [{rel.get('id')}]")
        _fields(lines, rel, skip={"source", "target"})
    for diagram in _list(document.get("diagrams")):
        lines.append("")
        _diagram(lines, diagram, titles)
    for conflict in _list(document.get("conflicts")):
        lines.append("")
        lines.append(f"Conflict [{conflict.get('id')}]: {conflict.get('message', '')}")
    return "\n".join(lines) + "\n"


def _list(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _title(element: dict[str, Any]) -> str:
    if element.get("kind") == "comment":
        text = " ".join(str(element.get("body", "")).split())
        return f'Note "{text[:39] + "…" if len(text) > 40 else text}"'
    label = KIND_LABELS.get(element.get("kind"), "element")
    return str(element.get("name") or f"Unnamed {label} ({element.get('id')})")


def _clause(rel: dict[str, Any], titles: dict[Any, str]) -> str:
    kind = rel.get("kind")
    verb = VERBS.get(kind, ("is related to", ""))[0]
    source, target = rel.get("source"), rel.get("target")
    return (
        f"{KIND_LABELS.get(kind, 'relationship').capitalize()}: "
        f"{titles.get(source, source)} {verb} {titles.get(target, target)}"
    )


def _fields(
    lines: list[str], item: dict[str, Any], skip: set[str] | frozenset = frozenset()
) -> None:
    for name, value in item.items():
        if name not in _SKIP and name not in skip:
            _field(lines, name, value)


def _field(lines: list[str], name: str, value: Any) -> None:
    if value is None or value == "" or value == [] or value == {}:
        return
    label = field_word(name)
    if isinstance(value, str):
        first, *rest = value.splitlines() or [""]
        lines.append(f"  {label}: {first}")
        lines.extend(f"    {line}" for line in rest)
    elif isinstance(value, dict):
        lines.append(f"  {label}:")
        for key, item in value.items():
            if isinstance(item, list) and item:
                lines.append(f"    {field_word(key)}:")
                lines.extend(f"      - {_one(part)}" for part in item)
            else:
                lines.append(f"    {field_word(key)}: {_one(item)}")
    elif isinstance(value, list):
        lines.append(f"  {label}:")
        lines.extend(f"    - {_one(item)}" for item in value)
    else:
        lines.append(f"  {label}: {json.dumps(value)}")


def _one(value: Any) -> str:
    """A value on one line: text as it is, anything else as compact JSON."""
    if isinstance(value, str):
        return " ".join(value.splitlines())
    return json.dumps(value, ensure_ascii=False)


def _diagram(lines: list[str], diagram: dict[str, Any], titles: dict[Any, str]) -> None:
    lines.append(f'Diagram "{diagram.get("name", "")}" [{diagram.get("id")}]')
    for field in ("package", "documentation", "properties", "lanes"):
        _field(lines, field, diagram.get(field))
    append = lines.append
    for shape in _list(diagram.get("shapes")):
        element = shape.get("element")
        rest = {k: v for k, v in shape.items() if k not in _SHAPE_MAIN} if len(shape) > 5 else {}
        append(
            f"  shape {titles.get(element, element)} at ({_n(shape.get('x'))}, "
            f"{_n(shape.get('y'))}) size {_n(shape.get('width'))} x {_n(shape.get('height'))}"
            + (f" {json.dumps(rest)}" if rest else "")
        )
    for edge in _list(diagram.get("edges")):
        points = edge.get("waypoints") or []
        route = " ".join(f"({_n(p.get('x'))}, {_n(p.get('y'))})" for p in _list(points))
        rest = {k: v for k, v in edge.items() if k not in ("element", "waypoints")}
        append(
            f"  line {edge.get('element')}"
            + (f" via {route}" if route else "")
            + (f" {json.dumps(rest)}" if rest else "")
        )


_SHAPE_MAIN = {"element", "x", "y", "width", "height"}


def _n(value: Any) -> str:
    """A coordinate as written in the file, without a needless ".0"."""
    if value.__class__ is float and value.is_integer():
        return str(int(value))
    return str(value)
