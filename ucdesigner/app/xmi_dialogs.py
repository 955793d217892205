"""File > Import XMI... and File > Export XMI...: file dialogs, the import report dialog.

``import_xmi(parent)`` asks for a file, imports it and shows what was imported, mapped
and left out; ``export_xmi(parent, document)`` asks for a file name and a dialect and
writes it. Both show a message naming the problem when a file cannot be used; the open
document is never touched by a failed import (the caller gets None).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr
from ..io.imports import FORMAT_NAMES, IMPORT_SUFFIXES, read_model_file
from ..io.staruml_export import write_mdj
from ..io.xmi import DEFAULT_DIALECT, ImportReport, XMIError, write_xmi
from ..model import Document, DocumentData, IntegrityError
from .progress import run_in_background

IMPORT_PATTERNS = tuple(f"*{suffix}" for suffix in IMPORT_SUFFIXES)


def count_labels() -> dict[str, str]:
    """What each count of the report is called in the dialog (translated)."""
    return {
        "actor": tr("Actors"),
        "usecase": tr("Use cases"),
        "subject": tr("System boundaries"),
        "package": tr("Packages"),
        "comment": tr("Comments"),
        "association": tr("Associations"),
        "include": tr("Includes"),
        "extend": tr("Extends"),
        "generalization": tr("Generalizations"),
        "dependency": tr("Dependencies"),
        "comment_link": tr("Comment links"),
        "extension_point": tr("Extension points"),
        "diagram": tr("Diagrams read from the file"),
        "shape": tr("Shapes placed on them"),
        "generated_diagram": tr("Diagrams laid out automatically"),
        "dangling": tr("References to other files"),
    }


class ImportReportDialog(QDialog):
    """The import report: counts per kind, what was mapped, what was left out and why."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Import report"))
        self.resize(720, 560)
        layout = QVBoxLayout(self)
        source = Path(report.source).name
        heading = self.tr("Imported {file}").format(file=source)
        if report.exporter:
            heading += " — " + self.tr("written by {tool}").format(tool=report.exporter)
        self.heading = QLabel(heading)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.heading)
        summary = self.tr("{kept} items imported, {mapped} mapped, {dropped} not imported").format(
            kept=sum(
                report.counts.get(k, 0)
                for k in ("actor", "usecase", "subject", "package", "comment")
            )
            + sum(
                report.counts.get(k, 0)
                for k in ("association", "include", "extend", "generalization", "dependency")
            ),
            mapped=len(report.mapped),
            dropped=len(report.dropped),
        )
        self.summary = QLabel(summary)
        layout.addWidget(self.summary)

        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.counts = self._counts_table()
        self.tabs.addTab(self.counts, self.tr("Counts"))
        self.mapped = self._entries(report.mapped, self.tr("How it was read"))
        self.tabs.addTab(self.mapped, self.tr("Mapped ({n})").format(n=len(report.mapped)))
        self.dropped = self._entries(report.dropped, self.tr("Why"))
        self.tabs.addTab(self.dropped, self.tr("Not imported ({n})").format(n=len(report.dropped)))
        if report.ignored:
            self.ignored = self._ignored_table()
            self.tabs.addTab(self.ignored, self.tr("Outside use cases"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy report"))
        self.copy_button.setToolTip(self.tr("Copy the whole report as text"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def _counts_table(self) -> QTableWidget:
        labels = count_labels()
        rows = [(labels[k], self.report.counts[k]) for k in labels if k in self.report.counts]
        table = QTableWidget(len(rows), 2)
        table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Count")])
        for row, (label, value) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(label))
            number = QTableWidgetItem(str(value))
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, 1, number)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        return table

    def _entries(self, entries: list, why: str) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setColumnCount(2)
        tree.setHeaderLabels([self.tr("Element"), why])
        groups: dict[str, QTreeWidgetItem] = {}
        for entry in entries:
            group = groups.get(entry.detail)
            if group is None:
                group = QTreeWidgetItem(tree, ["", entry.detail])
                groups[entry.detail] = group
            QTreeWidgetItem(group, [entry.what, entry.xid])
        for detail, group in groups.items():
            n = group.childCount()
            if n == 1:
                child = group.takeChild(0)
                group.setText(0, child.text(0))
                group.setToolTip(0, child.text(1))
            else:
                group.setText(0, self.tr("{n} elements").format(n=n))
            group.setToolTip(1, detail)
        if len(entries) <= 40:
            tree.expandAll()
        tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        tree.setColumnWidth(0, 260)
        tree.setWordWrap(True)
        return tree

    def _ignored_table(self) -> QTableWidget:
        rows = sorted(self.report.ignored.items(), key=lambda kv: (-kv[1], kv[0]))
        table = QTableWidget(len(rows), 2)
        table.setHorizontalHeaderLabels([self.tr("UML kind"), self.tr("Count")])
        for row, (kind, n) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(kind))
            table.setItem(row, 1, QTableWidgetItem(str(n)))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        return table

    def copy_to_clipboard(self) -> None:
        """Put the whole report, as plain text, on the clipboard."""
        QGuiApplication.clipboard().setText(self.report.text())


def import_filter() -> str:
    """The open dialog's file type filter."""
    names = {
        "XMI": tr("XMI files"),
        "MagicDraw / Cameo projects": tr("MagicDraw / Cameo projects"),
        "ArgoUML projects": tr("ArgoUML projects"),
        "StarUML projects": tr("StarUML projects"),
        "draw.io drawings": tr("draw.io drawings"),
    }
    filters = [tr("Models of other tools ({patterns})").format(patterns=" ".join(IMPORT_PATTERNS))]
    filters += [
        f"{names[name]} ({' '.join('*' + s for s in suffixes)})" for name, suffixes in FORMAT_NAMES
    ]
    return ";;".join([*filters, tr("All files (*)")])


def import_xmi(
    parent: QWidget | None, path: str | None = None
) -> tuple[Document, ImportReport] | None:
    """Ask for a model file (unless ``path`` is given: a file dropped on the window),
    import it and show the report; None when cancelled or failed."""
    if path is None:
        path, _chosen = QFileDialog.getOpenFileName(parent, tr("Import"), "", import_filter())
    if not path:
        return None
    imported = import_in_background(parent, path)
    if imported is None:
        return None
    show_report(parent, imported[1])
    return imported


def _read_document(path: str) -> tuple[Document, ImportReport]:
    # Pure Python (lxml and the model): safe in a worker thread.
    result = read_model_file(path)
    return result.document, result.report


def import_in_background(parent: QWidget | None, path: str) -> tuple[Document, ImportReport] | None:
    """Read ``path`` and build its Document in a worker thread, with a progress dialog
    that can cancel; the window keeps repainting. None when cancelled or when the file
    cannot be used (a message says why)."""
    outcome = run_in_background(
        parent,
        tr("Importing {file}…").format(file=Path(path).name),
        lambda: _read_document(path),
    )
    if outcome.cancelled:
        return None
    if isinstance(outcome.error, XMIError | IntegrityError):
        QMessageBox.critical(parent, tr("Cannot import"), str(outcome.error))
        return None
    if outcome.error is not None:
        raise outcome.error
    return outcome.value


def show_report(parent: QWidget | None, report: ImportReport) -> None:
    """Show the import report dialog (modal)."""
    ImportReportDialog(report, parent).exec()


def export_filters() -> dict[str, str]:
    """File dialog filter -> dialect."""
    return {
        tr("Eclipse UML2 / Papyrus (*.uml)"): "eclipse",
        tr("OMG XMI 2.5.1 (*.xmi)"): "omg",
        tr("Enterprise Architect XMI 2.1 (*.xmi)"): "ea",
    }


def export_xmi(parent: QWidget | None, document: Document | DocumentData) -> bool:
    """Ask for a file name and a dialect, write the document; True when written."""
    filters = export_filters()
    default = next(f for f, d in filters.items() if d == DEFAULT_DIALECT)
    path, chosen = QFileDialog.getSaveFileName(
        parent, tr("Export XMI"), "", ";;".join(filters), default
    )
    if not path:
        return False
    dialect = filters.get(chosen, DEFAULT_DIALECT)
    target = Path(path)
    if target.suffix.lower() not in (".uml", ".xmi"):
        target = target.with_suffix(".uml" if dialect == "eclipse" else ".xmi")
    try:
        write_xmi(document, target, dialect)
    except XMIError as error:
        QMessageBox.critical(parent, tr("Cannot export XMI"), str(error))
        return False
    return True


def export_mdj(parent: QWidget | None, document: Document | DocumentData) -> bool:
    """Ask for a file name, write the document as a StarUML project; True when written."""
    path, _chosen = QFileDialog.getSaveFileName(
        parent, tr("Export StarUML project"), "", tr("StarUML projects (*.mdj)")
    )
    if not path:
        return False
    target = Path(path)
    if target.suffix.lower() != ".mdj":
        target = target.with_suffix(".mdj")
    try:
        write_mdj(document, target)
    except XMIError as error:
        QMessageBox.critical(parent, tr("Cannot export StarUML project"), str(error))
        return False
    return True
