"""The readers on small files written for these tests, one construct at a time."""

from __future__ import annotations

from pathlib import Path

import pytest

from ucdesigner.io.xmi import read_xmi, read_xmi_bytes
from ucdesigner.model import DocumentData

UML14 = "org.omg.xmi.namespace.UML"
UML2 = "http://www.eclipse.org/uml2/5.0.0/UML"
OMG_UML = "http://www.omg.org/spec/UML/20131001"
XMI21 = "http://schema.omg.org/spec/XMI/2.1"


def by_name(data: DocumentData) -> dict[str, object]:
    return {e.name: e for e in data.elements}


def kinds(data: DocumentData) -> list[tuple[str, str, str]]:
    names = {e.id: e.name for e in data.elements}
    return sorted((r.kind, names[r.source], names[r.target]) for r in data.relationships)


def xmi1(body: str, prefix: str = "UML", uri: str = UML14, extensions: str = "") -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<XMI xmi.version="1.2" xmlns:{prefix}="{uri}">
 <XMI.header><XMI.documentation><XMI.exporter>Test</XMI.exporter></XMI.documentation></XMI.header>
 <XMI.content>
  <{prefix}:Model xmi.id="m" name="Shop"><{prefix}:Namespace.ownedElement>
   {body.replace("UML:", prefix + ":")}
  </{prefix}:Namespace.ownedElement></{prefix}:Model>
 </XMI.content>{extensions}
</XMI>""".encode()


def xmi2(body: str, uml: str = UML2, prefix: str = "uml", root_extra: str = "") -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<xmi:XMI xmi:version="2.1" xmlns:xmi="{XMI21}" xmlns:{prefix}="{uml}">
 <{prefix}:Model xmi:id="m" name="Shop">
  {body.replace("uml:", prefix + ":")}
 </{prefix}:Model>{root_extra}
</xmi:XMI>""".encode()


def test_xmi1_include_extend_elements_and_extension_points() -> None:
    data = read_xmi_bytes(
        xmi1("""
        <UML:UseCase xmi.id="u1" name="Order">
          <UML:UseCase.extensionPoint><UML:ExtensionPoint xmi.id="ep1" name="payment"/></UML:UseCase.extensionPoint>
        </UML:UseCase>
        <UML:UseCase xmi.id="u2" name="Login"/>
        <UML:UseCase xmi.id="u3" name="Coupon"/>
        <UML:Include xmi.id="i1">
          <UML:Include.addition><UML:UseCase xmi.idref="u2"/></UML:Include.addition>
          <UML:Include.base><UML:UseCase xmi.idref="u1"/></UML:Include.base>
        </UML:Include>
        <UML:Extend xmi.id="e1">
          <UML:Extend.condition><UML:BooleanExpression body="has coupon"/></UML:Extend.condition>
          <UML:Extend.base><UML:UseCase xmi.idref="u1"/></UML:Extend.base>
          <UML:Extend.extension><UML:UseCase xmi.idref="u3"/></UML:Extend.extension>
          <UML:Extend.extensionPoint><UML:ExtensionPoint xmi.idref="ep1"/></UML:Extend.extensionPoint>
        </UML:Extend>"""),
        "t.xmi",
    ).data
    assert kinds(data) == [("extend", "Coupon", "Order"), ("include", "Order", "Login")]
    extend = next(r for r in data.relationships if r.kind == "extend")
    assert extend.condition == "has coupon"
    assert extend.extension_points == ("ep1",)


def test_matching_is_by_namespace_uri_not_by_prefix() -> None:
    body = '<UML:Actor xmi.id="a" name="Buyer"/><UML:UseCase xmi.id="u" name="Pay"/>'
    first = read_xmi_bytes(xmi1(body), "a.xmi").data
    second = read_xmi_bytes(xmi1(body, prefix="Foundation"), "b.xmi").data
    assert [e.name for e in first.elements] == [e.name for e in second.elements] == ["Buyer", "Pay"]
    other = read_xmi_bytes(
        xmi2('<packagedElement xmi:type="uml:Actor" xmi:id="a" name="A"/>', prefix="u2"), "c.xmi"
    )
    assert [e.name for e in other.data.elements] == ["A"]


def test_stand_ins_by_stereotype_reference_tagged_value_and_name() -> None:
    data = read_xmi_bytes(
        xmi1("""
        <UML:Stereotype xmi.id="st_inc" name="include"/>
        <UML:Actor xmi.id="a" name="Clerk"/>
        <UML:UseCase xmi.id="u1" name="Sell"/><UML:UseCase xmi.id="u2" name="Scan"/>
        <UML:UseCase xmi.id="u3" name="Refund"/><UML:UseCase xmi.id="u4" name="Audit"/>
        <UML:Dependency xmi.id="d1" client="u1" supplier="u2" stereotype="st_inc"/>
        <UML:Association xmi.id="s2">
          <UML:ModelElement.taggedValue><UML:TaggedValue tag="stereotype" value="extend"/></UML:ModelElement.taggedValue>
          <UML:Association.connection>
            <UML:AssociationEnd type="u3"/><UML:AssociationEnd type="u1"/>
          </UML:Association.connection>
        </UML:Association>
        <UML:Dependency xmi.id="d3" client="u1" supplier="u4" name="&#171;include&#187;"/>
        <UML:Dependency xmi.id="d4" client="a" supplier="u4" name="reads"/>"""),
        "t.xmi",
    )
    assert kinds(data.data) == [
        ("dependency", "Clerk", "Audit"),
        ("extend", "Refund", "Sell"),
        ("include", "Sell", "Audit"),
        ("include", "Sell", "Scan"),
    ]
    assert sum("marked «include»" in m.detail for m in data.report.mapped) == 2


def test_xmi2_implied_types_idref_children_and_references_to_other_files() -> None:
    result = read_xmi_bytes(
        xmi2("""
        <packagedElement xmi:type="uml:UseCase" xmi:id="u1" name="Order">
          <include xmi:id="i1"><addition xmi:idref="u2"/></include>
          <generalization xmi:id="g1" general="u2"/>
          <extend xmi:id="x1"><extendedCase href="other.uml#far"/></extend>
        </packagedElement>
        <packagedElement xmi:type="uml:UseCase" xmi:id="u2" name="Base"/>"""),
        "t.uml",
    )
    assert kinds(result.data) == [("generalization", "Order", "Base"), ("include", "Order", "Base")]
    assert result.report.count("dangling") == 1
    assert any("another file" in e.detail for e in result.report.dropped)


