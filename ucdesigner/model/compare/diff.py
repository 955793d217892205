"""What changed between two versions of a document, in the model and on the diagrams.

``diff(old, new)`` compares two ``DocumentData`` values by id: elements and
relationships added, removed and changed field by field (the specification and the
journey step one level deeper), the document's own fields and journey, and per diagram
the shapes added, removed, moved, resized or restyled and the lines added, removed,
rerouted or restyled. Every change can say itself in plain words (``sentence``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

from pydantic import BaseModel

from ..data import DocumentData
from ..diagram import Diagram, Edge, Shape
from ..elements import Element, Relationship
from .words import field_word, relationship_clause, title

T = TypeVar("T")

Status = Literal["added", "removed", "changed"]

_DEEP_FIELDS = ("specification", "journey")
"""Element fields whose own changed fields are named ("specification: goal changed")."""


def plain(value: Any) -> Any:
    """A field value as JSON-ready data."""
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", exclude_defaults=True)
    if isinstance(value, tuple | list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


@dataclass(frozen=True)
class FieldChange:
    """One field of one thing changed; ``parts`` names the changed sub-fields of a
    specification or journey step."""

    field: str
    old: Any
    new: Any
    parts: tuple[str, ...] = ()

    def words(self) -> str:
        """ "documentation changed", "specification: goal, trigger changed"."""
        if self.parts:
            return f"{field_word(self.field)}: {', '.join(map(field_word, self.parts))} changed"
        return f"{field_word(self.field)} changed"

    def to_json(self) -> dict[str, Any]:
        data = {"field": self.field, "old": plain(self.old), "new": plain(self.new)}
        if self.parts:
            data["parts"] = list(self.parts)
        return data


@dataclass(frozen=True)
class ItemDiff:
    """An element or relationship added, removed or changed."""

    status: Status
    old: Element | None
    new: Element | None
    fields: tuple[FieldChange, ...] = ()

    @property
    def element(self) -> Element:
        """The newer version (the old one of a removed element)."""
        return self.new or self.old  # type: ignore[return-value]

    @property
    def id(self) -> str:
        return self.element.id

    def sentence(self, old_names: Mapping[str, Element], new_names: Mapping[str, Element]) -> str:
        """This change in plain words ("Contact Support: documentation changed")."""
        element = self.element
        if isinstance(element, Relationship):
            if self.status == "added":
                return relationship_clause(element, new_names) + "."
            if self.status == "removed":
                return relationship_clause(element, old_names, now=False) + "."
            clause = relationship_clause(element, new_names, connective="")
            return f"{clause}: {'; '.join(f.words() for f in self.fields)}."
        if self.status == "added":
            return f"Added {element.label} {title(element)}."
        if self.status == "removed":
            return f"Removed {element.label} {title(element)}."
        texts = []
        for change in self.fields:
            if change.field == "name":
                texts.append(f'renamed from "{change.old}"')
            elif change.field == "package":
                package = new_names.get(change.new) if change.new else None
                texts.append(f"moved to {title(package) if package else 'the model root'}")
            else:
                texts.append(change.words())
        return f"{title(element)}: {'; '.join(texts)}."

    def to_json(self) -> dict[str, Any]:
        element = self.element
        data: dict[str, Any] = {"id": element.id, "kind": element.kind, "status": self.status}
        data["name"] = element.name
        if self.status == "changed":
            data["fields"] = [f.to_json() for f in self.fields]
        else:
            data["value"] = plain(element)
        return data


ShapeStatus = Literal["added", "removed", "moved", "resized", "restyled", "changed"]


@dataclass(frozen=True)
class ShapeDiff:
    """A shape on one diagram: added, removed, or changed (``aspects`` says how:
    moved, resized, restyled, changed)."""

    element: str
    old: Shape | None
    new: Shape | None
    aspects: tuple[ShapeStatus, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "element": self.element,
            "changes": list(self.aspects),
            "old": plain(self.old),
            "new": plain(self.new),
        }


EdgeStatus = Literal["added", "removed", "rerouted", "restyled", "changed"]


@dataclass(frozen=True)
class EdgeDiff:
    """A line on one diagram: added, removed, rerouted, restyled or otherwise changed."""

    element: str
    old: Edge | None
    new: Edge | None
    aspects: tuple[EdgeStatus, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "element": self.element,
            "changes": list(self.aspects),
            "old": plain(self.old),
            "new": plain(self.new),
        }


@dataclass(frozen=True)
class DiagramDiff:
    """One diagram: added, removed, or changed in its own fields, shapes or lines."""

    id: str
    name: str
    status: Status
    fields: tuple[FieldChange, ...] = ()
    shapes: tuple[ShapeDiff, ...] = ()
    edges: tuple[EdgeDiff, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "status": self.status,
            "fields": [f.to_json() for f in self.fields],
            "shapes": [s.to_json() for s in self.shapes],
            "edges": [e.to_json() for e in self.edges],
        }


@dataclass(frozen=True)
class DocumentDiff:
    """Everything that differs between ``old`` and ``new``."""

    old: DocumentData
    new: DocumentData
    document: tuple[FieldChange, ...]
    elements: tuple[ItemDiff, ...]
    relationships: tuple[ItemDiff, ...]
    diagrams: tuple[DiagramDiff, ...]

    @property
    def empty(self) -> bool:
        """True when the two versions hold the same model and diagrams."""
        return not (self.document or self.elements or self.relationships or self.diagrams)

    def sentences(self) -> list[str]:
        """Every model change in plain words: the document first, then elements, then
        relationships, then one line per changed diagram."""
        old_names = {e.id: e for e in self.old.elements}
        new_names = {e.id: e for e in self.new.elements}
        lines = [f"Model: {change.words()}." for change in self.document]
        lines += [d.sentence(old_names, new_names) for d in self.elements]
        lines += [d.sentence(old_names, new_names) for d in self.relationships]
        lines += [diagram_sentence(d, old_names, new_names) for d in self.diagrams]
        return lines

    def to_json(self) -> dict[str, Any]:
        """The diff as JSON-ready data (``ucdesigner diff -o changes.json``)."""
        return {
            "document": [f.to_json() for f in self.document],
            "elements": [d.to_json() for d in self.elements],
            "relationships": [d.to_json() for d in self.relationships],
            "diagrams": [d.to_json() for d in self.diagrams],
        }


def diagram_sentence(
    change: DiagramDiff, old_names: Mapping[str, Element], new_names: Mapping[str, Element]
) -> str:
    """A diagram's changes in one line: "Diagram "Support": 2 shapes added, 1 moved."."""
    name = change.name or change.id
    if change.status != "changed":
        return f'Diagram "{name}" {change.status}.'
    counts: dict[str, int] = {}
    for shape in change.shapes:
        for aspect in shape.aspects:
            counts[f"shape {aspect}"] = counts.get(f"shape {aspect}", 0) + 1
    for edge in change.edges:
        for aspect in edge.aspects:
            counts[f"line {aspect}"] = counts.get(f"line {aspect}", 0) + 1
    parts = [f.words() for f in change.fields]
    for key, count in counts.items():
        thing, aspect = key.split(" ")
        parts.append(f"{count} {thing}{'s' if count > 1 else ''} {aspect}")
    return f'Diagram "{name}": {", ".join(parts)}.'


