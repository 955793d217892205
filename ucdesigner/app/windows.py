"""One window per document: which window a new or opened document goes to, finding the
window that already shows a file, and the Window menu that lists the open windows.

A document goes to the window it was asked from when that window holds an empty,
unmodified document; otherwise a new window opens beside it. Closing the last window
quits (Qt's default); autosave and recovery already work per window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu

from ..i18n import tr

CASCADE = QPoint(32, 32)
"""How far a new window sits from the one it was opened from."""


def open_windows() -> list[Any]:
    """The main windows on screen, in the order they were made."""
    from .main_window import MainWindow

    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]


def is_blank(window: Any) -> bool:
    """True when the window holds an empty, unmodified document (nothing to keep)."""
    return window.undo_stack.isClean() and len(window.document) == 0


def window_for_new(window: Any) -> Any:
    """The window a new or opened document goes to: ``window`` itself when blank, else
    a new window beside it (shown)."""
    if is_blank(window):
        return window
    from .main_window import MainWindow

    other = MainWindow()
    other.resize(window.size())
    other.move(window.pos() + CASCADE)
    other.show()
    return other


def window_with_path(path: str | Path) -> Any | None:
    """The open window that shows the file at ``path``, or None."""
    wanted = Path(path).resolve()
    for window in open_windows():
        if window.path is not None and Path(window.path).resolve() == wanted:
            return window
    return None


def present(window: Any) -> None:
    """Bring ``window`` to the front and give it the keyboard."""
    window.show()
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()


def window_title(window: Any) -> str:
    """The name the Window menu gives a window: its file, with * when modified."""
    name = Path(window.path).name if window.path else tr("Untitled")
    return name + ("*" if not window.undo_stack.isClean() else "")


def fill_window_menu(window: Any, menu: QMenu) -> None:
    """List the open windows, the one ``menu`` belongs to ticked."""
    menu.clear()
    group = QActionGroup(menu)
    for number, other in enumerate(open_windows(), start=1):
        label = window_title(other).replace("&", "&&")
        action = QAction(f"&{number} {label}" if number < 10 else label, menu)
        action.setCheckable(True)
        action.setChecked(other is window)
        action.setToolTip(str(other.path) if other.path else tr("A document not saved yet"))
        action.triggered.connect(lambda _checked=False, w=other: present(w))
        group.addAction(action)
        menu.addAction(action)


def install(window: Any) -> None:
    """Add the Window menu (before Help) to ``window``."""
    menu = QMenu(tr("&Window"), window)
    menu.setObjectName("menu_window")
    menu.setToolTipsVisible(True)
    menu.aboutToShow.connect(lambda: fill_window_menu(window, menu))
    window.menuBar().insertMenu(window.menu("help").menuAction(), menu)
