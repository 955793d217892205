"""The one undoable command: it runs a Document operation on its first redo, records
the Transaction the document produced, and afterwards replays or inverts that record."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtGui import QUndoCommand

from ..model import Document, Transaction
from ..model.changes import EdgeChanged, ShapeChanged

Operation = Callable[[Document], Any]
"""A function that changes the document through its API (its return value is kept)."""

MERGE_ID = 0x7563_6400
"""The ``id()`` of commands that may merge (Qt merges only commands with equal ids)."""


class DocumentCommand(QUndoCommand):
    """Runs ``operation`` on the first ``redo()``; undo/redo then apply its Transaction.

    A command whose operation changed nothing, or raised, makes itself obsolete so the
    stack drops it (``error`` then holds the exception). ``merge_key``: consecutive
    commands with the same key merge into one (arrow-key moves of one selection).
    """

    def __init__(
        self,
        document: Document,
        text: str,
        operation: Operation,
        merge_key: Hashable | None = None,
    ) -> None:
        super().__init__(text)
        self.document = document
        self.merge_key = merge_key
        self.transaction = Transaction((), text)
        self.result: Any = None
        self.error: BaseException | None = None
        self._operation: Operation | None = operation

    def redo(self) -> None:
        operation = self._operation
        if operation is None:
            self.document.apply(self.transaction)
            return
        self._operation = None
        recorder = None
        try:
            with self.document.transaction(self.text()) as recorder:
                self.result = operation(self.document)
        except BaseException as error:  # reported by UndoStack.run, not lost in Qt
            self.error = error
            if recorder is None or not recorder.result:
                self.setObsolete(True)
                return
            # The change was made and a listener failed afterwards: keep the step so
            # that undo still matches the document.
        assert recorder is not None
        self.transaction = Transaction(recorder.result.changes, self.text())
        if not self.transaction:
            self.setObsolete(True)

    def undo(self) -> None:
        self.document.apply(self.transaction.inverse())

    def id(self) -> int:
        return MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, DocumentCommand) or other.merge_key != self.merge_key:
            return False
        if other.error is not None or not other.transaction:
            return True
        self.transaction = Transaction(
            compress(self.transaction.changes + other.transaction.changes), self.text()
        )
        if not self.transaction:
            self.setObsolete(True)
        return True


def compress(changes: tuple) -> tuple:
    """Collapse repeated geometry changes of one shape or edge into a single change.

    Only used when every change is a ShapeChanged/EdgeChanged (merged moves): the first
    old value and the last new value of each shape are kept, and no-ops are dropped.
    """
    if not all(isinstance(c, ShapeChanged | EdgeChanged) for c in changes):
        return changes
    first: dict[tuple, Any] = {}
    for change in changes:
        key = (type(change), change.diagram_id, change.new.element)
        if key in first:
            first[key] = type(change)(change.diagram_id, first[key].old, change.new)
        else:
            first[key] = change
    return tuple(c for c in first.values() if c.old != c.new)
