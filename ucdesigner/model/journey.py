"""The customer journey on the use case model: the document's ordered stages (Awareness,
Consideration / Intent, Purchase, ...), the touchpoints customers use (web, app, store,
...), and on each use case its stage, touchpoints, pain points, the customer's emotion
and the KPIs that measure it, by balanced-scorecard perspective.

A use case names its stage by id and its touchpoints by name; the document keeps both
lists, and ``Document.set_journey`` carries renames and removals into the use cases so
that every reference stays valid.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, field_validator, model_validator

from ..l10n import QT_TRANSLATE_NOOP
from .base import CLEANED, Frozen, Name, Text
from .ids import Id

Line = Annotated[str, Field(max_length=10_000), CLEANED]
Touchpoint = Annotated[str, Field(min_length=1, max_length=200), CLEANED]
Emotion = Annotated[int, Field(ge=-2, le=2)]

Perspective = Literal["financial", "customer", "internal_process", "learning_growth"]
PERSPECTIVES: tuple[Perspective, ...] = (
    "financial",
    "customer",
    "internal_process",
    "learning_growth",
)
"""The four perspectives of the balanced scorecard (Kaplan and Norton), in their order."""
PERSPECTIVE_LABELS: dict[str, str] = {
    "financial": QT_TRANSLATE_NOOP("", "Financial"),
    "customer": QT_TRANSLATE_NOOP("", "Customer"),
    "internal_process": QT_TRANSLATE_NOOP("", "Internal process"),
    "learning_growth": QT_TRANSLATE_NOOP("", "Learning and growth"),
}
EMOTION_LABELS: dict[int, str] = {
    -2: QT_TRANSLATE_NOOP("", "very negative"),
    -1: QT_TRANSLATE_NOOP("", "negative"),
    0: QT_TRANSLATE_NOOP("", "neutral"),
    1: QT_TRANSLATE_NOOP("", "positive"),
    2: QT_TRANSLATE_NOOP("", "very positive"),
}


def emotion_text(value: int) -> str:
    """The emotion as a signed number: "+2", "0", "−1" (a real minus sign)."""
    return f"+{value}" if value > 0 else ("0" if value == 0 else f"\u2212{-value}")


class Kpi(Frozen):
    """A key performance indicator of a use case: what is measured, from which
    balanced-scorecard perspective, the target and the value measured now."""

    name: Name = ""
    perspective: Perspective = "customer"
    target: float | None = None
    current: float | None = None
    unit: Annotated[str, Field(max_length=200), CLEANED] = ""
    better: Literal["higher", "lower"] = "higher"
    """Whether a higher or a lower value is better (NPS: higher; handling time: lower)."""

    def status(self) -> Literal["met", "missed", "unknown"]:
        """Whether the current value reaches the target (unknown without both)."""
        if self.target is None or self.current is None:
            return "unknown"
        reached = (
            self.current >= self.target
            if self.better == "higher"
            else (self.current <= self.target)
        )
        return "met" if reached else "missed"


class JourneyStep(Frozen):
    """What a use case means in the customer journey. Empty until something is set."""

    stage: Id | None = None
    """The id of the document's stage this use case belongs to."""
    touchpoints: tuple[Touchpoint, ...] = ()
    """Channels where it happens, by name, from the document's touchpoint list."""
    pain_points: tuple[Line, ...] = ()
    emotion: Emotion | None = None
    """How the customer feels at this step, from -2 (very negative) to +2 (very positive)."""
    kpis: tuple[Kpi, ...] = ()

    @field_validator("touchpoints")
    @classmethod
    def _unique_touchpoints(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if len(set(value)) != len(value):
            raise ValueError("a touchpoint is listed twice")
        return value

    def is_empty(self) -> bool:
        """True when nothing about the journey has been set."""
        return self == _EMPTY_STEP


_EMPTY_STEP = JourneyStep.model_construct()
"""The empty value ``is_empty`` compares with (made once, not at every call)."""


class Stage(Frozen):
    """A stage of the customer journey, with the pain points customers have in it
    (from research, whether or not a use case addresses them yet)."""

    id: Id
    name: Name
    description: Text = ""
    pain_points: tuple[Line, ...] = ()

    @field_validator("name")
    @classmethod
    def _named(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("a stage needs a name")
        return value


DEFAULT_STAGES: tuple[Stage, ...] = (
    Stage.model_construct(id="stage_awareness", name="Awareness"),
    Stage.model_construct(id="stage_consideration", name="Consideration / Intent"),
    Stage.model_construct(id="stage_purchase", name="Purchase"),
    Stage.model_construct(id="stage_support", name="Post-purchase support"),
    Stage.model_construct(id="stage_advocacy", name="Advocacy"),
)
DEFAULT_TOUCHPOINTS: tuple[str, ...] = ("web", "app", "store", "phone", "chat", "email")


class Journey(Frozen):
    """The document's journey: its ordered stages and the touchpoints to choose from."""

    stages: tuple[Stage, ...] = DEFAULT_STAGES
    touchpoints: tuple[Touchpoint, ...] = DEFAULT_TOUCHPOINTS

    @model_validator(mode="after")
    def _unique(self) -> Journey:
        ids = [s.id for s in self.stages]
        if len(set(ids)) != len(ids):
            raise ValueError("two stages have the same id")
        names = [s.name.strip().casefold() for s in self.stages]
        for index, name in enumerate(names):
            if name in names[:index]:
                raise ValueError(f'two stages are named "{self.stages[index].name.strip()}"')
        if len(set(self.touchpoints)) != len(self.touchpoints):
            raise ValueError("a touchpoint is listed twice")
        return self

    def stage(self, stage_id: str | None) -> Stage | None:
        """The stage with this id, or None."""
        return next((s for s in self.stages if s.id == stage_id), None)

    def stage_named(self, name: str) -> Stage | None:
        """The stage with this name (case and surrounding spaces ignored), or None."""
        wanted = name.strip().casefold()
        return next((s for s in self.stages if s.name.strip().casefold() == wanted), None)

    def index(self, stage_id: str | None) -> int | None:
        """The position of a stage in the journey, or None."""
        return next((i for i, s in enumerate(self.stages) if s.id == stage_id), None)


def step_problems(step: JourneyStep, journey: Journey) -> list[str]:
    """What in a use case's journey step does not fit the document's journey."""
    problems = []
    if step.stage is not None and journey.stage(step.stage) is None:
        problems.append(f'its stage "{step.stage}" is not a stage of the journey')
    known = set(journey.touchpoints)
    for touchpoint in step.touchpoints:
        if touchpoint not in known:
            problems.append(f'its touchpoint "{touchpoint}" is not in the touchpoint list')
    return problems


def carried_step(
    step: JourneyStep, journey: Journey, renamed: dict[str, str] | None = None
) -> JourneyStep:
    """``step`` after the journey changed: touchpoints renamed (old -> new), removed
    stages and touchpoints dropped."""
    renamed = renamed or {}
    known = set(journey.touchpoints)
    touchpoints = tuple(
        dict.fromkeys(t for t in (renamed.get(t, t) for t in step.touchpoints) if t in known)
    )
    stage = step.stage if journey.stage(step.stage) is not None else None
    if touchpoints == step.touchpoints and stage == step.stage:
        return step
    return step.model_copy(update={"touchpoints": touchpoints, "stage": stage})
