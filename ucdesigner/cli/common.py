"""Helpers shared by the subcommands."""

from __future__ import annotations

import argparse
import os
import sys
from typing import NoReturn

from ..io.native import NativeFormatError, read_data
from ..model import DocumentData


class CLIError(Exception):
    """A user error: printed as one line, exit status 2."""


class OneLineParser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line (CLIError), not usage plus message."""

    def error(self, message: str) -> NoReturn:
        prefix = "" if self.prog == "ucdesigner" else f"{self.prog.split()[-1]}: "
        raise CLIError(f"{prefix}{message}")


def read_document_data(path: str) -> DocumentData:
    """Read a .ucd file for a subcommand; CLIError with one clear line when it cannot."""
    try:
        return read_data(path)
    except NativeFormatError as error:
        raise CLIError(str(error)) from None


def use_offscreen_qt_without_display() -> None:
    """Let Qt work headless: choose the offscreen platform when there is no display."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
