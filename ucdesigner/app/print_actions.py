"""File > Print (Ctrl+P) and Print Preview: the current diagram, every diagram or the
selection, fitted to one page each or tiled across pages at a chosen scale with overlap
marks, in either orientation with chosen margins, with an optional header (document and
diagram name, date) and footer (page n of m). Always the light print theme: the pages
are painted by the picture exports' render path (``io.render.pages``). Printing only
reads the document: a printer that fails or is cancelled leaves it as it was."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, QMarginsF, Qt
from PySide6.QtGui import QCursor, QKeySequence, QPageLayout
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr
from .actions import new_action

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

# Qt's print support and the render path load when first used: the window starts
# without them (tests/gui/test_speed_paths.py).

WHAT = ("current", "all", "selection")


@dataclass(frozen=True)
class PrintSettings:
    """What the user chose last in the print options (kept per window)."""

    what: str = "current"
    fit: bool = True
    scale_percent: int = 100
    overlap_mm: float = 10.0
    landscape: bool = True
    margin_mm: float = 12.0
    header: bool = True
    footer: bool = True


_SETTINGS: dict[int, PrintSettings] = {}


def settings_of(window: Any) -> PrintSettings:
    return _SETTINGS.get(id(window), PrintSettings())


class PrintOptionsDialog(QDialog):
    """What to print and how; Print… and Preview… close it with the choice made."""

    PRINT, PREVIEW = 1, 2

    def __init__(self, window: Any, settings: PrintSettings, has_selection: bool) -> None:
        super().__init__(window)
        self.setObjectName("printOptionsDialog")
        self.setWindowTitle(tr("Print"))
        self.what_buttons: dict[str, QRadioButton] = {}
        what_group = QButtonGroup(self)
        what_box = QWidget()
        what_row = QVBoxLayout(what_box)
        what_row.setContentsMargins(0, 0, 0, 0)
        for key, text in (
            ("current", tr("The &current diagram")),
            ("all", tr("&Every diagram")),
            ("selection", tr("The &selection")),
        ):
            button = QRadioButton(text)
            button.setObjectName(f"printWhat_{key}")
            what_group.addButton(button)
            what_row.addWidget(button)
            self.what_buttons[key] = button
        self.what_buttons["selection"].setEnabled(has_selection)
        chosen = settings.what if settings.what != "selection" or has_selection else "current"
        self.what_buttons[chosen].setChecked(True)

        self.fit_button = QRadioButton(tr("&Fit each diagram on one page"))
        self.fit_button.setObjectName("printFit")
        self.tile_button = QRadioButton(tr("&Tile across pages at"))
        self.tile_button.setObjectName("printTile")
        size_group = QButtonGroup(self)
        size_group.addButton(self.fit_button)
        size_group.addButton(self.tile_button)
        (self.fit_button if settings.fit else self.tile_button).setChecked(True)
        self.scale = QSpinBox()
        self.scale.setObjectName("printScale")
        self.scale.setAccessibleName(tr("Scale"))
        self.scale.setRange(10, 1000)
        self.scale.setSuffix(" %")
        self.scale.setValue(settings.scale_percent)
        self.overlap = QDoubleSpinBox()
        self.overlap.setObjectName("printOverlap")
        self.overlap.setAccessibleName(tr("Overlap"))
        self.overlap.setDecimals(0)
        self.overlap.setRange(0, 50)
        self.overlap.setSuffix(" mm")
        self.overlap.setValue(settings.overlap_mm)
        self.overlap.setToolTip(tr("How much neighbouring pages repeat, to trim and glue them"))
        tile_row = QHBoxLayout()
        tile_row.addWidget(self.tile_button)
        tile_row.addWidget(self.scale)
        tile_row.addStretch(1)
        size_box = QWidget()
        size_layout = QVBoxLayout(size_box)
        size_layout.setContentsMargins(0, 0, 0, 0)
        size_layout.addWidget(self.fit_button)
        size_layout.addLayout(tile_row)

        self.orientation = QComboBox()
        self.orientation.setObjectName("printOrientation")
        self.orientation.setAccessibleName(tr("Orientation"))
        self.orientation.addItems([tr("Portrait"), tr("Landscape")])
        self.orientation.setCurrentIndex(1 if settings.landscape else 0)
        self.margin = QDoubleSpinBox()
        self.margin.setObjectName("printMargin")
        self.margin.setAccessibleName(tr("Margins"))
        self.margin.setDecimals(0)
        self.margin.setRange(0, 50)
        self.margin.setSuffix(" mm")
        self.margin.setValue(settings.margin_mm)
        self.header = QCheckBox(tr("&Header: document, diagram and date"))
        self.header.setObjectName("printHeader")
        self.header.setChecked(settings.header)
        self.footer = QCheckBox(tr("F&ooter: page n of m"))
        self.footer.setObjectName("printFooter")
        self.footer.setChecked(settings.footer)

        form = QFormLayout()
        form.addRow(tr("Print:"), what_box)
        form.addRow(tr("Size:"), size_box)
        form.addRow(tr("Overlap of tiles:"), self.overlap)
        form.addRow(tr("Orientation:"), self.orientation)
        form.addRow(tr("Margins:"), self.margin)
        form.addRow("", self.header)
        form.addRow("", self.footer)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.print_button = QPushButton(tr("&Print…"))
        self.print_button.setObjectName("printButton")
        self.preview_button = QPushButton(tr("Pre&view…"))
        self.preview_button.setObjectName("previewButton")
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(lambda: self.done(self.PRINT))
        self.preview_button.clicked.connect(lambda: self.done(self.PREVIEW))
        buttons.rejected.connect(self.reject)
        self.print_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.fit_button.toggled.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        tiling = self.tile_button.isChecked()
        self.scale.setEnabled(tiling)
        self.overlap.setEnabled(tiling)

    def settings(self) -> PrintSettings:
        what = next(key for key, button in self.what_buttons.items() if button.isChecked())
        return PrintSettings(
            what=what,
            fit=self.fit_button.isChecked(),
            scale_percent=self.scale.value(),
            overlap_mm=self.overlap.value(),
            landscape=self.orientation.currentIndex() == 1,
            margin_mm=self.margin.value(),
            header=self.header.isChecked(),
            footer=self.footer.isChecked(),
        )


def make_printer(settings: PrintSettings) -> QPrinter:
    """A printer set to the chosen orientation and margins."""
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    layout = printer.pageLayout()
    orientation = QPageLayout.Orientation
    layout.setOrientation(orientation.Landscape if settings.landscape else orientation.Portrait)
    layout.setUnits(QPageLayout.Unit.Millimeter)
    m = settings.margin_mm
    layout.setMargins(QMarginsF(m, m, m, m))
    printer.setPageLayout(layout)
    return printer


def _job(window: Any, settings: PrintSettings):
    """The diagrams to print and the render path's options for them."""
    from ..io.render.pages import PrintOptions

    view = window.current_view()
    current = view.diagram_id if view is not None else None
    ids = None
    if settings.what == "all":
        diagrams = [d.id for d in window.document.diagrams()]
    else:
        diagrams = [current] if current else []
        if settings.what == "selection" and view is not None:
            ids = view.diagram_scene.selected_ids() or None
    name = window.path.name if window.path else (window.document.name or tr("Untitled"))
    date = QLocale().toString(QDate.currentDate(), QLocale.FormatType.ShortFormat)
    options = PrintOptions(
        fit=settings.fit,
        scale=settings.scale_percent / 100.0,
        overlap_mm=settings.overlap_mm,
        ids=ids,
        header_left=f"{name} — {{diagram}}" if settings.header else "",
        header_right=date if settings.header else "",
        footer=tr("Page {page} of {pages}") if settings.footer else "",
    )
    return diagrams, options


