"""``ucdesigner merge BASE OURS THEIRS [-o OUT]``: three-way merge of a .ucd file; git's
merge driver (``%O %A %B``).

The result goes to OURS unless ``-o`` names another file; it is always a valid
document. When the two sides conflict, the conflicts are written into it (open it in
ucdesigner to resolve them) and the exit status is 1, so git marks the file as
conflicted. A side that cannot be read: one line on stderr, exit status 2, and no file
is touched (git then keeps its own conflict).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..l10n import QT_TRANSLATE_NOOP, tr
from .common import CLIError

HELP = QT_TRANSLATE_NOOP(
    "", "merge two changed versions of a .ucd file with their common base (git merge driver)"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "base", metavar="BASE", help=QT_TRANSLATE_NOOP("", "the common ancestor (git: %%O)")
    )
    parser.add_argument(
        "ours", metavar="OURS", help=QT_TRANSLATE_NOOP("", "our version, written over (git: %%A)")
    )
    parser.add_argument(
        "theirs", metavar="THEIRS", help=QT_TRANSLATE_NOOP("", "their version (git: %%B)")
    )
    parser.add_argument(
        "-o", "--output", metavar="OUT", help=QT_TRANSLATE_NOOP("", "write here instead of OURS")
    )
    parser.add_argument(
        "--name",
        metavar="PATH",
        help=QT_TRANSLATE_NOOP("", "the file's path in the repository, for messages (%%P)"),
    )


def run(args: argparse.Namespace) -> int:
    from ..io.native import NativeFormatError, save
    from ..io.versions import read_version
    from ..model import DocumentData
    from ..model.compare import merge

    try:
        # Git hands an empty base when both branches added the file.
        base = DocumentData() if _empty(args.base) else read_version(args.base, "the base")
        ours = read_version(args.ours, "ours")
        theirs = read_version(args.theirs, "theirs")
    except NativeFormatError as error:
        raise CLIError(
            tr("cannot merge{named}: {error}").format(named=_named(args), error=error)
        ) from None
    result = merge(base, ours, theirs)
    target = args.output or args.ours
    try:
        save(result.data, target)
    except OSError as error:
        raise CLIError(
            tr("{path}: cannot be written ({reason})").format(
                path=target, reason=error.strerror or error
            )
        ) from None
    if result.clean:
        return 0
    count = len(result.conflicts)
    print(
        (
            tr(
                "ucdesigner: {n} conflict{named}; open the file in ucdesigner to resolve "
                "it, then git add it"
            )
            if count == 1
            else tr(
                "ucdesigner: {n} conflicts{named}; open the file in ucdesigner to resolve "
                "them, then git add it"
            )
        ).format(n=count, named=_named(args)),
        file=sys.stderr,
    )
    return 1


def _empty(path: str) -> bool:
    try:
        return Path(path).stat().st_size == 0
    except OSError:
        return False


def _named(args: argparse.Namespace) -> str:
    return tr(" in {path}").format(path=args.name) if args.name else ""
