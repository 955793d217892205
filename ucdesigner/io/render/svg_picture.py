"""An SVG drawing (a chart of the report, not a diagram) painted as a PNG, for documents
that take pictures but not SVG."""

from __future__ import annotations

import math

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from .options import ExportError
from .raster import png_bytes
from .snapshot import ensure_app


def svg_to_png(svg: bytes, scale: float = 3.0) -> tuple[bytes, int, int]:
    """``svg`` painted at ``scale`` times its own size on white: the PNG bytes and its
    width and height in the SVG's own units."""
    ensure_app()
    renderer = QSvgRenderer(QByteArray(svg))
    if not renderer.isValid():
        raise ExportError("the chart is not a valid SVG drawing")
    size = renderer.defaultSize()
    width, height = max(1, size.width()), max(1, size.height())
    image = QImage(math.ceil(width * scale), math.ceil(height * scale), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    dots = round(96 * scale / 0.0254)
    image.setDotsPerMeterX(dots)
    image.setDotsPerMeterY(dots)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    return png_bytes(image), width, height