# --- computing ---------------------------------------------------------------------------


def diff(old: DocumentData, new: DocumentData) -> DocumentDiff:
    """The differences from ``old`` to ``new`` (see the module docstring)."""
    return DocumentDiff(
        old=old,
        new=new,
        document=tuple(_document_fields(old, new)),
        elements=tuple(_items(old.elements, new.elements)),
        relationships=tuple(_items(old.relationships, new.relationships)),
        diagrams=tuple(_diagrams(old.diagrams, new.diagrams)),
    )


def field_changes(old: BaseModel, new: BaseModel, skip: Iterable[str] = ()) -> list[FieldChange]:
    """The fields (in declaration order) whose values differ between two model objects."""
    skipped = set(skip)
    changes = []
    for name in type(new).model_fields:
        if name in skipped:
            continue
        before, after = getattr(old, name, None), getattr(new, name, None)
        if before != after:
            parts: tuple[str, ...] = ()
            deep = isinstance(before, BaseModel) and isinstance(after, BaseModel)
            if name in _DEEP_FIELDS and deep:
                parts = tuple(c.field for c in field_changes(before, after))
            changes.append(FieldChange(name, before, after, parts))
    return changes


def _document_fields(old: DocumentData, new: DocumentData) -> list[FieldChange]:
    fields = ("name", "documentation", "properties", "settings")
    changes = [
        FieldChange(f, getattr(old, f), getattr(new, f))
        for f in fields
        if getattr(old, f) != getattr(new, f)
    ]
    if old.journey != new.journey:
        parts = tuple(c.field for c in field_changes(old.journey, new.journey))
        changes.append(FieldChange("journey", old.journey, new.journey, parts))
    return changes


