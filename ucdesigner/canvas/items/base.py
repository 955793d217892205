"""What every node item shares: it shows one model element through one Shape, asks the
theme for every pen and font, and can tell where a line toward it meets its outline."""

from __future__ import annotations

import math
from typing import ClassVar

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ...layout import geometry
from ...model import NodeElement, Shape
from ..theme import Theme

WRAP = Qt.TextFlag.TextWordWrap
CENTRE = Qt.AlignmentFlag.AlignCenter
# Combining Qt flags goes through Python's enum machinery on every call; the
# combinations the items draw with are computed once.
CENTRE_WRAP = int(CENTRE) | int(WRAP)
TOP_LEFT = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop)
TOP_CENTRE = int(Qt.AlignmentFlag.AlignHCenter) | int(Qt.AlignmentFlag.AlignTop)
TOP_CENTRE_WRAP = TOP_CENTRE | int(WRAP)
TOP_LEFT_WRAP = TOP_LEFT | int(WRAP)
DONT_CLIP = int(Qt.TextFlag.TextDontClip)

LAYER_Z = {"back": 0.0, "front": 1_000_000.0, "edges": 2_000_000.0, "notes": 3_000_000.0}
"""Boundaries and packages at the back; lines above the shapes they join (they end at
the outlines, so they only cover a shape they really cross) so that keywords and
condition notes stay readable; comments on top."""


def keyword_text(names: tuple[str, ...]) -> str:
    """Stereotypes as UML writes them: «a, b»."""
    return "«" + ", ".join(names) + "»" if names else ""


class HoverMark:
    """Keeps ``hovered`` up to date for items that draw a hover mark (never in pictures)."""

    hovered = False

    def hoverEnterEvent(self, event) -> None:
        self.hovered = True
        self.update()  # type: ignore[attr-defined]
        super().hoverEnterEvent(event)  # type: ignore[misc]

    def hoverLeaveEvent(self, event) -> None:
        self.hovered = False
        self.update()  # type: ignore[attr-defined]
        super().hoverLeaveEvent(event)  # type: ignore[misc]


