"""A relationship on a diagram: one item class; what differs between the kinds (dash,
arrowhead, keyword) is data in ``NOTATION``.

The line runs from the source shape through the bend points to the target shape and is
clipped at both outlines. Keywords sit mid-line on a white halo; an extend's condition
and extension points are shown in a note attached to it (UML 2.5, figure 18.3).
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ...layout.geometry import along, box_meets_outline
from ...model import Association, Edge, Extend, Relationship, UseCase
from ..strokes import draw_line_path
from ..theme import Theme
from .base import LAYER_Z, TOP_LEFT_WRAP, WRAP, HoverMark, NodeItem, keyword_text, rect_exit


@dataclass(frozen=True)
class EdgeNotation:
    dashed: bool
    head: str | None
    """Arrowhead at the target: "open", "triangle" or None."""
    keyword: str | None


NOTATION: dict[str, EdgeNotation] = {
    "association": EdgeNotation(False, None, None),
    "include": EdgeNotation(True, "open", "include"),
    "extend": EdgeNotation(True, "open", "extend"),
    "generalization": EdgeNotation(False, "triangle", None),
    "dependency": EdgeNotation(True, "open", None),
    "comment_link": EdgeNotation(True, None, None),
}

HIT_WIDTH = 10.0
CENTRE = int(Qt.AlignmentFlag.AlignCenter)
LEFT_WRAP = int(Qt.AlignmentFlag.AlignLeft) | int(WRAP)
NOTE_GAP = 34.0


class EdgeItem(HoverMark, QGraphicsItem):
    """The canvas item of one edge (a relationship drawn between two node items)."""

    layer = "edges"

    def __init__(
        self,
        relationship: Relationship,
        edge: Edge,
        source: NodeItem,
        target: NodeItem,
        theme: Theme,
    ) -> None:
        super().__init__()
        self.relationship = relationship
        self.model_edge = edge
        self.source_item = source
        self.target_item = target
        self.theme = theme
        self.notation = NOTATION[relationship.kind]
        self._points: list[QPointF] = []
        self._label_rect = QRectF()
        self._note_rect = QRectF()
        self._note_text = ""
        self._bounds = QRectF()
        self._texts_for: tuple | None = None
        self.setZValue(LAYER_Z[self.layer])
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setAcceptHoverEvents(True)
        self.hovered = False
        self.update_geometry()

    # ------------------------------------------------------------------ model -> item

    @property
    def element_id(self) -> str:
        return self.relationship.id

    def set_relationship(self, relationship: Relationship) -> None:
        self.relationship = relationship
        self.notation = NOTATION[relationship.kind]
        self.update_geometry()

    def set_edge(self, edge: Edge) -> None:
        self.model_edge = edge
        self.update_geometry()

    def set_ends(self, source: NodeItem, target: NodeItem) -> None:
        self.source_item, self.target_item = source, target
        self.update_geometry()

    # ------------------------------------------------------------------ geometry

    def waypoints(self) -> list[QPointF]:
        return [QPointF(p.x, p.y) for p in self.model_edge.waypoints]

    def _bends(self) -> list[QPointF]:
        """The bend points as Qt points, made once per edge value (not at every move)."""
        edge = self.model_edge
        if getattr(self, "_bends_of", None) is not edge:
            self._bends_of = edge
            self._bend_points = self.waypoints()
        return self._bend_points

    def update_geometry(self) -> None:
        """Recompute the clipped line and the labels from the end items (scene coords)."""
        self.prepareGeometryChange()
        bends = self._bends()
        source, target = self.source_item, self.target_item
        # Plain numbers until the end: this runs for every attached line at every
        # mouse-move while shapes are dragged.
        if bends:
            first, last = bends[0], bends[-1]
            sx, sy = source.exit_xy(first.x(), first.y())
            tx, ty = target.exit_xy(last.x(), last.y())
        else:
            sx, sy = source.exit_xy(*target.anchor_xy())
            tx, ty = target.exit_xy(*source.anchor_xy())
        self._points = [QPointF(sx, sy), *bends, QPointF(tx, ty)]
        self._layout_labels()
        self._spots = self._multiplicity_spots()
        self._bounds = self._compute_bounds()
        self.update()

    def points(self) -> list[QPointF]:
        """The drawn polyline in scene coordinates, clipped at both shapes."""
        return list(self._points)

    def midpoint(self) -> QPointF:
        """The point halfway along the polyline."""
        return pointalong(self._points, 0.5)

    def label_text(self) -> str:
        """Keyword, stereotypes and name, one per line."""
        rel = self.relationship
        keywords = [self.notation.keyword] if self.notation.keyword else []
        keywords += [s for s in rel.stereotypes if s not in keywords]
        lines = [keyword_text(tuple(keywords))] if keywords else []
        if rel.name:
            lines.append(rel.name)
        return "\n".join(lines)

    def note_text(self) -> str:
        """An extend's condition (and the extension points it uses), as its attached note
        shows them; empty when the extend has no condition (UML makes the note optional,
        and an extension point alone is shown in the properties, not as clutter)."""
        rel = self.relationship
        if not isinstance(rel, Extend) or not rel.condition.strip():
            return ""
        lines = [f"Condition: {{{rel.condition.strip()}}}"]
        target = self.target_item.element
        if rel.extension_points and isinstance(target, UseCase):
            names = [
                (target.extension_point(p).name or p) if target.extension_point(p) else p
                for p in rel.extension_points
            ]
            label = "extension point" if len(names) == 1 else "extension points"
            lines.append(f"{label}: {', '.join(names)}")
        return "\n".join(lines)

    def _text_size(self, text: str, width: float, flags: int) -> QSizeF:
        # Measuring text is the costly part of re-routing a line while shapes are dragged;
        # the texts rarely change, so the theme keeps their sizes.
        return self.theme.small_text_size(text, width, flags)

    def label_rect(self) -> QRectF:
        """Where the keyword/name label is drawn (scene coordinates; null when none)."""
        return QRectF(self._label_rect)

    def note_rect(self) -> QRectF:
        """Where an extend's condition note is drawn (scene coordinates; null when none)."""
        return QRectF(self._note_rect)

    def end_labels(self) -> list[tuple[QRectF, str]]:
        """The role names and multiplicities drawn: where (scene coordinates), and the text."""
        return [(self._text_rect(centre, text), text) for centre, text in self._spots]

    def arrowheads(self) -> list[tuple[str, QPointF, QPointF]]:
        """The arrowheads drawn: ("open" or "triangle", the point before the tip, the tip)."""
        points = self._points
        if len(points) < 2:
            return []
        heads = []
        if self.notation.head is not None:
            heads.append((self.notation.head, points[-2], points[-1]))
        rel = self.relationship
        # UML draws an arrowhead only on a one-way association: navigable both ways, or
        # with no navigability shown, a use case association is a plain line.
        if isinstance(rel, Association) and rel.target_end.navigable != rel.source_end.navigable:
            if rel.target_end.navigable:
                heads.append(("open", points[-2], points[-1]))
            else:
                heads.append(("open", points[1], points[0]))
        return heads

    def arrowhead_polygons(self) -> list[QPolygonF]:
        """The area each arrowhead covers (scene coordinates)."""
        size = self.theme.arrow_size
        polygons = []
        for kind, before, tip in self.arrowheads():
            left, right = arrow_wings(before, tip, size, 30 if kind == "triangle" else 27)
            polygons.append(QPolygonF([tip, left, right]))
        return polygons

    def shift(self, dx: float, dy: float) -> None:
        """Move the drawn line as a whole (both of its shapes moved by the same offset)."""
        self.prepareGeometryChange()
        delta = QPointF(dx, dy)
        self._points = [p + delta for p in self._points]
        for rect in (self._label_rect, self._note_rect, self._bounds):
            if not rect.isNull():
                rect.translate(delta)
        self.update()

    def _texts(self) -> tuple[str, str]:
        """``label_text()`` and ``note_text()``, made again only when the relationship or
        the element at the target (whose extension points the note names) changes."""
        rel, target = self.relationship, self.target_item.element
        known = self._texts_for
        if known is None or known[0] is not rel or known[1] is not target:
            known = self._texts_for = (rel, target, self.label_text(), self.note_text())
        return known[2], known[3]

    def _layout_labels(self) -> None:
        text, note = self._texts()
        if not text and not note:  # most lines: nothing to place (this runs at every move)
            self._label_rect = QRectF()
            self._note_text = ""
            self._note_rect = QRectF()
            return
        mid = self.midpoint()
        offset = QPointF(self.model_edge.label_offset.x, self.model_edge.label_offset.y)
        if text:
            size = self._text_size(text, 400, CENTRE)
            centre = mid + offset
            self._label_rect = QRectF(
                centre.x() - size.width() / 2 - 3,
                centre.y() - size.height() / 2 - 1,
                size.width() + 6,
                size.height() + 2,
            )
        else:
            self._label_rect = QRectF()
        self._note_text = note
        if self._note_text:
            size = self._text_size(self._note_text, 220, LEFT_WRAP)
            pad = 7.0
            width, height = size.width() + 2 * pad, size.height() + 2 * pad - 2
            anchor = self._label_rect.center() if text else mid + offset
            # Beside the line, not on it: below a flat line, to the right of a steep one.
            normal = note_direction(self._points)
            reach = NOTE_GAP / 2 + abs(normal.x()) * width / 2 + abs(normal.y()) * height / 2
            if text:
                reach += abs(normal.y()) * self._label_rect.height() / 2
            centre = anchor + normal * reach
            centre += QPointF(self.model_edge.note_offset.x, self.model_edge.note_offset.y)
            self._note_rect = QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)
        else:
            self._note_rect = QRectF()

    def _multiplicity_spots(self) -> list[tuple[QPointF, str]]:
        rel = self.relationship
        if (
            not isinstance(rel, Association)
            or self.model_edge.hide_end_labels
            or len(self._points) < 2
        ):
            return []
        spots = []
        for end, near, far, item in (
            (rel.source_end, self._points[0], self._points[1], self.source_item),
            (rel.target_end, self._points[-1], self._points[-2], self.target_item),
        ):
            if end.multiplicity:
                spots.append(
                    (self._clear_spot(item, near, far, 1, end.multiplicity), end.multiplicity)
                )
            if end.role:
                spots.append((self._clear_spot(item, near, far, -1, end.role), end.role))
        return spots

    def _clear_spot(
        self, item: NodeItem, near: QPointF, far: QPointF, side: int, text: str
    ) -> QPointF:
        """Where an end's multiplicity or role name goes: beside the line near its end,
        moved along the line until it is clear of the shape at that end (a label drawn
        over the ellipse it names would cover its text)."""
        body = item.scene_body_rect()
        oval = item.kind == "usecase"
        parts = [(body.left(), body.top(), body.right(), body.bottom())]
        label_rect = getattr(item, "label_rect", None)
        if label_rect is not None and not oval:
            under = label_rect().translated(item.pos())
            parts.append((under.left(), under.top(), under.right(), under.bottom()))
        half = max(1.0, QLineF(near, far).length() / 2)
        across = self._across(near, far, text)
        for reach in END_LABEL_REACHES:
            if reach > half and reach != END_LABEL_REACHES[0]:
                break
            centre = end_label_point(near, far, side=side, reach=reach, across=across)
            rect = self._text_rect(centre, text)
            box = (rect.left(), rect.top(), rect.right(), rect.bottom())
            if not any(
                box_meets_outline(box, part, oval and i == 0) for i, part in enumerate(parts)
            ):
                return centre
        return end_label_point(near, far, side=side, across=across)

    def _across(self, near: QPointF, far: QPointF, text: str) -> float:
        """How far beside the line an end label's centre stands so that its box keeps
        clear of the line: 11 beside a flat line; more beside a steep one, where the
        text's half width reaches across."""
        line = QLineF(near, far)
        if line.length() == 0:
            return END_LABEL_ACROSS
        rect = self._text_rect(QPointF(), text)
        nx, ny = -(far.y() - near.y()) / line.length(), (far.x() - near.x()) / line.length()
        reach = abs(nx) * rect.width() / 2 + abs(ny) * rect.height() / 2
        return max(END_LABEL_ACROSS, reach + END_LABEL_GAP)

    def _text_rect(self, centre: QPointF, text: str) -> QRectF:
        metrics = self.theme.small_metrics
        width = metrics.horizontalAdvance(text) + 4
        return QRectF(
            centre.x() - width / 2, centre.y() - metrics.height() / 2, width, metrics.height()
        )

    def _compute_bounds(self) -> QRectF:
        if not self._points:
            return QRectF()
        xs = [p.x() for p in self._points]
        ys = [p.y() for p in self._points]
        margin = self.theme.arrow_size + self.theme.line_width + 2
        left, top = min(xs) - margin, min(ys) - margin
        rect = QRectF(left, top, max(xs) + margin - left, max(ys) + margin - top)
        for extra in (self._label_rect, self._note_rect):
            if not extra.isNull():
                rect = rect.united(extra.adjusted(-2, -2, 2, 2))
        for centre, text in self._spots:
            rect = rect.united(self._text_rect(centre, text).adjusted(-2, -2, 2, 2))
        return rect

    def boundingRect(self) -> QRectF:
        return self._bounds

    def line_path(self) -> QPainterPath:
        path = QPainterPath()
        if self._points:
            path.moveTo(self._points[0])
            for point in self._points[1:]:
                path.lineTo(point)
        return path

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(HIT_WIDTH)
        path = stroker.createStroke(self.line_path())
        if not self._label_rect.isNull():
            path.addRect(self._label_rect)
        if not self._note_rect.isNull():
            path.addRect(self._note_rect)
        return path

    # ------------------------------------------------------------------ painting

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        if len(self._points) < 2:
            return
        theme = self.theme
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        colour = self.model_edge.style.line
        selected = theme.show_selection and self.isSelected()  # = option's State_Selected
        if selected:
            colour = theme.accent
        if self.hovered and theme.show_selection and not selected:
            glow = QColor(theme.accent)
            glow.setAlphaF(0.25)
            painter.setPen(theme.pen(glow.name(QColor.NameFormat.HexArgb), width=6))
            painter.drawPolyline(QPolygonF(self._points))
        pen = theme.pen(colour, dashed=self.notation.dashed)
        points = list(self._points)
        if self.notation.head == "triangle":
            points[-1] = shortened(points[-2], points[-1], theme.arrow_size * 0.87)
        draw_line_path(painter, points, pen)

        solid = theme.pen(colour)
        painter.setPen(solid)
        for kind, before, tip in self.arrowheads():
            if kind == "triangle":
                self._triangle(painter, before, tip)
            else:
                self._open_arrow(painter, before, tip)

        spots = self._spots
        if self._label_rect.isNull() and not spots and not self._note_text:
            return  # a plain line: no text to draw
        painter.setFont(theme.small_font)
        if not self._label_rect.isNull():
            self._halo(painter, self._label_rect)
            painter.setPen(theme.colour("muted_ink") if not selected else QColor(theme.accent))
            painter.drawText(self._label_rect, CENTRE, self._texts()[0])
        for centre, text in spots:
            rect = self._text_rect(centre, text)
            self._halo(painter, rect)
            painter.setPen(theme.colour("ink"))
            painter.drawText(rect, CENTRE, text)
        if self._note_text:
            self._paint_note(painter, selected)

    def _paint_note(self, painter: QPainter, selected: bool) -> None:
        theme = self.theme
        rect = self._note_rect
        anchor = self._label_rect.center() if not self._label_rect.isNull() else self.midpoint()
        painter.setPen(theme.pen(theme.accent if selected else None, dashed=True))
        start = (
            rect_exit(self._label_rect, anchor, rect.center())
            if not self._label_rect.isNull()
            else anchor
        )
        painter.drawLine(start, rect_exit(rect, rect.center(), anchor))
        fold = 8.0
        outline = QPolygonF(
            [
                rect.topLeft(),
                QPointF(rect.right() - fold, rect.top()),
                QPointF(rect.right(), rect.top() + fold),
                rect.bottomRight(),
                rect.bottomLeft(),
            ]
        )
        painter.setPen(theme.pen(theme.accent if selected else None))
        painter.setBrush(theme.brush(theme.comment_fill))
        painter.drawPolygon(outline)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolyline(
            QPolygonF(
                [
                    QPointF(rect.right() - fold, rect.top()),
                    QPointF(rect.right() - fold, rect.top() + fold),
                    QPointF(rect.right(), rect.top() + fold),
                ]
            )
        )
        painter.setPen(theme.colour("ink"))
        painter.drawText(
            rect.adjusted(7, 6, -7, -4),
            TOP_LEFT_WRAP,
            self._note_text,
        )

    def _halo(self, painter: QPainter, rect: QRectF) -> None:
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        background = QColor(self.theme.background)
        background.setAlphaF(0.92)
        painter.setBrush(background)
        painter.drawRoundedRect(rect, 3, 3)
        painter.restore()

    def _open_arrow(self, painter: QPainter, before: QPointF, tip: QPointF) -> None:
        left, right = arrow_wings(before, tip, self.theme.arrow_size, 27)
        painter.drawPolyline(QPolygonF([left, tip, right]))

    def _triangle(self, painter: QPainter, before: QPointF, tip: QPointF) -> None:
        left, right = arrow_wings(before, tip, self.theme.arrow_size, 30)
        painter.setBrush(self.theme.brush(self.theme.background))
        painter.drawPolygon(QPolygonF([tip, left, right]))


