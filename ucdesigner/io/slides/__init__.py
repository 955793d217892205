"""Slides: diagrams written straight into a PowerPoint deck (.pptx) as native,
editable shapes or as pictures, one slide per diagram or step by step
(``sequences``); and the same steps as numbered pictures for other slide tools.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from ...model import Document
from ..atomic import atomic_write_bytes
from ..filenames import unique_names
from ..render import ExportError, render
from .deck import MODES, SLIDE_SIZES, SlideOptions, SlidesError, deck_bytes, frame_options
from .sequences import SEQUENCES, Frame, frames


def write_slides(
    document: Document,
    path: str | os.PathLike[str],
    diagram_ids: list[str],
    options: SlideOptions | None = None,
) -> int:
    """Write the deck to ``path`` atomically (nothing half-written stays on disk);
    returns the number of slides. SlidesError when it cannot be written."""
    options = options or SlideOptions()
    target = Path(path)
    _check_target(target)
    try:
        data = deck_bytes(document, diagram_ids, options)
    except ExportError as error:
        raise SlidesError(str(error)) from None
    _write(target, data)
    return sum(len(frames(document, d, options.sequence)) for d in diagram_ids)


def write_frames(
    document: Document,
    folder: str | os.PathLike[str],
    diagram_ids: list[str],
    sequence: str,
    fmt: str,
    theme_name: str = "modern",
) -> list[Path]:
    """Every step of ``sequence`` for each diagram as a numbered picture (``fmt``: png
    or svg) in ``folder``: "01 Checkout - Actors.png", ...; returns the files."""
    target = Path(folder)
    if target.exists() and not target.is_dir():
        raise SlidesError(f"{target}: is a file, not a folder (numbered pictures go to a folder)")
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise SlidesError(f"{target}: cannot create the folder ({error.strerror})") from None
    plan: list[tuple[str, Frame, str]] = []
    for diagram_id in diagram_ids:
        name = document.diagram_info(diagram_id).name or diagram_id
        steps = frames(document, diagram_id, sequence)
        for frame in steps:
            title = f"{name} - {frame.title}" if frame.title and len(steps) > 1 else name
            plan.append((diagram_id, frame, title))
    width = max(2, len(str(len(plan))))
    names = unique_names(
        [f"{n:0{width}d} {title}" for n, (_d, _f, title) in enumerate(plan, 1)], f".{fmt}"
    )
    written = []
    for (diagram_id, frame, _title), name in zip(plan, names, strict=True):
        options = frame_options(document, diagram_id, frame, fmt, theme_name)
        try:
            data = render(document, diagram_id, replace(options, scale=2.0)).data
        except ExportError as error:
            raise SlidesError(str(error)) from None
        _write(target / name, data)
        written.append(target / name)
    return written


def _check_target(target: Path) -> None:
    if target.is_dir():
        raise SlidesError(f"{target}: is a folder")
    if not target.parent.is_dir():
        raise SlidesError(f"{target.parent}: no such folder")


def _write(target: Path, data: bytes) -> None:
    _check_target(target)
    try:
        atomic_write_bytes(target, data)
    except PermissionError:
        raise SlidesError(f"{target}: permission denied") from None
    except OSError as error:
        raise SlidesError(f"{target}: cannot be written ({error.strerror or error})") from None


__all__ = [
    "MODES",
    "SEQUENCES",
    "SLIDE_SIZES",
    "SlideOptions",
    "SlidesError",
    "deck_bytes",
    "frames",
    "write_frames",
    "write_slides",
]
