"""The command line's help and argparse's errors in the user's language: section titles,
usage prefix, subcommand lines and argument helps come from the catalogs, read only
when help or an error is printed (``--version`` reads none, English reads none); the
errors stay one line with exit status 2; English output is Python's own."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ucdesigner import l10n
from ucdesigner.cli import SUBCOMMANDS
from ucdesigner.cli.argparse_l10n import translate_error

HEAVY = ("PySide6", "pydantic", "ucdesigner.model", "lxml")

PROBE = """
import json, sys
from ucdesigner import l10n
probed = []
original = l10n.catalog_file
def catalog_file(language, suffix):
    probed.append(language)
    return original(language, suffix)
l10n.catalog_file = catalog_file
from ucdesigner.cli import main
try:
    status = main(sys.argv[1:])
except SystemExit as done:
    status = done.code
heavy = {heavy!r}
print(json.dumps({{"status": status, "probed": probed,
                   "loaded": [m for m in heavy if m in sys.modules]}}), file=sys.stderr)
"""


def run(language: str, *args: str, config: Path) -> tuple[dict, str, list[str]]:
    """``ucdesigner ARGS`` in a fresh interpreter under ``LANG=language`` (no Settings
    choice): its report (status, catalogs looked for, heavy modules), standard output
    and the lines it wrote on standard error before the report."""
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES")}
    env.update(LANG=language, UCDESIGNER_CONFIG_DIR=str(config), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(heavy=HEAVY), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        env=env,
    )
    *lines, last = done.stderr.strip().splitlines()
    return json.loads(last), done.stdout, lines


def flat(text: str) -> str:
    """Help text without its line wrapping (argparse also wraps after a hyphen)."""
    return re.sub(r"-\s+", "-", " ".join(text.split()))


@pytest.fixture(scope="module")
def catalogs() -> dict[str, dict[str, str]]:
    return {language: l10n.load_catalog(language) for language in ("de", "fr")}


def test_the_help_is_german_under_a_german_locale(tmp_path, catalogs) -> None:
    import importlib

    german = catalogs["de"]
    report, out, _ = run("de_DE.UTF-8", "--help", config=tmp_path)
    assert report["status"] == 0
    assert report["loaded"] == []  # still light: no Qt, no model
    lines = out.splitlines()
    assert lines[0].startswith(german["usage:"] + " ucdesigner [-h]")
    for title in ("positional arguments", "options"):
        assert german[title] + ":" in lines  # "Positionsargumente:", "Optionen:"
    assert "positional arguments:" not in out and "usage:" not in out
    assert f"-h, --help  {german['show this help message and exit']}" in out
    for name, module_name in SUBCOMMANDS.items():
        line = german[importlib.import_module(module_name).HELP]
        assert flat(line) in flat(out), name
    assert "export diagrams as SVG" not in out


def test_a_subcommands_help_is_french_with_french_typography(tmp_path, catalogs) -> None:
    french = catalogs["fr"]
    report, out, _ = run("fr_FR.UTF-8", "export", "--help", config=tmp_path)
    assert report["status"] == 0
    assert "PySide6" not in report["loaded"] and "ucdesigner.model" not in report["loaded"]
    assert out.startswith("utilisation\N{NO-BREAK SPACE}: ucdesigner export [-h]")
    for title in ("arguments positionnels", "options", "diapositives (-o deck.pptx)"):
        assert f"{title}\N{NO-BREAK SPACE}:\n" in out, title
    for english in ("every diagram, one file each", "a .ucd document", "space around (default 20)"):
        assert french[english] != english
        assert flat(french[english]) in flat(out)
        assert english not in out


def test_help_values_are_filled_in_after_translation(tmp_path, catalogs) -> None:
    from ucdesigner.model.checks import CHECKS

    _, out, _ = run("de_DE.UTF-8", "check", "--help", config=tmp_path)
    template = catalogs["de"]["leave out a model check (repeatable): %(checks)s"]
    assert flat(template % {"checks": ", ".join(CHECKS)}) in flat(out)


@pytest.mark.parametrize(
    ("args", "template", "values"),
    [
        (
            ["export", "x.ucd", "--format", "bmp"],
            "invalid choice: {value} (choose from {choices})",
            {"value": "'bmp'", "choices": "'svg', 'png', 'pdf', 'pptx'"},
        ),
        (["info"], "the following arguments are required: {arguments}", {"arguments": "FILE"}),
        (["layout", "x.ucd", "-o"], "expected one argument", {}),
    ],
    ids=["invalid choice", "required", "expected one"],
)
def test_argparse_errors_are_german_one_line_exit_2(
    tmp_path, catalogs, args, template, values
) -> None:
    german = catalogs["de"]
    report, out, err = run("de_DE.UTF-8", *args, config=tmp_path)
    assert report["status"] == 2 and out == ""
    assert len(err) == 1 and "Traceback" not in err[0]
    message = german[template].format(**values)
    if args[0] != "info":  # an option's error names the option first
        option = "-f/--format" if args[0] == "export" else "-o/--output"
        message = german["argument {argument}: {message}"].format(argument=option, message=message)
    assert err[0] == german["ucdesigner: error: {message}"].format(
        message=german["{command}: {message}"].format(command=args[0], message=message)
    )
    assert "Fehler" in err[0] and "error" not in err[0]


def test_english_reads_no_catalog_and_is_pythons_own_wording(tmp_path) -> None:
    report, out, _ = run("C", "--help", config=tmp_path)
    assert report == {"status": 0, "probed": [], "loaded": []}
    assert out.startswith("usage: ucdesigner [-h] [--version] COMMAND ...")
    assert "\npositional arguments:\n" in out and "\noptions:\n" in out
    assert "-h, --help  show this help message and exit" in out
    assert "--version   show program's version number and exit" in out
    report, _, err = run("en_GB.UTF-8", "info", config=tmp_path)
    assert err == ["ucdesigner: error: info: the following arguments are required: FILE"]
    assert report["probed"] == []


def test_version_reads_no_catalog_even_in_german(tmp_path) -> None:
    report, out, _ = run("de_DE.UTF-8", "--version", config=tmp_path)
    assert report == {"status": 0, "probed": [], "loaded": []}
    assert out.startswith("ucdesigner ")


@pytest.fixture
def german_lookup():
    """Translate through a small table, as the GUI's translator would."""
    table: dict[str, str] = {}
    l10n.install(table.get)
    yield table
    l10n.install(None)


