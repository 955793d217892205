"""PNG pictures: the snapshot painted on a QImage at a chosen scale, with its DPI."""

from __future__ import annotations

import functools
import math
from concurrent.futures import Future

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter

from ...model import Document
from ..png_writer import PngStream, encode_png
from .options import ExportOptions, Rendered
from .snapshot import Snapshot, build_snapshot, layout_dpi, paint_on

MAX_SIDE = 32_767
"""QPainter's raster engine keeps coordinates in 16.16 fixed point: sides stay below 2^15."""
MAX_PIXELS = 120_000_000
"""About 480 MB of memory for the image; anything bigger is scaled down, with a warning."""


def fit_scale(width: float, height: float, scale: float) -> tuple[float, str | None]:
    """The scale to draw at: ``scale``, or less when the image would exceed QImage's and
    QPainter's limits, with a sentence saying so."""
    allowed = min(
        scale,
        MAX_SIDE / max(width, 1.0),
        MAX_SIDE / max(height, 1.0),
        math.sqrt(MAX_PIXELS / max(width * height, 1.0)),
    )
    if allowed >= scale:
        return scale, None
    # A little under the limit so rounding the size up cannot cross it.
    allowed = math.floor(allowed * 1000) / 1000
    return allowed, (
        f"the picture would be {math.ceil(width * scale)} x {math.ceil(height * scale)} "
        f"pixels, more than a PNG image may have here; it was drawn at scale "
        f"{allowed:g} instead of {scale:g} "
        f"({math.ceil(width * allowed)} x {math.ceil(height * allowed)} pixels)"
    )


def render_image(snapshot: Snapshot, options: ExportOptions) -> tuple[QImage, list[str]]:
    """The snapshot as a QImage (and any warnings)."""
    scale, warning = fit_scale(snapshot.width, snapshot.height, options.effective_scale)
    width = max(1, math.ceil(snapshot.width * scale))
    height = max(1, math.ceil(snapshot.height * scale))
    transparent = options.background == "transparent"
    image = _blank(width, height, transparent)  # the PNG's own DPI is written afterwards
    image.fill(Qt.GlobalColor.transparent if transparent else QColor("#ffffff"))
    paint_on(image, snapshot, QRectF(0, 0, snapshot.width * scale, snapshot.height * scale))
    dpi = options.effective_dpi * scale / options.effective_scale
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    return image, [warning] if warning else []


def png_bytes(image: QImage) -> bytes:
    """``image`` encoded as PNG, with its DPI."""
    alpha = image.hasAlphaChannel()
    width, height = image.width(), image.height()
    stride = 1 + width * (4 if alpha else 3)
    rows = bytearray(stride * height + 1)
    _convert_rows(image, height, rows, alpha=alpha)
    dpi = image.dotsPerMeterX() * 0.0254
    return encode_png(memoryview(rows)[: stride * height], width, height, alpha, dpi)


def render_png(
    document: Document, diagram_id: str, options: ExportOptions | None = None
) -> Rendered:
    """The diagram (or ``options.ids``) as a PNG at ``options`` scale or DPI.

    Painted in bands of rows: while one band is painted, the ones before are
    compressed on other threads, and no full-size image is ever held in memory.
    """
    options = options or ExportOptions(format="png")
    snapshot = build_snapshot(document, diagram_id, options)
    scale, warning = fit_scale(snapshot.width, snapshot.height, options.effective_scale)
    width = max(1, math.ceil(snapshot.width * scale))
    height = max(1, math.ceil(snapshot.height * scale))
    alpha = options.background == "transparent"
    dpi = options.effective_dpi * scale / options.effective_scale
    with PngStream(width, height, alpha, dpi) as stream:
        band_rows = max(1, min(height, BAND_PIXELS // width))
        # Two bands: one is painted here while the other becomes PNG rows on a worker.
        bands = [_blank(width, band_rows, alpha) for _ in range(min(2, -(-height // band_rows)))]
        band_done: list[Future | None] = [None] * len(bands)
        # The fill below is the background; the scene need not paint it a second time.
        snapshot.scene.setBackgroundBrush(QBrush(Qt.BrushStyle.NoBrush))
        source = snapshot.source
        for index, top in enumerate(range(0, height, band_rows)):
            rows = min(band_rows, height - top)
            slot = index % len(bands)
            if band_done[slot] is not None:
                band_done[slot].result()
            band = bands[slot]
            band.fill(Qt.GlobalColor.transparent if alpha else QColor("#ffffff"))
            paint_on(
                band,
                snapshot,
                QRectF(0, 0, source.width() * scale, rows),
                QRectF(source.left(), source.top() + top / scale, source.width(), rows / scale),
            )
            band_done[slot] = stream.add_band(
                rows, functools.partial(_convert_rows, band, rows, alpha=alpha)
            )
        data = stream.finish()
    return Rendered(data, width, height, [warning] if warning else [])


BAND_PIXELS = 6_000_000
"""Pixels painted per band (24 MB). Measured on the 500-shape benchmark: 4 to 8 million
are fastest; fewer bands overlap less painting with compression, more repeat the
per-render work."""


def _blank(width: int, height: int, alpha: bool) -> QImage:
    image = QImage(
        width,
        height,
        QImage.Format.Format_ARGB32_Premultiplied if alpha else QImage.Format.Format_RGB32,
    )
    if image.isNull():
        raise MemoryError(f"cannot allocate a {width} x {height} image")
    # Fonts are sized for the resolution the canvas laid them out at; the scale comes
    # from the painter's transform.
    dots = round(layout_dpi() / 0.0254)
    image.setDotsPerMeterX(dots)
    image.setDotsPerMeterY(dots)
    return image


def _convert_rows(image: QImage, rows: int, buffer: bytearray, *, alpha: bool) -> None:
    """Copy the first ``rows`` of ``image`` into ``buffer`` as PNG rows: a QImage over the
    buffer, one byte in, so every row is preceded by its filter byte (0, "none"), which
    the conversion never touches."""
    width = image.width()
    stride = 1 + width * (4 if alpha else 3)
    target = QImage(
        memoryview(buffer)[1:],
        width,
        rows,
        stride,
        QImage.Format.Format_RGBA8888 if alpha else QImage.Format.Format_RGB888,
    )
    painter = QPainter(target)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
    painter.drawImage(0, 0, image, 0, 0, width, rows)
    painter.end()
