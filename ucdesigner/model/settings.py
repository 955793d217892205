"""Per-document settings that travel with the file (not user preferences, which live in
the application's settings)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .elements import Frozen
from .ids import Id

ImageFormat = Literal["svg", "png", "pdf"]
Background = Literal["white", "transparent"]


class ExportTarget(Frozen):
    """A picture re-written every time the document is saved.

    ``path`` is relative to the document's folder and must stay inside it (the writer
    refuses absolute, ``~`` and ``..`` paths that leave it): a file for one diagram, a
    folder when ``diagram`` is None (every diagram, one file each, named after it).
    """

    path: Annotated[str, Field(min_length=1, max_length=4096)]
    format: ImageFormat = "png"
    diagram: Id | None = None
    scale: Annotated[float, Field(gt=0, le=16)] = 2.0
    background: Background = "white"
    margin: Annotated[float, Field(ge=0, le=1000)] = 20.0


class DocumentSettings(Frozen):
    """Settings saved in the document. Features add typed fields here (with defaults, so
    older files stay valid)."""

    export_on_save: tuple[ExportTarget, ...] = ()
    """Pictures to re-write whenever the document is saved."""
    disabled_checks: tuple[Annotated[str, Field(max_length=100)], ...] = ()
    """Codes of the model checks (``model/checks.py``) switched off for this document."""
