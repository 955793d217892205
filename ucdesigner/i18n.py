"""Translation of the user-visible strings outside QObject methods.

``tr("...")`` looks the text up in the empty context: that is where Qt's
``pyside6-lupdate`` files a plain ``tr("...")`` call, whatever module or class it is in,
so the translations it collects are found at run time. Inside a QObject subclass,
``self.tr("...")`` (context: the class name) works as well. Strings kept in tables are
marked with ``QT_TRANSLATE_NOOP("", "...")`` and passed through ``tr`` when shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = ""


def tr(text: str) -> str:
    """``text`` in the user's language (as it is when there is no translation)."""
    return QCoreApplication.translate(CONTEXT, text)
