"""Interaction in the real main window (offscreen): dragging 100 selected shapes (time
per mouse-move event, repaint included), and select all + delete + undo."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from ucdesigner.app.main_window import MainWindow
from ucdesigner.canvas.scene import DiagramScene
from ucdesigner.canvas.view import DiagramView
from ucdesigner.model import Document

from .core import Figure, percentile
from .synthetic import diagram_with_shapes, make_document

DRAGGED = 100
MOVES = 60
DRAG_LIMIT = 0.016
EDIT_LIMIT = 1.0


def open_window(document: Document) -> MainWindow:
    """A shown main window on ``document`` with its events processed."""
    window = MainWindow(document)
    window.show()
    QApplication.processEvents()
    return window


def close_window(window: MainWindow) -> None:
    window.undo_stack.setClean()
    window.close()
    window.deleteLater()
    QApplication.processEvents()


def _mouse(view: DiagramView, kind: QEvent.Type, point: QPointF, buttons) -> None:
    local = QPointF(view.mapFromScene(point))
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    event = QMouseEvent(
        kind, local, view.viewport().mapToGlobal(local), button, buttons,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(view.viewport(), event)


def free_point(scene: DiagramScene, element_id: str) -> QPointF:
    """A point of the shape that no line covers (a press there grabs the shape)."""
    rect = scene.node_item(element_id).scene_body_rect()
    for fy in (0.5, 0.35, 0.65, 0.25, 0.75):
        for fx in (0.5, 0.35, 0.65, 0.25, 0.75):
            point = QPointF(rect.left() + rect.width() * fx, rect.top() + rect.height() * fy)
            item = scene.item_at(point)
            if item is not None and getattr(item, "element_id", None) == element_id:
                return point
    raise RuntimeError(f"no free point on {element_id}")


def drag_times(window: MainWindow) -> list[float]:
    """Seconds per mouse-move event while 100 selected shapes are dragged (event
    handling and a synchronous repaint of the viewport)."""
    view = window.current_view()
    assert view is not None
    scene = view.diagram_scene
    document = window.document
    nodes = [s.element for s in document.shapes(view.diagram_id)]
    movable = [n for n in nodes if document.get(n).kind in ("usecase", "actor")]
    ids = [n for n in movable if document.get(n).kind == "usecase"][:DRAGGED]
    ids += [n for n in movable if n not in ids][: DRAGGED - len(ids)]
    scene.select_ids(ids)
    grab = free_point(scene, ids[0])
    before = document.shape(view.diagram_id, ids[0])
    view.centerOn(grab)
    view.viewport().repaint()
    left = Qt.MouseButton.LeftButton
    _mouse(view, QEvent.Type.MouseButtonPress, grab, left)
    times = []
    for step in range(1, MOVES + 1):
        point = grab + QPointF(step * 3.0, step * 2.0)
        start = time.perf_counter()
        _mouse(view, QEvent.Type.MouseMove, point, left)
        view.viewport().repaint()
        times.append(time.perf_counter() - start)
    end = grab + QPointF(MOVES * 3.0, MOVES * 2.0)
    _mouse(view, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)
    after = document.shape(view.diagram_id, ids[0])
    assert after is not None and before is not None and after.x != before.x, "no drag"
    window.undo_stack.undo()
    QApplication.processEvents()
    return times


def run_drag(sizes: list[int], repeat: int) -> list[Figure]:
    """p95 per run of the time per mouse-move, per diagram size (shapes)."""
    figures = []
    for size in sizes:
        document, _ = diagram_with_shapes(size)
        window = open_window(document)
        shapes = len(document.shapes(window.current_view().diagram_id))
        drag_times(window)  # warm-up: glyph caches, first layout
        p95s, p50s = [], []
        for _ in range(repeat):
            times = drag_times(window)
            p95s.append(percentile(times, 0.95))
            p50s.append(percentile(times, 0.5))
        close_window(window)
        figures.append(
            Figure(
                "interaction",
                f"drag {DRAGGED} selected shapes: mouse-move p95",
                shapes,
                p95s,
                # The target is for a 1,000-shape diagram; other sizes show the growth.
                limit=DRAG_LIMIT if 900 <= shapes <= 1_100 else None,
            )
        )
        figures.append(
            Figure("interaction", f"drag {DRAGGED} selected shapes: mouse-move p50", shapes, p50s)
        )
    return figures


def _timed(action) -> float:
    start = time.perf_counter()
    action()
    QApplication.processEvents()
    return time.perf_counter() - start


def run_edit(sizes: list[int], repeat: int) -> list[Figure]:
    """Select all, Delete from Model and Undo through the window's own actions, each
    timed with the events it queues (repaint included)."""
    figures = []
    for size in sizes:
        window = open_window(make_document(size))
        actions = window.actions_by_name
        selected, deleted, undone = [], [], []
        for _ in range(repeat):
            selected.append(_timed(actions["select_all"].trigger))
            count = len(window.current_scene().selected_ids())
            deleted.append(_timed(actions["delete_from_model"].trigger))
            assert not window.current_scene().node_items(), "delete left shapes behind"
            undone.append(_timed(actions["undo"].trigger))
            assert len(window.current_scene().node_items()) > 0
        close_window(window)
        note = f"{count:,} selected"
        for name, samples in (
            ("select all", selected),
            ("delete from model", deleted),
            ("undo the delete", undone),
        ):
            figures.append(Figure("interaction", name, size, samples, limit=EDIT_LIMIT, note=note))
    return figures
