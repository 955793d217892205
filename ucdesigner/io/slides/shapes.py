"""A diagram drawn on a slide as native, editable shapes: actors as grouped stick
figures, use cases as ellipses, boundaries and packages as rectangles, comments as
notes, and every line a connector glued to the two shapes it joins, so that moving a
shape in PowerPoint or Impress keeps its lines attached.

The geometry is the render path's (``io.render.geometry``); this module only maps it
onto DrawingML. python-pptx has no API for line ends, glue to connection sites beyond
the four of a rectangle, or colour transparency: those few bits are written as XML.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

from lxml import etree
from pptx.dml.color import RGBColor
from pptx.enum.dml import MSO_LINE
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Emu

from ..render.geometry import ELLIPSE_INSET, Box, DiagramGeometry, Line, Node, Point, Run, TextBox
from .sequences import Frame

EMU_PER_PT = 12700
FADE = 0.75
"""How far a faded colour moves toward white."""
KIND_TITLES = {
    "actor": "Actor",
    "usecase": "Use case",
    "subject": "System boundary",
    "package": "Package",
    "comment": "Comment",
}
HEADS = {"open": "arrow", "triangle": "triangle"}
"""Our arrowheads as DrawingML line ends (DrawingML has no hollow triangle: a
generalization gets the filled one)."""


@dataclass(frozen=True)
class Placement:
    """Where the diagram goes on the slide: EMU per diagram unit and the offset."""

    scale: float
    left: float
    top: float

    def x(self, value: float) -> Emu:
        return Emu(round(self.left + value * self.scale))

    def y(self, value: float) -> Emu:
        return Emu(round(self.top + value * self.scale))

    def size(self, value: float) -> Emu:
        return Emu(max(1, round(value * self.scale)))


def fit(geometry: DiagramGeometry, area: Box, most: float) -> Placement:
    """The diagram scaled to fit ``area`` (EMU) and centred in it, at most ``most`` EMU
    per diagram unit."""
    left, top, width, height = area
    scale = min(width / max(geometry.width, 1.0), height / max(geometry.height, 1.0), most)
    return Placement(
        scale,
        left + (width - geometry.width * scale) / 2,
        top + (height - geometry.height * scale) / 2,
    )


def faded(colour: str) -> str:
    """``colour`` moved toward white (what is outside a focus)."""
    value = colour.lstrip("#")[-6:]
    channels = [int(value[i : i + 2], 16) for i in (0, 2, 4)]
    return "#" + "".join(f"{round(c + (255 - c) * FADE):02x}" for c in channels)


def _rgb(colour: str) -> RGBColor:
    return RGBColor.from_string(colour.lstrip("#")[-6:].upper())


class SlideDrawer:
    """Draws one frame of a diagram's geometry onto a slide's shape tree."""

    def __init__(self, shapes, geometry: DiagramGeometry, place: Placement, frame: Frame) -> None:
        self.shapes = shapes
        self.geometry = geometry
        self.place = place
        self.frame = frame
        self.theme = geometry.theme
        self.glue_to: dict[str, tuple[object, str]] = {}
        """Element id -> (the shape its lines glue to, its outline: "rect" or "ellipse")."""
        self.connectors: dict[str, object] = {}

    # ------------------------------------------------------------------ helpers

    def colour(self, colour: str, element_id: str) -> str:
        return faded(colour) if element_id in self.frame.faded else colour

    def points(self, value: float) -> float:
        """A text size in points on the slide, for ``value`` points in the diagram."""
        return value * self.geometry.px_per_point * self.place.scale / EMU_PER_PT

    def line_width(self) -> Emu:
        return Emu(max(6350, round(self.theme.line_width * self.place.scale)))

    def _style(self, shape, fill: str | None, line: str | None, alpha: float = 1.0) -> None:
        if fill is None:
            shape.fill.background()
        else:
            shape.fill.solid()
            shape.fill.fore_color.rgb = _rgb(fill)
            if alpha < 1.0:
                colour = shape.fill._xPr.find(qn("a:solidFill"))[0]
                etree.SubElement(colour, qn("a:alpha")).set("val", str(round(alpha * 100000)))
        if line is None:
            shape.line.fill.background()
        else:
            shape.line.color.rgb = _rgb(line)
            shape.line.width = self.line_width()
        shape.shadow.inherit = False

    def _autoshape(self, kind, box: Box, fill: str | None, line: str | None, name: str):
        x, y, w, h = box
        p = self.place
        shape = self.shapes.add_shape(kind, p.x(x), p.y(y), p.size(w), p.size(h))
        shape.name = name
        self._style(shape, fill, line)
        return shape

    def _text(self, shape, text: TextBox, element_id: str, fit_to_shape: bool = False) -> None:
        frame = shape.text_frame
        frame.word_wrap = True
        frame.auto_size = MSO_AUTO_SIZE.TEXT_TO_FIT_SHAPE if fit_to_shape else MSO_AUTO_SIZE.NONE
        ix, iy = (0.0, 0.0) if text.inset == ELLIPSE_INSET else text.inset
        frame.margin_left = frame.margin_right = self.place.size(ix) if ix else Emu(0)
        frame.margin_top = frame.margin_bottom = self.place.size(iy) if iy else Emu(0)
        frame.vertical_anchor = MSO_ANCHOR.TOP if text.anchor == "t" else MSO_ANCHOR.MIDDLE
        align = PP_ALIGN.LEFT if text.align == "l" else PP_ALIGN.CENTER
        first = True
        for run in text.runs:
            for line in run.text.split("\n") or [""]:
                paragraph = frame.paragraphs[0] if first else frame.add_paragraph()
                first = False
                paragraph.alignment = align
                piece = paragraph.add_run()
                piece.text = line
                font = piece.font
                font.name = self.geometry.font_family
                font.size = Emu(round(self.points(run.points) * EMU_PER_PT))
                font.bold = run.bold
                font.color.rgb = _rgb(self.colour(run.colour, element_id))

    def _textbox(self, text: TextBox, element_id: str, name: str, fill: str | None = None):
        x, y, w, h = text.box
        p = self.place
        box = self.shapes.add_textbox(p.x(x), p.y(y), p.size(w), p.size(h))
        box.name = name
        if fill is not None:
            self._style(box, fill, None)
        self._text(box, text, element_id)
        return box

    # ------------------------------------------------------------------ drawing

    def draw(self) -> None:
        """Everything the frame shows, back to front: boundaries and packages, lanes,
        the other shapes, the lines with their labels, comments."""
        visible = [n for n in self.geometry.nodes if self.frame.shows(n.id)]
        back = [n for n in visible if n.kind in ("subject", "package")]
        front = [n for n in visible if n.kind in ("actor", "usecase")]
        notes = [n for n in visible if n.kind == "comment"]
        for node in back:
            self.node(node)
        for index, band in enumerate(self.geometry.lanes):
            self.lane(band, index)
        for node in front:
            self.node(node)
        for node in notes:
            self.node(node)
        for line in self.geometry.lines:
            if (
                self.frame.shows(line.id)
                and line.source in self.glue_to
                and (line.target in self.glue_to)
            ):
                self.line(line)
        # Comments lie on top of the lines, as on the canvas (they were drawn before
        # the lines only so that the lines could be glued to them).
        for node in notes:
            element = self.glue_to[node.id][0]._element
            tree = element.getparent()
            tree.remove(element)
            tree.append(element)

    def node(self, node: Node) -> None:
        fill = self.colour(node.fill, node.id)
        line = self.colour(node.line, node.id)
        title = f"{KIND_TITLES.get(node.kind, node.kind)}: {node.name}".strip()
        if node.kind == "actor":
            self._actor(node, fill, line, title)
        elif node.kind == "usecase":
            shape = self._autoshape(MSO_SHAPE.OVAL, node.box, fill, line, title)
            assert node.text is not None
            self._text(shape, node.text, node.id, fit_to_shape=True)
            self.glue_to[node.id] = (shape, "ellipse")
            if node.emotion:
                self._emotion(node)
        elif node.kind == "comment":
            shape = self._autoshape(MSO_SHAPE.FOLDED_CORNER, node.box, fill, line, title)
            assert node.text is not None
            self._text(shape, node.text, node.id, fit_to_shape=True)
            self.glue_to[node.id] = (shape, "rect")
        elif node.kind == "package" and node.tab is not None:
            tab = self._autoshape(MSO_SHAPE.RECTANGLE, node.tab, fill, line, f"{title} (tab)")
            body = self._autoshape(MSO_SHAPE.RECTANGLE, node.box, fill, line, title)
            assert node.text is not None
            self._text(body, node.text, node.id)
            group = self.shapes.add_group_shape([tab, body])
            group.name = title
            self.glue_to[node.id] = (body, "rect")
        else:
            shape = self._autoshape(MSO_SHAPE.RECTANGLE, node.box, fill, line, title)
            if node.text is not None:
                self._text(shape, node.text, node.id)
            self.glue_to[node.id] = (shape, "rect")

    def _actor(self, node: Node, fill: str, line: str, title: str) -> None:
        if node.head is None:  # drawn as a box with «actor»
            shape = self._autoshape(MSO_SHAPE.RECTANGLE, node.box, fill, line, title)
            if node.text is not None:
                self._text(shape, node.text, node.id)
            self.glue_to[node.id] = (shape, "rect")
            return
        p = self.place
        members = []
        frame = self._autoshape(MSO_SHAPE.RECTANGLE, node.box, None, None, f"{title} (figure)")
        members.append(frame)
        members.append(self._autoshape(MSO_SHAPE.OVAL, node.head, fill, line, f"{title} (head)"))
        for start, end in node.limbs:
            limb = self.shapes.add_connector(
                MSO_CONNECTOR.STRAIGHT, p.x(start[0]), p.y(start[1]), p.x(end[0]), p.y(end[1])
            )
            limb.name = f"{title} (figure)"
            limb.line.color.rgb = _rgb(line)
            limb.line.width = self.line_width()
            members.append(limb)
        if node.label is not None:
            members.append(self._textbox(node.label, node.id, f"{title} (name)"))
        group = self.shapes.add_group_shape(members)
        group.name = title
        self.glue_to[node.id] = (frame, "rect")

    def _emotion(self, node: Node) -> None:
        assert node.emotion is not None
        (cx, cy), text, colour = node.emotion
        radius = 10.0
        mark = self._autoshape(
            MSO_SHAPE.OVAL,
            (cx - radius, cy - radius, 2 * radius, 2 * radius),
            self.colour(colour, node.id),
            "#ffffff",
            f"Emotion {text}: {node.name}",
        )
        self._text(
            mark,
            TextBox(
                (0, 0, 0, 0),
                [Run(text, self.theme.small_font_size - 1, True, "#ffffff")],
            ),
            node.id,
        )

    def lane(self, band, index: int) -> None:
        theme = self.theme
        tint = theme.lane_tint.lstrip("#")
        alpha = int(tint[:2], 16) / 255 if len(tint) == 8 else 1.0
        body = self._autoshape(
            MSO_SHAPE.RECTANGLE,
            band.box,
            "#" + tint[-6:] if band.tinted else None,
            theme.lane_line,
            f"Lane: {band.header.runs[0].text}",
        )
        if band.tinted and alpha < 1.0:
            body.fill.solid()
            body.fill.fore_color.rgb = _rgb(tint[-6:])
            colour = body.fill._xPr.find(qn("a:solidFill"))[0]
            etree.SubElement(colour, qn("a:alpha")).set("val", str(round(alpha * 100000)))
        body.line.width = Emu(round(self.place.scale))
        header = self._autoshape(
            MSO_SHAPE.RECTANGLE,
            band.header.box,
            theme.lane_header_fill,
            theme.lane_line,
            f"Stage: {band.header.runs[0].text}",
        )
        header.line.width = Emu(round(self.place.scale))
        self._text(header, band.header, "", fit_to_shape=True)

    # ------------------------------------------------------------------ lines

    def line(self, line: Line) -> None:
        p = self.place
        (x1, y1), (x2, y2) = line.points[0], line.points[-1]
        connector = self.shapes.add_connector(
            MSO_CONNECTOR.STRAIGHT, p.x(x1), p.y(y1), p.x(x2), p.y(y2)
        )
        source = self.geometry.node(line.source)
        target = self.geometry.node(line.target)
        connector.name = (
            f"{line.kind}: {source.name if source else line.source} → "
            f"{target.name if target else line.target}"
        )
        colour = self.colour(line.colour, line.id)
        connector.line.color.rgb = _rgb(colour)
        connector.line.width = self.line_width()
        if line.dashed:
            connector.line.dash_style = MSO_LINE.DASH
        _line_ends(connector, line.start_head, line.end_head)
        self.glue(connector, "begin", line.source, (x1, y1))
        self.glue(connector, "end", line.target, (x2, y2))
        self.connectors[line.id] = connector
        # The straight connector runs from end to end; its label stays where the render
        # path puts it relative to the middle of the line.
        label_box = None
        if line.label is not None:
            label = self._moved_label(line, line.label)
            label_box = self._textbox(
                label, line.id, f"Label: {line.label.runs[0].text}", fill=self.theme.background
            )
        if line.note is not None:
            note_text = self._moved_label(line, line.note)
            note = self._autoshape(
                MSO_SHAPE.FOLDED_CORNER,
                note_text.box,
                self.colour(self.theme.comment_fill, line.id),
                colour,
                f"Condition: {line.note.runs[0].text}",
            )
            self._text(note, note_text, line.id, fit_to_shape=True)
            self._note_link(label_box, note, line, colour)
        for end_label in line.end_labels:
            self._textbox(end_label, line.id, f"End: {end_label.runs[0].text}")

    def _moved_label(self, line: Line, text: TextBox) -> TextBox:
        if len(line.points) <= 2:
            return text
        (x1, y1), (x2, y2) = line.points[0], line.points[-1]
        mx, my = _midpoint(line.points)
        dx, dy = (x1 + x2) / 2 - mx, (y1 + y2) / 2 - my
        x, y, w, h = text.box
        return TextBox((x + dx, y + dy, w, h), text.runs, text.align, text.anchor, text.inset)

    def _note_link(self, label, note, line: Line, colour: str) -> None:
        if label is None:
            return
        ends = [_centre(label), _centre(note)]
        link = self.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, *ends[0], *ends[1])
        link.name = f"Condition link: {line.id}"
        link.line.color.rgb = _rgb(colour)
        link.line.width = self.line_width()
        link.line.dash_style = MSO_LINE.DASH
        _glue_xml(link, "begin", label, _nearest_site(label, "rect", ends[1]))
        _glue_xml(link, "end", note, _nearest_site(note, "rect", ends[0]))
        # Behind the label and the note: it runs from centre to centre.
        tree = link._element.getparent()
        tree.remove(link._element)
        tree.insert(list(tree).index(label._element), link._element)

    def glue(self, connector, end: str, element_id: str, at: Point) -> None:
        """Glue ``end`` ("begin" or "end") of ``connector`` to the element's shape, at
        the connection site nearest to where the render path ends the line."""
        shape, outline = self.glue_to[element_id]
        p = self.place
        _glue_xml(connector, end, shape, _nearest_site(shape, outline, (p.x(at[0]), p.y(at[1]))))


def _midpoint(points: list[Point]) -> Point:
    lengths = [math.dist(a, b) for a, b in itertools.pairwise(points)]
    goal = sum(lengths) / 2
    for (a, b), length in zip(itertools.pairwise(points), lengths, strict=True):
        if goal <= length and length > 0:
            t = goal / length
            return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)
        goal -= length
    return points[-1]


def _centre(shape) -> tuple[int, int]:
    return (shape.left + shape.width // 2, shape.top + shape.height // 2)


def connection_sites(shape, outline: str) -> list[tuple[float, float]]:
    """Where a shape's connection sites are (EMU), in DrawingML's order: a rectangle's
    four (top, left, bottom, right), an ellipse's eight (from the top, anticlockwise)."""
    x, y, w, h = shape.left, shape.top, shape.width, shape.height
    cx, cy = x + w / 2, y + h / 2
    if outline == "ellipse":
        dx, dy = w / 2 * math.cos(math.pi / 4), h / 2 * math.sin(math.pi / 4)
        return [
            (cx, y),
            (cx - dx, cy - dy),
            (x, cy),
            (cx - dx, cy + dy),
            (cx, y + h),
            (cx + dx, cy + dy),
            (x + w, cy),
            (cx + dx, cy - dy),
        ]
    return [(cx, y), (x, cy), (cx, y + h), (x + w, cy)]