def arrow_wings(
    before: QPointF, tip: QPointF, size: float, degrees: float
) -> tuple[QPointF, QPointF]:
    """The two back corners of an arrowhead at ``tip`` on the segment from ``before``."""
    angle = math.atan2(tip.y() - before.y(), tip.x() - before.x())
    spread = math.radians(degrees)
    return (
        QPointF(
            tip.x() - size * math.cos(angle - spread), tip.y() - size * math.sin(angle - spread)
        ),
        QPointF(
            tip.x() - size * math.cos(angle + spread), tip.y() - size * math.sin(angle + spread)
        ),
    )


def shortened(before: QPointF, tip: QPointF, by: float) -> QPointF:
    """``tip`` moved back toward ``before`` by ``by``."""
    line = QLineF(before, tip)
    if line.length() <= by:
        return QPointF(before)
    line.setLength(line.length() - by)
    return line.p2()


def pointalong(points: list[QPointF], fraction: float) -> QPointF:
    """The point at ``fraction`` of the polyline's length."""
    if not points:
        return QPointF()
    return QPointF(*along([(p.x(), p.y()) for p in points], fraction))


# Plain numbers (not Qt points) in the two helpers below: labelled lines are laid out
# again at every mouse-move while their shapes are dragged.


def note_direction(points: list[QPointF]) -> QPointF:
    """A unit vector across the middle of the line: downward, or rightward when steep."""
    if len(points) < 2:
        return QPointF(0, 1)
    xy = [(p.x(), p.y()) for p in points]
    mx, my = along(xy, 0.5)

    def detour(segment: tuple[tuple[float, float], tuple[float, float]]) -> float:
        (ax, ay), (bx, by) = segment
        return (
            math.hypot(mx - ax, my - ay)
            + math.hypot(bx - mx, by - my)
            - math.hypot(bx - ax, by - ay)
        )

    (ax, ay), (bx, by) = min(itertools.pairwise(xy), key=detour)
    length = math.hypot(bx - ax, by - ay)
    if length == 0:
        return QPointF(0, 1)
    nx, ny = -(by - ay) / length, (bx - ax) / length
    flip = ny < 0 if abs(ny) >= 0.5 else nx <= 0
    return QPointF(-nx, -ny) if flip else QPointF(nx, ny)


END_LABEL_REACHES = (16.0, 24.0, 32.0, 42.0, 54.0, 68.0)
"""How far along the line from its end a multiplicity or role name is tried."""


END_LABEL_ACROSS = 11.0
"""How far beside a flat line an end label's centre stands."""
END_LABEL_GAP = 3.0
"""The least room between an end label's box and its line."""


def end_label_point(
    near: QPointF,
    far: QPointF,
    side: int = 1,
    reach: float = 16.0,
    across: float = END_LABEL_ACROSS,
) -> QPointF:
    """Where a multiplicity goes: ``reach`` along the line from its end, ``across``
    beside it."""
    line = QLineF(near, far)
    if line.length() == 0:
        return QPointF(near)
    unit = (far - near) / line.length()
    normal = QPointF(-unit.y(), unit.x()) * side
    return near + unit * reach + normal * across
