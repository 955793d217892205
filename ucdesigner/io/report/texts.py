"""The words of the report, translatable without tying ``io`` to Qt: the application
installs Qt's translator (``set_translator(QCoreApplication.translate)``); without one
the report is in English."""

from __future__ import annotations

from collections.abc import Callable

CONTEXT = "Report"
_translate: Callable[[str, str], str] = lambda _context, text: text  # noqa: E731


def set_translator(translate: Callable[[str, str], str]) -> None:
    """Use ``translate(context, text)`` for the report's words from now on."""
    global _translate
    _translate = translate


def tr(text: str) -> str:
    """``text`` in the user's language."""
    return _translate(CONTEXT, text)