def test_bare_package_root_windows_1252_and_processing_instruction() -> None:
    text = (
        '<?xml version="1.0" encoding="windows-1252"?>\n<?tool signature?>\n'
        f'<uml:Package xmlns:xmi="http://www.omg.org/XMI" xmlns:uml="{UML2}" xmi:id="p" name="Caf\xe9">'
        '<packagedElement xmi:type="uml:Actor" xmi:id="a" name="Gar\xe7on"/></uml:Package>'
    )
    data = read_xmi_bytes(text.encode("cp1252"), "t.uml").data
    assert data.name == "Café"
    assert [e.name for e in data.elements] == ["Garçon"]


def test_foreign_ids_are_mapped_deterministically_and_kept() -> None:
    body = """<UML:Actor xmi.id="127-0-0-1:-7ff" name="A"/>
              <UML:UseCase xmi.id="1abc" name="U"/>
              <UML:UseCase xmi.id="_1abc" name="Clash"/>
              <UML:Association xmi.id="as:1"><UML:Association.connection>
                <UML:AssociationEnd type="127-0-0-1:-7ff"/><UML:AssociationEnd type="1abc"/>
              </UML:Association.connection></UML:Association>"""
    first = read_xmi_bytes(xmi1(body), "t.xmi").data
    second = read_xmi_bytes(xmi1(body), "t.xmi").data
    assert first == second
    names = by_name(first)
    assert names["A"].id == "_127-0-0-1_-7ff"
    assert names["A"].properties["xmi:id"] == "127-0-0-1:-7ff"
    assert names["Clash"].id == "_1abc"  # valid ids keep their value
    assert names["U"].id not in ("1abc", "_1abc")
    assert first.relationships[0].properties["xmi:id"] == "as:1"


def test_what_the_rules_refuse_is_dropped_with_the_reason() -> None:
    result = read_xmi_bytes(
        xmi2("""
        <packagedElement xmi:type="uml:Actor" xmi:id="a1" name="A1"/>
        <packagedElement xmi:type="uml:Actor" xmi:id="a2" name="A2"/>
        <packagedElement xmi:type="uml:Class" xmi:id="c1" name="C1"/>
        <packagedElement xmi:type="uml:Class" xmi:id="c2" name="C2"><generalization xmi:id="g0" general="c1"/></packagedElement>
        <packagedElement xmi:type="uml:UseCase" xmi:id="u1" name="U1"><include xmi:id="i1" addition="u2"/></packagedElement>
        <packagedElement xmi:type="uml:UseCase" xmi:id="u2" name="U2"><include xmi:id="i2" addition="u1"/></packagedElement>
        <packagedElement xmi:type="uml:Association" xmi:id="as1" memberEnd="e1 e2">
          <ownedEnd xmi:id="e1" type="a1"/><ownedEnd xmi:id="e2" type="a2"/>
        </packagedElement>
        <packagedElement xmi:type="uml:Dependency" xmi:id="d1" client="a1" supplier="c1"/>"""),
        "t.uml",
    )
    reasons = {e.xid: e.detail for e in result.report.dropped}
    assert "an association joins an actor and a use case" in reasons["as1"]
    assert "cycle" in reasons["i2"]
    assert "Class" in reasons["d1"]
    assert "g0" not in reasons and result.report.ignored["Generalization"] == 1
    assert kinds(result.data) == [("include", "U1", "U2")]


def test_comments_on_elements_and_on_relationships() -> None:
    data = read_xmi_bytes(
        xmi2("""
        <ownedComment xmi:id="c1" body="Who pays?" annotatedElement="u1"/>
        <ownedComment xmi:id="c2" body="Always." annotatedElement="i1"/>
        <packagedElement xmi:type="uml:UseCase" xmi:id="u1" name="Pay">
          <ownedComment xmi:id="c3"><body>Pays by card.</body></ownedComment>
          <include xmi:id="i1" addition="u2"/>
        </packagedElement>
        <packagedElement xmi:type="uml:UseCase" xmi:id="u2" name="Check"/>"""),
        "t.uml",
    ).data
    comment = next(e for e in data.elements if e.kind == "comment")
    assert comment.body == "Who pays?"
    assert [(r.source, r.target) for r in data.relationships if r.kind == "comment_link"] == [
        ("c1", "u1")
    ]
    assert by_name(data)["Pay"].documentation == "Pays by card."
    assert next(r for r in data.relationships if r.kind == "include").documentation == "Always."


def test_papyrus_notation_beside_the_model(tmp_path: Path) -> None:
    (tmp_path / "m.uml").write_bytes(
        f"""<uml:Model xmlns:xmi="http://www.omg.org/spec/XMI/20131001" xmlns:uml="{UML2}" xmi:id="m" name="M">
        <packagedElement xmi:type="uml:Component" xmi:id="s" name="Shop" useCase="u"/>
        <packagedElement xmi:type="uml:UseCase" xmi:id="u" name="Buy" subject="s"/>
        <packagedElement xmi:type="uml:Actor" xmi:id="a" name="Buyer"/></uml:Model>""".encode()
    )
    (tmp_path / "m.notation").write_bytes(
        b"""<xmi:XMI xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
          xmlns:notation="http://www.eclipse.org/gmf/runtime/1.0.2/notation">
        <notation:Diagram xmi:id="d" type="UseCase" name="Main" measurementUnit="Pixel">
          <children xmi:type="notation:Shape" xmi:id="v1">
            <children xmi:type="notation:BasicCompartment" xmi:id="v2">
              <children xmi:type="notation:Shape" xmi:id="v3">
                <element href="Original.uml#u"/>
                <layoutConstraint xmi:type="notation:Bounds" xmi:id="b3" x="20" y="30" width="120" height="50"/>
              </children>
              <layoutConstraint xmi:type="notation:Bounds" xmi:id="b2"/>
            </children>
            <element href="Original.uml#s"/>
            <layoutConstraint xmi:type="notation:Bounds" xmi:id="b1" x="200" y="100" width="300" height="250"/>
          </children>
          <children xmi:type="notation:Shape" xmi:id="v4">
            <element href="Original.uml#a"/>
            <layoutConstraint xmi:type="notation:Bounds" xmi:id="b4" x="40" y="120"/>
          </children>
          <element href="Original.uml#m"/>
        </notation:Diagram></xmi:XMI>"""
    )
    result = read_xmi(tmp_path / "m.uml")
    diagram = result.data.diagrams[0]
    shapes = {s.element: s for s in diagram.shapes}
    assert diagram.name == "Main"
    # The use case sits inside its boundary (at 20, 30 within it); the actor has no size
    # in the file and gets the default figure.
    assert_drawn_as(diagram.shapes, {"u": (220, 130, 120, 50), "a": (40, 120, 48, 84)})
    assert (shapes["a"].width, shapes["a"].height) == (48, 84)
    assert by_name(result.data)["Buy"].subjects == ("s",)
    assert result.report.count("generated_diagram") == 0


