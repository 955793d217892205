"""``ucdesigner textconv FILE``: a document as readable lines, for ``git diff``."""

from __future__ import annotations

import argparse
import sys

from ..l10n import QT_TRANSLATE_NOOP
from .common import CLIError

HELP = QT_TRANSLATE_NOOP(
    "", "print a .ucd document as readable lines (git's text conversion for *.ucd)"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help=QT_TRANSLATE_NOOP("", "a .ucd document"))


def run(args: argparse.Namespace) -> int:
    from ..io.files import read_input
    from ..io.native import MAX_FILE_BYTES, NativeFormatError
    from ..io.textconv import file_text

    try:
        raw = read_input(args.file, "a .ucd file", MAX_FILE_BYTES, NativeFormatError)
        text = file_text(raw, args.file)
    except NativeFormatError as error:
        raise CLIError(str(error)) from None
    sys.stdout.write(text)
    return 0
