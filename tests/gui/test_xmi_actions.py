"""File > Import XMI and Export XMI on the real main window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ucdesigner.app import xmi_actions, xmi_dialogs
from ucdesigner.io.native import load
from ucdesigner.io.xmi import read_xmi, write_xmi

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"


def file_actions(window) -> list[str]:
    return [a.text() for a in window.menu("file").actions() if not a.isSeparator()]


def test_import_and_export_are_in_the_file_menu_above_quit(make_window) -> None:
    texts = file_actions(make_window())
    assert texts.index("&Import…") < texts.index("&Quit")
    assert texts.index("Export &XMI…") == texts.index("&Import…") + 1


@pytest.fixture
def xmi_file(tmp_path) -> Path:
    path = tmp_path / "support.uml"
    write_xmi(load(EXAMPLES / "post-purchase-support.ucd"), path)
    return path


def test_import_opens_the_model_as_unsaved_work(make_window, xmi_file, monkeypatch) -> None:
    window = make_window()
    shown = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(xmi_file), ""))
    monkeypatch.setattr(xmi_dialogs, "show_report", lambda parent, report: shown.append(report))
    assert xmi_actions.import_into(window)
    assert window.document.to_data() == read_xmi(xmi_file).data
    assert window.path is None and not window.undo_stack.isClean()  # closing asks to save it
    assert shown and "Imported" in window.statusBar().currentMessage()


def test_import_asks_to_save_the_current_changes_first(make_window, xmi_file, monkeypatch) -> None:
    window = make_window(load(EXAMPLES / "online-shop-intent.ucd"))
    window.undo_stack.resetClean()
    before = window.document.to_data()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(xmi_file), ""))
    monkeypatch.setattr(xmi_dialogs, "show_report", lambda parent, report: None)
    monkeypatch.setattr(window, "ask_to_save", lambda: QMessageBox.StandardButton.Cancel)
    assert not xmi_actions.import_into(window)
    assert window.document.to_data() == before  # cancelled: nothing replaced


def test_a_bad_file_leaves_the_open_document_untouched(make_window, tmp_path, monkeypatch) -> None:
    window = make_window(load(EXAMPLES / "post-purchase-support.ucd"))
    before = window.document.to_data()
    bad = tmp_path / "renamed.xmi"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    errors = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: errors.append(text))
    assert not xmi_actions.import_into(window)
    assert errors and "a PNG picture" in errors[0]
    assert window.document.to_data() == before
