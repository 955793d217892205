"""Translated names of element and relationship kinds, for messages and menus."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

KINDS: dict[str, tuple[str, str]] = {
    "actor": (QT_TRANSLATE_NOOP("kinds", "actor"), QT_TRANSLATE_NOOP("kinds", "Actor")),
    "usecase": (QT_TRANSLATE_NOOP("kinds", "use case"), QT_TRANSLATE_NOOP("kinds", "Use Case")),
    "subject": (
        QT_TRANSLATE_NOOP("kinds", "system boundary"),
        QT_TRANSLATE_NOOP("kinds", "System Boundary"),
    ),
    "package": (QT_TRANSLATE_NOOP("kinds", "package"), QT_TRANSLATE_NOOP("kinds", "Package")),
    "comment": (QT_TRANSLATE_NOOP("kinds", "comment"), QT_TRANSLATE_NOOP("kinds", "Comment")),
    "association": (
        QT_TRANSLATE_NOOP("kinds", "association"),
        QT_TRANSLATE_NOOP("kinds", "Association"),
    ),
    "include": (QT_TRANSLATE_NOOP("kinds", "include"), QT_TRANSLATE_NOOP("kinds", "Include")),
    "extend": (QT_TRANSLATE_NOOP("kinds", "extend"), QT_TRANSLATE_NOOP("kinds", "Extend")),
    "generalization": (
        QT_TRANSLATE_NOOP("kinds", "generalization"),
        QT_TRANSLATE_NOOP("kinds", "Generalization"),
    ),
    "dependency": (
        QT_TRANSLATE_NOOP("kinds", "dependency"),
        QT_TRANSLATE_NOOP("kinds", "Dependency"),
    ),
    "comment_link": (
        QT_TRANSLATE_NOOP("kinds", "comment link"),
        QT_TRANSLATE_NOOP("kinds", "Comment Link"),
    ),
}
"""Each kind as a user reads it in a sentence and as a title, untranslated (lupdate
collects them in the context "kinds"; they are translated when asked for)."""


A_KIND: dict[str, str] = {
    "actor": QT_TRANSLATE_NOOP("kinds", "an actor"),
    "usecase": QT_TRANSLATE_NOOP("kinds", "a use case"),
    "subject": QT_TRANSLATE_NOOP("kinds", "a system boundary"),
    "package": QT_TRANSLATE_NOOP("kinds", "a package"),
    "comment": QT_TRANSLATE_NOOP("kinds", "a comment"),
    "association": QT_TRANSLATE_NOOP("kinds", "an association"),
    "include": QT_TRANSLATE_NOOP("kinds", "an include"),
    "extend": QT_TRANSLATE_NOOP("kinds", "an extend"),
    "generalization": QT_TRANSLATE_NOOP("kinds", "a generalization"),
    "dependency": QT_TRANSLATE_NOOP("kinds", "a dependency"),
    "comment_link": QT_TRANSLATE_NOOP("kinds", "a comment link"),
}
"""Each kind with its indefinite article, as a whole phrase: the article depends on the
word ("an actor", "a use case") and on the language, so it is translated with it."""


def a_kind(kind: str) -> str:
    """The kind with its article, for a sentence ("an actor", "a use case")."""
    phrase = A_KIND.get(kind)
    return QCoreApplication.translate("kinds", phrase) if phrase else kind


def kind_name(kind: str) -> str:
    """The kind as a user reads it in a sentence ("use case", "system boundary")."""
    words = KINDS.get(kind)
    return QCoreApplication.translate("kinds", words[0]) if words else kind


def kind_title(kind: str) -> str:
    """The kind as a title ("Use Case"), for palettes and menus."""
    words = KINDS.get(kind)
    return QCoreApplication.translate("kinds", words[1]) if words else kind


def default_name(kind: str) -> str:
    """The name a new element gets before the user types one."""
    names = {
        "actor": QCoreApplication.translate("kinds", "Actor"),
        "usecase": QCoreApplication.translate("kinds", "Use Case"),
        "subject": QCoreApplication.translate("kinds", "System"),
        "package": QCoreApplication.translate("kinds", "Package"),
        "comment": "",
    }
    return names.get(kind, "")