def _nearest_site(shape, outline: str, at: tuple[float, float]) -> int:
    sites = connection_sites(shape, outline)
    return min(range(len(sites)), key=lambda i: math.dist(sites[i], at))


def _glue_xml(connector, end: str, shape, site: int) -> None:
    """What python-pptx's begin_connect/end_connect write (``a:stCxn``/``a:endCxn``),
    without moving the line end to the site: the line keeps the render path's ends,
    and the office program re-routes it to the site when a shape moves."""
    properties = connector._element.nvCxnSpPr.cNvCxnSpPr
    link = properties.get_or_add_stCxn() if end == "begin" else properties.get_or_add_endCxn()
    link.id = shape.shape_id
    link.idx = site


def _line_ends(connector, start: str | None, end: str | None) -> None:
    """Arrowheads: DrawingML's ``headEnd`` sits at the line's start, ``tailEnd`` at its
    end."""
    ln = connector.line._get_or_add_ln()
    for tag, head in (("a:headEnd", start), ("a:tailEnd", end)):
        if head is None:
            continue
        element = etree.SubElement(ln, qn(tag))
        element.set("type", HEADS[head])
        element.set("w", "med")
        element.set("len", "med")
    ext = ln.find(qn("a:extLst"))
    if ext is not None:
        ln.remove(ext)
        ln.append(ext)
