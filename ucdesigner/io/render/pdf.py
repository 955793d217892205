"""PDF pictures: vector drawing with text as text, on one page the size of the diagram."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

from ... import __version__
from ...model import Document
from .options import ExportOptions, Rendered
from .snapshot import build_snapshot, layout_dpi, paint_to_bytes


def render_pdf(
    document: Document, diagram_id: str, options: ExportOptions | None = None
) -> Rendered:
    """The diagram (or ``options.ids``) as a one-page PDF fitted to it."""
    options = options or ExportOptions(format="pdf")
    snapshot = build_snapshot(document, diagram_id, options)
    dpi = layout_dpi()
    width, height = snapshot.width, snapshot.height

    def writer_for(buffer: QBuffer) -> QPdfWriter:
        writer = QPdfWriter(buffer)
        writer.setResolution(round(dpi))
        writer.setTitle(snapshot.title)
        writer.setCreator(f"ucdesigner {__version__}")
        points = QSizeF(width * 72.0 / dpi, height * 72.0 / dpi)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(points, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch),
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
            )
        )
        return writer

    return Rendered(paint_to_bytes(snapshot, writer_for), round(width), round(height))
