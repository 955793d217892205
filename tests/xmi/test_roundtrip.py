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


def _framed_document():
    from ucdesigner.model import Actor, Association, Diagram, Document, Edge, Point, Shape
    from ucdesigner.model import UseCase as Case

    document = Document("Shop")
    document.add(Actor(id="buyer", name="Buyer"))
    document.add(Case(id="buy", name="Buy"))
    document.add(Association(id="as", source="buyer", target="buy"))
    for ident, frame in (("framed", True), ("plain", False)):
        document.add_diagram(
            Diagram(
                id=ident,
                name=ident.title(),
                frame=frame,
                shapes=(
                    Shape(element="buyer", x=10.25, y=20, width=48, height=84),
                    Shape(element="buy", x=300, y=40.5, width=150, height=70),
                ),
                edges=(Edge(element="as", waypoints=(Point(x=200, y=150),)),),
            )
        )
    return document.to_data()


@pytest.mark.parametrize("dialect", sorted(DIALECTS))
def test_the_diagram_frame_survives_every_dialect(dialect: str) -> None:
    data = _framed_document()
    again = read_xmi_bytes(dumps_xmi(data, dialect), "framed.xmi").data
    assert [(d.id, d.frame) for d in again.diagrams] == [("framed", True), ("plain", False)]


def test_omg_writes_umldi_diagrams_with_the_frame_and_other_tools_read_them_alone() -> None:
    """The OMG dialect carries each diagram in UML's own Diagram Interchange: isFrame is
    the frame setting; without our extension the diagrams, their frame, positions (to
    0.1 px) and bend points still come back."""
    xmi = "http://www.omg.org/spec/XMI/20131001"
    umldi = "{http://www.omg.org/spec/UML/20161101/UMLDI}"
    data = _framed_document()
    root = etree.fromstring(dumps_xmi(data, "omg"))
    diagrams = root.findall(f"{umldi}UMLUseCaseDiagram")
    assert [(d.get(f"{{{xmi}}}id"), d.get("isFrame")) for d in diagrams] == [
        ("framed", "true"),
        ("plain", "false"),
    ]
    for extension in root.findall(f"{{{xmi}}}Extension"):
        root.remove(extension)
    foreign = read_xmi_bytes(etree.tostring(root), "foreign.xmi").data
    assert [(d.name, d.frame) for d in foreign.diagrams] == [("Framed", True), ("Plain", False)]
    for before, after in zip(data.diagrams, foreign.diagrams, strict=True):
        boxes = {s.element: (s.x, s.y, s.width, s.height) for s in after.shapes}
        for shape in before.shapes:
            assert boxes[shape.element] == pytest.approx(
                (shape.x, shape.y, shape.width, shape.height), abs=0.05
            )
        assert [(p.x, p.y) for p in after.edges[0].waypoints] == [(200, 150)]


@pytest.mark.parametrize(("written", "frame"), [("", True), ('isFrame="false"', False)])
def test_a_umldi_diagram_is_framed_unless_it_says_otherwise(written: str, frame: bool) -> None:
    """UMLDI's isFrame defaults to true: a diagram from another tool that does not say
    is framed."""
    text = f"""<xmi:XMI xmlns:xmi="http://www.omg.org/spec/XMI/20131001"
        xmlns:uml="http://www.omg.org/spec/UML/20161101"
        xmlns:umldi="http://www.omg.org/spec/UML/20161101/UMLDI"
        xmlns:dc="http://www.omg.org/spec/DD/20131001/DC">
      <uml:Model xmi:id="m" name="M">
        <packagedElement xmi:type="uml:Actor" xmi:id="a" name="A"/>
      </uml:Model>
      <umldi:UMLUseCaseDiagram xmi:id="d" name="D" modelElement="m" {written}>
        <ownedElement xmi:type="umldi:UMLShape" xmi:id="s" modelElement="a">
          <bounds xmi:type="dc:Bounds" x="10" y="20" width="48" height="84"/>
        </ownedElement>
      </umldi:UMLUseCaseDiagram>
    </xmi:XMI>""".encode()
    diagram = read_xmi_bytes(text, "tool.xmi").data.diagrams[0]
    assert diagram.frame is frame
    assert (diagram.shapes[0].x, diagram.shapes[0].y) == (10, 20)
