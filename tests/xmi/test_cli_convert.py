"""``ucdesigner convert``: direction from the extensions, the report, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ucdesigner.cli import main
from ucdesigner.io.native import read_data, save
from ucdesigner.model import Actor, Association, Document, UseCase

SMALL = b"""<xmi:XMI xmi:version="2.1" xmlns:xmi="http://schema.omg.org/spec/XMI/2.1"
  xmlns:uml="http://schema.omg.org/spec/UML/2.1"><uml:Model xmi:id="m" name="Shop">
  <packagedElement xmi:type="uml:Actor" xmi:id="a" name="Buyer"/>
  <packagedElement xmi:type="uml:Actor" xmi:id="b" name="Seller"/>
  <packagedElement xmi:type="uml:UseCase" xmi:id="u" name="Buy"/>
  <packagedElement xmi:type="uml:Association" xmi:id="x" memberEnd="e1 e2">
    <ownedEnd xmi:id="e1" type="a"/><ownedEnd xmi:id="e2" type="b"/></packagedElement>
</uml:Model></xmi:XMI>"""


def test_import_prints_the_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "shop.xmi"
    source.write_bytes(SMALL)
    assert main(["convert", str(source), str(tmp_path / "shop.ucd"), "--report"]) == 0
    out = capsys.readouterr().out
    assert "2  actors" in out and "1  use cases" in out
    assert "an association joins an actor and a use case" in out
    data = read_data(tmp_path / "shop.ucd")
    assert sorted(e.name for e in data.elements) == ["Buy", "Buyer", "Seller"]


def test_import_writes_a_json_report(tmp_path: Path) -> None:
    source = tmp_path / "shop.uml"
    source.write_bytes(SMALL)
    report = tmp_path / "report.json"
    assert main(["convert", str(source), str(tmp_path / "o.ucd"), "--report", str(report)]) == 0
    content = json.loads(report.read_text())
    assert content["counts"]["actor"] == 2
    assert content["dropped"][0]["xid"] == "x"


@pytest.mark.parametrize("dialect", ["eclipse", "omg", "ea"])
def test_export_and_back(tmp_path: Path, dialect: str) -> None:
    document = Document("Shop")
    document.add(Actor(id="a", name="Buyer"), UseCase(id="u", name="Buy"))
    document.add(Association(id="x", source="a", target="u"))
    save(document, tmp_path / "shop.ucd")
    assert (
        main(
            [
                "convert",
                str(tmp_path / "shop.ucd"),
                str(tmp_path / "shop.xmi"),
                "--dialect",
                dialect,
            ]
        )
        == 0
    )
    assert main(["convert", str(tmp_path / "shop.xmi"), str(tmp_path / "back.ucd")]) == 0
    assert (tmp_path / "back.ucd").read_bytes() == (tmp_path / "shop.ucd").read_bytes()


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["a.txt", "b.ucd"], "cannot convert"),
        (["a.ucd", "b.ucd"], "cannot convert"),
        (["a.xmi", "b.ucd", "--dialect", "omg"], "--dialect applies to exports"),
        (["a.xmi", "b.ucd", "--dialect", "rose"], "invalid choice"),
        (["missing.xmi", "b.ucd"], "no such file"),
        (["missing.ucd", "b.xmi"], "no such file"),
    ],
)
def test_errors_are_one_line_exit_2(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    words: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["convert", *args]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("ucdesigner: error: ") and words in err[0]
