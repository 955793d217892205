"""The customer journey in the model: stages, touchpoints, journey steps, KPIs, lanes."""

from __future__ import annotations

import pytest

from ucdesigner.model import (
    Actor,
    DiagramInfo,
    Document,
    DocumentData,
    ModelError,
    Shape,
    UseCase,
)
from ucdesigner.model.diagram import Lanes
from ucdesigner.model.integrity import integrity_problems
from ucdesigner.model.journey import (
    DEFAULT_STAGES,
    Journey,
    JourneyStep,
    Kpi,
    Stage,
    emotion_text,
)
from ucdesigner.model.lanes import lane_at, lane_bottom, stage_at


def test_a_new_document_has_the_default_stages_and_touchpoints() -> None:
    journey = Document().journey
    assert [s.name for s in journey.stages] == [
        "Awareness",
        "Consideration / Intent",
        "Purchase",
        "Post-purchase support",
        "Advocacy",
    ]
    assert journey.touchpoints == ("web", "app", "store", "phone", "chat", "email")


def test_a_use_case_keeps_its_journey_step() -> None:
    doc = Document()
    step = JourneyStep(
        stage="stage_purchase",
        touchpoints=("web", "app"),
        pain_points=("Delivery costs shown late",),
        emotion=-1,
        kpis=(Kpi(name="Conversion", perspective="financial", target=3.5, current=2.9, unit="%"),),
    )
    doc.add(UseCase(id="u", name="Place order", journey=step))
    assert doc.get("u").journey == step
    again = Document.from_data(DocumentData.model_validate_json(doc.to_data().model_dump_json()))
    assert again.get("u").journey == step


@pytest.mark.parametrize(
    ("step", "message"),
    [
        (JourneyStep(stage="stage_nowhere"), 'stage "stage_nowhere" is not a stage'),
        (JourneyStep(touchpoints=("fax",)), 'touchpoint "fax" is not in the touchpoint list'),
    ],
)
def test_a_step_must_fit_the_journey(step: JourneyStep, message: str) -> None:
    with pytest.raises(ModelError, match=message):
        Document().add(UseCase(id="u", name="Buy", journey=step))


@pytest.mark.parametrize("emotion", [-3, 3])
def test_emotion_is_between_minus_two_and_plus_two(emotion: int) -> None:
    with pytest.raises(ModelError, match="emotion"):
        doc = Document()
        doc.add(UseCase(id="u", name="Buy"))
        doc.update("u", journey={"emotion": emotion})


def test_removing_a_stage_or_touchpoint_takes_it_out_of_the_use_cases_with_undo() -> None:
    doc = Document()
    doc.add(
        UseCase(
            id="u",
            name="Buy",
            journey=JourneyStep(stage="stage_purchase", touchpoints=("web", "store")),
        )
    )
    journey = doc.journey
    smaller = journey.model_copy(
        update={
            "stages": tuple(s for s in journey.stages if s.id != "stage_purchase"),
            "touchpoints": ("web", "app"),
        }
    )
    transaction = doc.set_journey(smaller)
    assert doc.get("u").journey == JourneyStep(touchpoints=("web",))
    doc.apply(transaction.inverse())
    assert doc.journey == journey
    assert doc.get("u").journey.stage == "stage_purchase"


def test_renaming_a_touchpoint_renames_it_in_the_use_cases() -> None:
    doc = Document()
    doc.add(UseCase(id="u", name="Buy", journey=JourneyStep(touchpoints=("web", "chat"))))
    renamed = doc.journey.model_copy(
        update={
            "touchpoints": tuple("live chat" if t == "chat" else t for t in doc.journey.touchpoints)
        }
    )
    doc.set_journey(renamed, {"chat": "live chat"})
    assert doc.get("u").journey.touchpoints == ("web", "live chat")


def test_stage_names_are_unique_and_not_blank() -> None:
    twice = (Stage(id="s1", name="Buy"), Stage(id="s2", name=" buy "))
    with pytest.raises(ValueError, match='two stages are named "buy"'):
        Journey(stages=twice)
    with pytest.raises(ModelError, match=r'the journey: .*two stages are named "buy"'):
        Document().set_journey(Journey.model_construct(stages=twice, touchpoints=()))
    with pytest.raises(ValueError, match="needs a name"):
        Stage(id="s3", name="  ")


def test_a_stage_id_cannot_be_an_element_id() -> None:
    doc = Document()
    with pytest.raises(ModelError, match="already in use"):
        doc.add(Actor(id="stage_purchase", name="Oops"))
    doc.add(Actor(id="a1", name="Customer"))
    with pytest.raises(ModelError, match="already in use"):
        doc.set_journey(Journey(stages=(*DEFAULT_STAGES, Stage(id="a1", name="Return"))))


def test_integrity_names_dangling_journey_references() -> None:
    data = DocumentData.model_validate(
        {
            "elements": [
                {
                    "kind": "usecase",
                    "id": "u",
                    "name": "Buy",
                    "journey": {"stage": "gone", "touchpoints": ["fax"]},
                }
            ]
        }
    )
    messages = [p.message for p in integrity_problems(data)]
    assert 'use case "Buy": its stage "gone" is not a stage of the journey.' in messages
    assert 'use case "Buy": its touchpoint "fax" is not in the touchpoint list.' in messages


@pytest.mark.parametrize(
    ("kpi", "status"),
    [
        (Kpi(name="NPS", target=40, current=45), "met"),
        (Kpi(name="NPS", target=40, current=12), "missed"),
        (Kpi(name="Handling time", target=5, current=4, better="lower"), "met"),
        (Kpi(name="Handling time", target=5, current=7, better="lower"), "missed"),
        (Kpi(name="Retention", target=80), "unknown"),
    ],
)
def test_kpi_status(kpi: Kpi, status: str) -> None:
    assert kpi.status() == status


def test_emotion_text_uses_a_sign() -> None:
    assert [emotion_text(v) for v in (-2, 0, 1)] == ["\u22122", "0", "+1"]


def test_lanes_geometry() -> None:
    journey = Journey()
    lanes = Lanes(x=100, y=0, width=200)
    assert lane_at(journey, lanes, 99) is None
    assert lane_at(journey, lanes, 100).stage.name == "Awareness"
    assert lane_at(journey, lanes, 350).stage.name == "Consideration / Intent"
    assert lane_at(journey, lanes, 1099).stage.name == "Advocacy"
    assert lane_at(journey, lanes, 1100) is None
    shape = Shape(element="u", x=480, y=100, width=140, height=60)  # centre 550
    assert stage_at(journey, lanes, shape) == "stage_purchase"
    assert lane_bottom(lanes, [shape.model_copy(update={"y": 900})]) == 1000


def test_a_diagram_keeps_its_lanes() -> None:
    doc = Document()
    doc.add_diagram(DiagramInfo(id="d", name="Journey", lanes=Lanes(x=10, y=20, width=300)))
    assert doc.diagram("d").lanes == Lanes(x=10, y=20, width=300)
    assert doc.diagram("d").info().lanes == Lanes(x=10, y=20, width=300)
    doc.update_diagram("d", lanes=None)
    assert doc.diagram_info("d").lanes is None
