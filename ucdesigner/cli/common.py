"""Helpers shared by the subcommands."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable

from ..l10n import tr
from .argparse_l10n import TranslatedHelpFormatter, translate_error, translate_help_texts

TYPE_CHECKING = False  # (typing's own costs --help, which imports this module, ~3 ms)
if TYPE_CHECKING:
    from typing import Any, NoReturn, TypeVar

    from ..model import Document, DocumentData

    T = TypeVar("T")


class CLIError(Exception):
    """A user error: printed as one line, exit status 2."""


class OneLineParser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line (CLIError), not usage plus message,
    and whose help and errors are in the user's language (translated when printed)."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", TranslatedHelpFormatter)
        super().__init__(**kwargs)

    def format_help(self) -> str:
        """The help, description and epilog included, in the user's language."""
        description, epilog = translate_help_texts(self)
        try:
            return super().format_help()
        finally:
            self.description, self.epilog = description, epilog

    def error(self, message: str) -> NoReturn:
        message = translate_error(message)
        if self.prog != "ucdesigner":  # a subcommand's parser: name the subcommand
            command = self.prog.split()[-1]
            message = tr("{command}: {message}").format(command=command, message=message)
        raise CLIError(message)


XMI_SUFFIXES = (".xmi", ".uml", ".xml", ".mdxml", ".mdzip")
"""Files of UML tools, which ``convert`` turns into a .ucd document."""


def read_document_data(path: str) -> DocumentData:
    """Read a .ucd file for a subcommand; CLIError with one clear line when it cannot
    (an empty file says so; a UML tool's file says how to convert it)."""
    from ..io.native import read_data

    return read_document(path, read_data)


def load_document(path: str) -> Document:
    """``read_document_data`` for the subcommands that need the Document."""
    from ..io.native import load

    return read_document(path, load)


def read_document(path: str, reader: Callable[[str], T]) -> T:
    """``reader(path)``, with its errors as one clear CLIError line."""
    from ..io.native import NativeFormatError

    if os.path.isfile(path) and os.path.getsize(path) == 0:
        raise CLIError(
            tr("{path}: the file is empty (0 bytes), not a .ucd document").format(path=path)
        )
    try:
        return reader(path)
    except NativeFormatError as error:
        if path.lower().endswith(XMI_SUFFIXES) or _starts_like_xml(path):
            stem = os.path.splitext(os.path.basename(path))[0]
            raise CLIError(
                tr(
                    "{path}: is XMI (a UML tool's file), not a .ucd document; convert it "
                    "first: ucdesigner convert {path} -o {stem}.ucd"
                ).format(path=path, stem=stem)
            ) from None
        raise CLIError(str(error)) from None


def _starts_like_xml(path: str) -> bool:
    try:
        with open(path, "rb") as file:
            return file.read(200).lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")
    except OSError:
        return False


def use_offscreen_qt_without_display() -> None:
    """Let Qt work headless: choose the offscreen platform when there is no display."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
