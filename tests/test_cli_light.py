"""The command line's light commands (``--version``, ``--help``, a mistyped command, a
subcommand's ``--help``) import neither Qt nor the document model: they answer in a
few hundredths of a second, and these tests keep an import at the top of a module from
silently bringing the cost back (benchmarks/bench_startup.py has the figures)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = (
    "PySide6",
    "pydantic",
    "pydantic_core",
    "lxml",
    "ucdesigner.model",
    "ucdesigner.model.document",
    "ucdesigner.io.native",
    "ucdesigner.dataclass_cache",
    "dataclasses",
    "typing",
)
"""Modules a light command must not import: Qt, the model and its validation, XML, the
dataclass cache (dataclasses alone brings inspect, ~10 ms), typing (~3 ms: the modules
``--help`` reads name their types for the checker only)."""

PROBE = """
import json, sys
from ucdesigner.cli import main
try:
    status = main(sys.argv[1:])
except SystemExit as done:
    status = done.code
heavy = {heavy!r}
print(json.dumps({{"status": status, "loaded": [m for m in heavy if m in sys.modules]}}),
      file=sys.stderr)
"""


def run_cli(*args: str) -> tuple[int, list[str], str]:
    """Run the command line in a fresh interpreter: its status, which of HEAVY it
    imported, and what it printed."""
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(heavy=HEAVY), *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    report = json.loads(done.stderr.strip().splitlines()[-1])
    return report["status"], report["loaded"], done.stdout


@pytest.mark.parametrize("args", [["--version"], ["--help"], ["-h"]])
def test_version_and_help_import_neither_qt_nor_the_model(args: list[str]) -> None:
    status, loaded, out = run_cli(*args)
    assert status == 0
    assert loaded == []
    assert "ucdesigner" in out


def test_the_help_still_lists_every_subcommand_with_its_line() -> None:
    from ucdesigner.cli import SUBCOMMANDS

    status, loaded, out = run_cli("--help")
    assert (status, loaded) == (0, [])
    for name in SUBCOMMANDS:
        assert name in out
    assert "export diagrams as SVG" in out


def test_a_mistyped_command_is_refused_without_loading_the_editor() -> None:
    status, loaded, _ = run_cli("exprot", "nothing-here.ucd")
    assert status == 2
    assert loaded == []


@pytest.mark.parametrize(
    "command", ["info", "export", "layout", "report", "diff", "merge", "git-setup", "textconv"]
)
def test_a_subcommands_help_imports_neither_qt_nor_the_model(command: str) -> None:
    status, loaded, out = run_cli(command, "--help")
    assert status == 0
    assert loaded == []
    assert f"ucdesigner {command}" in out


@pytest.mark.parametrize("command", ["check", "convert"])
def test_help_whose_choices_come_from_the_model_still_has_no_qt(command: str) -> None:
    # check lists the model's checks, convert the XMI dialects: their help needs those
    # modules, not Qt.
    status, loaded, out = run_cli(command, "--help")
    assert status == 0
    assert "PySide6" not in loaded
    assert f"ucdesigner {command}" in out


def test_the_full_parser_still_knows_every_subcommands_arguments() -> None:
    from ucdesigner.cli import SUBCOMMANDS, build_parser

    parser = build_parser()
    choices = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    assert set(choices) == set(SUBCOMMANDS)
    for name, sub in choices.items():
        assert sub._actions[1:], f"{name} has no arguments"
    parsed = parser.parse_args(["check", "x.ucd", "--skip", "unused-extension-point"])
    assert parsed.skip == ["unused-extension-point"]


EXAMPLE = Path(__file__).resolve().parent.parent / "resources/examples/post-purchase-support.ucd"


@pytest.mark.parametrize(
    "args",
    [
        ["info", "{example}"],
        ["check", "{example}"],
        ["textconv", "{example}"],
        ["diff", "{example}", "{example}"],
        ["convert", "{example}", "{tmp}/out.xmi"],
        ["convert", "{example}", "{tmp}/out.puml"],
        ["layout", "{example}", "-o", "{tmp}/out.ucd"],
    ],
    ids=lambda args: " ".join(a for a in args if "{" not in a) or "?",
)
def test_commands_that_draw_nothing_do_not_load_qt(args: list[str], tmp_path: Path) -> None:
    filled = [a.format(example=EXAMPLE, tmp=tmp_path) for a in args]
    status, loaded, _ = run_cli(*filled)
    assert status in (0, 1)  # check exits 1 when the example has warnings
    assert "PySide6" not in loaded
    assert "ucdesigner.model.document" in loaded  # it did the work: the model was used
