"""The view of one diagram: zoom, pan, grid and snap, the current tool, selection
handles, drops from the palette and the model browser, inline rename and arrow-key
moves. Everything it changes goes through the document's undo stack."""

from __future__ import annotations

import math
from collections.abc import Hashable, Sequence

from PySide6.QtCore import QLineF, QPoint, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QWidget

from ..commands import UndoStack, texts
from ..commands import operations as ops
from ..i18n import tr
from ..model import Document, Edge, ModelError, Shape, new_id
from ..model.diagram import ShapeStyle
from ..model.elements import NODE_TYPES, RELATIONSHIP_TYPES
from .focus_order import reading_order, spoken
from .inline_edit import InlineEditor
from .items.actor import ActorItem
from .items.base import NodeItem
from .items.edge import EdgeItem
from .items.registry import preferred_size
from .items.usecase import UseCaseItem
from .labels import default_name, kind_name
from .scene import DiagramScene
from .tools import ConnectTool, PlaceTool, SelectTool, Tool, handle_points

KIND_MIME = "application/x-ucdesigner-kind"
"""Drag data from the palette: the element kind to place (``b"usecase"``)."""
ELEMENTS_MIME = "application/x-ucdesigner-elements"
"""Drag data from the model browser: element ids, one per line."""

MIN_ZOOM, MAX_ZOOM = 0.1, 8.0
OPENING_MIN_ZOOM = 0.5
"""A drawing that does not fit opens zoomed out to fit, but not below this."""
OPENING_MS = 800
"""How long after its first show the canvas still fits the drawing to its new size (the
window manager and the docks settle the window's layout in that time)."""
HANDLE = 7.0
"""Size of a selection handle on screen, in pixels, whatever the zoom."""
MARGIN = 600.0
"""Room to scroll around the drawing."""


def how_to() -> str:
    """How to use the canvas from the keyboard (its accessible description)."""
    return tr(
        "Tab and Shift+Tab select the elements one by one; Enter edits the properties, "
        "F2 renames, the arrow keys move, Delete removes from the diagram."
    )


