"""The one-file report of a use case model: a title page, every diagram, each use
case's specification, an actor glossary, the traceability matrix and the model check
results, as a self-contained HTML page (``report_html``) or as Markdown with the
diagrams beside it (``report_markdown``), or as a Word document made from the HTML
page (``docx.report_docx``). ``write_report`` writes any of them to a file.

Chapters come from ``sections.SECTIONS``; features add theirs with
``sections.register``.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import os
from pathlib import Path

from ...model import Document
from ..atomic import atomic_write_bytes
from ..filenames import safe_stem
from . import journey as _journey  # noqa: F401 - registers the customer journey chapter
from .page import report_html, report_markdown

FORMATS = ("html", "md", "docx")
SUFFIXES = {".html": "html", ".htm": "html", ".md": "md", ".markdown": "md", ".docx": "docx"}


class ReportError(Exception):
    """A report that cannot be written; the message is one sentence for the user."""


def format_for(path: str | os.PathLike[str], fmt: str | None = None) -> str:
    """The format to write: ``fmt`` when given, else the one the file's suffix names."""
    if fmt is not None:
        if fmt not in FORMATS:
            raise ReportError(f"unknown report format {fmt!r} (use html, md or docx)")
        return fmt
    suffix = Path(path).suffix.lower()
    if suffix not in SUFFIXES:
        raise ReportError(
            f"{path}: cannot tell the format from the name (use .html, .md or .docx, or --format)"
        )
    return SUFFIXES[suffix]


def asset_folder(path: str | os.PathLike[str]) -> str:
    """The folder beside a Markdown report that holds its diagrams."""
    return f"{safe_stem(Path(path).stem, 'report')}-diagrams"


def write_report(
    document: Document,
    path: str | os.PathLike[str],
    fmt: str | None = None,
    generated: _dt.date | None = None,
) -> list[Path]:
    """Write the report to ``path`` (and, for Markdown, its diagrams beside it);
    returns the files written. ReportError when a file cannot be written."""
    target = Path(path)
    kind = format_for(target, fmt)
    if target.is_dir():
        raise ReportError(f"{target}: is a folder")
    if not target.parent.is_dir():
        raise ReportError(f"{target.parent}: no such folder")
    written: list[Path] = []
    created: list[Path] = []
    try:
        if kind == "html":
            atomic_write_bytes(target, report_html(document, generated).encode("utf-8"))
        elif kind == "docx":
            from .docx import report_docx

            atomic_write_bytes(target, report_docx(document, generated))
        else:
            text, files = report_markdown(document, asset_folder(target), generated)
            for relative, data in files.items():
                file = target.parent / relative
                if not file.parent.exists():
                    file.parent.mkdir()
                    created.append(file.parent)
                atomic_write_bytes(file, data)
                written.append(file)
            atomic_write_bytes(target, text.encode("utf-8"))
    except OSError as error:
        _undo_new_folders(created, written)
        if isinstance(error, PermissionError):
            raise ReportError(f"{target}: permission denied") from None
        raise ReportError(f"{target}: cannot be written ({error.strerror or error})") from None
    return [target, *written]


def _undo_new_folders(created: list[Path], written: list[Path]) -> None:
    """After a failed report: remove the folders it made, with the pictures it wrote
    into them (a full disk must not leave a half-filled or empty folder behind)."""
    for file in written:
        if file.parent in created:
            with contextlib.suppress(OSError):
                file.unlink()
    for folder in reversed(created):
        with contextlib.suppress(OSError):
            folder.rmdir()


__all__ = [
    "FORMATS",
    "ReportError",
    "asset_folder",
    "format_for",
    "report_html",
    "report_markdown",
    "write_report",
]
