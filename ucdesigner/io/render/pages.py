"""Diagrams on paper: each diagram fitted to one page, or tiled across pages at a chosen
scale with overlap marks, with an optional header and footer. Painted with the same
snapshots (print theme) that picture exports paint, on any paged device: a QPrinter
(real printer, print preview, PDF file) or a QPdfWriter."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPagedPaintDevice, QPainter, QPen

from ...model import Document
from .options import SCREEN_DPI, ExportError, ExportOptions
from .snapshot import Snapshot, build_snapshot, layout_dpi, paint

MM_PER_INCH = 25.4
MAX_FIT_ENLARGEMENT = 1.5
"""A small diagram fitted to a page grows to at most 150 % (three shapes do not fill
a sheet in letters five centimetres high)."""
SNAPSHOT_MARGIN = 4.0
"""Diagram units around the content, so the outermost lines are not cut in half."""


@dataclass(frozen=True)
class PrintOptions:
    """How diagrams go on paper. ``scale`` (tiling only): 1.0 prints a diagram unit as a
    CSS pixel (96 to the inch). ``overlap_mm``: how much neighbouring tiles repeat, so
    the sheets can be trimmed and glued. Header and footer texts are given by the caller
    (already translated); ``{page}`` and ``{pages}`` in them become the page numbers."""

    fit: bool = True
    scale: float = 1.0
    overlap_mm: float = 10.0
    ids: Sequence[str] | None = None
    """Only these elements (the selection, on the first diagram); None: everything."""
    header_left: str = ""
    header_right: str = ""
    footer: str = ""

    def __post_init__(self) -> None:
        if not 0.1 <= self.scale <= 10:
            raise ExportError(f"print scale {self.scale * 100:g} % is out of range (10 to 1000 %)")
        if not 0 <= self.overlap_mm <= 50:
            raise ExportError(f"overlap {self.overlap_mm:g} mm is out of range (0 to 50)")


@dataclass(frozen=True)
class Page:
    """One sheet: the part of a diagram (scene coordinates) printed on it, and where it
    sits in its diagram's tiling (row, column of rows, columns; 1, 1 of 1, 1 when fitted)."""

    diagram_id: str
    source: QRectF
    row: int = 1
    column: int = 1
    rows: int = 1
    columns: int = 1


def print_diagrams(
    document: Document,
    diagram_ids: Sequence[str],
    device: QPagedPaintDevice,
    options: PrintOptions,
) -> int:
    """Print the diagrams on ``device``, one after the other; returns the number of
    pages. ExportError when a diagram cannot be drawn or the device cannot be painted
    on (a printer that fails to start); nothing in the document changes either way."""
    if not diagram_ids:
        raise ExportError("there is no diagram to print")
    snapshots = {
        d: build_snapshot(
            document,
            d,
            ExportOptions(
                format="pdf", margin=SNAPSHOT_MARGIN, ids=options.ids if i == 0 else None
            ),
        )
        for i, d in enumerate(diagram_ids)
    }
    # Text is measured at the screen's resolution; at any other, fonts given in points
    # would grow with the device while the drawing is scaled to fit: the same cure as
    # the PDF export's. Printers print vectors, so nothing is lost.
    set_resolution = getattr(device, "setResolution", None)
    if set_resolution is not None:
        set_resolution(round(layout_dpi()))
    painter = QPainter()
    if not painter.begin(device):
        raise ExportError("the printer could not be started")
    try:
        dpi = float(device.resolution())
        font = QFont()
        font.setPointSizeF(8.0)
        band = QFontMetricsF(font, device).height() * 1.8
        paper = _paper_rect(device, dpi)
        body = paper.adjusted(
            0, band if _has_header(options) else 0, 0, -band if options.footer else 0
        )
        pages = [
            page
            for d in diagram_ids
            for page in plan_pages(snapshots[d], d, body.size(), dpi, options)
        ]
        for number, page in enumerate(pages, start=1):
            if number > 1 and not device.newPage():
                raise ExportError("the printer could not start a new page")
            snapshot = snapshots[page.diagram_id]
            target = _target(page, body, dpi, options)
            paint(snapshot, painter, target, page.source)
            if not options.fit and (page.rows > 1 or page.columns > 1):
                _overlap_marks(painter, page, target, dpi, options)
            _bands(painter, font, paper, band, number, len(pages), page, snapshot, options)
    finally:
        painter.end()
    return len(pages)


