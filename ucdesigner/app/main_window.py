"""A first main window: opens a document and names what it holds.

The editor issue replaces this with the full window (palette, canvas, browser, panels).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsView, QLabel, QMainWindow, QMessageBox, QTabWidget

from ..canvas.scene import DiagramScene
from ..io.native import NativeFormatError, load
from ..model import Document


class MainWindow(QMainWindow):
    def __init__(self, document: Document | None = None, path: Path | None = None) -> None:
        super().__init__()
        self.document = document or Document()
        self.path = path
        name = path.name if path else self.tr("Untitled")
        self.setWindowTitle(self.tr("{name} — ucdesigner").format(name=name))
        tabs = QTabWidget()
        for info in self.document.diagrams():
            view = QGraphicsView(DiagramScene(self.document, info.id, parent=self))
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            tabs.addTab(view, info.name)
        if not tabs.count():
            tabs.addTab(QLabel(self.tr("No diagrams yet.")), self.tr("Empty"))
        self.setCentralWidget(tabs)
        self.resize(1200, 800)

    @classmethod
    def open_file(cls, path: str) -> MainWindow:
        """A window on the document at ``path``; an empty one with a message if it fails."""
        try:
            return cls(load(path), Path(path))
        except NativeFormatError as error:
            window = cls()
            QMessageBox.critical(window, window.tr("Cannot open file"), str(error))
            return window
