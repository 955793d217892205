"""Readable names of undo steps, as Edit > Undo shows them ("Move 3 elements")."""

from __future__ import annotations

from ..i18n import tr
from ..l10n import quote
from ..model import Element


def quoted(element: Element) -> str:
    """The element's name in typographic quotes, or its kind when it has none."""
    name = element.describe() if element.kind == "comment" else element.name
    return quote(name) if name else tr(element.label)


def count(n: int) -> str:
    return tr("1 element") if n == 1 else tr("{n} elements").format(n=n)


def move(n: int) -> str:
    return tr("Move {what}").format(what=count(n))


def resize(element: Element) -> str:
    return tr("Resize {name}").format(name=quoted(element))


def rename(element: Element) -> str:
    return tr("Rename {name}").format(name=quoted(element))


def add(element: Element) -> str:
    return tr("Add {kind}").format(kind=tr(element.label))


def change(element: Element) -> str:
    return tr("Change {name}").format(name=quoted(element))
