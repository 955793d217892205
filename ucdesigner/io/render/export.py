"""Writing pictures to files: one diagram, the selection, or every diagram at once."""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from ...model import Document
from ...model.settings import ExportTarget
from ...textutil import one_line
from ..atomic import atomic_write_bytes
from ..filenames import unique_names
from .options import ExportError, ExportOptions, Rendered

RENDERERS: dict[str, tuple[str, str]] = {
    "svg": ("svg", "render_svg"),
    "png": ("raster", "render_png"),
    "pdf": ("pdf", "render_pdf"),
}
"""Format -> (module of this package, function): each writer is imported when a picture
of its format is first asked for, so one export loads one writer."""


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
    return renderer(options.format)(document, diagram_id, options)


def renderer(fmt: str) -> Callable[[Document, str, ExportOptions], Rendered]:
    """The function that draws a picture in ``fmt`` (one of ``FORMATS``)."""
    module, name = RENDERERS[fmt]
    return getattr(importlib.import_module(f"{__package__}.{module}"), name)


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
    return [
        step() for _diagram_id, step in export_all_steps(document, folder, options, diagram_ids)
    ]


def export_all_steps(
    document: Document,
    folder: str | os.PathLike[str],
    options: ExportOptions,
    diagram_ids: list[str] | None = None,
) -> list[tuple[str, Callable[[], ExportResult]]]:
    """``export_all`` as separate steps, one per diagram: (diagram id, a function that
    writes its picture), so that a caller can show progress and stop between pictures.
    The checks (diagrams to export, a usable folder) happen at once."""
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

    def step(diagram_id: str) -> Callable[[], ExportResult]:
        return lambda: export_diagram(document, diagram_id, target / names[diagram_id], whole)

    return [(d, step(d)) for d in ids]


def target_options(target: ExportTarget) -> ExportOptions:
    """The export options an export-on-save target stands for."""
    return ExportOptions(
        format=target.format,
        scale=target.scale,
        background=target.background,
        margin=target.margin,
    )


class OutsideFolderError(ExportError):
    """An export-on-save target that would write outside the document's folder."""


def target_path(target: ExportTarget, document_path: str | os.PathLike[str]) -> Path:
    """Where a target writes: inside the document's folder, never elsewhere.

    The path is taken relative to that folder and resolved (``..`` and symbolic links
    included); an absolute path, a ``~`` path or one that resolves outside the folder
    raises OutsideFolderError. The targets come from the document, which may have been
    written by someone else: a document must not be able to choose what Save
    overwrites elsewhere on the disk.
    """
    folder = Path(document_path).resolve().parent
    text = target.path
    raw = Path(text)
    if raw.is_absolute() or raw.drive or raw.anchor or text.startswith("~"):
        raise OutsideFolderError("is not inside the document's folder; not written")
    path = (folder / raw).resolve()
    if not path.is_relative_to(folder):
        raise OutsideFolderError("is not inside the document's folder; not written")
    return path


def export_on_save(
    document: Document,
    document_path: str | os.PathLike[str],
    targets: tuple[ExportTarget, ...] | None = None,
) -> tuple[list[ExportResult], list[str]]:
    """Re-write every picture the document's settings ask for (or only ``targets``) after
    a save. Returns what was written and one message per target that failed or was
    refused (the others still run)."""
    written: list[ExportResult] = []
    failed: list[str] = []
    chosen = document.settings.export_on_save if targets is None else targets
    for target in chosen:
        try:
            path = target_path(target, document_path)
            options = target_options(target)
            if target.diagram is None:
                written += export_all(document, path, options)
            else:
                if not document.has_diagram(target.diagram):
                    raise ExportError(f"the diagram {target.diagram!r} no longer exists")
                written.append(export_diagram(document, target.diagram, path, options))
        except ExportError as error:
            failed.append(f"{one_line(target.path, limit=200)}: {error}")
    return written, failed


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
