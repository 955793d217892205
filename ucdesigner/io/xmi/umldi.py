"""UML Diagram Interchange (UML 2.5.1, Annex B): the standard's own diagrams.

The ``omg`` dialect writes every diagram as a ``umldi:UMLUseCaseDiagram`` beside the
model: a ``UMLShape`` with ``dc:Bounds`` per shape, a ``UMLEdge`` with ``dc:Point``
waypoints (from the source's centre through the bends to the target's) per line, and
the diagram frame in ``isFrame``, the one diagram-level setting UMLDI has for it. The
reader takes such diagrams from any tool; ``isFrame`` is true unless the file says
otherwise, as the standard defines it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lxml import etree

from .extension import xml_text
from .names import local
from .raw import RawDiagram, RawEdge, RawShape

if TYPE_CHECKING:
    from ...model import Diagram, DocumentData

UMLDI_URI = "http://www.omg.org/spec/UML/20161101/UMLDI"
DC_URI = "http://www.omg.org/spec/DD/20131001/DC"


def is_umldi_ns(uri: str | None) -> bool:
    """True for the UMLDI namespaces of UML 2.5 and 2.5.1."""
    return bool(uri) and uri.rstrip("/").endswith("/UMLDI")  # type: ignore[union-attr]


def _number(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


class DiagramWriter:
    """Writes a document's diagrams as UMLDI elements of the XMI root."""

    def __init__(
        self,
        data: DocumentData,
        xmi_uri: str,
        refs: Callable[[etree._Element, str, list[str]], None],
        fresh: Callable[[str], str],
    ) -> None:
        self.data = data
        self.xmi_id = f"{{{xmi_uri}}}id"
        self.xmi_type = f"{{{xmi_uri}}}type"
        self.refs = refs
        self.fresh = fresh
        self.kinds = {r.id: r for r in data.relationships}

    def write(self, root: etree._Element, model_id: str) -> None:
        """One ``umldi:UMLUseCaseDiagram`` per diagram, appended to ``root``."""
        for diagram in self.data.diagrams:
            self.diagram(root, diagram, model_id)

    def diagram(self, root: etree._Element, diagram: Diagram, model_id: str) -> None:
        element = etree.SubElement(root, f"{{{UMLDI_URI}}}UMLUseCaseDiagram")
        element.set(self.xmi_id, diagram.id)
        if diagram.name:
            element.set("name", xml_text(diagram.name))
        element.set("isFrame", "true" if diagram.frame else "false")
        self.refs(element, "modelElement", [diagram.package or model_id])
        shape_ids: dict[str, str] = {}
        for shape in diagram.shapes:
            ident = self.fresh(f"{diagram.id}_{shape.element}")
            shape_ids[shape.element] = ident
            item = self.owned(element, "UMLShape", ident, shape.element)
            bounds = etree.SubElement(item, "bounds")
            bounds.set(self.xmi_type, "dc:Bounds")
            for name, value in (
                ("x", shape.x),
                ("y", shape.y),
                ("width", shape.width),
                ("height", shape.height),
            ):
                bounds.set(name, _number(value))
        centres = {s.element: (s.x + s.width / 2, s.y + s.height / 2) for s in diagram.shapes}
        for edge in diagram.edges:
            rel = self.kinds.get(edge.element)
            if rel is None or rel.kind == "comment_link":
                continue  # a note's line is its annotatedElement, not an element of its own
            if rel.source not in shape_ids or rel.target not in shape_ids:
                continue
            item = self.owned(element, "UMLEdge", self.fresh(f"{diagram.id}_{rel.id}"), rel.id)
            self.refs(item, "source", [shape_ids[rel.source]])
            self.refs(item, "target", [shape_ids[rel.target]])
            points = [centres[rel.source], *((p.x, p.y) for p in edge.waypoints)]
            points.append(centres[rel.target])
            for x, y in points:
                point = etree.SubElement(item, "waypoint")
                point.set(self.xmi_type, "dc:Point")
                point.set("x", _number(x))
                point.set("y", _number(y))

    def owned(
        self, parent: etree._Element, kind: str, ident: str, model_element: str
    ) -> etree._Element:
        item = etree.SubElement(parent, "ownedElement")
        item.set(self.xmi_type, f"umldi:{kind}")
        item.set(self.xmi_id, ident)
        self.refs(item, "modelElement", [model_element])
        return item


def read_diagram(
    element: etree._Element,
    xid: Callable[[etree._Element], str | None],
    refs: Callable[[etree._Element, str], list[str]],
    xmi_type: Callable[[etree._Element], str],
) -> RawDiagram:
    """A RawDiagram from a UMLDI diagram element (any UMLDiagram kind)."""
    owner = refs(element, "modelElement")
    diagram = RawDiagram(
        xid(element) or element.get("name", "diagram"),
        element.get("name", ""),
        owner=owner[0] if owner else None,
        kind=local(element.tag),
        frame=element.get("isFrame", "true").strip().lower() != "false",
    )

    def visit(parent: etree._Element) -> None:
        for child in parent:
            if not isinstance(child.tag, str) or local(child.tag) != "ownedElement":
                continue
            kind = xmi_type(child).rpartition(":")[2]
            targets = refs(child, "modelElement")
            if kind == "UMLShape" and targets:
                bounds = next(
                    (c for c in child if isinstance(c.tag, str) and local(c.tag) == "bounds"),
                    None,
                )
                if bounds is not None:
                    box = [_float(bounds.get(n)) for n in ("x", "y", "width", "height")]
                    diagram.shapes.append(
                        RawShape(targets[0], box[0] or 0.0, box[1] or 0.0, box[2], box[3])
                    )
            elif kind == "UMLEdge" and targets:
                points = [
                    (_float(c.get("x")) or 0.0, _float(c.get("y")) or 0.0)
                    for c in child
                    if isinstance(c.tag, str) and local(c.tag) == "waypoint"
                ]
                diagram.edges.append(RawEdge(targets[0], points[1:-1]))
            visit(child)

    visit(element)
    return diagram


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None
