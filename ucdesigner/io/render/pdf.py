"""PDF pictures: vector drawing with text as text, on one page the size of the diagram."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from ... import __version__
from ...model import Document
from .options import ExportOptions, Rendered
from .snapshot import build_snapshot, layout_dpi, paint


def render_pdf(
    document: Document, diagram_id: str, options: ExportOptions | None = None
) -> Rendered:
    """The diagram (or ``options.ids``) as a one-page PDF fitted to it."""
    options = options or ExportOptions(format="pdf")
    snapshot = build_snapshot(document, diagram_id, options)
    dpi = layout_dpi()
    width, height = snapshot.width, snapshot.height
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
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
    painter = QPainter(writer)
    try:
        paint(snapshot, painter, QRectF(0, 0, width, height))
    finally:
        painter.end()
    buffer.close()
    return Rendered(bytes(data.data()), round(width), round(height))
