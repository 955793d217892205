"""The one render path for pictures, used by the GUI and the command line alike.

It builds an off-screen scene of a diagram from the document with the same canvas
items the editor shows, in the light print theme whatever the desktop's theme, and
paints it to SVG, PNG or PDF. No window is needed.

The names below are imported on first use: ``ucdesigner export -o x.svg`` loads the
SVG writer only, not the PDF and PNG ones (their Qt classes, the PNG encoder's thread
pool), nor the other way round.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .export import (
        ExportResult,
        export_all,
        export_all_steps,
        export_diagram,
        export_on_save,
        file_names,
        render,
        renderer,
        target_options,
        target_path,
    )
    from .options import BACKGROUNDS, FORMATS, ExportError, ExportOptions, Rendered
    from .pdf import render_pdf
    from .raster import render_png
    from .snapshot import ensure_app
    from .svg import render_svg

_WHERE = {
    **dict.fromkeys(
        (
            "ExportResult",
            "export_all",
            "export_all_steps",
            "export_diagram",
            "export_on_save",
            "file_names",
            "render",
            "renderer",
            "target_options",
            "target_path",
        ),
        "export",
    ),
    **dict.fromkeys(
        ("BACKGROUNDS", "FORMATS", "ExportError", "ExportOptions", "Rendered"), "options"
    ),
    "render_pdf": "pdf",
    "render_png": "raster",
    "ensure_app": "snapshot",
    "render_svg": "svg",
}

__all__ = [
    "BACKGROUNDS",
    "FORMATS",
    "ExportError",
    "ExportOptions",
    "ExportResult",
    "Rendered",
    "ensure_app",
    "export_all",
    "export_all_steps",
    "export_diagram",
    "export_on_save",
    "file_names",
    "render",
    "render_pdf",
    "render_png",
    "render_svg",
    "renderer",
    "target_options",
    "target_path",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
