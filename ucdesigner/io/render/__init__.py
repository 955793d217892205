"""The one render path for pictures, used by the GUI and the command line alike.

It builds an off-screen scene of a diagram from the document with the same canvas
items the editor shows, in the light print theme whatever the desktop's theme, and
paints it to SVG, PNG or PDF. No window is needed.
"""

from .export import (
    ExportResult,
    export_all,
    export_all_steps,
    export_diagram,
    export_on_save,
    file_names,
    render,
    target_options,
    target_path,
)
from .options import BACKGROUNDS, FORMATS, ExportError, ExportOptions, Rendered
from .pdf import render_pdf
from .raster import render_png
from .snapshot import ensure_app
from .svg import render_svg

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
    "target_options",
    "target_path",
]
