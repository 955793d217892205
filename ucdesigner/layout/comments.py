"""Comments beside what they annotate: a comment that covers another shape is moved to
the nearest free place next to the element it is linked to."""

from __future__ import annotations

from ..model import Diagram, Shape
from .elements import Model
from .geometry import boxes_meet

GAP = 24.0


def beside(document: Model, diagram: Diagram) -> Diagram:
    """``diagram`` with each comment that covers another shape moved beside the first
    element it annotates (right, left, below, above: the first free place)."""
    shapes = {s.element: s for s in diagram.shapes}
    moved: dict[str, Shape] = {}
    for shape in diagram.shapes:
        element = document.find(shape.element)
        if element is None or element.kind != "comment":
            continue
        others = [s for key, s in {**shapes, **moved}.items() if key != shape.element]
        if not _covers(shape, others, document):
            continue
        target = next(
            (
                shapes[r.target if r.source == shape.element else r.source]
                for r in document.relationships_of(shape.element)
                if r.kind == "comment_link"
                and (r.target if r.source == shape.element else r.source) in shapes
            ),
            None,
        )
        if target is None:
            continue
        for x, y in _spots(shape, target):
            candidate = shape.model_copy(update={"x": round(x), "y": round(y)})
            if not _covers(candidate, others, document):
                moved[shape.element] = candidate
                break
    if not moved:
        return diagram
    return diagram.model_copy(
        update={"shapes": tuple(moved.get(s.element, s) for s in diagram.shapes)}
    )


def _covers(shape: Shape, others: list[Shape], document: Model) -> bool:
    box = (shape.x, shape.y, shape.right, shape.bottom)
    for other in others:
        element = document.find(other.element)
        if element is not None and element.kind in ("subject", "package"):
            if other.contains_rect(shape):
                continue  # a comment inside a boundary covers nothing of it
            if not boxes_meet(box, (other.x, other.y, other.right, other.y + 30.0)):
                continue
        if boxes_meet(box, (other.x, other.y, other.right, other.bottom), 4.0):
            return True
    return False


def _spots(shape: Shape, target: Shape):
    """Places beside ``target``, ever further away."""
    for distance in range(1, 12):
        reach = GAP * distance
        yield target.right + reach, target.y
        yield target.x - reach - shape.width, target.y
        yield target.x, target.bottom + reach
        yield target.x, target.y - reach - shape.height
