"""``ucdesigner check``: model checks beside integrity, severities and the exit rule."""

from __future__ import annotations

import json

import pytest

from ucdesigner.io.native import save
from ucdesigner.model import (
    Actor,
    Association,
    Document,
    DocumentSettings,
    Extend,
    UseCase,
)

from .conftest import run_cli


def write(tmp_path, document: Document, name: str = "model.ucd") -> str:
    path = tmp_path / name
    save(document, path)
    return str(path)


def base() -> Document:
    d = Document("Shop")
    d.add(
        Actor(id="c", name="Customer"),
        UseCase(id="o", name="Place Order"),
        UseCase(id="v", name="Apply Voucher"),
        Association(id="a", source="c", target="o"),
    )
    return d


def test_notes_alone_exit_zero_and_are_listed(capsys, tmp_path) -> None:
    d = base()
    d.add(Extend(id="e", source="v", target="o", condition=""))
    d.set_info(settings=DocumentSettings(disabled_checks=("extend-without-extension-point",)))
    code, out, _ = run_cli(capsys, "check", write(tmp_path, d))
    assert code == 0
    assert "note: The «extend» from “Apply Voucher” to “Place Order” has no condition" in out
    assert out.rstrip().endswith("model.ucd: 1 note")


def test_a_warning_exits_one_with_its_fix(capsys, tmp_path) -> None:
    code, out, _ = run_cli(capsys, "check", write(tmp_path, base()))
    assert code == 1
    assert "warning: No actor takes part in the use case “Apply Voucher”" in out
    assert "(Draw an association from the actor who starts it" in out
    assert out.rstrip().endswith("1 warning")


def test_json_has_severity_summary_and_quick_fixes(capsys, tmp_path) -> None:
    code, out, _ = run_cli(capsys, "check", write(tmp_path, base()), "--json")
    report = json.loads(out)
    assert code == 1 and report["summary"] == {"error": 0, "warning": 1, "note": 0}
    (problem,) = report["problems"]
    assert problem["severity"] == "warning" and problem["element_id"] == "v"
    assert problem["code"] == "usecase-without-actor" and problem["fixes"] == []


def test_skip_and_all_checks(capsys, tmp_path) -> None:
    d = base()
    d.set_info(settings=DocumentSettings(disabled_checks=("usecase-without-actor",)))
    path = write(tmp_path, d)
    assert run_cli(capsys, "check", path)[0] == 0
    assert run_cli(capsys, "check", path, "--all-checks")[0] == 1
    path = write(tmp_path, base(), "other.ucd")
    assert run_cli(capsys, "check", path, "--skip", "usecase-without-actor")[0] == 0


def test_an_unknown_check_is_one_line_and_exit_two(capsys, tmp_path) -> None:
    code, out, err = run_cli(capsys, "check", write(tmp_path, base()), "--skip", "nonsense")
    assert code == 2 and out == ""
    assert err.startswith("ucdesigner: error: check: unknown check 'nonsense'")
    assert err.count("\n") == 1


@pytest.mark.parametrize("flag", [[], ["--json"]])
def test_a_file_that_fails_integrity_is_still_checked(capsys, tmp_path, flag) -> None:
    path = tmp_path / "hand.ucd"
    path.write_text(
        json.dumps(
            {
                "format": "ucdesigner",
                "version": 1,
                "elements": [
                    {"kind": "actor", "id": "a", "name": "Clerk"},
                    {"kind": "actor", "id": "b", "name": "Manager"},
                ],
                "relationships": [{"kind": "association", "id": "r", "source": "a", "target": "b"}],
            }
        )
    )
    code, out, _ = run_cli(capsys, "check", str(path), *flag)
    assert code == 1
    assert "The association joins two actors, “Clerk” and “Manager”" in out
