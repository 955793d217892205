"""Auto Layout of a diagram that already exists: which shapes move, which stay, and the
fallback when the layout fails."""

from __future__ import annotations

import math

from ..model import Diagram, Document, Edge, Shape
from ..model.elements import NodeElement, UseCase
from ..model.sizing import default_size
from .journey import journey_diagram
from .overview import GAP_Y, MARGIN, layout_diagram


def lay_out(
    document: Document,
    diagram: Diagram,
    *,
    direction: str = "lr",
    only: frozenset[str] | None = None,
):
    """See ``ucdesigner.layout.auto_layout``."""
    from . import LayoutOutcome

    try:
        laid = _lay_out(document, diagram, direction, only)
        return LayoutOutcome(laid)
    except Exception as error:  # any engine failure falls back to a grid
        return LayoutOutcome(
            grid(document, diagram, only),
            (f"Automatic layout failed ({error}); the shapes were put on a simple grid.",),
        )


def _movable(diagram: Diagram, only: frozenset[str] | None) -> set[str]:
    return {
        s.element for s in diagram.shapes if not s.pinned and (only is None or s.element in only)
    }


def _lay_out(
    document: Document, diagram: Diagram, direction: str, only: frozenset[str] | None
) -> Diagram:
    movable = _movable(diagram, only)
    if not movable:
        return diagram
    nodes = [document.get(s.element) for s in diagram.shapes if s.element in movable]
    nodes = [n for n in nodes if isinstance(n, NodeElement)]
    rels = document.relationships()
    if diagram.lanes is not None:
        laid = journey_diagram(
            diagram.id, diagram.name, diagram.package, nodes, rels, document.journey, diagram.lanes
        )
    else:
        laid = layout_diagram(diagram.id, diagram.name, diagram.package, nodes, rels)
    return _merge(diagram, {s.element: s for s in laid.shapes}, movable)


def _merge(diagram: Diagram, placed: dict[str, Shape], movable: set[str]) -> Diagram:
    """``diagram`` with the movable shapes at their ``placed`` geometry, below the kept
    ones when they would overlap them, and the lines of moved shapes straightened."""
    kept = [s for s in diagram.shapes if s.element not in movable]
    dy = 0.0
    if kept and placed:
        top = min(s.y for s in placed.values())
        dy = max(0.0, max(s.bottom for s in kept) + 60.0 - top)
    shapes = []
    for shape in diagram.shapes:
        new = placed.get(shape.element)
        if shape.element in movable and new is not None:
            shape = shape.model_copy(
                update={"x": new.x, "y": new.y + dy, "width": new.width, "height": new.height}
            )
        shapes.append(shape)
    edges = tuple(_straightened(e) if _touches(e, diagram, movable) else e for e in diagram.edges)
    return diagram.model_copy(update={"shapes": tuple(shapes), "edges": edges})


def _touches(edge: Edge, diagram: Diagram, movable: set[str]) -> bool:
    del diagram
    return bool(movable)


def _straightened(edge: Edge) -> Edge:
    return edge.model_copy(update={"waypoints": ()})


def grid(document: Document, diagram: Diagram, only: frozenset[str] | None = None) -> Diagram:
    """The movable shapes on a plain grid below the kept ones: the fallback that cannot
    fail."""
    movable = _movable(diagram, only)
    order = [s for s in diagram.shapes if s.element in movable]
    columns = max(1, math.ceil(math.sqrt(len(order))))
    placed = {}
    cell_w, cell_h = 0.0, 0.0
    sizes = {}
    for shape in order:
        element = document.find(shape.element)
        size = default_size(element) if element is not None else (shape.width, shape.height)
        if isinstance(element, UseCase) or element is None:
            size = (max(size[0], shape.width), max(size[1], shape.height))
        sizes[shape.element] = size
        cell_w, cell_h = max(cell_w, size[0]), max(cell_h, size[1])
    for index, shape in enumerate(order):
        w, h = sizes[shape.element]
        row, column = divmod(index, columns)
        placed[shape.element] = Shape(
            element=shape.element,
            x=MARGIN + column * (cell_w + 40.0),
            y=MARGIN + row * (cell_h + GAP_Y + 36.0),
            width=w,
            height=h,
        )
    return _merge(diagram, placed, movable)
