"""Comparing and merging versions of a document: a pure diff of two documents
(``diff.py``), a three-way merge by id, field and shape (``merge.py``), and the
resolution of the conflicts a merge leaves in the document (``resolve.py``)."""

from .diff import DiagramDiff, DocumentDiff, EdgeDiff, FieldChange, ItemDiff, ShapeDiff, diff
from .merge import MergeResult, merge

__all__ = [
    "DiagramDiff",
    "DocumentDiff",
    "EdgeDiff",
    "FieldChange",
    "ItemDiff",
    "MergeResult",
    "ShapeDiff",
    "diff",
    "merge",
]
