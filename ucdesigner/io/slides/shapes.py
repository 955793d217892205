"""A diagram drawn on a slide as native, editable shapes: actors as grouped stick
figures, use cases as ellipses, boundaries and packages as rectangles, comments as
notes, and every line a connector glued to the two shapes it joins, so that moving a
shape in PowerPoint or Impress keeps its lines attached.

The geometry is the render path's (``io.render.geometry``); this module maps it onto
DrawingML (``drawingml``): positions, colours faded outside a focus, text sizes.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

from ..render.geometry import (
    ELLIPSE_INSET,
    MARK_RADIUS,
    Box,
    DiagramGeometry,
    LaneBand,
    Line,
    Node,
    Point,
    Run,
    TextBox,
)
from . import drawingml as dml
from .sequences import Frame

EMU_PER_PT = 12700
FADE = 0.75
"""How far a faded colour moves toward white (the pictures draw it at 25 % opacity)."""
KIND_TITLES = {
    "actor": "Actor",
    "usecase": "Use case",
    "subject": "System boundary",
    "package": "Package",
    "comment": "Comment",
}
"""Shape names start with the kind (PowerPoint's selection pane lists them)."""
EmuBox = tuple[int, int, int, int]


@dataclass(frozen=True)
class Placement:
    """Where the diagram goes on the slide: EMU per diagram unit and the offset."""

    scale: float
    left: float
    top: float

    def x(self, value: float) -> int:
        return round(self.left + value * self.scale)

    def y(self, value: float) -> int:
        return round(self.top + value * self.scale)

    def size(self, value: float) -> int:
        return max(1, round(value * self.scale))

    def box(self, box: Box) -> EmuBox:
        x, y, w, h = box
        return (self.x(x), self.y(y), self.size(w), self.size(h))

    def point(self, point: Point) -> tuple[int, int]:
        return (self.x(point[0]), self.y(point[1]))


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


def connection_sites(box: EmuBox, outline: str) -> list[tuple[float, float]]:
    """Where a shape's connection sites are (EMU), in DrawingML's order: a rectangle's
    four (top, left, bottom, right), an ellipse's eight (from the top, anticlockwise)."""
    x, y, w, h = box
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


def nearest_site(box: EmuBox, outline: str, at: tuple[float, float]) -> int:
    """The connection site of the shape closest to ``at``."""
    sites = connection_sites(box, outline)
    return min(range(len(sites)), key=lambda i: math.dist(sites[i], at))


@dataclass
class Glue:
    """What a line end is glued to: a shape's id, its box (EMU) and outline, or the
    shape's own connection sites (EMU) when it has custom ones."""

    shape_id: int
    box: EmuBox
    outline: str
    sites: list[tuple[int, int]] | None = None

    def site(self, at: tuple[float, float]) -> tuple[int, int]:
        if self.sites:
            index = min(range(len(self.sites)), key=lambda i: math.dist(self.sites[i], at))
            return (self.shape_id, index)
        return (self.shape_id, nearest_site(self.box, self.outline, at))


class SlideDrawer:
    """Draws one frame of a diagram's geometry as DrawingML shapes. ``draw`` returns
    the shapes' XML, back to front; shape ids start at ``first_id``."""

    def __init__(
        self, geometry: DiagramGeometry, place: Placement, frame: Frame, first_id: int
    ) -> None:
        self.geometry = geometry
        self.place = place
        self.frame = frame
        self.theme = geometry.theme
        self.ids = itertools.count(first_id)
        self.glue_to: dict[str, Glue] = {}
        self.width = max(6350, round(self.theme.line_width * place.scale))
        """Lines as wide as the canvas's at this scale, at least half a point."""

    # ------------------------------------------------------------------ helpers

    def colour(self, colour: str, element_id: str) -> str:
        return faded(colour) if element_id in self.frame.faded else colour

    def points(self, value: float) -> float:
        """A text size in points on the slide, for ``value`` points in the diagram."""
        return value * self.geometry.px_per_point * self.place.scale / EMU_PER_PT

    def text(
        self, text: TextBox, element_id: str, shrink: bool = False, wrap: bool = True
    ) -> dml.Text:
        insets = (0, 0) if text.inset == ELLIPSE_INSET else text.inset
        return dml.Text(
            tuple(
                dml.Paragraph(
                    run.text,
                    self.points(run.points),
                    run.bold,
                    self.colour(run.colour, element_id),
                )
                for run in text.runs
            ),
            self.geometry.font_family,
            text.align,
            text.anchor,
            (
                self.place.size(insets[0]) if insets[0] else 0,
                self.place.size(insets[1]) if insets[1] else 0,
            ),
            shrink,
            wrap,
        )

    def line(self, colour: str | None, dashed: bool = False, head=None, tail=None) -> str:
        return dml.line_xml(colour, self.width, dashed, head, tail)

    # ------------------------------------------------------------------ drawing

    def draw(self) -> list[str]:
        """Everything the frame shows, back to front: boundaries and packages, lanes,
        the other shapes, the lines with their labels, comments."""
        visible = [n for n in self.geometry.nodes if self.frame.shows(n.id)]
        back = [n for n in visible if n.kind in ("subject", "package")]
        front = [n for n in visible if n.kind in ("actor", "usecase")]
        notes = [n for n in visible if n.kind == "comment"]
        pieces: list[str] = []
        for node in back:
            pieces.append(self.node(node))
        for band in self.geometry.lanes:
            pieces.extend(self.lane(band))
        for node in front:
            pieces.append(self.node(node))
        # Comments lie on the lines, as on the canvas; they are made first so that the
        # lines can be glued to them.
        on_top = [self.node(node) for node in notes]
        for line in self.geometry.lines:
            ends = (line.source in self.glue_to) and (line.target in self.glue_to)
            if self.frame.shows(line.id) and ends:
                pieces.extend(self.connector(line))
        return pieces + on_top

    def node(self, node: Node) -> str:
        fill = self.colour(node.fill, node.id)
        line = self.line(self.colour(node.line, node.id))
        title = f"{KIND_TITLES.get(node.kind, node.kind)}: {node.name}".strip()
        box = self.place.box(node.box)
        text = self.text(node.text, node.id, shrink=True) if node.text is not None else None
        if node.kind == "actor" and node.head is not None:
            return self._stick_figure(node, fill, line, title)
        shape_id = next(self.ids)
        if node.kind == "usecase":
            self.glue_to[node.id] = Glue(shape_id, box, "ellipse")
            xml = dml.shape(shape_id, title, "ellipse", box, dml.fill_xml(fill), line, text)
            return xml + (self._emotion(node) if node.emotion else "")
        if node.kind == "comment":
            self.glue_to[node.id] = Glue(shape_id, box, "rect")
            return dml.shape(shape_id, title, "foldedCorner", box, dml.fill_xml(fill), line, text)
        self.glue_to[node.id] = Glue(shape_id, box, "rect")
        if node.kind in ("subject", "package") and node.text is not None:
            text = self.text(node.text, node.id)
        body = dml.shape(shape_id, title, "rect", box, dml.fill_xml(fill), line, text)
        if node.kind != "package" or node.tab is None:
            return body
        tab_box = self.place.box(node.tab)
        tab = dml.shape(next(self.ids), f"{title} (tab)", "rect", tab_box, dml.fill_xml(fill), line)
        return dml.group(next(self.ids), title, _union(box, tab_box), [tab, body])

    def _stick_figure(self, node: Node, fill: str, line: str, title: str) -> str:
        box = self.place.box(node.box)
        frame_id = next(self.ids)
        # An invisible frame around the figure and its name: the lines glue to it, at
        # sites where the render path ends them (and at the middle of each side).
        sites = [(round(x), round(y)) for x, y in connection_sites(box, "rect")]
        for edge in self.geometry.lines:
            if self.frame.shows(edge.id):
                if edge.source == node.id:
                    sites.append(self.place.point(edge.points[0]))
                if edge.target == node.id:
                    sites.append(self.place.point(edge.points[-1]))
        sites = list(dict.fromkeys(sites))
        members = [dml.glue_frame(frame_id, f"{title} (figure)", box, sites)]
        assert node.head is not None
        members.append(
            dml.shape(
                next(self.ids),
                f"{title} (head)",
                "ellipse",
                self.place.box(node.head),
                dml.fill_xml(fill),
                line,
            )
        )
        for start, end in node.limbs:
            members.append(
                dml.connector(
                    next(self.ids),
                    f"{title} (figure)",
                    self.place.point(start),
                    self.place.point(end),
                    line,
                )
            )
        bounds = box
        if node.label is not None:
            label_box = self.place.box(node.label.box)
            bounds = _union(bounds, label_box)
            members.append(
                dml.shape(
                    next(self.ids),
                    f"{title} (name)",
                    "rect",
                    label_box,
                    dml.fill_xml(None),
                    self.line(None),
                    self.text(node.label, node.id),
                    textbox=True,
                )
            )
        self.glue_to[node.id] = Glue(frame_id, box, "rect", sites)
        return dml.group(next(self.ids), title, bounds, members)

    def _emotion(self, node: Node) -> str:
        assert node.emotion is not None
        (cx, cy), text, colour = node.emotion
        radius = MARK_RADIUS
        box = self.place.box((cx - radius, cy - radius, 2 * radius, 2 * radius))
        label = TextBox((0, 0, 0, 0), [Run(text, self.theme.small_font_size - 1, True, "#ffffff")])
        return dml.shape(
            next(self.ids),
            f"Emotion {text}: {node.name}",
            "ellipse",
            box,
            dml.fill_xml(self.colour(colour, node.id)),
            self.line("#ffffff"),
            self.text(label, node.id),
        )

    def lane(self, band: LaneBand) -> list[str]:
        theme = self.theme
        tint = theme.lane_tint.lstrip("#")
        alpha = int(tint[:2], 16) / 255 if len(tint) == 8 else 1.0
        thin = dml.line_xml(theme.lane_line, max(3175, round(self.place.scale)))
        name = band.header.runs[0].text
        body = dml.shape(
            next(self.ids),
            f"Lane: {name}",
            "rect",
            self.place.box(band.box),
            dml.fill_xml("#" + tint[-6:], alpha) if band.tinted else dml.fill_xml(None),
            thin,
        )
        header = dml.shape(
            next(self.ids),
            f"Stage: {name}",
            "rect",
            self.place.box(band.header.box),
            dml.fill_xml(theme.lane_header_fill),
            thin,
            self.text(band.header, "", shrink=True),
        )
        return [body, header]

    # ------------------------------------------------------------------ lines

    def connector(self, line: Line) -> list[str]:
        """The connector, glued at both ends, and its label, condition note and end
        labels."""
        start, end = self.place.point(line.points[0]), self.place.point(line.points[-1])
        source = self.geometry.node(line.source)
        target = self.geometry.node(line.target)
        name = (
            f"{line.kind}: {source.name if source else line.source} → "
            f"{target.name if target else line.target}"
        )
        colour = self.colour(line.colour, line.id)
        pieces = [
            dml.connector(
                next(self.ids),
                name,
                start,
                end,
                self.line(colour, line.dashed, line.start_head, line.end_head),
                (self.glue_to[line.source].site(start), self.glue_to[line.target].site(end)),
            )
        ]
        label_glue = None
        label_piece = ""
        if line.label is not None:
            label = self._moved(line, line.label)
            label_id = next(self.ids)
            label_box = self.place.box(label.box)
            label_glue = Glue(label_id, label_box, "rect")
            label_piece = dml.shape(
                label_id,
                f"Label: {line.label.runs[0].text}",
                "rect",
                label_box,
                dml.fill_xml(self.theme.background),
                self.line(None),
                self.text(label, line.id, wrap=False),
                textbox=True,
            )
        if line.note is not None:
            note = self._moved(line, line.note)
            note_id = next(self.ids)
            note_box = self.place.box(note.box)
            if label_glue is not None:
                # The dashed link from the label to the note, behind both.
                a, b = _centre(label_glue.box), _centre(note_box)
                pieces.append(
                    dml.connector(
                        next(self.ids),
                        f"Condition link: {line.id}",
                        a,
                        b,
                        self.line(colour, dashed=True),
                        (label_glue.site(b), Glue(note_id, note_box, "rect").site(a)),
                    )
                )
            pieces.append(label_piece)
            pieces.append(
                dml.shape(
                    note_id,
                    f"Condition: {line.note.runs[0].text}",
                    "foldedCorner",
                    note_box,
                    dml.fill_xml(self.colour(self.theme.comment_fill, line.id)),
                    self.line(colour),
                    self.text(note, line.id, shrink=True),
                )
            )
        elif label_piece:
            pieces.append(label_piece)
        for end_label in line.end_labels:
            pieces.append(
                dml.shape(
                    next(self.ids),
                    f"End: {end_label.runs[0].text}",
                    "rect",
                    self.place.box(end_label.box),
                    dml.fill_xml(None),
                    self.line(None),
                    self.text(end_label, line.id, wrap=False),
                    textbox=True,
                )
            )
        return pieces

    def _moved(self, line: Line, text: TextBox) -> TextBox:
        """A label of a bent line, kept beside the straight connector that stands for
        it: where the render path puts it relative to the middle of the line."""
        if len(line.points) <= 2:
            return text
        (x1, y1), (x2, y2) = line.points[0], line.points[-1]
        mx, my = _midpoint(line.points)
        dx, dy = (x1 + x2) / 2 - mx, (y1 + y2) / 2 - my
        x, y, w, h = text.box
        return TextBox((x + dx, y + dy, w, h), text.runs, text.align, text.anchor, text.inset)


def _midpoint(points: list[Point]) -> Point:
    lengths = [math.dist(a, b) for a, b in itertools.pairwise(points)]
    goal = sum(lengths) / 2
    for (a, b), length in zip(itertools.pairwise(points), lengths, strict=True):
        if goal <= length and length > 0:
            t = goal / length
            return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)
        goal -= length
    return points[-1]


def _centre(box: EmuBox) -> tuple[int, int]:
    x, y, w, h = box
    return (x + w // 2, y + h // 2)


def _union(a: EmuBox, b: EmuBox) -> EmuBox:
    left, top = min(a[0], b[0]), min(a[1], b[1])
    right, bottom = max(a[0] + a[2], b[0] + b[2]), max(a[1] + a[3], b[1] + b[3])
    return (left, top, right - left, bottom - top)
