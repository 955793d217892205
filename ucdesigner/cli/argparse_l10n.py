"""argparse in the user's language: the help output and the parse errors.

The texts of the command line (subcommand lines, argument helps, description) are
marked with ``QT_TRANSLATE_NOOP`` where they are written and translated here, when help
is printed: building the parser translates nothing, so ``--version`` and every
subcommand that runs without printing help never read a catalog (``ucdesigner.l10n``
reads it on the first ``tr``). argparse's own words (the section titles, the usage
prefix, the help of ``-h``, its error templates) are Python's English texts, marked
here so that the same catalog holds them; Python's gettext catalogs are not used.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterable

from ..l10n import QT_TRANSLATE_NOOP, tr

ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("", "positional arguments"),
    QT_TRANSLATE_NOOP("", "options"),
    QT_TRANSLATE_NOOP("", "show this help message and exit"),
)
"""argparse's own words in the help output, as Python writes them (its section titles
and the help of ``-h``): the formatter translates them like the project's texts."""


class TranslatedHelpFormatter(argparse.HelpFormatter):
    """A HelpFormatter that translates the usage prefix, the section titles and every
    argument's help text (the English source text stays in the parser)."""

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        if prefix is None:
            # the space outside the text: a translation cannot lose it
            prefix = tr("usage:") + " "
        super().add_usage(usage, actions, groups, prefix)

    def start_section(self, heading: str | None) -> None:
        if heading:
            # argparse writes "heading:"; the translation of "{heading}:" says how the
            # colon is set (French puts a no-break space before it)
            titled = tr("{heading}:").format(heading=tr(heading))
            heading = titled.removesuffix(":")
        super().start_section(heading)

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return tr(action.help) if action.help else action.help


def translate_help_texts(parser: argparse.ArgumentParser) -> tuple[str | None, str | None]:
    """Translate ``parser``'s description and epilog in place, for one help output;
    the English ones, to put back."""
    before = parser.description, parser.epilog
    parser.description = tr(parser.description) if parser.description else parser.description
    parser.epilog = tr(parser.epilog) if parser.epilog else parser.epilog
    return before


_ARGUMENT = r"argument (?P<argument>[^:\s]+): (?P<message>.+)"
_ARGUMENT_TEMPLATE = QT_TRANSLATE_NOOP("", "argument {argument}: {message}")

_ERRORS: tuple[tuple[str, str], ...] = (
    (
        r"unrecognized arguments: (?P<arguments>.+)",
        QT_TRANSLATE_NOOP("", "unrecognized arguments: {arguments}"),
    ),
    (
        r"the following arguments are required: (?P<arguments>.+)",
        QT_TRANSLATE_NOOP("", "the following arguments are required: {arguments}"),
    ),
    (
        r"one of the arguments (?P<arguments>.+) is required",
        QT_TRANSLATE_NOOP("", "one of the arguments {arguments} is required"),
    ),
    (
        r"not allowed with argument (?P<argument>.+)",
        QT_TRANSLATE_NOOP("", "not allowed with argument {argument}"),
    ),
    (
        r"ignored explicit argument (?P<value>.+)",
        QT_TRANSLATE_NOOP("", "ignored explicit argument {value}"),
    ),
    (r"expected (one|1) argument", QT_TRANSLATE_NOOP("", "expected one argument")),
    (
        r"expected at most one argument",
        QT_TRANSLATE_NOOP("", "expected at most one argument"),
    ),
    (
        r"expected at least one argument",
        QT_TRANSLATE_NOOP("", "expected at least one argument"),
    ),
    (
        r"expected (?P<count>\d+) arguments",
        QT_TRANSLATE_NOOP("", "expected {count} arguments"),
    ),
    (
        r"ambiguous option: (?P<option>\S+) could match (?P<matches>.+)",
        QT_TRANSLATE_NOOP("", "ambiguous option: {option} could match {matches}"),
    ),
    (
        r"invalid choice: (?P<value>.+) \(choose from (?P<choices>.+)\)",
        QT_TRANSLATE_NOOP("", "invalid choice: {value} (choose from {choices})"),
    ),
    (
        r"invalid (?P<type>\S+) value: (?P<value>.+)",
        QT_TRANSLATE_NOOP("", "invalid {type} value: {value}"),
    ),
)
"""argparse's error messages (Python 3.11 to 3.13, as patterns) -> the template of their
translation; the values (option names, the user's words) are put back as they were.
Compiled on the first error (``re`` caches them): compiling them all costs ``--help``
two milliseconds for nothing."""


def translate_error(message: str) -> str:
    """An argparse error message in the user's language; one this table does not know
    (a newer Python's wording, a message of our own) comes back unchanged."""
    match = re.fullmatch(_ARGUMENT, message, re.DOTALL)
    if match:
        inner = _translate_plain(match["message"])
        return _fill(_ARGUMENT_TEMPLATE, message, argument=match["argument"], message=inner)
    return _translate_plain(message)


def _translate_plain(message: str) -> str:
    for pattern, template in _ERRORS:
        match = re.fullmatch(pattern, message, re.DOTALL)
        if match:
            values = {k: v for k, v in match.groupdict().items() if v is not None}
            return _fill(template, message, **values)
    return message


def _fill(template: str, english: str, **values: str) -> str:
    """``tr(template)`` with ``values``; ``english`` when a translation's braces do not
    fit (a broken catalog must not turn a usage error into a traceback)."""
    try:
        return tr(template).format(**values)
    except (KeyError, IndexError, ValueError):
        return english
