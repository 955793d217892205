"""SVG pictures: QSvgGenerator paints the snapshot, ``svg_post`` finishes the file."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from PySide6.QtCore import QBuffer, QRectF, QSize
from PySide6.QtGui import QFont, QFontInfo, QFontMetricsF
from PySide6.QtSvg import QSvgGenerator

from ...model import Document
from ..describe import describe_diagram
from ..svg_post import SvgFacts, finish_svg
from .options import ExportOptions, Rendered
from .snapshot import Snapshot, build_snapshot, layout_dpi, left_aligned_boxes, paint_to_bytes


def render_svg(
    document: Document,
    diagram_id: str,
    options: ExportOptions | None = None,
    decorate: Callable[[Snapshot], None] | None = None,
) -> Rendered:
    """The diagram (or ``options.ids``) as a standalone SVG document. ``decorate`` may
    add items to the snapshot's scene (and widen its source) before it is painted."""
    options = options or ExportOptions(format="svg")
    snapshot = build_snapshot(document, diagram_id, options)
    if decorate is not None:
        decorate(snapshot)
    dpi = layout_dpi()
    width, height = snapshot.width, snapshot.height

    def generator_for(buffer: QBuffer) -> QSvgGenerator:
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        # The canvas measured its text at the screen's resolution; the generator must use
        # the same one or every font comes out at 72/96 of its size, out of place.
        generator.setResolution(round(dpi))
        generator.setSize(QSize(round(width), round(height)))
        generator.setViewBox(QRectF(0, 0, width, height))
        return generator

    drawn = paint_to_bytes(snapshot, generator_for)
    theme = snapshot.scene.theme
    facts = SvgFacts(
        width=width,
        height=height,
        title=snapshot.title,
        description=describe_diagram(document, diagram_id, options.ids),
        font_families=font_stack(theme.name_font, theme.font_families),
        left_aligned=left_aligned_boxes(snapshot),
    )
    families = tuple(theme.font_families)
    svg = finish_svg(
        drawn,
        facts,
        lambda text, size, weight, italic: _advance(families, dpi, text, size, weight, italic),
    )
    return Rendered(svg, round(width), round(height))


def font_stack(font: QFont, families: Sequence[str]) -> list[str]:
    """The theme's stack with the family Qt really used first: a viewer that has it
    draws exactly what the PNG shows; one that lacks it takes the next in the stack
    (Qt skips fontconfig aliases such as Arial -> Liberation Sans; viewers do not)."""
    used = QFontInfo(font).family()
    return [used, *(f for f in families if f != used)] if used else list(families)


@lru_cache(maxsize=4096)
def _advance(
    families: tuple[str, ...], dpi: float, text: str, size_px: float, weight: int, italic: bool
) -> float:
    """The width Qt gave ``text`` when it laid it out (the same font, the same metrics)."""
    return QFontMetricsF(_font(families, dpi, size_px, weight, italic)).horizontalAdvance(text)


@lru_cache(maxsize=64)
def _font(
    families: tuple[str, ...], dpi: float, size_px: float, weight: int, italic: bool
) -> QFont:
    font = QFont()
    font.setFamilies(list(families))
    font.setPointSizeF(size_px * 72.0 / dpi)
    font.setWeight(QFont.Weight(weight))
    font.setItalic(italic)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font
