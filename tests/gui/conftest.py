"""GUI tests drive the real widgets with real mouse and key events (offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication


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


def answer_dialog(button, found: list | None = None, delay: int = 0) -> None:
    """Click ``button`` on the next modal message box (Qt runs it in a nested loop)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    def click(tries: int = 50) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            if found is not None:
                found.append(box.text() + "\n" + box.informativeText())
            box.button(button).click() if box.button(button) else box.done(int(button))
        elif tries:
            QTimer.singleShot(20, lambda: click(tries - 1))

    QTimer.singleShot(delay, click)


@pytest.fixture
def make_window(qtbot):
    """Open main windows that are closed without prompts at the end of the test."""
    from ucdesigner.app.main_window import MainWindow

    windows = []

    def make(document=None, path=None):
        window = MainWindow(document, path)
        window.resize(1400, 900)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.undo_stack.setClean()
        window.close()
        window.deleteLater()
