"""The text conversion of a ``.ucd`` file for ``git diff`` (see model/compare/text.py):
straight from the file's JSON, brought up to the current format version first."""

from __future__ import annotations

import json

from ..model import FORMAT_NAME
from ..model.compare.text import document_text
from .native import NativeFormatError, loads_data, upgrade


def file_text(raw: bytes, source: str) -> str:
    """The readable lines of the bytes of a ``.ucd`` file; NativeFormatError (one line
    naming ``source``) when they are not one."""
    try:
        content = json.loads(raw)
    except (ValueError, RecursionError):
        content = None
    if not isinstance(content, dict) or content.get("format") != FORMAT_NAME:
        loads_data(raw, source)  # raises with the precise reason
        raise NativeFormatError(f"{source}: is not a ucdesigner document")
    return document_text(upgrade(content, source))
