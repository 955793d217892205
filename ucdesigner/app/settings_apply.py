"""Settings take effect at once, in every open window, and persist.

``install(window)`` (a feature of ``app/extensions.py``) adds Edit > Settings… with the
platform's Preferences shortcut, applies the chosen appearance (light / dark windows)
and keeps the tool icons readable on either. ``preferences_changed()`` is what anything
that edits ``Preferences.shared()`` calls afterwards: every window shows the new values,
and a window's child objects with an ``apply_preferences()`` method (the autosave timer)
read them again; ``notifier().changed`` tells anything else.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from ..i18n import tr
from .actions import new_action
from .appearance import appearance, is_dark
from .icons import SCALES, notation_icon
from .preferences import Preferences

PREFERENCES_FALLBACK = "Ctrl+,"
"""Where the platform names no Preferences shortcut (GNOME, Windows), the common one."""


class PreferencesNotifier(QObject):
    changed = Signal(object)
    """The shared Preferences changed (the argument); they are saved already."""


_NOTIFIER: list[PreferencesNotifier] = []


def notifier() -> PreferencesNotifier:
    """The process's notifier of preference changes."""
    if not _NOTIFIER:
        _NOTIFIER.append(PreferencesNotifier())
    return _NOTIFIER[0]


def main_windows() -> list[Any]:
    """The open main windows."""
    from .main_window import MainWindow

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


def apply_to_window(window: Any, prefs: Preferences) -> None:
    """Show ``prefs`` in one window: its grid, snap and new actors; and tell the
    window's features that keep settings of their own (a child object with an
    ``apply_preferences()`` method, as the autosave timer) to read them again."""
    window.actions_by_name["snap"].setChecked(prefs.snap_to_grid)
    window.actions_by_name["show_grid"].setChecked(prefs.show_grid)
    for view in window.tabs.views():
        view.grid_size = prefs.grid_size
        view.snap_enabled = prefs.snap_to_grid
        view.show_grid = prefs.show_grid
        view.actor_notation = prefs.actor_notation
        view.viewport().update()
    for child in window.children():
        apply = getattr(child, "apply_preferences", None)
        if callable(apply):
            apply()


def preferences_changed(save: bool = True) -> None:
    """Write the shared preferences (unless ``save`` is False) and apply them to every
    window and to the application's appearance."""
    prefs = Preferences.shared()
    if save:
        prefs.save()
    for window in main_windows():
        apply_to_window(window, prefs)
    look = appearance()
    if look is not None and look.mode != prefs.appearance:
        look.set_mode(prefs.appearance)
    notifier().changed.emit(prefs)


def preferences_shortcuts() -> list[QKeySequence]:
    """The platform's Preferences shortcut, or Ctrl+, where it has none."""
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    return keys or [QKeySequence(PREFERENCES_FALLBACK)]


class _PaletteWatcher(QObject):
    """Redraws a window's tool icons when its palette turns dark or light, and at every
    scale once the window is complete (until then, at the scales its screens need)."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self._window = window
        self.dark = False  # build_actions drew the tool icons for a light window
        self.scales = getattr(window, "icon_scales", SCALES)
        window.installEventFilter(self)
        completed = getattr(window, "completed", None)
        if self.scales != SCALES and completed is not None:
            completed.connect(self._complete)
        self.refresh()

    def refresh(self) -> None:
        dark = is_dark(QWidget.palette(self._window))  # .palette is the tool palette
        if dark == self.dark:
            return
        self.dark = dark
        self._redraw()

    def _complete(self) -> None:
        if self.scales != SCALES:
            self.scales = self._window.icon_scales = SCALES
            self._redraw()

    def _redraw(self) -> None:
        for name, action in self._window.actions_by_name.items():
            if name.startswith("tool_"):
                kind = name.removeprefix("tool_")
                action.setIcon(notation_icon(kind, dark=self.dark, scales=self.scales))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.refresh()
        return False


def follow_appearance(window: Any) -> None:
    """Give ``window`` the appearance setting (light, dark or the system's) and redraw
    its tool icons whenever its palette turns dark or light."""
    look = appearance()
    prefs = Preferences.shared()
    if look is not None and (not look.started or look.mode != prefs.appearance):
        look.set_mode(prefs.appearance)
    for view in window.tabs.views():
        view.actor_notation = prefs.actor_notation
    _PaletteWatcher(window)


def install(window: Any) -> None:
    """Add Edit > Settings… to ``window``."""
    action = new_action(
        window,
        tr("Se&ttings…"),
        lambda: open_settings(window),
        name="settings",
        tip=tr("Grid, snap, autosave, backups, export defaults, actor notation and colours"),
        status_tip=True,
        keys=preferences_shortcuts(),
    )
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    window.addAction(action)
    window.add_to_menu("edit", [action])
    window.actions_by_name.setdefault("settings", action)


def open_settings(window: Any) -> Any:
    """Show the Settings dialog (one for the application; raised when already open)."""
    from .settings_dialog import SettingsDialog

    dialog = SettingsDialog.instance(window)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
