"""Automatic layout applied to a document: Auto Layout and Tidy Labels as document
operations (no Qt), run as one undo step by the editor and directly by the command line."""

from __future__ import annotations

from ..layout import Direction, auto_layout, tidy_labels
from ..model import Diagram, Document


def apply_geometry(document: Document, diagram_id: str, laid: Diagram) -> None:
    """Give the diagram the shape geometry, lines and lanes of ``laid`` (a laid-out copy
    of it); only what changed is written."""
    current = document.diagram(diagram_id)
    old_shapes = {s.element: s for s in current.shapes}
    old_edges = {e.element: e for e in current.edges}
    shapes = [s for s in laid.shapes if s.element in old_shapes and old_shapes[s.element] != s]
    edges = [e for e in laid.edges if e.element in old_edges and old_edges[e.element] != e]
    if shapes:
        document.update_shapes(diagram_id, shapes)
    if edges:
        document.update_edges(diagram_id, edges)
    if laid.lanes != current.lanes:
        document.update_diagram(diagram_id, lanes=laid.lanes)


def lay_out(
    document: Document,
    diagram_id: str,
    direction: Direction | None = None,
    only: frozenset[str] | None = None,
) -> tuple[str, ...]:
    """Auto Layout of one diagram (or of the shapes of ``only``); kept positions stay.
    ``direction`` None: the layout chooses (left to right unless only top to bottom
    fits a slide).
    Returns the layout's warnings (for example that a simple grid was used)."""
    outcome = auto_layout(document, document.diagram(diagram_id), direction=direction, only=only)
    apply_geometry(document, diagram_id, outcome.diagram)
    return outcome.warnings


def tidy(document: Document, diagram_id: str) -> None:
    """Tidy Labels: only labels, condition notes and comments move."""
    apply_geometry(document, diagram_id, tidy_labels(document, document.diagram(diagram_id)))


def set_pinned(
    document: Document, diagram_id: str, element_ids: list[str] | tuple[str, ...], pinned: bool
) -> None:
    """Keep Position on (or off) for the shapes of these elements on the diagram."""
    shapes = [document.shape(diagram_id, i) for i in element_ids]
    changed = [s.model_copy(update={"pinned": pinned}) for s in shapes if s and s.pinned != pinned]
    if changed:
        document.update_shapes(diagram_id, changed)
