"""File names made from diagram names: safe on every desktop system and unique in a folder."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
_WINDOWS_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{i}" for i in range(1, 10)),
    *(f"LPT{i}" for i in range(1, 10)),
}
MAX_STEM = 120
"""Characters of the name kept; leaves room for a suffix, a counter and a long folder path."""


def safe_stem(name: str, fallback: str = "diagram") -> str:
    """A file name stem from ``name``: no path separators or characters Windows refuses,
    no leading dots, no trailing dots or spaces, not a reserved device name."""
    text = unicodedata.normalize("NFC", name)
    text = _FORBIDDEN.sub("-", text)
    text = re.sub(r"\s+", " ", text).strip(" .-")
    text = re.sub(r"-{2,}", "-", text)
    text = text[:MAX_STEM].rstrip(" .")
    if not text:
        text = fallback
    if text.split(".")[0].upper() in _WINDOWS_RESERVED:
        text = f"{text}_"
    return text


def unique_names(names: Iterable[str], suffix: str) -> list[str]:
    """Safe file names (``stem + suffix``) for ``names``, made unique without regard to
    case (Windows and macOS folders ignore it) by appending " (2)", " (3)"..."""
    taken: set[str] = set()
    result = []
    for name in names:
        stem = safe_stem(name)
        candidate, number = stem, 1
        while (candidate + suffix).casefold() in taken:
            number += 1
            candidate = f"{stem} ({number})"
        taken.add((candidate + suffix).casefold())
        result.append(candidate + suffix)
    return result
