"""A comment: a note with a folded corner and its text, left-aligned and wrapped."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPolygonF

from ...model import Comment
from ...model.sizing import COMMENT_MAX_WIDTH, COMMENT_WIDTH
from ..theme import Theme
from .base import TOP_LEFT_WRAP, WRAP, NodeItem, draw_text_block

FOLD = 12.0


class CommentItem(NodeItem):
    kind = "comment"
    layer = "notes"
    min_size = (80.0, 36.0)
    element: Comment

    def text_rect(self) -> QRectF:
        pad = self.theme.padding
        fold = min(FOLD, self.width / 3, self.height / 3)
        return QRectF(pad, pad * 0.7, self.width - 2 * pad - fold / 2, self.height - 1.4 * pad)

    def compute_bounds(self) -> QRectF:
        # A body longer than the note overflows below it rather than being cut off.
        rect = self.text_rect()
        needed = self.text_metrics().boundingRect(
            QRectF(rect.left(), rect.top(), rect.width(), 100_000),
            TOP_LEFT_WRAP,
            self.element.body,
        )
        return super().compute_bounds().united(needed.adjusted(-2, -2, 2, 2))

    def paint_notation(self, painter: QPainter) -> None:
        w, h = self.width, self.height
        fold = min(FOLD, w / 3, h / 3)
        outline = QPolygonF(
            [QPointF(0, 0), QPointF(w - fold, 0), QPointF(w, fold), QPointF(w, h), QPointF(0, h)]
        )
        painter.setPen(self.line_pen())
        painter.setBrush(self.theme.brush(self.fill_colour(self.theme.comment_fill)))
        painter.drawPolygon(outline)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolyline(
            QPolygonF([QPointF(w - fold, 0), QPointF(w - fold, fold), QPointF(w, fold)])
        )
        draw_text_block(
            painter,
            self.text_rect(),
            self.element.body,
            self.text_font(),
            self.theme.colour("ink"),
            TOP_LEFT_WRAP,
        )

    @classmethod
    def preferred_size(cls, element: Comment, theme: Theme) -> tuple[float, float]:
        # As model.sizing.comment_size estimates it headless: 200 wide, wider (up to
        # 420) while the text would make the note taller than wide.
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(WRAP)
        width = COMMENT_WIDTH
        while True:
            inner = width - 2 * theme.padding - FOLD / 2
            text_h = theme.name_metrics.boundingRect(
                QRectF(0, 0, inner, 10_000), flags, element.body or " "
            ).height()
            height = float(round(max(cls.min_size[1], text_h + 1.4 * theme.padding + 4)))
            if height <= width or width >= COMMENT_MAX_WIDTH:
                return (width, height)
            width += 20.0
