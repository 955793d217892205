"""ucd -> XMI -> ucd gives back the identical document, in every dialect."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from lxml import etree

from ucdesigner.io.xmi import DIALECTS, dumps_xmi, read_xmi_bytes
from ucdesigner.model import Document

from ..strategies import documents

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize("dialect", sorted(DIALECTS))
@SETTINGS
@given(document=documents())
def test_round_trip_is_identical(dialect: str, document: Document) -> None:
    data = document.to_data()
    again = read_xmi_bytes(dumps_xmi(data, dialect), "random.xmi").data
    assert again == data


@given(document=documents(max_nodes=6))
@SETTINGS
def test_export_is_deterministic(document: Document) -> None:
    data = document.to_data()
    assert dumps_xmi(data) == dumps_xmi(data)


def _edit_name(xml: bytes, element_id: str, new_name: str) -> bytes:
    root = etree.fromstring(xml)
    for element in root.iter():
        if element.get("{http://www.omg.org/XMI}id") == element_id:
            element.set("name", new_name)
            break
    else:
        raise AssertionError(f"{element_id} not written")
    return etree.tostring(root)


def test_an_edit_made_in_another_tool_wins_and_the_rest_is_kept() -> None:
    from ucdesigner.model import Actor, Diagram, Document, Shape, ShapeStyle

    document = Document("Shop")
    document.add(Actor(id="buyer", name="Buyer", stereotypes=("person",), properties={"k": "v"}))
    document.add_diagram(
        Diagram(
            id="d1",
            name="Main",
            shapes=(
                Shape(
                    element="buyer",
                    x=10,
                    y=20,
                    width=48,
                    height=84,
                    style=ShapeStyle(fill="#ffeeaa"),
                ),
            ),
        )
    )
    edited = _edit_name(dumps_xmi(document), "buyer", "Customer")
    data = read_xmi_bytes(edited, "edited.uml").data
    actor = data.elements[0]
    assert actor.name == "Customer"
    assert actor.stereotypes == ("person",)
    assert actor.properties == {"k": "v"}
    assert data.diagrams[0].shapes[0].style.fill == "#ffeeaa"


def test_an_element_deleted_in_another_tool_is_gone_with_its_shapes() -> None:
    from ucdesigner.model import Actor, Diagram, Document, Shape

    document = Document()
    document.add(Actor(id="a1", name="A"), Actor(id="a2", name="B"))
    document.add_diagram(
        Diagram(
            id="d1",
            shapes=(
                Shape(element="a1", x=0, y=0, width=48, height=84),
                Shape(element="a2", x=100, y=0, width=48, height=84),
            ),
        )
    )
    root = etree.fromstring(dumps_xmi(document))
    for element in list(root.iter()):
        if element.get("{http://www.omg.org/XMI}id") == "a2":
            element.getparent().remove(element)
    result = read_xmi_bytes(etree.tostring(root), "x.uml")
    assert [e.id for e in result.data.elements] == ["a1"]
    assert [s.element for s in result.data.diagrams[0].shapes] == ["a1"]
    assert any(entry.what == "a2" for entry in result.report.dropped)


@pytest.mark.parametrize("dialect", sorted(DIALECTS))
def test_text_xml_cannot_hold_and_document_info_survive(dialect: str) -> None:
    from ucdesigner.model import (
        Actor,
        Comment,
        CommentLink,
        Document,
        Extend,
        ExtensionPoint,
        UseCase,
    )

    awkward = '  bell\x07 tab\t cr\r nl\n form\x0c «x» & <y> "q" \U0001f600  '
    document = Document(awkward)
    document.set_info(documentation=awkward, properties={"k\x01": awkward})
    document.add(
        Actor(id="a", name=awkward, documentation=awkward),
        UseCase(id="u", name=awkward, extension_points=(ExtensionPoint(id="ep", name=awkward),)),
        UseCase(id="v", name=""),
        Comment(id="c", name=awkward, body=awkward),
    )
    document.add(
        Extend(id="x", source="v", target="u", condition=awkward, extension_points=("ep",)),
        CommentLink(id="l1", source="c", target="a"),
        CommentLink(id="l2", source="c", target="a", name="twice"),
    )
    data = document.to_data()
    assert read_xmi_bytes(dumps_xmi(data, dialect), "awkward.xmi").data == data


def test_names_that_look_like_keywords_survive_our_round_trip() -> None:
    from ucdesigner.model import Extend, Include, UseCase

    document = Document()
    document.add(
        UseCase(id="a", name="A"),
        UseCase(id="b", name="B"),
        Extend(id="e", source="a", target="b", name="includes"),
        Include(id="i", source="b", target="a", name="include"),
    )
    data = document.to_data()
    for dialect in sorted(DIALECTS):
        again = read_xmi_bytes(dumps_xmi(data, dialect), "ours.xmi").data
        assert {r.id: r.name for r in again.relationships} == {"e": "includes", "i": "include"}
