"""A system boundary: a rectangle with the subject's name in bold at the top left.

Only the frame and the title band take clicks, so a rubber band can start inside it."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPainterPath

from ...model import Subject
from ..theme import Theme
from .base import TOP_LEFT, NodeItem, draw_text_block, keyword_text

GRIP = 6.0
"""How far from the frame a click still counts as on it."""


class SubjectItem(NodeItem):
    kind = "subject"
    layer = "back"
    min_size = (160.0, 120.0)
    element: Subject

    def title_rect(self) -> QRectF:
        pad = self.theme.padding
        height = self.text_metrics(bold=True).height()
        if self.element.stereotypes:
            height += self.theme.small_metrics.height()
        return QRectF(pad, pad * 0.8, self.width - 2 * pad, height)

    def compute_shape(self) -> QPainterPath:
        outer = QPainterPath()
        outer.addRect(self.body_rect().adjusted(-GRIP, -GRIP, GRIP, GRIP))
        inner = QPainterPath()
        inner.addRect(self.body_rect().adjusted(GRIP, GRIP, -GRIP, -GRIP))
        band = outer.subtracted(inner)
        title = QPainterPath()
        title.addRect(self.title_rect())
        return band.united(title)

    def paint_notation(self, painter: QPainter) -> None:
        painter.setPen(self.line_pen())
        painter.setBrush(self.theme.brush(self.fill_colour(self.theme.subject_fill)))
        painter.drawRect(self.body_rect())
        title = self.title_rect()
        flags = TOP_LEFT
        if self.element.stereotypes:
            small_h = self.theme.small_metrics.height()
            draw_text_block(
                painter,
                QRectF(title.left(), title.top(), title.width(), small_h),
                keyword_text(self.element.stereotypes),
                self.theme.small_font,
                self.theme.colour("muted_ink"),
                flags,
            )
            title = title.adjusted(0, small_h, 0, 0)
        draw_text_block(
            painter,
            title,
            self.element.name,
            self.text_font(bold=True),
            self.theme.colour("ink"),
            flags,
        )

    @classmethod
    def preferred_size(cls, element: Subject, theme: Theme) -> tuple[float, float]:
        # Room for a column of use cases: a boundary is placed first and filled after.
        title = theme.name_metrics.horizontalAdvance(element.name) * 1.1 + 2 * theme.padding
        return (float(round(max(320.0, min(title + 40, 640.0)))), 440.0)
