"""An editable list of rows (steps, conditions, stakeholders), keyboard first.

Rows are shown in a table; each edit gives the whole new list at once through
``changed(text, rows)``, with a readable undo text, so the owner changes the model in
one step. Keys: Ctrl+Return or Insert adds a row below (and starts typing in it),
Delete removes, Ctrl+Up / Ctrl+Down move, Ctrl+Right / Ctrl+Left indent and outdent
(numbered lists), Return or F2 edits the current row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr
from ..model.spec_text import outline_numbers
from .buttons import tool_button_row

MAX_INDENT = 5


@dataclass(frozen=True)
class Row:
    """One row: a key that survives reordering (a step id), its texts and its indent."""

    key: str
    texts: tuple[str, ...]
    indent: int = 0


class _Table(QTableWidget):
    """The table, with the editor's keys."""

    def __init__(self, owner: RowsEditor) -> None:
        super().__init__(owner)
        self.owner = owner

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() == QAbstractItemView.State.EditingState:
            super().keyPressEvent(event)
            return
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        action: Callable[[], None] | None = None
        if key == Qt.Key.Key_Insert or (ctrl and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            action = self.owner.add_row
        elif key == Qt.Key.Key_Delete:
            action = self.owner.remove_row
        elif ctrl and key == Qt.Key.Key_Up:
            action = lambda: self.owner.move_row(-1)  # noqa: E731
        elif ctrl and key == Qt.Key.Key_Down:
            action = lambda: self.owner.move_row(1)  # noqa: E731
        elif ctrl and key == Qt.Key.Key_Right and self.owner.indentable:
            action = lambda: self.owner.indent_row(1)  # noqa: E731
        elif ctrl and key == Qt.Key.Key_Left and self.owner.indentable:
            action = lambda: self.owner.indent_row(-1)  # noqa: E731
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            action = self.owner.edit_current
        if action is None:
            super().keyPressEvent(event)
        else:
            action()
            event.accept()


class RowsEditor(QWidget):
    """A list of rows with add, remove, move and (numbered lists) indent. See the module
    docstring for the keys."""

    changed = Signal(str, list)
    """(undo text, the new rows): the user changed the list."""

    def __init__(
        self,
        columns: list[str],
        noun: str,
        new_key: Callable[[], str],
        numbered: bool = False,
        indentable: bool = False,
        number_prefix: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = columns
        self.noun = noun
        self.new_key = new_key
        self.numbered = numbered
        self.indentable = indentable
        self.number_prefix = number_prefix
        self.rows: list[Row] = []
        self._loading = False
        self.table = _Table(self)
        first = 1 if numbered else 0
        self.table.setColumnCount(first + len(columns))
        self.table.setHorizontalHeaderLabels((["#"] if numbered else []) + columns)
        self.table.horizontalHeader().setVisible(len(columns) > 1)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        if numbered:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in range(first, first + len(columns)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)
        self.table.itemChanged.connect(self._item_changed)
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())
        self.table.setAccessibleName(noun)
        specs = [
            ("add", "+", tr("Add a row below (Ctrl+Return or Insert)"), self.add_row),
            ("remove", "−", tr("Remove the row (Delete)"), self.remove_row),
            ("up", "↑", tr("Move up (Ctrl+Up)"), lambda: self.move_row(-1)),
            ("down", "↓", tr("Move down (Ctrl+Down)"), lambda: self.move_row(1)),
        ]
        if indentable:
            specs += [
                ("outdent", "←", tr("Outdent (Ctrl+Left)"), lambda: self.indent_row(-1)),
                (
                    "indent",
                    "→",
                    tr("Indent under the row above (Ctrl+Right)"),
                    lambda: self.indent_row(1),
                ),
            ]
        buttons, self.buttons = tool_button_row(specs, noun)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.set_rows([])

    # ------------------------------------------------------------------ showing

    def set_rows(self, rows: list[Row]) -> None:
        """Show these rows (unless a cell is being edited), keeping the current row."""
        if self.table.state() == QAbstractItemView.State.EditingState:
            return
        current = self.table.currentRow()
        self._show(list(rows), current)

    def _show(self, rows: list[Row], current: int) -> None:
        self.rows = rows
        self._loading = True
        self.table.setRowCount(len(rows))
        first = 1 if self.numbered else 0
        for index, row in enumerate(rows):
            if self.numbered:
                number = QTableWidgetItem("\u2003" * row.indent + self.number_label(index))
                number.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                number.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.table.setItem(index, 0, number)
            for column, text in enumerate(row.texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text if len(text) > 40 else "")
                self.table.setItem(index, first + column, item)
        self.table.resizeRowsToContents()
        self._loading = False
        if rows:
            row = min(max(current, 0), len(rows) - 1)
            # The current row, without selecting it: lists at rest are not highlighted.
            self.table.selectionModel().setCurrentIndex(
                self.table.model().index(row, first),
                QItemSelectionModel.SelectionFlag.NoUpdate,
            )
        self._fit_height()
        self._update_buttons()

    def number_label(self, index: int) -> str:
        """The row's number: "3", or "2.1" for a row indented under row 2."""
        numbers = outline_numbers([r.indent for r in self.rows]) if self.indentable else []
        number = numbers[index] if index < len(numbers) else str(index + 1)
        return f"{self.number_prefix}{number}"

    def _fit_height(self) -> None:
        rows = sum(self.table.rowHeight(i) for i in range(self.table.rowCount()))
        header = self.table.horizontalHeader().height() if len(self.columns) > 1 else 0
        empty = self.table.fontMetrics().height() + 12
        height = max(rows, empty) + header + 2 * self.table.frameWidth() + 2
        self.table.setFixedHeight(min(height, 320))

    def _update_buttons(self) -> None:
        row = self.table.currentRow()
        has = 0 <= row < len(self.rows)
        self.buttons["remove"].setEnabled(has)
        self.buttons["up"].setEnabled(has and row > 0)
        self.buttons["down"].setEnabled(has and row < len(self.rows) - 1)
        if self.indentable:
            indent = self.rows[row].indent if has else 0
            limit = self.rows[row - 1].indent + 1 if has and row > 0 else 0
            self.buttons["indent"].setEnabled(has and indent < min(limit, MAX_INDENT))
            self.buttons["outdent"].setEnabled(has and indent > 0)

    # ------------------------------------------------------------------ editing

    def _commit(self, text: str, rows: list[Row], current: int) -> None:
        self._show(rows, current)
        if 0 <= current < len(rows):
            self.table.selectRow(current)
        self.changed.emit(text, rows)

    def _what(self, index: int) -> str:
        return f"{self.noun} {self.number_label(index)}" if self.numbered else self.noun

    def add_row(self) -> None:
        """Add an empty row below the current one and start typing in it."""
        index = self.table.currentRow() + 1 if self.rows else 0
        indent = self.rows[index - 1].indent if index > 0 and self.rows else 0
        row = Row(self.new_key(), tuple("" for _ in self.columns), indent)
        rows = [*self.rows[:index], row, *self.rows[index:]]
        self._commit(tr("Add {what}").format(what=self._what(index)), rows, index)
        self.table.setFocus()
        self.edit_current()

    def remove_row(self) -> None:
        index = self.table.currentRow()
        if not 0 <= index < len(self.rows):
            return
        rows = [r for i, r in enumerate(self.rows) if i != index]
        self._commit(tr("Remove {what}").format(what=self._what(index)), rows, index)

    def move_row(self, delta: int) -> None:
        index = self.table.currentRow()
        target = index + delta
        if not (0 <= index < len(self.rows) and 0 <= target < len(self.rows)):
            return
        rows = list(self.rows)
        rows[index], rows[target] = rows[target], rows[index]
        text = tr("Move {what} up") if delta < 0 else tr("Move {what} down")
        self._commit(text.format(what=self._what(index)), rows, target)

    def indent_row(self, delta: int) -> None:
        index = self.table.currentRow()
        if not self.indentable or not 0 <= index < len(self.rows):
            return
        row = self.rows[index]
        limit = self.rows[index - 1].indent + 1 if index > 0 else 0
        indent = max(0, min(row.indent + delta, limit, MAX_INDENT))
        if indent == row.indent:
            return
        rows = list(self.rows)
        rows[index] = replace(row, indent=indent)
        text = tr("Indent {what}") if delta > 0 else tr("Outdent {what}")
        self._commit(text.format(what=self._what(index)), rows, index)

    def edit_current(self) -> None:
        index = self.table.currentRow()
        if 0 <= index < len(self.rows):
            item = self.table.item(index, 1 if self.numbered else 0)
            self.table.setCurrentItem(item)
            self.table.editItem(item)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        index = item.row()
        column = item.column() - (1 if self.numbered else 0)
        if not 0 <= index < len(self.rows) or column < 0:
            return
        row = self.rows[index]
        texts = list(row.texts)
        if texts[column] == item.text():
            return
        texts[column] = item.text()
        rows = list(self.rows)
        rows[index] = replace(row, texts=tuple(texts))
        self.rows = rows
        self.changed.emit(tr("Edit {what}").format(what=self._what(index)), rows)
        self._update_buttons()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()
        self._fit_height()

    def current_row(self) -> int:
        """The index of the current row (-1: none)."""
        return self.table.currentRow()

    def select_row(self, index: int) -> None:
        if 0 <= index < len(self.rows):
            self.table.setCurrentCell(index, 1 if self.numbered else 0)
            self._update_buttons()

    def connect_current_changed(self, slot: Callable[[int], None]) -> None:
        """Call ``slot(row)`` when the current row changes."""
        self.table.currentCellChanged.connect(lambda row, *_: slot(row))
