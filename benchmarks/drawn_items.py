"""What a diagram draws, as plain data for the bare scripts and peer tools of the
start-up benchmark: every shape (kind, box, text) and every line (its two ends' centres,
dashed or not, its keyword), so that a bare PySide6 script and Umbrello draw the same
items as ucdesigner without importing it."""

from __future__ import annotations

import json
from pathlib import Path
from xml.sax.saxutils import quoteattr

from ucdesigner.model import Document

DASHED = {"include", "extend", "dependency", "comment_link"}


def diagram_items(document: Document, diagram_id: str) -> dict:
    """The shapes and lines of one diagram as JSON-ready data."""
    shapes = []
    boxes = {}
    for shape in document.shapes(diagram_id):
        element = document.get(shape.element)
        text = getattr(element, "name", "") or getattr(element, "body", "")
        boxes[shape.element] = shape
        shapes.append(
            {
                "id": shape.element,
                "kind": element.kind,
                "x": shape.x,
                "y": shape.y,
                "w": shape.width,
                "h": shape.height,
                "text": text,
            }
        )
    lines = []
    for edge in document.edges(diagram_id):
        relationship = document.get(edge.element)
        a, b = boxes.get(relationship.source), boxes.get(relationship.target)
        if a is None or b is None:
            continue
        kind = relationship.kind
        lines.append(
            {
                "id": edge.element,
                "kind": kind,
                "source": relationship.source,
                "target": relationship.target,
                "a": [a.x + a.width / 2, a.y + a.height / 2],
                "b": [b.x + b.width / 2, b.y + b.height / 2],
                "dashed": kind in DASHED,
                "label": f"«{kind}»" if kind in ("include", "extend") else "",
            }
        )
    return {"shapes": shapes, "lines": lines}


def write_items(document: Document, diagram_id: str, path: Path) -> dict:
    """Write ``diagram_items`` as JSON to ``path``; return them."""
    items = diagram_items(document, diagram_id)
    path.write_text(json.dumps(items), encoding="utf-8")
    return items


_WIDGETS = {"actor": "actorwidget", "usecase": "usecasewidget"}
_UML = {"actor": "UML:Actor", "usecase": "UML:UseCase"}
_ASSOC_TYPES = {"association": 503, "generalization": 500, "include": 502, "extend": 502}


