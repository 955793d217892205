"""The export actions, dialog and clipboard, on the real main window (they install
through ``app/extensions.py``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from ucdesigner.app import export_actions
from ucdesigner.app.export_dialog import ExportDialog
from ucdesigner.app.export_prefs import ExportPrefs, load_prefs, prefs_path, save_prefs
from ucdesigner.app.extensions import INSTALLERS
from ucdesigner.io.native import load, save

from .helpers import png_dpi, png_header, support_document, svg_root, svg_text


@pytest.fixture(autouse=True)
def config_home(tmp_path, monkeypatch) -> Path:
    home = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def empty_clipboard_afterwards(qapp):
    yield
    # Qt's offscreen platform crashes at exit when the clipboard still holds a
    # QMimeData (the xcb platform does not; checked under Xvfb).
    QGuiApplication.clipboard().clear()


@pytest.fixture
def window(tmp_path, monkeypatch, make_window):
    monkeypatch.setenv("UCDESIGNER_CONFIG_DIR", str(tmp_path / "editor-config"))
    path = tmp_path / "doc.ucd"
    save(support_document(), path)
    return make_window(load(path), path)


def status(window) -> str:
    return window.statusBar().currentMessage()


def action(window, menu: str, text: str):
    (found,) = [a for a in window.menu(menu).actions() if a.text() == text]
    return found


def test_install_is_registered_and_adds_the_menu_entries(window) -> None:
    assert "ucdesigner.app.export_actions:install" in INSTALLERS
    file_texts = [a.text() for a in window.menu("file").actions() if not a.isSeparator()]
    start = file_texts.index("Export Diagram…")
    assert file_texts[start : start + 3] == [
        "Export Diagram…",
        "Export All Diagrams…",
        "Export Selection…",
    ]
    assert file_texts.index("&Save") < start < file_texts.index("&Quit")  # above Close and Quit
    copy = action(window, "edit", "Copy as Image")
    assert copy.shortcut().toString() == "Ctrl+Shift+C"


def test_copy_as_image_puts_png_and_svg_of_the_diagram_on_the_clipboard(window) -> None:
    QGuiApplication.clipboard().clear()
    action(window, "edit", "Copy as Image").trigger()
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasImage()
    png = bytes(mime.data("image/png"))
    svg = bytes(mime.data("image/svg+xml"))
    assert png_header(png)["width"] > 1000 and png_dpi(png) == pytest.approx(192, abs=0.1)
    assert "Customer" in svg_text(svg)
    assert status(window) == "Copied the diagram as a picture."


def test_copy_as_image_copies_only_the_selection(window) -> None:
    window.current_scene().select_ids(["ret", "ver", "r2"])
    assert sorted(window.current_scene().selected_ids()) == ["r2", "ret", "ver"]
    mime = export_actions.image_mime_data(window)
    text = svg_text(bytes(mime.data("image/svg+xml")))
    assert "Verify" in text and "Customer" not in text
    export_actions.copy_as_image(window)
    assert status(window) == "Copied the selection as a picture."


def test_dialog_exports_and_remembers_its_settings(qtbot, window, tmp_path, config_home) -> None:
    dialog = ExportDialog(window.document, "main", [], window.path, prefs=ExportPrefs())
    qtbot.addWidget(dialog)
    assert dialog.preview.pixmap() is not None and not dialog.preview.pixmap().isNull()
    assert Path(dialog.path_edit.text()) == tmp_path / "Returns- main-flow.png"
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("svg"))
    assert dialog.path_edit.text().endswith("Returns- main-flow.svg")
    dialog.margin_box.setValue(40)
    dialog.background_box.setCurrentIndex(dialog.background_box.findData("transparent"))
    results = dialog.export()
    assert [r.path.name for r in results] == ["Returns- main-flow.svg"]
    assert svg_root(results[0].path.read_bytes()).get("viewBox")
    # One preferences file for the whole application, in UCDESIGNER_CONFIG_DIR.
    assert prefs_path() == tmp_path / "editor-config" / "preferences.json"
    saved = json.loads(prefs_path().read_text())["export"]
    assert (
        saved["format"] == "svg" and saved["margin"] == 40 and saved["background"] == "transparent"
    )
    again = ExportDialog(window.document, "main", [], window.path)
    qtbot.addWidget(again)
    assert again.format_box.currentData() == "svg" and again.margin_box.value() == 40


def test_dialog_preview_follows_the_options(qtbot, window) -> None:
    dialog = ExportDialog(window.document, "main", ["ret", "ver"], window.path, prefs=ExportPrefs())
    qtbot.addWidget(dialog)
    whole = dialog.preview.pixmap().width()
    dialog.scope_buttons["selection"].setChecked(True)
    qtbot.waitUntil(lambda: dialog.preview.pixmap().width() != whole, timeout=2000)
    assert dialog.preview.pixmap().width() < whole
    assert "(selection)" in dialog.path_edit.text()
    assert not dialog.on_save_box.isEnabled()


def test_selection_scope_is_off_without_a_selection(qtbot, window) -> None:
    dialog = ExportDialog(window.document, "main", [], window.path, scope="selection")
    qtbot.addWidget(dialog)
    assert dialog.scope == "diagram"
    assert not dialog.scope_buttons["selection"].isEnabled()


def test_export_all_from_the_dialog(qtbot, window, tmp_path) -> None:
    dialog = ExportDialog(
        window.document, "main", [], window.path, scope="all", prefs=ExportPrefs()
    )
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path / "all"))
    results = dialog.export()
    assert [r.path.parent for r in results] == [tmp_path / "all"]


def test_export_on_save_is_stored_relative_and_runs_on_save(qtbot, window, tmp_path) -> None:
    dialog = ExportDialog(window.document, "main", [], window.path, prefs=ExportPrefs())
    qtbot.addWidget(dialog)
    (tmp_path / "slides").mkdir()
    dialog.path_edit.setText(str(tmp_path / "slides" / "main.png"))
    dialog._path_touched = True
    dialog.on_save_box.setChecked(True)
    dialog.export()
    (target,) = window.document.settings.export_on_save
    assert target.path == "slides/main.png" and target.diagram == "main"
    picture = tmp_path / "slides" / "main.png"
    picture.unlink()
    window.document.update("ver", name="Check Receipt")
    assert window.save()
    assert picture.exists()
    assert status(window) == "Saved; 1 picture updated."


def test_export_on_save_failure_is_reported_not_raised(window, tmp_path) -> None:
    from ucdesigner.model.settings import ExportTarget

    window.document.set_info(
        settings=window.document.settings.model_copy(
            update={"export_on_save": (ExportTarget(path="no/such/dir/x.png", diagram="main"),)}
        )
    )
    assert window.save()
    assert status(window).startswith("Export on save failed: no/such/dir/x.png:")


def test_prefs_survive_a_damaged_file(config_home) -> None:
    prefs_path().parent.mkdir(parents=True)
    prefs_path().write_text("{not json")
    assert load_prefs() == ExportPrefs()
    prefs_path().write_text(json.dumps({"export": {"format": "gif", "scale": 3, "margin": "x"}}))
    assert load_prefs() == ExportPrefs(scale=3.0)
    save_prefs(ExportPrefs(format="pdf"))
    assert load_prefs().format == "pdf"


def test_dialog_frame_box_overrides_the_diagram_setting(qtbot, window, tmp_path) -> None:
    dialog = ExportDialog(window.document, "main", [], window.path, prefs=ExportPrefs())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("svg"))
    assert dialog.frame_box.checkState() == Qt.CheckState.PartiallyChecked
    assert dialog.options().frame is None  # as the diagram says (off)
    assert "[Returns: main/flow]" not in dialog.export()[0].path.read_text(encoding="utf-8")
    qtbot.mouseClick(dialog.frame_box, Qt.MouseButton.LeftButton)  # partly -> ticked
    assert dialog.options().frame is True
    assert "[Returns: main/flow]" in dialog.export()[0].path.read_text(encoding="utf-8")
