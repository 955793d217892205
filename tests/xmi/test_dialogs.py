"""The import report dialog and the File > Import/Export XMI functions (offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ucdesigner.app import xmi_dialogs
from ucdesigner.app.xmi_dialogs import ImportReportDialog, export_xmi, import_xmi
from ucdesigner.io.xmi import read_xmi, read_xmi_bytes
from ucdesigner.model import Actor, Document, UseCase

SAMPLE = b"""<xmi:XMI xmi:version="2.1" xmlns:xmi="http://schema.omg.org/spec/XMI/2.1"
  xmlns:uml="http://schema.omg.org/spec/UML/2.1"><uml:Model xmi:id="m" name="Shop">
  <packagedElement xmi:type="uml:Actor" xmi:id="a" name="Buyer"/>
  <packagedElement xmi:type="uml:Actor" xmi:id="b" name="Seller"/>
  <packagedElement xmi:type="uml:UseCase" xmi:id="u" name="Buy"/>
  <packagedElement xmi:type="uml:Dependency" xmi:id="d" client="u" supplier="u2"
    name="&lt;&lt;include&gt;&gt;"/>
  <packagedElement xmi:type="uml:UseCase" xmi:id="u2" name="Pay"/>
  <packagedElement xmi:type="uml:Association" xmi:id="x" memberEnd="e1 e2">
    <ownedEnd xmi:id="e1" type="a"/><ownedEnd xmi:id="e2" type="b"/></packagedElement>
</uml:Model></xmi:XMI>"""


def test_report_dialog_shows_counts_mapped_dropped_and_copies(qtbot) -> None:
    report = read_xmi_bytes(SAMPLE, "shop.xmi").report
    dialog = ImportReportDialog(report)
    qtbot.addWidget(dialog)
    table = dialog.counts
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Actors"] == "2" and rows["Use cases"] == "2" and rows["Includes"] == "1"
    dropped = dialog.dropped.topLevelItem(0)
    assert "association joins an actor and a use case" in dropped.text(1)
    assert dialog.mapped.topLevelItemCount() == 1
    assert "1 not imported" in dialog.summary.text()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == report.text()


def test_import_xmi_returns_the_document_and_shows_the_report(
    qtbot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "shop.xmi"
    path.write_bytes(SAMPLE)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    shown = []
    monkeypatch.setattr(xmi_dialogs, "show_report", lambda parent, report: shown.append(report))
    result = import_xmi(None)
    assert result is not None
    document, report = result
    assert sorted(e.name for e in document.nodes()) == ["Buy", "Buyer", "Pay", "Seller"]
    assert shown == [report]


def test_import_of_a_bad_file_shows_the_problem_and_returns_none(
    qtbot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "picture.xmi"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(40))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    errors = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, text: errors.append((title, text))
    )
    assert import_xmi(None) is None
    assert errors and "PNG picture" in errors[0][1]


def test_import_cancelled(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    assert import_xmi(None) is None


@pytest.mark.parametrize("dialect", ["eclipse", "omg", "ea"])
def test_export_with_the_chosen_dialect(
    qtbot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialect: str,
) -> None:
    document = Document("Shop")
    document.add(Actor(id="a", name="Buyer"), UseCase(id="u", name="Buy"))
    chosen = next(f for f, d in xmi_dialogs.export_filters().items() if d == dialect)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "out"), chosen)
    )
    assert export_xmi(None, document) is True
    written = tmp_path / ("out.uml" if dialect == "eclipse" else "out.xmi")
    assert written.is_file()
    assert read_xmi(written).data == document.to_data()
