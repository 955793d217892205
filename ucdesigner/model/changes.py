"""Past-tense change events. Every mutation of a Document is a ``Transaction`` made of
these; each carries the old and the new value, so each can be inverted exactly."""

from __future__ import annotations

from dataclasses import dataclass, field

from .diagram import DiagramInfo, Edge, Shape
from .elements import Element


@dataclass(frozen=True, slots=True)
class ElementAdded:
    """An element or relationship was added."""

    element: Element

    def inverse(self) -> ElementRemoved:
        return ElementRemoved(self.element)


@dataclass(frozen=True, slots=True)
class ElementRemoved:
    """An element or relationship was removed."""

    element: Element

    def inverse(self) -> ElementAdded:
        return ElementAdded(self.element)


@dataclass(frozen=True, slots=True)
class ElementChanged:
    """An element or relationship was replaced by a changed copy (same id)."""

    old: Element
    new: Element

    def inverse(self) -> ElementChanged:
        return ElementChanged(self.new, self.old)

    def changed_fields(self) -> set[str]:
        """Names of the fields whose value differs."""
        return {
            name
            for name in type(self.new).model_fields
            if getattr(self.old, name, None) != getattr(self.new, name, None)
        }


@dataclass(frozen=True, slots=True)
class DiagramAdded:
    """A diagram was added at ``index`` in the diagram list (its shapes follow as ShapeAdded)."""

    diagram: DiagramInfo
    index: int

    def inverse(self) -> DiagramRemoved:
        return DiagramRemoved(self.diagram, self.index)


@dataclass(frozen=True, slots=True)
class DiagramRemoved:
    """A diagram was removed from ``index`` (its shapes and edges went first)."""

    diagram: DiagramInfo
    index: int

    def inverse(self) -> DiagramAdded:
        return DiagramAdded(self.diagram, self.index)


@dataclass(frozen=True, slots=True)
class DiagramChanged:
    """A diagram's attributes (name, documentation, ...) changed."""

    old: DiagramInfo
    new: DiagramInfo

    def inverse(self) -> DiagramChanged:
        return DiagramChanged(self.new, self.old)


@dataclass(frozen=True, slots=True)
class DiagramMoved:
    """A diagram moved from one place in the diagram list to another."""

    diagram_id: str
    old_index: int
    new_index: int

    def inverse(self) -> DiagramMoved:
        return DiagramMoved(self.diagram_id, self.new_index, self.old_index)


@dataclass(frozen=True, slots=True)
class ShapeAdded:
    diagram_id: str
    shape: Shape

    def inverse(self) -> ShapeRemoved:
        return ShapeRemoved(self.diagram_id, self.shape)


@dataclass(frozen=True, slots=True)
class ShapeRemoved:
    diagram_id: str
    shape: Shape

    def inverse(self) -> ShapeAdded:
        return ShapeAdded(self.diagram_id, self.shape)


@dataclass(frozen=True, slots=True)
class ShapeChanged:
    """A shape moved, was resized or restyled."""

    diagram_id: str
    old: Shape
    new: Shape

    def inverse(self) -> ShapeChanged:
        return ShapeChanged(self.diagram_id, self.new, self.old)


@dataclass(frozen=True, slots=True)
class EdgeAdded:
    diagram_id: str
    edge: Edge

    def inverse(self) -> EdgeRemoved:
        return EdgeRemoved(self.diagram_id, self.edge)


@dataclass(frozen=True, slots=True)
class EdgeRemoved:
    diagram_id: str
    edge: Edge

    def inverse(self) -> EdgeAdded:
        return EdgeAdded(self.diagram_id, self.edge)


@dataclass(frozen=True, slots=True)
class EdgeChanged:
    """An edge's bend points, label position or style changed."""

    diagram_id: str
    old: Edge
    new: Edge

    def inverse(self) -> EdgeChanged:
        return EdgeChanged(self.diagram_id, self.new, self.old)


@dataclass(frozen=True, slots=True)
class DocumentInfoChanged:
    """The document's own name, documentation or properties changed."""

    old: dict
    new: dict

    def inverse(self) -> DocumentInfoChanged:
        return DocumentInfoChanged(self.new, self.old)


Change = (
    ElementAdded
    | ElementRemoved
    | ElementChanged
    | DiagramAdded
    | DiagramRemoved
    | DiagramChanged
    | DiagramMoved
    | ShapeAdded
    | ShapeRemoved
    | ShapeChanged
    | EdgeAdded
    | EdgeRemoved
    | EdgeChanged
    | DocumentInfoChanged
)


@dataclass(frozen=True, slots=True)
class Transaction:
    """One user-level change: a list of primitive changes applied in order.

    ``inverse()`` undoes it exactly. Removing an element yields one transaction that also
    lists the relationships, shapes and edges that went with it.
    """

    changes: tuple[Change, ...]
    label: str = ""
    merge_key: tuple | None = field(default=None, compare=False)
    """Set on transactions that may merge with the next one of the same key (arrow moves)."""

    def inverse(self) -> Transaction:
        return Transaction(tuple(c.inverse() for c in reversed(self.changes)), self.label)

    def __bool__(self) -> bool:
        return bool(self.changes)

    def of_type(self, *types: type) -> list:
        """The changes of the given types, in order."""
        return [c for c in self.changes if isinstance(c, types)]
