"""Small text helpers shared by layers that report to the user."""

from __future__ import annotations

import re
from functools import cache

# Patterns as text, compiled on first use: every command imports this module, and
# compiling the three up front took 1.5-2 ms of each start.


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    # (kept here, not looked up in re's own cache at every call: xml_safe runs for every
    # text an XMI export writes, and re.sub with a pattern as text is 2.7x slower)
    return re.compile(pattern)


_CONTROL = r"[\x00-\x1f\x7f\u2028\u2029]"


def one_line(text: str, limit: int = 600) -> str:
    """``text`` safe for a one-line message: control characters escaped, length capped."""
    escaped = _compiled(_CONTROL).sub(_escape, text)
    return escaped if len(escaped) <= limit else escaped[: limit - 1] + "…"


_XML_ILLEGAL = "[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]"


def xml_safe(text: str) -> str:
    """``text`` with the characters XML 1.0 cannot hold replaced by U+FFFD (the model
    keeps them out already; a writer must not fail if one slips through)."""
    return _compiled(_XML_ILLEGAL).sub("\ufffd", text)


_TERMINAL = "[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]"


def printable(text: str) -> str:
    """``text`` safe to print on a terminal: control characters (C0 and C1, ESC that
    starts terminal commands, BEL, CR), line separators and bidirectional overrides
    written as escapes (``\\x1b``), so a name cannot retitle, clear or reorder it."""
    return _compiled(_TERMINAL).sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    return match.group().encode("unicode_escape").decode("ascii")
