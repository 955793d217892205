"""A document as plain lines for ``git diff`` (the text conversion of ``*.ucd``).

Each element, relationship and diagram is a heading line with its fields indented
under it, in id order, so that a change shows as a few changed lines under the name of
what changed, instead of JSON punctuation.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel

from ..data import DocumentData
from ..diagram import Diagram
from ..elements import Element, Relationship
from .words import VERBS, field_word, title

_SKIP = {"kind", "id", "name"}


def document_text(data: DocumentData) -> str:
    """The whole document as readable lines (see the module docstring)."""
    names = {e.id: e for e in data.elements}
    lines = [f'Model "{data.name}"']
    for field in ("documentation", "properties", "settings", "journey"):
        _field(lines, field, getattr(data, field), DocumentData.model_fields[field].default)
    for element in data.elements:
        lines.append("")
        lines.append(f"{element.label.capitalize()} {title(element)} [{element.id}]")
        _fields(lines, element)
    for rel in data.relationships:
        lines.append("")
        lines.append(f"{_clause(rel, names)} [{rel.id}]")
        _fields(lines, rel, skip={"source", "target"})
    for diagram in data.diagrams:
        lines.append("")
        _diagram(lines, diagram, names)
    for conflict in data.conflicts:
        lines.append("")
        lines.append(f"Conflict [{conflict.id}]: {conflict.message}")
    return "\n".join(lines) + "\n"


def _clause(rel: Relationship, names: dict[str, Element]) -> str:
    source, target = names.get(rel.source), names.get(rel.target)
    verb = VERBS.get(rel.kind, ("is related to", ""))[0]
    return (
        f"{rel.label.capitalize()}: {title(source) if source else rel.source} {verb} "
        f"{title(target) if target else rel.target}"
    )


def _fields(lines: list[str], item: BaseModel, skip: set[str] | frozenset = frozenset()) -> None:
    fields = type(item).model_fields
    for name, value in item.__dict__.items():
        if name in _SKIP or name in skip:
            continue
        _field(lines, name, value, fields[name].default)


def _field(lines: list[str], name: str, value: Any, default: Any) -> None:
    if value == default or value in ((), {}, "", None):
        return
    label = field_word(name)
    if isinstance(value, str):
        first, *rest = value.splitlines() or [""]
        lines.append(f"  {label}: {first}")
        lines.extend(f"    {line}" for line in rest)
    elif isinstance(value, BaseModel | tuple | list | dict):
        dumped = _plain(value)
        if isinstance(dumped, dict) and dumped:
            lines.append(f"  {label}:")
            for key, item in dumped.items():
                if isinstance(item, list) and item:
                    lines.append(f"    {field_word(key)}:")
                    lines.extend(f"      - {_one(part)}" for part in item)
                else:
                    lines.append(f"    {field_word(key)}: {_one(item)}")
        elif isinstance(dumped, list) and dumped:
            lines.append(f"  {label}:")
            lines.extend(f"    - {_one(item)}" for item in dumped)
    else:
        lines.append(f"  {label}: {json.dumps(value)}")


def _one(value: Any) -> str:
    """A value on one line: text as it is, anything else as compact JSON."""
    if isinstance(value, str):
        return " ".join(value.splitlines())
    return json.dumps(value, ensure_ascii=False)


def _plain(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", exclude_defaults=True)
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _diagram(lines: list[str], diagram: Diagram, names: dict[str, Element]) -> None:
    lines.append(f'Diagram "{diagram.name}" [{diagram.id}]')
    for field in ("package", "documentation", "properties", "lanes"):
        _field(lines, field, getattr(diagram, field), Diagram.model_fields[field].default)
    for shape in diagram.shapes:
        element = names.get(shape.element)
        extra = []
        if shape.z:
            extra.append(f"z {shape.z}")
        if shape.pinned:
            extra.append("pinned")
        style = shape.style.model_dump(exclude_none=True)
        if style:
            extra.append(json.dumps(style))
        lines.append(
            f"  shape {title(element) if element else shape.element} at "
            f"({shape.x:g}, {shape.y:g}) size {shape.width:g} x {shape.height:g}"
            + (f" {' '.join(extra)}" if extra else "")
        )
    for edge in diagram.edges:
        route = " ".join(f"({p.x:g}, {p.y:g})" for p in edge.waypoints)
        rest = edge.model_dump(mode="json", exclude_defaults=True, exclude={"element", "waypoints"})
        lines.append(
            f"  line {edge.element}"
            + (f" via {route}" if route else "")
            + (f" {json.dumps(rest)}" if rest else "")
        )
