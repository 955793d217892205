"""Every position the program chooses itself: laying out a diagram (imports, PlantUML,
pasted rows, Auto Layout with kept positions), routing lines around shapes and placing
labels and notes. Depends on ``ucdesigner.model`` only.

The public API is ``auto_layout`` and ``tidy_labels``; both return new values and never
change the document (the caller applies the result, as one undo step in the editor).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from ..model import Diagram
from ..model.diagram import Lanes
from ..model.elements import NodeElement, Relationship
from ..model.journey import Journey
from .elements import Elements, Model

Direction = Literal["lr", "tb"]
"""Reading direction of a layout: left to right or top to bottom. Where a caller passes
``None`` (nobody asked for a direction), the layout reads left to right unless only top
to bottom fits a slide (or the reverse)."""


@dataclass(frozen=True)
class LayoutOutcome:
    """A laid-out diagram and what the user should know about how it was made."""

    diagram: Diagram
    """The same diagram with new shape geometry, edge waypoints and label/note offsets."""
    warnings: tuple[str, ...] = ()
    """For example that Graphviz is missing and a simple grid was used instead."""


def auto_layout(
    document: Model,
    diagram: Diagram,
    *,
    direction: Direction | None = None,
    only: frozenset[str] | None = None,
) -> LayoutOutcome:
    """Lay out ``diagram``'s shapes (or only those of the element ids in ``only``), in
    ``direction`` (``None``: the one that fits a slide, left to right first).

    Shapes with ``pinned=True`` and shapes outside ``only`` stay where they are; the rest
    are placed around them. Never raises for a diagram the document accepts: when the
    engine fails, the shapes are put on a simple grid and a warning says so.
    """
    from .engine import lay_out

    return lay_out(document, diagram, direction=direction, only=only)


def layout_new_diagram(
    diagram_id: str,
    name: str,
    package: str | None,
    nodes: Sequence[NodeElement],
    relationships: Sequence[Relationship],
    *,
    direction: Direction | None = None,
    journey: Journey | None = None,
    lanes: Lanes | None = None,
) -> LayoutOutcome:
    """A new diagram showing ``nodes`` and the ``relationships`` among them, laid out (for
    readers that make a model before there is a document: XMI, PlantUML, pasted rows).
    With ``journey`` and ``lanes`` (or use cases in stages), each use case stands in its
    stage's lane."""
    from .engine import new_diagram

    return new_diagram(
        diagram_id,
        name,
        package,
        nodes,
        relationships,
        direction=direction,
        journey=journey,
        lanes=lanes,
    )


def route_lines(document: Model, diagram: Diagram, lines: frozenset[str]) -> Diagram:
    """``diagram`` with the lines of the relationship ids ``lines`` routed around the
    shapes where they are (no shape moves) and every label placed afresh. Without
    Graphviz the lines stay straight."""
    from .engine import finish
    from .graphviz import EngineMissing

    try:
        return finish(document, diagram, set(lines))
    except EngineMissing:
        return tidy_labels(document, diagram)


def lines_through_shapes(document: Model, diagram: Diagram) -> frozenset[str]:
    """The relationship ids of ``diagram``'s lines that pass through a shape other than
    their two ends (drawn from shape centres through their bend points)."""
    from .routing import blocked_lines

    return blocked_lines(document, diagram)


def tidy_labels(document: Model, diagram: Diagram) -> Diagram:
    """``diagram`` with only its labels moved (edge ``label_offset``/``note_offset``) and
    its comment shapes placed beside what they annotate; nothing else changes."""
    from .labels import tidy

    return tidy(document, diagram)


__all__ = [
    "Direction",
    "Elements",
    "LayoutOutcome",
    "auto_layout",
    "layout_new_diagram",
    "lines_through_shapes",
    "route_lines",
    "tidy_labels",
]
