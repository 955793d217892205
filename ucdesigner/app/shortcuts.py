"""The keyboard shortcuts, read from a window's menus (so the list cannot drift from what
the keys do): for Help > Keyboard Shortcuts and for the README's table.

``python -m ucdesigner.app.shortcuts`` prints the table as Markdown;
``python -m ucdesigner.app.shortcuts --update README.md`` rewrites the table between
the ``<!-- shortcuts:begin -->`` and ``<!-- shortcuts:end -->`` lines of that file.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr

BEGIN, END = "<!-- shortcuts:begin -->", "<!-- shortcuts:end -->"
LEGACY = {
    "Close",
    "Undo",
    "Redo",
    "Cut",
    "Copy",
    "Paste",
    "Alt+Backspace",
    "Alt+Shift+Backspace",
    "Shift+Del",
    "Shift+Ins",
    "Ctrl+Ins",
}
"""Dedicated keys and old CUA alternatives some platforms add to the standard ones: they
work, but the lists leave them out."""
Portable = QKeySequence.SequenceFormat.PortableText
Native = QKeySequence.SequenceFormat.NativeText


def gestures() -> list[tuple[str, str, str]]:
    """What the canvas does with keys and the mouse beyond the menus: (what, where, keys)."""
    canvas = tr("Canvas")
    return [
        (tr("Select the next / previous element"), canvas, tr("Tab / Shift+Tab")),
        (tr("Leave the canvas"), canvas, tr("Tab on the last element")),
        (tr("Edit the selection's properties"), canvas, tr("Enter")),
        (tr("Place the chosen element in the middle"), canvas, tr("Enter (after its key)")),
        (tr("Move the selection"), canvas, tr("Arrow keys (Shift: big steps)")),
        (tr("Cancel the tool or the drag; clear the selection"), canvas, "Esc"),
        (tr("Next / previous diagram"), canvas, "Ctrl+Tab / Ctrl+Shift+Tab"),
        (tr("Pan"), canvas, tr("Space + drag, or the middle mouse button")),
        (tr("Zoom"), canvas, tr("Ctrl + mouse wheel")),
        (tr("Place freely, off the grid"), canvas, tr("Alt while dragging")),
    ]


def _title(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def menu_shortcuts(
    window: Any, fmt: QKeySequence.SequenceFormat = Portable, legacy: bool = True
) -> list[tuple[str, str, str]]:
    """(action, menu, keys) for every menu entry with a shortcut, in menu order;
    ``legacy=False`` leaves out the ``LEGACY`` keys."""
    rows: list[tuple[str, str, str]] = []
    seen: set[int] = set()

    def walk(menu: Any, path: str) -> None:
        for action in menu.actions():
            if action.isSeparator() or id(action) in seen:
                continue
            seen.add(id(action))
            if action.menu() is not None:
                walk(action.menu(), f"{path} ▸ {_title(action.text())}")
                continue
            keys = []
            for key in action.shortcuts():
                text = key.toString(fmt)
                if not legacy and key.toString(Portable) in LEGACY:
                    continue
                if text and text not in keys:
                    keys.append(text)
            if keys:
                rows.append((_title(action.text()).rstrip("…"), path, ", ".join(keys)))

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu(), _title(top.text()))
    return rows


def markdown_table(window: Any) -> str:
    """The shortcuts of ``window`` and the canvas gestures as a Markdown table."""
    lines = [
        f"| {tr('what')} | {tr('where')} | {tr('keys')} |",
        "| --- | --- | --- |",
    ]
    for what, where, keys in menu_shortcuts(window, legacy=False):
        code = ", ".join(f"`{key}`" for key in keys.split(", "))
        lines.append(f"| {what} | {where} | {code} |")
    for what, where, keys in gestures():
        lines.append(f"| {what} | {where} | {keys} |")
    return "\n".join(lines) + "\n"


class ShortcutsDialog(QDialog):
    """Help > Keyboard Shortcuts: the same list as the README, in the platform's key
    names."""

    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(tr("Keyboard Shortcuts"))
        self.rows = [*menu_shortcuts(window, Native, legacy=False), *gestures()]
        self.table = QTableWidget(len(self.rows), 3)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([tr("What"), tr("Where"), tr("Keys")])
        for row, values in enumerate(self.rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setAlternatingRowColors(True)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        width = sum(self.table.columnWidth(c) for c in range(3)) + 60
        self.resize(max(560, min(width, 900)), 620)


def replace_table(text: str, table: str) -> str:
    """``text`` with the part between the markers replaced by ``table``."""
    start, end = text.index(BEGIN) + len(BEGIN), text.index(END)
    return text[:start] + "\n\n" + table + "\n" + text[end:]


def table_in(text: str) -> str:
    """The table between the markers of ``text``."""
    start, end = text.index(BEGIN) + len(BEGIN), text.index(END)
    return text[start:end].strip() + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ucdesigner.app.shortcuts")
    parser.add_argument("--update", metavar="FILE", help="rewrite the table in FILE")
    args = parser.parse_args(argv)
    # The standard keys depend on the platform's theme: the table is made offscreen,
    # like the test that compares it.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    # Fresh preferences: the table is the same whoever runs this.
    os.environ["UCDESIGNER_CONFIG_DIR"] = tempfile.mkdtemp(prefix="ucdesigner-shortcuts-")
    from PySide6.QtWidgets import QApplication

    from .main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    window = MainWindow()
    table = markdown_table(window)
    window.deleteLater()
    app.processEvents()
    if args.update:
        path = Path(args.update)
        path.write_text(replace_table(path.read_text("utf-8"), table), "utf-8")
    else:
        sys.stdout.write(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
