"""The larger specification editor: a window of its own beside the main window, for
one use case, with undo and redo and a copy of the specification as text."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
)

from ..model import Document, Specification, Transaction, UseCase
from ..model.spec_text import specification_text
from .spec_editor import SpecificationEditor, associated_actors


def tr(text: str) -> str:
    return QCoreApplication.translate("Specification", text)


def specification_as_text(document: Document, usecase: UseCase) -> str:
    """The use case's specification as plain text (what Copy as Text copies)."""
    spec = usecase.specification or Specification()
    points = {p.id: p.name or p.id for p in usecase.extension_points}
    return specification_text(
        usecase.name,
        spec,
        lambda i: getattr(document.find(i), "name", i) or i,
        lambda i: points.get(i, i),
        spec.primary_actors or associated_actors(document, usecase.id),
    )


class SpecificationDialog(QDialog):
    """Edits the specification of one use case of a window's document."""

    def __init__(self, window: Any, usecase_id: str) -> None:
        super().__init__(window)
        self.setObjectName("specificationDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.window_ = window
        self.document: Document = window.document
        self.usecase_id = usecase_id
        self.editor = SpecificationEditor(
            self.document, usecase_id, self._run, wide=True, parent=None
        )
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setWidget(self.editor)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        copy = QPushButton(tr("Copy as Text"))
        copy.setToolTip(tr("Copy the specification as plain text, to paste into a document"))
        copy.clicked.connect(self.copy_as_text)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroller, 1)
        layout.addWidget(buttons)
        stack = window.undo_stack
        undo = stack.createUndoAction(self, tr("Undo"))
        undo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        redo = stack.createRedoAction(self, tr("Redo"))
        redo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
        self.addActions([undo, redo])
        self._unsubscribe: Callable[[], None] | None = self.document.subscribe(self._changed)
        window.documentBound.connect(self._document_rebound)
        self.finished.connect(lambda _result: self._stop_following())
        self.resize(1100, 780)
        self._show_heading()

    def _run(self, text: str, operation) -> None:
        self.window_.undo_stack.run(text, operation)

    def _show_heading(self) -> None:
        usecase = self.document.find(self.usecase_id)
        if not isinstance(usecase, UseCase):
            return
        self.setWindowTitle(tr("Specification of “{name}”").format(name=usecase.name))
        self.heading.setText(
            f"<h2>{_escape(usecase.name)}</h2>"
            + (f"<p>{_escape(usecase.documentation)}</p>" if usecase.documentation else "")
        )

    def _changed(self, _transaction: Transaction) -> None:
        if self.document.find(self.usecase_id) is None:
            self.close()
            return
        self._show_heading()
        self.editor.load()

    def _document_rebound(self) -> None:
        if self.window_.document is not self.document:
            self.close()

    def copy_as_text(self) -> str:
        usecase = self.document.get(self.usecase_id)
        assert isinstance(usecase, UseCase)
        text = specification_as_text(self.document, usecase)
        QGuiApplication.clipboard().setText(text)
        return text

    def _stop_following(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def closeEvent(self, event: QCloseEvent) -> None:
        self._stop_following()
        super().closeEvent(event)


def _escape(text: str) -> str:
    from html import escape

    return escape(text).replace("\n", "<br>")
