"""Diagrams written as ``Diagram`` / ``DiagramElement`` with a ``geometry`` string.

Enterprise Architect's XMI 1.1 (``UML:Diagram``) and Visual Paradigm's XMI 2.x
(``uml:Diagram``) both use this pre-standard form: each DiagramElement names its model
element in ``subject``; the geometry is ``Left=;Top=;Right=;Bottom=;`` (EA),
``x,y,w,h`` (VP) for shapes, and a list of points or EA connector settings for lines.
EA's diagram extension (XMI 2.1) uses the same geometry strings.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree

from .raw import RawDiagram, RawEdge, RawModel, RawShape

_EA_BOX = re.compile(r"Left=(-?[\d.]+);Top=(-?[\d.]+);Right=(-?[\d.]+);Bottom=(-?[\d.]+)", re.I)
_NUM = r"\s*(-?\d+(?:\.\d+)?)\s*"
_XYWH = re.compile(rf"^{_NUM},{_NUM},{_NUM},{_NUM}$")
_POINT = re.compile(rf"{_NUM},{_NUM}")


def parse_geometry(text: str) -> tuple[str, tuple[float, ...] | list[tuple[float, float]]] | None:
    """("box", (x, y, w, h)) or ("path", [(x, y), ...]) or None for what is not geometry."""
    text = (text or "").strip()
    match = _EA_BOX.search(text)
    if match:
        left, top, right, bottom = (float(g) for g in match.groups())
        return "box", (
            min(left, right),
            min(abs(top), abs(bottom)),
            abs(right - left),
            abs(bottom - top),
        )
    match = _XYWH.match(text)
    if match:
        return "box", tuple(float(g) for g in match.groups())
    if ";" in text and "=" not in text:
        points = [(float(x), float(y)) for x, y in _POINT.findall(text)]
        if points:
            return "path", points
    if "EDGE=" in text or "SX=" in text:
        return "path", []
    return None


def add_element(diagram: RawDiagram, subject: str | None, geometry: str) -> None:
    """Add one DiagramElement (a shape or a line) to ``diagram``."""
    if not subject:
        return
    parsed = parse_geometry(geometry)
    if parsed is None:
        return
    what, values = parsed
    if what == "box":
        x, y, w, h = values  # type: ignore[misc]
        diagram.shapes.append(RawShape(subject, x, y, w or None, h or None))
    else:
        points = list(values)  # type: ignore[arg-type]
        diagram.edges.append(RawEdge(subject, points[1:-1] if len(points) > 2 else []))


def read_diagram(
    element: etree._Element,
    raw: RawModel,
    xid: Callable[[etree._Element], str | None],
    ref: Callable[[etree._Element, str], str | None],
) -> None:
    """Read one ``Diagram`` element (any namespace) into ``raw.diagrams``."""
    ident = xid(element) or f"diagram{len(raw.diagrams) + 1}"
    diagram = RawDiagram(
        ident,
        element.get("name", ""),
        owner=ref(element, "owner"),
        kind=element.get("diagramType", ""),
    )
    for item in element.iter("{*}DiagramElement", "DiagramElement"):
        add_element(diagram, ref(item, "subject"), item.get("geometry", ""))
    raw.diagrams.append(diagram)
