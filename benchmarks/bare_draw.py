"""The bare PySide6 cost of the start-up benchmark's work, run as a whole process:
``bare_draw.py svg|png ITEMS.json OUT`` draws the items of ``drawn_items`` (ellipses,
stick figures, boxes, notes, lines with their keywords, wrapped names) with QPainter
and saves them as SVG or as a PNG at 2x; ``bare_draw.py window ITEMS.json`` shows
them in a QGraphicsView and prints the seconds from ``UCD_START`` to the end of the
first paint (as startup_probe.py does: the whole frame, the items too). No ucdesigner
import: this is what drawing the same items costs a script that does nothing else."""

from __future__ import annotations

import json
import os
import sys
import time


def _load(path: str) -> dict:
    with open(path, encoding="utf-8") as file:
        return json.load(file)


def _paint(painter, items: dict) -> None:
    from PySide6.QtCore import QLineF, QRectF, Qt
    from PySide6.QtGui import QPen

    solid, dashed = QPen(Qt.GlobalColor.black, 1.2), QPen(Qt.GlobalColor.black, 1.2)
    dashed.setStyle(Qt.PenStyle.DashLine)
    for line in items["lines"]:
        painter.setPen(dashed if line["dashed"] else solid)
        segment = QLineF(*line["a"], *line["b"])
        painter.drawLine(segment)
        if line["label"]:
            painter.drawText(segment.center(), line["label"])
    painter.setPen(solid)
    flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
    for shape in items["shapes"]:
        box = QRectF(shape["x"], shape["y"], shape["w"], shape["h"])
        kind = shape["kind"]
        if kind == "usecase":
            painter.setBrush(Qt.GlobalColor.white)
            painter.drawEllipse(box)
            painter.drawText(box.adjusted(8, 4, -8, -4), flags, shape["text"])
        elif kind == "actor":
            cx, top = box.center().x(), box.top()
            painter.drawEllipse(QRectF(cx - 8, top, 16, 16))
            painter.drawLine(QLineF(cx, top + 16, cx, top + 40))
            painter.drawLine(QLineF(cx - 14, top + 24, cx + 14, top + 24))
            painter.drawLine(QLineF(cx, top + 40, cx - 12, top + 56))
            painter.drawLine(QLineF(cx, top + 40, cx + 12, top + 56))
            below = QRectF(box.left() - 20, top + 58, box.width() + 40, 40)
            painter.drawText(below, flags, shape["text"])
        else:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(box)
            wrap = int(Qt.TextFlag.TextWordWrap)
            painter.drawText(box.adjusted(6, 4, -6, -4), wrap, shape["text"])


def _bounds(items: dict):
    from PySide6.QtCore import QRectF

    rect = QRectF()
    for shape in items["shapes"]:
        rect = rect.united(QRectF(shape["x"], shape["y"], shape["w"], shape["h"] + 40))
    return rect.adjusted(-20, -20, 20, 20)


def save_picture(kind: str, items_path: str, out: str) -> None:
    """Draw the items into an SVG file or a 2x PNG."""
    from PySide6.QtCore import QRect, QSize
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - fonts need it
    items = _load(items_path)
    rect = _bounds(items)
    if kind == "svg":
        from PySide6.QtSvg import QSvgGenerator

        device = QSvgGenerator()
        device.setFileName(out)
        device.setSize(QSize(int(rect.width()), int(rect.height())))
        device.setViewBox(QRect(0, 0, int(rect.width()), int(rect.height())))
        scale = 1.0
    else:
        scale = 2.0
        device = QImage(
            int(rect.width() * scale), int(rect.height() * scale), QImage.Format.Format_RGB32
        )
        device.fill(QColor("#ffffff"))
    painter = QPainter(device)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(scale, scale)
    painter.translate(-rect.topLeft())
    _paint(painter, items)
    painter.end()
    if kind == "png":
        device.save(out, "PNG")


def show_window(items_path: str | None) -> None:
    """A QMainWindow with a QGraphicsView of the items (or empty); print the first paint."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import (
        QApplication,
        QGraphicsItem,
        QGraphicsScene,
        QGraphicsView,
        QMainWindow,
    )

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1200, 800)
    if items_path:
        items = _load(items_path)

        class Drawing(QGraphicsItem):
            def boundingRect(self):
                return _bounds(items)

            def paint(self, painter, option, widget=None):
                _paint(painter, items)

        scene = QGraphicsScene()
        scene.addItem(Drawing())
        window.setCentralWidget(QGraphicsView(scene))
    started = float(os.environ.get("UCD_START", time.time()))

    def painted() -> None:
        print(f"first-paint {time.time() - started:.6f}", flush=True)
        if not os.environ.get("BARE_STAY"):  # x_map.py stops it from outside
            app.quit()

    class FirstPaint(QObject):
        seen = False

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and not self.seen:
                self.seen = True
                QTimer.singleShot(0, painted)  # after the whole frame is painted
            return False

    watcher = FirstPaint()
    window.installEventFilter(watcher)  # the window's, as startup_probe.py does
    window.show()
    app.exec()


if __name__ == "__main__":
    if sys.argv[1] == "window":
        show_window(sys.argv[2] if len(sys.argv) > 2 else None)
    else:
        save_picture(sys.argv[1], sys.argv[2], sys.argv[3])
