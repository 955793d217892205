"""Undoable user gestures: one generic command that runs a Document operation once and
then replays or inverts the Transaction it recorded; one stack per document.

Commands hold ids and snapshots (the recorded transaction), never canvas items. The
operations they run (``operations``) are plain functions over the Document.

``DocumentCommand`` and ``UndoStack`` (Qt's undo framework) are imported on first use,
so that the operations and ``layout`` serve the command line without loading Qt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .command import DocumentCommand
    from .stack import UndoStack

__all__ = ["DocumentCommand", "UndoStack"]


def __getattr__(name: str) -> Any:
    if name == "DocumentCommand":
        from .command import DocumentCommand

        return DocumentCommand
    if name == "UndoStack":
        from .stack import UndoStack

        return UndoStack
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
