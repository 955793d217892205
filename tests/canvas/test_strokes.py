"""Relationship lines drawn as segments on pixel devices look like the polyline they
replace, and vector devices still get the polyline."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt
from PySide6.QtGui import QImage, QPainter, QPen, QPolygonF
from PySide6.QtSvg import QSvgGenerator

from ucdesigner.canvas.strokes import draw_line_path
from ucdesigner.canvas.theme import print_theme

BENT = [QPointF(10, 70), QPointF(90, 12), QPointF(150, 64), QPointF(230, 20), QPointF(290, 75)]


def pen(dashed: bool = False, colour: str | None = None) -> QPen:
    """The pen relationship lines are drawn with."""
    return print_theme().pen(colour, dashed=dashed)


def painted(draw: Callable[[QPainter], None], scale: float = 3.0) -> QImage:
    image = QImage(int(300 * scale), int(90 * scale), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.scale(scale, scale)
    draw(painter)
    painter.end()
    return image


def worst_difference(a: QImage, b: QImage) -> int:
    worst = 0
    for y in range(a.height()):
        for x in range(a.width()):
            p, q = a.pixelColor(x, y), b.pixelColor(x, y)
            worst = max(
                worst,
                abs(p.red() - q.red()),
                abs(p.green() - q.green()),
                abs(p.blue() - q.blue()),
            )
    return worst


def ink(image: QImage) -> int:
    return sum(
        image.pixelColor(x, y).lightness() < 128
        for y in range(image.height())
        for x in range(image.width())
    )


@pytest.mark.parametrize("dashed", [False, True], ids=["solid", "dashed"])
def test_segments_cover_the_pixels_of_the_polyline(qapp, dashed) -> None:
    line = pen(dashed)
    reference = painted(lambda p: (p.setPen(line), p.drawPolyline(QPolygonF(BENT))))
    ours = painted(lambda p: draw_line_path(p, BENT, line))
    assert ink(reference) > 1000  # the line is really there
    # Antialiased edges where a disc meets a segment blend twice (up to 46 levels here);
    # a missing join or cap leaves its pixels white (over 200).
    assert worst_difference(reference, ours) <= 96
    assert abs(ink(reference) - ink(ours)) <= ink(reference) // 100


def test_a_translucent_pen_gets_the_polyline_itself(qapp) -> None:
    glow = pen(colour="#403a7bd5")
    reference = painted(lambda p: (p.setPen(glow), p.drawPolyline(QPolygonF(BENT))))
    ours = painted(lambda p: draw_line_path(p, BENT, glow))
    assert reference == ours


def test_vector_devices_get_a_polyline(qapp) -> None:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    painter = QPainter(generator)
    draw_line_path(painter, BENT, pen())
    painter.end()
    svg = bytes(data.data()).decode()
    assert svg.count("<polyline") == 1
    assert "<ellipse" not in svg and "<line " not in svg
