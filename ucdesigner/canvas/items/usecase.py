"""A use case: an ellipse with its name centred and wrapped, stereotypes above it and an
extension points compartment below a line when it has any."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPainterPath

from ...model import UseCase
from ...model.sizing import POINTS_HEADER, TEXT_SHARE, fit_ellipse, keyword_room
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
POINTS_GAP = 8.0
"""Space between the name and the extension points heading (the line sits halfway)."""


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

    def texts(self) -> tuple[str, str, list[str]]:
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

    def text_blocks(self) -> list[tuple[QRectF, str, QFont, str, int]]:
        """The texts drawn inside the ellipse, top to bottom, each wrapped in its block:
        (block rectangle in item coordinates, text, font, colour role, alignment flags).
        The painting and the layout quality report both read them."""
        return self.cached("blocks", self._measure_blocks)

    def _measure_blocks(self) -> list[tuple[QRectF, str, QFont, str, int]]:
        theme = self.theme
        rect = self.body_rect()
        keywords, name, points = self._blocks()
        inner_w = rect.width() * INNER
        left = rect.center().x() - inner_w / 2
        name_h, key_h, points_h = self.cached("heights", self._heights)
        total = key_h + name_h + (POINTS_GAP + points_h if points else 0.0)
        top = rect.center().y() - total / 2
        blocks = []
        if keywords:
            blocks.append(
                (
                    QRectF(left, top, inner_w, key_h),
                    keywords,
                    theme.small_font,
                    "muted_ink",
                    CENTRE_WRAP,
                )
            )
        blocks.append(
            (QRectF(left, top + key_h, inner_w, name_h), name, self.text_font(), "ink", CENTRE_WRAP)
        )
        if points:
            small_h = theme.small_metrics.height()
            y = top + key_h + name_h + POINTS_GAP
            header_font = theme.font(theme.small_font_size, bold=True)
            blocks.append(
                (
                    QRectF(left, y, inner_w, small_h),
                    POINTS_HEADER,
                    header_font,
                    "muted_ink",
                    CENTRE_WRAP,
                )
            )
            blocks.append(
                (
                    QRectF(left, y + small_h, inner_w, points_h),
                    "\n".join(points),
                    theme.small_font,
                    "ink",
                    TOP_CENTRE_WRAP,
                )
            )
        return blocks

    def _name_top(self) -> float:
        """Where the keywords line (or else the name) starts, local coordinates."""
        name_h, key_h, points_h = self.cached("heights", self._heights)
        gap = 8.0 if points_h else 0.0
        return self.body_rect().center().y() - (key_h + name_h + gap + points_h) / 2

    def name_field_rect(self, height: float) -> QRectF:
        """Where a name field at least ``height`` high (and as high as the name) fits over
        the name inside the outline (local coordinates): centred on the name, as wide as
        the ellipse allows there."""
        rect = self.body_rect()
        name_h, key_h, _points_h = self.cached("heights", self._heights)
        middle = self._name_top() + key_h + name_h / 2
        height = max(height, name_h)
        top, bottom = middle - height / 2, middle + height / 2
        margin = self.line_pen().widthF() + 2
        half = min(_chord_half_width(rect, top), _chord_half_width(rect, bottom)) - margin
        half = max(half, rect.width() * INNER / 2)
        return QRectF(rect.center().x() - half, top, 2 * half, height)

    def paint_notation(self, painter: QPainter) -> None:
        theme = self.theme
        rect = self.body_rect()
        painter.setPen(self.line_pen())
        painter.setBrush(theme.brush(self.fill_colour(theme.usecase_fill)))
        painter.drawEllipse(rect)
        blocks = self.text_blocks()
        for block, text, font, colour, flags in blocks:
            draw_text_block(painter, block, text, font, theme.colour(colour), flags)
        if self.element.extension_points:
            # The compartment line sits halfway between the name and the points heading.
            line_y = blocks[-2][0].top() - POINTS_GAP / 2
            half = _chord_half_width(rect, line_y)
            painter.setPen(self.line_pen())
            painter.drawLine(
                QPointF(rect.center().x() - half, line_y), QPointF(rect.center().x() + half, line_y)
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
        if element.stereotypes:
            keywords = keyword_text(element.stereotypes)
            longest = max(longest, keyword_room(small.horizontalAdvance(keywords)))
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
