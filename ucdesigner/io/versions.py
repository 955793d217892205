"""Reading the versions of a document that a comparison or a merge works on: files,
and the files git hands to its merge driver (which may hold conflict markers)."""

from __future__ import annotations

import os
import re

from ..model import Document, DocumentData, IntegrityError
from .files import read_input
from .native import MAX_FILE_BYTES, NativeFormatError, loads_data

_MARKER = re.compile(rb"^(<<<<<<<|>>>>>>>) ", re.MULTILINE)


def read_version(path: str | os.PathLike[str], label: str = "") -> DocumentData:
    """A sound ``.ucd`` document (references hold); NativeFormatError with one line
    naming the file (and ``label``: "ours", "theirs"...) for anything else."""
    prefix = f"{label} " if label else ""
    raw = read_input(path, "a .ucd file", MAX_FILE_BYTES, NativeFormatError)
    if _MARKER.search(raw):
        raise NativeFormatError(
            f"{prefix}{path}: holds text conflict markers (<<<<<<<), so it is not a .ucd "
            "file; it was merged as text before the ucdesigner merge driver was set up "
            "(run ucdesigner git-setup)"
        )
    data = loads_data(raw, f"{prefix}{path}")
    try:
        Document.from_data(data)
    except IntegrityError as error:
        raise NativeFormatError(f"{prefix}{path}: {error}") from None
    return data