def write_umbrello(items: dict, path: Path, name: str = "Use cases") -> None:
    """The same items as an Umbrello document (its own XMI 1.2 with the diagram in
    Umbrello's extension): actors and use cases, associations, generalizations,
    include and extend dependencies, notes for comments and boxes for boundaries."""
    font = 'font="Sans Serif,9,-1,5,50,0,0,0,0,0"'
    style = (
        'linecolor="#000000" linewidth="0" textcolor="#000000" usefillcolor="1" fillcolor="#ffffff"'
    )
    elements, widgets, assocs, relations = [], [], [], []
    known = set()
    for shape in items["shapes"]:
        box = (
            f'x="{shape["x"]:.1f}" y="{shape["y"]:.1f}" width="{shape["w"]:.1f}" '
            f'height="{shape["h"]:.1f}"'
        )
        sid, text = shape["id"], quoteattr(shape["text"])
        if shape["kind"] in _UML:
            known.add(sid)
            elements.append(
                f'<{_UML[shape["kind"]]} visibility="public" namespace="Use_Case_View" '
                f'xmi.id="{sid}" name={text}/>'
            )
            tag = _WIDGETS[shape["kind"]]
            widgets.append(
                f'<{tag} xmi.id="{sid}" localid="l{sid}" {box} {style} {font} autoresize="0" '
                'isinstance="0" showstereotype="1"/>'
            )
        elif shape["kind"] == "comment":
            widgets.append(
                f'<notewidget xmi.id="{sid}" localid="l{sid}" {box} {style} {font} '
                f'text={text} noteType="0" autoresize="0" isinstance="0" showstereotype="1"/>'
            )
        else:  # a system boundary or a package: a box with its name
            widgets.append(
                f'<boxwidget xmi.id="{sid}" localid="l{sid}" {box} {style} {font} '
                'autoresize="0" isinstance="0" showstereotype="1"/>'
            )
    for line in items["lines"]:
        kind, lid = line["kind"], line["id"]
        if kind not in _ASSOC_TYPES or not {line["source"], line["target"]} <= known:
            continue
        source, target = line["source"], line["target"]
        if kind == "association":
            relations.append(
                f'<UML:Association visibility="public" namespace="Use_Case_View" xmi.id="{lid}" '
                'name=""><UML:Association.connection>'
                f'<UML:AssociationEnd xmi.id="{lid}a" type="{source}" name="" aggregation="none"/>'
                f'<UML:AssociationEnd xmi.id="{lid}b" type="{target}" name="" aggregation="none"/>'
                "</UML:Association.connection></UML:Association>"
            )
        elif kind == "generalization":
            relations.append(
                f'<UML:Generalization namespace="Use_Case_View" child="{source}" '
                f'xmi.id="{lid}" parent="{target}" name=""/>'
            )
        else:
            relations.append(
                f'<UML:Dependency stereotype="{kind}" namespace="Use_Case_View" '
                f'supplier="{target}" xmi.id="{lid}" client="{source}" name=""/>'
            )
        (ax, ay), (bx, by) = line["a"], line["b"]
        assocs.append(
            f'<assocwidget xmi.id="{lid}" widgetaid="{source}" widgetbid="{target}" '
            f'type="{_ASSOC_TYPES[kind]}" indexa="1" indexb="1" totalcounta="2" '
            f'totalcountb="2" seqnum="" {style} {font} autoresize="1">'
            f'<linepath layout="Polyline"><startpoint startx="{ax:.1f}" starty="{ay:.1f}"/>'
            f'<endpoint endx="{bx:.1f}" endy="{by:.1f}"/></linepath></assocwidget>'
        )
    width = max((s["x"] + s["w"] for s in items["shapes"]), default=100)
    height = max((s["y"] + s["h"] for s in items["shapes"]), default=100)
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<XMI verified="false" xmi.version="1.2" xmlns:UML="http://schema.omg.org/spec/UML/1.4">
 <XMI.header><XMI.documentation><XMI.exporter>umbrello uml modeller http://umbrello.kde.org</XMI.exporter>
 <XMI.exporterVersion>1.6.16</XMI.exporterVersion><XMI.exporterEncoding>UnicodeUTF8</XMI.exporterEncoding>
 </XMI.documentation><XMI.metamodel xmi.version="1.4" href="UML.xml" xmi.name="UML"/></XMI.header>
 <XMI.content>
  <UML:Model xmi.id="m1" name="UML Model"><UML:Namespace.ownedElement>
   <UML:Stereotype visibility="public" namespace="m1" xmi.id="folder" name="folder"/>
   <UML:Stereotype visibility="public" namespace="m1" xmi.id="include" name="include"/>
   <UML:Stereotype visibility="public" namespace="m1" xmi.id="extend" name="extend"/>
   <UML:Model stereotype="folder" visibility="public" namespace="m1" xmi.id="Use_Case_View"
    name="Use Case View">
    <UML:Namespace.ownedElement>
     {"".join(elements)}
     {"".join(relations)}
    </UML:Namespace.ownedElement>
    <XMI.extension xmi.extender="umbrello"><diagrams resolution="96">
     <diagram xmi.id="d1" name={quoteattr(name)} type="2" documentation="" {style} {font}
      backgroundcolor="#ffffff" griddotcolor="#d3d3d3" showgrid="0" snapgrid="0" snapcsgrid="0"
      snapx="25" snapy="25" zoom="100" canvasheight="{height:.0f}" canvaswidth="{width:.0f}"
      isopen="1" localid="-1" showopsig="1" showattribassocs="1" showattsig="1" showpackage="1"
      showpubliconly="0" showstereotype="1" showops="1" showdocumentation="0" showscope="1"
      showatts="1">
      <widgets>{"".join(widgets)}</widgets><messages/>
      <associations>{"".join(assocs)}</associations>
     </diagram>
    </diagrams></XMI.extension>
   </UML:Model>
  </UML:Namespace.ownedElement></UML:Model>
 </XMI.content>
</XMI>
"""
    path.write_text(text, encoding="utf-8")
