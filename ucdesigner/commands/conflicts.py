"""Resolving a merge conflict as one undo step (see model/compare/resolve.py)."""

from __future__ import annotations

from ..model.compare.resolve import Choice, resolve
from .stack import UndoStack

CHOICE_TEXTS = {"ours": "Take Ours", "theirs": "Take Theirs", "current": "Mark Resolved"}


def resolve_conflict(stack: UndoStack, conflict_id: str, choice: Choice) -> None:
    """Take ours, take theirs, or keep the document as it is now ("current"); one undo
    step. ModelError when the chosen value no longer fits (nothing changes then)."""
    conflict = next(c for c in stack.document.conflicts if c.id == conflict_id)
    text = f"{CHOICE_TEXTS[choice]}: {conflict.message}"
    stack.run(text, lambda document: resolve(document, conflict_id, choice))
