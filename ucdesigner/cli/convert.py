"""``ucdesigner convert IN OUT``: XMI, other tools' projects (.mdzip, .zargo, .mdj),
draw.io drawings or PlantUML to .ucd (import), .ucd to XMI, StarUML (.mdj) or PlantUML
(export).

The direction comes from the file extensions (PlantUML: ``.puml``, ``.plantuml``, ...).
An XMI import can print its report (``--report``) or write it to a file (``--report
FILE``; JSON when FILE ends in ``.json``). An XMI export writes the dialect chosen with
``--dialect``. A PlantUML import prints the lines it could not use as warnings.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..l10n import QT_TRANSLATE_NOOP, tr
from .common import CLIError, read_document_data

TYPE_CHECKING = False  # (typing's own costs --help, which imports this module, ~3 ms)
if TYPE_CHECKING:
    from ..model import Document, DocumentData

HELP = QT_TRANSLATE_NOOP(
    "",
    "convert XMI (.xmi .uml .xml .emx .mdxml), MagicDraw (.mdzip), ArgoUML (.zargo), "
    "StarUML (.mdj), draw.io (.drawio) and PlantUML (.puml) to .ucd documents and back",
)

XMI_OUT = (".xmi", ".uml")
MDJ_OUT = (".mdj",)
REPORT_TO_STDOUT = "-"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The subcommand's arguments."""
    from ..io.xmi import DEFAULT_DIALECT, DIALECTS

    parser.add_argument("input", metavar="IN", help=QT_TRANSLATE_NOOP("", "the file to read"))
    parser.add_argument("output", metavar="OUT", help=QT_TRANSLATE_NOOP("", "the file to write"))
    parser.add_argument(
        "--report",
        nargs="?",
        const=REPORT_TO_STDOUT,
        metavar="FILE",
        help=QT_TRANSLATE_NOOP(
            "", "import: print the import report, or write it to FILE (JSON for .json)"
        ),
    )
    parser.add_argument(
        "--layout",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "", "import: lay out every diagram automatically, even those that came with positions"
        ),
    )
    dialect = parser.add_argument(
        "--dialect",
        choices=sorted(DIALECTS),
        default=None,
        help=QT_TRANSLATE_NOOP("", "export: the XMI dialect (default %(standard)s)"),
    )
    # filled by argparse from the action's attributes, after the help is translated
    dialect.standard = DEFAULT_DIALECT  # type: ignore[attr-defined]


def run(args: argparse.Namespace) -> int:
    """Convert in the direction the file extensions give; exit status 0."""
    from ..io.imports import IMPORT_SUFFIXES
    from ..io.plantuml import SUFFIXES as PUML
    from ..io.xmi import DEFAULT_DIALECT

    source, target = Path(args.input), Path(args.output)
    importing = target.suffix.lower() == ".ucd"
    if args.layout and not importing:
        raise CLIError(tr("--layout applies to imports (XMI or PlantUML to .ucd), not to exports"))
    if source.suffix.lower() in PUML and target.suffix.lower() == ".ucd":
        _only_for_xmi(args)
        return _import_plantuml(source, target, args.layout)
    if source.suffix.lower() == ".ucd" and target.suffix.lower() in PUML:
        _only_for_xmi(args)
        return _export_plantuml(source, target)
    if str(source).lower().endswith(IMPORT_SUFFIXES) and target.suffix.lower() == ".ucd":
        if args.dialect:
            raise CLIError(tr("--dialect applies to exports (.ucd to .xmi/.uml), not to imports"))
        return _import(source, target, args.report, args.layout)
    if source.suffix.lower() == ".ucd" and target.suffix.lower() in XMI_OUT:
        if args.report:
            raise CLIError(tr("--report applies to imports (XMI to .ucd), not to exports"))
        return _export(source, target, args.dialect or DEFAULT_DIALECT)
    if source.suffix.lower() == ".ucd" and target.suffix.lower() in MDJ_OUT:
        if args.report or args.dialect:
            raise CLIError(tr("--report and --dialect apply to XMI, not to StarUML exports"))
        return _export_mdj(source, target)
    raise CLIError(
        tr(
            "cannot convert {source} to {target}: convert {imported} or PlantUML (.puml) "
            "to .ucd, or .ucd to {exported}, .mdj or .puml"
        ).format(
            source=source.name,
            target=target.name,
            imported=" ".join(IMPORT_SUFFIXES),
            exported=", ".join(XMI_OUT),
        )
    )


