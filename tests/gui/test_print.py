"""File > Print and Print Preview in a real window: the options dialog, Qt's real print
dialog printing to a PDF file, Qt's real preview counting the pages; cancelling leaves
the document as it was."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import (
    QPrintDialog,
    QPrinter,
    QPrinterInfo,
    QPrintPreviewDialog,
    QPrintPreviewWidget,
)
from PySide6.QtWidgets import QApplication, QLineEdit

from ucdesigner.app.print_actions import PrintOptionsDialog
from ucdesigner.model import Actor, DiagramInfo, Document, Shape, UseCase

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext missing (Debian package poppler-utils)"
)


def document() -> Document:
    d = Document("Shop")
    d.add(Actor(id="a", name="Customer"), UseCase(id="u", name="Place Order"))
    d.add_diagram(DiagramInfo(id="d1", name="Ordering"))
    d.add_shapes(
        "d1",
        [
            Shape(element="a", x=0, y=0, width=60, height=100),
            Shape(element="u", x=200, y=0, width=160, height=70),
        ],
    )
    d.add_diagram(DiagramInfo(id="d2", name="Customers"))
    d.add_shapes("d2", [Shape(element="a", x=0, y=0, width=60, height=100)])
    return d


def when_modal(kind, then, tries: int = 100) -> None:
    """Call ``then(dialog)`` once a modal dialog of ``kind`` is open."""

    def poll(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            then(dialog)
        elif left:
            QTimer.singleShot(50, lambda: poll(left - 1))

    QTimer.singleShot(0, lambda: poll(tries))


def test_print_preview_shows_one_page_per_diagram(make_window, qtbot):
    window = make_window(document())
    seen = {}

    def in_preview(preview: QPrintPreviewDialog) -> None:
        widget = preview.findChild(QPrintPreviewWidget)
        seen["pages"] = widget.pageCount()
        seen["printer"] = preview.printer()
        preview.reject()

    def in_options(dialog: PrintOptionsDialog) -> None:
        assert not dialog.what_buttons["selection"].isEnabled()  # nothing is selected
        dialog.what_buttons["all"].click()
        when_modal(QPrintPreviewDialog, in_preview)
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)

    when_modal(PrintOptionsDialog, in_options)
    window.actions_by_name["print_preview"].trigger()
    assert seen["pages"] == 2
    assert window.undo_stack.count() == 0 and window.undo_stack.isClean()


@needs_poppler
def test_ctrl_p_prints_through_the_print_dialog_to_a_pdf_file(make_window, qtbot, tmp_path):
    if QPrinterInfo.availablePrinters():
        pytest.skip("a printer is installed: the dialog would not offer a PDF file first")
    window = make_window(document())
    window.current_scene().select_ids(["u"])
    path = tmp_path / "printed.pdf"

    def in_print_dialog(dialog: QPrintDialog) -> None:
        # No printer is installed here: the dialog offers a PDF file named after the
        # document; the test types another name in the dialog's own field.
        field = dialog.findChild(QLineEdit, "filename")
        assert field.text().endswith("Shop.pdf")
        assert dialog.printer().outputFormat() == QPrinter.OutputFormat.PdfFormat
        field.setText(str(path))
        dialog.accept()

    def in_options(dialog: PrintOptionsDialog) -> None:
        assert dialog.what_buttons["selection"].isEnabled()
        dialog.what_buttons["selection"].click()
        dialog.tile_button.click()
        dialog.scale.setValue(400)
        when_modal(QPrintDialog, in_print_dialog)
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)

    when_modal(PrintOptionsDialog, in_options)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.current_view().setFocus()
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Print)[0][0]
    qtbot.keyClick(window.current_view(), keys.key(), keys.keyboardModifiers())
    assert path.is_file()
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Place Order" in text and "Customer" not in text.replace("Customers", "")
    assert "Shop — Ordering" in text and "Page 1 of 1" in text
    assert window.statusBar().currentMessage() == "Printed 1 page."
    # The options are remembered for the next time.
    seen = {}

    def check_again(dialog: PrintOptionsDialog) -> None:
        seen["tile"], seen["scale"] = dialog.tile_button.isChecked(), dialog.scale.value()
        dialog.reject()

    when_modal(PrintOptionsDialog, check_again)
    window.actions_by_name["print"].trigger()
    assert seen == {"tile": True, "scale": 400}


def test_cancelling_the_print_dialog_leaves_the_document_as_it_was(make_window, qtbot):
    window = make_window(document())
    before = window.document.to_data()

    def in_options(dialog: PrintOptionsDialog) -> None:
        when_modal(QPrintDialog, lambda d: d.reject())
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)

    when_modal(PrintOptionsDialog, in_options)
    window.actions_by_name["print"].trigger()
    assert window.statusBar().currentMessage() == "Printing cancelled."
    assert window.document.to_data() == before
    assert window.undo_stack.count() == 0 and not window.isWindowModified()


def test_print_entries_are_in_the_file_menu(make_window):
    window = make_window(document())
    entries = window.menu("file").actions()
    assert window.actions_by_name["print"] in entries
    assert window.actions_by_name["print_preview"] in entries
    assert window.actions_by_name["print"].shortcut() == QKeySequence(
        QKeySequence.StandardKey.Print
    )