class DiagramView(QGraphicsView):
    """The canvas of one diagram. See the module docstring."""

    statusMessage = Signal(str)
    toolChanged = Signal(str)
    """The current tool: "select", or the kind it places or draws."""
    zoomChanged = Signal(float)
    propertiesRequested = Signal()
    """Enter on a selection: the user wants to edit its properties."""
    selectionIdsChanged = Signal()
    """The selection on this view's scene changed (dies with the view, unlike the scene's)."""

    def __init__(self, scene: DiagramScene, stack: UndoStack, parent: QWidget | None = None):
        super().__init__(scene, parent)
        self.stack = stack
        self._grid_size = 10
        self._show_grid = True
        self.snap_enabled = True
        # The grid is painted once into a pixmap and copied on every repaint (a drag
        # repaints the view at every mouse move); Qt drops the copy on zoom and scroll.
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.actor_notation: str | None = None
        """How new actors are drawn ("stick" or "box"); None: as the theme says."""
        self._tool: Tool = SelectTool(self)
        self._last_status = ""
        """The last status bar text this view gave (a tool's hint is replaced when the
        tool ends, a gesture's outcome is kept)."""
        self._pan_from: QPoint | None = None
        self._space_held = False
        self._editor: InlineEditor | None = None
        self.setObjectName("diagramView")
        self.setAccessibleName(tr("Diagram canvas"))
        self.setAccessibleDescription(how_to())
        self._tab_id: str | None = None
        """The element Tab last moved to (Tab goes on from there)."""
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setMouseTracking(True)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        # A larger window shows more to the right and below, as a page does; the
        # drawing's corner stays where it is.
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self._selection_order: list[str] = []
        scene.selectionChanged.connect(self._remember_selection_order)
        self._unsubscribe = scene.document.subscribe(lambda _t: self.fit_scene_rect())
        self.fit_scene_rect()
        self._placed = False
        self._opening = False
        """True just after the first show: the window's layout may still change the
        canvas size, and the opening view follows it."""

    # ------------------------------------------------------------------ shortcuts to the model

    @property
    def diagram_scene(self) -> DiagramScene:
        return self.scene()  # type: ignore[return-value]

    @property
    def document(self) -> Document:
        return self.diagram_scene.document

    @property
    def diagram_id(self) -> str:
        return self.diagram_scene.diagram_id

    def detach(self) -> None:
        """Stop following the document (before the view is dropped)."""
        self._unsubscribe()
        self.diagram_scene.detach()

    def show_status(self, text: str) -> None:
        self._last_status = text
        self.statusMessage.emit(text)

    def fit_scene_rect(self) -> None:
        """Let the scroll bars reach everything drawn, with room around it."""
        # Qt's own bounds of every item (computed in C++; this runs after every change).
        content = self.diagram_scene.itemsBoundingRect()
        base = QRectF(0, 0, 1200, 800)
        self.setSceneRect(
            content.united(base).adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
            if not content.isNull()
            else base.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        )

    # ------------------------------------------------------------------ tools

    @property
    def tool(self) -> Tool:
        return self._tool

    def set_tool(self, kind: str | None) -> None:
        """Switch to the tool that places or draws ``kind`` (None: select)."""
        self._tool.cancel()
        if kind is None or kind == "select":
            self._tool = SelectTool(self)
        elif kind in NODE_TYPES:
            self._tool = PlaceTool(self, kind)
        elif kind in RELATIONSHIP_TYPES:
            self._tool = ConnectTool(self, kind)
        else:
            raise ValueError(f"unknown tool {kind!r}")
        self.viewport().setCursor(self._tool.cursor)
        self.show_status(self._tool.status())
        self.toolChanged.emit(getattr(self._tool, "kind", "select"))
        self.viewport().update()

    def finish_tool(self) -> None:
        """The tool's gesture is done: back to selecting."""
        if not isinstance(self._tool, SelectTool):
            hint = self._tool.status()
            self._tool = SelectTool(self)
            self.viewport().setCursor(self._tool.cursor)
            if self._last_status == hint:
                self.show_status(self._tool.status())
            self.toolChanged.emit("select")

    # ------------------------------------------------------------------ grid and snap

    def snap_point(self, point: QPointF) -> QPointF:
        g = self.grid_size
        return QPointF(round(point.x() / g) * g, round(point.y() / g) * g)

    def _snapped(self, point: QPointF) -> QPointF:
        return self.snap_point(point) if self.snap_enabled else point

    @property
    def grid_size(self) -> int:
        """The grid's step in scene units (px at 100 %)."""
        return self._grid_size

    @grid_size.setter
    def grid_size(self, value: int) -> None:
        self._grid_size = value
        self._redraw_background()

    @property
    def show_grid(self) -> bool:
        return self._show_grid

    @show_grid.setter
    def show_grid(self, value: bool) -> None:
        self._show_grid = value
        self._redraw_background()

    def _redraw_background(self) -> None:
        self.resetCachedContent()
        if self.isVisible():  # (a view not shown yet is painted whole when it is)
            self.viewport().update()

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        super().drawBackground(painter, rect)
        if not self.show_grid:
            return
        step = float(self.grid_size)
        while step * self.zoom() < 8:  # never a grid denser than 8 px on screen
            step *= 5
        colour = QColor("#e3e8ee")
        pen = QPen(colour)
        pen.setCosmetic(True)
        painter.save()
        # Hairlines on whole pixels: antialiasing made the grid a third of each repaint.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(pen)
        left = math.floor(rect.left() / step) * step
        top = math.floor(rect.top() / step) * step
        x = left
        lines = []
        while x < rect.right():
            lines.append(QLineF(x, rect.top(), x, rect.bottom()))
            x += step
        y = top
        while y < rect.bottom():
            lines.append(QLineF(rect.left(), y, rect.right(), y))
            y += step
        painter.drawLines(lines)
        painter.restore()

    # ------------------------------------------------------------------ zoom and pan

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        self._opening = False  # a zoom chosen by the user (or a test) is kept
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        self.scale(factor / self.zoom(), factor / self.zoom())
        self.zoomChanged.emit(self.zoom())

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * 1.25)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._placed:
            self._placed = True
            self._opening = True
            self.show_drawing_start()
            QTimer.singleShot(OPENING_MS, self._opened)

    def _opened(self) -> None:
        self._opening = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._opening and self.zoom() >= OPENING_MIN_ZOOM:
            self._fit_on_open()

    def show_drawing_start(self) -> None:
        """Open on the whole drawing: zoomed out to fit when it does not fit (never above
        100 %, never below ``OPENING_MIN_ZOOM``, where names stay readable). A drawing
        still too large shows its top-left corner (the origin of an empty diagram) at the
        top-left of the canvas, as a page opens at its top (Qt would show the middle of
        the scene)."""
        if self._fit_on_open():
            return
        content = self.diagram_scene.content_rect()
        start = QPointF(0, 0) if content.isNull() else content.topLeft()
        corner = self.mapFromScene(start - QPointF(20, 20))
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + corner.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + corner.y())

    def _fit_on_open(self) -> bool:
        """Zoom (to at most 100 %) and centre so the whole drawing shows, if it can at
        ``OPENING_MIN_ZOOM`` or more; else zoom to that and return False."""
        content = self.diagram_scene.content_rect()
        if content.isNull():
            return False
        area = self.viewport().rect().adjusted(20, 20, -20, -20)
        fit = min(area.width() / content.width(), area.height() / content.height(), 1.0)
        opening = self._opening
        self.set_zoom(max(fit, OPENING_MIN_ZOOM))
        self._opening = opening
        if fit < OPENING_MIN_ZOOM:
            return False
        self.centerOn(content.center())
        return True

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / 1.25)

    def zoom_reset(self) -> None:
        self.set_zoom(1.0)

    def zoom_fit(self) -> None:
        """Show the whole drawing (never larger than 100 %)."""
        content = self.diagram_scene.content_rect()
        if content.isNull():
            self.zoom_reset()
            return
        area = self.viewport().rect().adjusted(20, 20, -20, -20)
        factor = min(area.width() / content.width(), area.height() / content.height(), 1.0)
        self.set_zoom(factor)
        self.centerOn(content.center())

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom(self.zoom() * 1.15**steps)
            event.accept()
            return
        super().wheelEvent(event)

    # ------------------------------------------------------------------ mouse

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._opening = False  # the user is at work: the view stays where it is
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        panning = event.button() == Qt.MouseButton.MiddleButton or (
            event.button() == Qt.MouseButton.LeftButton and self._space_held
        )
        if panning:
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        self._tool.press(event, self.mapToScene(event.position().toPoint()))
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            delta = event.position().toPoint() - self._pan_from
            self._pan_from = event.position().toPoint()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            return
        super().mouseMoveEvent(event)  # hover marks
        self._tool.move(event, self.mapToScene(event.position().toPoint()))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            cursor = Qt.CursorShape.OpenHandCursor if self._space_held else self._tool.cursor
            self.viewport().setCursor(cursor)
            return
        self._tool.release(event, self.mapToScene(event.position().toPoint()))
        self._refresh_hover(event.position().toPoint())
        event.accept()

    def _refresh_hover(self, point: QPoint) -> None:
        # Qt leaves hover marks as they were while a button was down; clear the ones
        # the pointer has left during the drag.
        under = set(self.items(point))
        for item in self.diagram_scene.items():
            if getattr(item, "hovered", False) and item not in under:
                item.hovered = False
                item.update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._tool.double_click(event, self.mapToScene(event.position().toPoint()))
        event.accept()

    # ------------------------------------------------------------------ keys

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            return
        if key == Qt.Key.Key_Escape:
            self.cancel()
            return
        arrows = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if key in arrows and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            big = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            step = self.grid_size * 5 if big else (self.grid_size if self.snap_enabled else 1)
            dx, dy = arrows[key]
            self.nudge(dx * step, dy * step)
            return
        if key == Qt.Key.Key_F2:
            self.rename_selected()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(self._tool, PlaceTool):
            kind = self._tool.kind
            self.finish_tool()
            self.place_element(kind, self.free_spot())
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.diagram_scene.selectedItems():
            self.propertiesRequested.emit()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_held = False
            self.viewport().setCursor(self._tool.cursor)
            return
        super().keyReleaseEvent(event)

    def cancel(self) -> None:
        """Esc: abandon the gesture, else leave the tool, else clear the selection."""
        if self._tool.cancel():
            self.show_status(tr("Cancelled."))
        elif not isinstance(self._tool, SelectTool):
            self.set_tool(None)
        else:
            self.diagram_scene.clearSelection()
        self.viewport().update()

    def nudge(self, dx: float, dy: float) -> None:
        """Move the selected shapes; repeated presses on one selection are one undo step."""
        ids = [i.element_id for i in self.diagram_scene.selectedItems() if isinstance(i, NodeItem)]
        if not ids:
            return
        key: Hashable = ("nudge", self.diagram_id, frozenset(ids))
        self.stack.run(
            texts.move(len(ids)), lambda d: ops.move(d, self.diagram_id, ids, dx, dy), key
        )

    # ------------------------------------------------------------------ handles

    def handle_at(self, view_pos: QPointF) -> tuple[str, object, int] | None:
        """The handle under a viewport point: ("resize", node, 0-7), ("end", edge, 0|1)
        or ("bend", edge, index)."""
        half = HANDLE / 2 + 2
        for item in self.diagram_scene.selectedItems():
            if isinstance(item, EdgeItem):
                points = item.points()
                for index, point in ((0, points[0]), (1, points[-1])):
                    if _near(self.mapFromScene(point), view_pos, half + 1):
                        return ("end", item, index)
                for index, point in enumerate(item.waypoints()):
                    if _near(self.mapFromScene(point), view_pos, half):
                        return ("bend", item, index)
        node = self._single_selected_node()
        if node is not None:
            for index, point in enumerate(handle_points(node.scene_body_rect())):
                if _near(self.mapFromScene(point), view_pos, half):
                    return ("resize", node, index)
        return None

    def _single_selected_node(self) -> NodeItem | None:
        chosen = self.diagram_scene.selectedItems()
        if len(chosen) == 1 and isinstance(chosen[0], NodeItem):
            return chosen[0]
        return None

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        super().drawForeground(painter, rect)
        accent = QColor(self.diagram_scene.theme.accent)
        size = HANDLE / self.zoom()
        pen = QPen(accent)
        pen.setCosmetic(True)
        painter.setPen(pen)
        node = self._single_selected_node()
        if node is not None:
            painter.setBrush(QColor("#ffffff"))
            for point in handle_points(node.scene_body_rect()):
                painter.drawRect(QRectF(point.x() - size / 2, point.y() - size / 2, size, size))
        for item in self.diagram_scene.selectedItems():
            if isinstance(item, EdgeItem) and len(item.points()) >= 2:
                painter.setBrush(accent)
                for point in (item.points()[0], item.points()[-1]):
                    painter.drawEllipse(point, size / 2, size / 2)
                painter.setBrush(QColor("#ffffff"))
                for point in item.waypoints():
                    painter.drawRect(QRectF(point.x() - size / 2, point.y() - size / 2, size, size))
        self._tool.paint(painter)

    # ------------------------------------------------------------------ creating

    def place_element(self, kind: str, centre: QPointF) -> str | None:
        """Add a new element of ``kind`` centred at ``centre``, select it and open its
        name for editing. Returns its id (None when refused)."""
        element = NODE_TYPES[kind](id=new_id(kind), name=default_name(kind))
        style = self._new_style(element)
        width, height = self.size_for(element, style.notation)
        corner = self._snapped(QPointF(centre.x() - width / 2, centre.y() - height / 2))
        shape = Shape(
            element=element.id,
            x=corner.x(),
            y=corner.y(),
            width=width,
            height=height,
            style=style,
        )
        key = ("place", element.id)
        try:
            self.stack.run(
                texts.add(element),
                lambda d: ops.place(d, self.diagram_id, element, shape),
                key,
            )
        except ModelError as error:
            self.show_status(str(error))
            return None
        self.diagram_scene.select_ids([element.id])
        self.start_rename(element.id, merge_key=key)
        return element.id

    def free_spot(self) -> QPointF:
        """Where an element placed from the keyboard goes: the middle of the visible
        part of the diagram, moved down until it covers no other element."""
        spot = self.mapToScene(self.viewport().rect().center())
        step = max(self.grid_size * 6, 60)
        for _ in range(40):
            if not any(
                isinstance(item, NodeItem) and item.kind != "subject"
                for item in self.diagram_scene.items(QRectF(spot.x() - 60, spot.y() - 30, 120, 60))
            ):
                break
            spot = QPointF(spot.x(), spot.y() + step)
        return spot

    def show_elements(self, element_ids: Sequence[str], at: QPointF) -> list[str]:
        """Show existing elements on this diagram, side by side, the row centred on
        ``at`` (where a drop from the model browser lands, as a palette drop does)."""
        sized = []
        for element_id in element_ids:
            element = self.document.find(element_id)
            if element is None or element.kind not in NODE_TYPES:
                continue
            if self.document.shape(self.diagram_id, element_id) is not None:
                continue
            style = self._new_style(element)
            sized.append((element_id, style, *self.size_for(element, style.notation)))
        gap = 40
        x = at.x() - (sum(width for *_, width, _h in sized) + gap * (len(sized) - 1)) / 2
        shapes = []
        for element_id, style, width, height in sized:
            corner = self._snapped(QPointF(x, at.y() - height / 2))
            shapes.append(
                Shape(
                    element=element_id,
                    x=corner.x(),
                    y=corner.y(),
                    width=width,
                    height=height,
                    style=style,
                )
            )
            x += width + gap
        if not shapes:
            self.show_status(tr("Already on this diagram."))
            return []
        self.stack.run(
            tr("Show {what} on diagram").format(what=texts.count(len(shapes))),
            lambda d: ops.show(d, self.diagram_id, shapes),
        )
        ids = [s.element for s in shapes]
        self.diagram_scene.select_ids(ids)
        return ids

    def _new_style(self, element: object) -> ShapeStyle:
        # The chosen notation is written into the shape, so that the file, the screen and
        # every picture show the actor the same way on any machine.
        kind = getattr(element, "kind", None)
        notation = self.actor_notation
        if kind == "actor" and notation and notation != self.diagram_scene.theme.actor_notation:
            return ShapeStyle(notation=notation)  # type: ignore[arg-type]
        return ShapeStyle()

    def size_for(self, element: object, notation: str | None = None) -> tuple[float, float]:
        """The size ``element`` needs on this diagram, in the notation its shape uses
        (``notation`` when given; else the shape's; else the theme's)."""
        theme = self.diagram_scene.theme
        if getattr(element, "kind", None) == "actor":
            if notation is None:
                item = self.diagram_scene.node_item(element.id)  # type: ignore[attr-defined]
                notation = item.notation if isinstance(item, ActorItem) else None
            if notation and notation != theme.actor_notation:
                theme = theme.with_changes(actor_notation=notation)
        return preferred_size(element, theme)  # type: ignore[arg-type]

    def connect(self, kind: str, source_id: str, target_id: str) -> str | None:
        """Draw a new ``kind`` relationship; None (and the reason in the status bar)
        when the rules refuse it."""
        relationship = RELATIONSHIP_TYPES[kind](id=new_id(kind), source=source_id, target=target_id)

        def add(document: Document) -> None:
            document.add(relationship)
            document.add_edges(self.diagram_id, [Edge(element=relationship.id)])

        try:
            self.stack.run(tr("Add {kind}").format(kind=kind_name(kind)), add)
        except ModelError as error:
            self.show_status(str(error))
            return None
        self.diagram_scene.select_ids([relationship.id])
        self.show_status(
            tr("Added the {kind}: {what}.").format(
                kind=kind_name(kind), what=relationship_summary(self.document, relationship.id)
            )
        )
        return relationship.id

    def _remember_selection_order(self) -> None:
        if not isinstance(self.scene(), DiagramScene):  # being torn down
            return
        chosen = set(self.diagram_scene.selected_ids())
        order = [i for i in self._selection_order if i in chosen]
        self._selection_order = order + sorted(chosen - set(order))
        self._describe_selection()
        self.selectionIdsChanged.emit()

    def _describe_selection(self) -> None:
        # What a screen reader says about the canvas: the selection, then how to use it.
        order = self._selection_order
        if not order:
            text = how_to()
        elif len(order) == 1:
            text = tr("Selected: {what}.").format(what=spoken(self.diagram_scene, order[0]))
        else:
            text = tr("{n} elements selected.").format(n=len(order))
        if text != self.accessibleDescription():
            self.setAccessibleDescription(text)
            if self.hasFocus():
                # (taken here: PySide builds QAccessible's enums when it is first taken)
                from PySide6.QtGui import QAccessible, QAccessibleEvent

                event = QAccessibleEvent(self, QAccessible.Event.DescriptionChanged)
                QAccessible.updateAccessibility(event)

    # ------------------------------------------------------------------ Tab through elements

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab select the next or previous element (``reading_order``);
        past the last one (or before the first) the keyboard leaves the canvas."""
        if self._editor is None and self.step_selection(1 if next else -1):
            return True
        self._tab_id = None
        return super().focusNextPrevChild(next)

    def step_selection(self, step: int) -> bool:
        """Select the element ``step`` places on from the current one (alone), show it
        and say what it is. False when that is past either end: nothing changes."""
        order = reading_order(self.diagram_scene)
        if not order:
            return False
        chosen = self._selection_order
        current = self._tab_id if self._tab_id in chosen else (chosen[-1] if chosen else None)
        if current not in order:
            target = order[0] if step > 0 else order[-1]
        else:
            index = order.index(current) + step
            if not 0 <= index < len(order):
                return False
            target = order[index]
        self.diagram_scene.select_ids([target])
        self._tab_id = target
        item = self.diagram_scene.item_for(target)
        if item is not None:
            self.ensureVisible(item.sceneBoundingRect(), 40, 40)
        self.show_status(
            tr("{what} ({n} of {count}). Enter: properties, F2: rename, arrows: move.").format(
                what=spoken(self.diagram_scene, target),
                n=order.index(target) + 1,
                count=len(order),
            )
        )
        self.viewport().update()
        return True

    def selection_order(self) -> list[str]:
        """The selected ids in the order they were selected (first selected first)."""
        return list(self._selection_order)

    def connect_selected(self, kind: str) -> str | None:
        """Draw a ``kind`` relationship from the first selected element to the second
        (the keyboard way to draw a line)."""
        nodes = [i for i in self._selection_order if self.diagram_scene.node_item(i) is not None]
        if len(nodes) != 2:
            self.show_status(
                tr("Select exactly two elements: the line goes from the first to the second.")
            )
            return None
        return self.connect(kind, nodes[0], nodes[1])

    # ------------------------------------------------------------------ renaming

    def rename_selected(self) -> None:
        node = self._single_selected_node()
        if node is not None:
            self.start_rename(node.element_id)

    def start_rename(self, element_id: str, merge_key: Hashable | None = None) -> None:
        """Open a text field over the element's name (a comment's text)."""
        item = self.diagram_scene.node_item(element_id)
        if item is None:
            return
        if self._editor is not None:
            self._editor.commit()
        element = item.element
        multiline = element.kind == "comment"
        text = element.body if multiline else element.name  # type: ignore[attr-defined]
        font = item.text_font()
        font.setPointSizeF(font.pointSizeF() * self.zoom())
        editor = InlineEditor(self.viewport(), text, font, multiline)
        self._editor = editor
        editor.committed.connect(lambda value: self._finish_rename(element_id, value, merge_key))
        editor.cancelled.connect(lambda: self._editor_closed())
        self.ensureVisible(item.sceneBoundingRect(), 20, 20)
        room = 0
        if isinstance(item, UseCaseItem):  # a long name wraps inside the ellipse
            room = round(item.scene_body_rect().height() * 0.7 * self.zoom())
        editor.place(self._editor_rect(item), room)

    def _editor_rect(self, item: NodeItem) -> QRect:
        line = int(self.fontMetrics().height() * max(1.0, self.zoom()) + 12)
        if isinstance(item, UseCaseItem):
            # Inside the ellipse, centred on the name: the outline stays in sight.
            field = item.name_field_rect(line / self.zoom()).translated(item.pos())
            return self.mapFromScene(field).boundingRect()
        if isinstance(item, ActorItem) and item.notation == "stick":
            area = item.label_rect().translated(item.pos())
        elif item.kind == "subject":
            area = item.title_rect().translated(item.pos())  # type: ignore[attr-defined]
        else:
            area = item.scene_body_rect()
        rect = self.mapFromScene(area).boundingRect().adjusted(-4, -2, 4, 2)
        # At least a usable width and one line, widened on both sides (centred).
        width, height = max(rect.width(), 140), max(rect.height(), line)
        centre = rect.center()
        return QRect(centre.x() - width // 2, rect.top(), width, height)

    def _finish_rename(self, element_id: str, value: str, merge_key: Hashable | None) -> None:
        self._editor_closed()
        element = self.document.find(element_id)
        if element is None:
            return
        current = element.body if element.kind == "comment" else element.name  # type: ignore[attr-defined]
        if value == current or (not value.strip() and element.kind != "comment"):
            return
        try:
            self.stack.run(
                texts.rename(element),
                lambda d: ops.rename(d, element_id, value, self.size_for, self.diagram_id),
                merge_key,
            )
        except ModelError as error:
            self.show_status(str(error))

    def _editor_closed(self) -> None:
        self._editor = None
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def inline_editor(self) -> InlineEditor | None:
        """The open rename field, if any."""
        return self._editor

    # ------------------------------------------------------------------ drops

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(KIND_MIME) or event.mimeData().hasFormat(ELEMENTS_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasFormat(KIND_MIME) or event.mimeData().hasFormat(ELEMENTS_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        data = event.mimeData()
        pos = self.mapToScene(event.position().toPoint())
        if data.hasFormat(KIND_MIME):
            kind = bytes(data.data(KIND_MIME)).decode("ascii", "replace")
            if kind in NODE_TYPES:
                event.acceptProposedAction()
                self.setFocus()
                self.place_element(kind, pos)
                return
        if data.hasFormat(ELEMENTS_MIME):
            ids = bytes(data.data(ELEMENTS_MIME)).decode("utf-8", "replace").split()
            event.acceptProposedAction()
            self.setFocus()
            self.show_elements(ids, pos)
            return
        event.ignore()


def relationship_summary(document: Document, relationship_id: str) -> str:
    """``use case "A" → use case "B"``."""
    rel = document.get(relationship_id)
    source = document.get(rel.source).describe()  # type: ignore[attr-defined]
    target = document.get(rel.target).describe()  # type: ignore[attr-defined]
    return f"{source} → {target}"


def _near(a: QPoint | QPointF, b: QPointF, distance: float) -> bool:
    return abs(a.x() - b.x()) <= distance and abs(a.y() - b.y()) <= distance