def _papyrus_package_model(tmp_path: Path, notation: str) -> DocumentData:
    (tmp_path / "m.uml").write_bytes(
        f"""<uml:Model xmlns:xmi="http://www.omg.org/spec/XMI/20131001" xmlns:uml="{UML2}" xmi:id="m" name="M">
        <packagedElement xmi:type="uml:Package" xmi:id="p" name="Front office">
          <packagedElement xmi:type="uml:UseCase" xmi:id="u1" name="Sell"/>
          <packagedElement xmi:type="uml:Package" xmi:id="q" name="Tills">
            <packagedElement xmi:type="uml:UseCase" xmi:id="u2" name="Open till"/>
          </packagedElement>
        </packagedElement>
        <packagedElement xmi:type="uml:Component" xmi:id="s" name="Shop" useCase="u3"/>
        <packagedElement xmi:type="uml:UseCase" xmi:id="u3" name="Refund" subject="s"/>
        <packagedElement xmi:type="uml:Actor" xmi:id="a" name="Clerk"/></uml:Model>""".encode()
    )
    (tmp_path / "m.notation").write_text(
        f"""<xmi:XMI xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xmlns:notation="http://www.eclipse.org/gmf/runtime/1.0.2/notation">
        <notation:Diagram xmi:id="d" type="UseCase" name="Main" measurementUnit="Pixel">
          {notation}
          <children xmi:type="notation:Shape" xmi:id="va" type="Actor_Shape">
            <element href="m.uml#a"/>
            <layoutConstraint xmi:type="notation:Bounds" x="40" y="120" width="40" height="60"/>
          </children>
          <element href="m.uml#m"/>
        </notation:Diagram></xmi:XMI>"""
    )
    return read_xmi(tmp_path / "m.uml").data


def _shape(kind: str, ref: str, bounds: str, inner: str = "", compartment: str = "") -> str:
    label = f'<children xmi:type="notation:DecorationNode" type="{kind}_NameLabel"/>'
    body = (
        f'<children xmi:type="notation:BasicCompartment" type="{compartment}">{inner}</children>'
        if compartment
        else ""
    )
    return f"""<children xmi:type="notation:Shape" type="{kind}">{label}{body}
        <element href="m.uml#{ref}"/>
        <layoutConstraint xmi:type="notation:Bounds" {bounds}/></children>"""


@pytest.mark.parametrize(
    "names",
    [
        # Papyrus 1.2 and later name the views' types ...
        (
            "Package_Shape",
            "Package_PackagedElementCompartment",
            "UseCase_Shape_CN",
            "Package_Shape_CN",
            "Package_PackagedElementCompartment_CN",
            "Classifier_SubjectShape",
            "Classifier_UseCaseCompartment",
            "UseCase_Shape_CCN",
        ),
        # ... and number them before.
        ("2016", "7013", "3012", "3014", "7016", "2015", "7011", "3009"),
    ],
    ids=["named", "numbered"],
)
def test_papyrus_shapes_inside_a_package_sit_in_its_content_area(
    tmp_path: Path, names: tuple[str, ...]
) -> None:
    package, content, case, inner_package, inner_content, subject, cases, subject_case = names
    nested = _shape(
        inner_package,
        "q",
        'x="200" y="100" width="180" height="150"',
        _shape(case, "u2", 'x="10" y="5" width="120" height="50"'),
        inner_content,
    )
    notation = _shape(
        package,
        "p",
        'x="300" y="40" width="400" height="300"',
        _shape(case, "u1", 'x="50" y="12" width="120" height="50"') + nested,
        content,
    ) + _shape(
        subject,
        "s",
        'x="300" y="400" width="300" height="200"',
        _shape(subject_case, "u3", 'x="20" y="10" width="120" height="50"'),
        cases,
    )
    data = _papyrus_package_model(tmp_path, notation)
    shapes = data.diagrams[0].shapes
    # A compartment's views are placed from the top of its content area: 40 px under a
    # package's top edge (our package writes its name under a 16 px tab, so the content
    # starts under that name), 21 px under a subject's (Papyrus's name line).
    assert_drawn_as(
        shapes,
        {
            "p": (300, 40, 400, 300),
            "u1": (350, 92, 120, 50),
            "q": (500, 180, 180, 150),
            "u2": (510, 225, 120, 50),
            "s": (300, 400, 300, 200),
            "u3": (320, 431, 120, 50),
            "a": (40, 120, 40, 60),
        },
    )
    by_id = {s.element: s for s in shapes}
    for case_id, home in (("u1", "p"), ("u2", "q")):
        assert by_id[case_id].y - by_id[home].y >= 40


def test_rsa_notation_in_himetric() -> None:
    body = """
      <eAnnotations xmi:id="an" source="uml2.diagrams">
        <contents xmi:type="notation:Diagram" xmi:id="d" type="Usecase" name="UC">
          <children xmi:id="v" element="a">
            <layoutConstraint xmi:type="notation:Bounds" xmi:id="b" x="2540" y="5080" width="2540" height="2540"/>
          </children>
        </contents>
      </eAnnotations>
      <packagedElement xmi:type="uml:Actor" xmi:id="a" name="A"/>"""
    text = xmi2(body).replace(
        b"xmlns:uml=",
        b'xmlns:notation="http://www.eclipse.org/gmf/runtime/1.0.1/notation" xmlns:uml=',
    )
    shape = read_xmi_bytes(text, "t.emx").data.diagrams[0].shapes[0]
    # 2540 HIMETRIC units are 96 px: drawn at (96, 192), 96 x 96; the actor keeps that
    # centre with our figure's size.
    assert (shape.x + shape.width / 2, shape.y + shape.height / 2) == (144, 240)
    assert (shape.width, shape.height) == (48, 84)


