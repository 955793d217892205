"""The list of matches in the Find panel: a table model over the matches that words a
row only when the view shows it, so a keystroke that finds a thousand matches costs the
search and one reset, not a thousand rows made up front (that took three times as long
as the search itself)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from ..model.search import Match

Index = QModelIndex | QPersistentModelIndex
REFUSED_COLOUR = "#b00020"


class MatchModel(QAbstractTableModel):
    """Rows of matches, columns as ``headers``; ``words(match)`` gives a row's texts
    but the last (the preview), ``after(match)`` the preview text and whether it is a
    refusal."""

    def __init__(
        self,
        headers: Sequence[str],
        words: Callable[[Match], tuple[str, ...]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.words = words
        self.matches: list[Match] = []
        self._rows: dict[int, tuple[str, ...]] = {}
        self.after: Callable[[Match], tuple[str, bool] | None] = lambda _match: None

    def set_matches(self, matches: list[Match]) -> None:
        self.beginResetModel()
        self.matches = matches
        self._rows = {}
        self.endResetModel()

    def preview_changed(self) -> None:
        """The preview column reads differently (the replacement text changed)."""
        if self.matches:
            last = len(self.headers) - 1
            self.dataChanged.emit(self.index(0, last), self.index(len(self.matches) - 1, last))

    def row_texts(self, row: int) -> tuple[str, ...]:
        texts = self._rows.get(row)
        if texts is None:
            texts = self._rows[row] = self.words(self.matches[row])
        return texts

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self.matches)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        last = len(self.headers) - 1
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == last:
                after = self.after(self.matches[row])
                return after[0] if after is not None else ""
            if role == Qt.ItemDataRole.ToolTipRole and column == 3:
                return self.matches[row].text  # the whole field, not the snippet
            return self.row_texts(row)[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == last:
            after = self.after(self.matches[row])
            if after is not None and after[1]:
                return QBrush(QColor(REFUSED_COLOUR))
        return None


class ResultsView(QTreeView):
    """The matches as a flat list; ``currentRowChanged`` says which one is chosen."""

    currentRowChanged = Signal(int)

    def __init__(self, model: MatchModel) -> None:
        super().__init__()
        self.setModel(model)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.selectionModel().currentRowChanged.connect(
            lambda current, _old: self.currentRowChanged.emit(current.row())
        )

    def match_model(self) -> MatchModel:
        model = self.model()
        assert isinstance(model, MatchModel)
        return model

    def row_count(self) -> int:
        return self.match_model().rowCount()

    def text(self, row: int, column: int) -> str:
        """What the list shows in a cell."""
        return str(self.match_model().index(row, column).data() or "")

    def tool_tip(self, row: int, column: int) -> str:
        return str(self.match_model().index(row, column).data(Qt.ItemDataRole.ToolTipRole) or "")

    def current_row(self) -> int:
        """The chosen row, -1 for none."""
        current = self.currentIndex()
        return current.row() if current.isValid() else -1

    def set_current_row(self, row: int) -> None:
        """Choose a row (``currentRowChanged`` fires when it is another one)."""
        index = self.match_model().index(row, 0)
        self.setCurrentIndex(index)
        self.scrollTo(index)
