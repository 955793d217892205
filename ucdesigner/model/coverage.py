"""Journey coverage: which use cases serve which actor at which stage, where the model
has gaps, and how the KPIs stand per stage and balanced-scorecard perspective.

A use case serves the actors it is associated with and the actors its specification
names (an included or extending use case, those of the use case it is part of). Gaps
are the empty cells of the stages x actors table, and the stages that have pain points
(their own, from research, or their use cases') but no use case at all.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from .data import DocumentData
from .document import Document
from .elements import Actor, UseCase
from .journey import PERSPECTIVES, Kpi, Stage

NO_STAGE = ""
"""The key of the row for use cases that have no stage."""
NO_ACTOR = ""
"""The key of the column for use cases that serve no actor."""


@dataclass(frozen=True)
class StageRow:
    """One row of the coverage table: a stage (None: the use cases without a stage)."""

    key: str
    stage: Stage | None
    use_cases: tuple[str, ...]
    pain_points: int
    """The stage's own pain points and those of its use cases."""

    @property
    def unsupported(self) -> bool:
        """Pain points at this stage, and no use case here to address them."""
        return self.stage is not None and self.pain_points > 0 and not self.use_cases


@dataclass
class KpiTally:
    """How the KPIs of one stage and perspective stand."""

    met: int = 0
    missed: int = 0
    unknown: int = 0

    @property
    def total(self) -> int:
        return self.met + self.missed + self.unknown

    def add(self, kpi: Kpi) -> None:
        status = kpi.status()
        setattr(self, status, getattr(self, status) + 1)


@dataclass
class Coverage:
    """The stages x actors table and the KPI summary of one document."""

    rows: list[StageRow]
    actors: list[Actor | None]
    """Columns: the actors by name, then None for use cases that serve no actor."""
    cells: dict[tuple[str, str], tuple[str, ...]]
    """(stage key, actor id) -> use case ids, in name order."""
    names: dict[str, str]
    kpis: dict[tuple[str, str], KpiTally] = field(default_factory=dict)
    """(stage key, perspective) -> tally."""
    kpi_rows: list[tuple[str, str, Kpi]] = field(default_factory=list)
    """(stage key, use case id, KPI) for every KPI, in table order."""

    def cell(self, stage_key: str, actor: Actor | None) -> tuple[str, ...]:
        return self.cells.get((stage_key, actor.id if actor else NO_ACTOR), ())

    def empty_cells(self) -> list[tuple[str, str]]:
        """(stage key, actor id) of the stage rows x actor columns with no use case."""
        return [
            (row.key, actor.id)
            for row in self.rows
            if row.stage is not None
            for actor in self.actors
            if actor is not None and not self.cell(row.key, actor)
        ]

    def stage_name(self, key: str) -> str:
        row = next((r for r in self.rows if r.key == key), None)
        return row.stage.name if row is not None and row.stage is not None else ""


def journey_in_use(document: Document) -> bool:
    """True when the model uses the journey: a use case with a stage, touchpoints,
    pain points, an emotion or KPIs, or a diagram showing lanes."""
    return any(
        isinstance(n, UseCase) and not n.journey.is_empty() for n in document.nodes()
    ) or any(d.lanes is not None for d in document.diagrams())


def actors_of(document: Document, use_case: UseCase) -> list[str]:
    """The actors a use case serves: associated, or named in its specification; an
    included or extending use case without any of its own serves those of the use
    cases it is part of."""
    seen: set[str] = set()

    def direct(case: UseCase) -> list[str]:
        found: list[str] = []
        for rel in document.relationships_of(case.id):
            if rel.kind != "association":
                continue
            other = rel.target if rel.source == case.id else rel.source
            if isinstance(document.find(other), Actor) and other not in found:
                found.append(other)
        if case.specification is not None:
            found += [a for a in case.specification.actor_ids() if a not in found]
        return found

    def served(case: UseCase) -> list[str]:
        if case.id in seen:
            return []
        seen.add(case.id)
        found = direct(case)
        if found:
            return found
        bases = [r.source for r in document.incoming(case.id, "include")]
        bases += [r.target for r in document.outgoing(case.id, "extend")]
        for base in bases:
            other = document.find(base)
            if isinstance(other, UseCase):
                found += [a for a in served(other) if a not in found]
        return found

    return served(use_case)


def coverage(source: Document | DocumentData) -> Coverage:
    """The coverage of a document's journey by its use cases."""
    document = source if isinstance(source, Document) else Document.from_data(source)
    journey = document.journey
    use_cases = sorted(
        (n for n in document.nodes() if isinstance(n, UseCase)), key=lambda u: (u.name, u.id)
    )
    actors: list[Actor | None] = sorted(
        (n for n in document.nodes() if isinstance(n, Actor)), key=lambda a: (a.name, a.id)
    )
    names = {n.id: n.name or n.id for n in document.nodes()}
    by_stage: dict[str, list[UseCase]] = defaultdict(list)
    cells: dict[tuple[str, str], list[str]] = defaultdict(list)
    lonely = False
    for use_case in use_cases:
        key = use_case.journey.stage if journey.stage(use_case.journey.stage) else NO_STAGE
        by_stage[key].append(use_case)
        served = actors_of(document, use_case)
        for actor in served or [NO_ACTOR]:
            cells[(key, actor)].append(use_case.id)
        lonely = lonely or not served
    if lonely:
        actors.append(None)
    rows = [
        StageRow(
            stage.id,
            stage,
            tuple(u.id for u in by_stage.get(stage.id, ())),
            len(stage.pain_points)
            + sum(len(u.journey.pain_points) for u in by_stage.get(stage.id, ())),
        )
        for stage in journey.stages
    ]
    if by_stage.get(NO_STAGE):
        unstaged = by_stage[NO_STAGE]
        rows.append(
            StageRow(
                NO_STAGE,
                None,
                tuple(u.id for u in unstaged),
                sum(len(u.journey.pain_points) for u in unstaged),
            )
        )
    result = Coverage(rows, actors, {k: tuple(v) for k, v in cells.items()}, names)
    for row in rows:
        for perspective in PERSPECTIVES:
            result.kpis[(row.key, perspective)] = KpiTally()
        for use_case_id in row.use_cases:
            use_case = document.get(use_case_id)
            assert isinstance(use_case, UseCase)
            for kpi in use_case.journey.kpis:
                result.kpis[(row.key, kpi.perspective)].add(kpi)
                result.kpi_rows.append((row.key, use_case_id, kpi))
    return result
