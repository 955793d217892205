"""Icons from the desktop's icon theme (freedesktop names) for the standard actions: New,
Open, Save, Undo, Cut, Zoom... Icon themes are vector or come in many sizes, so they stay
sharp on high-DPI screens. Where the desktop has no such icon (or no icon theme at all)
the action keeps its text, as before. A feature of ``app/extensions.py``."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QIcon

THEME_NAMES = {
    "new": "document-new",
    "open": "document-open",
    "save": "document-save",
    "save_as": "document-save-as",
    "close": "window-close",
    "quit": "application-exit",
    "undo": "edit-undo",
    "redo": "edit-redo",
    "cut": "edit-cut",
    "copy": "edit-copy",
    "paste": "edit-paste",
    "delete_from_diagram": "edit-delete",
    "select_all": "edit-select-all",
    "rename": "edit-rename",
    "zoom_in": "zoom-in",
    "zoom_out": "zoom-out",
    "zoom_reset": "zoom-original",
    "zoom_fit": "zoom-fit-best",
    "settings": "preferences-system",
    "shortcuts": "help-keyboard-shortcuts",
    "about": "help-about",
}


def install(window: Any) -> None:
    """Give ``window``'s standard actions the desktop theme's icons where it has them."""
    for name, icon_name in THEME_NAMES.items():
        action = window.actions_by_name.get(name)
        if action is not None and action.icon().isNull() and QIcon.hasThemeIcon(icon_name):
            action.setIcon(QIcon.fromTheme(icon_name))