def plan_pages(
    snapshot: Snapshot, diagram_id: str, body: object, dpi: float, options: PrintOptions
) -> list[Page]:
    """The pages one diagram takes: one when fitted, else rows x columns of tiles, each
    showing ``body`` (device pixels) worth of the diagram at the chosen scale, with
    neighbours overlapping by ``overlap_mm``."""
    source = snapshot.source
    if options.fit:
        return [Page(diagram_id, QRectF(source))]
    per_unit = options.scale * dpi / SCREEN_DPI  # device pixels per diagram unit
    tile_w = body.width() / per_unit  # type: ignore[attr-defined]
    tile_h = body.height() / per_unit  # type: ignore[attr-defined]
    overlap = min(options.overlap_mm / MM_PER_INCH * dpi / per_unit, tile_w / 2, tile_h / 2)
    columns = max(1, math.ceil((source.width() - overlap) / (tile_w - overlap) - 1e-9))
    rows = max(1, math.ceil((source.height() - overlap) / (tile_h - overlap) - 1e-9))
    return [
        Page(
            diagram_id,
            QRectF(
                source.left() + c * (tile_w - overlap),
                source.top() + r * (tile_h - overlap),
                tile_w,
                tile_h,
            ),
            r + 1,
            c + 1,
            rows,
            columns,
        )
        for r in range(rows)
        for c in range(columns)
    ]


def _paper_rect(device: QPagedPaintDevice, dpi: float) -> QRectF:
    """The printable area inside the margins, in the painter's (device) coordinates."""
    layout = device.pageLayout()
    rect = layout.paintRectPixels(round(dpi))
    return QRectF(0, 0, rect.width(), rect.height())


def _has_header(options: PrintOptions) -> bool:
    return bool(options.header_left or options.header_right)


def _target(page: Page, body: QRectF, dpi: float, options: PrintOptions) -> QRectF:
    """Where the page's part of the diagram goes: fitted (at most 150 %) and centred at
    the top, or at
    the tiling scale from the top-left corner."""
    if options.fit:
        factor = min(
            body.width() / page.source.width(),
            body.height() / page.source.height(),
            MAX_FIT_ENLARGEMENT * dpi / SCREEN_DPI,
        )
        width, height = page.source.width() * factor, page.source.height() * factor
        return QRectF(body.left() + (body.width() - width) / 2, body.top(), width, height)
    per_unit = options.scale * dpi / SCREEN_DPI
    return QRectF(body.topLeft(), page.source.size() * per_unit)


def _overlap_marks(
    painter: QPainter, page: Page, target: QRectF, dpi: float, options: PrintOptions
) -> None:
    """Dashed lines where the next tile starts (right and below) and where the previous
    one ended (left and above): cut along one, glue the overlap under the other."""
    overlap = options.overlap_mm / MM_PER_INCH * dpi
    pen = QPen(QColor("#808080"), max(1.0, dpi / 150))
    pen.setStyle(Qt.PenStyle.DashLine)
    painter.save()
    painter.setPen(pen)
    lines = []
    if page.column < page.columns:
        x = target.right() - overlap
        lines.append((QPointF(x, target.top()), QPointF(x, target.bottom())))
    if page.column > 1:
        x = target.left() + overlap
        lines.append((QPointF(x, target.top()), QPointF(x, target.bottom())))
    if page.row < page.rows:
        y = target.bottom() - overlap
        lines.append((QPointF(target.left(), y), QPointF(target.right(), y)))
    if page.row > 1:
        y = target.top() + overlap
        lines.append((QPointF(target.left(), y), QPointF(target.right(), y)))
    for start, end in lines:
        painter.drawLine(start, end)
    painter.restore()


def _bands(
    painter: QPainter,
    font: QFont,
    paper: QRectF,
    band: float,
    number: int,
    total: int,
    page: Page,
    snapshot: Snapshot,
    options: PrintOptions,
) -> None:
    """The header (left and right texts) and the footer (centred), in grey."""

    def filled(text: str) -> str:
        # Not str.format: a document's name may hold braces.
        values = {"{page}": str(number), "{pages}": str(total), "{diagram}": snapshot.title}
        for key, value in values.items():
            text = text.replace(key, value)
        return text

    painter.save()
    painter.setFont(font)
    painter.setPen(QColor("#404040"))
    top = QRectF(paper.left(), paper.top(), paper.width(), band)
    flags = Qt.AlignmentFlag.AlignVCenter
    if options.header_left:
        painter.drawText(top, flags | Qt.AlignmentFlag.AlignLeft, filled(options.header_left))
    if options.header_right:
        painter.drawText(top, flags | Qt.AlignmentFlag.AlignRight, filled(options.header_right))
    if options.footer:
        bottom = QRectF(paper.left(), paper.bottom() - band, paper.width(), band)
        painter.drawText(bottom, flags | Qt.AlignmentFlag.AlignHCenter, filled(options.footer))
    painter.restore()
