"""``ucdesigner report FILE -o report.html [--format html|md|docx]``: the model as a document
for stakeholders (see ``io/report``)."""

from __future__ import annotations

import argparse

from ..l10n import QT_TRANSLATE_NOOP
from .common import CLIError, load_document, use_offscreen_qt_without_display

HELP = QT_TRANSLATE_NOOP(
    "",
    "write a report of the model: diagrams, use case specifications, actors, the "
    "traceability matrix and the model checks, as one HTML file, as Markdown or as a Word "
    "document",
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help=QT_TRANSLATE_NOOP("", "a .ucd document"))
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT",
        help=QT_TRANSLATE_NOOP("", "the report to write (.html, .md or .docx)"),
    )
    parser.add_argument(
        "--format",
        choices=("html", "md", "docx"),
        help=QT_TRANSLATE_NOOP(
            "",
            "html (one self-contained file), md (Markdown, diagrams as SVG beside it) or "
            "docx (Word); "
            "by default from the output's suffix",
        ),
    )


def run(args: argparse.Namespace) -> int:
    document = load_document(args.file)
    use_offscreen_qt_without_display()
    from ..io.render import ExportError, ensure_app
    from ..io.report import ReportError, format_for, write_report

    try:
        format_for(args.output, args.format)
        ensure_app()
        import datetime

        written = write_report(document, args.output, args.format, datetime.date.today())
    except (ReportError, ExportError) as error:
        raise CLIError(str(error)) from None
    extra = len(written) - 1
    more = f" and {extra} diagram{'s' if extra != 1 else ''} beside it" if extra else ""
    print(f"{written[0]}{more}")
    return 0
