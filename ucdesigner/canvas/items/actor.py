"""An actor: a stick figure with its name below (UML's default), or a box with the
«actor» keyword; the notation comes from the shape's style or the theme."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainter, QPainterPath

from ...model import Actor
from ..theme import Theme
from .base import TOP_CENTRE_WRAP, NodeItem, box_exit, draw_text_block, keyword_text

LABEL_WIDTH = 150.0


class ActorItem(NodeItem):
    kind = "actor"
    layer = "front"
    min_size = (40.0, 60.0)
    element: Actor

    @property
    def notation(self) -> str:
        return self.model_shape.style.notation or self.theme.actor_notation

    # --------------------------------------------------------------- geometry

    def _label_text(self) -> str:
        keywords = keyword_text(self.element.stereotypes)
        return f"{keywords}\n{self.element.name}" if keywords else self.element.name

    def label_rect(self) -> QRectF:
        """Where the name goes under the stick figure (item coordinates)."""
        # Measured once: lines follow the actor while it is dragged.
        return QRectF(self.cached("label", self._measure_label))

    def _measure_label(self) -> QRectF:
        width = max(LABEL_WIDTH, self.width)
        text = self._label_text() or " "
        metrics = self.text_metrics()
        height = metrics.boundingRect(QRectF(0, 0, width, 10_000), TOP_CENTRE_WRAP, text).height()
        return QRectF((self.width - width) / 2, self.height + 4, width, height)

    def exit_xy(self, x: float, y: float) -> tuple[float, float]:
        # Lines end at the figure, or below the name when they leave through it.
        px, py = super().exit_xy(x, y)
        if self.notation == "stick":
            left, top, right, bottom = self.cached("name_box", self._name_box)
            pos = self.pos()
            ox, oy = pos.x(), pos.y()
            left, top, right, bottom = left + ox, top + oy, right + ox, bottom + oy
            if left <= px <= right and top <= py <= bottom:
                px, py = box_exit(left, top, right, bottom, px, py, x, y)
        return px, py

    def _name_box(self) -> tuple[float, float, float, float]:
        """The name area (item coordinates), reaching a little above the text."""
        area = self._name_area()
        return area.left(), area.top() - 6, area.right(), area.bottom()

    def _name_area(self) -> QRectF:
        return QRectF(self.cached("name_area", self._measure_name_area))

    def name_area(self) -> QRectF:
        """Where the name is written under the stick figure (item coordinates)."""
        return self._name_area()

    def _measure_name_area(self) -> QRectF:
        label = self.label_rect()
        text_w = min(label.width(), self.text_metrics().horizontalAdvance(self.element.name) + 8)
        return QRectF(label.center().x() - text_w / 2, label.top(), text_w, label.height())

    def compute_bounds(self) -> QRectF:
        rect = super().compute_bounds()
        if self.notation == "stick":
            rect = rect.united(self.label_rect().adjusted(-2, -2, 2, 2))
        return rect

    def compute_shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.body_rect())
        if self.notation == "stick":
            path.addRect(self._name_area())
        return path

    # --------------------------------------------------------------- painting

    def paint_notation(self, painter: QPainter) -> None:
        if self.notation == "box":
            self._paint_box(painter)
        else:
            self._paint_stick(painter)

    def stick_figure(self) -> tuple[QRectF, list[tuple[QPointF, QPointF]]]:
        """The stick figure in item coordinates: the head's rectangle and the lines of
        the body, the arms and the legs (what the canvas paints and slides rebuild)."""
        w, h = self.width, self.height
        cx = w / 2
        head = min(w * 0.5, h * 0.24)
        neck = 1 + head
        hip = neck + (h - neck) * 0.46
        arms = neck + (h - neck) * 0.16
        return QRectF(cx - head / 2, 1, head, head), [
            (QPointF(cx, neck), QPointF(cx, hip)),
            (QPointF(cx - w * 0.46, arms), QPointF(cx + w * 0.46, arms)),
            (QPointF(cx, hip), QPointF(cx - w * 0.38, h - 1)),
            (QPointF(cx, hip), QPointF(cx + w * 0.38, h - 1)),
        ]

    def _paint_stick(self, painter: QPainter) -> None:
        head, limbs = self.stick_figure()
        painter.setPen(self.line_pen())
        painter.setBrush(self.theme.brush(self.fill_colour(self.theme.actor_fill)))
        painter.drawEllipse(head)
        for start, end in limbs:
            painter.drawLine(start, end)
        flags = TOP_CENTRE_WRAP
        label = self.label_rect()
        keywords = keyword_text(self.element.stereotypes)
        if keywords:
            small_h = self.theme.small_metrics.height()
            draw_text_block(
                painter,
                QRectF(label.left(), label.top(), label.width(), small_h),
                keywords,
                self.theme.small_font,
                self.theme.colour("muted_ink"),
                flags,
            )
            label = label.adjusted(0, small_h, 0, 0)
        draw_text_block(
            painter, label, self.element.name, self.text_font(), self.theme.colour("ink"), flags
        )

    def _paint_box(self, painter: QPainter) -> None:
        rect = self.body_rect()
        painter.setPen(self.line_pen())
        painter.setBrush(self.theme.brush(self.fill_colour(self.theme.actor_fill)))
        painter.drawRect(rect)
        keywords = keyword_text(("actor", *self.element.stereotypes))
        small_h = self.theme.small_metrics.height()
        pad = self.theme.padding
        name_h = rect.height() - 2 * pad - small_h
        draw_text_block(
            painter,
            QRectF(pad, pad, rect.width() - 2 * pad, small_h),
            keywords,
            self.theme.small_font,
            self.theme.colour("muted_ink"),
        )
        draw_text_block(
            painter,
            QRectF(pad, pad + small_h, rect.width() - 2 * pad, max(name_h, small_h)),
            self.element.name,
            self.text_font(bold=True),
            self.theme.colour("ink"),
        )

    @classmethod
    def preferred_size(cls, element: Actor, theme: Theme) -> tuple[float, float]:
        if theme.actor_notation == "box":
            return box_size(element, theme)
        return (48.0, 84.0)


def box_size(element: Actor, theme: Theme) -> tuple[float, float]:
    """The size of an actor drawn as a box with «actor» and its name."""
    metrics = theme.name_metrics
    text_w = max(
        metrics.horizontalAdvance(element.name),
        theme.small_metrics.horizontalAdvance(keyword_text(("actor", *element.stereotypes))),
    )
    width = min(max(110.0, text_w + 2 * theme.padding + 8), 240.0)
    return (float(round(width)), 64.0)
