"""Printing through the render path (io.render.pages): fitted or tiled pages on a real
QPrinter writing PDF, checked with pdfinfo/pdftotext; header and footer texts; a
printer that cannot start gives an ExportError and the document is untouched."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pytest
from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter

from ucdesigner.io.render import ExportError
from ucdesigner.io.render.pages import PrintOptions, print_diagrams
from ucdesigner.model import DiagramInfo, Shape

from .helpers import support_document

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
    reason="pdftotext/pdfinfo missing (Debian package poppler-utils)",
)


def pdf_printer(path, landscape: bool = False) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), orientation, QMarginsF(10, 10, 10, 10),
            QPageLayout.Unit.Millimeter,
        )
    )  # fmt: skip
    return printer


def pdf_pages(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(next(line for line in info.stdout.splitlines() if line.startswith("Pages:"))[6:])


def page_text(path, page: int) -> str:
    """The text of one page (ligatures such as "ﬂ" undone)."""
    text = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), "-layout", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return unicodedata.normalize("NFKC", text)


def two_diagrams():
    document = support_document()
    document.add_diagram(DiagramInfo(id="second", name="Second"))
    document.add_shapes("second", [Shape(element="cust", x=0, y=0, width=48, height=84)])
    return document


@needs_poppler
def test_fit_prints_one_page_per_diagram_with_header_and_footer(qapp, tmp_path):
    document = two_diagrams()
    path = tmp_path / "all.pdf"
    options = PrintOptions(
        header_left="Support.ucd — {diagram}", header_right="2026-12-02",
        footer="Page {page} of {pages}",
    )  # fmt: skip
    pages = print_diagrams(document, ["main", "second"], pdf_printer(path), options)
    assert pages == 2 == pdf_pages(path)
    first, second = page_text(path, 1), page_text(path, 2)
    assert "Support.ucd — Returns: main/flow" in first and "2026-12-02" in first
    assert "Page 1 of 2" in first and "Request Return" in first
    assert "Support.ucd — Second" in second and "Page 2 of 2" in second
    assert "Request Return" not in second


@needs_poppler
def test_tiling_at_a_large_scale_spreads_the_diagram_over_pages(qapp, tmp_path):
    document = support_document()  # about 960 x 460 units
    path = tmp_path / "tiles.pdf"
    options = PrintOptions(fit=False, scale=3.0, footer="{page}/{pages}")
    pages = print_diagrams(document, ["main"], pdf_printer(path, landscape=True), options)
    # 3 x 960 units at 96 to the inch is 30 inches wide, ~ 3 pages of A4 landscape
    # (about 10.8 inches inside the margins); 3 x 460 is 14.4 inches: 2 pages high.
    assert pages == pdf_pages(path) == 6
    text = " ".join(page_text(path, n) for n in range(1, pages + 1))
    assert "Request Return" in text and "Premium Customer" in text
    assert "6/6" in page_text(path, 6)
    # At 100 % it fits on one page.
    one = tmp_path / "one.pdf"
    assert print_diagrams(document, ["main"], pdf_printer(one, True), PrintOptions(fit=False)) == 1


@needs_poppler
def test_the_selection_prints_only_the_selected_elements(qapp, tmp_path):
    document = support_document()
    path = tmp_path / "selection.pdf"
    print_diagrams(document, ["main"], pdf_printer(path), PrintOptions(ids=["cust", "ret", "r1"]))
    text = page_text(path, 1)
    assert "Customer" in text and "Request Return" in text
    assert "Verify Purchase" not in text


def test_a_printer_that_cannot_start_is_an_error_and_the_document_is_unchanged(qapp, tmp_path):
    document = support_document()
    before = document.to_data()
    printer = pdf_printer(tmp_path / "no such folder" / "x.pdf")
    with pytest.raises(ExportError, match="could not be started"):
        print_diagrams(document, ["main"], printer, PrintOptions())
    assert document.to_data() == before
    with pytest.raises(ExportError, match="no diagram"):
        print_diagrams(document, [], printer, PrintOptions())
    with pytest.raises(ExportError, match="out of range"):
        PrintOptions(scale=0.01)
