"""Where the journey lanes of a diagram lie: one vertical lane per stage, in the
journey's order. A use case belongs to the lane that holds the centre of its shape.

Pure geometry, shared by the canvas (which draws the lanes) and the commands (which
set a use case's stage when it is placed in a lane, and move it into its lane when its
stage is set)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .diagram import Lanes, Shape
from .journey import Journey, Stage

HEADER = 44.0
"""Height of the band at the top of the lanes that names the stages."""
MIN_HEIGHT = 360.0
"""Lanes are at least this tall (header included), even on an empty diagram."""
BOTTOM_PAD = 40.0
"""Space kept below the lowest shape."""


@dataclass(frozen=True)
class Lane:
    """One lane: its stage and its horizontal extent in scene coordinates."""

    stage: Stage
    left: float
    right: float

    @property
    def centre(self) -> float:
        return (self.left + self.right) / 2


def lanes_of(journey: Journey, lanes: Lanes) -> list[Lane]:
    """The lanes for the journey's stages, left to right."""
    return [
        Lane(stage, lanes.x + i * lanes.width, lanes.x + (i + 1) * lanes.width)
        for i, stage in enumerate(journey.stages)
    ]


def lane_at(journey: Journey, lanes: Lanes, x: float) -> Lane | None:
    """The lane holding the scene x coordinate ``x``, or None when it is outside them."""
    if lanes.width <= 0:
        return None
    index = int((x - lanes.x) // lanes.width)
    if 0 <= index < len(journey.stages) and x >= lanes.x:
        return lanes_of(journey, lanes)[index]
    return None


def stage_at(journey: Journey, lanes: Lanes, shape: Shape) -> str | None:
    """The id of the stage whose lane holds the centre of ``shape``, or None."""
    lane = lane_at(journey, lanes, shape.x + shape.width / 2)
    return lane.stage.id if lane else None


def lane_bottom(lanes: Lanes, shapes: Iterable[Shape]) -> float:
    """Where the lanes end: below the lowest shape, and at least ``MIN_HEIGHT`` tall."""
    lowest = max((s.bottom for s in shapes), default=lanes.y)
    return max(lanes.y + MIN_HEIGHT, lowest + BOTTOM_PAD)


def lane_for(journey: Journey, lanes: Lanes, stage_id: str | None) -> Lane | None:
    """The lane of a stage, or None."""
    return next((lane for lane in lanes_of(journey, lanes) if lane.stage.id == stage_id), None)