def test_umbrello_widgets_shifted_into_view() -> None:
    extension = """<XMI.extension xmi.extender="umbrello"><diagrams>
      <diagram xmi.id="dg" name="UC" type="2"><widgets>
        <actorwidget xmi.id="a" x="-100" y="-50" width="40" height="60"/>
        <usecasewidget xmi.id="u" x="100" y="0" width="120" height="50"/>
        <boxwidget xmi.id="box" x="50" y="-20" width="300" height="200"/>
      </widgets><associations><assocwidget xmi.id="as"/></associations></diagram>
    </diagrams></XMI.extension>"""
    body = f"""<UML:Actor xmi.id="a" name="A"/><UML:UseCase xmi.id="u" name="U"/>
      <UML:Association xmi.id="as"><UML:Association.connection>
        <UML:AssociationEnd type="a"/><UML:AssociationEnd type="u"/></UML:Association.connection></UML:Association>
      {extension}"""
    data = read_xmi_bytes(xmi1(body), "t.xmi").data
    diagram = data.diagrams[0]
    shapes = {s.element: s for s in diagram.shapes}
    assert set(shapes) == {"a", "u"}  # the box is a drawing only
    assert min(s.x for s in shapes.values()) == 40 and min(s.y for s in shapes.values()) == 40

    def centre(s):
        return (s.x + s.width / 2, s.y + s.height / 2)

    (ax, ay), (ux, uy) = centre(shapes["a"]), centre(shapes["u"])
    factor = (ux - ax) / 240  # the drawn centres were 240 px apart across, 45 down
    assert factor >= 1 and (uy - ay) == pytest.approx(45 * factor)
    assert [e.element for e in diagram.edges] == ["as"]


@pytest.mark.parametrize("drawn_from", ["actor", "use case"])
def test_umbrello_bend_points_follow_their_shapes(drawn_from) -> None:
    points = '<point x="0" y="-80"/><point x="100" y="-80"/>'
    if drawn_from == "use case":  # the tool keeps the order the line was drawn in
        points = '<point x="100" y="-80"/><point x="0" y="-80"/>'
    extension = f"""<XMI.extension xmi.extender="umbrello"><diagrams>
      <diagram xmi.id="dg" name="UC" type="2"><widgets>
        <actorwidget xmi.id="a" x="-100" y="-50" width="40" height="60"/>
        <usecasewidget xmi.id="u" x="100" y="0" width="120" height="50"/>
      </widgets><associations><assocwidget xmi.id="as">
        <linepath layout="Polyline">{points}</linepath></assocwidget></associations></diagram>
    </diagrams></XMI.extension>"""
    body = f"""<UML:Actor xmi.id="a" name="A"/><UML:UseCase xmi.id="u" name="U"/>
      <UML:Association xmi.id="as"><UML:Association.connection>
        <UML:AssociationEnd type="a"/><UML:AssociationEnd type="u"/></UML:Association.connection></UML:Association>
      {extension}"""
    diagram = read_xmi_bytes(xmi1(body), "t.xmi").data.diagrams[0]
    shapes = {s.element: s for s in diagram.shapes}
    ax, ay = shapes["a"].x + shapes["a"].width / 2, shapes["a"].y + shapes["a"].height / 2
    ux = shapes["u"].x + shapes["u"].width / 2
    # The drawing was spread by a factor and moved into view; the bends moved with it,
    # and run from the association's source (the actor) to its target.
    factor = (ux - ax) / 240
    dx, dy = ax + 80 * factor, ay + 20 * factor
    (edge,) = diagram.edges
    assert [(p.x, p.y) for p in edge.waypoints] == [
        pytest.approx((0 * factor + dx, -80 * factor + dy)),
        pytest.approx((100 * factor + dx, -80 * factor + dy)),
    ]
    assert all(p.y < shapes["a"].y and p.y < shapes["u"].y for p in edge.waypoints)


def test_enterprise_architect_boundary_and_diagram() -> None:
    extension = """
     <xmi:Extension extender="Enterprise Architect" extenderID="6.5">
      <elements><element xmi:idref="b" xmi:type="uml:Boundary" name="System"/>
        <element xmi:idref="u" xmi:type="uml:UseCase"><properties documentation="Buys things." stereotype="business"/>
          <tags><tag name="priority" value="high"/></tags></element></elements>
      <diagrams><diagram xmi:id="dg"><model package="p" owner="p"/><properties name="Overview" type="Use Case"/>
        <elements>
          <element geometry="Left=100;Top=20;Right=400;Bottom=300;" subject="b" seqno="1"/>
          <element geometry="Left=150;Top=60;Right=260;Bottom=120;" subject="u" seqno="2"/>
          <element geometry="Left=10;Top=60;Right=55;Bottom=150;" subject="a" seqno="3"/>
        </elements></diagram></diagrams>
     </xmi:Extension>"""
    body = """<packagedElement xmi:type="uml:Package" xmi:id="p" name="Sales">
        <packagedElement xmi:type="uml:Class" xmi:id="b" name="System"/>
        <packagedElement xmi:type="uml:UseCase" xmi:id="u" name="Buy"/>
        <packagedElement xmi:type="uml:Actor" xmi:id="a" name="Buyer"/></packagedElement>"""
    data = read_xmi_bytes(
        xmi2(body, uml="http://schema.omg.org/spec/UML/2.1", root_extra=extension), "t.xmi"
    ).data
    names = by_name(data)
    assert names["System"].kind == "subject"
    assert names["Buy"].subjects == ("b",)  # drawn inside the boundary
    assert names["Buy"].documentation == "Buys things."
    assert names["Buy"].stereotypes == ("business",)
    assert names["Buy"].properties["priority"] == "high"
    diagram = data.diagrams[0]
    assert diagram.name == "Overview" and diagram.package == "p"
    assert_drawn_as(diagram.shapes, {"u": (150, 60, 110, 60)})


