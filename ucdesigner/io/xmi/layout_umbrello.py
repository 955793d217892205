"""Umbrello's diagrams: ``<diagram>`` elements with ``<widgets>`` in its XMI extension.

A widget's ``xmi.id`` is the id of the model element it shows (Umbrello reuses it);
``x``, ``y``, ``width``, ``height`` are its box in scene pixels. ``assocwidget``s are the
lines: their ``xmi.id`` names the relationship, ``linepath`` holds the points. Umbrello
writes this both in XMI 1.2 (``XMI.extension``) and in XMI 2.1 (``xmi:Extension``).
Boxes, notes and free text (``boxwidget``, ``notewidget``, ``floatingtextwidget``) are
drawing only, with no model element behind them.
"""

from __future__ import annotations

from lxml import etree

from .names import local, split
from .raw import RawDiagram, RawEdge, RawModel, RawShape

DIAGRAM_TYPES = {
    "1": "class",
    "2": "use case",
    "3": "sequence",
    "4": "collaboration",
    "5": "state",
    "6": "activity",
    "7": "component",
    "8": "deployment",
    "9": "entity relationship",
    "10": "object",
}


def _id(element: etree._Element) -> str | None:
    for attr, value in element.attrib.items():
        name = split(attr)[1]
        if name in ("xmi.id", "id"):
            return value
    return None


def _number(element: etree._Element, name: str) -> float | None:
    try:
        return float(element.get(name, ""))
    except ValueError:
        return None


def read_extension(element: etree._Element, raw: RawModel, owner: str | None) -> None:
    """Read every Umbrello diagram inside an extension element."""
    for diagram in element.iter():
        if isinstance(diagram.tag, str) and local(diagram.tag) == "diagram":
            raw.diagrams.append(_diagram(diagram, owner, len(raw.diagrams)))


def _diagram(element: etree._Element, owner: str | None, index: int) -> RawDiagram:
    diagram = RawDiagram(
        _id(element) or f"diagram{index + 1}",
        element.get("name", ""),
        owner=owner,
        kind=DIAGRAM_TYPES.get(element.get("type", ""), element.get("type", "")),
    )
    for child in element:
        if not isinstance(child.tag, str):
            continue
        if local(child.tag) == "widgets":
            for widget in child:
                if not isinstance(widget.tag, str):
                    continue
                ident = _id(widget)
                x, y = _number(widget, "x"), _number(widget, "y")
                if ident and x is not None and y is not None:
                    diagram.shapes.append(
                        RawShape(ident, x, y, _number(widget, "width"), _number(widget, "height"))
                    )
        elif local(child.tag) == "associations":
            for line in child:
                if not isinstance(line.tag, str):
                    continue
                ident = _id(line)
                if ident:
                    diagram.edges.append(RawEdge(ident, _waypoints(line)))
    return diagram


def _waypoints(line: etree._Element) -> list[tuple[float, float]]:
    points = []
    for point in line.iter():
        if isinstance(point.tag, str) and local(point.tag) == "point":
            x, y = _number(point, "x"), _number(point, "y")
            if x is not None and y is not None:
                points.append((x, y))
    return points
