"""The UML diagram frame: a rectangle around the diagram with its heading in a pentagon
at the top-left corner, ``uc [name]`` ("uc" in bold: the kind of diagram, UML 2.5
annex A). It is not a model element: the scene places it around its content (see
``DiagramScene.sync_frame``), on the canvas and in pictures, prints and the report
alike. It takes no clicks and cannot be selected."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPainterPath, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from .theme import Theme

KIND = "uc"
"""The frame's kind keyword for a use case diagram."""
GAP = 16.0
"""Space between the diagram's content and the frame, in diagram units."""
FRAME_Z = -1000.0
"""Behind everything: only its outline and heading show."""


class FrameItem(QGraphicsItem):
    """The frame around ``content`` (scene coordinates), headed ``uc [name]``."""

    def __init__(self, content: QRectF, name: str, theme: Theme) -> None:
        super().__init__()
        self.theme = theme
        self.name = ""
        self.content = QRectF()
        self.frame = QRectF()
        self.heading = QRectF()
        self.kind_width = 0.0
        self.setZValue(FRAME_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, False)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, False)
        self.place(content, name)

    def place(self, content: QRectF, name: str) -> None:
        """Put the frame around ``content`` with the heading ``uc [name]`` (nothing
        happens when both are as they were)."""
        if self.name == name and self.content == content and not self.frame.isNull():
            return
        self.prepareGeometryChange()
        self.name = name
        self.content = QRectF(content)
        theme = self.theme
        bold = QFontMetricsF(theme.title_font)
        plain = theme.name_metrics
        pad = theme.padding * 0.6
        self.kind_width = bold.horizontalAdvance(KIND + " ")
        heading = QRectF(
            0,
            0,
            pad * 2 + self.kind_width + plain.horizontalAdvance(self.heading_name()) + pad,
            max(bold.height(), plain.height()) + pad * 2,
        )
        frame = content.adjusted(-GAP, -GAP - heading.height(), GAP, GAP)
        if frame.width() < heading.width() + GAP:
            frame.setWidth(heading.width() + GAP)
        heading.moveTopLeft(frame.topLeft())
        self.frame = frame
        self.heading = heading
        self.update()

    def heading_name(self) -> str:
        return f"[{self.name}]" if self.name else ""

    def boundingRect(self) -> QRectF:
        half = self.theme.line_width
        return self.frame.adjusted(-half, -half, half, half)

    def shape(self) -> QPainterPath:
        # Nothing to hit: clicks, hover and the rubber band go through to what is behind.
        return QPainterPath()

    def paint(
        self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None
    ) -> None:
        theme = self.theme
        painter.setPen(theme.pen())
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self.frame)
        h = self.heading
        cut = h.height() * 0.35
        painter.drawPolyline(
            QPolygonF(
                [
                    QPointF(h.right(), h.top()),
                    QPointF(h.right(), h.bottom() - cut),
                    QPointF(h.right() - cut, h.bottom()),
                    QPointF(h.left(), h.bottom()),
                ]
            )
        )
        pad = theme.padding * 0.6
        text = h.adjusted(pad, 0, -pad, 0)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.setPen(theme.colour("ink"))
        painter.setFont(theme.title_font)
        painter.drawText(text, flags, KIND)
        painter.setFont(theme.name_font)
        painter.drawText(text.adjusted(self.kind_width, 0, 0, 0), flags, self.heading_name())
