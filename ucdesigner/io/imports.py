"""Every model file another tool writes, read through one door.

``read_model_file(path)`` picks the reader by the file's name and, where names are
shared (``.xml`` is XMI or a draw.io drawing), by its first bytes. All readers give the
same ``ImportResult`` with its ``ImportReport``, and raise ``XMIError`` (or a subclass)
with one line naming the file and the problem.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the readers (and lxml) load when a file is read, not at start-up
    from .xmi import ImportResult

XMI_SUFFIXES = (".xmi", ".uml", ".xml", ".emx", ".mdxml")
MDZIP_SUFFIXES = (".mdzip",)
ARGOUML_SUFFIXES = (".zargo", ".zuml")
STARUML_SUFFIXES = (".mdj",)
DRAWIO_SUFFIXES = (".drawio", ".drawio.xml", ".drawio.svg", ".drawio.png", ".dio")
IMPORT_SUFFIXES = (
    *XMI_SUFFIXES,
    *MDZIP_SUFFIXES,
    *ARGOUML_SUFFIXES,
    *STARUML_SUFFIXES,
    *DRAWIO_SUFFIXES,
)
"""Every file name ending ``convert``, File ▸ Import and a drop onto the window accept."""

FORMAT_NAMES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("XMI", XMI_SUFFIXES),
    ("MagicDraw / Cameo projects", MDZIP_SUFFIXES),
    ("ArgoUML projects", ARGOUML_SUFFIXES),
    ("StarUML projects", STARUML_SUFFIXES),
    ("draw.io drawings", DRAWIO_SUFFIXES),
)
"""The formats as the file dialogs list them."""


def is_importable(path: str | os.PathLike[str]) -> bool:
    """True when the file's name is one of the imported formats."""
    return str(path).lower().endswith(IMPORT_SUFFIXES)


def read_model_file(path: str | os.PathLike[str]) -> ImportResult:
    """Import a model file of any supported format."""
    return reader_for(path)(path)


def reader_for(path: str | os.PathLike[str]) -> Callable[[str | os.PathLike[str]], ImportResult]:
    """The reader for a file, by its name (and its first bytes for ``.xml``)."""
    name = str(path).lower()
    if name.endswith(DRAWIO_SUFFIXES) or (name.endswith(".xml") and _looks_like_drawio(path)):
        from .drawio import read_drawio

        return read_drawio
    if name.endswith(MDZIP_SUFFIXES):
        from .mdzip import read_mdzip

        return read_mdzip
    if name.endswith(ARGOUML_SUFFIXES):
        from .argouml import read_zargo

        return read_zargo
    if name.endswith(STARUML_SUFFIXES):
        from .staruml import read_mdj

        return read_mdj
    from .xmi import read_xmi

    return read_xmi


def _looks_like_drawio(path: str | os.PathLike[str]) -> bool:
    try:
        with Path(path).open("rb") as stream:
            head = stream.read(4096)
    except OSError:
        return False  # the XMI reader says what is wrong with the file
    return b"<mxfile" in head or b"<mxGraphModel" in head
