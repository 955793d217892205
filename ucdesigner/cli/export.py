"""``ucdesigner export FILE ...``: pictures of diagrams (SVG, PNG, PDF), or a slide deck
(``-o deck.pptx``), headless. ``--slides build-up|stages|focus`` tells each diagram step
by step, on several slides or as numbered pictures."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..collector import collector_paused
from ..l10n import QT_TRANSLATE_NOOP, tr
from .common import CLIError, load_document, use_offscreen_qt_without_display

TYPE_CHECKING = False  # (typing's own costs --help, which imports this module, ~3 ms)
if TYPE_CHECKING:
    from ..model import Document

HELP = QT_TRANSLATE_NOOP(
    "", "export diagrams as SVG, PNG or PDF pictures, or as PowerPoint slides (no display needed)"
)

SUFFIXES = {".svg": "svg", ".png": "png", ".pdf": "pdf", ".pptx": "pptx"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help=QT_TRANSLATE_NOOP("", "a .ucd document"))
    parser.add_argument(
        "-d",
        "--diagram",
        action="append",
        default=[],
        metavar="DIAGRAM",
        help=QT_TRANSLATE_NOOP(
            "", "a diagram's name or id (repeat for several); default: the only diagram"
        ),
    )
    parser.add_argument(
        "--all", action="store_true", help=QT_TRANSLATE_NOOP("", "every diagram, one file each")
    )
    parser.add_argument(
        "-f",
        "--format",
        choices=("svg", "png", "pdf", "pptx"),
        help=QT_TRANSLATE_NOOP(
            "", "picture format, or pptx for slides (default: from the suffix of -o, else png)"
        ),
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        help=QT_TRANSLATE_NOOP(
            "",
            "the file to write; a folder with --all or several -d "
            "(default: the current folder, files named after the diagrams)",
        ),
    )
    size = parser.add_mutually_exclusive_group()
    size.add_argument(
        "--scale",
        type=float,
        metavar="N",
        help=QT_TRANSLATE_NOOP("", "PNG pixels per diagram pixel (default 2)"),
    )
    size.add_argument(
        "--dpi",
        type=float,
        metavar="N",
        help=QT_TRANSLATE_NOOP("", "PNG resolution (2x = 192 dpi)"),
    )
    parser.add_argument(
        "--background",
        choices=("white", "transparent"),
        default="white",
        help=QT_TRANSLATE_NOOP("", "default white"),
    )
    parser.add_argument(
        "--margin",
        type=float,
        default=20.0,
        metavar="PX",
        help=QT_TRANSLATE_NOOP("", "space around (default 20)"),
    )
    frame = parser.add_mutually_exclusive_group()
    frame.add_argument(
        "--frame",
        action="store_const",
        const=True,
        dest="frame",
        help=QT_TRANSLATE_NOOP("", "draw the UML diagram frame (uc [name]) around each picture"),
    )
    frame.add_argument(
        "--no-frame",
        action="store_const",
        const=False,
        dest="frame",
        help=QT_TRANSLATE_NOOP(
            "", "no frame, whatever the diagram's setting (default: as the diagram says)"
        ),
    )
    slides = parser.add_argument_group(QT_TRANSLATE_NOOP("", "slides (-o deck.pptx)"))
    slides.add_argument(
        "--slide-size",
        choices=("16:9", "4:3"),
        default=None,
        help=QT_TRANSLATE_NOOP("", "default 16:9"),
    )
    slides.add_argument(
        "--as",
        dest="slide_content",
        choices=("shapes", "picture"),
        default=None,
        help=QT_TRANSLATE_NOOP(
            "", "editable shapes glued by connectors (default), or a picture per slide"
        ),
    )
    slides.add_argument(
        "--slides",
        choices=("build-up", "stages", "focus"),
        default=None,
        help=QT_TRANSLATE_NOOP(
            "",
            "several slides per diagram: reveal it step by step, one journey stage at a "
            "time, or one use case at a time; with -f png|svg, numbered pictures in a folder",
        ),
    )
    parser.add_argument(
        "--selection-ids",
        nargs="+",
        metavar="ID",
        help=QT_TRANSLATE_NOOP("", "only these elements and relationships (one diagram)"),
    )


def run(args: argparse.Namespace) -> int:
    fmt = _format(args)
    with collector_paused():
        # Start-up makes tens of thousands of objects that all live on (classes, the
        # model's validators, the document, Qt's wrappers): the cyclic collector would
        # walk them again and again meanwhile (20-50 ms of a one-diagram export).
        document = load_document(args.file)
        if fmt in ("svg", "png", "pdf") and not args.slides:
            from ..qt_import import import_pyside
            from ..start_cache import importing

            with importing():  # (imports only: the code and patterns they compile, kept)
                import_pyside()  # first: PySide would read the source of what comes next

                from ..io.render import renderer

                renderer(fmt)
    diagram_ids = _chosen_diagrams(document, args)
    if args.selection_ids and len(diagram_ids) != 1:
        raise CLIError(tr("--selection-ids needs exactly one diagram (-d NAME)"))

    _check_slide_options(args, fmt)
    use_offscreen_qt_without_display()
    if fmt == "pptx":
        return _export_slides(document, diagram_ids, args)
    if args.slides:
        return _export_frames(document, diagram_ids, args, fmt)
    from ..io.render import ExportError, ExportOptions, export_all, export_diagram, file_names

    try:
        options = ExportOptions(
            format=fmt,
            scale=args.scale if args.scale is not None else 2.0,
            dpi=args.dpi,
            background=args.background,
            margin=args.margin,
            ids=args.selection_ids,
            frame=args.frame,
        )
        if len(diagram_ids) == 1 and not args.all:
            only = diagram_ids[0]
            target = Path(args.output) if args.output else Path(".")
            if args.output and args.output.endswith(("/", "\\")):
                target.mkdir(parents=True, exist_ok=True)
            if target.is_dir():
                target = target / file_names(document, [only], fmt)[only]
            results = [export_diagram(document, only, target, options)]
        else:
            results = export_all(document, args.output or ".", options, diagram_ids)
    except ExportError as error:
        raise CLIError(str(error)) from None
    for result in results:
        for warning in result.warnings:
            print(
                tr("ucdesigner: warning: {path}: {warning}").format(
                    path=result.path, warning=warning
                ),
                file=sys.stderr,
            )
        print(f"{result.path} ({result.width} x {result.height})")
    return 0


def _check_slide_options(args: argparse.Namespace, fmt: str) -> None:
    if fmt != "pptx":
        given = [
            name
            for name, value in (("--slide-size", args.slide_size), ("--as", args.slide_content))
            if value
        ]
        if given:
            raise CLIError(tr("{given} applies to slides (-o deck.pptx)").format(given=given[0]))
        if args.slides and fmt == "pdf":
            raise CLIError(tr("--slides writes slides (.pptx) or numbered png or svg pictures"))
    elif args.selection_ids:
        raise CLIError(tr("--selection-ids applies to pictures, not to slides"))


def _warn_without_lanes(document: Document, diagram_ids: list[str], args) -> None:
    """``--slides stages`` tells a diagram stage by stage only when it shows lanes."""
    if args.slides != "stages":
        return
    for diagram_id in diagram_ids:
        info = document.diagram_info(diagram_id)
        if info.lanes is None:
            print(
                tr(
                    "ucdesigner: warning: diagram {diagram!r} shows no journey lanes; it is "
                    "told whole, not stage by stage"
                ).format(diagram=info.name or diagram_id),
                file=sys.stderr,
            )


def _export_slides(document: Document, diagram_ids: list[str], args: argparse.Namespace) -> int:
    from ..io.slides import SlideOptions, SlidesError, write_slides

    if not args.output:
        raise CLIError(tr("say where the deck goes with -o deck.pptx"))
    _warn_without_lanes(document, diagram_ids, args)
    try:
        options = SlideOptions(
            size=args.slide_size or "16:9",
            mode=args.slide_content or "shapes",
            sequence=args.slides or "single",
        )
        count = write_slides(document, args.output, diagram_ids, options)
    except SlidesError as error:
        raise CLIError(str(error)) from None
    slides = (tr("{n} slide") if count == 1 else tr("{n} slides")).format(n=count)
    print(f"{args.output} ({slides})")
    return 0


def _export_frames(
    document: Document, diagram_ids: list[str], args: argparse.Namespace, fmt: str
) -> int:
    from ..io.slides import SlidesError, write_frames

    folder = args.output or "."
    if Path(folder).suffix.lower() in SUFFIXES:
        raise CLIError(
            tr("-o {folder}: numbered pictures go to a folder, not to one file").format(
                folder=folder
            )
        )
    _warn_without_lanes(document, diagram_ids, args)
    try:
        written = write_frames(document, folder, diagram_ids, args.slides, fmt)
    except SlidesError as error:
        raise CLIError(str(error)) from None
    for path in written:
        print(path)
    return 0


def _format(args: argparse.Namespace) -> str:
    """The picture format: -f, else the suffix of a file -o, else PNG. With several
    diagrams -o is a folder, except for a deck (.pptx), which holds them all."""
    folder = args.all or len(args.diagram) > 1 or (args.output and Path(args.output).is_dir())
    suffix = Path(args.output).suffix.lower() if args.output else ""
    if folder and suffix != ".pptx":
        suffix = ""
    if suffix and suffix not in SUFFIXES:
        raise CLIError(
            tr(
                "-o {output}: {format} is not supported; write .svg, .png, .pdf or .pptx "
                "(or choose with -f svg|png|pdf|pptx)"
            ).format(output=args.output, format=suffix[1:].upper())
        )
    if args.format:
        if suffix in SUFFIXES and SUFFIXES[suffix] != args.format:
            raise CLIError(
                tr("-o {output} ends in {suffix}, but -f asks for {format}").format(
                    output=args.output, suffix=suffix, format=args.format
                )
            )
        return args.format
    if suffix in SUFFIXES:
        return SUFFIXES[suffix]
    if args.output and not folder:
        raise CLIError(
            tr(
                "-o {output}: say which format, with a suffix (.svg, .png, .pdf, .pptx) "
                "or -f svg|png|pdf|pptx"
            ).format(output=args.output)
        )
    return "png"


def _chosen_diagrams(document: Document, args: argparse.Namespace) -> list[str]:
    diagrams = document.diagrams()
    if not diagrams:
        raise CLIError(tr("{file}: has no diagrams to export").format(file=args.file))
    if args.all:
        if args.diagram:
            raise CLIError(tr("give either -d DIAGRAM or --all, not both"))
        return [d.id for d in diagrams]
    if not args.diagram:
        if len(diagrams) == 1:
            return [diagrams[0].id]
        raise CLIError(
            tr(
                "{file}: has {count} diagrams; choose with -d NAME or use --all "
                "(available: {available})"
            ).format(file=args.file, count=len(diagrams), available=_available(document))
        )
    chosen = []
    for wanted in args.diagram:
        match = [d.id for d in diagrams if d.id == wanted] or [
            d.id for d in diagrams if d.name == wanted
        ]
        if not match:
            lowered = [d.id for d in diagrams if d.name.casefold() == wanted.casefold()]
            match = lowered if len(lowered) == 1 else []
        if not match:
            raise CLIError(
                tr("no diagram named {wanted!r}; available: {available}").format(
                    wanted=wanted, available=_available(document)
                )
            )
        if len(match) > 1:
            raise CLIError(
                tr("{count} diagrams are named {wanted!r}; choose one by id: {ids}").format(
                    count=len(match), wanted=wanted, ids=", ".join(match)
                )
            )
        if match[0] not in chosen:
            chosen.append(match[0])
    return chosen


def _available(document: Document) -> str:
    return ", ".join(f"{d.name!r} (id {d.id})" if d.name else d.id for d in document.diagrams())
