"""The coverage of the journey in words, the same in the Coverage view and in the
report: a KPI tally, a stage's heading, the summary line. Each function takes the
caller's ``tr``, so that the words are translated where they are shown."""

from __future__ import annotations

from collections.abc import Callable

from ..model.coverage import Coverage, KpiTally, StageRow

Translate = Callable[[str], str]
"""The caller's ``tr``: the application's (``i18n.tr``) or the report's (``report.texts.tr``)."""


def kpi_tally(tally: KpiTally, tr: Translate) -> str:
    """A KPI tally in words: "2 met, 1 missed, 1 not measured" ("–" when there is none)."""
    parts = []
    if tally.met:
        parts.append(tr("{n} met").format(n=tally.met))
    if tally.missed:
        parts.append(tr("{n} missed").format(n=tally.missed))
    if tally.unknown:
        parts.append(tr("{n} not measured").format(n=tally.unknown))
    return ", ".join(parts) or "–"


def stage_heading(row: StageRow, tr: Translate) -> tuple[str, list[str]]:
    """The name of a row's stage ("(no stage)" for the use cases without one) and the
    notes under it: how many pain points, and a warning when no use case covers them."""
    name = row.stage.name if row.stage is not None else tr("(no stage)")
    notes = []
    if row.pain_points:
        notes.append(
            tr("1 pain point")
            if row.pain_points == 1
            else tr("{n} pain points").format(n=row.pain_points)
        )
    if row.unsupported:
        notes.append(tr("⚠ pain points, no use case"))
    return name, notes


def coverage_summary(cov: Coverage, complete: str, tr: Translate) -> str:
    """How many cells are empty (``complete`` when none is), then the stages that have
    pain points but no use case."""
    gaps = len(cov.empty_cells())
    text = (
        complete
        if not gaps
        else tr("1 empty cell.")
        if gaps == 1
        else tr("{n} empty cells.").format(n=gaps)
    )
    unsupported = [r.stage.name for r in cov.rows if r.unsupported and r.stage]
    if unsupported:
        text += " " + tr("Pain points but no use case: {stages}.").format(
            stages=", ".join(unsupported)
        )
    return text
