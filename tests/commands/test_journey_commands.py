"""Lanes and stages follow each other, each gesture one undo step."""

from __future__ import annotations

import pytest

from ucdesigner.commands import UndoStack
from ucdesigner.commands import journey as J
from ucdesigner.commands import operations as ops
from ucdesigner.model import Actor, DiagramInfo, Document, ModelError, Shape, Subject, UseCase
from ucdesigner.model.diagram import Lanes
from ucdesigner.model.journey import JourneyStep
from ucdesigner.model.lanes import HEADER

LANES = Lanes(x=100, y=0, width=200)
# Awareness 100-300, Consideration 300-500, Purchase 500-700, Support 700-900, Advocacy 900-1100


@pytest.fixture
def doc() -> Document:
    d = Document()
    d.add(
        Actor(id="a", name="Customer"),
        Subject(id="s", name="Shop"),
        UseCase(id="u", name="Compare", subjects=("s",)),
        UseCase(id="v", name="Pay", journey=JourneyStep(stage="stage_purchase")),
    )
    d.add_diagram(DiagramInfo(id="d", name="Journey", lanes=LANES))
    d.add_diagram(DiagramInfo(id="plain", name="Plain"))
    d.add_shapes(
        "d",
        [
            Shape(element="a", x=0, y=100, width=48, height=84),
            Shape(element="s", x=110, y=60, width=980, height=400),
            Shape(element="u", x=130, y=100, width=140, height=60),
            Shape(element="v", x=530, y=100, width=140, height=60),
        ],
    )
    d.add_shapes("plain", [Shape(element="u", x=0, y=0, width=140, height=60)])
    return d


def test_moving_a_use_case_into_a_lane_sets_its_stage_in_one_step(qapp, doc: Document) -> None:
    stack = UndoStack(doc)
    before = doc.to_data()
    stack.run("Move", lambda d: ops.move(d, "d", ["u"], 200, 0))  # centre 400: Consideration
    assert doc.get("u").journey.stage == "stage_consideration"
    assert doc.get("u").subjects == ("s",)  # still inside the boundary
    assert stack.count() == 1
    stack.undo()
    assert doc.to_data() == before


def test_outside_every_lane_the_stage_is_kept(qapp, doc: Document) -> None:
    ops.move(doc, "d", ["v"], 0, 0)
    ops.move(doc, "d", ["v"], 700, 0)  # centre 1300: right of the lanes
    assert doc.get("v").journey.stage == "stage_purchase"


def test_moving_on_a_diagram_without_lanes_changes_no_stage(qapp, doc: Document) -> None:
    ops.move(doc, "plain", ["u"], 500, 0)
    assert doc.get("u").journey.stage is None


def test_placing_a_new_use_case_in_a_lane_sets_its_stage(qapp, doc: Document) -> None:
    ops.place(
        doc,
        "d",
        UseCase(id="w", name="Recommend"),
        Shape(element="w", x=930, y=300, width=140, height=60),
    )
    assert doc.get("w").journey.stage == "stage_advocacy"


def test_moving_a_boundary_carries_its_use_cases_into_other_lanes(qapp, doc: Document) -> None:
    ops.move(doc, "d", ["s"], 200, 0)
    assert doc.get("u").journey.stage == "stage_consideration"


def test_setting_the_stage_moves_the_shape_into_its_lane_in_one_step(qapp, doc: Document) -> None:
    stack = UndoStack(doc)
    before = doc.to_data()
    stack.run("Set stage", lambda d: J.set_stage(d, "u", "stage_support"))
    shape = doc.shape("d", "u")
    assert shape.x >= 700 and shape.right <= 900
    assert shape.x + shape.width / 2 == 800  # centred in the lane
    assert doc.shape("plain", "u").x == 0  # no lanes there: it stays
    assert doc.get("u").journey.stage == "stage_support"
    stack.undo()
    assert doc.to_data() == before


def test_a_use_case_moved_into_a_lane_finds_a_free_place(qapp, doc: Document) -> None:
    J.set_stage(doc, "u", "stage_purchase")  # where "Pay" already is, at the same height
    u, v = doc.shape("d", "u"), doc.shape("d", "v")
    assert u.y >= v.bottom  # below it, not on top of it


def test_a_stage_must_exist_and_only_use_cases_have_one(qapp, doc: Document) -> None:
    with pytest.raises(ModelError, match="no stage"):
        J.set_stage(doc, "u", "stage_moon")
    with pytest.raises(ModelError, match="not a use case"):
        J.set_stage(doc, "a", "stage_purchase")


def test_set_step_changes_the_rest_of_the_step(qapp, doc: Document) -> None:
    J.set_step(doc, "v", emotion=-2, touchpoints=("web",), stage="stage_advocacy")
    step = doc.get("v").journey
    assert (step.emotion, step.touchpoints, step.stage) == (-2, ("web",), "stage_advocacy")


def test_turning_lanes_on_places_them_beside_the_content(qapp, doc: Document) -> None:
    J.show_lanes(doc, "plain", True)
    lanes = doc.diagram_info("plain").lanes
    assert lanes.x == -20 and lanes.y == -HEADER - 20
    J.show_lanes(doc, "plain", False)
    assert doc.diagram_info("plain").lanes is None


def test_arrange_in_lanes_stacks_use_cases_in_their_lanes(qapp, doc: Document) -> None:
    doc.update("u", journey={"stage": "stage_purchase"})
    moved = J.arrange_in_lanes(doc, "d")
    u, v = doc.shape("d", "u"), doc.shape("d", "v")
    assert moved == 2
    assert u.x + u.width / 2 == v.x + v.width / 2 == 600
    assert v.y >= u.bottom or u.y >= v.bottom
    with pytest.raises(ModelError, match="lanes"):
        J.arrange_in_lanes(doc, "plain")
