"""View ▸ Coverage: the journey stages x actors with the use cases in each cell, the
gaps marked (an empty cell says "no use case"; a stage with pain points and no use case
says so in its row header; both also in a warning colour and italics, never by colour
alone), and the KPI summary per stage and balanced-scorecard perspective. Clicking a
cell selects its use cases; Export CSV… writes both tables."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr
from ..io.coverage_csv import write_coverage_csv
from ..io.coverage_text import coverage_summary, kpi_tally, stage_heading
from ..model import Document, Transaction
from ..model.coverage import Coverage, coverage
from ..model.journey import PERSPECTIVE_LABELS, PERSPECTIVES

IDS_ROLE = Qt.ItemDataRole.UserRole
GAP_FILL = "#fdecea"
GAP_INK = "#8e1b1b"


def _gap(item: QTableWidgetItem) -> None:
    item.setBackground(QBrush(QColor(GAP_FILL)))
    item.setForeground(QBrush(QColor(GAP_INK)))
    font = QFont(item.font())
    font.setItalic(True)
    item.setFont(font)


class CoverageView(QWidget):
    """The two tables of the coverage of one window's document."""

    def __init__(self, window: Any) -> None:
        super().__init__()
        self.setObjectName("coverageView")
        self.window = window
        self.document: Document | None = None
        self.result: Coverage | None = None
        self._unsubscribe: Callable[[], None] | None = None
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("coverageSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.table = QTableWidget()
        self.table.setObjectName("coverageTable")
        self.table.setAccessibleName(tr("Coverage of the journey stages by use cases, per actor"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.cellClicked.connect(self.cell_clicked)
        self.table.cellActivated.connect(self.cell_clicked)
        splitter.addWidget(self.table)
        self.kpi_table = QTableWidget()
        self.kpi_table.setObjectName("kpiSummaryTable")
        self.kpi_table.setAccessibleName(tr("KPIs per stage and balanced-scorecard perspective"))
        self.kpi_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.kpi_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        splitter.addWidget(self.kpi_table)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        export = QPushButton(tr("Export CSV…"))
        export.setObjectName("coverageExport")
        export.setToolTip(tr("Write both tables to a CSV file for a spreadsheet"))
        export.clicked.connect(lambda _checked=False: self.export_csv())
        row.addWidget(export)
        layout.addLayout(row)

    # ------------------------------------------------------------------ following the document

    def follow(self) -> None:
        """Show the coverage of the window's current document, and keep it current."""
        document = self.window.document
        if document is not self.document:
            if self._unsubscribe is not None:
                self._unsubscribe()
            self.document = document
            self._unsubscribe = document.subscribe(self._changed)
        self.refresh()

    def release(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.document = None

    def _changed(self, _transaction: Transaction) -> None:
        if not shiboken6.isValid(self):  # the window is gone; stop following
            self.document = None
            return
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        if self.document is None:
            return
        self.result = result = coverage(self.document)
        self._fill_matrix(result)
        self._fill_kpis(result)
        self.summary.setText(coverage_summary(result, tr("Every cell is covered."), tr))

    # ------------------------------------------------------------------ tables

    def _fill_matrix(self, result: Coverage) -> None:
        table = self.table
        table.clear()
        table.setRowCount(len(result.rows))
        table.setColumnCount(len(result.actors))
        table.setHorizontalHeaderLabels(
            [a.name or a.id if a is not None else tr("(no actor)") for a in result.actors]
        )
        for r, row in enumerate(result.rows):
            name, notes = stage_heading(row, tr)
            header = QTableWidgetItem("\n".join([name, *notes]))
            if row.unsupported:
                _gap(header)
            table.setVerticalHeaderItem(r, header)
            for c, actor in enumerate(result.actors):
                ids = result.cell(row.key, actor)
                if ids:
                    item = QTableWidgetItem("\n".join(result.names[i] for i in ids))
                    item.setToolTip(tr("Click to select these use cases"))
                else:
                    item = QTableWidgetItem(tr("— no use case —"))
                    if row.stage is not None and actor is not None:
                        _gap(item)
                item.setData(IDS_ROLE, list(ids))
                table.setItem(r, c, item)
        table.resizeRowsToContents()

    def _fill_kpis(self, result: Coverage) -> None:
        table = self.kpi_table
        table.clear()
        table.setRowCount(len(result.rows))
        table.setColumnCount(len(PERSPECTIVES))
        table.setHorizontalHeaderLabels([tr(PERSPECTIVE_LABELS[p]) for p in PERSPECTIVES])
        for r, row in enumerate(result.rows):
            table.setVerticalHeaderItem(
                r,
                QTableWidgetItem(row.stage.name if row.stage is not None else tr("(no stage)")),
            )
            for c, perspective in enumerate(PERSPECTIVES):
                tally = result.kpis[(row.key, perspective)]
                item = QTableWidgetItem(kpi_tally(tally, tr))
                if tally.missed:
                    _gap(item)
                table.setItem(r, c, item)

    # ------------------------------------------------------------------ actions

    def cell_ids(self, row: int, column: int) -> list[str]:
        item = self.table.item(row, column)
        return list(item.data(IDS_ROLE) or []) if item is not None else []

    def cell_clicked(self, row: int, column: int) -> None:
        """Select the cell's use cases: on the current diagram when it shows any of
        them, else on the first diagram that does; and in the model browser."""
        ids = self.cell_ids(row, column)
        if not ids or self.document is None:
            return
        window = self.window
        view = window.current_view()
        shown = view is not None and any(
            self.document.shape(view.diagram_id, i) is not None for i in ids
        )
        if not shown:
            diagram = next((d for i in ids for d in self.document.diagrams_showing(i)), None)
            if diagram is not None:
                window.tabs.show_diagram(diagram)
                view = window.current_view()
        if view is not None:
            view.diagram_scene.select_ids(ids)
            rect = view.diagram_scene.content_rect(
                [i for i in ids if self.document.shape(view.diagram_id, i) is not None]
            )
            if not rect.isNull():
                view.ensureVisible(rect, 40, 40)
        window.browser.select_ids(ids)
        window.properties.show_ids(ids)
        names = ", ".join(self.result.names[i] for i in ids) if self.result else ""
        window.show_status(tr("Selected {names}").format(names=names))

    def export_csv(self, path: str | None = None) -> bool:
        if self.document is None:
            return False
        if path is None:
            start = (
                self.window.path.with_suffix(".coverage.csv")
                if self.window.path
                else Path("coverage.csv")
            )
            path, _ = QFileDialog.getSaveFileName(
                self, tr("Export Coverage as CSV"), str(start), tr("CSV files (*.csv)")
            )
            if not path:
                return False
        try:
            write_coverage_csv(coverage(self.document), path)
        except OSError as error:
            self.window.show_status(
                tr("{path}: cannot be written ({reason})").format(
                    path=path, reason=error.strerror or error
                )
            )
            return False
        self.window.show_status(tr("Coverage written to {path}").format(path=path))
        return True


def install_dock(window: Any) -> QDockWidget:
    """The Coverage dock (hidden until View ▸ Coverage), at the bottom of the window."""
    view = CoverageView(window)
    dock = QDockWidget(tr("Coverage"), window)
    dock.setObjectName("coverageDock")
    dock.setWidget(view)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    window.resizeDocks([dock], [340], Qt.Orientation.Vertical)
    dock.hide()
    dock.visibilityChanged.connect(lambda visible: view.follow() if visible else None)
    window.undo_group.activeStackChanged.connect(
        lambda _stack: view.follow() if dock.isVisible() else view.release()
    )
    window.coverage_view = view
    return dock