class NodeItem(HoverMark, QGraphicsItem):
    """The canvas item of one shape. Subclasses paint the notation of their kind."""

    kind: ClassVar[str] = ""
    layer: ClassVar[str] = "front"
    min_size: ClassVar[tuple[float, float]] = (40.0, 30.0)

    def __init__(self, element: NodeElement, shape: Shape, theme: Theme) -> None:
        super().__init__()
        self.element = element
        self.model_shape = shape
        self.theme = theme
        self._geometry: dict[str, object] = {}
        """Text layout and outlines in item coordinates, measured once per element and
        shape: Qt asks for them on every paint, hit test and index update."""
        self._bounds: QRectF | None = None
        """``boundingRect``, kept apart from the rest: while shapes are dragged Qt asks
        every item for it at every repaint."""
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.hovered = False
        self.mark: str | None = None
        """Feedback while a line is drawn: "allowed" or "refused" (None: no mark)."""
        self._apply_shape(shape)

    # ------------------------------------------------------------------ model -> item

    @property
    def element_id(self) -> str:
        return self.model_shape.element

    def set_element(self, element: NodeElement) -> None:
        """Show a changed element (new name, stereotypes...)."""
        self.prepareGeometryChange()
        self.element = element
        self._forget_geometry()
        self.update()

    def set_shape(self, shape: Shape) -> None:
        """Show a changed shape (moved, resized, restyled)."""
        self.prepareGeometryChange()
        self._apply_shape(shape)
        self.update()

    def _apply_shape(self, shape: Shape) -> None:
        self.model_shape = shape
        self._forget_geometry()
        self.setPos(shape.x, shape.y)
        self.setZValue(LAYER_Z[self.layer] + shape.z)

    def setPos(self, *position) -> None:
        """Move the item; its lines follow (what Qt's ``ItemPositionHasChanged`` would
        say, without a Python call for every other change Qt reports on an item)."""
        super().setPos(*position)
        scene = self.scene()
        if scene is not None and hasattr(scene, "node_moved"):
            scene.node_moved(self)

    def _forget_geometry(self) -> None:
        self._geometry.clear()
        self._bounds = None

    def cached(self, key: str, compute):
        """``compute()``, measured once until the element or the shape changes."""
        value = self._geometry.get(key)
        if value is None:
            value = self._geometry[key] = compute()
        return value

    # ------------------------------------------------------------------ geometry

    @property
    def width(self) -> float:
        return self.model_shape.width

    @property
    def height(self) -> float:
        return self.model_shape.height

    def body_rect(self) -> QRectF:
        """The shape's own rectangle in item coordinates."""
        return QRectF(0, 0, self.model_shape.width, self.model_shape.height)

    def boundingRect(self) -> QRectF:
        # The kept rectangle itself, not a copy (Qt copies it): nothing may change it.
        bounds = self._bounds
        if bounds is None:
            bounds = self._bounds = self.compute_bounds()
        return bounds

    def compute_bounds(self) -> QRectF:
        """The area painted, in item coordinates (``boundingRect`` keeps it)."""
        margin = self.theme.line_width + 4
        return self.body_rect().adjusted(-margin, -margin, margin, margin)

    def shape(self) -> QPainterPath:
        return QPainterPath(self.cached("outline", self.compute_shape))

    def compute_shape(self) -> QPainterPath:
        """The outline that takes clicks, in item coordinates (``shape`` keeps it)."""
        path = QPainterPath()
        path.addRect(self.body_rect())
        return path

    def scene_body_rect(self) -> QRectF:
        """The body rectangle in scene coordinates."""
        pos = self.pos()
        shape = self.model_shape
        return QRectF(pos.x(), pos.y(), shape.width, shape.height)

    def anchor(self) -> QPointF:
        """Where lines aim at, in scene coordinates (the centre of the body)."""
        return QPointF(*self.anchor_xy())

    def clip_point(self, toward: QPointF) -> QPointF:
        """Where the line from the anchor toward ``toward`` (scene) leaves the outline."""
        return QPointF(*self.exit_xy(toward.x(), toward.y()))

    # Lines are re-routed at every mouse-move while shapes are dragged: these work in
    # plain numbers, without making Qt points and rectangles for each step.

    def body_box(self) -> tuple[float, float, float, float]:
        """Left, top, right and bottom of the body in scene coordinates."""
        pos = self.pos()
        x, y = pos.x(), pos.y()
        shape = self.model_shape
        return x, y, x + shape.width, y + shape.height

    def anchor_xy(self) -> tuple[float, float]:
        """``anchor()`` as x and y."""
        left, top, right, bottom = self.body_box()
        return (left + right) / 2, (top + bottom) / 2

    def exit_xy(self, x: float, y: float) -> tuple[float, float]:
        """``clip_point`` toward the scene point (x, y), as x and y."""
        left, top, right, bottom = self.body_box()
        return box_exit(left, top, right, bottom, (left + right) / 2, (top + bottom) / 2, x, y)

    def contains_scene_point(self, point: QPointF) -> bool:
        return self.shape().contains(self.mapFromScene(point))

    # ------------------------------------------------------------------ painting helpers

    def fill_colour(self, default: str) -> str:
        return self.model_shape.style.fill or default

    def line_pen(self, dashed: bool = False) -> QPen:
        return self.theme.pen(self.model_shape.style.line, dashed=dashed)

    def text_font(self, bold: bool = False) -> QFont:
        size = self.model_shape.style.font_size
        if size is None and not bold:
            return self.theme.name_font
        return self.theme.font(size, bold=bold)

    def text_metrics(self, bold: bool = False) -> QFontMetricsF:
        if self.model_shape.style.font_size is None:
            return self.theme.name_metrics if not bold else QFontMetricsF(self.theme.title_font)
        return QFontMetricsF(self.text_font(bold))

    def draw_selection(self, painter: QPainter, option: QStyleOptionGraphicsItem) -> None:
        """Selection, hover and connection marks; never drawn for pictures."""
        if not self.theme.show_selection:
            return
        if self.model_shape.pinned:
            self.draw_pin(painter)
        frame = self.body_rect().adjusted(-3, -3, 3, 3)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self.mark is not None:
            pen = self.theme.mark_pen(refused=self.mark == "refused")
            painter.setPen(pen)
            painter.drawRoundedRect(frame.adjusted(-2, -2, 2, 2), 4, 4)
        # isSelected() is what the scene puts in option.state; reading option.state
        # would make PySide build QStyle's enums (~14 ms) before the first paint.
        if self.isSelected():
            painter.setPen(self.theme.selection_pen())
            painter.drawRect(frame)
        elif self.hovered:
            painter.setPen(self.theme.hover_pen())
            painter.drawRect(frame)

    def draw_pin(self, painter: QPainter) -> None:
        """A small pin at the top right: the shape is marked Keep Position (the screen
        only; pictures use a theme without selection marks)."""
        x, y = self.model_shape.width - 7.0, 7.0
        painter.save()
        pen = QPen(QColor(self.theme.accent))
        pen.setWidthF(1.6)
        painter.setPen(pen)
        painter.drawLine(QPointF(x, y + 3), QPointF(x - 3.5, y + 9))
        painter.setBrush(self.theme.brush(self.theme.accent))
        painter.drawEllipse(QPointF(x, y), 3.5, 3.5)
        painter.restore()

    def set_mark(self, mark: str | None) -> None:
        """Show (or clear) the "allowed"/"refused" feedback of the connection tool."""
        if mark != self.mark:
            self.mark = mark
            self.update()

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        self.paint_notation(painter)
        self.draw_selection(painter, option)

    def paint_notation(self, painter: QPainter) -> None:
        raise NotImplementedError

    # ------------------------------------------------------------------ sizing

    @classmethod
    def preferred_size(cls, element: NodeElement, theme: Theme) -> tuple[float, float]:
        """A size that shows the element's text without clipping."""
        return cls.min_size


