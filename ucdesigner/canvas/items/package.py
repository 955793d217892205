"""A package: a folder with a tab; the name sits in the body, stereotypes above it."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPainterPath

from ...model import Package
from ..theme import Theme
from .base import TOP_CENTRE, NodeItem, draw_text_block, keyword_text

TAB_HEIGHT = 16.0


class PackageItem(NodeItem):
    kind = "package"
    layer = "back"
    min_size = (100.0, 60.0)
    element: Package

    def tab_rect(self) -> QRectF:
        return QRectF(0, 0, min(self.width * 0.4, 120.0), TAB_HEIGHT)

    def body_only(self) -> QRectF:
        return QRectF(0, TAB_HEIGHT, self.width, max(1.0, self.height - TAB_HEIGHT))

    def compute_shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.tab_rect())
        path.addRect(self.body_only())
        return path

    def paint_notation(self, painter: QPainter) -> None:
        painter.setPen(self.line_pen())
        painter.setBrush(self.theme.brush(self.fill_colour(self.theme.package_fill)))
        painter.drawRect(self.tab_rect())
        painter.drawRect(self.body_only())
        pad = self.theme.padding
        body = self.body_only().adjusted(pad, pad * 0.6, -pad, -pad)
        flags = TOP_CENTRE
        if self.element.stereotypes:
            small_h = self.theme.small_metrics.height()
            draw_text_block(
                painter,
                QRectF(body.left(), body.top(), body.width(), small_h),
                keyword_text(self.element.stereotypes),
                self.theme.small_font,
                self.theme.colour("muted_ink"),
                flags,
            )
            body = body.adjusted(0, small_h, 0, 0)
        draw_text_block(
            painter,
            body,
            self.element.name,
            self.text_font(bold=True),
            self.theme.colour("ink"),
            flags,
        )

    @classmethod
    def preferred_size(cls, element: Package, theme: Theme) -> tuple[float, float]:
        width = theme.name_metrics.horizontalAdvance(element.name) + 2 * theme.padding + 16
        return (float(round(max(cls.min_size[0], min(width, 320.0)))), 80.0)
