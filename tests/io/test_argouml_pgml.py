"""ArgoUML projects made here: the .pgml member places the shapes, lines and note lines,
and a plain rectangle around use cases becomes a boundary."""

from __future__ import annotations

import io
import zipfile

from ucdesigner.io.argouml import read_zargo_bytes

XMI = b"""<?xml version="1.0" encoding="UTF-8"?>
<XMI xmi.version="1.2" xmlns:UML="org.omg.xmi.namespace.UML">
 <XMI.content><UML:Model xmi.id="m" name="Shop"><UML:Namespace.ownedElement>
  <UML:Actor xmi.id="a" name="Customer"/>
  <UML:UseCase xmi.id="u" name="Buy"/>
  <UML:Association xmi.id="as"><UML:Association.connection>
   <UML:AssociationEnd xmi.id="e1"><UML:AssociationEnd.participant>
    <UML:Actor xmi.idref="a"/></UML:AssociationEnd.participant></UML:AssociationEnd>
   <UML:AssociationEnd xmi.id="e2"><UML:AssociationEnd.participant>
    <UML:UseCase xmi.idref="u"/></UML:AssociationEnd.participant></UML:AssociationEnd>
  </UML:Association.connection></UML:Association>
  <UML:Comment xmi.id="c" name="Pay first" body="Pay first">
   <UML:Comment.annotatedElement><UML:UseCase xmi.idref="u"/></UML:Comment.annotatedElement>
  </UML:Comment>
 </UML:Namespace.ownedElement></UML:Model></XMI.content></XMI>"""

PGML = b"""<?xml version="1.0" encoding="UTF-8" ?>
<!DOCTYPE pgml SYSTEM "pgml.dtd">
<pgml description="org.argouml.uml.diagram.use_case.ui.UMLUseCaseDiagram|m" name="Main">
  <rectangle name="Fig9" x="150" y="20" width="300" height="200" fill="0"/>
  <group name="Fig0" description="org.argouml.uml.diagram.use_case.ui.FigActor[10, 60, 40, 80]" href="a"/>
  <group name="Fig1" description="org.argouml.uml.diagram.use_case.ui.FigUseCase[200, 80, 160, 60]" href="u"/>
  <group name="Fig2" description="org.argouml.uml.diagram.static_structure.ui.FigComment[500, 20, 120, 50]" href="c"/>
  <group name="Fig3" description="org.argouml.uml.diagram.ui.FigAssociation" href="as">
    <path name="Fig3.0"><moveto x="50" y="100"/><lineto x="120" y="40"/>
      <argouml:pathitem name="x"/><lineto x="200" y="110"/></path>
  </group>
  <group name="Fig4" description="org.argouml.uml.diagram.static_structure.ui.FigEdgeNote">
    <private>
      sourcePortFig="Fig2.0"
      destPortFig="Fig1.0"
      sourceFigNode="Fig2"
      destFigNode="Fig1"
    </private>
  </group>
</pgml>"""


def zargo() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("shop.argo", "<argo/>")
        archive.writestr("shop.xmi", XMI)
        archive.writestr("shop_Main.pgml", PGML)
    return buffer.getvalue()


def test_a_pgml_diagram_comes_in_with_boxes_lines_and_note_lines() -> None:
    result = read_zargo_bytes(zargo(), "shop.zargo")
    (diagram,) = result.data.diagrams
    kinds = {e.id: e.kind for e in result.data.elements}
    rels = {r.id: r for r in result.data.relationships}
    shapes = {kinds[s.element]: s for s in diagram.shapes}
    assert set(shapes) == {"actor", "usecase", "comment", "subject"}
    boundary, case = shapes["subject"], shapes["usecase"]
    assert boundary.contains_rect(case) and not boundary.contains_rect(shapes["actor"])
    assert diagram.name == "Main"
    drawn = sorted(rels[e.element].kind for e in diagram.edges)
    assert drawn == ["association", "comment_link"]
    (line,) = [e for e in diagram.edges if rels[e.element].kind == "association"]
    assert len(line.waypoints) == 1  # the bend point between the two ends
    report = result.report
    assert any(e.detail == "read as an unnamed system boundary" for e in report.mapped)
    assert any(e.what == "archive member shop_Main.pgml" for e in report.mapped)