def assert_drawn_as(shapes, drawn: dict[str, tuple[float, float, float, float]]) -> None:
    """The file's arrangement is kept: every centre is the drawn centre times one common
    factor (>= 1, spreading a drawing made with smaller text), and no use case is smaller
    than drawn."""
    by_id = {s.element: s for s in shapes}
    factors = set()
    for key, (x, y, width, height) in drawn.items():
        shape = by_id[key]
        factors.add(round((shape.x + shape.width / 2) / (x + width / 2), 6))
        factors.add(round((shape.y + shape.height / 2) / (y + height / 2), 6))
        if key.startswith("u"):
            assert shape.width >= width and shape.height >= height
    assert len(factors) == 1 and factors.pop() >= 1, factors


def test_visual_paradigm_system_and_diagram() -> None:
    body = """<ownedMember xmi:type="uml:Model" xmi:id="sys" name="System">
        <xmi:Extension extender="Visual Paradigm"><system/></xmi:Extension>
        <ownedMember xmi:type="uml:UseCase" xmi:id="u" name="Buy"/></ownedMember>
      <ownedMember xmi:type="uml:Actor" xmi:id="a" name="Buyer"/>"""
    diagram = f"""<uml:Diagram xmi:id="dg" name="UCD" diagramType="UseCaseDiagram" xmlns:uml="{OMG_UML}"><uml:Diagram.element>
        <uml:DiagramElement xmi:id="e1" subject="u" geometry="200,60,120,40"/>
        <uml:DiagramElement xmi:id="e2" subject="a" geometry="20,50,30,60"/>
        <uml:DiagramElement xmi:id="e3" subject="sys" geometry="150,20,300,200"/>
      </uml:Diagram.element></uml:Diagram>"""
    data = read_xmi_bytes(xmi2(body, uml=OMG_UML, root_extra=diagram), "t.xmi").data
    names = by_name(data)
    assert names["System"].kind == "subject" and names["Buy"].subjects == ("sys",)
    assert_drawn_as(data.diagrams[0].shapes, {"u": (200, 60, 120, 40), "a": (20, 50, 30, 60)})


def test_magicdraw_diagram_views() -> None:
    extensions = """<XMI.extensions xmi.extender="MagicDraw UML 9.5"><mdOwnedDiagrams>
      <mdElement elementClass="DiagramData" xmi.id="dd" name="Use cases"><parentID xmi.idref="m"/>
        <type>Use Case Diagram</type>
        <mdElement elementClass="DiagramView" xmi.id="dv"><mdOwnedViews>
          <mdElement elementClass="ActorView" xmi.id="v1"><elementID xmi.idref="a"/><geometry>10, 20, 40, 80</geometry></mdElement>
          <mdElement elementClass="UseCaseView" xmi.id="v2"><elementID xmi.idref="u"/><geometry>150, 30, 120, 60</geometry></mdElement>
        </mdOwnedViews></mdElement></mdElement></mdOwnedDiagrams></XMI.extensions>"""
    data = read_xmi_bytes(
        xmi1(
            '<UML:Actor xmi.id="a" name="A"/><UML:UseCase xmi.id="u" name="U"/>',
            extensions=extensions,
        ),
        "t.xmi",
    ).data
    diagram = data.diagrams[0]
    assert diagram.name == "Use cases"
    assert_drawn_as(diagram.shapes, {"a": (10, 20, 40, 80), "u": (150, 30, 120, 60)})


def test_magicdraw_xmi2_diagram_in_its_extension_and_xsi_type() -> None:
    body = """<packagedElement xsi:type="uml:Actor" xmi:id="a" name="A"/>
      <packagedElement xmi:type="uml:UseCase" xmi:id="u" name="U"/>
      <xmi:Extension extender="MagicDraw UML 19.0"><modelExtension>
        <ownedDiagram xmi:type="uml:Diagram" xmi:id="dg" name="Use cases" context="m">
          <xmi:Extension extender="MagicDraw UML 19.0"><diagramRepresentation>
            <mdElement elementClass="DiagramPresentationElement" xmi:id="dpe"><mdOwnedViews>
              <mdElement elementClass="Actor" xmi:id="v1"><elementID href="#a"/><geometry>10, 20, 40, 80</geometry></mdElement>
              <mdElement elementClass="UseCase" xmi:id="v2"><elementID xmi:idref="u"/><geometry>150, 30, 120, 60</geometry></mdElement>
            </mdOwnedViews></mdElement>
          </diagramRepresentation></xmi:Extension>
        </ownedDiagram>
      </modelExtension></xmi:Extension>"""
    text = xmi2(body, uml=OMG_UML).replace(
        b"xmlns:uml=", b'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:uml='
    )
    data = read_xmi_bytes(text, "t.mdxml").data
    assert sorted(e.name for e in data.elements) == ["A", "U"]
    diagram = data.diagrams[0]
    assert diagram.id == "dg" and diagram.name == "Use cases"
    assert_drawn_as(diagram.shapes, {"a": (10, 20, 40, 80), "u": (150, 30, 120, 60)})


def test_xmi_1_0_long_tags_and_names_as_elements() -> None:
    text = b"""<?xml version="1.0"?>
<XMI xmi.version="1.0"><XMI.content>
 <Model_Management.Model xmi.id="m"><Foundation.Core.ModelElement.name>Bank</Foundation.Core.ModelElement.name>
  <Foundation.Core.Namespace.ownedElement>
   <Behavioral_Elements.Use_Cases.Actor xmi.id="a"><Foundation.Core.ModelElement.name>Clerk</Foundation.Core.ModelElement.name></Behavioral_Elements.Use_Cases.Actor>
   <Behavioral_Elements.Use_Cases.UseCase xmi.id="u"><Foundation.Core.ModelElement.name>Open account</Foundation.Core.ModelElement.name></Behavioral_Elements.Use_Cases.UseCase>
   <Foundation.Core.Association xmi.id="r"><Foundation.Core.Association.connection>
     <Foundation.Core.AssociationEnd xmi.id="e1"><Foundation.Core.AssociationEnd.type><Behavioral_Elements.Use_Cases.Actor xmi.idref="a"/></Foundation.Core.AssociationEnd.type></Foundation.Core.AssociationEnd>
     <Foundation.Core.AssociationEnd xmi.id="e2"><Foundation.Core.AssociationEnd.type><Behavioral_Elements.Use_Cases.UseCase xmi.idref="u"/></Foundation.Core.AssociationEnd.type></Foundation.Core.AssociationEnd>
   </Foundation.Core.Association.connection></Foundation.Core.Association>
  </Foundation.Core.Namespace.ownedElement></Model_Management.Model>
</XMI.content></XMI>"""
    data = read_xmi_bytes(text, "rose.xmi").data
    assert data.name == "Bank"
    assert sorted(e.name for e in data.elements) == ["Clerk", "Open account"]
    assert kinds(data) == [("association", "Clerk", "Open account")]


