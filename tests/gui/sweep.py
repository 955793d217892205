"""The control sweep: drives every action, context menu entry, dialog button, tab and
check box of a real main window, the way a user clicks them, and records what goes
wrong (Python exceptions in slots, Qt warnings, shortcuts that clash).

Qt runs a modal dialog or a popup menu in a nested event loop, so a poller (a chain of
single-shot timers, one per nesting level) answers whatever is on top: a message box
with each of its buttons in turn (the action is triggered again until every button has
been tried), any other dialog by visiting its tabs, toggling its check boxes, clicking
its buttons and then closing it with each of its closing buttons in turn. File dialogs
never open: ``answer_file_dialogs`` makes Qt's static functions return paths in a
temporary folder.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QMenu,
    QMessageBox,
    QRadioButton,
    QTabWidget,
    QToolBar,
    QWidget,
)

CLOSING_ROLES = {
    QDialogButtonBox.ButtonRole.AcceptRole,
    QDialogButtonBox.ButtonRole.RejectRole,
    QDialogButtonBox.ButtonRole.YesRole,
    QDialogButtonBox.ButtonRole.NoRole,
    QDialogButtonBox.ButtonRole.DestructiveRole,
}
"""Buttons of a button box that end the dialog: one of them is clicked per visit."""

LAST_ACTIONS = ("new", "open", "close", "quit")
"""Actions that replace or close the document: the sweep triggers them at the end."""


def answer_file_dialogs(monkeypatch, folder: Path) -> list[str]:
    """Make QFileDialog's static functions return paths in ``folder`` (a save gets a new
    file named after the dialog's filter; an open gets a file written earlier with a
    matching suffix, else a missing one). Returns the list of dialog captions asked."""
    asked: list[str] = []

    def suffix_of(filters: str) -> str:
        for part in filters.replace(";;", " ").replace("(", " ").replace(")", " ").split():
            if part.startswith("*.") and part != "*.*":
                return part[1:]
        return ".txt"

    def save(parent=None, caption="", start="", filters="", *args, **kwargs):
        asked.append(caption)
        suffix = suffix_of(filters or "")
        start_name = Path(start).name if start else ""
        name = start_name if start_name.endswith(suffix) else f"saved{len(asked)}{suffix}"
        return str(folder / name), filters.split(";;")[0] if filters else ""

    def open_one(parent=None, caption="", start="", filters="", *args, **kwargs):
        asked.append(caption)
        suffix = suffix_of(filters or "")
        found = sorted(folder.glob(f"*{suffix}"))
        return str(found[0] if found else folder / f"missing{suffix}"), ""

    def open_many(*args, **kwargs):
        path, chosen = open_one(*args, **kwargs)
        return [path], chosen

    def directory(parent=None, caption="", *args, **kwargs):
        asked.append(caption)
        target = folder / f"folder{len(asked)}"
        target.mkdir(exist_ok=True)
        return str(target)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_one))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(open_many))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(directory))
    return asked


class Problems:
    """Python exceptions raised in slots and Qt warnings, recorded while active."""

    IGNORED = (
        "propagateSizeHints",
        "This plugin does not support",
        "keyToAscii Unhandled key code",
    )
    """Warnings of the offscreen platform itself, not of the application."""

    def __init__(self) -> None:
        self.found: list[str] = []
        self._old_hook = None
        self._old_handler = None

    def __enter__(self) -> Problems:
        self._old_hook = sys.excepthook
        sys.excepthook = self._exception
        self._old_handler = qInstallMessageHandler(self._message)
        return self

    def __exit__(self, *exc) -> None:
        sys.excepthook = self._old_hook
        qInstallMessageHandler(self._old_handler)

    def _exception(self, kind, value, tb) -> None:
        self.found.append("".join(traceback.format_exception(kind, value, tb)))

    def _message(self, kind, context, message: str) -> None:
        serious = (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
        if kind in serious and not any(ignored in message for ignored in self.IGNORED):
            self.found.append(f"Qt warning: {message}")


def shortcut_clashes(actions: list[QAction]) -> list[str]:
    """Key sequences that two enabled actions (or one action twice) answer to."""
    owners: dict[str, list[str]] = {}
    for action in actions:
        if not action.isEnabled():
            continue
        for key in action.shortcuts():
            if not key.isEmpty():
                text = key.toString(QKeySequence.SequenceFormat.PortableText)
                owners.setdefault(text, []).append(action.objectName() or action.text())
    return [f"{key}: {', '.join(names)}" for key, names in owners.items() if len(names) > 1]


def window_actions(window) -> list[QAction]:
    """Every action a user can reach in ``window``: menus (submenus too), toolbars, and
    the actions with shortcuts on the window and its diagram tabs, each once."""
    found: list[QAction] = []
    seen: set[int] = set()

    def add(action: QAction) -> None:
        if action.isSeparator() or id(action) in seen:
            return
        seen.add(id(action))
        if action.menu() is not None:
            for inner in action.menu().actions():
                add(inner)
        else:
            found.append(action)

    for action in window.menuBar().actions():
        add(action)
    for toolbar in window.findChildren(QToolBar):
        for action in toolbar.actions():
            add(action)
    for action in (*window.actions(), *window.tabs.actions()):
        add(action)
    return found


def action_name(action: QAction) -> str:
    return action.objectName().removeprefix("action_") or action.text().replace("&", "")


QT_OWN_DIALOGS = (QPrintDialog, QPrintPreviewDialog)
"""Qt's own dialogs are opened and closed with each closing button, but their insides are
Qt's (its page setup refuses non-native printers with a warning; "..." opens Qt's own
file dialog), not ours to sweep."""
HANDLED = "sweepHandled"
"""Dynamic property on a menu or dialog the sweep is answering (or has closed)."""


class Sweep:
    """Triggers controls of one main window and answers what they open."""

    def __init__(self, window, problems: Problems, explore_dialogs: bool = True) -> None:
        self.window = window
        self.problems = problems
        self.explore_dialogs = explore_dialogs
        self.tried: dict[str, set[str]] = {}
        """For each dialog (by class and title): the closing buttons clicked so far."""
        self.untried_left = False
        self.dialogs: list[str] = []
        """The dialogs met, for the test's own checks."""
        self.menu_pick: Callable[[QMenu], None] | None = None
        self._running = False

    # ------------------------------------------------------------------ the poller

    def __enter__(self) -> Sweep:
        self._running = True
        QTimer.singleShot(10, self._poll)
        return self

    def __exit__(self, *exc) -> None:
        self._running = False

    def _poll(self) -> None:
        if not self._running:
            return
        # A fresh timer for every nesting level: Qt does not re-enter a timer whose
        # slot is still running (it is, while a dialog's nested loop runs under it).
        QTimer.singleShot(15, self._poll)
        popup = QApplication.activePopupWidget()
        # Marks live on the Qt object itself: Python ids of wrappers are reused, and a
        # reused id once hid a modal dialog from the sweep, which then waited forever.
        if isinstance(popup, QMenu) and not popup.property(HANDLED):
            popup.setProperty(HANDLED, True)
            pick, self.menu_pick = self.menu_pick, None
            if pick is not None:
                pick(popup)
            if shiboken6.isValid(popup):
                popup.close()
            return
        modal = QApplication.activeModalWidget()
        if modal is not None and not modal.property(HANDLED):
            modal.setProperty(HANDLED, True)
            try:
                self.answer(modal)
            finally:
                if shiboken6.isValid(modal):
                    modal.setProperty(HANDLED, False)

    # ------------------------------------------------------------------ dialogs

    def answer(self, dialog: QWidget) -> None:
        """Explore a dialog (unless only menus are swept) and close it with the next
        closing button not clicked yet."""
        key = f"{type(dialog).__name__}:{dialog.windowTitle()}"
        self.dialogs.append(key)
        if isinstance(dialog, QFileDialog):
            self.problems.found.append(f"a file dialog opened instead of the static one: {key}")
            dialog.reject()
            return
        if isinstance(dialog, QMessageBox):
            closing = list(dialog.buttons())
        else:
            if self.explore_dialogs and not isinstance(dialog, QT_OWN_DIALOGS):
                self.explore(dialog)
                if not shiboken6.isValid(dialog) or not dialog.isVisible():
                    return
            closing = [
                button
                for box in dialog.findChildren(QDialogButtonBox)
                for button in box.buttons()
                if box.buttonRole(button) in CLOSING_ROLES and button.isEnabled()
            ]
        tried = self.tried.setdefault(key, set())
        untried = [b for b in closing if b.text() not in tried]
        if not untried:
            untried = closing[:1]
        if untried:
            button = untried[0]
            tried.add(button.text())
            self.untried_left = self.untried_left or len(untried) > 1
            button.click()
        if shiboken6.isValid(dialog) and dialog.isVisible():
            if isinstance(dialog, QDialog):
                dialog.reject()
            else:
                dialog.close()

    def explore(self, widget: QWidget) -> None:
        """Visit every tab, toggle every check box and radio button, click every button
        that is not a closing one of a button box."""

        def alive() -> bool:
            return shiboken6.isValid(widget) and widget.isVisible()

        for tabs in widget.findChildren(QTabWidget):
            for index in range(tabs.count()):
                if alive() and shiboken6.isValid(tabs):
                    tabs.setCurrentIndex(index)
                    QApplication.processEvents()
        if not alive():
            return
        buttons = [b for b in widget.findChildren(QAbstractButton)]
        for button in buttons:
            if not alive():
                return
            if not shiboken6.isValid(button) or not button.isVisible() or not button.isEnabled():
                continue
            box = button.parent()
            if isinstance(box, QDialogButtonBox) and box.buttonRole(button) in CLOSING_ROLES:
                continue
            if isinstance(button, QCheckBox):
                button.click()
                QApplication.processEvents()
                if shiboken6.isValid(button) and button.isVisible() and button.isEnabled():
                    button.click()  # and back, so later clicks meet the usual state
            elif isinstance(button, QRadioButton):
                button.click()
            else:
                button.click()
            QApplication.processEvents()

    # ------------------------------------------------------------------ actions

    def _extra_windows(self) -> set[int]:
        return {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}

    def run(self, act: Callable[[], None], tries: int = 4) -> None:
        """``act()`` again while a dialog it opened has closing buttons not tried yet;
        windows it leaves open (modeless dialogs, new main windows) are explored and
        closed, and the document goes back to where it was."""
        for _ in range(tries):
            self.untried_left = False
            before = self._extra_windows()
            start = self.window.undo_stack.index()
            act()
            QApplication.processEvents()
            for widget in list(QApplication.topLevelWidgets()):
                if id(widget) in before or not widget.isVisible() or isinstance(widget, QMenu):
                    continue
                if widget is self.window:
                    continue
                self.dialogs.append(f"{type(widget).__name__}:{widget.windowTitle()}")
                if hasattr(widget, "undo_stack"):  # another main window
                    widget.undo_stack.setClean()
                elif self.explore_dialogs and not isinstance(widget, QT_OWN_DIALOGS):
                    self.explore(widget)
                if shiboken6.isValid(widget):
                    widget.close()
            QApplication.processEvents()
            if shiboken6.isValid(self.window) and self.window.undo_stack.index() != start:
                self.window.undo_stack.setIndex(start)
            if not self.untried_left:
                break

    def trigger(self, action: QAction, unsaved: bool = False) -> None:
        """Trigger ``action`` as its menu entry or toolbar button would (twice for a
        check box entry: on and back off); with ``unsaved``, after a change to the
        document, so that it asks what to do with the change."""
        if not shiboken6.isValid(action) or not action.isEnabled():
            return

        def act() -> None:
            if unsaved:
                self.window.new_diagram()
            action.trigger()

        self.run(act)
        if action.isCheckable() and action.actionGroup() is None:
            self.run(action.trigger)

    def press(self, key: QKeySequence, target: QWidget) -> None:
        """Press the key combination on ``target`` as a user would."""
        combination = key[0]
        self.run(lambda: QTest.keyClick(target, combination.key(), combination.keyboardModifiers()))

    def context_menu(self, open_menu: Callable[[], None]) -> list[str]:
        """Open a context menu with ``open_menu()`` once per entry and trigger each entry
        in turn (submenus too); returns the entries' texts."""
        entries: list[str] = []

        def collect(menu: QMenu) -> None:
            for action in menu.actions():
                if action.isSeparator():
                    continue
                if action.menu() is not None:
                    collect(action.menu())
                else:
                    entries.append(action.text())

        def look(menu: QMenu) -> None:
            collect(menu)

        self.menu_pick = look
        self.run(open_menu, tries=1)
        self.menu_pick = None
        for index in range(len(entries)):

            def pick(menu: QMenu, index=index) -> None:
                found: list[QAction] = []

                def walk(inner: QMenu) -> None:
                    for action in inner.actions():
                        if action.isSeparator():
                            continue
                        if action.menu() is not None:
                            walk(action.menu())
                        else:
                            found.append(action)

                walk(menu)
                menu.close()
                if index < len(found) and found[index].isEnabled():
                    found[index].trigger()

            def open_and_pick(pick=pick) -> None:
                self.menu_pick = pick
                open_menu()
                self.menu_pick = None

            self.run(open_and_pick)
        return entries

    def docks(self) -> list[str]:
        """Show every dock of the window and click every control in it."""
        names = []
        for dock in self.window.findChildren(QDockWidget):
            names.append(dock.objectName())
            was_visible = dock.isVisible()
            dock.show()
            QApplication.processEvents()
            self.run(lambda dock=dock: self.explore(dock.widget()))
            if not was_visible:
                dock.hide()
        return names
