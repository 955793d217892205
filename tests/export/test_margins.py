"""The export margin is the same on all four sides, measured on the drawn pixels: a
picture sits centred on a slide (issue 18: 122 px left, 86 right, 50 top and bottom)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage, QTransform

from ucdesigner.io.native import load
from ucdesigner.io.render import ExportOptions, render_png

from .helpers import EXAMPLES, image, support_document


def _blank_rows(picture: QImage) -> tuple[int, int]:
    """How many rows of pure white the picture starts and ends with."""
    width = picture.width()
    white = b"\xff" * (4 * width)
    blank = [bytes(picture.constScanLine(y))[: 4 * width] == white for y in range(picture.height())]
    return blank.index(False), blank[::-1].index(False)


def drawn_margins(picture: QImage) -> tuple[int, int, int, int]:
    """Left, right, top and bottom: the white lines between each edge and the drawing."""
    picture = picture.convertToFormat(QImage.Format.Format_RGB32)
    top, bottom = _blank_rows(picture)
    left, right = _blank_rows(picture.transformed(QTransform(0, 1, 1, 0, 0, 0)))  # transposed
    return left, right, top, bottom


def documents():
    yield "support", support_document()
    for path in sorted(EXAMPLES.glob("*.ucd")):
        yield path.stem, load(path)


@pytest.mark.parametrize("name", [name for name, _ in documents()])
@pytest.mark.parametrize("margin", [0, 20])
def test_the_margin_is_equal_on_all_four_sides(qapp, name, margin):
    document = dict(documents())[name]
    scale = 2
    for diagram in document.diagrams():
        options = ExportOptions(format="png", scale=scale, margin=margin)
        picture = image(render_png(document, diagram.id, options).data)
        margins = drawn_margins(picture)
        # Within a pixel (antialiasing) of the margin asked for, at the picture's scale.
        assert all(abs(m - margin * scale) <= scale for m in margins), (diagram.name, margins)
