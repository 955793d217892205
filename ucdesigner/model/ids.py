"""Element identifiers: stable, readable, and valid as XMI ids (XML NCNames)."""

from __future__ import annotations

import re
import secrets
from typing import Annotated

from pydantic import Field

ID_PATTERN = r"^[A-Za-z_][A-Za-z0-9_.\-]*$"
_ID_RE = re.compile(ID_PATTERN)

Id = Annotated[str, Field(pattern=ID_PATTERN, min_length=1, max_length=200)]
"""An element id. It is also an XML NCName, so it can be written as ``xmi:id`` unchanged."""

PREFIXES = {
    "actor": "actor",
    "usecase": "uc",
    "subject": "subject",
    "package": "pkg",
    "comment": "note",
    "association": "assoc",
    "include": "incl",
    "extend": "ext",
    "generalization": "gen",
    "dependency": "dep",
    "comment_link": "link",
    "extension_point": "ep",
    "diagram": "diagram",
}


def new_id(kind: str) -> str:
    """Return a fresh random id whose prefix tells the element kind (``uc_3fa9c1b2d4``)."""
    return f"{PREFIXES.get(kind, kind)}_{secrets.token_hex(5)}"


def is_valid_id(text: str) -> bool:
    """True when ``text`` may be used as an element id."""
    return len(text) <= 200 and _ID_RE.match(text) is not None