def test_an_unknown_message_passes_through_unchanged(german_lookup) -> None:
    german_lookup["argument {argument}: {message}"] = "Argument {argument}: {message}"
    assert translate_error("something argparse says one day") == ("something argparse says one day")
    # the wrapper is translated, the unknown inner message is kept as it was
    assert translate_error("argument --x: went sideways") == "Argument --x: went sideways"


def test_a_broken_translation_gives_the_english_message(german_lookup) -> None:
    german_lookup["unrecognized arguments: {arguments}"] = "unbekannte {Argumente: {arguments}"
    assert translate_error("unrecognized arguments: --a b") == "unrecognized arguments: --a b"
    german_lookup["unrecognized arguments: {arguments}"] = "unbekannte Argumente: {arguments}"
    assert translate_error("unrecognized arguments: --a b") == "unbekannte Argumente: --a b"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG rule is Linux's")
@pytest.mark.parametrize("xdg", [None, "", "  ", "/tmp/xdg-config", "relative/dir"])
def test_the_preferences_folder_is_where_platformdirs_puts_it(xdg, monkeypatch) -> None:
    """l10n finds preferences.json without importing platformdirs (for the command
    line's speed); it must be the folder the application writes it to."""
    from platformdirs import user_config_dir

    monkeypatch.delenv("UCDESIGNER_CONFIG_DIR", raising=False)
    if xdg is None:
        monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_CONFIG_HOME", xdg)
    assert l10n.config_folder() == Path(user_config_dir("ucdesigner", "ucdesigner"))
