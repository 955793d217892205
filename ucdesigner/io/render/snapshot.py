"""An off-screen scene of one diagram in the print theme, and how to paint it.

The same canvas items that the editor shows draw the picture; the print theme turns
off selection and hover marks, and an off-screen scene has no grid."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRect, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPaintDevice,
    QPainter,
    QTransform,
)
from PySide6.QtWidgets import QApplication

from ...canvas.items.comment import CommentItem
from ...canvas.items.edge import EdgeItem
from ...canvas.items.subject import SubjectItem
from ...canvas.scene import DiagramScene
from ...canvas.theme import THEMES, print_theme
from ...model import Document
from .options import ExportError, ExportOptions


def ensure_app() -> None:
    """Qt's canvas needs an application object; make one if the caller has none (on
    the offscreen platform when there is no display, as on a build server)."""
    if QCoreApplication.instance() is not None:
        return
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
    if headless and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    QApplication(sys.argv[:1] or ["ucdesigner"])


def layout_dpi() -> float:
    """The resolution the canvas items measured their text at; every picture device is
    given the same one, so text keeps exactly the size and place it has on screen."""
    return float(QFontMetricsF(QFont()).fontDpi())


@dataclass
class Snapshot:
    """A scene and the part of it (scene coordinates) that the picture shows."""

    scene: DiagramScene
    source: QRectF
    title: str

    @property
    def width(self) -> float:
        return self.source.width()

    @property
    def height(self) -> float:
        return self.source.height()


def build_snapshot(document: Document, diagram_id: str, options: ExportOptions) -> Snapshot:
    """The scene of ``diagram_id`` in the print theme, cropped to its content (or to the
    chosen ids) plus the margin. Raises ExportError for an unknown diagram or ids."""
    ensure_app()
    if not document.has_diagram(diagram_id):
        raise ExportError(f"there is no diagram with id {diagram_id!r}")
    theme = print_theme(THEMES.get(options.theme_name, THEMES["modern"]))
    scene = DiagramScene(document, diagram_id, theme, listen=False)
    ids = None if options.ids is None else list(dict.fromkeys(options.ids))
    if ids is not None:
        _show_only(scene, ids, document.diagram_info(diagram_id).name)
    if options.background == "transparent":
        scene.setBackgroundBrush(QBrush(Qt.BrushStyle.NoBrush))
    else:
        scene.setBackgroundBrush(QBrush(QColor("#ffffff")))
    # The frame goes where the canvas puts it (the scene decides, for both).
    scene.show_frame(options.frame, ids)
    if scene.frame_shown():
        content = scene.frame_item.sceneBoundingRect()
    else:
        content = drawn_rect(scene, scene.content_rect(ids))
    _hide_and_fade(scene, options.hidden, options.faded)
    if content.isNull():
        content = QRectF(0, 0, 0, 0)
    m = options.margin
    # Whole pixels: a picture edge between pixels would blur the outermost line.
    source = content.adjusted(-m, -m, m, m).toAlignedRect().toRectF()
    if source.width() < 1 or source.height() < 1:
        source = QRectF(source.x(), source.y(), max(1.0, source.width()), max(1.0, source.height()))
    # A fixed scene rectangle: otherwise Qt re-measures every item's bounds on each
    # render call (a third of the time of a banded PNG of 500 shapes).
    scene.setSceneRect(source)
    return Snapshot(scene, source, document.diagram_info(diagram_id).name)


def drawn_rect(scene: DiagramScene, bounds: QRectF) -> QRectF:
    """The part of ``bounds`` (scene coordinates) that the items really paint, to the
    pixel: item bounds reserve room for selection marks and labels that a picture does
    not show, so a margin added to them came out uneven (41 px more on one side)."""
    if bounds.isNull() or bounds.isEmpty():
        return bounds
    whole = bounds.toAlignedRect()
    background = scene.backgroundBrush()
    scene.setBackgroundBrush(QBrush(Qt.BrushStyle.NoBrush))
    try:
        left = _first_ink(scene, whole, "left")
        if left is None:  # nothing drawn at all
            return QRectF()
        right = _first_ink(scene, whole, "right")
        top = _first_ink(scene, whole, "top")
        bottom = _first_ink(scene, whole, "bottom")
    finally:
        scene.setBackgroundBrush(background)
    return QRectF(
        whole.left() + left,
        whole.top() + top,
        whole.width() - left - right,
        whole.height() - top - bottom,
    )


def _first_ink(scene: DiagramScene, whole: QRect, side: str) -> int | None:
    """How many blank pixel lines ``whole`` has on ``side`` (None: it is all blank).
    Paints a strip along that side, wider each time it is still blank, so a large
    diagram is not painted whole."""
    horizontal = side in ("left", "right")
    length = whole.width() if horizontal else whole.height()
    depth = 64
    while True:
        depth = min(depth, length)
        if horizontal:
            x = whole.left() if side == "left" else whole.right() + 1 - depth
            strip = QRect(x, whole.top(), depth, whole.height())
        else:
            y = whole.top() if side == "top" else whole.bottom() + 1 - depth
            strip = QRect(whole.left(), y, whole.width(), depth)
        lines = _ink_lines(scene, strip, horizontal)
        if any(lines):
            order = lines if side in ("left", "top") else lines[::-1]
            return order.index(True)
        if depth == length:
            return None
        depth *= 4


def _ink_lines(scene: DiagramScene, strip: QRect, columns: bool) -> list[bool]:
    """For each column (or row) of ``strip`` painted at scale 1: whether it has ink."""
    picture = QImage(strip.size(), QImage.Format.Format_ARGB32_Premultiplied)
    picture.fill(Qt.GlobalColor.transparent)
    painter = QPainter(picture)
    try:
        paint(
            Snapshot(scene, QRectF(strip), ""),
            painter,
            QRectF(0, 0, strip.width(), strip.height()),
        )
    finally:
        painter.end()
    if columns:  # transposed, so that a column is a scan line
        picture = picture.transformed(QTransform(0, 1, 1, 0, 0, 0))
    width = picture.width()
    blank = bytes(4 * width)
    return [bytes(picture.constScanLine(y))[: 4 * width] != blank for y in range(picture.height())]


def _show_only(scene: DiagramScene, ids: Sequence[str], diagram_name: str) -> None:
    missing = [x for x in ids if scene.item_for(x) is None]
    if missing:
        raise ExportError(
            f"not on diagram {diagram_name!r}: {', '.join(missing[:5])}"
            + (f" and {len(missing) - 5} more" if len(missing) > 5 else "")
        )
    if not ids:
        raise ExportError("the selection is empty")
    wanted = set(ids)
    for item in [*scene.node_items(), *scene.edge_items()]:
        item.setVisible(item.element_id in wanted)


FADED_OPACITY = 0.25


def _hide_and_fade(scene: DiagramScene, hidden: frozenset[str], faded: frozenset[str]) -> None:
    for element_id in hidden:
        item = scene.item_for(element_id)
        if item is not None:
            item.setVisible(False)
    for element_id in faded:
        item = scene.item_for(element_id)
        if item is not None:
            item.setOpacity(FADED_OPACITY)


def paint(
    snapshot: Snapshot, painter: QPainter, target: QRectF, source: QRectF | None = None
) -> None:
    """Paint the snapshot's source rectangle (or a part of it) into ``target`` (device
    coordinates)."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    snapshot.scene.render(
        painter, target, source or snapshot.source, Qt.AspectRatioMode.IgnoreAspectRatio
    )


