"""The journey layout (diagrams that show journey lanes): use cases stacked in their
lanes from the top, the main actor level with its use cases, supporting actors on the
right, lines clear of shapes and a slide's proportions."""

from __future__ import annotations

from pathlib import Path

import pytest

from ucdesigner.io.native import load
from ucdesigner.io.render.drawn_geometry import drawn_geometry
from ucdesigner.layout.journey import EXTRA_ROWS, journey_diagram
from ucdesigner.layout.quality import measure
from ucdesigner.model import Document
from ucdesigner.model.lanes import stage_at

INTENT = Path(__file__).resolve().parents[2] / "resources" / "templates"


def _intent() -> Document:
    return load(INTENT / "intent-phase-online-shop.ucd")


def _laid(doc: Document, seed: int = 0):
    return journey_diagram(
        "d", "Intent", None, doc.nodes(), doc.relationships(), doc.journey, seed=seed
    )


def _named(doc: Document, diagram) -> dict:
    return {doc.get(s.element).name: s for s in diagram.shapes}


def test_the_main_actor_stands_level_with_the_middle_of_its_use_cases() -> None:
    doc = _intent()
    diagram = _laid(doc)
    shapes = _named(doc, diagram)
    shopper = shapes["Shopper"]
    shopper_id = shopper.element
    by_id = {s.element: s for s in diagram.shapes}
    mine = [
        by_id[r.target if r.source == shopper_id else r.source]
        for r in doc.relationships()
        if r.kind == "association" and shopper_id in (r.source, r.target)
    ]
    tops = [s.y for s in mine]
    bottoms = [s.bottom for s in mine]
    middle = shopper.y + shopper.height / 2
    # Not below every one of its use cases (the old staircase), nor above them all.
    assert min(tops) < middle < max(bottoms)
    assert shopper.right < diagram.lanes.x  # on the left of the lanes


def test_supporting_and_system_actors_stand_right_of_the_lanes() -> None:
    doc = _intent()
    diagram = _laid(doc)
    shapes = _named(doc, diagram)
    lanes_right = diagram.lanes.x + diagram.lanes.width * len(doc.journey.stages)
    for name in ("Customer Service Agent", "Recommendation Engine"):
        assert shapes[name].x > lanes_right, name
    # The main actor's kind stands with it, below it, on the left.
    assert shapes["Registered Shopper"].x < diagram.lanes.x
    assert shapes["Registered Shopper"].y > shapes["Shopper"].bottom


def test_use_cases_stand_in_their_lane_stacked_from_the_top_without_overlaps() -> None:
    doc = _intent()
    diagram = _laid(doc)
    cases = [s for s in diagram.shapes if doc.get(s.element).kind == "usecase"]
    for shape in cases:
        assert stage_at(doc.journey, diagram.lanes, shape) == doc.get(shape.element).journey.stage
    for a in cases:
        for b in cases:
            if a is not b:
                assert a.right <= b.x or b.right <= a.x or a.bottom <= b.y or b.bottom <= a.y
    # Compact: rows shared across the lanes, the top one used, at most EXTRA_ROWS more
    # than the fullest lane holds (empty rows only where lines pass).
    per_lane: dict = {}
    for shape in cases:
        per_lane.setdefault(stage_at(doc.journey, diagram.lanes, shape), []).append(shape)
    fullest = max(len(v) for v in per_lane.values())
    centres = sorted({round(s.y + s.height / 2) for s in cases})
    assert len(centres) <= fullest + EXTRA_ROWS
    top_row = centres[0]
    assert sum(round(s.y + s.height / 2) == top_row for s in cases) >= 2


def test_the_layout_fits_a_slide_without_overlaps() -> None:
    doc = _intent()
    diagram = _laid(doc)
    trial = doc.copy()
    trial.add_diagram(diagram)
    report = measure(drawn_geometry(trial, diagram.id))  # as the export draws it
    assert 4 / 3 <= report.aspect <= 2.0, report.aspect
    assert report.overlaps == 0
    assert report.texts_outside == 0


@pytest.mark.parametrize("seed", [0, 3])
def test_the_same_model_and_seed_give_the_same_layout(seed: int) -> None:
    doc = _intent()
    assert _laid(doc, seed) == _laid(doc, seed)