def test_xmi1_include_written_inside_its_use_case() -> None:
    data = read_xmi_bytes(
        xmi1("""
        <UML:UseCase xmi.id="u1" name="Order"><UML:UseCase.include>
          <UML:Include xmi.id="i1"><UML:Include.addition><UML:UseCase xmi.idref="u2"/></UML:Include.addition></UML:Include>
        </UML:UseCase.include></UML:UseCase>
        <UML:UseCase xmi.id="u2" name="Login"/>"""),
        "t.xmi",
    ).data
    assert kinds(data) == [("include", "Order", "Login")]


def test_the_skipped_note_only_when_something_was_skipped() -> None:
    """A subject listing its use cases by reference (MagicDraw, OMG canonical) loses
    nothing; a use case written without an id is really skipped and said once."""
    xmi = b"""<xmi:XMI xmlns:xmi="http://www.omg.org/spec/XMI/20131001"
        xmlns:uml="http://www.omg.org/spec/UML/20131001">
      <uml:Model xmi:id="m" name="M">
        <packagedElement xmi:type="uml:Component" xmi:id="c" name="System">
          <useCase xmi:idref="u1"/><useCase xmi:idref="u2"/>
        </packagedElement>
        <packagedElement xmi:type="uml:UseCase" xmi:id="u1" name="One" subject="c"/>
        <packagedElement xmi:type="uml:UseCase" xmi:id="u2" name="Two" subject="c"/>
        %s
      </uml:Model></xmi:XMI>"""
    clean = read_xmi_bytes(xmi % b"", "refs.xmi").report
    assert clean.notes == [] and clean.count("usecase") == 2
    lossy = read_xmi_bytes(xmi % b'<packagedElement xmi:type="uml:UseCase" name="3"/>', "x")
    assert lossy.report.notes == ["a UseCase without xmi:id was skipped"]


def test_association_end_labels_stay_hidden_where_the_tool_hid_them() -> None:
    """MagicDraw per line (an end's Role view holding a label shows it); GMF (Papyrus,
    RSA) hides them by default."""

    def role(text: str) -> str:
        label = f"<mdOwnedViews><mdElement elementClass='RoleName'><text>{text}</text>" + (
            "</mdElement></mdOwnedViews>"
        )
        return f"<mdElement elementClass='Role'>{label if text else ''}</mdElement>"

    def line(ident: str, shown: str) -> str:
        return (
            f'<mdElement elementClass="Association" xmi.id="v{ident}">'
            f'<elementID xmi.idref="{ident}"/><geometry>50, 60; 150, 60; </geometry>'
            f"<mdOwnedViews>{role(shown)}{role('')}</mdOwnedViews></mdElement>"
        )

    extensions = f"""<XMI.extensions xmi.extender="MagicDraw UML 9.5"><mdOwnedDiagrams>
      <mdElement elementClass="DiagramData" xmi.id="dd" name="Use cases"><parentID xmi.idref="m"/>
        <mdElement elementClass="DiagramView" xmi.id="dv"><mdOwnedViews>
          <mdElement elementClass="ActorView" xmi.id="v1"><elementID xmi.idref="a"/><geometry>10, 20, 40, 80</geometry></mdElement>
          <mdElement elementClass="UseCaseView" xmi.id="v2"><elementID xmi.idref="u"/><geometry>150, 30, 120, 60</geometry></mdElement>
          <mdElement elementClass="UseCaseView" xmi.id="v3"><elementID xmi.idref="w"/><geometry>150, 200, 120, 60</geometry></mdElement>
          {line("as1", "customer")}{line("as2", "")}
        </mdOwnedViews></mdElement></mdElement></mdOwnedDiagrams></XMI.extensions>"""
    association = """<UML:Association xmi.id="{0}"><UML:Association.connection>
      <UML:AssociationEnd xmi.id="{0}e1" name="customer" type="a"/>
      <UML:AssociationEnd xmi.id="{0}e2" type="{1}"/></UML:Association.connection>
      </UML:Association>"""
    body = (
        '<UML:Actor xmi.id="a" name="A"/><UML:UseCase xmi.id="u" name="U"/>'
        '<UML:UseCase xmi.id="w" name="W"/>'
        + association.format("as1", "u")
        + association.format("as2", "w")
    )
    data = read_xmi_bytes(xmi1(body, extensions=extensions), "t.xmi").data
    hidden = {e.element: e.hide_end_labels for e in data.diagrams[0].edges}
    assert hidden == {"as1": False, "as2": True}