def _only_for_xmi(args: argparse.Namespace) -> None:
    if args.dialect or args.report:
        raise CLIError(tr("--dialect and --report apply to XMI, not to PlantUML"))


def _cannot_write(path: str | Path, error: OSError) -> CLIError:
    """The one-line error for a file that cannot be written."""
    return CLIError(
        tr("{path}: cannot be written ({reason})").format(path=path, reason=error.strerror or error)
    )


def _save(document: Document | DocumentData, target: Path) -> None:
    """Save an imported document as .ucd."""
    from ..io.native import save as save_native

    try:
        save_native(document, target)
    except OSError as error:
        raise _cannot_write(target, error) from None


def _load(source: Path) -> Document:
    """The .ucd document to export; CLIError when it cannot be read or is broken."""
    from ..model import Document, IntegrityError

    data = read_document_data(str(source))
    try:
        return Document.from_data(data)
    except IntegrityError as error:
        raise CLIError(f"{source}: {error}") from None


def _laid_out(document: Document) -> Document:
    """Every diagram of an imported document laid out again (``--layout``); the
    layout's warnings go to stderr."""
    from .layout import relayout

    for warning in relayout(document, [d.id for d in document.diagrams()]):
        print(tr("ucdesigner: warning: {warning}").format(warning=warning), file=sys.stderr)
    return document


def _import_plantuml(source: Path, target: Path, layout: bool = False) -> int:
    from ..io.plantuml import PlantUMLError
    from ..io.plantuml_files import read_plantuml

    try:
        result = read_plantuml(source)
    except PlantUMLError as error:
        raise CLIError(str(error)) from None
    _save(_laid_out(result.document) if layout else result.document, target)
    for problem in [*result.problems, *result.warnings]:
        print(
            tr("ucdesigner: warning: {source}: {problem}").format(source=source, problem=problem),
            file=sys.stderr,
        )
    skipped = len(result.problems)
    if skipped:
        not_imported = (
            tr("{n} line not imported") if skipped == 1 else tr("{n} lines not imported")
        ).format(n=skipped)
        print(f"{target}: {result.summary()}; {not_imported}")
    else:
        print(f"{target}: {result.summary()}")
    return 0


def _export_plantuml(source: Path, target: Path) -> int:
    from ..io.plantuml_files import write_plantuml

    document = _load(source)
    try:
        write_plantuml(document, target)
    except OSError as error:
        raise _cannot_write(target, error) from None
    print(tr("{target}: written as PlantUML").format(target=target))
    return 0


def _import(source: Path, target: Path, report_to: str | None, layout: bool = False) -> int:
    from ..io.atomic import atomic_write_bytes
    from ..io.imports import read_model_file
    from ..io.xmi import XMIError
    from ..model import Document

    try:
        result = read_model_file(source)
    except XMIError as error:
        raise CLIError(str(error)) from None
    _save(_laid_out(Document.from_data(result.data)) if layout else result.data, target)
    report = result.report
    if report_to == REPORT_TO_STDOUT:
        sys.stdout.write(report.text())
    elif report_to:
        text = report.to_json() + "\n" if report_to.lower().endswith(".json") else report.text()
        try:
            atomic_write_bytes(report_to, text.encode("utf-8"))
        except OSError as error:
            raise _cannot_write(report_to, error) from None
    if report_to != REPORT_TO_STDOUT:
        dropped = len(report.dropped)
        if dropped:
            not_imported = (
                tr("{n} item not imported (see --report)")
                if dropped == 1
                else tr("{n} items not imported (see --report)")
            ).format(n=dropped)
            print(f"{target}: {report.summary()}; {not_imported}")
        else:
            print(f"{target}: {report.summary()}")
    return 0


def _export_mdj(source: Path, target: Path) -> int:
    from ..io.staruml_export import write_mdj
    from ..io.xmi import XMIError

    document = _load(source)
    try:
        write_mdj(document, target)
    except XMIError as error:
        raise CLIError(str(error)) from None
    print(tr("{target}: written as a StarUML project").format(target=target))
    return 0


def _export(source: Path, target: Path, dialect: str) -> int:
    from ..io.native import NativeFormatError
    from ..io.xmi import DIALECTS, XMIError, write_xmi

    document = _load(source)
    try:
        write_xmi(document, target, dialect)
    except (XMIError, NativeFormatError) as error:
        raise CLIError(str(error)) from None
    print(tr("{target}: written as {label}").format(target=target, label=DIALECTS[dialect].label))
    return 0
