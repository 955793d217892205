"""``ucdesigner layout IN.ucd -o OUT.ucd [--diagram NAME] [--direction lr|tb]``: Auto
Layout of diagrams (all of them by default) without opening the editor. Shapes marked
Keep Position stay where they are."""

from __future__ import annotations

import argparse
import sys

from ..l10n import QT_TRANSLATE_NOOP, tr
from .common import CLIError, read_document_data

TYPE_CHECKING = False  # (typing's own costs --help, which imports this module, ~3 ms)
if TYPE_CHECKING:
    from ..layout import Direction
    from ..model import Document

HELP = QT_TRANSLATE_NOOP(
    "", "lay out diagrams automatically (shapes marked Keep Position stay) and save the result"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input", metavar="IN", help=QT_TRANSLATE_NOOP("", "a .ucd document"))
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        required=True,
        help=QT_TRANSLATE_NOOP("", "the .ucd to write"),
    )
    parser.add_argument(
        "-d",
        "--diagram",
        metavar="NAME",
        action="append",
        default=[],
        help=QT_TRANSLATE_NOOP(
            "", "a diagram's name or id (repeat for several); default: every diagram"
        ),
    )
    parser.add_argument(
        "--direction",
        choices=("lr", "tb"),
        default=None,
        help=QT_TRANSLATE_NOOP(
            "",
            "reading direction: left to right or top to bottom; default: left to right "
            "unless only top to bottom fits a slide",
        ),
    )


def chosen_diagrams(document: Document, wanted: list[str]) -> list[str]:
    """The ids of the diagrams named (by id or name), or of all; CLIError for an unknown one."""
    infos = document.diagrams()
    if not wanted:
        return [d.id for d in infos]
    ids = []
    for name in wanted:
        match = [d.id for d in infos if d.id == name] or [d.id for d in infos if d.name == name]
        if not match:
            known = ", ".join(repr(d.name or d.id) for d in infos) or "none"
            raise CLIError(
                tr("layout: no diagram named {name!r} (diagrams: {known})").format(
                    name=name, known=known
                )
            )
        if len(match) > 1:
            raise CLIError(
                tr("layout: {count} diagrams are named {name!r}; give its id").format(
                    count=len(match), name=name
                )
            )
        ids.append(match[0])
    return list(dict.fromkeys(ids))


def relayout(
    document: Document, diagram_ids: list[str], direction: Direction | None = None
) -> list[str]:
    """Lay out each diagram; the warnings, each naming its diagram."""
    # Imported here: building the command line's parser must not load Qt (which the
    # commands package does, for the editor's undo stack).
    from ..commands.layout import lay_out

    warnings = []
    for diagram_id in diagram_ids:
        name = document.diagram_info(diagram_id).name or diagram_id
        warnings += [f"{name}: {w}" for w in lay_out(document, diagram_id, direction)]
    return warnings


def run(args: argparse.Namespace) -> int:
    from ..io.native import save as save_native
    from ..model import Document, IntegrityError

    if not args.output.lower().endswith(".ucd"):
        raise CLIError(
            tr("layout: the output must be a .ucd file, not {output}").format(output=args.output)
        )
    data = read_document_data(args.input)
    try:
        document = Document.from_data(data)
    except IntegrityError as error:
        raise CLIError(f"{args.input}: {error}") from None
    ids = chosen_diagrams(document, args.diagram)
    if not ids:
        raise CLIError(tr("layout: {input} has no diagrams").format(input=args.input))
    for warning in relayout(document, ids, args.direction):
        print(tr("ucdesigner: warning: {warning}").format(warning=warning), file=sys.stderr)
    try:
        save_native(document, args.output)
    except OSError as error:
        raise CLIError(
            tr("{path}: cannot be written ({reason})").format(
                path=args.output, reason=error.strerror or error
            )
        ) from None
    laid_out = (
        tr("{n} diagram laid out") if len(ids) == 1 else tr("{n} diagrams laid out")
    ).format(n=len(ids))
    print(f"{args.output}: {laid_out}")
    return 0
