"""The specification of a use case: its goal, the steps of the main success scenario,
the extensions, and what must hold before and after (Cockburn's fully dressed form,
which is what Enterprise Architect's structured scenarios and Visual Paradigm's flow of
events also carry)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .base import CLEANED, Frozen, Name, Text
from .ids import Id

Line = Annotated[str, Field(max_length=10_000), CLEANED]

LEVELS = ("summary", "user goal", "subfunction")
"""Cockburn's goal levels, offered as choices (other words are kept as written)."""


class Stakeholder(Frozen):
    """Someone with an interest in the use case, and what that interest is."""

    name: Name = ""
    interest: Text = ""


class Step(Frozen):
    """One step of a scenario. ``indent`` nests a step under the one above it."""

    id: Id
    text: Text = ""
    indent: Annotated[int, Field(ge=0, le=5)] = 0


class ScenarioExtension(Frozen):
    """What happens when a step of the main scenario goes otherwise ("3a. Card refused").

    ``step`` is the id of the main-scenario step it branches from; ``extension_point``
    optionally names an extension point of the same use case, so that an «extend»
    relationship can target this place.
    """

    id: Id
    step: Id | None = None
    condition: Text = ""
    steps: tuple[Step, ...] = ()
    extension_point: Id | None = None


class Specification(Frozen):
    """Everything written about a use case beyond its name and documentation."""

    goal: Text = ""
    scope: Name = ""
    level: Name = ""
    primary_actors: tuple[Id, ...] = ()
    """Actors that start the use case; empty means "the associated actors"."""
    supporting_actors: tuple[Id, ...] = ()
    stakeholders: tuple[Stakeholder, ...] = ()
    preconditions: tuple[Line, ...] = ()
    trigger: Text = ""
    main_scenario: tuple[Step, ...] = ()
    extensions: tuple[ScenarioExtension, ...] = ()
    postconditions: tuple[Line, ...] = ()
    """The expected outcome, as conditions that hold once the use case has succeeded."""
    business_rules: tuple[Line, ...] = ()
    open_issues: tuple[Line, ...] = ()

    def actor_ids(self) -> set[str]:
        """Every actor the specification names."""
        return {*self.primary_actors, *self.supporting_actors}

    def step_ids(self) -> set[str]:
        """Every step id, of the main scenario and of the extensions."""
        ids = {s.id for s in self.main_scenario}
        for extension in self.extensions:
            ids.add(extension.id)
            ids.update(s.id for s in extension.steps)
        return ids

    def extension_labels(self) -> dict[str, str]:
        """Labels as analysts write them: "3a", "3b" for extensions of step 3 ("*a" for
        ones tied to no step)."""
        numbers = {s.id: str(i) for i, s in enumerate(self.main_scenario, start=1)}
        labels: dict[str, str] = {}
        count: dict[str, int] = {}
        for extension in self.extensions:
            base = numbers.get(extension.step or "", "*")
            count[base] = count.get(base, 0) + 1
            labels[extension.id] = f"{base}{_letters(count[base])}"
        return labels

    def is_empty(self) -> bool:
        """True when nothing has been written in it."""
        return self == _EMPTY_SPECIFICATION


_EMPTY_SPECIFICATION = Specification.model_construct()
"""The empty value ``is_empty`` compares with (made once, not at every call)."""


def _letters(n: int) -> str:
    """1 -> a, 26 -> z, 27 -> aa."""
    text = ""
    while n:
        n, rest = divmod(n - 1, 26)
        text = chr(ord("a") + rest) + text
    return text