def test_gmf_lines_hide_association_end_labels(tmp_path: Path) -> None:
    (tmp_path / "m.uml").write_bytes(
        f"""<uml:Model xmlns:xmi="http://www.omg.org/spec/XMI/20131001" xmlns:uml="{UML2}" xmi:id="m" name="M">
        <packagedElement xmi:type="uml:UseCase" xmi:id="u" name="Buy"/>
        <packagedElement xmi:type="uml:Actor" xmi:id="a" name="Buyer"/>
        <packagedElement xmi:type="uml:Association" xmi:id="as" memberEnd="e1 e2">
          <ownedEnd xmi:id="e1" name="buyer" type="a" association="as"/>
          <ownedEnd xmi:id="e2" type="u" association="as"/></packagedElement></uml:Model>""".encode()
    )
    (tmp_path / "m.notation").write_bytes(
        b"""<notation:Diagram xmlns:xmi="http://www.omg.org/XMI" xmi:id="d" type="UseCase"
          name="Main" xmlns:notation="http://www.eclipse.org/gmf/runtime/1.0.2/notation">
          <children xmi:type="notation:Shape" xmi:id="v1"><element href="m.uml#u"/>
            <layoutConstraint xmi:type="notation:Bounds" x="200" y="100" width="120" height="50"/>
          </children>
          <children xmi:type="notation:Shape" xmi:id="v2"><element href="m.uml#a"/>
            <layoutConstraint xmi:type="notation:Bounds" x="20" y="100"/></children>
          <edges xmi:type="notation:Connector" xmi:id="c" source="v2" target="v1">
            <element href="m.uml#as"/></edges>
          <element href="m.uml#m"/></notation:Diagram>"""
    )
    (edge,) = read_xmi(tmp_path / "m.uml").data.diagrams[0].edges
    assert edge.element == "as" and edge.hide_end_labels


def test_visual_paradigm_java_escapes_are_decoded() -> None:
    xmi = r"""<xmi:XMI xmi:version="2.1" xmlns:xmi="http://schema.omg.org/spec/XMI/2.1"
      xmlns:uml="http://schema.omg.org/spec/UML/2.0">
      <xmi:Documentation exporter="Visual Paradigm" exporterVersion="6.4"/>
      <uml:Model xmi:id="m" name="Vid\u00e9oth\u00e8que">
        <packagedElement xmi:type="uml:Package" xmi:id="p" name="Gestion des cl\u00e9s">
          <packagedElement xmi:type="uml:UseCase" xmi:id="u" name="Ins\u00e9rer un film"/>
          <packagedElement xmi:type="uml:UseCase" xmi:id="v" name="\ud83c\udfac Projeter"/>
        </packagedElement>
        <packagedElement xmi:type="uml:Actor" xmi:id="a" name="Caissi\u00e8re"/>
      </uml:Model></xmi:XMI>"""
    data = read_xmi_bytes(xmi.encode(), "vp.xmi").data
    assert set(by_name(data)) >= {"Insérer un film", "🎬 Projeter", "Caissière", "Gestion des clés"}


def test_backslash_u_from_other_tools_is_left_as_written() -> None:
    body = r'<UML:UseCase xmi.id="u" name="C:\users\u00e9"/>'
    assert "C:\\users\\u00e9" in by_name(read_xmi_bytes(xmi1(body), "t.xmi").data)


def test_magicdraw_notes_become_comments_without_moving_what_they_point_at() -> None:
    extensions = """<XMI.extensions xmi.extender="MagicDraw UML 9.5"><mdOwnedDiagrams>
      <mdElement elementClass="DiagramData" xmi.id="dd" name="Use cases"><parentID xmi.idref="m"/>
        <mdElement elementClass="DiagramView" xmi.id="dv"><mdOwnedViews>
          <mdElement elementClass="Note" xmi.id="n1"><elementID xmi.idref="u"/>
            <geometry>400, 20, 100, 60</geometry><text>{only when logged in}</text></mdElement>
          <mdElement elementClass="UseCaseView" xmi.id="v2"><elementID xmi.idref="u"/><geometry>150, 30, 120, 60</geometry></mdElement>
          <mdElement elementClass="NoteAnchor" xmi.id="na"><linkFirstEndID xmi.idref="n1"/>
            <linkSecondEndID xmi.idref="v2"/><geometry>400, 50; 270, 50; </geometry></mdElement>
        </mdOwnedViews></mdElement></mdElement></mdOwnedDiagrams></XMI.extensions>"""
    data = read_xmi_bytes(
        xmi1('<UML:UseCase xmi.id="u" name="U"/>', extensions=extensions), "t.xmi"
    ).data
    (note,) = [e for e in data.elements if e.kind == "comment"]
    assert note.body == "{only when logged in}"
    assert [(r.source, r.target) for r in data.relationships] == [(note.id, "u")]
    assert_drawn_as(data.diagrams[0].shapes, {"u": (150, 30, 120, 60), note.id: (400, 20, 100, 60)})


@pytest.mark.parametrize("drawn", [True, False])
def test_a_package_around_packages_is_kept_drawn_or_not(drawn: bool) -> None:
    """A system package that only groups subsystem packages is kept (users navigate by
    it), whether a diagram draws it or not."""
    outer = '<mdElement elementClass="PackageView" xmi.id="v0"><elementID xmi.idref="sys"/><geometry>0, 0, 600, 400</geometry></mdElement>'
    extensions = f"""<XMI.extensions xmi.extender="MagicDraw UML 9.5"><mdOwnedDiagrams>
      <mdElement elementClass="DiagramData" xmi.id="dd" name="Use cases"><parentID xmi.idref="m"/>
        <mdElement elementClass="DiagramView" xmi.id="dv"><mdOwnedViews>
          {outer if drawn else ""}
          <mdElement elementClass="UseCaseView" xmi.id="v1"><elementID xmi.idref="u1"/><geometry>20, 40, 120, 60</geometry></mdElement>
          <mdElement elementClass="UseCaseView" xmi.id="v2"><elementID xmi.idref="u2"/><geometry>320, 40, 120, 60</geometry></mdElement>
        </mdOwnedViews></mdElement></mdElement></mdOwnedDiagrams></XMI.extensions>"""
    body = """<UML:Package xmi.id="sys" name="System"><UML:Namespace.ownedElement>
      <UML:Package xmi.id="p1" name="Admin"><UML:Namespace.ownedElement>
        <UML:UseCase xmi.id="u1" name="Log in"/></UML:Namespace.ownedElement></UML:Package>
      <UML:Package xmi.id="p2" name="Watch"><UML:Namespace.ownedElement>
        <UML:UseCase xmi.id="u2" name="Watch"/></UML:Namespace.ownedElement></UML:Package>
      </UML:Namespace.ownedElement></UML:Package>"""
    data = read_xmi_bytes(xmi1(body, extensions=extensions), "t.xmi").data
    packages = {e.name: e for e in data.elements if e.kind == "package"}
    assert set(packages) == {"System", "Admin", "Watch"}
    assert packages["Admin"].package == packages["Watch"].package == packages["System"].id
    assert len(data.diagrams[0].shapes) == (3 if drawn else 2)


