"""Printing a diagram of 40 use cases to a PDF file through a real QPrinter (fitted to an
A4 page, header and footer), as a ratio to exporting the same diagram as a PDF picture
(the render path's own cost)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter

from ucdesigner.io.render import ExportOptions, ensure_app, render_pdf
from ucdesigner.io.render.pages import PrintOptions, print_diagrams

from .core import Figure, measure
from .synthetic import slide_diagram

LIMIT = 1.0
"""Seconds to print a diagram of 40 use cases (issue 19)."""
USE_CASES = 40


def run(repeat: int) -> list[Figure]:
    ensure_app()
    # slide_diagram: 2 actors and 4 boundaries besides the use cases.
    document, diagram_id = slide_diagram(USE_CASES + 6)
    assert len(document.of_kind("usecase")) == USE_CASES
    options = PrintOptions(
        header_left="Benchmark — {diagram}", header_right="today", footer="Page {page} of {pages}"
    )
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "printed.pdf"

        def work() -> None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(target))
            print_diagrams(document, [diagram_id], printer, options)

        def bare() -> None:
            render_pdf(document, diagram_id, ExportOptions(format="pdf"))

        work()  # warm-up: fonts, glyph caches
        samples = measure(work, repeat)
        baseline = measure(bare, repeat)
    return [
        Figure(
            "print",
            "diagram to PDF through QPrinter",
            f"{USE_CASES} use cases",
            samples,
            baseline,
            limit=LIMIT,
            baseline_name="PDF export",
        )
    ]
