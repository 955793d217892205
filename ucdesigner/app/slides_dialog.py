"""The choices of File > Export Slides…: which diagrams, slide size, shapes or
pictures, and how each diagram is told (on one slide or step by step)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QWidget

from ..i18n import tr


class SlidesDialog(QDialog):
    """Asks how to make the deck; ``choices()`` after it was accepted."""

    def __init__(self, has_current: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Export Slides"))
        form = QFormLayout(self)
        self.scope = QComboBox()
        if has_current:
            self.scope.addItem(tr("This diagram"), "current")
        self.scope.addItem(tr("Every diagram, one after the other"), "all")
        self.size = QComboBox()
        self.size.addItem(tr("Widescreen (16:9)"), "16:9")
        self.size.addItem(tr("Standard (4:3)"), "4:3")
        self.mode = QComboBox()
        self.mode.addItem(tr("Editable shapes, lines glued to them"), "shapes")
        self.mode.addItem(tr("A picture (PNG, with SVG for newer Office)"), "picture")
        self.sequence = QComboBox()
        self.sequence.addItem(tr("Whole, on one slide"), "single")
        self.sequence.addItem(
            tr("Built up: actors, use cases, include and extend, notes"), "build-up"
        )
        self.sequence.addItem(tr("One journey stage at a time"), "stages")
        self.sequence.addItem(tr("One use case at a time, the rest faded"), "focus")
        form.addRow(tr("&Diagrams:"), self.scope)
        form.addRow(tr("Slide &size:"), self.size)
        form.addRow(tr("Diagrams &as:"), self.mode)
        form.addRow(tr("&Tell each diagram:"), self.sequence)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def choices(self) -> dict[str, str]:
        """scope ("current" or "all"), size, mode and sequence."""
        return {
            "scope": self.scope.currentData(),
            "size": self.size.currentData(),
            "mode": self.mode.currentData(),
            "sequence": self.sequence.currentData(),
        }
