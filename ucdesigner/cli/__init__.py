"""The command line: ``ucdesigner [FILE]`` opens the editor; subcommands work headless.

Every failure the user can cause prints one line ``ucdesigner: error: ...`` on stderr
and exits with status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
from collections.abc import Iterable, Iterator, Sequence

from .. import __version__
from ..l10n import QT_TRANSLATE_NOOP, tr
from ..textutil import one_line
from .common import CLIError, OneLineParser

TYPE_CHECKING = False  # (typing's own costs --help, which imports this module, ~3 ms)
if TYPE_CHECKING:
    from typing import NoReturn

SUBCOMMANDS: dict[str, str] = {
    "info": "ucdesigner.cli.info",
    "check": "ucdesigner.cli.check",
    "convert": "ucdesigner.cli.convert",
    "export": "ucdesigner.cli.export",
    "layout": "ucdesigner.cli.layout",
    "report": "ucdesigner.cli.report",
    "diff": "ucdesigner.cli.diff",
    "merge": "ucdesigner.cli.merge",
    "git-setup": "ucdesigner.cli.git_setup",
    "textconv": "ucdesigner.cli.textconv",
}
"""Subcommand name -> module with ``HELP``, ``add_arguments(parser)`` and ``run(args)``.

Importing these modules is light (argparse and the standard library): each imports the
model, the readers and writers or Qt inside the functions that use them, so ``--help``,
``--version`` and a mistyped command start in a few hundredths of a second
(tests/test_cli_light.py keeps it so)."""

DOCUMENT_COMMANDS = frozenset(SUBCOMMANDS) - {"git-setup"}
"""The subcommands that read documents: they import the model, so they take the code of
its dataclasses' methods from the cache (``dataclass_cache``) as the editor does, and
the document's validator too (``validator_cache``)."""


def build_parser(commands: Iterable[str] | None = None) -> argparse.ArgumentParser:
    """The argument parser: every subcommand with its help line; the arguments of those
    in ``commands`` (default: all). Adding a subcommand's arguments may import what its
    choices come from (the model's checks, the XMI dialects), so the command line adds
    only those of the subcommand it runs. Given one subcommand alone, the parser knows
    that one only: the others' help lines serve ``--help``, and their modules and
    parsers cost a run ~10 ms (argparse looks its messages up in gettext's catalogues
    for every parser)."""
    wanted = set(SUBCOMMANDS) if commands is None else set(commands)
    running = [name for name in SUBCOMMANDS if name in wanted]
    listed = running if commands is not None and len(running) == 1 else list(SUBCOMMANDS)
    parser = OneLineParser(
        prog="ucdesigner",
        description=QT_TRANSLATE_NOOP(
            "", "Draw UML use case diagrams; export pictures; exchange XMI."
        ),
        epilog=QT_TRANSLATE_NOOP("", "Without a subcommand, opens the editor (on FILE, if given)."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"ucdesigner {__version__}",
        help=QT_TRANSLATE_NOOP("", "show program's version number and exit"),
    )
    subparsers = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=OneLineParser
    )
    for name in listed:
        module = importlib.import_module(SUBCOMMANDS[name])
        sub = subparsers.add_parser(name, help=module.HELP, description=module.HELP)
        if name in wanted:
            module.add_arguments(sub)
        sub.set_defaults(run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``ucdesigner`` command; returns the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if (args and args[0] in SUBCOMMANDS) or args[:1] in (["-h"], ["--help"], ["--version"]):
            with _dataclass_code_cached(args):
                parsed = build_parser(args[:1]).parse_args(args)
                return int(parsed.run(parsed) or 0)
        _refuse_mistyped_command(args)
        return _open_editor(args)
    except CLIError as error:
        print(
            tr("ucdesigner: error: {message}").format(message=one_line(str(error), limit=2000)),
            file=sys.stderr,
        )
        return 2
    except KeyboardInterrupt:
        print(tr("ucdesigner: interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def entry() -> NoReturn:
    """The ``ucdesigner`` program: ``main`` in a process of its own. After a subcommand
    the process ends at once, its output flushed: every file it wrote is closed and
    synced (atomic writes), and tearing down the Python objects, Qt and the loaded
    modules one by one only cost a tenth of a second more per command. The editor
    exits the usual way (its settings are written when Qt objects are destroyed)."""
    args = sys.argv[1:]
    status = main(args)
    if not (args and args[0] in SUBCOMMANDS):
        sys.exit(status)
    for stream in (sys.stdout, sys.stderr):
        if stream is None:  # a windowed bundle has no console streams
            continue
        with contextlib.suppress(BrokenPipeError, ValueError):  # a closed pipe: nothing to keep
            stream.flush()
    os._exit(status)


@contextlib.contextmanager
def _dataclass_code_cached(args: list[str]) -> Iterator[None]:
    """For a subcommand that reads documents: dataclass methods from the cache while it
    runs (installed before its parser, which may import the model for its choices), the
    model imported with the code and patterns its import compiles kept (``start_cache``),
    the cache written back when it ends (``entry`` leaves by ``os._exit``: no atexit).
    Help and ``--version`` stay without it: ``dataclasses`` alone costs ~10 ms there."""
    if not (args and args[0] in DOCUMENT_COMMANDS) or any(a in ("-h", "--help") for a in args):
        yield
        return
    from .. import dataclass_cache, start_cache, validator_cache

    dataclass_cache.install()
    validator_cache.enable()  # the document's validator, kept like the methods' code
    start_cache.enable()
    with start_cache.importing():  # the code and patterns the model's import compiles
        importlib.import_module("ucdesigner.model")
    try:
        yield
    finally:
        dataclass_cache.save()


def _refuse_mistyped_command(args: list[str]) -> None:
    """``ucdesigner exprot x.ucd``: a first word close to a subcommand that names no
    existing file is a typo, not a document for the editor to open."""
    if not args or args[0].startswith("-") or os.path.exists(args[0]):
        return
    import difflib

    close = difflib.get_close_matches(args[0], list(SUBCOMMANDS), n=1, cutoff=0.6)
    if close:
        raise CLIError(
            tr("unknown command {word!r}; did you mean {command!r}? (commands: {commands})").format(
                word=args[0], command=close[0], commands=", ".join(SUBCOMMANDS)
            )
        )


def _open_editor(args: list[str]) -> int:
    parser = OneLineParser(prog="ucdesigner", add_help=False)
    parser.add_argument("files", nargs="*")
    parsed, unknown = parser.parse_known_args(args)
    options = [a for a in unknown if a.startswith("-")]
    if options:
        raise CLIError(
            tr("unknown option {option} (try ucdesigner --help)").format(option=options[0])
        )
    from ..app.launch import run_editor

    return run_editor(parsed.files)
