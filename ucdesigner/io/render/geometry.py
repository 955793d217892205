"""A diagram as plain geometry: every shape, line, label and lane where the canvas
items draw it, with colours and fitted font sizes, for writers that rebuild the
diagram out of another program's shapes (slides).

It is read from the same off-screen scene the pictures are painted from, so the
positions, the clipped line ends and the label places are the render path's own.
Coordinates are diagram units (px at 100 %) from the top left of the picture."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QFontInfo, QFontMetricsF

from ...canvas.items.actor import ActorItem
from ...canvas.items.base import CENTRE_WRAP, NodeItem, keyword_text
from ...canvas.items.comment import CommentItem
from ...canvas.items.edge import NOTATION, EdgeItem
from ...canvas.items.package import PackageItem
from ...canvas.items.subject import SubjectItem
from ...canvas.items.usecase import INNER, UseCaseItem
from ...canvas.lanes import MARK_RADIUS as MARK_RADIUS  # the emotion mark, for the slides
from ...canvas.lanes import pain_points_text
from ...canvas.theme import THEMES, Theme
from ...model import Association, Document, UseCase
from ...model.journey import emotion_text
from ...model.lanes import HEADER
from ...model.sizing import POINTS_HEADER
from .options import ExportOptions
from .snapshot import build_snapshot, ensure_app, layout_dpi

Box = tuple[float, float, float, float]
"""x, y, width, height."""
Point = tuple[float, float]
MIN_POINTS = 5.0
INSCRIBED = 0.5**0.5
"""The share of an ellipse's width and height its inscribed rectangle takes."""
ELLIPSE_INSET = (-1.0, -1.0)
"""A use case's text inset: the ellipse's inscribed rectangle (no further space)."""
"""Text is never shrunk below this size to make it fit."""


@dataclass
class Run:
    """One paragraph of a text box."""

    text: str
    points: float
    bold: bool = False
    colour: str = "#000000"


@dataclass
class TextBox:
    """Text in a rectangle: paragraphs, alignment ("l" or "c"), anchor ("t" or "m")."""

    box: Box
    runs: list[Run]
    align: str = "c"
    anchor: str = "m"
    inset: tuple[float, float] = (0.0, 0.0)
    """Horizontal and vertical space between the rectangle and the text."""


@dataclass
class Node:
    """A shape of the diagram."""

    id: str
    kind: str
    """actor, usecase, subject, package, comment."""
    name: str
    box: Box
    fill: str
    line: str
    text: TextBox | None = None
    label: TextBox | None = None
    """An actor's name under its figure."""
    head: Box | None = None
    """A stick figure's head; its limbs are ``limbs``."""
    limbs: list[tuple[Point, Point]] = field(default_factory=list)
    tab: Box | None = None
    """A package's tab."""
    emotion: tuple[Point, str, str] | None = None
    """The journey emotion mark: centre, text ("+1") and fill colour (its radius is
    ``MARK_RADIUS``)."""


@dataclass
class Line:
    """A relationship drawn between two shapes."""

    id: str
    kind: str
    source: str
    target: str
    points: list[Point]
    """From the source's outline through the bends to the target's outline."""
    dashed: bool
    start_head: str | None
    """"open", "triangle" or None, at the source end."""
    end_head: str | None
    colour: str
    label: TextBox | None = None
    note: TextBox | None = None
    """An extend's condition note."""
    end_labels: list[TextBox] = field(default_factory=list)


@dataclass
class LaneBand:
    """One journey lane: its header with the stage name, and its body."""

    stage_id: str
    box: Box
    header: TextBox
    tinted: bool


@dataclass
class DiagramGeometry:
    """The whole diagram as drawn."""

    name: str
    width: float
    height: float
    nodes: list[Node]
    lines: list[Line]
    lanes: list[LaneBand]
    font_family: str
    theme: Theme
    px_per_point: float
    """Diagram units per typographic point (text sizes are given in points)."""

    def node(self, element_id: str) -> Node | None:
        return next((n for n in self.nodes if n.id == element_id), None)


def diagram_geometry(
    document: Document, diagram_id: str, options: ExportOptions | None = None
) -> DiagramGeometry:
    """The geometry of ``diagram_id`` as the print theme draws it (``options`` give the
    margin and the theme)."""
    options = options or ExportOptions(format="svg")
    snapshot = build_snapshot(document, diagram_id, options)
    scene = snapshot.scene
    theme = scene.theme
    reader = _Reader(theme, snapshot.source.topLeft())
    nodes = [reader.node(item) for item in scene.node_items()]
    nodes.sort(key=lambda n: _stack(scene.node_item(n.id)))
    lines = [reader.line(item) for item in scene.edge_items()]
    lanes = reader.lanes(scene) if scene.lanes_shown() else []
    return DiagramGeometry(
        name=snapshot.title,
        width=snapshot.width,
        height=snapshot.height,
        nodes=nodes,
        lines=lines,
        lanes=lanes,
        font_family=_family(theme),
        theme=theme,
        px_per_point=layout_dpi() / 72.0,
    )


