"""Issue 15, point 1: export-on-save targets come from the document, which someone
else may have written; they can never make Save write outside the document's folder,
and a document that arrives with targets asks before the first save writes them."""

from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QMessageBox

from ucdesigner.io.native import load, save
from ucdesigner.io.render import ExportError, export_on_save, target_path
from ucdesigner.io.xmi import dumps_xmi, read_xmi_bytes
from ucdesigner.model.settings import ExportTarget

from ..export.helpers import support_document
from ..gui.conftest import answer_dialog


def with_targets(document, *paths: str):
    targets = tuple(ExportTarget(path=p, diagram="main") for p in paths)
    document.set_info(settings=document.settings.model_copy(update={"export_on_save": targets}))
    return document


@pytest.mark.parametrize(
    "hostile",
    ["../victim.docx", "../../victim.docx", "/tmp/victim.docx", "~/victim.docx", "a/../../v.png"],
)
def test_a_target_outside_the_folder_is_refused(tmp_path, hostile) -> None:
    folder = tmp_path / "work" / "inbox"
    folder.mkdir(parents=True)
    with pytest.raises(ExportError, match="not inside the document's folder"):
        target_path(ExportTarget(path=hostile), folder / "doc.ucd")


def test_a_symbolic_link_out_of_the_folder_is_refused(tmp_path) -> None:
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "inbox").mkdir()
    os.symlink(tmp_path / "elsewhere", tmp_path / "inbox" / "pictures")
    with pytest.raises(ExportError):
        target_path(ExportTarget(path="pictures/x.png"), tmp_path / "inbox" / "doc.ucd")
    inside = target_path(ExportTarget(path="sub/x.png"), tmp_path / "inbox" / "doc.ucd")
    assert inside == (tmp_path / "inbox" / "sub" / "x.png").resolve()


def test_saving_a_received_document_never_touches_files_elsewhere(tmp_path) -> None:
    (tmp_path / "inbox").mkdir()
    victim = tmp_path / "report.docx"
    victim.write_bytes(b"the user's own report")
    document = with_targets(support_document(), "../report.docx", str(victim), "ok.svg")
    written, failed = export_on_save(document, tmp_path / "inbox" / "doc.ucd")
    assert victim.read_bytes() == b"the user's own report"
    assert [r.path.name for r in written] == ["ok.svg"]
    assert len(failed) == 2 and all("not inside the document's folder" in f for f in failed)


def test_xmi_import_never_carries_export_on_save_targets(tmp_path) -> None:
    document = with_targets(support_document(), "pictures/main.png")
    raw = dumps_xmi(document)
    assert b"pictures/main.png" not in raw  # not exported either
    hostile = raw.replace(
        b'"document":{}',
        b'"document":{"settings":{"export_on_save":[{"path":"../../victim.png"}]}}',
        1,
    )
    assert hostile != raw
    result = read_xmi_bytes(hostile, "sent.xmi")
    assert result.data.settings.export_on_save == ()
    assert any("export on save" in entry.what for entry in result.report.dropped)


@pytest.fixture
def received(tmp_path, monkeypatch):
    """A .ucd file someone sent, with one target inside its folder and one outside."""
    monkeypatch.setenv("UCDESIGNER_CONFIG_DIR", str(tmp_path / "config"))
    (tmp_path / "inbox").mkdir()
    path = tmp_path / "inbox" / "sent.ucd"
    save(with_targets(support_document(), "main.png", "../victim.png"), path)
    (tmp_path / "victim.png").write_bytes(b"keep me")
    return path


def test_a_received_document_asks_before_its_first_save_writes(
    qtbot, make_window, received
) -> None:
    window = make_window(load(received), received)
    said: list[str] = []
    answer_dialog(QMessageBox.StandardButton.No, said)
    assert window.save()
    assert "main.png" in said[0] and "never written" in said[0]
    assert not (received.parent / "main.png").exists()
    assert (received.parent.parent / "victim.png").read_bytes() == b"keep me"
    assert window.save()  # asked once: the second save does not ask again
    assert not (received.parent / "main.png").exists()


def test_allowing_writes_inside_only_and_is_remembered(qtbot, make_window, received) -> None:
    window = make_window(load(received), received)
    answer_dialog(QMessageBox.StandardButton.Yes)
    assert window.save()
    assert (received.parent / "main.png").exists()
    assert (received.parent.parent / "victim.png").read_bytes() == b"keep me"
    assert "not inside the document's folder" in window.statusBar().currentMessage()
    (received.parent / "main.png").unlink()
    again = make_window(load(received), received)  # the same file, reopened: no question
    assert again.save()
    assert (received.parent / "main.png").exists()
