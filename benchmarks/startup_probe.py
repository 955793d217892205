"""Run by the start-up benchmark in a fresh process: show a window and quit at the first
paint. ``bare`` is a plain QMainWindow; ``app`` is ucdesigner's main window, optionally
on a document. Prints the seconds from ``UCD_START`` (the parent's clock when it started
this process) to the first paint event, so what happens after it (quitting, closing)
is not counted."""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    mode = sys.argv[1]
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    if mode == "bare":
        window = QMainWindow()
        window.resize(1200, 800)
    else:
        from ucdesigner.app.main_window import MainWindow

        window = MainWindow.open_file(sys.argv[2]) if len(sys.argv) > 2 else MainWindow()

    started = float(os.environ.get("UCD_START", time.time()))

    class FirstPaint(QObject):
        seen = False

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and not self.seen:
                self.seen = True
                print(f"first-paint {time.time() - started:.6f}", flush=True)
                QTimer.singleShot(0, app.quit)
            return False

    watcher = FirstPaint()
    app.installEventFilter(watcher)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
