"""Specifications in XMI: a comment other tools show, our extension for the ids, and
the text read back when a tool dropped the extension."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from ucdesigner.io.native import load
from ucdesigner.io.xmi import DIALECTS, dumps_xmi, read_xmi_bytes
from ucdesigner.model import (
    Actor,
    Association,
    Document,
    ExtensionPoint,
    ScenarioExtension,
    Specification,
    Step,
    UseCase,
)

from .uml_check import conformance_problems, metamodel


def model() -> Document:
    d = Document("Returns")
    d.add(
        Actor(id="c", name="Customer"),
        Actor(id="p", name="Payment Provider"),
        UseCase(
            id="r",
            name="Request Return",
            documentation="How a customer sends an item back.",
            extension_points=(ExtensionPoint(id="ep", name="Item damaged"),),
        ),
        Association(id="a1", source="c", target="r"),
        Association(id="a2", source="p", target="r"),
    )
    d.update(
        "r",
        specification=Specification(
            goal="Get the money back.",
            level="user goal",
            supporting_actors=("p",),
            main_scenario=(
                Step(id="s1", text="The customer chooses the item."),
                Step(id="s2", text="The shop sends a label."),
            ),
            extensions=(
                ScenarioExtension(
                    id="x1",
                    step="s1",
                    condition="The item is damaged",
                    extension_point="ep",
                    steps=(Step(id="s3", text="The customer adds a photo."),),
                ),
            ),
            postconditions=("The refund is under way.",),
        ),
    )
    return d


def comments(xml: bytes) -> list[etree._Element]:
    root = etree.fromstring(xml)
    return [e for e in root.iter() if isinstance(e.tag, str) and e.tag == "ownedComment"]


@pytest.mark.parametrize("dialect", sorted(DIALECTS))
def test_the_specification_is_a_readable_comment_of_the_use_case(dialect) -> None:
    xml = dumps_xmi(model(), dialect)
    xmi_id = f"{{{DIALECTS[dialect].xmi}}}id"
    bodies = {c.get(xmi_id): c.findtext("body") for c in comments(xml)}
    body = bodies["r_specification"]
    assert body.startswith("Use case specification: Request Return\nGoal: Get the money back.")
    assert "Primary actors: Customer, Payment Provider" in body
    assert "1. The customer chooses the item." in body
    assert '1a. The item is damaged (at extension point "Item damaged"):' in body
    assert bodies["r_documentation"] == "How a customer sends an item back."
    owner = next(c for c in comments(xml) if c.findtext("body") == body).getparent()
    assert owner.get(xmi_id) == "r"


@pytest.mark.parametrize("dialect", sorted(DIALECTS))
def test_round_trip_keeps_documentation_and_specification_apart(dialect) -> None:
    data = model().to_data()
    again = read_xmi_bytes(dumps_xmi(data, dialect), "r.xmi").data
    assert again == data


def _without_extension(xml: bytes) -> bytes:
    root = etree.fromstring(xml)
    for element in list(root):
        if etree.QName(element).localname == "Extension":
            root.remove(element)
    return etree.tostring(root)


def test_a_tool_that_drops_our_extension_still_gives_the_specification_back() -> None:
    data = model().to_data()
    result = read_xmi_bytes(_without_extension(dumps_xmi(data)), "other-tool.uml")
    usecase = next(e for e in result.data.elements if e.name == "Request Return")
    texts = [getattr(e, "body", "") + e.documentation for e in result.data.elements]
    assert not any("Use case specification" in t for t in texts)  # not duplicated as a note
    spec = usecase.specification
    original = data.elements[2].specification
    assert spec.goal == original.goal and spec.postconditions == original.postconditions
    assert [s.text for s in spec.main_scenario] == [s.text for s in original.main_scenario]
    (extension,) = spec.extensions
    assert extension.step == spec.main_scenario[0].id
    assert extension.extension_point == usecase.extension_points[0].id
    assert spec.primary_actors == ()  # the associated actors: derived, as before
    assert [a for a in spec.supporting_actors] == ["p"]
    assert 'specification of use case "Request Return"' in result.report.text()


@pytest.mark.skipif(metamodel() is None, reason="../shared/metamodels (uml.ecore) is absent")
@pytest.mark.parametrize("dialect", sorted(DIALECTS))
def test_the_comment_conforms_to_the_uml_metamodel(dialect) -> None:
    assert conformance_problems(dumps_xmi(model(), dialect)) == []


EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"


@pytest.mark.parametrize("name", ["post-purchase-support.ucd", "online-shop-intent.ucd"])
@pytest.mark.parametrize("dialect", sorted(DIALECTS))
def test_the_examples_with_specifications_round_trip(name, dialect) -> None:
    data = load(EXAMPLES / name).to_data()
    assert any(getattr(e, "specification", None) for e in data.elements)
    assert read_xmi_bytes(dumps_xmi(data, dialect), name).data == data
