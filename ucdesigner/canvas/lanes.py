"""The journey lane view of a diagram: the stages as vertical lanes behind the shapes,
named in a header band, and on each use case a small mark with the customer's emotion
(a signed number on a coloured disc: the number carries the meaning, the colour helps).

The lanes are drawn above system boundaries and below everything else, every other one
with a translucent tint, so a boundary that spans several lanes still shows them. They
take no clicks: the canvas behaves as without them."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ..i18n import tr
from ..model import Document, UseCase
from ..model.journey import EMOTION_LABELS, emotion_text
from ..model.lanes import HEADER, Lane, lane_bottom, lanes_of
from .items.base import LAYER_Z, NodeItem, draw_text_block
from .theme import Theme

LANES_Z = (LAYER_Z["back"] + LAYER_Z["front"]) / 2
"""Above boundaries and packages (which sit near the back layer), below nodes."""
MARK_RADIUS = 10.0


def pain_points_text(count: int) -> str:
    """The header's second line for a stage with pain points."""
    return tr("1 pain point") if count == 1 else tr("{n} pain points").format(n=count)


class LaneLayer(QGraphicsItem):
    """All the lanes of one diagram, painted as one item."""

    def __init__(self, theme: Theme) -> None:
        super().__init__()
        self.theme = theme
        self.lanes: list[Lane] = []
        self.top = 0.0
        self.bottom = 0.0
        self.setZValue(LANES_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self.setVisible(False)

    def sync(self, document: Document, diagram_id: str) -> None:
        """Follow the diagram's lane setting, the journey's stages and the shapes."""
        info = document.diagram_info(diagram_id) if document.has_diagram(diagram_id) else None
        lanes = info.lanes if info is not None else None
        if lanes is None:
            if self.isVisible():
                self.prepareGeometryChange()
                self.lanes = []
                self.setVisible(False)
            return
        new = lanes_of(document.journey, lanes)
        bottom = lane_bottom(lanes, document.shapes(diagram_id))
        if (new, lanes.y, bottom) != (self.lanes, self.top, self.bottom) or not self.isVisible():
            self.prepareGeometryChange()
            self.lanes, self.top, self.bottom = new, lanes.y, bottom
            self.setVisible(bool(new))
            self.update()

    def frame(self) -> QRectF:
        """The rectangle the lanes cover (scene coordinates; the item sits at 0, 0)."""
        if not self.lanes:
            return QRectF()
        left, right = self.lanes[0].left, self.lanes[-1].right
        return QRectF(left, self.top, right - left, self.bottom - self.top)

    def boundingRect(self) -> QRectF:
        width = self.theme.line_width
        return self.frame().adjusted(-width, -width, width, width)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if not self.lanes:
            return
        theme = self.theme
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        frame = self.frame()
        painter.setPen(Qt.PenStyle.NoPen)
        for index, lane in enumerate(self.lanes):
            if index % 2:
                painter.setBrush(QColor(theme.lane_tint))
                painter.drawRect(
                    QRectF(lane.left, self.top, lane.right - lane.left, frame.height())
                )
        header = QRectF(frame.left(), self.top, frame.width(), HEADER)
        painter.setBrush(QColor(theme.lane_header_fill))
        painter.drawRect(header)
        line = QPen(QColor(theme.lane_line))
        line.setWidthF(1.0)
        painter.setPen(line)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(frame)
        painter.drawLine(
            QPointF(frame.left(), header.bottom()), QPointF(frame.right(), header.bottom())
        )
        for lane in self.lanes[1:]:
            painter.drawLine(QPointF(lane.left, self.top), QPointF(lane.left, self.bottom))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        small = theme.small_metrics
        for lane in self.lanes:
            pains = len(lane.stage.pain_points)
            box = QRectF(lane.left + 8, self.top + 4, lane.right - lane.left - 16, HEADER - 8)
            if pains:
                box = box.adjusted(0, 0, 0, -small.height())
            draw_text_block(painter, box, lane.stage.name, theme.title_font, theme.colour("ink"))
            if pains:
                draw_text_block(
                    painter,
                    QRectF(box.left(), box.bottom(), box.width(), small.height()),
                    pain_points_text(pains),
                    theme.small_font,
                    theme.colour("muted_ink"),
                )


class EmotionMark(QGraphicsItem):
    """The customer's emotion on a use case: a disc with "+2", "0", "−1" ... at the
    top right of the shape (a child of the use case item, so it moves with it)."""

    def __init__(self, parent: NodeItem, value: int, theme: Theme) -> None:
        super().__init__(parent)
        self.theme = theme
        self.value = value
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self.place()
        self.set_value(value)

    def place(self) -> None:
        parent = self.parentItem()
        assert isinstance(parent, NodeItem)
        self.setPos(parent.width - MARK_RADIUS - 2, MARK_RADIUS + 2)

    def set_value(self, value: int) -> None:
        self.value = value
        self.setToolTip(
            tr("Customer emotion: {value} ({meaning})").format(
                value=emotion_text(value), meaning=tr(EMOTION_LABELS.get(value, ""))
            )
        )
        self.update()

    def colour(self) -> QColor:
        theme = self.theme
        name = (
            theme.emotion_positive
            if self.value > 0
            else theme.emotion_negative
            if self.value < 0
            else theme.emotion_neutral
        )
        return QColor(name)

    def boundingRect(self) -> QRectF:
        r = MARK_RADIUS + 1.5
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        pen = QPen(QColor(self.theme.background))
        pen.setWidthF(1.5)
        painter.setPen(pen)
        painter.setBrush(self.colour())
        r = MARK_RADIUS
        painter.drawEllipse(QRectF(-r, -r, 2 * r, 2 * r))
        draw_text_block(
            painter,
            QRectF(-r, -r, 2 * r, 2 * r),
            emotion_text(self.value),
            self.theme.font(self.theme.small_font_size - 1, bold=True),
            QColor("#ffffff"),
        )


def sync_marks(nodes: list[NodeItem], on: bool, theme: Theme) -> None:
    """Give every use case item an emotion mark when the lane view is on and an emotion
    is set; take the marks away otherwise."""
    for item in nodes:
        element = item.element
        mark = next((c for c in item.childItems() if isinstance(c, EmotionMark)), None)
        value = element.journey.emotion if isinstance(element, UseCase) and on else None
        if value is None:
            if mark is not None:
                mark.setParentItem(None)
                if mark.scene() is not None:
                    mark.scene().removeItem(mark)
            continue
        if mark is None:
            EmotionMark(item, value, theme)
        else:
            mark.place()
            if mark.value != value:
                mark.set_value(value)
