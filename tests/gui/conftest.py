"""GUI tests drive the real widgets with real mouse and key events (offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPointF, Qt, QTimer
from PySide6.QtGui import QDropEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QMenu


@pytest.fixture(autouse=True)
def _private_settings(tmp_path, monkeypatch):
    """Recent files and preferences go to a temporary folder, never the user's."""
    monkeypatch.setenv("UCDESIGNER_CONFIG_DIR", str(tmp_path / "config"))


@pytest.fixture(autouse=True)
def _empty_clipboard_afterwards(qapp):
    # Qt's offscreen platform crashes at exit (status 139) when the clipboard still
    # holds data that a test put there.
    yield
    QApplication.clipboard().clear()


class Mouse:
    """Sends mouse events to a DiagramView's viewport at scene coordinates."""

    def __init__(self, view) -> None:
        self.view = view
        self.buttons = Qt.MouseButton.NoButton

    def _send(self, kind, scene_point, button, modifiers) -> None:
        viewport = self.view.viewport()
        local = QPointF(self.view.mapFromScene(QPointF(*scene_point)))
        event = QMouseEvent(
            kind, local, viewport.mapToGlobal(local), button, self.buttons, modifiers
        )
        QApplication.sendEvent(viewport, event)

    def press(
        self, point, button=Qt.MouseButton.LeftButton, modifiers=Qt.KeyboardModifier.NoModifier
    ):
        self.buttons = button
        self._send(QEvent.Type.MouseButtonPress, point, button, modifiers)

    def move(self, point, modifiers=Qt.KeyboardModifier.NoModifier):
        self._send(QEvent.Type.MouseMove, point, Qt.MouseButton.NoButton, modifiers)

    def release(
        self, point, button=Qt.MouseButton.LeftButton, modifiers=Qt.KeyboardModifier.NoModifier
    ):
        self.buttons = Qt.MouseButton.NoButton
        self._send(QEvent.Type.MouseButtonRelease, point, button, modifiers)

    def drag(self, start, end, steps: int = 5, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
        self.press(start, modifiers=modifiers)
        for i in range(1, steps + 1):
            t = i / steps
            self.move(
                (start[0] + (end[0] - start[0]) * t, start[1] + (end[1] - start[1]) * t), modifiers
            )
        self.release(end, modifiers=modifiers)

    def click(self, point, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
        self.press(point, modifiers=modifiers)
        self.release(point, modifiers=modifiers)

    def double_click(self, point) -> None:
        self.click(point)
        self.buttons = Qt.MouseButton.LeftButton
        self._send(
            QEvent.Type.MouseButtonDblClick,
            point,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        self.buttons = Qt.MouseButton.NoButton
        self._send(
            QEvent.Type.MouseButtonRelease,
            point,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )


def drop_kind(view, kind: str, point) -> None:
    """Drop a new element of ``kind`` from the palette onto ``view`` at scene ``point``."""
    from ucdesigner.canvas.view import KIND_MIME

    data = QMimeData()
    data.setData(KIND_MIME, kind.encode())
    local = QPointF(view.mapFromScene(QPointF(*point)))
    event = QDropEvent(
        local,
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # Qt delivers drop events only during a real drag, which QTest cannot start: hand the
    # event to the view's handler as Qt would.
    view.dropEvent(event)


def centre(window, element_id: str) -> tuple[float, float]:
    """The scene point at the middle of the element's body on the window's current diagram."""
    c = window.current_scene().node_item(element_id).scene_body_rect().center()
    return (c.x(), c.y())


def menu_actions(window) -> list:
    """Every action of the window's menu bar, submenus included, separators left out."""
    found, menus = [], [a.menu() for a in window.menuBar().actions()]
    while menus:
        menu = menus.pop()
        for action in menu.actions():
            if action.isSeparator():
                continue
            found.append(action)
            if isinstance(action.menu(), QMenu):
                menus.append(action.menu())
    return found


def choose_from_next_menu(text: str, seen: list[str]) -> None:
    """When the next popup menu opens, note its entries in ``seen`` and trigger ``text``."""

    def pick(tries: int = 50) -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            seen.extend(a.text() for a in menu.actions() if a.text())
            next(a for a in menu.actions() if a.text() == text).trigger()
            menu.close()
        elif tries:
            QTimer.singleShot(20, lambda: pick(tries - 1))

    QTimer.singleShot(0, pick)


def when_modal(kind: type, act, tries: int = 250, delay: int = 0) -> None:
    """Call ``act(dialog)`` once a modal dialog of type ``kind`` is up. Qt runs a modal
    dialog in a nested event loop, so the test hands over the answer beforehand; the
    dialog is looked for every 20 ms, ``tries`` times."""

    def look(left: int = tries) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            act(dialog)
        elif left:
            QTimer.singleShot(20, lambda: look(left - 1))

    QTimer.singleShot(delay, look)


def answer_dialog(button, found: list | None = None, delay: int = 0) -> None:
    """Click ``button`` on the next modal message box (Qt runs it in a nested loop)."""
    from PySide6.QtWidgets import QMessageBox

    def click(box: QMessageBox) -> None:
        if found is not None:
            found.append(box.text() + "\n" + box.informativeText())
        box.button(button).click() if box.button(button) else box.done(int(button))

    when_modal(QMessageBox, click, delay=delay)