def rect_exit(rect: QRectF, start: QPointF, toward: QPointF) -> QPointF:
    """Where the ray from ``start`` (inside ``rect``) toward ``toward`` leaves ``rect``;
    ``toward`` itself when it lies inside."""
    return QPointF(
        *box_exit(
            rect.left(), rect.top(), rect.right(), rect.bottom(),
            start.x(), start.y(), toward.x(), toward.y(),
        )
    )  # fmt: skip


def box_exit(
    left: float, top: float, right: float, bottom: float,
    sx: float, sy: float, tx: float, ty: float,
) -> tuple[float, float]:  # fmt: skip
    """``rect_exit`` in plain numbers: the ray from (sx, sy) toward (tx, ty) leaving the
    box; (tx, ty) itself when it lies inside. The automatic layout clips lines with the
    same function, so its routes end where the canvas draws them."""
    return geometry.box_exit((left, top, right, bottom), sx, sy, tx, ty)


def ellipse_exit(rect: QRectF, toward: QPointF) -> QPointF:
    """Where the ray from the centre of the ellipse in ``rect`` toward ``toward`` leaves it."""
    return QPointF(
        *oval_exit(rect.left(), rect.top(), rect.right(), rect.bottom(), toward.x(), toward.y())
    )


def oval_exit(
    left: float, top: float, right: float, bottom: float, tx: float, ty: float
) -> tuple[float, float]:
    """``ellipse_exit`` in plain numbers, for the ellipse in the box."""
    cx, cy = (left + right) / 2, (top + bottom) / 2
    dx, dy = tx - cx, ty - cy
    a, b = (right - left) / 2, (bottom - top) / 2
    if (dx == 0 and dy == 0) or a <= 0 or b <= 0:
        return cx, cy
    t = 1 / math.sqrt((dx / a) ** 2 + (dy / b) ** 2)
    if t >= 1:
        return tx, ty
    return cx + dx * t, cy + dy * t


def draw_text_block(
    painter: QPainter,
    rect: QRectF,
    text: str,
    font: QFont,
    colour,
    flags: int = CENTRE_WRAP,
) -> None:
    """Draw wrapped text in ``rect``; text that needs more room overflows, never clips."""
    painter.setFont(font)
    painter.setPen(colour)
    painter.drawText(rect, flags | DONT_CLIP, text)
