"""Edit > Settings…: every setting applies at once to every open window and persists in
the one preferences file; the About box."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from ucdesigner import __version__
from ucdesigner.app import settings_apply
from ucdesigner.app.about import AboutDialog
from ucdesigner.app.preferences import Preferences, config_dir, preferences_path
from ucdesigner.app.settings_dialog import SettingsDialog
from ucdesigner.model import Actor, DiagramInfo, Document, Shape

from .conftest import Mouse


def document() -> Document:
    d = Document("Shop")
    d.add(Actor(id="a", name="Customer"))
    d.add_diagram(DiagramInfo(id="d", name="Main"))
    d.add_shapes("d", [Shape(element="a", x=0, y=0, width=48, height=84)])
    return d


@pytest.fixture
def dialog(make_window, qtbot):
    window = make_window(document())
    found = settings_apply.open_settings(window)
    qtbot.waitExposed(found)
    yield found
    found.close()


def saved() -> dict:
    return json.loads(preferences_path().read_text("utf-8"))


def type_number(box, value: int | float) -> None:
    box.setFocus()
    box.selectAll()
    QTest.keyClicks(box, f"{value:g}")
    QTest.keyClick(box, Qt.Key.Key_Return)


def test_the_preferences_shortcut_opens_the_dialog_from_the_edit_menu(make_window, qtbot) -> None:
    window = make_window(document())
    action = window.actions_by_name["settings"]
    assert action in window.menu("edit").actions()
    assert action.menuRole() == action.MenuRole.PreferencesRole
    assert action.shortcut() == settings_apply.preferences_shortcuts()[0]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.current_view().setFocus()
    QTest.keySequence(window.current_view(), action.shortcut())
    shown = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, SettingsDialog) and w.isVisible()
    ]
    assert shown and shown[0].isVisible()
    assert settings_apply.open_settings(window) is shown[0]  # one dialog, raised again
    shown[0].close()


def test_grid_size_applies_to_every_window_and_persists(dialog, make_window) -> None:
    first = dialog.parent()
    second = make_window(document())
    type_number(dialog.grid_box, 25)
    for window in (first, second):
        assert all(view.grid_size == 25 for view in window.tabs.views())
    assert saved()["grid_size"] == 25
    third = make_window(document())
    assert third.current_view().grid_size == 25
    assert dialog.isVisible()  # Enter in a field applies it; it does not close the dialog


def test_snap_and_grid_checkboxes_follow_the_view_menu_both_ways(dialog, make_window) -> None:
    window = make_window(document())
    QTest.keyClick(dialog.snap_box, Qt.Key.Key_Space)
    assert not window.actions_by_name["snap"].isChecked()
    assert not window.current_view().snap_enabled
    assert saved()["snap_to_grid"] is False
    window.actions_by_name["show_grid"].trigger()  # from the View menu
    assert not dialog.show_grid_box.isChecked()
    assert saved()["show_grid"] is False


def test_autosave_and_backup_settings_persist_within_their_ranges(dialog, qtbot) -> None:
    heard = []
    settings_apply.notifier().changed.connect(lambda prefs: heard.append(prefs.autosave_seconds))
    type_number(dialog.autosave_box, 300)
    assert saved()["autosave_seconds"] == 300 and heard[-1] == 300
    from ucdesigner.app.autosave import Autosave

    timer = dialog.parent().findChild(Autosave).timer
    assert timer.interval() == 300_000  # the open window's autosave follows at once
    type_number(dialog.autosave_box, 5)  # below the range: the box keeps the last value
    assert saved()["autosave_seconds"] == 300 and dialog.autosave_box.value() == 300
    type_number(dialog.changes_box, 7)
    assert saved()["autosave_changes"] == 7
    QTest.keyClick(dialog.backup_box, Qt.Key.Key_Space)
    assert saved()["keep_backup"] is False
    assert Preferences.load().autosave_changes == 7


def test_new_actors_use_the_chosen_notation_in_open_windows(dialog, make_window) -> None:
    window = make_window(document())
    dialog.notation_box.setCurrentIndex(dialog.notation_box.findData("box"))
    dialog.notation_box.activated.emit(dialog.notation_box.currentIndex())
    assert saved()["actor_notation"] == "box"
    view = window.current_view()
    view.set_tool("actor")
    Mouse(view).click((400, 300))
    actor_id = view.diagram_scene.selected_ids()[0]
    shape = window.document.shape(view.diagram_id, actor_id)
    assert shape.style.notation == "box" and shape.width > shape.height
    assert view.diagram_scene.node_item(actor_id).notation == "box"
    # The actor that was there is drawn as before.
    assert window.document.shape("d", "a").style.notation is None
    assert view.diagram_scene.node_item("a").notation == "stick"
    # Renaming the new actor keeps its box size (it is sized in its own notation).
    QTest.keyClicks(view.inline_editor, "Warehouse Clerk")
    QTest.keyClick(view.inline_editor, Qt.Key.Key_Return)
    renamed = window.document.shape(view.diagram_id, actor_id)
    assert renamed.height == shape.height


def test_export_defaults_are_the_export_dialog_and_copy_as_image_settings(dialog, make_window):
    from ucdesigner.app import export_actions
    from ucdesigner.app.export_dialog import ExportDialog

    window = make_window(document())
    type_number(dialog.scale_box, 3)
    dialog.background_box.setCurrentIndex(dialog.background_box.findData("transparent"))
    dialog.background_box.activated.emit(1)
    assert saved()["export"]["scale"] == 3.0 and saved()["export"]["background"] == "transparent"
    assert "288 dpi" in dialog.dpi_label.text()
    export = ExportDialog(window.document, "d", [], None)
    assert export.scale_box.value() == 3.0 and export.background_box.currentData() == "transparent"
    export.deleteLater()
    mime = export_actions.image_mime_data(window)
    from PySide6.QtGui import QImage

    image = QImage.fromData(bytes(mime.data("image/png")), "PNG")
    assert image.hasAlphaChannel() and image.pixelColor(0, 0).alpha() == 0
    from ucdesigner.io.render import ExportOptions, render_png

    plain = render_png(window.document, "d", ExportOptions(format="png", scale=1.0))
    assert image.width() == pytest.approx(plain.width * 3, abs=2)


def test_restore_defaults_keeps_the_recent_files(dialog) -> None:
    prefs = Preferences.shared()
    prefs.add_recent(config_dir() / "x.ucd")
    type_number(dialog.grid_box, 40)
    dialog.findChild(QDialogButtonBox).button(
        QDialogButtonBox.StandardButton.RestoreDefaults
    ).click()
    assert dialog.grid_box.value() == 10 and saved()["grid_size"] == 10
    assert saved()["recent_files"] == [str((config_dir() / "x.ucd").resolve())]


def test_windows_share_one_preferences_object(make_window) -> None:
    first, second = make_window(document()), make_window(document())
    assert first.preferences is second.preferences
    second.actions_by_name["snap"].setChecked(False)
    first.preferences.add_recent(config_dir() / "y.ucd")
    first.preferences.save()  # a save from the other window keeps the snap setting
    assert saved()["snap_to_grid"] is False and first.actions_by_name["snap"].isChecked() is False


def test_the_export_settings_of_older_versions_are_carried_over(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("UCDESIGNER_CONFIG_DIR", str(tmp_path / "old"))
    config_dir().mkdir(parents=True)
    (config_dir() / "export.json").write_text(json.dumps({"format": "svg", "scale": 4}))
    prefs = Preferences.load()
    assert prefs.export.format == "svg" and prefs.export.scale == 4.0


def test_keys_of_the_settings_are_all_saved(dialog) -> None:
    dialog.appearance_box.setCurrentIndex(0)
    type_number(dialog.grid_box, 12)
    assert set(saved()) >= {
        "grid_size",
        "snap_to_grid",
        "show_grid",
        "autosave_seconds",
        "autosave_changes",
        "keep_backup",
        "actor_notation",
        "appearance",
        "export",
        "recent_files",
    }


# ---------------------------------------------------------------------------- about


def test_the_about_box_names_version_licence_and_what_it_runs_on(make_window, qtbot) -> None:
    window = make_window(document())
    about = AboutDialog(window)
    qtbot.addWidget(about)
    text = " ".join(label.text() for label in about.findChildren(QLabel))
    from PySide6 import __version__ as pyside
    from PySide6.QtCore import qVersion

    assert f"ucdesigner {__version__}" in text
    assert "GPL-3.0-or-later" in text and "version 3 or later" in text
    assert qVersion() in text and pyside in text
    assert "README" in text and "href=" in text
    icon = about.findChild(QLabel, "aboutIcon").pixmap()
    assert not icon.isNull() and icon.width() >= 96
    about.copy_versions()
    assert QApplication.clipboard().text().startswith(f"ucdesigner: {__version__}\n")


def test_help_about_opens_the_about_box(make_window, qtbot) -> None:
    from PySide6.QtCore import QTimer

    window = make_window(document())
    seen = []

    def close() -> None:
        box = QApplication.activeModalWidget()
        seen.append(type(box).__name__)
        box.reject()

    QTimer.singleShot(50, close)
    window.actions_by_name["about"].trigger()
    assert seen == ["AboutDialog"]


def test_no_shortcut_is_taken_twice(make_window) -> None:
    window = make_window(document())
    owners: dict[str, str] = {}
    for action in window.findChildren(type(window.actions_by_name["about"])):
        for key in {k.toString() for k in action.shortcuts()}:
            text = QKeySequence(key).toString(QKeySequence.SequenceFormat.PortableText)
            assert text not in owners, f"{text}: {owners.get(text)} and {action.text()}"
            owners[text] = action.text()


def test_the_backup_setting_decides_whether_saving_keeps_a_bak(dialog, tmp_path) -> None:
    window = dialog.parent()
    path = tmp_path / "shop.ucd"

    def rename_and_save(name: str) -> None:
        window.undo_stack.run("rename", lambda d: d.update("a", name=name))
        assert window.save_to(path)

    assert window.save_to(path)
    rename_and_save("Buyer")
    assert (tmp_path / "shop.ucd.bak").is_file()  # on by default
    (tmp_path / "shop.ucd.bak").unlink()
    QTest.keyClick(dialog.backup_box, Qt.Key.Key_Space)
    rename_and_save("Shopper")
    assert not (tmp_path / "shop.ucd.bak").exists()
