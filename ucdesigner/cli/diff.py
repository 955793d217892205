"""``ucdesigner diff OLD NEW [-o changes.html|.md|.json]``: what changed between two
versions of a model, in plain words (and, in HTML, the diagrams with the changes drawn)."""

from __future__ import annotations

import argparse
import sys

from ..l10n import QT_TRANSLATE_NOOP
from .common import CLIError, use_offscreen_qt_without_display

HELP = QT_TRANSLATE_NOOP(
    "", "list what changed between two versions of a .ucd file (text, Markdown, JSON or HTML)"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "old", metavar="OLD", help=QT_TRANSLATE_NOOP("", "the older version (.ucd)")
    )
    parser.add_argument(
        "new", metavar="NEW", help=QT_TRANSLATE_NOOP("", "the newer version (.ucd)")
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help=QT_TRANSLATE_NOOP(
            "",
            "write the changes to OUT: .html (one file with the diagrams), .md or .json; "
            "without it the changes are printed",
        ),
    )


def run(args: argparse.Namespace) -> int:
    from ..io.diff_report import DiffReportError, diff_format, write_diff
    from ..io.native import NativeFormatError
    from ..io.versions import read_version
    from ..model.compare import diff

    try:
        fmt = diff_format(args.output) if args.output else None
        old = read_version(args.old)
        new = read_version(args.new)
    except (NativeFormatError, DiffReportError) as error:
        raise CLIError(str(error)) from None
    changes = diff(old, new)
    if fmt is None:
        lines = changes.sentences() or ["No changes."]
        sys.stdout.write("\n".join(lines) + "\n")
        return 0
    if fmt == "html":
        use_offscreen_qt_without_display()
    try:
        write_diff(changes, args.output, fmt, (args.old, args.new))
    except (DiffReportError, OSError) as error:
        raise CLIError(str(error)) from None
    print(args.output)
    return 0
