"""The ucdesigner extension (placeholder, written next)."""

from __future__ import annotations

from ...model import DocumentData
from .report import ImportReport


def merge_extension(data: DocumentData, extension: bytes, report: ImportReport) -> DocumentData:
    return data