def used_font_family(theme_name: str = "modern") -> str:
    """The family of the theme's stack that this machine really draws text with."""
    ensure_app()
    return _family(THEMES.get(theme_name, THEMES["modern"]))


def _family(theme: Theme) -> str:
    return QFontInfo(theme.name_font).family() or theme.font_families[0]


def _stack(item: NodeItem | None) -> float:
    return item.zValue() if item is not None else 0.0


def fitted_points(text: str, font: QFont, width: float, height: float, wrap: bool = True) -> float:
    """The largest size up to the font's own at which ``text`` fits in width x height
    (wrapped at spaces); never below ``MIN_POINTS``."""
    size = font.pointSizeF()
    trial = QFont(font)
    while size > MIN_POINTS:
        trial.setPointSizeF(size)
        metrics = QFontMetricsF(trial)
        flags = CENTRE_WRAP if wrap else 0
        rect = metrics.boundingRect(QRectF(0, 0, width, 100_000), flags, text or " ")
        if rect.width() <= width + 0.5 and rect.height() <= height + 0.5:
            return size
        size = max(MIN_POINTS, size - 0.5)
    return MIN_POINTS


class _Reader:
    """Reads items into plain geometry, relative to the picture's top left."""

    def __init__(self, theme: Theme, origin: QPointF) -> None:
        self.theme = theme
        self.ox, self.oy = origin.x(), origin.y()

    def box(self, rect: QRectF) -> Box:
        return (rect.x() - self.ox, rect.y() - self.oy, rect.width(), rect.height())

    def point(self, point: QPointF) -> Point:
        return (point.x() - self.ox, point.y() - self.oy)

    def run(self, text: str, font: QFont, colour: str, points: float | None = None) -> Run:
        return Run(text, points or font.pointSizeF(), font.bold(), colour)

    # ------------------------------------------------------------------ nodes

    def node(self, item: NodeItem) -> Node:
        theme = self.theme
        style = item.model_shape.style
        rect = item.scene_body_rect()
        fills = {
            "actor": theme.actor_fill,
            "usecase": theme.usecase_fill,
            "subject": theme.subject_fill,
            "package": theme.package_fill,
            "comment": theme.comment_fill,
        }
        element = item.element
        node = Node(
            id=item.element_id,
            kind=item.kind,
            name=element.name,
            box=self.box(rect),
            fill=item.fill_colour(fills.get(item.kind, theme.background)),
            line=style.line or theme.ink,
        )
        if isinstance(item, ActorItem):
            self._actor(item, node)
        elif isinstance(item, UseCaseItem):
            self._usecase(item, node)
        elif isinstance(item, SubjectItem):
            self._subject(item, node)
        elif isinstance(item, PackageItem):
            self._package(item, node)
        elif isinstance(item, CommentItem):
            self._comment(item, node)
        if isinstance(element, UseCase) and element.journey.emotion is not None:
            marks = [c for c in item.childItems() if c.isVisible() and hasattr(c, "value")]
            if marks:
                mark = marks[0]
                centre = item.mapToScene(mark.pos())
                node.emotion = (self.point(centre), emotion_text(mark.value), mark.colour().name())
        return node

    def _keywords(self, stereotypes: tuple[str, ...]) -> list[Run]:
        if not stereotypes:
            return []
        return [self.run(keyword_text(stereotypes), self.theme.small_font, self.theme.muted_ink)]

    def _actor(self, item: ActorItem, node: Node) -> None:
        theme = self.theme
        element = item.element
        if item.notation == "box":
            rect = item.scene_body_rect()
            pad = theme.padding
            inner_w, inner_h = rect.width() - 2 * pad, rect.height() - 2 * pad
            font = item.text_font(bold=True)
            keyword = self.run(
                keyword_text(("actor", *element.stereotypes)), theme.small_font, theme.muted_ink
            )
            name_h = inner_h - theme.small_metrics.height()
            size = fitted_points(element.name, font, inner_w, max(name_h, 1.0))
            node.text = TextBox(
                node.box,
                [keyword, self.run(element.name, font, theme.ink, size)],
                inset=(pad, pad),
            )
            return
        # Lines glue to the figure and its name together, as on the canvas they end
        # below the name when they leave through it.
        node.box = self.box(item.scene_body_rect().united(item.mapRectToScene(item.name_area())))
        head, limbs = item.stick_figure()
        node.head = self.box(item.mapRectToScene(head))
        node.limbs = [
            (self.point(item.mapToScene(a)), self.point(item.mapToScene(b))) for a, b in limbs
        ]
        label = item.mapRectToScene(item.label_rect())
        font = item.text_font()
        keywords = self._keywords(element.stereotypes)
        # The label may grow downwards, but a long name is kept to a few lines.
        room = max(label.height(), 4 * QFontMetricsF(font).height())
        size = fitted_points(element.name, font, label.width(), room)
        node.label = TextBox(
            self.box(QRectF(label.x(), label.y(), label.width(), room)),
            [*keywords, self.run(element.name, font, theme.ink, size)],
            anchor="t",
        )

    def _usecase(self, item: UseCaseItem, node: Node) -> None:
        theme = self.theme
        rect = item.scene_body_rect()
        keywords, name, points = item.texts()
        # Office programs write an ellipse's text in its inscribed rectangle, a little
        # narrower than the canvas's share: the text is fitted to the smaller of both.
        share = min(INNER, INSCRIBED)
        inner_w, inner_h = rect.width() * share, rect.height() * share
        small = theme.small_metrics
        font = item.text_font()
        reserved = (small.height() if keywords else 0.0) + (
            8 + small.height() * (1 + len(points)) if points else 0.0
        )
        size = fitted_points(name, font, inner_w, max(inner_h - reserved, small.height()))
        runs = self._keywords(item.element.stereotypes)
        runs.append(self.run(name, font, theme.ink, size))
        if points:
            runs.append(
                Run(POINTS_HEADER, theme.small_font_size, True, theme.muted_ink),
            )
            runs.extend(self.run(p, theme.small_font, theme.ink) for p in points)
        node.text = TextBox(node.box, runs, inset=ELLIPSE_INSET)

    def _subject(self, item: SubjectItem, node: Node) -> None:
        title = item.title_rect()
        font = item.text_font(bold=True)
        size = fitted_points(item.element.name, font, title.width(), title.height() * 2)
        node.text = TextBox(
            node.box,
            [
                *self._keywords(item.element.stereotypes),
                self.run(item.element.name, font, self.theme.ink, size),
            ],
            align="l",
            anchor="t",
            inset=(title.x(), title.y()),
        )

    def _package(self, item: PackageItem, node: Node) -> None:
        tab = item.mapRectToScene(item.tab_rect())
        body = item.mapRectToScene(item.body_only())
        node.tab = self.box(tab)
        node.box = self.box(body)
        pad = self.theme.padding
        font = item.text_font(bold=True)
        size = fitted_points(
            item.element.name, font, body.width() - 2 * pad, body.height() - 1.6 * pad
        )
        node.text = TextBox(
            node.box,
            [
                *self._keywords(item.element.stereotypes),
                self.run(item.element.name, font, self.theme.ink, size),
            ],
            anchor="t",
            inset=(pad, pad * 0.6),
        )

    def _comment(self, item: CommentItem, node: Node) -> None:
        text = item.text_rect()
        font = item.text_font()
        body = item.element.body
        size = fitted_points(body, font, text.width(), text.height())
        node.name = body
        node.text = TextBox(
            node.box,
            [self.run(body, font, self.theme.ink, size)],
            align="l",
            anchor="t",
            inset=(text.x(), text.y()),
        )

    # ------------------------------------------------------------------ lines

    def line(self, item: EdgeItem) -> Line:
        theme = self.theme
        rel = item.relationship
        notation = NOTATION[rel.kind]
        start_head = None
        end_head = notation.head
        if isinstance(rel, Association):
            start_head = "open" if rel.source_end.navigable else None
            end_head = "open" if rel.target_end.navigable else None
        colour = item.model_edge.style.line or theme.ink
        line = Line(
            id=rel.id,
            kind=rel.kind,
            source=rel.source,
            target=rel.target,
            points=[self.point(p) for p in item.points()],
            dashed=notation.dashed,
            start_head=start_head,
            end_head=end_head,
            colour=colour,
        )
        label = item.label_rect()
        if not label.isNull():
            line.label = TextBox(
                self.box(label),
                [self.run(item.label_text(), theme.small_font, theme.muted_ink)],
            )
        note = item.note_rect()
        if not note.isNull():
            line.note = TextBox(
                self.box(note),
                [self.run(item.note_text(), theme.small_font, theme.ink)],
                align="l",
                anchor="t",
                inset=(7.0, 6.0),
            )
        line.end_labels = [
            TextBox(self.box(rect), [self.run(text, theme.small_font, theme.ink)])
            for rect, text in item.end_labels()
        ]
        return line

    # ------------------------------------------------------------------ lanes

    def lanes(self, scene) -> list[LaneBand]:
        layer = scene.lanes
        theme = self.theme
        bands = []
        for index, lane in enumerate(layer.lanes):
            box = QRectF(lane.left, layer.top, lane.right - lane.left, layer.bottom - layer.top)
            header = QRectF(lane.left, layer.top, lane.right - lane.left, HEADER)
            runs = [self.run(lane.stage.name, theme.title_font, theme.ink)]
            if lane.stage.pain_points:
                runs.append(
                    self.run(
                        pain_points_text(len(lane.stage.pain_points)),
                        theme.small_font,
                        theme.muted_ink,
                    )
                )
            bands.append(
                LaneBand(
                    stage_id=lane.stage.id,
                    box=self.box(box),
                    header=TextBox(self.box(header), runs, inset=(8.0, 4.0)),
                    tinted=bool(index % 2),
                )
            )
        return bands
