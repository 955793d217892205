"""Every file of the import corpus (MagicDraw, ArgoUML, StarUML, draw.io; read from
../shared/import-corpus, never copied here) comes in with the hand counts of its
MANIFEST.tsv, following the manifest's conventions, and its use case diagrams with the
drawn positions (none laid out automatically)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from ucdesigner.io.imports import read_model_file
from ucdesigner.io.xmi import ImportResult

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "import-corpus"
MODEL_KINDS = {
    "actors": "actor",
    "use_cases": "usecase",
    "includes": "include",
    "extends": "extend",
    "generalizations": "generalization",
    "associations": "association",
}
SHAPE_KINDS = ("actor", "usecase", "subject", "package", "comment")
USE_CASE_DIAGRAM_TYPES = ("Use Case Diagram", "UseCaseDiagram", "draw.io page")
UNNAMED_BOUNDARY = "read as an unnamed system boundary"


def rows() -> list:
    table = CORPUS / "MANIFEST.tsv"
    if not table.is_file():
        return [pytest.param(None, marks=pytest.mark.skip(reason="../shared/import-corpus absent"))]
    with table.open(encoding="utf-8", newline="") as stream:
        return [
            pytest.param(row, id=row["local_path"])
            for row in csv.DictReader(stream, delimiter="\t")
        ]


_cache: dict[str, ImportResult] = {}


def imported(row: dict[str, str]) -> ImportResult:
    path = CORPUS / row["local_path"]
    if not path.is_file():
        pytest.skip(f"{row['local_path']} is not available")
    if row["local_path"] not in _cache:
        _cache[row["local_path"]] = read_model_file(path)
    return _cache[row["local_path"]]


def use_case_diagrams(result: ImportResult) -> list:
    return [
        d
        for d in result.data.diagrams
        if d.properties.get("diagram type", "") in USE_CASE_DIAGRAM_TYPES
    ]


def reported_dropped(result: ImportResult, metaclass: str) -> int:
    """Relationships of a kind the report lists as not imported (a cycle, ...)."""
    return sum(1 for e in result.report.dropped if e.what.startswith(f"{metaclass} ("))


@pytest.mark.parametrize("row", rows())
def test_every_model_element_is_imported_or_reported(row: dict[str, str]) -> None:
    result = imported(row)
    counts = result.report.counts
    # The manifest counts actor-use case associations only: the others are reported
    # (an association must join an actor and a use case), so only those imported count.
    found = {
        column: counts.get(kind, 0)
        + (reported_dropped(result, kind.capitalize()) if kind != "association" else 0)
        for column, kind in MODEL_KINDS.items()
    }
    wanted = {column: int(row[column]) for column in MODEL_KINDS}
    assert found == wanted, row["notes"]


@pytest.mark.parametrize("row", rows())
def test_boundaries_are_the_subjects_and_the_rectangles_around_use_cases(row) -> None:
    result = imported(row)
    rectangles = sum(1 for e in result.report.mapped if e.detail == UNNAMED_BOUNDARY)
    assert result.report.count("subject") == int(row["subjects"]) + rectangles, row["notes"]


@pytest.mark.parametrize("row", rows())
def test_use_case_diagrams_come_in_with_their_own_shapes(row: dict[str, str]) -> None:
    result = imported(row)
    diagrams = use_case_diagrams(result)
    empty = [
        e
        for e in result.report.dropped
        if e.what.startswith("diagram ")
        and any(t in e.what for t in USE_CASE_DIAGRAM_TYPES)
        and e.detail == "shows no actors or use cases"
    ]
    assert len(diagrams) + len(empty) == int(row["diagrams"]), row["notes"]
    kinds = {e.id: e.kind for e in result.data.elements}
    placed = sum(1 for d in diagrams for s in d.shapes if kinds[s.element] in SHAPE_KINDS)
    assert placed == int(row["shapes"]), row["notes"]
    assert result.report.count("generated_diagram") == 0


@pytest.mark.parametrize("row", rows())
def test_report_names_the_member_or_page_that_held_each_part(row: dict[str, str]) -> None:
    result = imported(row)
    held = [e for e in result.report.mapped if e.what.startswith(("archive member", "page "))]
    if row["local_path"].endswith((".mdzip", ".zargo")):
        assert any(e.detail == "the model" for e in held)
    if row["local_path"].startswith("drawio/"):
        assert held
