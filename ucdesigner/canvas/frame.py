"""The UML diagram frame: a rectangle around the diagram with its heading in a pentagon
at the top-left corner, ``uc [name]`` ("uc" in bold: the kind of diagram, UML 2.5
annex A). Pictures, prints and the report draw it when asked; it is not a model
element."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from .theme import Theme

KIND = "uc"
"""The frame's kind keyword for a use case diagram."""
GAP = 16.0
"""Space between the diagram's content and the frame, in diagram units."""


class FrameItem(QGraphicsItem):
    """The frame around ``content`` (scene coordinates), headed ``uc [name]``."""

    def __init__(self, content: QRectF, name: str, theme: Theme) -> None:
        super().__init__()
        self.theme = theme
        self.name = name
        self.setZValue(-1000)  # behind everything: only its outline and heading show
        bold = QFontMetricsF(theme.title_font)
        plain = theme.name_metrics
        pad = theme.padding * 0.6
        self.kind_width = bold.horizontalAdvance(KIND + " ")
        self.heading = QRectF(
            0,
            0,
            pad * 2 + self.kind_width + plain.horizontalAdvance(self.heading_name()) + pad,
            max(bold.height(), plain.height()) + pad * 2,
        )
        frame = content.adjusted(-GAP, -GAP - self.heading.height(), GAP, GAP)
        if frame.width() < self.heading.width() + GAP:
            frame.setWidth(self.heading.width() + GAP)
        self.frame = frame
        self.heading.moveTopLeft(frame.topLeft())

    def heading_name(self) -> str:
        return f"[{self.name}]" if self.name else ""

    def boundingRect(self) -> QRectF:
        half = self.theme.line_width
        return self.frame.adjusted(-half, -half, half, half)

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
