"""``ucdesigner check FILE [--json]``: integrity problems and model checks.

Exit status: 0 when nothing worse than notes is found, 1 when there
is an error or a warning, 2 when the file cannot be read. Checks switched off in the
document stay off unless ``--all-checks`` is given.

``check --layout FILE [--json] [--compare-dot]`` prints the layout quality report of
each diagram instead (``layout_check``): exit 1 when a diagram has overlapping shapes,
lines through shapes, colliding labels or texts outside their shape.
"""

from __future__ import annotations

import argparse

from ..l10n import QT_TRANSLATE_NOOP, tr
from ..textutil import printable
from .common import CLIError, read_document_data

TYPE_CHECKING = False  # (typing's own costs --help, which imports this module, ~3 ms)
if TYPE_CHECKING:
    from ..model.problems import Problem

HELP = QT_TRANSLATE_NOOP(
    "",
    "check a document: broken references, rule violations and model checks; exit 1 when "
    "an error or a warning is found",
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from ..model.checks import CHECKS

    parser.add_argument("file", metavar="FILE", help=QT_TRANSLATE_NOOP("", "a .ucd document"))
    parser.add_argument(
        "--json", action="store_true", help=QT_TRANSLATE_NOOP("", "print the problems as JSON")
    )
    parser.add_argument(
        "--layout",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "",
            "report the layout of each diagram instead: overlaps, lines through shapes, "
            "crossings, colliding labels, texts outside their shape, aspect ratio",
        ),
    )
    parser.add_argument(
        "--compare-dot",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "",
            "with --layout: also lay out each diagram's graph with Graphviz dot and "
            "print its figures beside",
        ),
    )
    parser.add_argument(
        "--all-checks",
        action="store_true",
        help=QT_TRANSLATE_NOOP("", "also run the checks the document switches off"),
    )
    skip = parser.add_argument(
        "--skip",
        metavar="CHECK",
        action="append",
        default=[],
        help=QT_TRANSLATE_NOOP("", "leave out a model check (repeatable): %(checks)s"),
    )
    # argparse fills %(name)s in a help text from the action's attributes, after the
    # help is translated (so the translation does not depend on the list)
    skip.checks = ", ".join(CHECKS)  # type: ignore[attr-defined]


def severity_name(severity: str) -> str:
    """The name users read for a severity: the lowest is a "note", as in the editor's
    Problems panel and the summary line (the model calls it "info")."""
    return "note" if severity == "info" else severity


def summary(problems: list[Problem]) -> str:
    """ "1 error, 2 warnings, 1 note" (what was found), or "no problems found"."""
    from ..model.checks import counts

    found = counts(problems)
    parts = []
    for severity, one, many in (
        ("error", tr("{n} error"), tr("{n} errors")),
        ("warning", tr("{n} warning"), tr("{n} warnings")),
        ("info", tr("{n} note"), tr("{n} notes")),
    ):
        n = found[severity]
        if n:
            parts.append((one if n == 1 else many).format(n=n))
    return ", ".join(parts) if parts else tr("no problems found")


def exit_status(problems: list[Problem]) -> int:
    """1 when there is an error or a warning, else 0."""
    return 1 if any(p.severity in ("error", "warning") for p in problems) else 0


def run(args: argparse.Namespace) -> int:
    if args.layout:
        from .layout_check import run_layout_check

        return run_layout_check(args)
    from ..model.checks import CHECKS, all_problems, counts

    if args.compare_dot:
        raise CLIError(tr("check: --compare-dot goes with --layout"))
    unknown = [code for code in args.skip if code not in CHECKS]
    if unknown:
        raise CLIError(
            tr("check: unknown check {check!r} (known: {checks})").format(
                check=unknown[0], checks=", ".join(CHECKS)
            )
        )
    data = read_document_data(args.file)
    disabled = set(args.skip)
    if not args.all_checks:
        disabled |= set(data.settings.disabled_checks)
    problems = all_problems(data, disabled)
    if args.json:
        import json  # every command imports this module for its help line

        print(
            json.dumps(
                {
                    "file": args.file,
                    "summary": {severity_name(k): n for k, n in counts(problems).items()},
                    "disabled_checks": sorted(disabled),
                    "problems": [
                        {**p.as_dict(), "severity": severity_name(p.severity)} for p in problems
                    ],
                },
                indent=2,
                ensure_ascii=False,
            )
        )
    else:
        for problem in problems:
            where = f" {problem.where}:" if problem.where else ""
            fix = f" ({problem.fix})" if problem.fix else ""
            line = f"{args.file}:{where} {severity_name(problem.severity)}: {problem.message}{fix}"
            print(printable(line))  # names in messages must not drive the terminal
        print(printable(f"{args.file}: {summary(problems)}"))
    return exit_status(problems)
