"""Light or dark windows: follow the desktop's colour scheme (``QStyleHints.colorScheme``,
Qt 6.5+, including live changes) or the user's choice in the settings.

Only the window around the diagram changes colour. The diagram is paper: the scene, its
items and every picture keep the light theme (``canvas/theme.py``) whatever this module
does. Where the platform gives no dark palette of its own (Qt's generic Linux theme,
the offscreen platform, the classic Windows style), a dark Fusion palette is used.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

Role = QPalette.ColorRole
Group = QPalette.ColorGroup


def dark_palette() -> QPalette:
    """A dark palette for the Fusion style (text at least 7:1 on its background)."""
    colours = {
        Role.Window: "#2b2d31",
        Role.WindowText: "#e8eaed",
        Role.Base: "#1f2023",
        Role.AlternateBase: "#2b2d31",
        Role.ToolTipBase: "#3a3d42",
        Role.ToolTipText: "#e8eaed",
        Role.PlaceholderText: "#9aa0a6",
        Role.Text: "#e8eaed",
        Role.Button: "#3a3d42",
        Role.ButtonText: "#e8eaed",
        Role.BrightText: "#ffffff",
        Role.Light: "#4a4d52",
        Role.Midlight: "#3f4247",
        Role.Mid: "#2f3135",
        Role.Dark: "#18191b",
        Role.Shadow: "#000000",
        Role.Highlight: "#3d7bd9",
        Role.HighlightedText: "#ffffff",
        Role.Link: "#8ab4f8",
        Role.LinkVisited: "#c58af9",
    }
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.HighlightedText):
        palette.setColor(Group.Disabled, role, QColor("#80868b"))
    palette.setColor(Group.Disabled, Role.Highlight, QColor("#4a4d52"))
    return palette


def is_dark(palette: QPalette) -> bool:
    """True when the palette draws light text on a dark window."""
    return palette.color(Role.Window).lightness() < palette.color(Role.WindowText).lightness()


def error_style() -> str:
    """A style sheet for an error message, red enough on a light or a dark window
    (4.5:1 or more against either)."""
    dark = is_dark(QGuiApplication.palette())
    return "color: #ff8a80;" if dark else "color: #c62828;"


def swatch_style(colour: str) -> str:
    """A style sheet that fills a button with ``colour`` and writes on it in black or
    white, whichever reads better (the window's text colour may be either)."""
    fill = QColor(colour)
    luminance = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF()
    ink = "#000000" if luminance > 0.45 else "#ffffff"
    return f"background: {colour}; color: {ink};"


class Appearance(QObject):
    """Keeps the application's palette in line with the chosen appearance."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.mode = "system"
        self.started = False
        """True once a mode was set (the first window sets the saved one)."""
        self._original_style = ""
        """The style to go back to from our dark palette (taken when it is set; asking
        for the style here would build QStyle's enums before the first paint)."""
        self._original_palette = QPalette(app.palette())
        self._ours = False
        """True while the application shows our dark palette."""
        app.styleHints().colorSchemeChanged.connect(self._scheme_changed)

    def system_scheme(self) -> Qt.ColorScheme:
        return self.app.styleHints().colorScheme()

    def set_mode(self, mode: str) -> None:
        """``"system"``, ``"light"`` or ``"dark"``; applied at once."""
        self.mode = mode if mode in ("system", "light", "dark") else "system"
        self.started = True
        self._request_scheme()
        self.apply(self.system_scheme())

    def _request_scheme(self) -> None:
        # Qt 6.8+: ask the platform itself, so that native styles switch too.
        hints = self.app.styleHints()
        if not hasattr(hints, "setColorScheme"):
            return
        if self.mode == "system":
            hints.unsetColorScheme()
        else:
            wanted = Qt.ColorScheme.Dark if self.mode == "dark" else Qt.ColorScheme.Light
            hints.setColorScheme(wanted)

    def _scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        if self.mode == "system":
            self.apply(scheme)

    def wants_dark(self, scheme: Qt.ColorScheme) -> bool:
        if self.mode == "system":
            return scheme == Qt.ColorScheme.Dark
        return self.mode == "dark"

    def apply(self, scheme: Qt.ColorScheme) -> None:
        """Show dark or light windows for ``scheme`` (the desktop's) and the mode."""
        if self.wants_dark(scheme):
            if self._ours or is_dark(self.app.palette()):
                return  # ours already, or the platform's own dark palette
            self._original_palette = QPalette(self.app.palette())
            self._original_style = self.app.style().name()
            if self._original_style.lower() != "fusion":
                self.app.setStyle("Fusion")
            self.app.setPalette(dark_palette())
            self._ours = True
        elif self._ours:
            if self.app.style().name().lower() != self._original_style.lower():
                self.app.setStyle(self._original_style)
            self.app.setPalette(self._original_palette)
            self._ours = False


def appearance() -> Appearance | None:
    """The application's Appearance (made on first use); None without a QApplication."""
    app = QGuiApplication.instance()
    if not isinstance(app, QApplication):
        return None
    found = _APPEARANCE.get(id(app))
    if found is None or found.app is not app:
        found = _APPEARANCE[id(app)] = Appearance(app)
    return found


_APPEARANCE: dict[int, Appearance] = {}
