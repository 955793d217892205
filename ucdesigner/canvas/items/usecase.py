"""A use case: an ellipse with its name centred and wrapped, stereotypes above it and an
extension points compartment below a line when it has any."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFontMetricsF, QPainter, QPainterPath

from ...model import UseCase
from ...model.sizing import POINTS_HEADER, TEXT_SHARE, fit_ellipse
from ..theme import Theme
from .base import (
    CENTRE_WRAP,
    TOP_CENTRE_WRAP,
    NodeItem,
    draw_text_block,
    keyword_text,
    oval_exit,
)

INNER = TEXT_SHARE


class UseCaseItem(NodeItem):
    kind = "usecase"
    layer = "front"
    min_size = (140.0, 60.0)
    element: UseCase

    def compute_shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(self.body_rect())
        return path

    def exit_xy(self, x: float, y: float) -> tuple[float, float]:
        return oval_exit(*self.body_box(), x, y)

    def compute_bounds(self) -> QRectF:
        # Text that needs more room than the ellipse gives overflows; it must be repainted.
        return super().compute_bounds().united(self._text_extent().adjusted(-2, -2, 2, 2))

    def _text_extent(self) -> QRectF:
        rect = self.body_rect()
        keywords, name, points = self._blocks()
        inner_w = rect.width() * INNER
        small = self.theme.small_metrics
        name_box = _wrapped_box(self.text_metrics(), inner_w, name)
        width, total = max(inner_w, name_box.width()), name_box.height()
        total += small.height() if keywords else 0.0
        if points:
            points_box = _wrapped_box(small, inner_w, "\n".join(points))
            width = max(width, points_box.width())
            total += 8 + small.height() + points_box.height()
        return QRectF(rect.center().x() - width / 2, rect.center().y() - total / 2, width, total)

    def text_blocks(self) -> tuple[str, str, list[str]]:
        """The keywords line, the name and the extension point names, as drawn."""
        return self._blocks()

    def _blocks(self) -> tuple[str, str, list[str]]:
        points = [p.name or "(unnamed)" for p in self.element.extension_points]
        return keyword_text(self.element.stereotypes), self.element.name, points

    def _heights(self) -> tuple[float, float, float]:
        """Heights of the name, the keywords line and the extension points block."""
        keywords, name, points = self._blocks()
        inner_w = self.body_rect().width() * INNER
        small = self.theme.small_metrics
        name_h = _wrapped_height(self.text_metrics(), inner_w, name)
        key_h = small.height() if keywords else 0.0
        points_h = (
            small.height() + _wrapped_height(small, inner_w, "\n".join(points)) if points else 0.0
        )
        return name_h, key_h, points_h

    def paint_notation(self, painter: QPainter) -> None:
        theme = self.theme
        rect = self.body_rect()
        painter.setPen(self.line_pen())
        painter.setBrush(theme.brush(self.fill_colour(theme.usecase_fill)))
        painter.drawEllipse(rect)

        keywords, name, points = self._blocks()
        inner_w = rect.width() * INNER
        small = theme.small_metrics
        name_h, key_h, points_h = self.cached("heights", self._heights)
        if not points:
            top = rect.center().y() - (name_h + key_h) / 2
            self._paint_name(painter, rect, top, inner_w, keywords, key_h, name, name_h)
            return
        points_text = "\n".join(points)
        gap = 8.0
        total = key_h + name_h + gap + points_h
        top = rect.center().y() - total / 2
        self._paint_name(painter, rect, top, inner_w, keywords, key_h, name, name_h)
        line_y = top + key_h + name_h + gap / 2
        half = _chord_half_width(rect, line_y)
        painter.setPen(self.line_pen())
        painter.drawLine(
            QPointF(rect.center().x() - half, line_y), QPointF(rect.center().x() + half, line_y)
        )
        left = rect.center().x() - inner_w / 2
        y = line_y + gap / 2
        draw_text_block(
            painter,
            QRectF(left, y, inner_w, small.height()),
            POINTS_HEADER,
            theme.font(theme.small_font_size, bold=True),
            theme.colour("muted_ink"),
        )
        draw_text_block(
            painter,
            QRectF(left, y + small.height(), inner_w, points_h),
            points_text,
            theme.small_font,
            theme.colour("ink"),
            TOP_CENTRE_WRAP,
        )

    def _paint_name(
        self,
        painter: QPainter,
        rect: QRectF,
        top: float,
        inner_w: float,
        keywords: str,
        key_h: float,
        name: str,
        name_h: float,
    ) -> None:
        left = rect.center().x() - inner_w / 2
        if keywords:
            draw_text_block(
                painter,
                QRectF(left, top, inner_w, key_h),
                keywords,
                self.theme.small_font,
                self.theme.colour("muted_ink"),
            )
        draw_text_block(
            painter,
            QRectF(left, top + key_h, inner_w, name_h),
            name,
            self.text_font(),
            self.theme.colour("ink"),
        )

    @classmethod
    def preferred_size(cls, element: UseCase, theme: Theme) -> tuple[float, float]:
        metrics = theme.name_metrics
        small = theme.small_metrics
        points = "\n".join(p.name or "(unnamed)" for p in element.extension_points)

        def text_height(inner: float) -> float:
            height = _wrapped_height(metrics, inner, element.name)
            if element.stereotypes:
                height += small.height()
            if points:
                height += 8 + small.height() + _wrapped_height(small, inner, points)
            return height

        longest = max((metrics.horizontalAdvance(w) for w in element.name.split()), default=0.0)
        if points:
            header = QFontMetricsF(theme.font(theme.small_font_size, bold=True))
            longest = max(longest, header.horizontalAdvance(POINTS_HEADER))
        return fit_ellipse(
            metrics.horizontalAdvance(element.name), longest, text_height, cls.min_size
        )


def _wrapped_box(metrics, width: float, text: str) -> QRectF:
    """The rectangle ``text`` takes wrapped to ``width`` (wider if a word does not fit)."""
    return metrics.boundingRect(QRectF(0, 0, width, 10_000), CENTRE_WRAP, text or " ")


def _wrapped_height(metrics, width: float, text: str) -> float:
    return _wrapped_box(metrics, width, text).height()


def _chord_half_width(rect: QRectF, y: float) -> float:
    """Half the width of the ellipse in ``rect`` at height ``y``."""
    a, b = rect.width() / 2, rect.height() / 2
    dy = (y - rect.center().y()) / b if b else 0
    return a * max(0.0, 1 - dy * dy) ** 0.5
