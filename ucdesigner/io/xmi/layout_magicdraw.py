"""MagicDraw's diagrams: ``mdElement`` views with an ``elementID`` and a ``geometry``.

MagicDraw keeps diagrams in its own extension: a ``DiagramData`` (or, in later versions,
a ``uml:Diagram`` whose extension holds the representation) contains view elements;
each view names its model element in ``elementID`` and its box in ``geometry``
(``x, y, w, h`` in pixels; lines have ``x, y; x, y; ...``). Views nest, with absolute
coordinates.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from lxml import etree

from .layout_uml14di import parse_geometry
from .names import local
from .raw import RawDiagram, RawEdge, RawElement, RawModel, RawShape

NOT_VIEWS_OF = frozenset({"Note", "NoteAnchor", "TextBox", "TextBoxWithIcon"})
"""View classes whose ``elementID`` is not the element they draw (a note points at the
element it was made for); they must not place that element."""


@dataclass
class Note:
    """A MagicDraw note drawn on a diagram: it has no model element, only a view."""

    xid: str
    text: str
    box: tuple[float, float, float, float]
    annotated: list[str] = field(default_factory=list)


def read_notes(
    element: etree._Element,
    xid: Callable[[etree._Element], str | None],
    idref: Callable[[etree._Element], str | None],
) -> list[Note]:
    """The notes of a diagram, with the elements their anchors join them to."""
    drawn: dict[str, str] = {}  # view id -> element id
    notes: dict[str, Note] = {}
    anchors: list[tuple[str, str]] = []
    for view in element.iter("{*}mdElement", "mdElement"):
        view_id = xid(view)
        kind = view.get("elementClass", "")
        target = _child(view, "elementID")
        if view_id and target is not None and kind not in NOT_VIEWS_OF:
            drawn[view_id] = idref(target) or ""
        if kind == "Note" and view_id:
            text = _child(view, "text")
            geometry = _child(view, "geometry")
            parsed = parse_geometry(geometry.text or "") if geometry is not None else None
            if text is not None and (text.text or "").strip() and parsed and parsed[0] == "box":
                x, y, w, h = parsed[1]  # type: ignore[misc]
                notes[view_id] = Note(view_id, (text.text or "").strip(), (x, y, w, h))
        elif kind == "NoteAnchor":
            ends = [_child(view, "linkFirstEndID"), _child(view, "linkSecondEndID")]
            ids = [idref(e) if e is not None else None for e in ends]
            if ids[0] and ids[1]:
                anchors.append((ids[0], ids[1]))
    for first, second in anchors:
        for note, other in ((first, second), (second, first)):
            if note in notes and drawn.get(other):
                notes[note].annotated.append(drawn[other])
    return list(notes.values())


def add_notes(
    element: etree._Element,
    diagram: RawDiagram,
    raw: RawModel,
    xid: Callable[[etree._Element], str | None],
    idref: Callable[[etree._Element], str | None],
) -> None:
    """A diagram's notes become comments of the model, drawn where the note is."""
    for note in read_notes(element, xid, idref):
        record = RawElement(note.xid, "Comment", "", diagram.owner)
        record.body, record.annotated = note.text, note.annotated
        raw.add(record)
        diagram.shapes.append(RawShape(note.xid, *note.box))
        diagram.note_links.extend((note.xid, target) for target in note.annotated)


def _child(element: etree._Element, name: str) -> etree._Element | None:
    for child in element:
        if isinstance(child.tag, str) and local(child.tag) == name:
            return child
    return None


def is_diagram(element: etree._Element) -> bool:
    """True for MagicDraw's diagram container elements."""
    cls = element.get("elementClass", "")
    return local(element.tag) == "mdElement" and cls in (
        "DiagramData",
        "DiagramPresentationElement",
    )


def read_diagram(
    element: etree._Element,
    xid: Callable[[etree._Element], str | None],
    idref: Callable[[etree._Element], str | None],
    name: str = "",
    owner: str | None = None,
) -> RawDiagram:
    """One diagram from a MagicDraw diagram container."""
    parent = _child(element, "parentID")
    kind = _child(element, "type")
    diagram = RawDiagram(
        xid(element) or "diagram",
        element.get("name", name),
        owner=idref(parent) if parent is not None else owner,
        kind=(kind.text or "") if kind is not None else "",
    )
    seen: set[str] = set()
    for view in element.iter():
        if view is element or not isinstance(view.tag, str) or local(view.tag) != "mdElement":
            continue
        if view.get("elementClass") == "DiagramFrame":
            diagram.frame = _visible(view)
            continue
        target = _child(view, "elementID")
        geometry = _child(view, "geometry")
        if target is None or geometry is None or view.get("elementClass") in NOT_VIEWS_OF:
            continue
        ref = idref(target)
        parsed = parse_geometry(geometry.text or "")
        if not ref or parsed is None or ref in seen:
            continue
        what, values = parsed
        if what == "box":
            seen.add(ref)
            x, y, w, h = values  # type: ignore[misc]
            diagram.shapes.append(RawShape(ref, x, y, w or None, h or None))
        else:
            points = list(values)  # type: ignore[arg-type]
            diagram.edges.append(
                RawEdge(
                    ref,
                    points[1:-1] if len(points) > 2 else [],
                    hide_end_labels=not _end_labels_shown(view),
                )
            )
            seen.add(ref)
    return diagram


def _visible(view: etree._Element) -> bool:
    """False when the view says ``<visible xmi:value='false'/>`` (a hidden frame)."""
    flag = _child(view, "visible")
    if flag is None:
        return True
    value = next(
        (v for k, v in flag.attrib.items() if local(k).rpartition(".")[2] == "value"), "true"
    )  # xmi:value (XMI 2) or xmi.value (XMI 1)
    return value.strip().lower() != "false"


def _end_labels_shown(view: etree._Element) -> bool:
    """MagicDraw draws an association end's name or multiplicity as a labelled view
    inside the end's ``Role`` view; a line whose roles hold none shows no end labels."""
    for role in view.iter("{*}mdElement", "mdElement"):
        if role is view or role.get("elementClass") != "Role":
            continue
        for label in role.iter():
            if (
                label is not role
                and isinstance(label.tag, str)
                and local(label.tag) == "text"
                and (label.text or "").strip()
            ):
                return True
    return False
