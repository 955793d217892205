"""A first main window: opens a document and names what it holds.

The editor issue replaces this with the full window (palette, canvas, browser, panels).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from ..io.native import NativeFormatError, load
from ..model import Document


class MainWindow(QMainWindow):
    def __init__(self, document: Document | None = None, path: Path | None = None) -> None:
        super().__init__()
        self.document = document or Document()
        self.path = path
        name = path.name if path else self.tr("Untitled")
        self.setWindowTitle(self.tr("{name} — ucdesigner").format(name=name))
        counts = self.tr("{n} elements, {d} diagrams").format(
            n=len(self.document), d=len(self.document.diagrams())
        )
        self.setCentralWidget(QLabel(counts))
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
