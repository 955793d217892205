"""The changes of one diagram drawn over its scene: added shapes and lines outlined in
green, removed ones as red ghosts where they were, moved ones with their old place faint
and an arrow to the new one, restyled or resized ones outlined in orange. Each mark has a
short word beside it, so colour is not the only carrier of meaning.

The same marks go on the editor's canvas (Compare With) and into the pictures of a
comparison report (``io.render.diff_picture``).
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsItemGroup,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsSimpleTextItem,
)

from ..i18n import tr
from ..model.compare import DiagramDiff
from ..model.diagram import Shape
from .items.edge import EdgeItem
from .scene import DiagramScene

ADDED = "#1a8a3e"
REMOVED = "#b42318"
MOVED = "#7b8794"
RESTYLED = "#d97706"
OVERLAY_Z = 1e9
"""Above every layer of the scene (boundaries, nodes, notes, lines)."""
PAD = 6.0


ASPECT_WORDS = {
    "added": QT_TRANSLATE_NOOP("", "added"),
    "removed": QT_TRANSLATE_NOOP("", "removed"),
    "moved": QT_TRANSLATE_NOOP("", "moved"),
    "resized": QT_TRANSLATE_NOOP("", "resized"),
    "restyled": QT_TRANSLATE_NOOP("", "restyled"),
    "rerouted": QT_TRANSLATE_NOOP("", "rerouted"),
    "changed": QT_TRANSLATE_NOOP("", "changed"),
}
"""The words beside the marks (passed through ``tr`` when drawn)."""


def _words(aspects: tuple[str, ...]) -> str:
    return ", ".join(tr(ASPECT_WORDS.get(a, a)) for a in aspects)


def _pen(colour: str, width: float = 2.5, dashed: bool = False, alpha: int = 255) -> QPen:
    qcolour = QColor(colour)
    qcolour.setAlpha(alpha)
    pen = QPen(qcolour, width)
    pen.setCosmetic(False)
    if dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


def _rect(shape: Shape) -> QRectF:
    return QRectF(shape.x, shape.y, shape.width, shape.height).adjusted(-PAD, -PAD, PAD, PAD)


class DiffOverlay(QGraphicsItemGroup):
    """All the marks of one diagram's changes, as one item on top of the scene."""

    def __init__(
        self,
        change: DiagramDiff,
        names: Mapping[str, str],
        scene_edges: Mapping[str, EdgeItem],
        old_ends: Mapping[str, tuple[str, str]],
        old_shapes: Mapping[str, Shape],
    ) -> None:
        super().__init__()
        self._scene_edges = scene_edges
        self._old_ends = old_ends
        self.setZValue(OVERLAY_Z)
        self.marks: dict[str, QRectF] = {}
        """Where each changed element's mark is (scene coordinates), for stepping."""
        for shape in change.shapes:
            self._shape_marks(shape.element, shape.old, shape.new, shape.aspects, names)
        old_centres = {key: _rect(shape).center() for key, shape in old_shapes.items()}
        self._edge_marks(change, old_centres)

    def _shape_marks(
        self,
        element: str,
        old: Shape | None,
        new: Shape | None,
        aspects: tuple[str, ...],
        names: Mapping[str, str],
    ) -> None:
        if new is None and old is not None:
            box = _rect(old)
            ghost = self._box(box, REMOVED, dashed=True, fill="#fde8e7")
            name = names.get(element, element)
            if len(name) > 24:
                name = name[:23] + "…"
            label = QGraphicsSimpleTextItem(name, ghost)
            label.setBrush(QBrush(QColor(REMOVED)))
            label.setPos(box.center() - label.boundingRect().center())
            self._tag(box, tr("removed"), REMOVED)
            self.marks[element] = box
            return
        assert new is not None
        box = _rect(new)
        if "added" in aspects:
            self._box(box, ADDED)
            self._tag(box, tr("added"), ADDED)
        elif "moved" in aspects and old is not None:
            before = _rect(old)
            self._box(before, MOVED, dashed=True, alpha=150)
            self._arrow(before.center(), box.center(), MOVED)
            self._box(box, MOVED, width=2.0)
            self._tag(box, _words(aspects), MOVED)
            self.marks[element] = box.united(before)
            return
        else:
            self._box(box, RESTYLED)
            self._tag(box, _words(aspects), RESTYLED)
        self.marks[element] = box

    def _edge_marks(self, change: DiagramDiff, old_centres: dict[str, QPointF]) -> None:
        scene_items = self._scene_edges
        for edge in change.edges:
            colour = {"added": ADDED, "removed": REMOVED}.get(edge.aspects[0], RESTYLED)
            item = scene_items.get(edge.element) if edge.new is not None else None
            if item is not None:
                path = QGraphicsPathItem(item.line_path(), self)
                path.setPen(_pen(colour, 5.0, alpha=110))
                bounds = item.sceneBoundingRect()
                self._tag_at(
                    item.line_path().pointAtPercent(0.5),
                    _words(edge.aspects),
                    colour,
                )
                self.marks[edge.element] = bounds
            elif edge.old is not None and edge.element in self._old_ends:
                source, target = self._old_ends[edge.element]
                if source in old_centres and target in old_centres:
                    line = QPainterPath(old_centres[source])
                    line.lineTo(old_centres[target])
                    ghost = QGraphicsPathItem(line, self)
                    ghost.setPen(_pen(REMOVED, 2.0, dashed=True))
                    bounds = line.boundingRect()
                    self._tag_at(line.pointAtPercent(0.5), tr("removed"), REMOVED)
                    self.marks[edge.element] = bounds

    def _box(
        self,
        rect: QRectF,
        colour: str,
        dashed: bool = False,
        fill: str | None = None,
        alpha: int = 255,
        width: float = 2.5,
    ) -> QGraphicsRectItem:
        box = QGraphicsRectItem(rect, self)
        box.setPen(_pen(colour, width, dashed, alpha))
        if fill:
            tint = QColor(fill)
            tint.setAlpha(200)
            box.setBrush(QBrush(tint))
        return box

    def _tag_at(self, point: QPointF, text: str, colour: str) -> None:
        """A tag just right of and below a point on a line (clear of its keyword)."""
        self._tag(QRectF(point + QPointF(8, 24), point + QPointF(8, 24)), text, colour)

    def _tag(self, rect: QRectF, text: str, colour: str) -> None:
        tag = QGraphicsSimpleTextItem(text, self)
        font = QFont()
        font.setPointSizeF(8.5)
        font.setBold(True)
        tag.setFont(font)
        tag.setBrush(QBrush(QColor(colour)))
        size = tag.boundingRect()
        back = QGraphicsRectItem(QRectF(0, 0, size.width() + 6, size.height()), self)
        back.setBrush(QBrush(QColor("#ffffff")))
        back.setPen(_pen(colour, 1.0))
        back.setPos(rect.left(), rect.top() - size.height() - 2)
        tag.setPos(rect.left() + 3, rect.top() - size.height() - 2)
        tag.setZValue(1)

    def _arrow(self, start: QPointF, end: QPointF, colour: str) -> None:
        line = QLineF(start, end)
        if line.length() < 1:
            return
        path = QPainterPath(start)
        path.lineTo(end)
        shaft = QGraphicsPathItem(path, self)
        shaft.setPen(_pen(colour, 2.0))
        angle = math.atan2(-line.dy(), line.dx())
        size = 12.0
        head = QPolygonF(
            [
                end,
                end - QPointF(math.cos(angle - 0.4) * size, -math.sin(angle - 0.4) * size),
                end - QPointF(math.cos(angle + 0.4) * size, -math.sin(angle + 0.4) * size),
            ]
        )
        tip = QPainterPath()
        tip.addPolygon(head)
        tip.closeSubpath()
        arrowhead = QGraphicsPathItem(tip, self)
        arrowhead.setPen(_pen(colour, 1.0))
        arrowhead.setBrush(QBrush(QColor(colour)))


def add_diff_overlay(
    scene: DiagramScene,
    change: DiagramDiff,
    names: Mapping[str, str],
    old_ends: Mapping[str, tuple[str, str]],
    old_shapes: Mapping[str, Shape],
) -> DiffOverlay:
    """Put the marks of ``change`` on ``scene`` (showing the newer version); ``names``
    names removed elements, ``old_ends`` and ``old_shapes`` (the older version of the
    diagram) place the ghosts of removed lines."""
    edges = {e.element_id: e for e in scene.edge_items()}
    overlay = DiffOverlay(change, names, edges, old_ends, old_shapes)
    scene.addItem(overlay)
    return overlay


def overlay_items(overlay: QGraphicsItem) -> list[QGraphicsItem]:
    """The marks inside an overlay (for tests and stepping)."""
    return list(overlay.childItems())
