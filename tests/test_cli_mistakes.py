"""The command line answers a newcomer's mistakes with one line that says what to do
(issue 18)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import run_cli

EXAMPLE = Path(__file__).resolve().parents[1] / "resources" / "examples"
ONE_DIAGRAM = EXAMPLE / "post-purchase-support.ucd"


def one_error_line(err: str) -> str:
    assert err.count("\n") == 1 and err.startswith("ucdesigner: error: "), err
    return err


def test_a_mistyped_command_suggests_the_closest(capsys) -> None:
    code, _, err = run_cli(capsys, "exprot", str(ONE_DIAGRAM))
    assert code == 2 and "did you mean 'export'" in one_error_line(err)


def test_gif_is_said_to_be_unsupported(capsys, tmp_path) -> None:
    code, _, err = run_cli(capsys, "export", str(ONE_DIAGRAM), "-o", str(tmp_path / "x.gif"))
    assert code == 2 and "GIF is not supported" in one_error_line(err)
    assert not (tmp_path / "x.gif").exists()


def test_export_without_o_writes_into_the_current_folder(capsys, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run_cli(capsys, "export", str(ONE_DIAGRAM))
    assert code == 0, err
    assert (tmp_path / "Post-purchase support.png").is_file()
    assert "Post-purchase support.png" in out


def test_with_all_o_is_a_folder_even_for_one_diagram(capsys, tmp_path) -> None:
    folder = tmp_path / "pictures"
    code, _, err = run_cli(capsys, "export", str(ONE_DIAGRAM), "--all", "-o", str(folder))
    assert code == 0, err
    assert [p.name for p in folder.iterdir()] == ["Post-purchase support.png"]


@pytest.mark.parametrize("command", [["info"], ["check"], ["export"], ["report", "-o", "r.html"]])
def test_an_empty_file_says_it_is_empty(capsys, tmp_path, command) -> None:
    empty = tmp_path / "empty.ucd"
    empty.write_bytes(b"")
    code, _, err = run_cli(capsys, command[0], str(empty), *command[1:])
    assert code == 2 and "the file is empty" in one_error_line(err)


def test_info_on_xmi_suggests_convert(capsys, tmp_path) -> None:
    model = tmp_path / "model.uml"
    model.write_text('<?xml version="1.0"?><xmi:XMI xmlns:xmi="http://www.omg.org/XMI"/>')
    code, _, err = run_cli(capsys, "info", str(model))
    assert code == 2 and "ucdesigner convert" in one_error_line(err)


def test_the_lowest_severity_is_a_note_everywhere(capsys) -> None:
    example = EXAMPLE / "retail-customer-journey.ucd"
    code, out, _ = run_cli(capsys, "check", str(example))
    assert code == 0
    lines = out.splitlines()
    assert any(" note: " in line for line in lines[:-1]), out
    assert not any(" info: " in line for line in lines)
    assert "note" in lines[-1]
    _code, out, _ = run_cli(capsys, "check", str(example), "--json")
    report = json.loads(out)
    assert "note" in report["summary"] and "info" not in report["summary"]
    assert {p["severity"] for p in report["problems"]} == {"note"}
