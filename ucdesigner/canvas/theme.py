"""Every pen, brush, font and spacing a diagram is drawn with. Items ask the theme;
nothing is hard-coded in an item.

The diagram is paper: it keeps these light colours whatever the UI theme is, so the
screen and every export look the same (no black pictures from a dark desktop).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPen

FONT_FAMILIES = ["Inter", "Segoe UI", "Helvetica Neue", "Arial", "DejaVu Sans", "sans-serif"]
"""The sans-serif stack; the first one installed is used, exports name them all."""


@dataclass(frozen=True)
class Theme:
    """The look of a diagram. ``show_selection`` is off for exports."""

    name: str = "modern"
    background: str = "#ffffff"
    ink: str = "#1f2933"
    """Outlines and text."""
    muted_ink: str = "#52606d"
    """Keywords («include»), multiplicities, secondary text (still 4.5:1 on white)."""
    actor_fill: str = "#ffffff"
    usecase_fill: str = "#eaf2fb"
    subject_fill: str = "#fbfcfd"
    package_fill: str = "#f5f7fa"
    comment_fill: str = "#fff8db"
    accent: str = "#1a73e8"
    """Selection and hover only; never the only carrier of meaning."""
    refused: str = "#c62828"
    lane_tint: str = "#121a5fb4"
    """Every other journey lane is tinted (Qt's #AARRGGBB: translucent, so boundaries show
    through)."""
    lane_line: str = "#9aa5b1"
    lane_header_fill: str = "#e4ebf3"
    emotion_positive: str = "#2e7d32"
    emotion_neutral: str = "#52606d"
    emotion_negative: str = "#c62828"
    """Fills of the emotion marks; the signed number on them carries the meaning."""
    line_width: float = 1.5
    font_size: float = 11.0
    small_font_size: float = 9.5
    padding: float = 10.0
    arrow_size: float = 11.0
    actor_notation: str = "stick"
    show_selection: bool = True
    font_families: tuple[str, ...] = field(default=tuple(FONT_FAMILIES))

    # ---------------------------------------------------------------- fonts

    def font(self, size: float | None = None, bold: bool = False, italic: bool = False) -> QFont:
        """The theme's font at ``size`` points (the name size by default)."""
        font = QFont()
        font.setFamilies(list(self.font_families))
        font.setPointSizeF(size or self.font_size)
        font.setBold(bold)
        font.setItalic(italic)
        font.setStyleHint(QFont.StyleHint.SansSerif)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        return font

    @cached_property
    def name_font(self) -> QFont:
        return self.font()

    @cached_property
    def title_font(self) -> QFont:
        return self.font(bold=True)

    @cached_property
    def small_font(self) -> QFont:
        return self.font(self.small_font_size)

    @cached_property
    def name_metrics(self) -> QFontMetricsF:
        return QFontMetricsF(self.name_font)

    @cached_property
    def small_metrics(self) -> QFontMetricsF:
        return QFontMetricsF(self.small_font)

    @cached_property
    def _small_sizes(self) -> dict[tuple[str, float, int], QSizeF]:
        return {}

    def small_text_size(self, text: str, width: float, flags: int) -> QSizeF:
        """The size ``text`` takes in the small font within ``width`` (``flags`` as for
        ``QFontMetricsF.boundingRect``). Kept per theme: lines of one kind share their
        keyword, and measuring is the costly part of laying a line out."""
        key = (text, width, flags)
        sizes = self._small_sizes
        size = sizes.get(key)
        if size is None:
            if len(sizes) >= 4096:
                sizes.clear()
            size = self.small_metrics.boundingRect(QRectF(0, 0, width, 1000), flags, text).size()
            sizes[key] = size
        return QSizeF(size)

    # ---------------------------------------------------------------- pens and brushes

    @cached_property
    def _pens(self) -> dict[tuple[str | None, float | None, bool], QPen]:
        return {}

    def pen(
        self, colour: str | None = None, width: float | None = None, dashed: bool = False
    ) -> QPen:
        """The line pen in ``colour`` (the ink by default); made once per theme, since
        every item asks for its pens on every paint."""
        key = (colour, width, dashed)
        pen = self._pens.get(key)
        if pen is None:
            if len(self._pens) >= 256:
                self._pens.clear()
            pen = self._pens[key] = self._make_pen(colour, width, dashed)
        return QPen(pen)

    def _make_pen(self, colour: str | None, width: float | None, dashed: bool) -> QPen:
        pen = QPen(QColor(colour or self.ink))
        pen.setWidthF(width or self.line_width)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        if dashed:
            pen.setDashPattern([5.0, 3.5])
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        return pen

    def brush(self, colour: str) -> QBrush:
        return QBrush(QColor(colour))

    def colour(self, name: str) -> QColor:
        return QColor(getattr(self, name))

    def selection_pen(self) -> QPen:
        pen = QPen(QColor(self.accent))
        pen.setWidthF(1.5)
        pen.setCosmetic(True)
        pen.setStyle(Qt.PenStyle.DashLine)
        return pen

    def hover_pen(self) -> QPen:
        colour = QColor(self.accent)
        colour.setAlphaF(0.55)
        pen = QPen(colour)
        pen.setWidthF(1.0)
        pen.setCosmetic(True)
        return pen

    def mark_pen(self, refused: bool = False) -> QPen:
        """The outline of a possible (or refused) target while a line is drawn."""
        pen = QPen(QColor(self.refused if refused else self.accent))
        pen.setWidthF(2.5)
        pen.setCosmetic(True)
        if refused:
            pen.setStyle(Qt.PenStyle.DashLine)
        return pen

    def with_changes(self, **changes: object) -> Theme:
        """A copy with some values changed."""
        return replace(self, **changes)  # type: ignore[arg-type]


MODERN = Theme()
"""The default: light fills, dark outlines, one accent colour for the selection."""

CLASSIC = Theme(
    name="classic",
    ink="#000000",
    muted_ink="#333333",
    actor_fill="#ffffff",
    usecase_fill="#ffffff",
    subject_fill="#ffffff",
    package_fill="#ffffff",
    comment_fill="#ffffff",
    line_width=1.2,
    lane_tint="#10000000",
    lane_line="#555555",
    lane_header_fill="#eeeeee",
    emotion_positive="#000000",
    emotion_neutral="#333333",
    emotion_negative="#000000",
)
"""Black and white, for documents and printing."""

THEMES = {theme.name: theme for theme in (MODERN, CLASSIC)}


def print_theme(theme: Theme = MODERN) -> Theme:
    """The theme for pictures: the same look with no selection or hover marks."""
    return theme.with_changes(show_selection=False)
