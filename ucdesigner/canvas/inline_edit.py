"""Rename on the canvas: a text field laid over the element's name, in the view (never
in the scene, so no picture can show it). Enter or Tab keeps, Esc cancels, clicking
away keeps."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFont, QKeyEvent
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QWidget


class InlineEditor(QPlainTextEdit):
    """A borderless editor for one name (or a comment's text, which may have several
    lines: Shift+Enter starts a new one)."""

    committed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget, text: str, font: QFont, multiline: bool) -> None:
        super().__init__(parent)
        self.multiline = multiline
        self._done = False
        self.setObjectName("inlineEditor")
        self.setAccessibleName(self.tr("Name"))
        self.setFont(font)
        self.setPlainText(text)
        self.selectAll()
        self.setFrameShape(QFrame.Shape.Box)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setStyleSheet(
            "QPlainTextEdit#inlineEditor { background: #ffffff; color: #1f2933;"
            " border: 1px solid #1a73e8; }"
        )

    def place(self, rect: QRect, room: int = 0) -> None:
        """Put the editor over ``rect`` (viewport coordinates). With ``room`` (a height
        in pixels), it grows taller around its middle as the text wraps onto more
        lines, up to that height, so a long name stays readable while it is typed."""
        self._base, self._room = QRect(rect), max(room, rect.height())
        self.setGeometry(rect)
        if room:
            self.document().contentsChanged.connect(self._fit_lines)
            self._fit_lines()
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fit_lines(self) -> None:
        lines = sum(
            self.document().findBlockByNumber(n).layout().lineCount()
            for n in range(self.document().blockCount())
        )
        if lines <= 1:  # the field as placed fits one line
            height = self._base.height()
        else:
            frame = 2 * self.frameWidth() + 2 * self.document().documentMargin()
            wanted = lines * self.fontMetrics().lineSpacing() + frame
            height = min(self._room, max(self._base.height(), round(wanted)))
        middle = self._base.center().y()
        self.setGeometry(self._base.x(), middle - height // 2, self._base.width(), height)

    def text(self) -> str:
        return self.toPlainText() if self.multiline else " ".join(self.toPlainText().split())

    def commit(self) -> None:
        if not self._done:
            self._done = True
            self.committed.emit(self.text())
            self.hide()
            self.deleteLater()

    def cancel(self) -> None:
        if not self._done:
            self._done = True
            self.cancelled.emit()
            self.hide()
            self.deleteLater()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.cancel()
            return
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):  # keeps the name; no tab in it
            self.commit()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            if not (self.multiline and shift):
                self.commit()
                return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.commit()
