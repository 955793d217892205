"""Journey lanes and stages follow each other on a diagram whose lane view is on: a use
case placed or moved into a lane takes that lane's stage; a use case whose stage is set
moves into its lane (``journey.set_stage``). Plain functions over the Document."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Document, Shape, UseCase
from ..model.diagram import Lanes
from ..model.lanes import HEADER, Lane, lane_for, stage_at

GAP = 24.0
"""Vertical space kept between use cases stacked in a lane."""
TOP_GAP = 20.0
"""Space between the lane header and the first use case."""


def update_stages(document: Document, diagram_id: str, element_ids: Iterable[str]) -> None:
    """Give these use cases the stage of the lane they lie in on the diagram (when its
    lane view is on). A use case outside every lane keeps its stage."""
    lanes = document.diagram_info(diagram_id).lanes
    if lanes is None:
        return
    journey = document.journey
    for element_id in element_ids:
        element = document.find(element_id)
        shape = document.shape(diagram_id, element_id)
        if not isinstance(element, UseCase) or shape is None:
            continue
        stage = stage_at(journey, lanes, shape)
        if stage is not None and stage != element.journey.stage:
            document.update(element_id, journey=element.journey.model_copy(update={"stage": stage}))


def default_lanes(document: Document, diagram_id: str) -> Lanes:
    """Where lanes go when the lane view is turned on: from the left of the use cases
    (actors stay outside, on the left), with the header just above the top shape."""
    shapes = document.shapes(diagram_id)
    inner = [
        s
        for s in shapes
        if getattr(document.find(s.element), "kind", None) in ("usecase", "subject")
    ]
    widest = max(
        (s.width for s in shapes if getattr(document.find(s.element), "kind", None) == "usecase"),
        default=0.0,
    )
    x = min((s.x for s in inner), default=40.0) - 20.0
    y = min((s.y for s in shapes), default=40.0 + HEADER + TOP_GAP) - HEADER - TOP_GAP
    return Lanes(x=round(x), y=round(y), width=max(240.0, round(widest + 60.0)))


def free_y(
    document: Document, diagram_id: str, shape: Shape, lane: Lane, lanes: Lanes, wanted: float
) -> float:
    """The first height at or below ``wanted`` where ``shape``, centred in ``lane``,
    overlaps no other actor or use case."""
    top = lanes.y + HEADER + TOP_GAP
    y = max(wanted, top)
    left = lane.centre - shape.width / 2
    right = left + shape.width
    others = [
        s
        for s in document.shapes(diagram_id)
        if s.element != shape.element
        and getattr(document.find(s.element), "kind", None) in ("usecase", "actor")
        and s.x < right
        and s.right > left
    ]
    moved = True
    while moved:
        moved = False
        for other in others:
            if other.y < y + shape.height + GAP / 2 and other.bottom + GAP / 2 > y:
                y = other.bottom + GAP
                moved = True
    return round(y)


def into_lane(document: Document, diagram_id: str, element_id: str) -> Shape | None:
    """The shape of a use case moved into its stage's lane (None when it is there
    already, has no stage, or the diagram shows no lanes)."""
    lanes = document.diagram_info(diagram_id).lanes
    element = document.find(element_id)
    shape = document.shape(diagram_id, element_id)
    if lanes is None or not isinstance(element, UseCase) or shape is None:
        return None
    journey = document.journey
    stage = element.journey.stage
    lane = lane_for(journey, lanes, stage)
    if lane is None or stage_at(journey, lanes, shape) == stage:
        return None
    y = free_y(document, diagram_id, shape, lane, lanes, shape.y)
    return shape.model_copy(update={"x": round(lane.centre - shape.width / 2), "y": y})
