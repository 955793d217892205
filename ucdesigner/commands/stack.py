"""One QUndoStack per document, with a single entry point for every change."""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack

from ..model import Document
from .command import DocumentCommand, Operation


class UndoStack(QUndoStack):
    """The undo history of one document. Every user change goes through ``run``."""

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document

    def run(self, text: str, operation: Operation, merge_key: Hashable | None = None) -> Any:
        """Run ``operation(document)`` as one undoable step named ``text``.

        Returns what the operation returned. A refused change (ModelError) propagates
        and leaves the document and the history as they were; a change that changed
        nothing leaves no step behind.
        """
        command = DocumentCommand(self.document, text, operation, merge_key)
        self.push(command)
        if command.error is not None:
            raise command.error
        return command.result
