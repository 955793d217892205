"""Interaction modes of the diagram view, as objects: select/move (with rubber band,
resize, reconnect and bend point drags), place an element, draw a relationship.

A tool receives mouse events in scene coordinates from ``DiagramView``, draws its
feedback in the view's foreground (never in the scene, so pictures never show it) and
changes the document only through the view's undo stack, once, when a gesture ends.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QApplication

from ..commands import operations as ops
from ..commands import texts
from ..commands.membership import members_inside
from ..i18n import tr
from ..model import ModelError, Point, Shape
from ..model.rules import connection_refusal
from .items.base import NodeItem
from .items.edge import EdgeItem
from .labels import a_kind, kind_name

if TYPE_CHECKING:
    from .view import DiagramView


class Tool:
    """Base of the interaction modes. Subclasses override what they handle."""

    name = "tool"
    cursor = Qt.CursorShape.ArrowCursor

    def __init__(self, view: DiagramView) -> None:
        self.view = view

    def status(self) -> str:
        """What the tool does, for the status bar."""
        return ""

    def press(self, event: QMouseEvent, pos: QPointF) -> None: ...

    def move(self, event: QMouseEvent, pos: QPointF) -> None: ...

    def release(self, event: QMouseEvent, pos: QPointF) -> None: ...

    def double_click(self, event: QMouseEvent, pos: QPointF) -> None: ...

    def cancel(self) -> bool:
        """Abandon the gesture in progress; False when there was none."""
        return False

    def paint(self, painter: QPainter) -> None:
        """Draw feedback over the scene (scene coordinates)."""


# ------------------------------------------------------------------------------ drags


class Drag:
    """One gesture of the select tool, from press to release."""

    cursor: Qt.CursorShape | None = None

    def __init__(self, view: DiagramView, start: QPointF) -> None:
        self.view = view
        self.start = QPointF(start)

    def move(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None: ...

    def finish(self, pos: QPointF) -> None: ...

    def cancel(self) -> None: ...

    def paint(self, painter: QPainter) -> None: ...


class MoveDrag(Drag):
    """Drag the selected shapes (and the use cases inside moving boundaries)."""

    cursor = Qt.CursorShape.SizeAllCursor

    def __init__(self, view: DiagramView, start: QPointF, grabbed: NodeItem) -> None:
        super().__init__(view, start)
        scene = view.diagram_scene
        selected = [i.element_id for i in scene.selectedItems() if isinstance(i, NodeItem)]
        self.ids = selected or [grabbed.element_id]
        self.moving = ops.carried(view.document, view.diagram_id, self.ids)
        self.origins = {
            i: QPointF(scene.node_item(i).pos()) for i in self.moving if scene.node_item(i)
        }
        self.grabbed = grabbed.element_id
        self.delta = QPointF()

    def move(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        delta = pos - self.start
        if self.view.snap_enabled and not modifiers & Qt.KeyboardModifier.AltModifier:
            origin = self.origins[self.grabbed]
            target = self.view.snap_point(origin + delta)
            delta = target - origin
        self.delta = delta
        self.view.diagram_scene.move_nodes_live({i: p + delta for i, p in self.origins.items()})

    def finish(self, pos: QPointF) -> None:
        dx, dy = round(self.delta.x(), 1), round(self.delta.y(), 1)
        try:
            if not (dx or dy):
                return
            self.view.stack.run(
                texts.move(len(self.ids)),
                lambda d: ops.move(d, self.view.diagram_id, self.ids, dx, dy),
            )
        except ModelError as error:
            self.cancel()
            self.view.show_status(str(error))
        finally:
            self.view.diagram_scene.end_live_move()

    def cancel(self) -> None:
        scene = self.view.diagram_scene
        scene.move_nodes_live(self.origins)
        scene.end_live_move()


HANDLE_CURSORS = (
    Qt.CursorShape.SizeFDiagCursor,
    Qt.CursorShape.SizeVerCursor,
    Qt.CursorShape.SizeBDiagCursor,
    Qt.CursorShape.SizeHorCursor,
    Qt.CursorShape.SizeFDiagCursor,
    Qt.CursorShape.SizeVerCursor,
    Qt.CursorShape.SizeBDiagCursor,
    Qt.CursorShape.SizeHorCursor,
)
"""Cursor per resize handle: top-left, top, top-right, right, bottom-right, bottom,
bottom-left, left."""


def handle_points(rect: QRectF) -> list[QPointF]:
    """The eight resize handles of a rectangle, clockwise from the top-left corner."""
    c = rect.center()
    return [
        rect.topLeft(),
        QPointF(c.x(), rect.top()),
        rect.topRight(),
        QPointF(rect.right(), c.y()),
        rect.bottomRight(),
        QPointF(c.x(), rect.bottom()),
        rect.bottomLeft(),
        QPointF(rect.left(), c.y()),
    ]


class ResizeDrag(Drag):
    """Drag one of the eight handles of a single selected shape. A boundary cannot
    shrink past the use cases it holds, so it keeps them."""

    def __init__(self, view: DiagramView, start: QPointF, item: NodeItem, handle: int) -> None:
        super().__init__(view, start)
        self.item = item
        self.handle = handle
        self.cursor = HANDLE_CURSORS[handle]
        self.original: Shape = item.model_shape
        self.shape: Shape = item.model_shape
        self.keep = QRectF()
        if item.kind == "subject":
            for member in members_inside(view.document, view.diagram_id, item.element_id):
                self.keep = self.keep.united(view.diagram_scene.node_item(member).scene_body_rect())

    def move(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        s = self.original
        left, top, right, bottom = s.x, s.y, s.x + s.width, s.y + s.height
        if self.view.snap_enabled and not modifiers & Qt.KeyboardModifier.AltModifier:
            pos = self.view.snap_point(pos)
        min_w, min_h = self.item.min_size
        h = self.handle
        if h in (0, 6, 7):
            left = min(pos.x(), right - min_w)
            if not self.keep.isNull():
                left = min(left, self.keep.left() - 8)
        if h in (2, 3, 4):
            right = max(pos.x(), left + min_w)
            if not self.keep.isNull():
                right = max(right, self.keep.right() + 8)
        if h in (0, 1, 2):
            top = min(pos.y(), bottom - min_h)
            if not self.keep.isNull():
                top = min(top, self.keep.top() - 8)
        if h in (4, 5, 6):
            bottom = max(pos.y(), top + min_h)
            if not self.keep.isNull():
                bottom = max(bottom, self.keep.bottom() + 8)
        self.shape = s.model_copy(
            update={
                "x": round(left, 1),
                "y": round(top, 1),
                "width": round(right - left, 1),
                "height": round(bottom - top, 1),
            }
        )
        self.item.set_shape(self.shape)
        self.view.diagram_scene.node_moved(self.item)

    def finish(self, pos: QPointF) -> None:
        if self.shape == self.original:
            return
        shape = self.shape
        self.item.set_shape(self.original)
        try:
            self.view.stack.run(
                texts.resize(self.item.element),
                lambda d: ops.set_geometry(d, self.view.diagram_id, [shape]),
            )
        except ModelError as error:
            self.view.show_status(str(error))
        self.view.diagram_scene.node_moved(self.item)

    def cancel(self) -> None:
        self.item.set_shape(self.original)
        self.view.diagram_scene.node_moved(self.item)


class BendDrag(Drag):
    """Drag a bend point of a line, or the middle of a segment to add one."""

    cursor = Qt.CursorShape.SizeAllCursor

    def __init__(
        self, view: DiagramView, start: QPointF, edge: EdgeItem, index: int | None
    ) -> None:
        super().__init__(view, start)
        self.edge = edge
        self.original = edge.model_edge
        self.points = [QPointF(p) for p in edge.waypoints()]
        if index is None:  # a new bend point on the segment that was grabbed
            index = nearest_segment(edge.points(), start)
            self.points.insert(index, QPointF(start))
            self.added = True
        else:
            self.added = False
        self.index = index

    def move(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        if self.view.snap_enabled and not modifiers & Qt.KeyboardModifier.AltModifier:
            pos = self.view.snap_point(pos)
        self.points[self.index] = QPointF(pos)
        self.edge.set_edge(self.original.model_copy(update={"waypoints": _points(self.points)}))

    def finish(self, pos: QPointF) -> None:
        self.edge.set_edge(self.original)
        coords = [(p.x(), p.y()) for p in self.points]
        text = tr("Add bend point") if self.added else tr("Move bend point")
        self.view.stack.run(
            text,
            lambda d: ops.set_waypoints(d, self.view.diagram_id, self.edge.element_id, coords),
        )

    def cancel(self) -> None:
        self.edge.set_edge(self.original)


class LabelDrag(Drag):
    """Drag a line's keyword label or an extend's condition note to another place."""

    cursor = Qt.CursorShape.SizeAllCursor

    def __init__(self, view: DiagramView, start: QPointF, edge: EdgeItem, field: str) -> None:
        super().__init__(view, start)
        self.edge = edge
        self.field = field
        """"label_offset" or "note_offset"."""
        self.original = edge.model_edge
        self.edited = edge.model_edge

    def move(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        old: Point = getattr(self.original, self.field)
        delta = pos - self.start
        offset = Point(x=round(old.x + delta.x()), y=round(old.y + delta.y()))
        self.edited = self.original.model_copy(update={self.field: offset})
        self.edge.set_edge(self.edited)

    def finish(self, pos: QPointF) -> None:
        self.edge.set_edge(self.original)
        if self.edited == self.original:
            return
        edited = self.edited
        text = tr("Move condition note") if self.field == "note_offset" else tr("Move label")
        self.view.stack.run(text, lambda d: d.update_edges(self.view.diagram_id, [edited]))

    def cancel(self) -> None:
        self.edge.set_edge(self.original)


class ReconnectDrag(Drag):
    """Drag one end of a line onto another element; the rules table decides."""

    cursor = Qt.CursorShape.CrossCursor

    def __init__(self, view: DiagramView, start: QPointF, edge: EdgeItem, end: str) -> None:
        super().__init__(view, start)
        self.edge = edge
        self.end = end
        self.pos = QPointF(start)
        self.target: NodeItem | None = None
        self.refusal: str | None = None

    def _fixed(self) -> NodeItem:
        return self.edge.target_item if self.end == "source" else self.edge.source_item

    def move(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        self.pos = QPointF(pos)
        scene = self.view.diagram_scene
        target = scene.node_at(pos)
        scene.clear_marks()
        self.target, self.refusal = target, None
        if target is None:
            self.view.viewport().setCursor(Qt.CursorShape.CrossCursor)
            self.view.show_status(tr("Release on the element this end should go to."))
            return
        rel = self.edge.relationship
        fixed = self._fixed().element
        source, new_target = (
            (target.element, fixed) if self.end == "source" else (fixed, target.element)
        )
        self.refusal = connection_refusal(
            rel.kind, source, new_target, self.view.document, ignore=rel.id
        )
        target.set_mark("refused" if self.refusal else "allowed")
        self.view.viewport().setCursor(
            Qt.CursorShape.ForbiddenCursor if self.refusal else Qt.CursorShape.CrossCursor
        )
        self.view.show_status(self.refusal or tr("Release to reconnect the line here."))

    def finish(self, pos: QPointF) -> None:
        self.move(pos, Qt.KeyboardModifier.NoModifier)
        self.view.diagram_scene.clear_marks()
        if self.target is None or self.refusal:
            return
        rel = self.edge.relationship
        target_id = self.target.element_id
        if target_id == getattr(rel, self.end):
            return
        try:
            self.view.stack.run(
                tr("Reconnect {what}").format(what=rel.describe()),
                lambda d: ops.reconnect(d, self.view.diagram_id, rel.id, **{self.end: target_id}),
            )
        except ModelError as error:
            self.view.show_status(str(error))

    def cancel(self) -> None:
        self.view.diagram_scene.clear_marks()

    def paint(self, painter: QPainter) -> None:
        paint_rubber_line(painter, self._fixed().anchor(), self.pos, bool(self.refusal))


class RubberBand(Drag):
    """Drag on empty canvas: select what lies entirely inside the rectangle."""

    cursor = Qt.CursorShape.CrossCursor

    def __init__(self, view: DiagramView, start: QPointF, adding: bool) -> None:
        super().__init__(view, start)
        self.rect = QRectF(start, start)
        self.adding = adding
        scene = view.diagram_scene
        self.before = set(scene.selected_ids()) if adding else set()

    def move(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        self.view.viewport().update()
        self.rect = QRectF(self.start, pos).normalized()
        scene = self.view.diagram_scene
        inside = {
            i.element_id
            for i in scene.items(self.rect, Qt.ItemSelectionMode.ContainsItemShape)
            if isinstance(i, NodeItem | EdgeItem)
        }
        scene.select_ids(self.before | inside)
        self.view.viewport().update()

    def cancel(self) -> None:
        self.view.diagram_scene.select_ids(self.before)

    def paint(self, painter: QPainter) -> None:
        accent = QColor(self.view.diagram_scene.theme.accent)
        pen = QPen(accent)
        pen.setCosmetic(True)
        painter.setPen(pen)
        fill = QColor(accent)
        fill.setAlphaF(0.08)
        painter.setBrush(fill)
        painter.drawRect(self.rect)


# ------------------------------------------------------------------------------ tools


class SelectTool(Tool):
    """Click to select (Ctrl/Shift to add or remove), drag to move, drag on empty
    canvas for a rubber band, drag handles to resize, reconnect or bend."""

    name = "select"

    def __init__(self, view: DiagramView) -> None:
        super().__init__(view)
        self.pending: Drag | None = None
        self.drag: Drag | None = None
        self.press_view = QPointF()

    def status(self) -> str:
        return tr(
            "Select: click an element, drag to move it, drag on empty canvas to select "
            "several; double-click or F2 renames."
        )

    def press(self, event: QMouseEvent, pos: QPointF) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        view, scene = self.view, self.view.diagram_scene
        self.press_view = event.position()
        toggling = bool(
            event.modifiers()
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        )
        handle = view.handle_at(event.position())
        if handle is not None and not toggling:
            kind, item, index = handle
            if kind == "resize":
                self.drag = ResizeDrag(view, pos, item, index)
            elif kind == "end":
                self.drag = ReconnectDrag(view, pos, item, "source" if index == 0 else "target")
            else:
                self.drag = BendDrag(view, pos, item, index)
            return
        item = scene.item_at(pos)
        if item is None:
            if not toggling:
                scene.clearSelection()
            self.pending = RubberBand(view, pos, adding=toggling)
            return
        if toggling:
            item.setSelected(not item.isSelected())
            if not item.isSelected():
                return
        elif not item.isSelected():
            scene.clearSelection()
            item.setSelected(True)
        if isinstance(item, NodeItem):
            self.pending = MoveDrag(view, pos, item)
        elif item.note_rect().contains(pos):
            self.pending = LabelDrag(view, pos, item, "note_offset")
        elif item.label_rect().contains(pos):
            self.pending = LabelDrag(view, pos, item, "label_offset")
        else:
            self.pending = BendDrag(view, pos, item, None)

    def move(self, event: QMouseEvent, pos: QPointF) -> None:
        if self.pending is not None:
            distance = (event.position() - self.press_view).manhattanLength()
            if distance >= QApplication.startDragDistance():
                self.drag, self.pending = self.pending, None
        if self.drag is not None:
            if self.drag.cursor is not None:
                self.view.viewport().setCursor(self.drag.cursor)
            self.drag.move(pos, event.modifiers())
            self.view.viewport().update()
            return
        if not event.buttons():
            self._hover_cursor(event)

    def _hover_cursor(self, event: QMouseEvent) -> None:
        handle = self.view.handle_at(event.position())
        cursor = Qt.CursorShape.ArrowCursor
        if handle is not None:
            kind, _item, index = handle
            cursor = (
                HANDLE_CURSORS[index] if kind == "resize" else Qt.CursorShape.PointingHandCursor
            )
        self.view.viewport().setCursor(cursor)

    def release(self, event: QMouseEvent, pos: QPointF) -> None:
        drag, self.drag, self.pending = self.drag, None, None
        if drag is not None:
            drag.finish(pos)
        self.view.viewport().setCursor(Qt.CursorShape.ArrowCursor)
        self.view.viewport().update()

    def double_click(self, event: QMouseEvent, pos: QPointF) -> None:
        handle = self.view.handle_at(event.position())
        if handle is not None and handle[0] == "bend":
            _kind, edge, index = handle
            points = [(p.x(), p.y()) for i, p in enumerate(edge.waypoints()) if i != index]
            self.view.stack.run(
                tr("Remove bend point"),
                lambda d: ops.set_waypoints(d, self.view.diagram_id, edge.element_id, points),
            )
            return
        item = self.view.diagram_scene.node_at(pos)
        if item is not None:
            self.view.start_rename(item.element_id)

    def cancel(self) -> bool:
        drag, self.drag, self.pending = self.drag, None, None
        if drag is None:
            return False
        drag.cancel()
        self.view.viewport().update()
        return True

    def paint(self, painter: QPainter) -> None:
        if self.drag is not None:
            self.drag.paint(painter)


class PlaceTool(Tool):
    """Click on the canvas to place a new element of one kind there."""

    name = "place"
    cursor = Qt.CursorShape.CrossCursor

    def __init__(self, view: DiagramView, kind: str) -> None:
        super().__init__(view)
        self.kind = kind

    def status(self) -> str:
        return tr(
            "Click on the diagram to place {a_kind}, or press Enter to place it in the "
            "middle (Esc cancels)."
        ).format(a_kind=a_kind(self.kind))

    def press(self, event: QMouseEvent, pos: QPointF) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.view.place_element(self.kind, pos)
            self.view.finish_tool()


class ConnectTool(Tool):
    """Press on the source, drag to the target, release: a new relationship. Allowed
    targets are marked; over a refused one the cursor says no and the status bar why."""

    name = "connect"
    cursor = Qt.CursorShape.CrossCursor

    def __init__(self, view: DiagramView, kind: str) -> None:
        super().__init__(view)
        self.kind = kind
        self.source: NodeItem | None = None
        self.target: NodeItem | None = None
        self.refusal: str | None = None
        self.pos = QPointF()

    def status(self) -> str:
        return tr(
            "Draw {a_kind}: press on the element it starts from, drag to the other one "
            "and release (Esc cancels)."
        ).format(a_kind=a_kind(self.kind))

    def press(self, event: QMouseEvent, pos: QPointF) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        scene = self.view.diagram_scene
        source = scene.node_at(pos)
        if source is None:
            self.view.show_status(self.status())
            return
        self.source, self.pos = source, QPointF(pos)
        document = self.view.document
        marks: dict[str, str | None] = {}
        for item in scene.node_items():
            if item is not source:
                allowed = (
                    connection_refusal(self.kind, source.element, item.element, document) is None
                )
                marks[item.element_id] = "allowed" if allowed else None
        scene.set_marks(marks)

    def move(self, event: QMouseEvent, pos: QPointF) -> None:
        if self.source is None:
            return
        self.pos = QPointF(pos)
        scene = self.view.diagram_scene
        target = scene.node_at(pos)
        if self.target is not None and self.target is not target:
            ok = (
                connection_refusal(
                    self.kind, self.source.element, self.target.element, self.view.document
                )
                is None
            )
            self.target.set_mark("allowed" if ok else None)
        self.target, self.refusal = target, None
        if target is not None:
            self.refusal = connection_refusal(
                self.kind, self.source.element, target.element, self.view.document
            )
            target.set_mark("refused" if self.refusal else "allowed")
        self.view.viewport().setCursor(
            Qt.CursorShape.ForbiddenCursor if self.refusal else Qt.CursorShape.CrossCursor
        )
        if self.refusal:
            self.view.show_status(self.refusal)
        elif target is not None:
            self.view.show_status(
                tr("Release to draw the {kind} to {target}.").format(
                    kind=kind_name(self.kind), target=target.element.describe()
                )
            )
        else:
            self.view.show_status(tr("Drag to the element the line should go to."))
        self.view.viewport().update()

    def release(self, event: QMouseEvent, pos: QPointF) -> None:
        if self.source is None:
            return
        self.move(event, pos)
        source, target, refusal = self.source, self.target, self.refusal
        self._reset()
        if target is None:
            return
        if refusal:
            self.view.show_status(refusal)  # stays visible: why nothing was drawn
            return
        if self.view.connect(self.kind, source.element_id, target.element_id):
            self.view.finish_tool()

    def _reset(self) -> None:
        self.source = self.target = None
        self.refusal = None
        self.view.diagram_scene.clear_marks()
        self.view.viewport().setCursor(self.cursor)
        self.view.viewport().update()

    def cancel(self) -> bool:
        if self.source is None:
            return False
        self._reset()
        return True

    def paint(self, painter: QPainter) -> None:
        if self.source is not None:
            paint_rubber_line(painter, self.source.anchor(), self.pos, bool(self.refusal))


# ------------------------------------------------------------------------------ helpers


def paint_rubber_line(painter: QPainter, start: QPointF, end: QPointF, refused: bool) -> None:
    """The line that follows the mouse while a relationship is drawn or reconnected."""
    colour = QColor("#c62828" if refused else "#1a73e8")
    pen = QPen(colour, 1.5, Qt.PenStyle.DashLine)
    pen.setCosmetic(True)
    painter.setPen(pen)
    painter.drawLine(QLineF(start, end))


def nearest_segment(points: list[QPointF], pos: QPointF) -> int:
    """Index (into the bend point list) where a point grabbed on the line is inserted."""
    best, best_index = math.inf, 0
    for index in range(len(points) - 1):
        distance = _segment_distance(points[index], points[index + 1], pos)
        if distance < best:
            best, best_index = distance, index
    return best_index


def _segment_distance(a: QPointF, b: QPointF, p: QPointF) -> float:
    dx, dy = b.x() - a.x(), b.y() - a.y()
    length = dx * dx + dy * dy
    t = (
        0.0
        if length == 0
        else max(0.0, min(1.0, ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / length))
    )
    return math.hypot(a.x() + t * dx - p.x(), a.y() + t * dy - p.y())


def _points(points: list[QPointF]) -> tuple:
    return tuple(Point(x=p.x(), y=p.y()) for p in points)