def paint_on(
    device: QPaintDevice, snapshot: Snapshot, target: QRectF, source: QRectF | None = None
) -> None:
    """Paint the snapshot (or a part of it, see ``paint``) on ``device``, and end."""
    painter = QPainter(device)
    try:
        paint(snapshot, painter, target, source)
    finally:
        painter.end()


def paint_to_bytes(snapshot: Snapshot, device_for: Callable[[QBuffer], QPaintDevice]) -> bytes:
    """What a device writes when the whole snapshot is painted on it (at its own size):
    ``device_for(buffer)`` makes the device, writing into an in-memory buffer."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    device = device_for(buffer)
    paint_on(device, snapshot, QRectF(0, 0, snapshot.width, snapshot.height))
    buffer.close()
    return bytes(data.data())


def left_aligned_boxes(snapshot: Snapshot) -> list[tuple[float, float, float, float]]:
    """Where left-aligned text is drawn (picture coordinates): a boundary's title, a
    comment's body, an extend's condition note. Everything else is centred."""
    boxes = []
    for item in snapshot.scene.items():
        if not item.isVisible():
            continue
        if isinstance(item, SubjectItem):
            rect = item.mapRectToScene(item.title_rect())
        elif isinstance(item, CommentItem):
            rect = item.mapRectToScene(item.boundingRect())
        elif isinstance(item, EdgeItem):
            # The note's rectangle is the edge item's own layout; no public accessor yet.
            rect = QRectF(item._note_rect)
            if rect.isNull():
                continue
        else:
            continue
        rect = rect.translated(-snapshot.source.topLeft())
        boxes.append((rect.left(), rect.top(), rect.right(), rect.bottom()))
    return boxes