def _items(old: Iterable[Element], new: Iterable[Element]) -> list[ItemDiff]:
    before = {e.id: e for e in old}
    after = {e.id: e for e in new}
    changes = []
    for key in sorted(before.keys() | after.keys()):
        a, b = before.get(key), after.get(key)
        if a is None:
            changes.append(ItemDiff("added", None, b))
        elif b is None:
            changes.append(ItemDiff("removed", a, None))
        elif a != b:
            if a.kind != b.kind:
                changes.append(ItemDiff("removed", a, None))
                changes.append(ItemDiff("added", None, b))
            else:
                changes.append(ItemDiff("changed", a, b, tuple(field_changes(a, b, ("kind",)))))
    return changes


def _paired(
    old: Iterable[T], new: Iterable[T], key_of: Callable[[T], str]
) -> Iterator[tuple[str, T | None, T | None]]:
    """(key, old item or None, new item or None) for every key: the new side's order,
    then what only the old side has."""
    before = {key_of(item): item for item in old}
    after = {key_of(item): item for item in new}
    for key in [*after, *(k for k in before if k not in after)]:
        yield key, before.get(key), after.get(key)


def _diagrams(old: Iterable[Diagram], new: Iterable[Diagram]) -> list[DiagramDiff]:
    changes = []
    for key, a, b in _paired(old, new, lambda d: d.id):
        if a is None:
            assert b is not None
            changes.append(DiagramDiff(key, b.name, "added", shapes=_shapes((), b.shapes)))
        elif b is None:
            changes.append(DiagramDiff(key, a.name, "removed", shapes=_shapes(a.shapes, ())))
        elif a != b:
            fields = tuple(field_changes(a, b, ("shapes", "edges")))
            shapes = tuple(_shapes(a.shapes, b.shapes))
            edges = tuple(_edges(a.edges, b.edges))
            if fields or shapes or edges:
                changes.append(DiagramDiff(key, b.name, "changed", fields, shapes, edges))
    return changes


def _shapes(old: Iterable[Shape], new: Iterable[Shape]) -> list[ShapeDiff]:
    changes = []
    for key, a, b in _paired(old, new, lambda shape: shape.element):
        if a is None:
            changes.append(ShapeDiff(key, None, b, ("added",)))
        elif b is None:
            changes.append(ShapeDiff(key, a, None, ("removed",)))
        elif a != b:
            aspects: list[ShapeStatus] = []
            if (a.x, a.y) != (b.x, b.y):
                aspects.append("moved")
            if (a.width, a.height) != (b.width, b.height):
                aspects.append("resized")
            if a.style != b.style:
                aspects.append("restyled")
            if (a.z, a.pinned) != (b.z, b.pinned):
                aspects.append("changed")
            changes.append(ShapeDiff(key, a, b, tuple(aspects)))
    return changes


def _edges(old: Iterable[Edge], new: Iterable[Edge]) -> list[EdgeDiff]:
    changes = []
    for key, a, b in _paired(old, new, lambda edge: edge.element):
        if a is None:
            changes.append(EdgeDiff(key, None, b, ("added",)))
        elif b is None:
            changes.append(EdgeDiff(key, a, None, ("removed",)))
        elif a != b:
            aspects: list[EdgeStatus] = []
            if (a.waypoints, a.label_offset, a.note_offset) != (
                b.waypoints,
                b.label_offset,
                b.note_offset,
            ):
                aspects.append("rerouted")
            if a.style != b.style:
                aspects.append("restyled")
            if a.hide_end_labels != b.hide_end_labels:
                aspects.append("changed")
            changes.append(EdgeDiff(key, a, b, tuple(aspects)))
    return changes
