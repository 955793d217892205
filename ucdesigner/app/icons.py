"""Palette and tool icons, painted in the notation they create (no image files), at
1x, 2x and 3x for high-DPI screens, with dark or light lines to suit the window."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap, QPolygonF

from ..canvas.items.edge import arrow_wings
from ..canvas.theme import MODERN
from ..resources import resource_path

SIZE = 32
SCALES = (1, 2, 3)
DARK_INK = ("#e8eaed", "#bdc1c6")
"""Lines and keywords of the icons on a dark window."""

_ink = [MODERN.ink, MODERN.muted_ink]
_dark = [False]


def screen_scales() -> tuple[int, ...]:
    """The scales of ``SCALES`` that the screens attached now need: 1x, and the next
    above each screen's pixel ratio (painting the 2x and 3x pixmaps costs ten times the
    1x: a window's first frame on a 1x screen is spared them; see MainWindow)."""
    from PySide6.QtGui import QGuiApplication

    ratios = [screen.devicePixelRatio() for screen in QGuiApplication.screens()] or [1.0]
    needed = {1} | {next((s for s in SCALES if s >= r), SCALES[-1]) for r in ratios}
    return tuple(s for s in SCALES if s in needed)


def notation_icon(kind: str, dark: bool = False, scales: tuple[int, ...] = SCALES) -> QIcon:
    """An icon for a tool: ``"select"``, a node kind or a relationship kind; ``dark``
    draws light lines, for a dark window; painted at each of ``scales``."""
    icon = QIcon()
    _ink[:] = DARK_INK if dark else (MODERN.ink, MODERN.muted_ink)
    _dark[0] = dark
    try:
        for scale in scales:
            pixmap = QPixmap(SIZE * scale, SIZE * scale)
            pixmap.setDevicePixelRatio(scale)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            PAINTERS.get(kind, _select)(painter)
            painter.end()
            icon.addPixmap(pixmap)
    finally:
        _ink[:] = (MODERN.ink, MODERN.muted_ink)
        _dark[0] = False
    return icon


def _fill(colour: str) -> QColor:
    """A shape's fill: the notation's light colour, or on a dark window a dark shade of
    it, so that the light outline stays visible around it."""
    fill = QColor(colour)
    if not _dark[0]:
        return fill
    hue, saturation, _lightness, _alpha = fill.getHslF()
    return QColor.fromHslF(max(hue, 0.0), saturation * 0.5, 0.24)


def _pen(dashed: bool = False, width: float = 1.6) -> QPen:
    pen = QPen(QColor(_ink[0]), width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if dashed:
        pen.setDashPattern([2.5, 2.0])
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


def _select(p: QPainter) -> None:
    p.setPen(_pen(width=1.3))
    p.setBrush(_fill("#ffffff"))
    p.drawPolygon(
        QPolygonF(
            [
                QPointF(9, 4),
                QPointF(9, 25),
                QPointF(14, 20),
                QPointF(18, 28),
                QPointF(21, 26.5),
                QPointF(17.5, 19),
                QPointF(24, 19),
            ]
        )
    )


def _actor(p: QPainter) -> None:
    p.setPen(_pen())
    p.setBrush(_fill(MODERN.actor_fill))
    p.drawEllipse(QRectF(12, 2, 8, 8))
    p.drawLine(QPointF(16, 10), QPointF(16, 20))
    p.drawLine(QPointF(8, 13.5), QPointF(24, 13.5))
    p.drawLine(QPointF(16, 20), QPointF(10, 29))
    p.drawLine(QPointF(16, 20), QPointF(22, 29))


def _usecase(p: QPainter) -> None:
    p.setPen(_pen())
    p.setBrush(_fill(MODERN.usecase_fill))
    p.drawEllipse(QRectF(2, 8, 28, 16))


def _subject(p: QPainter) -> None:
    p.setPen(_pen())
    p.setBrush(_fill(MODERN.subject_fill))
    p.drawRect(QRectF(3, 3, 26, 26))
    p.setPen(_pen(width=2.2))
    p.drawLine(QPointF(6, 8), QPointF(17, 8))
    p.setPen(_pen(width=1.0))
    p.setBrush(_fill(MODERN.usecase_fill))
    p.drawEllipse(QRectF(8, 14, 16, 9))


def _package(p: QPainter) -> None:
    p.setPen(_pen())
    p.setBrush(_fill(MODERN.package_fill))
    p.drawRect(QRectF(3, 5, 11, 5))
    p.drawRect(QRectF(3, 10, 26, 17))


def _comment(p: QPainter) -> None:
    p.setPen(_pen())
    p.setBrush(_fill(MODERN.comment_fill))
    p.drawPolygon(
        QPolygonF([QPointF(4, 5), QPointF(21, 5), QPointF(28, 12), QPointF(28, 27), QPointF(4, 27)])
    )
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPolyline(QPolygonF([QPointF(21, 5), QPointF(21, 12), QPointF(28, 12)]))
    p.setPen(_pen(width=1.0))
    for y in (15, 19, 23):
        p.drawLine(QPointF(8, y), QPointF(22, y))


def _line(p: QPainter, dashed: bool, head: str | None, keyword: str = "") -> None:
    start, tip = QPointF(4, 27), QPointF(28, 5)
    p.setPen(_pen(dashed))
    p.drawLine(start, tip)
    p.setPen(_pen())
    if head == "open":
        left, right = arrow_wings(start, tip, 9, 27)
        p.drawPolyline(QPolygonF([left, tip, right]))
    elif head == "triangle":
        left, right = arrow_wings(start, tip, 10, 30)
        p.setBrush(_fill("#ffffff"))
        p.drawPolygon(QPolygonF([tip, left, right]))
    if keyword:
        # In the top-left corner, which the line leaves free, in the lines' own ink.
        font = QFont()
        font.setPixelSize(11)
        font.setBold(True)
        p.setFont(font)
        p.setPen(QColor(_ink[0]))
        p.drawText(QRectF(0, 0, 17, 13), int(Qt.AlignmentFlag.AlignLeft), keyword)


PAINTERS = {
    "select": _select,
    "actor": _actor,
    "usecase": _usecase,
    "subject": _subject,
    "package": _package,
    "comment": _comment,
    "association": lambda p: _line(p, False, None),
    "include": lambda p: _line(p, True, "open", "in"),
    "extend": lambda p: _line(p, True, "open", "ex"),
    "generalization": lambda p: _line(p, False, "triangle"),
    "dependency": lambda p: _line(p, True, "open"),
    "comment_link": lambda p: (_comment_small(p), _line_short(p)),
}


def _comment_small(p: QPainter) -> None:
    p.setPen(_pen(width=1.2))
    p.setBrush(_fill(MODERN.comment_fill))
    p.drawPolygon(
        QPolygonF(
            [QPointF(2, 18), QPointF(10, 18), QPointF(14, 22), QPointF(14, 30), QPointF(2, 30)]
        )
    )


def _line_short(p: QPainter) -> None:
    p.setPen(_pen(True))
    p.drawLine(QPointF(14, 20), QPointF(28, 5))


def app_icon() -> QIcon:
    """The application's icon, from every PNG size in ``resources/icons`` (the desktop's
    icon theme when they are not installed beside the program)."""
    icon = QIcon()
    folder = resource_path("icons", "hicolor")
    if folder.is_dir():
        for png in sorted(folder.glob("*/apps/ucdesigner.png")):
            icon.addFile(str(png))
    if icon.isNull():
        icon = QIcon.fromTheme("ucdesigner")
    return icon
