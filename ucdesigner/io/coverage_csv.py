"""The Coverage view as CSV, for a spreadsheet: first the stages x actors table (use
case names in each cell, "; " between them; a status column names the gaps), then,
after an empty line, one row per KPI with its stage, perspective and status.

Written with the ``csv`` module (quoting as spreadsheets expect) and a UTF-8 byte order
mark, so that Excel reads names with accents correctly."""

from __future__ import annotations

import csv
import io
import os
import re

from ..model.coverage import Coverage
from ..model.journey import PERSPECTIVE_LABELS
from .atomic import atomic_write_bytes

NO_STAGE_LABEL = "(no stage)"
NO_ACTOR_LABEL = "(no actor)"


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def coverage_table(cov: Coverage) -> list[list[str]]:
    """The stages x actors table as rows of text (header first)."""
    header = ["Stage", *(a.name or a.id if a else NO_ACTOR_LABEL for a in cov.actors)]
    rows = [[*header, "Pain points", "Status"]]
    for row in cov.rows:
        cells = ["; ".join(cov.names[u] for u in cov.cell(row.key, actor)) for actor in cov.actors]
        gaps = sum(1 for actor in cov.actors if actor is not None and not cov.cell(row.key, actor))
        status = []
        if row.unsupported:
            status.append("pain points but no use case")
        if row.stage is not None and gaps:
            status.append(f"{gaps} empty cell{'s' if gaps != 1 else ''}")
        rows.append(
            [
                row.stage.name if row.stage is not None else NO_STAGE_LABEL,
                *cells,
                str(row.pain_points),
                "; ".join(status) or "covered",
            ]
        )
    return rows


def kpi_table(cov: Coverage) -> list[list[str]]:
    """One row per KPI (header first)."""
    rows = [
        ["Stage", "Perspective", "Use case", "KPI", "Target", "Current", "Unit", "Better", "Status"]
    ]
    for key, use_case, kpi in cov.kpi_rows:
        rows.append(
            [
                cov.stage_name(key) or NO_STAGE_LABEL,
                PERSPECTIVE_LABELS[kpi.perspective],
                cov.names[use_case],
                kpi.name,
                _number(kpi.target),
                _number(kpi.current),
                kpi.unit,
                kpi.better,
                kpi.status(),
            ]
        )
    return rows


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What makes a spreadsheet read a cell as a formula (OWASP's CSV injection list)."""
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def spreadsheet_safe(cell: str) -> str:
    """``cell`` as a spreadsheet shows it but never evaluates it: text that would start
    a formula gets a leading ``'`` (OWASP's advice); numbers such as ``-3`` stay numbers."""
    if cell.startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def coverage_csv(cov: Coverage) -> str:
    """The whole CSV text; no cell can run as a formula in Excel or LibreOffice."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for rows in (coverage_table(cov), [[]], kpi_table(cov)):
        writer.writerows([spreadsheet_safe(cell) for cell in row] for row in rows)
    return out.getvalue()


def write_coverage_csv(cov: Coverage, path: str | os.PathLike[str]) -> None:
    """Write the CSV atomically (UTF-8 with a byte order mark)."""
    atomic_write_bytes(path, coverage_csv(cov).encode("utf-8-sig"))
