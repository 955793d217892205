"""The command line: exit codes and one-line messages for every bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ucdesigner import __version__
from ucdesigner.cli import main

from .conftest import run_cli

EXAMPLES = Path(__file__).resolve().parents[1] / "resources" / "examples"


def bad_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    not_json = tmp_path / "notjson.ucd"
    not_json.write_text("this is not json")
    wrong_schema = tmp_path / "schema.ucd"
    wrong_schema.write_text(
        json.dumps(
            {
                "format": "ucdesigner",
                "version": 1,
                "elements": [{"kind": "actor", "id": "a", "stereotypes": 7}],
            }
        )
    )
    newer = tmp_path / "newer.ucd"
    newer.write_text(json.dumps({"format": "ucdesigner", "version": 42}))
    folder = tmp_path / "folder.ucd"
    folder.mkdir()
    return {
        "missing": (tmp_path / "absent.ucd", "absent.ucd: no such file"),
        "not json": (not_json, "is not valid JSON (line 1, column 1"),
        "schema": (wrong_schema, 'elements[0] (id "a").stereotypes: Input should be a valid tuple'),
        "version": (newer, "file format version 42"),
        "directory": (folder, "is a folder"),
    }


@pytest.mark.parametrize("command", ["info", "check"])
@pytest.mark.parametrize("case", ["missing", "not json", "schema", "version", "directory"])
def test_bad_input_gives_one_line_and_exit_2(capsys, tmp_path, command, case) -> None:
    path, message = bad_files(tmp_path)[case]
    code, out, err = run_cli(capsys, command, str(path))
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("ucdesigner: error: ")
    assert message in err


def test_version(capsys) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"ucdesigner {__version__}"


def test_usage_errors_are_one_line(capsys) -> None:
    code, _, err = run_cli(capsys, "info")
    assert (
        code == 2 and err == "ucdesigner: error: info: the following arguments are required: FILE\n"
    )
    code, _, err = run_cli(capsys, "--bogus")
    assert code == 2 and err.count("\n") == 1 and "--bogus" in err


def test_info_json_counts(capsys) -> None:
    code, out, _ = run_cli(capsys, "info", str(EXAMPLES / "post-purchase-support.ucd"), "--json")
    summary = json.loads(out)
    assert code == 0
    assert summary["elements"]["actor"] == 3 and summary["elements"]["usecase"] == 6
    assert summary["extension_points"] == 1


def test_info_text(capsys) -> None:
    code, out, _ = run_cli(capsys, "info", str(EXAMPLES / "online-shop-intent.ucd"))
    assert code == 0
    assert "4 actors, 10 use cases, 1 system boundary" in out
    assert "Intent phase: 15 shapes, 14 lines" in out


def test_check_clean_and_with_problems(capsys, tmp_path) -> None:
    code, out, _ = run_cli(capsys, "check", str(EXAMPLES / "post-purchase-support.ucd"))
    assert code == 0 and "no problems" in out
    broken = tmp_path / "broken.ucd"
    broken.write_text(
        json.dumps(
            {
                "format": "ucdesigner",
                "version": 1,
                "elements": [
                    {"kind": "actor", "id": "a", "name": "Clerk"},
                    {"kind": "usecase", "id": "u", "name": "Sell"},
                ],
                "relationships": [{"kind": "include", "id": "r", "source": "a", "target": "u"}],
                "diagrams": [
                    {
                        "id": "d",
                        "name": "Main",
                        "shapes": [{"element": "ghost", "x": 0, "y": 0, "width": 5, "height": 5}],
                    }
                ],
            }
        )
    )
    code, out, _ = run_cli(capsys, "check", str(broken))
    assert code == 1
    assert 'include cannot go from actor "Clerk" to use case "Sell"' in out
    assert 'diagrams[0] "Main".shapes[0]: error: A shape shows element "ghost"' in out
    code, out, _ = run_cli(capsys, "check", str(broken), "--json")
    problems = json.loads(out)["problems"]
    integrity = {
        p["code"] for p in problems if p["code"] in ("rule-violation", "dangling-reference")
    }
    assert code == 1 and integrity == {"rule-violation", "dangling-reference"}


def test_the_installed_command_never_prints_a_traceback(tmp_path) -> None:
    garbage = tmp_path / "garbage.ucd"
    garbage.write_bytes(os.urandom(64))
    for args in (["info", str(garbage)], ["check", str(tmp_path)], ["export-nothing"]):
        done = subprocess.run(
            [sys.executable, "-m", "ucdesigner", *args],
            capture_output=True,
            text=True,
            env={**os.environ, "DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": ""},
        )
        assert done.returncode == 2, done
        assert "Traceback" not in done.stderr
        assert done.stderr.count("\n") == 1 and done.stderr.startswith("ucdesigner: error: ")


def test_info_does_not_load_qt() -> None:
    code = (
        "import sys; from ucdesigner.cli import main; "
        f"main(['info', {str(EXAMPLES / 'post-purchase-support.ucd')!r}]); "
        "print('PySide6' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().endswith("False")
