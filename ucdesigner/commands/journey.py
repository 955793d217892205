"""Journey gestures as Document operations (no Qt): set a use case's stage (it moves
into its lane on every diagram showing lanes), change the rest of its journey step,
turn a diagram's lane view on or off, arrange use cases into their lanes."""

from __future__ import annotations

from typing import Any

from ..model import Document, ModelError, UseCase
from ..model.lanes import HEADER, lane_for
from .lanes import GAP, TOP_GAP, default_lanes, into_lane
from .operations import set_geometry


def _use_case(document: Document, element_id: str) -> UseCase:
    element = document.get(element_id)
    if not isinstance(element, UseCase):
        raise ModelError(f"{element.describe()} is not a use case; only use cases have a stage.")
    return element


def set_step(document: Document, element_id: str, **fields: Any) -> None:
    """Change fields of a use case's journey step (touchpoints, pain_points, emotion,
    kpis; ``stage`` goes through ``set_stage``)."""
    if "stage" in fields:
        stage = fields.pop("stage")
        set_stage(document, element_id, stage)
    if fields:
        use_case = _use_case(document, element_id)
        step = use_case.journey.model_copy(update=fields)
        document.update(element_id, journey=step.model_dump())


def set_stage(document: Document, element_id: str, stage_id: str | None) -> None:
    """Put a use case in a stage; on every diagram whose lane view is on, its shape
    moves into that stage's lane (memberships of boundaries follow the move)."""
    use_case = _use_case(document, element_id)
    if stage_id is not None and document.journey.stage(stage_id) is None:
        raise ModelError(f'There is no stage with id "{stage_id}" in the journey.')
    if use_case.journey.stage != stage_id:
        document.update(element_id, journey=use_case.journey.model_copy(update={"stage": stage_id}))
    for diagram_id in document.diagrams_showing(element_id):
        moved = into_lane(document, diagram_id, element_id)
        if moved is not None:
            set_geometry(document, diagram_id, [moved])


def show_lanes(document: Document, diagram_id: str, on: bool) -> None:
    """Turn a diagram's lane view on (lanes placed beside its content) or off."""
    info = document.diagram_info(diagram_id)
    if on and info.lanes is None:
        document.update_diagram(diagram_id, lanes=default_lanes(document, diagram_id))
    elif not on and info.lanes is not None:
        document.update_diagram(diagram_id, lanes=None)


def arrange_in_lanes(document: Document, diagram_id: str) -> int:
    """Stack every use case that has a stage in its lane, top to bottom in the order
    they are now (by height); returns how many moved. Use cases without a stage stay."""
    lanes = document.diagram_info(diagram_id).lanes
    if lanes is None:
        raise ModelError("Turn on the journey lanes of this diagram first.")
    journey = document.journey
    by_stage: dict[str, list] = {}
    for shape in document.shapes(diagram_id):
        element = document.find(shape.element)
        if isinstance(element, UseCase) and element.journey.stage is not None:
            by_stage.setdefault(element.journey.stage, []).append(shape)
    moved = []
    for stage_id, shapes in by_stage.items():
        lane = lane_for(journey, lanes, stage_id)
        if lane is None:
            continue
        y = lanes.y + HEADER + TOP_GAP
        for shape in sorted(shapes, key=lambda s: (s.y, s.x)):
            new = shape.model_copy(
                update={"x": round(lane.centre - shape.width / 2), "y": round(y)}
            )
            y += shape.height + GAP
            if new != shape:
                moved.append(new)
    if moved:
        set_geometry(document, diagram_id, moved)
    return len(moved)
