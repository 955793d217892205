"""Controls that did nothing or crashed when a user clicked or pressed them (issue 18),
each driven through the real button or key."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton

from ucdesigner.io.native import load

EXAMPLE = (
    Path(__file__).resolve().parents[2] / "resources" / "examples" / "post-purchase-support.ucd"
)
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def save_dialog_answers(monkeypatch, path: Path) -> list[str]:
    """Qt's save dialog answers ``path``; returns the captions it was asked with."""
    asked: list[str] = []

    def answer(parent=None, caption="", *args, **kwargs):
        asked.append(caption)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return asked


def focus_canvas(window, qtbot) -> None:
    """Make ``window`` the active window with the keyboard on its canvas, as after a
    click on it."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.current_view().setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.current_view())


def test_the_coverage_export_button_writes_the_csv(make_window, tmp_path, monkeypatch):
    target = tmp_path / "coverage.csv"
    save_dialog_answers(monkeypatch, target)
    window = make_window(load(EXAMPLE), EXAMPLE)
    window.findChild(QAction, "action_coverage").trigger()
    button = window.findChild(QPushButton, "coverageExport")
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert target.read_text(encoding="utf-8-sig").startswith("Stage,")


def test_ctrl_shift_s_saves_as(make_window, tmp_path, monkeypatch, qtbot):
    copy = tmp_path / "model.ucd"
    shutil.copy(EXAMPLE, copy)
    target = tmp_path / "other.ucd"
    asked = save_dialog_answers(monkeypatch, target)
    window = make_window(load(copy), copy)
    focus_canvas(window, qtbot)
    QTest.keyClick(window.current_view(), Qt.Key.Key_S, CTRL | SHIFT)
    assert asked == ["Save As"]
    assert load(target).name == load(copy).name
    assert window.path == target


def test_ctrl_y_redoes_where_the_standard_redo_is_ctrl_shift_z(make_window, monkeypatch, qtbot):
    """Linux desktops name only Ctrl+Shift+Z as Redo; Ctrl+Y, which the README lists,
    redoes as well."""
    standard = QKeySequence.keyBindings

    def linux_bindings(key):
        if key == QKeySequence.StandardKey.Redo:
            return [QKeySequence("Ctrl+Shift+Z")]
        return standard(key)

    monkeypatch.setattr(QKeySequence, "keyBindings", staticmethod(linux_bindings))
    window = make_window(load(EXAMPLE), EXAMPLE)
    focus_canvas(window, qtbot)
    view = window.current_view()
    view.diagram_scene.select_ids([view.diagram_scene.node_items()[0].element_id])
    QTest.keyClick(view, Qt.Key.Key_Right)  # moves the selection: one command
    assert window.undo_stack.index() == 1
    QTest.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert window.undo_stack.index() == 0
    QTest.keyClick(view, Qt.Key.Key_Y, CTRL)
    assert window.undo_stack.index() == 1
    QTest.keyClick(view, Qt.Key.Key_Z, CTRL)
    QTest.keyClick(view, Qt.Key.Key_Z, CTRL | SHIFT)
    assert window.undo_stack.index() == 1
    QApplication.processEvents()


def test_a_drop_from_the_model_browser_centres_the_shape_on_the_pointer(make_window):
    """As a palette drop does: a use case dropped near a boundary's edge lands inside."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDropEvent

    from ucdesigner.model import DiagramInfo, Document, UseCase

    document = Document("Shop")
    document.add(UseCase(id="u", name="Track Order"), UseCase(id="v", name="Pay"))
    document.add_diagram(DiagramInfo(id="d", name="Main"))
    window = make_window(document)
    view = window.current_view()
    items = [window.browser._items[i][0] for i in ("u", "v")]
    pointer = QPointF(400, 300)
    data = window.browser.mimeData(items)  # kept: the event does not own it
    view.dropEvent(
        QDropEvent(
            QPointF(view.mapFromScene(pointer)),
            Qt.DropAction.CopyAction,
            data,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    )
    first = document.shape("d", "u")
    second = document.shape("d", "v")
    row_left, row_right = first.x, second.x + second.width
    assert abs((row_left + row_right) / 2 - pointer.x()) <= view.grid_size
    assert abs(first.y + first.height / 2 - pointer.y()) <= view.grid_size


def test_undo_and_redo_buttons_keep_their_width_and_tell_the_change_in_a_tooltip(make_window):
    from PySide6.QtWidgets import QToolBar

    window = make_window(load(EXAMPLE), EXAMPLE)
    toolbar = window.findChild(QToolBar, "mainToolbar")
    undo = next(a for a in toolbar.actions() if a.text() == "Undo")
    redo = next(a for a in toolbar.actions() if a.text() == "Redo")
    buttons = [toolbar.widgetForAction(a) for a in (undo, redo)]
    later = toolbar.widgetForAction(toolbar.actions()[-1])
    before = [b.width() for b in buttons], later.x()
    view = window.current_view()
    view.diagram_scene.select_ids(["uc_verify_purchase"])
    window.actions_by_name["delete_from_model"].trigger()
    QApplication.processEvents()
    assert undo.isEnabled() and "Verify Purchase" in undo.toolTip()
    undo.trigger()
    QApplication.processEvents()
    assert window.document.find("uc_verify_purchase") is not None
    assert redo.isEnabled() and "Verify Purchase" in redo.toolTip()
    assert ([b.width() for b in buttons], later.x()) == before
    assert undo.text() == "Undo" and redo.text() == "Redo"


def test_the_name_field_of_a_use_case_sits_inside_its_ellipse(make_window):
    from PySide6.QtCore import QPointF

    from .conftest import drop_kind

    window = make_window()
    view = window.current_view()
    for zoom in (1.0, 2.0):
        view.set_zoom(zoom)
        drop_kind(view, "usecase", (300 + 300 * zoom, 300))
        editor = view.inline_editor
        assert editor is not None and editor.isVisible()
        item = view.diagram_scene.node_item(view.diagram_scene.selected_ids()[0])
        body = item.scene_body_rect()
        field = editor.geometry()
        centre = view.mapFromScene(body.center())
        assert abs(field.center().x() - centre.x()) <= 2
        a, b = body.width() / 2, body.height() / 2
        for corner in (field.topLeft(), field.topRight(), field.bottomLeft(), field.bottomRight()):
            p = view.mapToScene(corner) - body.center()
            assert (p.x() / a) ** 2 + (p.y() / b) ** 2 < 1, (zoom, corner, field)
        assert QPointF(view.mapToScene(field.center())).y() == pytest.approx(
            body.center().y(), abs=4
        )
        QTest.keyClick(editor, Qt.Key.Key_Return)


def test_the_status_bar_names_the_tool_and_drops_its_hint_when_it_ends(make_window):
    from .conftest import Mouse

    window = make_window()
    view = window.current_view()
    status = window.statusBar()
    window.actions_by_name["tool_actor"].trigger()
    assert "place an actor" in status.currentMessage()
    window.actions_by_name["tool_include"].trigger()
    assert status.currentMessage().startswith("Draw an include:")
    window.actions_by_name["tool_usecase"].trigger()
    assert "place a use case" in status.currentMessage()
    Mouse(view).click((300, 300))
    assert window.actions_by_name["tool_select"].isChecked()
    assert "place" not in status.currentMessage()
    assert window.actions_by_name["tool_actor"].toolTip().startswith("Place an actor:")


def test_the_export_dialog_suggests_the_file_name_chosen_last_time(make_window, tmp_path):
    from PySide6.QtWidgets import QDialogButtonBox

    from ucdesigner.app.export_dialog import ExportDialog

    from .conftest import when_modal

    copy = tmp_path / "model.ucd"
    shutil.copy(EXAMPLE, copy)
    window = make_window(load(copy), copy)
    export = next(a for a in window.menu("file").actions() if a.text() == "Export Diagram…")
    seen: list[str] = []

    def rename_and_export(dialog: ExportDialog) -> None:
        seen.append(dialog.path_edit.text())
        dialog.path_edit.clear()
        QTest.keyClicks(dialog.path_edit, str(tmp_path / "slides" / "support-slide.png"))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    (tmp_path / "slides").mkdir()
    when_modal(ExportDialog, rename_and_export)
    export.trigger()
    assert (tmp_path / "slides" / "support-slide.png").exists()

    def look(dialog: ExportDialog) -> None:
        seen.append(dialog.path_edit.text())
        dialog.reject()

    when_modal(ExportDialog, look)
    export.trigger()
    first, chosen = (
        tmp_path / "Post-purchase support.png",
        tmp_path / "slides" / "support-slide.png",
    )
    assert seen == [str(first), str(chosen)]


def test_arranging_in_lanes_says_which_use_cases_changed_boundary(make_window):
    """Moving a use case into a boundary makes it a member (a change to the model):
    the status bar says so, not only how many moved."""
    from .test_journey_gui import journey_doc

    document = journey_doc()
    window = make_window(document)
    window.tabs.show_diagram("d")
    assert document.get("v").subjects == ()
    window.findChild(QAction, "action_arrange_lanes").trigger()
    message = window.statusBar().currentMessage()
    assert document.get("v").subjects == ("s",)
    assert "“Pay” now belongs to “Shop”" in message, message


def test_indented_steps_are_numbered_as_sub_steps(make_window):
    from .test_specification import shop, spec_tab, type_cell

    window = make_window(shop())
    editor = spec_tab(window)
    table = editor.fields["main_scenario"].table
    table.setFocus()
    for text in ("Choose the item", "Print the label", "Stick it on", "Post it"):
        QTest.keyClick(table, Qt.Key.Key_Return, CTRL)
        type_cell(text)
    table.setCurrentCell(2, 1)
    QTest.keyClick(table, Qt.Key.Key_Right, CTRL)  # "Stick it on" under "Print the label"
    numbers = [table.item(row, 0).text().strip() for row in range(table.rowCount())]
    assert numbers == ["1", "2", "2.1", "3"]


def test_add_kpi_stays_in_reach_as_the_kpi_table_grows(make_window):
    from PySide6.QtWidgets import QTableWidget, QTabWidget

    from .test_journey_gui import journey_doc

    window = make_window(journey_doc())
    window.tabs.show_diagram("d")
    window.current_scene().select_ids(["v"])
    tabs = window.properties.findChild(QTabWidget, "propertiesTabs")
    tabs.setCurrentIndex([tabs.tabText(i) for i in range(tabs.count())].index("Journey"))
    add = next(b for b in window.properties.findChildren(QPushButton) if b.text() == "Add KPI")
    table = window.properties.findChild(QTableWidget, "kpiTable")
    section = tabs.currentWidget()
    for _ in range(12):
        QTest.mouseClick(add, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
    assert len(window.document.get("v").journey.kpis) == 13
    top_of = lambda w: w.mapTo(section, w.rect().topLeft()).y()  # noqa: E731
    assert top_of(add) < top_of(table)
    assert table.height() <= 400  # the rows scroll inside the table


def test_the_problems_panel_opens_at_a_sensible_height(make_window):
    from PySide6.QtWidgets import QDockWidget

    window = make_window(load(EXAMPLE), EXAMPLE)
    dock = window.findChild(QDockWidget, "problemsDock")
    next(a for a in window.menu("view").actions() if a.text() == "&Problems").trigger()
    QApplication.processEvents()
    assert dock.isVisible()
    assert 120 <= dock.height() <= window.height() // 4 + 10
    assert window.centralWidget().height() >= window.height() // 2


def test_resumes_at_step_follows_the_steps_when_they_move(make_window):
    from ucdesigner.model import Step
    from ucdesigner.model.specification import ScenarioExtension, Specification

    from .test_specification import shop, spec_tab

    document = shop()
    spec = Specification(
        main_scenario=(
            Step(id="s1", text="Choose the item"),
            Step(id="s2", text="Print the label"),
            Step(id="s3", text="Post it"),
        ),
        extensions=(
            ScenarioExtension(
                id="x1",
                step="s3",
                condition="No printer",
                steps=(Step(id="x1s1", text="Write the address by hand; resumes at step 2"),),
            ),
        ),
    )
    document.update("r", specification=spec)
    window = make_window(document)
    table = spec_tab(window).fields["main_scenario"].table
    table.setFocus()
    table.setCurrentCell(1, 1)
    QTest.keyClick(table, Qt.Key.Key_Up, CTRL)  # "Print the label" becomes step 1
    after = window.document.get("r").specification
    assert after.main_scenario[0].text == "Print the label"
    assert after.extensions[0].steps[0].text == "Write the address by hand; resumes at step 1"
    window.undo_stack.undo()
    assert window.document.get("r").specification.extensions[0].steps[0].text.endswith("step 2")
