"""Undoable user gestures: one generic command that runs a Document operation once and
then replays or inverts the Transaction it recorded; one stack per document.

Commands hold ids and snapshots (the recorded transaction), never canvas items. The
operations they run (``operations``) are plain functions over the Document.
"""

from .command import DocumentCommand
from .stack import UndoStack

__all__ = ["DocumentCommand", "UndoStack"]
