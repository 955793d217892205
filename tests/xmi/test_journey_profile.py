"""The customer journey in XMI: the CustomerJourney profile other tools show, and the
journey read back from it (with or without our extension)."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from ucdesigner.io.xmi import dumps_xmi, read_xmi_bytes
from ucdesigner.io.xmi.journey_profile import PROFILE_URI
from ucdesigner.model import Actor, Association, Document, UseCase
from ucdesigner.model.journey import JourneyStep, Kpi, Stage

from .uml_check import conformance_problems, load_with_pyecore, metamodel

CJ = f"{{{PROFILE_URI}}}"


def shop() -> Document:
    doc = Document("Shop")
    stages = (
        *doc.journey.stages[:2],
        doc.journey.stages[2].model_copy(
            update={"description": "Checkout", "pain_points": ("Hidden delivery costs",)}
        ),
    )
    doc.set_journey(doc.journey.model_copy(update={"stages": stages}))
    doc.add(Actor(id="a", name="Customer"))
    doc.add(
        UseCase(
            id="u1",
            name="Place order",
            journey=JourneyStep(
                stage="stage_purchase",
                touchpoints=("web", "app"),
                pain_points=("Too many form fields",),
                emotion=-1,
                kpis=(
                    Kpi(
                        name="Conversion rate",
                        perspective="financial",
                        target=3.5,
                        current=2.8,
                        unit="%",
                    ),
                    Kpi(
                        name="Checkout time",
                        perspective="internal_process",
                        target=90,
                        better="lower",
                        unit="s",
                    ),
                ),
            ),
        ),
        UseCase(id="u2", name="Browse catalogue"),
    )
    doc.add(Association(id="r1", source="a", target="u1"))
    return doc


def _strip_extension(xml: bytes) -> bytes:
    root = etree.fromstring(xml)
    for extension in root.iter("{*}Extension"):
        extension.getparent().remove(extension)
    return etree.tostring(root)


def test_the_profile_and_its_applications_are_written() -> None:
    root = etree.fromstring(dumps_xmi(shop()))
    profile = next(e for e in root.iter() if e.get("URI") == PROFILE_URI)
    assert profile.get("name") == "CustomerJourney"
    stereotypes = [
        e.get("name") for e in profile if e.get("{http://www.omg.org/XMI}type") == "uml:Stereotype"
    ]
    assert stereotypes == ["CustomerJourney", "JourneyStage", "JourneyStep", "KPI"]
    step = root.find(f"{CJ}JourneyStep")
    assert step.get("base_UseCase") == "u1"
    assert step.get("stage") == "Purchase" and step.get("emotion") == "-1"
    assert [t.text for t in step.findall("touchpoints")] == ["web", "app"]
    kpis = root.findall(f"{CJ}KPI")
    assert [k.get("perspective") for k in kpis] == ["financial", "internal_process"]
    constraint = next(
        e
        for e in root.iter()
        if e.get("{http://www.omg.org/XMI}id") == kpis[0].get("base_Constraint")
    )
    assert constraint.tag == "ownedRule" and constraint.get("name") == "Conversion rate"
    assert constraint.getparent().get("{http://www.omg.org/XMI}id") == "u1"
    assert constraint.find("specification/body").text == "target 3.5 %, now 2.8 %, higher is better"
    stage = root.find(f"{CJ}JourneyStage[@base_EnumerationLiteral='stage_purchase']")
    assert stage.get("description") == "Checkout"
    assert [p.text for p in stage.findall("painPoints")] == ["Hidden delivery costs"]


def test_a_document_without_journey_data_gets_no_profile() -> None:
    doc = Document("Plain")
    doc.add(Actor(id="a", name="Customer"))
    xml = dumps_xmi(doc)
    assert PROFILE_URI.encode() not in xml


def test_enterprise_architect_gets_the_applications_without_the_definition() -> None:
    root = etree.fromstring(dumps_xmi(shop(), "ea"))
    assert not [e for e in root.iter() if e.get("URI") == PROFILE_URI]
    assert root.find(f"{CJ}JourneyStep").get("base_UseCase") == "u1"


@pytest.mark.parametrize("dialect", ["eclipse", "omg", "ea"])
def test_the_journey_comes_back_from_the_profile_alone(dialect: str) -> None:
    original = shop().to_data()
    result = read_xmi_bytes(_strip_extension(dumps_xmi(original, dialect)), "other-tool.xmi")
    assert result.data.journey == original.journey
    by_id = {e.id: e for e in result.data.elements}
    assert by_id["u1"].journey == next(e for e in original.elements if e.id == "u1").journey
    assert by_id["u2"].journey.is_empty()
    assert "Enumeration" not in result.report.ignored and "Profile" not in result.report.ignored
    assert any(entry.what == "customer journey" for entry in result.report.mapped)


def test_an_edit_made_in_another_tool_wins_and_the_rest_is_kept() -> None:
    root = etree.fromstring(dumps_xmi(shop()))
    step = root.find(f"{CJ}JourneyStep")
    step.set("emotion", "2")
    step.set("stage", "Consideration / Intent")
    etree.SubElement(step, "touchpoints").text = "kiosk"
    data = read_xmi_bytes(etree.tostring(root), "edited.uml").data
    journey = next(e for e in data.elements if e.id == "u1").journey
    assert journey.emotion == 2
    assert journey.stage == "stage_consideration"
    assert journey.touchpoints == ("web", "app", "kiosk")
    assert "kiosk" in data.journey.touchpoints
    assert len(journey.kpis) == 2  # untouched


def test_a_dropped_application_keeps_the_extension_values() -> None:
    root = etree.fromstring(dumps_xmi(shop()))
    for element in root.findall(f"{CJ}*"):
        root.remove(element)
    data = read_xmi_bytes(etree.tostring(root), "papyrus-dropped-them.uml").data
    assert data == shop().to_data()


def test_journey_tagged_values_of_other_tools_become_journey_fields() -> None:
    xml = b"""<?xml version="1.0"?>
    <xmi:XMI xmi:version="2.1" xmlns:xmi="http://schema.omg.org/spec/XMI/2.1" xmlns:uml="http://schema.omg.org/spec/UML/2.1">
      <uml:Model xmi:type="uml:Model" xmi:id="m" name="EA model">
        <packagedElement xmi:type="uml:UseCase" xmi:id="EAID_1" name="Return item"/>
      </uml:Model>
      <xmi:Extension extender="Enterprise Architect" extenderID="6.5">
        <elements>
          <element xmi:idref="EAID_1" xmi:type="uml:UseCase" name="Return item">
            <tags>
              <tag name="stage" value="Post-purchase support"/>
              <tag name="channels" value="store, web"/>
              <tag name="emotion" value="-2"/>
            </tags>
          </element>
        </elements>
      </xmi:Extension>
    </xmi:XMI>"""
    data = read_xmi_bytes(xml, "ea.xmi").data
    step = data.elements[0].journey
    assert step.stage == "stage_support"
    assert step.touchpoints == ("store", "web")
    assert step.emotion == -2


def test_stage_names_with_characters_xml_cannot_hold_come_back_exactly() -> None:
    doc = shop()
    doc.set_journey(
        doc.journey.model_copy(update={"stages": (Stage(id="s_odd", name="Odd\x01stage"),)})
    )
    data = doc.to_data()
    assert read_xmi_bytes(dumps_xmi(data), "odd.uml").data == data


@pytest.mark.skipif(metamodel() is None, reason="../shared/metamodels (uml.ecore) is absent")
def test_pyecore_reads_the_profile_applications(tmp_path: Path) -> None:
    xml = dumps_xmi(shop())
    assert conformance_problems(xml) == []
    model = load_with_pyecore(xml, tmp_path)
    applications = [o for o in model.eResource.contents if o.eClass.name == "JourneyStep"]
    assert len(applications) == 1
    assert applications[0].base_UseCase.name == "Place order"
    assert list(applications[0].touchpoints) == ["web", "app"]
    assert applications[0].emotion == -1
    kpi = next(o for o in model.eResource.contents if o.eClass.name == "KPI")
    assert kpi.base_Constraint.name == "Conversion rate" and kpi.target == 3.5
