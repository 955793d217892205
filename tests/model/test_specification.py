"""Use case specifications: labels, references kept valid, problems found in files."""

from __future__ import annotations

import pytest

from ucdesigner.model import (
    Actor,
    Document,
    ExtensionPoint,
    ModelError,
    ScenarioExtension,
    Specification,
    Step,
    UseCase,
)
from ucdesigner.model.integrity import integrity_problems


def spec(**changes) -> Specification:
    base = Specification(
        goal="Get the money back",
        primary_actors=("a",),
        main_scenario=(Step(id="s1", text="Customer asks"), Step(id="s2", text="Shop refunds")),
        extensions=(
            ScenarioExtension(id="x1", step="s2", condition="card expired", extension_point="ep"),
            ScenarioExtension(id="x2", step="s2", condition="partial refund"),
            ScenarioExtension(id="x3", condition="customer cancels at any time"),
        ),
    )
    return base.model_copy(update=changes)


@pytest.fixture
def doc() -> Document:
    d = Document()
    d.add(
        Actor(id="a", name="Customer"),
        UseCase(
            id="u", name="Return Item", extension_points=(ExtensionPoint(id="ep", name="Refund"),)
        ),
    )
    d.update("u", specification=spec())
    return d


def test_extension_labels_follow_the_step_numbers() -> None:
    assert spec().extension_labels() == {"x1": "2a", "x2": "2b", "x3": "*a"}


def test_removing_an_actor_removes_it_from_specifications_and_undo_restores_it(doc) -> None:
    removed = doc.remove(["a"])
    assert doc.get("u").specification.primary_actors == ()
    doc.apply(removed.inverse())
    assert doc.get("u").specification.primary_actors == ("a",)


def test_removing_an_extension_point_unties_the_extension(doc) -> None:
    doc.update("u", extension_points=())
    assert doc.get("u").specification.extensions[0].extension_point is None


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"primary_actors": ("ghost",)}, 'names "ghost" as an actor'),
        ({"supporting_actors": ("u",)}, 'names "u" as an actor'),
        (
            {"extensions": (ScenarioExtension(id="x9", extension_point="nope"),)},
            'extension point "nope"',
        ),
        ({"extensions": (ScenarioExtension(id="x9", step="s7"),)}, 'from step "s7"'),
        ({"main_scenario": (Step(id="s1"), Step(id="s1")), "extensions": ()}, "step id twice"),
    ],
)
def test_broken_references_are_refused(doc, changes, message) -> None:
    with pytest.raises(ModelError, match=message):
        doc.update("u", specification=spec(**changes))


def test_integrity_check_reports_broken_specifications_in_files(doc) -> None:
    data = doc.to_data()
    broken = data.model_copy(
        update={
            "elements": tuple(
                e.model_copy(
                    update={
                        "specification": spec(
                            primary_actors=("ghost",),
                            extensions=(ScenarioExtension(id="x1", step="zz"),),
                        )
                    }
                )
                if e.id == "u"
                else e
                for e in data.elements
            )
        }
    )
    messages = [p.message for p in integrity_problems(broken)]
    assert any('names actor "ghost"' in m for m in messages)
    assert any('from step "zz"' in m for m in messages)


def test_an_empty_specification_is_recognised() -> None:
    assert Specification().is_empty() and not spec().is_empty()
