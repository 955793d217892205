"""``ucdesigner git-setup``: register the .ucd merge driver and text conversion in the
current git repository (``.gitattributes`` and the repository's own git config).

Running it again changes nothing; it says what it wrote.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..l10n import QT_TRANSLATE_NOOP, tr
from .common import CLIError

HELP = QT_TRANSLATE_NOOP(
    "", "let git merge and diff .ucd files with ucdesigner (in the current repository)"
)

ATTRIBUTES_LINE = "*.ucd merge=ucdesigner diff=ucdesigner"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--command",
        metavar="CMD",
        help=QT_TRANSLATE_NOOP(
            "", "how git should start ucdesigner (default: this Python running ucdesigner)"
        ),
    )


def default_command() -> str:
    """The command line that starts this very ucdesigner."""
    import shlex

    if getattr(sys, "frozen", False):
        return shlex.quote(sys.executable)
    return f"{shlex.quote(sys.executable)} -m ucdesigner"


def run(args: argparse.Namespace) -> int:
    top = _git("rev-parse", "--show-toplevel").strip()
    command = args.command or default_command()
    settings = {
        "merge.ucdesigner.name": "ucdesigner three-way merge of use case models",
        "merge.ucdesigner.driver": f"{command} merge %O %A %B --name %P",
        "diff.ucdesigner.textconv": f"{command} textconv",
    }
    report = [_write_attributes(Path(top) / ".gitattributes")]
    for key, value in settings.items():
        current = _git("config", "--local", "--get", key, check=False).rstrip("\n")
        if current == value:
            report.append(f"git config {key} already set")
        else:
            _git("config", "--local", key, value)
            report.append(f"git config {key} = {value}")
    print("\n".join(report))
    print(
        tr(
            "Commit .gitattributes; everyone who clones the repository runs "
            "ucdesigner git-setup once."
        )
    )
    return 0


def _write_attributes(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8") if path.exists() else ""
    except (OSError, UnicodeDecodeError) as error:
        raise CLIError(
            tr("{path}: cannot be read ({reason})").format(path=path, reason=error)
        ) from None
    if ATTRIBUTES_LINE in (line.strip() for line in text.splitlines()):
        return f"{path}: already has {ATTRIBUTES_LINE}"
    joined = text + ("" if text.endswith("\n") or not text else "\n") + ATTRIBUTES_LINE + "\n"
    try:
        from ..io.atomic import atomic_write_bytes

        atomic_write_bytes(path, joined.encode("utf-8"))
    except OSError as error:
        raise CLIError(
            tr("{path}: cannot be written ({reason})").format(
                path=path, reason=error.strerror or error
            )
        ) from None
    return f"{path}: added {ATTRIBUTES_LINE}"


def _git(*arguments: str, check: bool = True) -> str:
    import subprocess

    try:
        done = subprocess.run(
            ["git", *arguments], capture_output=True, text=True, check=False, timeout=60
        )
    except FileNotFoundError:
        raise CLIError(tr("git is not installed (or not on PATH)")) from None
    except subprocess.TimeoutExpired:
        raise CLIError(
            tr("git {command} did not answer within a minute").format(command=arguments[0])
        ) from None
    if check and done.returncode != 0:
        first = (done.stderr.strip().splitlines() or ["failed"])[0]
        if "not a git repository" in first:
            raise CLIError(tr("this folder is not in a git repository (run git init first)"))
        raise CLIError(f"git {arguments[0]}: {first}")
    return done.stdout
