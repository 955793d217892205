"""File > Import XMI and Export XMI on the real main window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ucdesigner.app import xmi_actions, xmi_dialogs
from ucdesigner.io.imports import read_model_file
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


def test_import_beside_changed_work_opens_a_new_window(make_window, xmi_file, monkeypatch) -> None:
    """As Open does: a window holding a document keeps it; the import gets a window of
    its own, and nothing asks to save or replaces the work."""
    from ucdesigner.app import windows

    window = make_window(load(EXAMPLES / "online-shop-intent.ucd"))
    window.undo_stack.resetClean()
    before = window.document.to_data()
    others_before = set(map(id, windows.open_windows()))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(xmi_file), ""))
    monkeypatch.setattr(xmi_dialogs, "show_report", lambda parent, report: None)
    monkeypatch.setattr(window, "ask_to_save", lambda: pytest.fail("nothing is replaced"))
    assert xmi_actions.import_into(window)
    (other,) = [w for w in windows.open_windows() if id(w) not in others_before]
    try:
        assert window.document.to_data() == before and not window.undo_stack.isClean()
        assert other.document.to_data() == read_xmi(xmi_file).data and other.path is None
    finally:
        other.undo_stack.setClean()
        other.close()


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


DRAWING = """<mxfile><diagram name="Shop"><mxGraphModel><root>
<mxCell id="0"/><mxCell id="1" parent="0"/>
<mxCell id="a" value="Customer" style="shape=umlActor;" vertex="1" parent="1">
<mxGeometry x="20" y="40" width="30" height="60" as="geometry"/></mxCell>
<mxCell id="u" value="Buy" style="ellipse;" vertex="1" parent="1">
<mxGeometry x="200" y="40" width="140" height="60" as="geometry"/></mxCell>
<mxCell id="e" style="endArrow=none;" edge="1" parent="1" source="a" target="u">
<mxGeometry relative="1" as="geometry"/></mxCell>
</root></mxGraphModel></diagram></mxfile>"""


def drop(window, path: Path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    window.dropEvent(
        QDropEvent(
            QPointF(10, 10),
            Qt.DropAction.CopyAction,
            data,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    )


def test_a_drawing_dropped_on_the_window_is_imported(make_window, tmp_path, qtbot, monkeypatch):
    window = make_window()
    path = tmp_path / "shop.drawio"
    path.write_text(DRAWING, encoding="utf-8")
    shown = []
    monkeypatch.setattr(xmi_dialogs, "show_report", lambda parent, report: shown.append(report))
    drop(window, path)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    names = {e.name for e in window.document.to_data().elements}
    assert names == {"Customer", "Buy"}
    assert shown[0].dialect == "draw.io drawing"
    assert window.path is None and not window.undo_stack.isClean()


def test_a_bad_archive_dropped_on_the_window_gives_a_message(
    make_window, tmp_path, qtbot, monkeypatch
):
    window = make_window(load(EXAMPLES / "post-purchase-support.ucd"))
    before = window.document.to_data()
    path = tmp_path / "evil.zargo"
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("../evil.xmi", "<x/>")
    path.write_bytes(buffer.getvalue())
    errors = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: errors.append(text))
    drop(window, path)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert "points outside the archive" in errors[0]
    assert window.document.to_data() == before


def test_the_open_dialog_lists_every_format() -> None:
    text = xmi_dialogs.import_filter()
    for pattern in ("*.mdzip", "*.zargo", "*.zuml", "*.mdj", "*.drawio", "*.drawio.png", "*.xmi"):
        assert pattern in text
    assert "draw.io drawings (" in text and "StarUML projects (" in text


def test_export_staruml_writes_a_project_that_imports_back(make_window, tmp_path, monkeypatch):
    window = make_window(load(EXAMPLES / "post-purchase-support.ucd"))
    target = tmp_path / "support"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert "Export &StarUML…" in file_actions(window)
    next(a for a in window.menu("file").actions() if a.text() == "Export &StarUML…").trigger()
    written = tmp_path / "support.mdj"
    names = {e.name for e in read_model_file(written).data.elements}
    assert names == {e.name for e in window.document.to_data().elements}


def test_file_open_imports_another_tools_file(make_window, tmp_path, monkeypatch) -> None:
    window = make_window()
    path = tmp_path / "shop.drawio"
    path.write_text(DRAWING, encoding="utf-8")
    filters = []

    def choose(parent, title, folder, filter_text, *rest):
        filters.append(filter_text)
        return (str(path), "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    monkeypatch.setattr(xmi_dialogs, "show_report", lambda parent, report: None)
    window.actions_by_name["open"].trigger()
    assert "*.mdzip" in filters[0] and "*.drawio" in filters[0]
    assert {e.name for e in window.document.to_data().elements} == {"Customer", "Buy"}
    assert window.path is None  # imported: saving asks for a .ucd name


def test_a_drawing_given_on_the_command_line_is_imported(tmp_path, qtbot, monkeypatch) -> None:
    from ucdesigner.app.main_window import MainWindow

    path = tmp_path / "shop.drawio"
    path.write_text(DRAWING, encoding="utf-8")
    monkeypatch.setattr(xmi_dialogs, "show_report", lambda parent, report: None)
    window = MainWindow.open_file(str(path))
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(
            lambda: {e.name for e in window.document.to_data().elements} == {"Customer", "Buy"},
            timeout=5000,
        )
        assert window.path is None
    finally:
        window.undo_stack.setClean()
        window.close()