def print_on(window: Any, printer: QPrinter, settings: PrintSettings) -> int:
    """Paint the pages on ``printer``; the number of pages, 0 when it failed (the user
    is told why)."""
    from ..io.render import ExportError
    from ..io.render.pages import print_diagrams

    diagrams, options = _job(window, settings)
    QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        pages = print_diagrams(window.document, diagrams, printer, options)
    except ExportError as error:
        QApplication.restoreOverrideCursor()
        QMessageBox.warning(window, tr("Cannot print"), str(error))
        return 0
    QApplication.restoreOverrideCursor()
    return pages


def preview(window: Any, settings: PrintSettings) -> QPrintPreviewDialog:
    """Show the pages in Qt's print preview (which can print them)."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    printer = make_printer(settings)
    dialog = QPrintPreviewDialog(printer, window)
    dialog.setObjectName("printPreview")
    dialog.setWindowTitle(tr("Print Preview"))
    dialog.paintRequested.connect(lambda device: print_on(window, device, settings))
    dialog.resize(1000, 760)
    dialog.exec()
    return dialog


def print_with_dialog(window: Any, settings: PrintSettings) -> int:
    """Ask for the printer (Qt's print dialog), then print; the pages printed, 0 when
    cancelled or failed. Without any printer installed the dialog offers a PDF file
    beside the document."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo

    printer = make_printer(settings)
    if not QPrinterInfo.availablePrinters():
        folder = window.path.parent if window.path else Path.home()
        stem = window.path.stem if window.path else (window.document.name or tr("Untitled"))
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(folder / f"{stem}.pdf"))
    dialog = QPrintDialog(printer, window)
    dialog.setObjectName("printDialog")
    if dialog.exec() != QDialog.DialogCode.Accepted:
        window.show_status(tr("Printing cancelled."))
        return 0
    pages = print_on(window, printer, settings)
    if pages:
        window.show_status(
            tr("Printed 1 page.") if pages == 1 else tr("Printed {n} pages.").format(n=pages)
        )
    return pages


def ask_and_print(window: Any, preview_first: bool = False) -> None:
    """The print options, then the print dialog or the preview."""
    view = window.current_view()
    has_selection = bool(view is not None and view.diagram_scene.selected_ids())
    dialog = PrintOptionsDialog(window, settings_of(window), has_selection)
    if preview_first:
        dialog.preview_button.setDefault(True)
    choice = dialog.exec()
    if choice not in (PrintOptionsDialog.PRINT, PrintOptionsDialog.PREVIEW):
        return
    settings = dialog.settings()
    _SETTINGS[id(window)] = settings
    if not window.document.diagrams():
        QMessageBox.information(window, tr("Print"), tr("The document has no diagram to print."))
        return
    if choice == PrintOptionsDialog.PREVIEW:
        preview(window, settings)
    else:
        print_with_dialog(window, settings)


def install(window: Any) -> None:
    """Add File > Print… (Ctrl+P) and Print Preview… to ``window``."""
    actions = [
        new_action(
            window, tr("&Print…"), lambda: ask_and_print(window), name="print",
            tip=tr("Print the diagram, every diagram or the selection"), status_tip=True,
            keys=[QKeySequence.StandardKey.Print],
        ),
        new_action(
            window, tr("Print Pre&view…"), lambda: ask_and_print(window, True),
            name="print_preview", tip=tr("See the printed pages before printing them"),
            status_tip=True,
        ),
    ]  # fmt: skip
    for action in actions:
        window.addAction(action)
        window.actions_by_name[action.objectName().removeprefix("action_")] = action
    window.add_to_menu("file", actions)
    window.destroyed.connect(lambda *_: _SETTINGS.pop(id(window), None))
