"""``ucdesigner textconv FILE``: a document as readable lines, for ``git diff``."""

from __future__ import annotations

import argparse
import sys

from ..model.compare.text import document_text
from .common import read_document_data

HELP = "print a .ucd document as readable lines (git's text conversion for *.ucd)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="a .ucd document")


def run(args: argparse.Namespace) -> int:
    text = document_text(read_document_data(args.file))
    sys.stdout.write(text)
    return 0
