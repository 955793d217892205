"""Writing pictures to files: one diagram, the selection, or every diagram at once."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from ...model import Document
from ..atomic import atomic_write_bytes
from ..filenames import unique_names
from .options import ExportError, ExportOptions, Rendered
from .pdf import render_pdf
from .raster import render_png
from .svg import render_svg

RENDERERS: dict[str, Callable[[Document, str, ExportOptions], Rendered]] = {
    "svg": render_svg,
    "png": render_png,
    "pdf": render_pdf,
}


@dataclass
class ExportResult:
    """A picture written: where, how big, and any warnings."""

    path: Path
    diagram_id: str
    width: int
    height: int
    warnings: list[str] = field(default_factory=list)


def render(document: Document, diagram_id: str, options: ExportOptions) -> Rendered:
    """The picture in ``options.format``."""
    return RENDERERS[options.format](document, diagram_id, options)


def export_diagram(
    document: Document, diagram_id: str, path: str | os.PathLike[str], options: ExportOptions
) -> ExportResult:
    """Write one diagram (or ``options.ids``) to ``path``, atomically."""
    target = Path(path)
    rendered = render(document, diagram_id, options)
    _write(target, rendered.data)
    return ExportResult(target, diagram_id, rendered.width, rendered.height, rendered.warnings)


def file_names(document: Document, diagram_ids: list[str], fmt: str) -> dict[str, str]:
    """Diagram id -> a safe, unique file name made from the diagram's name."""
    names = [document.diagram_info(d).name or d for d in diagram_ids]
    return dict(zip(diagram_ids, unique_names(names, f".{fmt}"), strict=True))


def export_all(
    document: Document,
    folder: str | os.PathLike[str],
    options: ExportOptions,
    diagram_ids: list[str] | None = None,
) -> list[ExportResult]:
    """One file per diagram (every one, or ``diagram_ids``) in ``folder``, named after
    the diagram. The folder is created when missing."""
    ids = [d.id for d in document.diagrams()] if diagram_ids is None else list(diagram_ids)
    if not ids:
        raise ExportError("the document has no diagrams")
    target = Path(folder)
    if target.exists() and not target.is_dir():
        raise ExportError(f"{target}: is a file, not a folder (several pictures go to a folder)")
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ExportError(f"{target}: cannot create the folder ({error.strerror})") from None
    names = file_names(document, ids, options.format)
    whole = replace(options, ids=None)
    return [export_diagram(document, d, target / names[d], whole) for d in ids]


def _write(target: Path, data: bytes) -> None:
    if target.is_dir():
        raise ExportError(f"{target}: is a folder")
    if not target.parent.is_dir():
        raise ExportError(f"{target.parent}: no such folder")
    try:
        atomic_write_bytes(target, data)
    except PermissionError:
        raise ExportError(f"{target}: permission denied") from None
    except OSError as error:
        raise ExportError(f"{target}: cannot be written ({error.strerror or error})") from None
