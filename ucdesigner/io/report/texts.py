"""The words of the report, translatable without tying ``io`` to Qt: ``tr`` is the
Qt-free hook of ``ucdesigner/l10n.py``, which the application routes to Qt's
translators and the command line reads from the catalog of the user's language."""

from __future__ import annotations

from collections.abc import Callable

from ...l10n import install, tr

CONTEXT = ""
"""Where Qt's lupdate files a plain ``tr("...")`` call (see ``ucdesigner/i18n.py``)."""

__all__ = ["CONTEXT", "set_translator", "tr"]


def set_translator(translate: Callable[[str, str], str]) -> None:
    """Use ``translate(context, text)`` for the report's words (and every other ``tr``
    of ``l10n``) from now on."""
    install(lambda text: translate(CONTEXT, text))
