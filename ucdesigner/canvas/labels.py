"""Translated names of element and relationship kinds, for messages and menus."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def kind_name(kind: str) -> str:
    """The kind as a user reads it in a sentence ("use case", "system boundary")."""
    names = {
        "actor": QCoreApplication.translate("kinds", "actor"),
        "usecase": QCoreApplication.translate("kinds", "use case"),
        "subject": QCoreApplication.translate("kinds", "system boundary"),
        "package": QCoreApplication.translate("kinds", "package"),
        "comment": QCoreApplication.translate("kinds", "comment"),
        "association": QCoreApplication.translate("kinds", "association"),
        "include": QCoreApplication.translate("kinds", "include"),
        "extend": QCoreApplication.translate("kinds", "extend"),
        "generalization": QCoreApplication.translate("kinds", "generalization"),
        "dependency": QCoreApplication.translate("kinds", "dependency"),
        "comment_link": QCoreApplication.translate("kinds", "comment link"),
    }
    return names.get(kind, kind)


def kind_title(kind: str) -> str:
    """The kind as a title ("Use Case"), for palettes and menus."""
    titles = {
        "actor": QCoreApplication.translate("kinds", "Actor"),
        "usecase": QCoreApplication.translate("kinds", "Use Case"),
        "subject": QCoreApplication.translate("kinds", "System Boundary"),
        "package": QCoreApplication.translate("kinds", "Package"),
        "comment": QCoreApplication.translate("kinds", "Comment"),
        "association": QCoreApplication.translate("kinds", "Association"),
        "include": QCoreApplication.translate("kinds", "Include"),
        "extend": QCoreApplication.translate("kinds", "Extend"),
        "generalization": QCoreApplication.translate("kinds", "Generalization"),
        "dependency": QCoreApplication.translate("kinds", "Dependency"),
        "comment_link": QCoreApplication.translate("kinds", "Comment Link"),
    }
    return titles.get(kind, kind)


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
