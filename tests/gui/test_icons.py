"""Palette icons read well on light and dark windows: shapes keep a visible outline
around their fill, and the Include and Extend keywords stand clear of the line in the
lines' own ink."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage, QPainter

from ucdesigner.app.icons import notation_icon

WINDOWS = {False: QColor("#efefef"), True: QColor("#2b2d31")}
"""The window colour behind the palette: light (Fusion) and the dark palette's."""


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def icon_image(kind: str, dark: bool) -> QImage:
    """The icon at 1x over the window colour (as the palette shows it)."""
    pixmap = notation_icon(kind, dark).pixmap(32, 32)
    image = QImage(pixmap.size(), QImage.Format.Format_ARGB32)
    image.fill(WINDOWS[dark])
    painter = QPainter(image)
    painter.drawPixmap(0, 0, pixmap)
    painter.end()
    return image


SPOTS = {
    # kind: (a point inside the fill, the row to scan, the columns where the outline is)
    "usecase": ((16, 16), 16, range(0, 6)),
    "subject": ((26, 26), 26, range(1, 6)),
    "package": ((20, 20), 20, range(1, 6)),
    "comment": ((25, 25), 25, range(2, 7)),
}


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize("kind", list(SPOTS))
def test_shapes_keep_their_outline(qapp, kind, dark) -> None:
    image = icon_image(kind, dark)
    (x, y), row, columns = SPOTS[kind]
    fill = image.pixelColor(x, y)
    outline = max((image.pixelColor(c, row) for c in columns), key=lambda c: contrast(c, fill))
    assert contrast(outline, fill) >= 3.0, (outline.name(), fill.name())
    assert contrast(outline, WINDOWS[dark]) >= 3.0, (outline.name(), WINDOWS[dark].name())


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize("kind", ["include", "extend"])
def test_keywords_are_readable_and_clear_of_the_line(qapp, kind, dark) -> None:
    with_keyword, line_only = icon_image(kind, dark), icon_image("dependency", dark)
    glyph = [
        with_keyword.pixelColor(x, y)
        for y in range(32)
        for x in range(32)
        if with_keyword.pixel(x, y) != line_only.pixel(x, y)
    ]
    assert len(glyph) >= 20  # the keyword is there
    line_pixels = [
        (x, y) for y in range(32) for x in range(32) if line_only.pixel(x, y) != WINDOWS[dark].rgb()
    ]
    crossed = [p for p in line_pixels if with_keyword.pixel(*p) != line_only.pixel(*p)]
    assert not crossed, f"the keyword is drawn over the line at {crossed[:5]}"
    assert max(contrast(c, WINDOWS[dark]) for c in glyph) >= 7.0