def test_modelio_kind_name_on_includes_and_extends_is_not_kept() -> None:
    """Modelio writes its metaclass, UseCaseDependency, as the name of every include
    and extend: it is not shown under the «include» label nor exported again; a name a
    user gave is kept."""
    text = xmi2("""
      <packagedElement xmi:type="uml:UseCase" xmi:id="u1" name="Order">
        <include xmi:id="i1" name="UseCaseDependency" addition="u2"/>
        <include xmi:id="i2" name="always checks stock" addition="u3"/>
        <extensionPoint xmi:id="ep" name="pay"/>
      </packagedElement>
      <packagedElement xmi:type="uml:UseCase" xmi:id="u2" name="Login"/>
      <packagedElement xmi:type="uml:UseCase" xmi:id="u3" name="Check stock"/>
      <packagedElement xmi:type="uml:UseCase" xmi:id="u4" name="Coupon">
        <extend xmi:id="e1" name="UseCaseDependency" extendedCase="u1" extensionLocation="ep"/>
      </packagedElement>""")
    result = read_xmi_bytes(text, "modelio.xmi")
    names = {r.id: r.name for r in result.data.relationships}
    assert names == {"i1": "", "i2": "always checks stock", "e1": ""}
    assert sorted(e.xid for e in result.report.mapped if "UseCaseDependency" in e.detail) == [
        "e1",
        "i1",
    ]


def test_papyrus_association_names_made_from_the_end_names_are_not_kept() -> None:
    """Papyrus names each association it draws "A_<end>_<end>" after its two end names;
    that name is not shown on the line. A name a user gave is kept, even one that
    starts with "A_"."""

    def association(xid: str, name: str, first: str, second: str) -> str:
        return f"""
      <packagedElement xmi:type="uml:Association" xmi:id="{xid}" name="{name}"
          memberEnd="{xid}a {xid}b">
        <ownedEnd xmi:type="uml:Property" xmi:id="{xid}a" name="{first}" type="a1"
            association="{xid}"/>
        <ownedEnd xmi:type="uml:Property" xmi:id="{xid}b" name="{second}" type="u1"
            association="{xid}"/>
      </packagedElement>"""

    text = xmi2(
        """
      <packagedElement xmi:type="uml:Actor" xmi:id="a1" name="User"/>
      <packagedElement xmi:type="uml:UseCase" xmi:id="u1" name="respond to a comment"/>"""
        + association("s1", "A_user_respond to a comment", "user", "respond to a comment")
        + association("s2", "A_respond to a comment_user", "user", "respond to a comment")
        + association("s3", "A_plan_b", "user", "respond to a comment")
        + association("s4", "asks", "user", "respond to a comment")
    )
    result = read_xmi_bytes(text, "papyrus.uml")
    names = {r.id: r.name for r in result.data.relationships}
    assert names == {"s1": "", "s2": "", "s3": "A_plan_b", "s4": "asks"}
    assert sorted(e.xid for e in result.report.mapped if "end names" in e.detail) == [
        "s1",
        "s2",
    ]


def test_packages_that_only_group_are_kept() -> None:
    """MagicDraw's use case template: a "Use Case Model" package that holds only the
    "Actors" and "High-Level Use Cases" packages is kept around them, as users navigate
    by it; a package of classes only is left out, and the report says so."""
    result = read_xmi_bytes(
        xmi2("""
      <packagedElement xmi:type="uml:Package" xmi:id="p0" name="Use Case Model">
        <packagedElement xmi:type="uml:Package" xmi:id="p1" name="Actors">
          <packagedElement xmi:type="uml:Actor" xmi:id="a" name="Clerk"/>
        </packagedElement>
        <packagedElement xmi:type="uml:Package" xmi:id="p2" name="High-Level Use Cases">
          <packagedElement xmi:type="uml:Package" xmi:id="p3" name="Sales">
            <packagedElement xmi:type="uml:UseCase" xmi:id="u" name="Sell"/>
          </packagedElement>
        </packagedElement>
      </packagedElement>
      <packagedElement xmi:type="uml:Package" xmi:id="p4" name="Design">
        <packagedElement xmi:type="uml:Class" xmi:id="c" name="Till"/>
      </packagedElement>"""),
        "template.xmi",
    )
    elements = by_name(result.data)
    home = {name: getattr(elements[name], "package", None) for name in elements}
    assert home == {
        "Use Case Model": None,
        "Actors": "p0",
        "High-Level Use Cases": "p0",
        "Sales": "p2",
        "Clerk": "p1",
        "Sell": "p3",
    }
    assert [e.xid for e in result.report.dropped] == ["p4"]
    assert result.report.count("package") == 4


@pytest.mark.parametrize(
    ("visible", "frame"), [("", True), ("<visible xmi.value='false'/>", False)]
)
def test_magicdraw_diagram_frame_is_read(visible: str, frame: bool) -> None:
    """MagicDraw draws a diagram's frame as a DiagramFrame view; a hidden one says
    ``<visible value='false'/>``."""
    extensions = f"""<XMI.extensions xmi.extender="MagicDraw UML 9.5"><mdOwnedDiagrams>
      <mdElement elementClass="DiagramData" xmi.id="dd" name="Use cases"><parentID xmi.idref="m"/>
        <mdElement elementClass="DiagramView" xmi.id="dv"><mdOwnedViews>
          <mdElement elementClass="DiagramFrame" xmi.id="f"><elementID xmi.idref="dd"/>{visible}<geometry>5, 5, 600, 400</geometry></mdElement>
          <mdElement elementClass="UseCaseView" xmi.id="v1"><elementID xmi.idref="u1"/><geometry>20, 40, 120, 60</geometry></mdElement>
        </mdOwnedViews></mdElement></mdElement></mdOwnedDiagrams></XMI.extensions>"""
    body = '<UML:UseCase xmi.id="u1" name="Log in"/>'
    diagram = read_xmi_bytes(xmi1(body, extensions=extensions), "t.xmi").data.diagrams[0]
    assert diagram.frame is frame
    assert [s.element for s in diagram.shapes] == ["u1"]
