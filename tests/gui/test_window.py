"""The main window, driven like a user: palette, tools, mouse and keys, menus, files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from ucdesigner.app import windows
from ucdesigner.canvas.items.registry import preferred_size
from ucdesigner.io.native import load, save
from ucdesigner.model import (
    Actor,
    Comment,
    DiagramInfo,
    Document,
    Shape,
    Subject,
    UseCase,
)

from .conftest import Mouse, answer_dialog, centre, drop_kind

EXAMPLE = (
    Path(__file__).resolve().parents[2] / "resources" / "examples" / "post-purchase-support.ucd"
)


def sample() -> Document:
    d = Document("Shop")
    d.add(
        Actor(id="a", name="Customer"),
        Actor(id="b", name="Member"),
        Subject(id="s", name="Shop"),
        UseCase(id="u", name="Track Order", subjects=("s",)),
        UseCase(id="v", name="Return Item", subjects=("s",)),
        UseCase(id="w", name="Browse"),
        Comment(id="n", body="A note"),
    )
    d.add_diagram(DiagramInfo(id="d", name="Main"))
    d.add_diagram(DiagramInfo(id="e", name="Second"))
    d.add_shapes(
        "d",
        [
            Shape(element="a", x=0, y=100, width=48, height=84),
            Shape(element="b", x=0, y=400, width=48, height=84),
            Shape(element="s", x=200, y=40, width=340, height=400),
            Shape(element="u", x=260, y=100, width=140, height=60),
            Shape(element="v", x=260, y=300, width=140, height=60),
            Shape(element="w", x=700, y=100, width=140, height=60),
            Shape(element="n", x=700, y=400, width=160, height=50),
        ],
    )
    return d


@pytest.fixture
def window(make_window):
    w = make_window(sample())
    view = w.current_view()
    view.zoom_reset()  # it opens zoomed to fit; these tests work at 100 %
    view.centerOn(450, 250)
    return w


def press_key(window, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    view = window.current_view()
    view.setFocus()
    QTest.keyClick(view, key, modifiers)


# ---------------------------------------------------------------------------- drawing


@pytest.mark.parametrize("kind", ["actor", "usecase", "subject", "package", "comment"])
def test_drop_each_element_kind(window, kind: str) -> None:
    view = window.current_view()
    before = {n.id for n in window.document.nodes()}
    drop_kind(view, kind, (1000, 600))
    new = [n for n in window.document.nodes() if n.id not in before]
    assert len(new) == 1 and new[0].kind == kind
    shape = window.document.shape("d", new[0].id)
    assert (shape.width, shape.height) == preferred_size(new[0], view.diagram_scene.theme)
    assert window.current_scene().selected_ids() == [new[0].id]
    assert view.inline_editor is not None  # the name is ready to type
    QTest.keyClick(view.inline_editor, Qt.Key.Key_Escape)
    assert window.undo_stack.undoText().startswith("Add")


def test_click_tool_then_canvas_with_a_single_key(window) -> None:
    press_key(window, Qt.Key.Key_U)
    assert window.actions_by_name["tool_usecase"].isChecked()
    Mouse(window.current_view()).click((1000, 300))
    new = [n for n in window.document.nodes() if n.kind == "usecase" and n.id not in "uvw"]
    assert len(new) == 1
    view = window.current_view()
    QTest.keyClicks(view.inline_editor, "Place Order")
    QTest.keyClick(view.inline_editor, Qt.Key.Key_Return)
    assert window.document.get(new[0].id).name == "Place Order"
    assert window.actions_by_name["tool_select"].isChecked()


def test_escape_cancels_the_tool(window) -> None:
    press_key(window, Qt.Key.Key_A)
    assert window.actions_by_name["tool_actor"].isChecked()
    press_key(window, Qt.Key.Key_Escape)
    assert window.actions_by_name["tool_select"].isChecked()
    Mouse(window.current_view()).click((1000, 300))
    assert len(window.document.nodes()) == 7


@pytest.mark.parametrize(
    ("kind", "source", "target"),
    [
        ("association", "a", "u"),
        ("include", "u", "v"),
        ("extend", "w", "u"),
        ("generalization", "b", "a"),
        ("dependency", "w", "v"),
        ("comment_link", "n", "w"),
    ],
)
def test_draw_each_relationship_with_the_mouse(window, kind, source, target) -> None:
    window.actions_by_name[f"tool_{kind}"].trigger()
    Mouse(window.current_view()).drag(centre(window, source), centre(window, target))
    rels = window.document.of_kind(kind)
    assert len(rels) == 1
    assert (rels[0].source, rels[0].target) == (source, target)
    assert window.document.edge("d", rels[0].id) is not None
    assert window.current_scene().edge_item(rels[0].id) is not None
    assert window.undo_stack.count() == 1


def test_a_refused_relationship_is_not_created_and_the_status_bar_says_why(window) -> None:
    window.actions_by_name["tool_include"].trigger()
    view = window.current_view()
    mouse = Mouse(view)
    mouse.press(centre(window, "a"))
    mouse.move(centre(window, "u"))
    assert window.current_scene().node_item("u").mark == "refused"
    assert view.viewport().cursor().shape() == Qt.CursorShape.ForbiddenCursor
    mouse.release(centre(window, "u"))
    assert window.document.of_kind("include") == []
    message = window.statusBar().currentMessage()
    assert "include" in message and "Customer" in message
    assert window.current_scene().node_item("u").mark is None


def test_allowed_targets_are_marked_while_drawing(window) -> None:
    window.actions_by_name["tool_association"].trigger()
    mouse = Mouse(window.current_view())
    mouse.press(centre(window, "a"))
    mouse.move((600, 600))
    scene = window.current_scene()
    assert {i for i in "uvw" if scene.node_item(i).mark == "allowed"} == {"u", "v", "w"}
    assert scene.node_item("b").mark is None  # actor to actor: not an association
    press_key(window, Qt.Key.Key_Escape)
    assert all(item.mark is None for item in scene.node_items())


# ---------------------------------------------------------------------------- editing


def test_move_a_use_case_out_of_the_boundary_and_back_in(window) -> None:
    mouse = Mouse(window.current_view())
    mouse.drag(centre(window, "u"), (centre(window, "u")[0] + 500, centre(window, "u")[1]))
    assert window.document.get("u").subjects == ()
    mouse.drag(centre(window, "w"), (centre(window, "w")[0] - 400, centre(window, "w")[1] + 100))
    assert window.document.get("w").subjects == ("s",)
    assert window.undo_stack.undoText() == "Move 1 element"


def test_moving_the_boundary_carries_its_use_cases_in_one_step(window) -> None:
    scene = window.current_scene()
    scene.select_ids(["s"])
    mouse = Mouse(window.current_view())
    mouse.drag((210, 50), (260, 90))  # the frame's corner
    assert (window.document.shape("d", "s").x, window.document.shape("d", "s").y) == (250, 80)
    assert (window.document.shape("d", "u").x, window.document.shape("d", "u").y) == (310, 140)
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert window.document.shape("d", "u").x == 260


def test_resize_with_a_handle(window) -> None:
    scene = window.current_scene()
    scene.select_ids(["w"])
    mouse = Mouse(window.current_view())
    mouse.drag((840, 160), (900, 200))  # bottom-right handle
    shape = window.document.shape("d", "w")
    assert (shape.x, shape.y, shape.width, shape.height) == (700, 100, 200, 100)
    assert window.undo_stack.undoText() == "Resize “Browse”"


def test_a_boundary_cannot_shrink_past_its_use_cases(window) -> None:
    window.current_scene().select_ids(["s"])
    Mouse(window.current_view()).drag((540, 440), (300, 200))
    frame = window.document.shape("d", "s")
    assert frame.right >= 400 and frame.bottom >= 360
    assert window.document.get("u").subjects == ("s",)
    assert window.document.get("v").subjects == ("s",)


def test_rubber_band_and_ctrl_click_select(window) -> None:
    mouse = Mouse(window.current_view())
    mouse.drag((600, 50), (900, 480))
    assert set(window.current_scene().selected_ids()) == {"w", "n"}
    mouse.click(centre(window, "a"), modifiers=Qt.KeyboardModifier.ControlModifier)
    assert set(window.current_scene().selected_ids()) == {"w", "n", "a"}
    mouse.click(centre(window, "w"), modifiers=Qt.KeyboardModifier.ControlModifier)
    assert set(window.current_scene().selected_ids()) == {"n", "a"}


def test_arrow_keys_move_and_merge_into_one_step(window) -> None:
    window.current_scene().select_ids(["w", "n"])
    for _ in range(3):
        press_key(window, Qt.Key.Key_Right)
    press_key(window, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert window.document.shape("d", "w").x == 730
    assert window.document.shape("d", "w").y == 150
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText() == "Move 2 elements"
    assert window.actions_by_name["undo"].text() == "Undo Move 2 elements"


def test_rename_inline_by_double_click_and_f2(window) -> None:
    view = window.current_view()
    Mouse(view).double_click(centre(window, "w"))
    assert view.inline_editor is not None
    QTest.keyClicks(view.inline_editor, "Browse the Catalogue of Every Product We Sell")
    QTest.keyClick(view.inline_editor, Qt.Key.Key_Return)
    assert window.document.get("w").name == "Browse the Catalogue of Every Product We Sell"
    assert window.undo_stack.undoText() == "Rename “Browse”"
    assert window.document.shape("d", "w").width > 140  # grew with its name
    window.current_scene().select_ids(["a"])
    press_key(window, Qt.Key.Key_F2)
    QTest.keyClicks(view.inline_editor, "Shopper")
    QTest.keyClick(view.inline_editor, Qt.Key.Key_Escape)
    assert window.document.get("a").name == "Customer"


def test_bend_points_add_by_dragging_and_remove_by_double_click(window) -> None:
    window.actions_by_name["tool_association"].trigger()
    mouse = Mouse(window.current_view())
    mouse.drag(centre(window, "b"), centre(window, "v"))
    rel = window.document.of_kind("association")[0]
    edge = window.current_scene().edge_item(rel.id)
    middle = edge.midpoint()
    mouse.drag((middle.x(), middle.y()), (middle.x(), middle.y() + 60))
    waypoints = window.document.edge("d", rel.id).waypoints
    assert len(waypoints) == 1 and waypoints[0].y == pytest.approx(
        round((middle.y() + 60) / 10) * 10
    )
    point = (waypoints[0].x, waypoints[0].y)
    mouse.double_click(point)
    assert window.document.edge("d", rel.id).waypoints == ()


def test_reconnect_an_end_by_dragging_it(window) -> None:
    window.actions_by_name["tool_association"].trigger()
    mouse = Mouse(window.current_view())
    mouse.drag(centre(window, "a"), centre(window, "u"))
    rel = window.document.of_kind("association")[0]
    end = window.current_scene().edge_item(rel.id).points()[-1]
    mouse.drag((end.x(), end.y()), centre(window, "b"))  # actor to actor: refused
    assert window.document.get(rel.id).target == "u"
    assert "association" in window.statusBar().currentMessage()
    end = window.current_scene().edge_item(rel.id).points()[-1]
    mouse.drag((end.x(), end.y()), centre(window, "w"))
    assert window.document.get(rel.id).target == "w"


def test_delete_from_diagram_keeps_the_element_delete_from_model_removes_it(window) -> None:
    window.current_scene().select_ids(["w"])
    window.actions_by_name["delete_from_diagram"].trigger()
    assert window.document.shape("d", "w") is None and window.document.find("w") is not None
    window.current_scene().select_ids(["n"])
    window.actions_by_name["delete_from_model"].trigger()
    assert window.document.find("n") is None
    assert window.undo_stack.undoText() == 'Delete “comment "A note"” from model'


def test_copy_paste_duplicate_and_paste_as_shown(window) -> None:
    scene = window.current_scene()
    scene.select_ids(["u", "w"])
    press_key(window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    press_key(window, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    names = sorted(n.name for n in window.document.nodes() if n.kind == "usecase")
    assert names == ["Browse", "Browse", "Return Item", "Track Order", "Track Order"]
    pasted = scene.selected_ids()
    assert len(pasted) == 2 and not set(pasted) & {"u", "w"}
    corners = {(window.document.shape("d", i).x, window.document.shape("d", i).y) for i in pasted}
    assert corners == {(280, 120), (720, 120)}  # beside the originals
    press_key(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len([n for n in window.document.nodes() if n.kind == "usecase"]) == 7
    window.tabs.show_diagram("e")
    window.actions_by_name["paste_shown"].trigger()
    assert set(window.document.diagrams_showing("u")) == {"d", "e"}
    assert len([n for n in window.document.nodes() if n.kind == "usecase"]) == 7


def test_paste_into_another_window_makes_new_elements(window, make_window) -> None:
    window.current_scene().select_ids(["a", "u"])
    window.actions_by_name["copy"].trigger()
    other = make_window()
    assert not other.editing.can_paste_shown()
    other.actions_by_name["paste"].trigger()
    assert sorted(n.name for n in other.document.nodes()) == ["Customer", "Track Order"]


def test_select_all_align_and_zoom(window) -> None:
    press_key(window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(window.current_scene().selected_ids()) == 7
    window.current_scene().select_ids(["u", "w"])
    window.actions_by_name["align_top"].trigger()
    assert window.document.shape("d", "w").y == window.document.shape("d", "u").y
    view = window.current_view()
    press_key(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == pytest.approx(1.25)
    window.actions_by_name["zoom_reset"].trigger()
    assert view.zoom() == 1.0
    assert window.zoom_label.text() == "100 %"


# ---------------------------------------------------------------------------- undo


def test_undo_everything_gives_back_the_original_and_redo_the_end(window) -> None:
    original = window.document.to_data()
    view = window.current_view()
    mouse = Mouse(view)
    drop_kind(view, "usecase", (420, 400))
    QTest.keyClicks(view.inline_editor, "Pay")
    QTest.keyClick(view.inline_editor, Qt.Key.Key_Return)
    window.actions_by_name["tool_include"].trigger()
    mouse.drag(centre(window, "u"), centre(window, "v"))
    mouse.drag(centre(window, "v"), (centre(window, "v")[0] + 600, centre(window, "v")[1] + 150))
    window.current_scene().select_ids(["w"])
    press_key(window, Qt.Key.Key_Left)
    window.current_scene().select_ids(["a"])
    window.actions_by_name["delete_from_model"].trigger()
    window.actions_by_name["new_diagram"].trigger()
    end = window.document.to_data()
    steps = window.undo_stack.count()
    assert steps == 6
    while window.undo_stack.canUndo():
        window.actions_by_name["undo"].trigger()
    assert window.document.to_data() == original
    while window.undo_stack.canRedo():
        window.actions_by_name["redo"].trigger()
    assert window.document.to_data() == end


# ---------------------------------------------------------------------------- selection sync


def test_tree_and_canvas_selection_follow_each_other(window) -> None:
    window.current_scene().select_ids(["u"])
    assert window.browser.selected_ids() == ["u"]
    assert window.properties.ids == ["u"]
    item = window.browser._items["w"][0]
    window.browser.setCurrentItem(item)
    assert window.current_scene().selected_ids() == ["w"]
    assert window.properties.ids == ["w"]


def test_rename_and_delete_from_the_tree(window) -> None:
    item = window.browser._items["w"][0]
    item.setText(0, "Browse Products")
    assert window.document.get("w").name == "Browse Products"
    window.browser.setCurrentItem(window.browser._items["n"][0])
    QTest.keyClick(window.browser, Qt.Key.Key_Delete)
    assert window.document.find("n") is None


def test_properties_panel_edits_are_undoable(window) -> None:
    window.current_scene().select_ids(["u"])
    panel = window.properties
    from PySide6.QtWidgets import QLineEdit

    name = next(w for w in panel.findChildren(QLineEdit) if w.accessibleName() == "Name")
    name.setText("Track My Order")
    name.editingFinished.emit()
    assert window.document.get("u").name == "Track My Order"
    stereotypes = next(
        w for w in panel.findChildren(QLineEdit) if w.accessibleName() == "Stereotypes"
    )
    stereotypes.setText("business, primary")
    stereotypes.editingFinished.emit()
    assert window.document.get("u").stereotypes == ("business", "primary")
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert window.document.get("u").name == "Track Order"


def test_drag_from_the_tree_shows_an_element_on_another_diagram(window) -> None:
    from ucdesigner.canvas.view import ELEMENTS_MIME

    window.tabs.show_diagram("e")
    view = window.current_view()
    data = window.browser.mimeData([window.browser._items["u"][0], window.browser._items["a"][0]])
    assert data.hasFormat(ELEMENTS_MIME)
    view.dropEvent(
        QDropEvent(
            QPointF(200, 200),
            Qt.DropAction.CopyAction,
            data,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    )
    assert (
        window.document.shape("e", "u") is not None and window.document.shape("e", "a") is not None
    )


# ---------------------------------------------------------------------------- files


def test_save_then_reopen_gives_the_same_document_and_items(window, make_window, tmp_path) -> None:
    view = window.current_view()
    drop_kind(view, "actor", (1000, 300))
    QTest.keyClick(view.inline_editor, Qt.Key.Key_Return)
    path = tmp_path / "saved.ucd"
    saved = []
    window.documentSaved.connect(saved.append)
    assert window.save_to(path)
    assert saved == [str(path)]
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("saved.ucd")
    other = make_window()
    other.open_document(load(path), path)  # (open_path would bring ``window`` forward)
    assert other.document.to_data() == window.document.to_data()
    for diagram in ("d", "e"):
        other.tabs.show_diagram(diagram)
        window.tabs.show_diagram(diagram)
        a, b = window.current_scene(), other.current_scene()
        assert {i.element_id: (i.pos(), i.width, i.height) for i in a.node_items()} == {
            i.element_id: (i.pos(), i.width, i.height) for i in b.node_items()
        }
        assert {e.element_id: e.points() for e in a.edge_items()} == {
            e.element_id: e.points() for e in b.edge_items()
        }


def test_a_bad_file_says_why_and_keeps_the_document(window, tmp_path) -> None:
    bad = tmp_path / "bad.ucd"
    bad.write_text("{ not json")
    window.current_scene().select_ids(["w"])
    press_key(window, Qt.Key.Key_Right)  # unsaved change
    before = window.document.to_data()
    seen: list[str] = []
    answer_dialog(QMessageBox.StandardButton.Ok, seen)
    assert not window.open_path(bad)
    assert any("is not valid JSON" in text for text in seen)
    assert window.document.to_data() == before


def test_a_failed_save_keeps_the_document_open_and_modified(window, tmp_path) -> None:
    window.current_scene().select_ids(["w"])
    press_key(window, Qt.Key.Key_Right)
    seen: list[str] = []
    answer_dialog(QMessageBox.StandardButton.Ok, seen)
    assert not window.save_to(tmp_path / "no-such-folder" / "x.ucd")
    assert seen and "no-such-folder no longer exists" in seen[0]
    assert window.isWindowModified()


def test_open_with_unsaved_changes_opens_a_new_window(window, tmp_path) -> None:
    window.current_scene().select_ids(["w"])
    press_key(window, Qt.Key.Key_Right)
    changed = window.document.to_data()
    assert window.open_path(EXAMPLE)  # no question: nothing is dropped
    assert window.document.to_data() == changed and window.isWindowModified()
    (other,) = [w for w in windows.open_windows() if w is not window]
    try:
        assert other.document.name == "Post-purchase support"
        assert not other.isWindowModified() and other.undo_stack.count() == 0
    finally:
        other.close()


def test_close_with_unsaved_changes_can_save(window, tmp_path) -> None:
    path = tmp_path / "closing.ucd"
    window.save_to(path)
    window.current_scene().select_ids(["w"])
    press_key(window, Qt.Key.Key_Right)
    answer_dialog(QMessageBox.StandardButton.Cancel)
    assert not window.close()
    answer_dialog(QMessageBox.StandardButton.Save)
    assert window.close()
    assert load(path).shape("d", "w").x == 710


def test_open_the_file_given_and_recent_files(make_window, tmp_path) -> None:
    from ucdesigner.app.main_window import MainWindow
    from ucdesigner.app.preferences import Preferences

    path = tmp_path / "given.ucd"
    save(sample(), path)
    window = MainWindow.open_file(str(path))
    window.show()
    try:
        assert window.document.to_data() == sample().to_data()
        assert window.path == path
        window.save()
        assert Preferences.load().recent_files[0] == str(path.resolve())
    finally:
        window.undo_stack.setClean()
        window.close()


def test_a_ucd_dropped_on_the_window_opens(make_window, qtbot) -> None:
    from PySide6.QtCore import QUrl

    window = make_window()  # blank: the dropped file opens in it
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(EXAMPLE))])
    window.dropEvent(
        QDropEvent(
            QPointF(10, 10),
            Qt.DropAction.CopyAction,
            data,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    )
    qtbot.waitUntil(lambda: window.document.name == "Post-purchase support", timeout=2000)


def test_diagram_tabs_new_duplicate_delete_and_undo(window) -> None:
    window.actions_by_name["duplicate_diagram"].trigger()
    assert window.tabs.count() == 3
    assert window.tabs.tabText(1) == "Main (copy)"
    copy_id = window.current_view().diagram_id
    assert len(window.document.shapes(copy_id)) == 7
    window.actions_by_name["delete_diagram"].trigger()
    assert window.tabs.count() == 2
    window.undo_stack.undo()
    assert window.tabs.count() == 3 and window.tabs.tabText(1) == "Main (copy)"


def test_every_action_has_a_menu_entry_and_a_tooltip(window) -> None:
    in_menus = set()
    menus = [window.menu(n) for n in ("file", "edit", "view", "diagram", "tools", "help")]
    while menus:
        menu = menus.pop()
        for action in menu.actions():
            in_menus.add(action)
            if action.menu() is not None:
                menus.append(action.menu())
    for name, action in window.actions_by_name.items():
        assert action in in_menus, name
        assert action.toolTip() and action.toolTip() != action.text().replace("&", ""), name


def test_single_letters_choose_tools_only_on_the_canvas(window) -> None:
    window.browser.setFocus()
    QTest.keyClick(window.browser, Qt.Key.Key_A)
    assert window.actions_by_name["tool_select"].isChecked()
    press_key(window, Qt.Key.Key_A)
    assert window.actions_by_name["tool_actor"].isChecked()


def test_properties_extension_points_extend_and_association(window) -> None:
    from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QListWidget, QPushButton

    panel = window.properties

    def child(kind, name):
        return next(w for w in panel.findChildren(kind) if w.accessibleName() == name)

    window.current_scene().select_ids(["u"])
    add = next(b for b in panel.findChildren(QPushButton) if b.text() == "Add")
    add.click()
    add.click()
    points = child(QListWidget, "Extension points")
    assert [p.name for p in window.document.get("u").extension_points] == [
        "Extension point 1",
        "Extension point 2",
    ]
    points.item(0).setText("Payment failed")
    assert window.document.get("u").extension_points[0].name == "Payment failed"
    points.setCurrentRow(1)
    next(b for b in panel.findChildren(QPushButton) if b.text() == "Remove").click()
    assert [p.name for p in window.document.get("u").extension_points] == ["Payment failed"]

    window.actions_by_name["tool_extend"].trigger()
    Mouse(window.current_view()).drag(centre(window, "w"), centre(window, "u"))
    ext = window.document.of_kind("extend")[0]
    assert window.properties.ids == [ext.id]
    condition = child(QLineEdit, "Condition")
    condition.setText("card declined")
    condition.editingFinished.emit()
    used = child(QListWidget, "Extension points used")
    used.item(0).setCheckState(Qt.CheckState.Checked)
    ext = window.document.get(ext.id)
    assert ext.condition == "card declined"
    assert ext.extension_points == (window.document.get("u").extension_points[0].id,)

    window.actions_by_name["tool_association"].trigger()
    Mouse(window.current_view()).drag(centre(window, "a"), centre(window, "u"))
    assoc = window.document.of_kind("association")[0]
    multiplicity = child(QComboBox, "Multiplicity at the target end")
    multiplicity.setEditText("1..*")
    multiplicity.lineEdit().editingFinished.emit()
    child(QCheckBox, "Navigable at the target end").setChecked(True)
    assoc = window.document.get(assoc.id)
    assert assoc.target_end.multiplicity == "1..*" and assoc.target_end.navigable
    multiplicity = child(QComboBox, "Multiplicity at the source end")
    multiplicity.setEditText("2..1")
    multiplicity.lineEdit().editingFinished.emit()
    assert "lower bound exceeds" in panel.error.text()
    assert window.document.get(assoc.id).source_end.multiplicity == ""


def test_properties_style_and_actor_notation(window) -> None:
    from PySide6.QtWidgets import QComboBox, QSpinBox

    window.current_scene().select_ids(["a"])
    panel = window.properties
    size = next(w for w in panel.findChildren(QSpinBox) if w.accessibleName() == "Font size")
    size.setValue(14)
    size.editingFinished.emit()
    assert window.document.shape("d", "a").style.font_size == 14
    notation = next(
        w for w in panel.findChildren(QComboBox) if w.accessibleName() == "Actor notation"
    )
    notation.setCurrentIndex(2)
    notation.activated.emit(2)
    shape = window.document.shape("d", "a")
    assert shape.style.notation == "box" and shape.width > shape.height
    assert window.current_scene().node_item("a").notation == "box"
    window.undo_stack.undo()
    assert window.document.shape("d", "a").style.notation is None


def test_drag_the_keyword_label_and_the_condition_note(window) -> None:
    window.actions_by_name["tool_extend"].trigger()
    mouse = Mouse(window.current_view())
    mouse.drag(centre(window, "w"), centre(window, "u"))
    ext = window.document.of_kind("extend")[0]
    window.document.update(ext.id, condition="card declined")  # as the panel would
    edge = window.current_scene().edge_item(ext.id)
    note = edge.note_rect().center()
    mouse.drag((note.x(), note.y()), (note.x() + 30, note.y() + 40))
    assert (
        window.document.edge("d", ext.id).note_offset.x,
        window.document.edge("d", ext.id).note_offset.y,
    ) == (30, 40)
    label = edge.label_rect().center()
    mouse.drag((label.x(), label.y()), (label.x() - 20, label.y() - 10))
    moved = window.document.edge("d", ext.id)
    assert (moved.label_offset.x, moved.label_offset.y) == (-20, -10)
    assert moved.waypoints == ()
    assert window.undo_stack.undoText() == "Move label"


def test_the_tree_follows_changes_once_the_gesture_is_over(window, qtbot) -> None:
    view = window.current_view()
    drop_kind(view, "actor", (1000, 300))
    QTest.keyClicks(view.inline_editor, "Courier")
    QTest.keyClick(view.inline_editor, Qt.Key.Key_Return)
    new = next(n.id for n in window.document.nodes() if n.name == "Courier")
    qtbot.waitUntil(lambda: new in window.browser._items, timeout=2000)
    assert window.browser._items[new][0].text(0) == "Courier"
    assert window.browser.selected_ids() == [new]
    assert "Actors (3)" in [i.text(0) for i in window.browser._all_items()]


def test_connect_two_selected_elements_from_the_keyboard(window) -> None:
    mouse = Mouse(window.current_view())
    mouse.click(centre(window, "v"))
    mouse.click(centre(window, "u"), modifiers=Qt.KeyboardModifier.ShiftModifier)
    window.actions_by_name["connect_include"].trigger()
    include = window.document.of_kind("include")[0]
    assert (include.source, include.target) == ("v", "u")
    window.current_scene().select_ids(["a"])
    window.actions_by_name["connect_association"].trigger()
    assert "exactly two" in window.statusBar().currentMessage()


def test_grid_and_snap_settings_are_remembered(window, make_window) -> None:
    from ucdesigner.app.preferences import config_dir

    assert not (config_dir() / "preferences.json").exists()  # opening writes nothing
    window.actions_by_name["snap"].setChecked(False)
    window.actions_by_name["show_grid"].setChecked(False)
    assert not window.current_view().snap_enabled
    other = make_window()
    assert not other.actions_by_name["snap"].isChecked()
    assert not other.current_view().show_grid


def test_enter_on_a_selection_goes_to_its_properties(window) -> None:
    from PySide6.QtWidgets import QLineEdit

    window.current_scene().select_ids(["w"])
    press_key(window, Qt.Key.Key_Return)
    focused = QApplication.focusWidget()
    assert isinstance(focused, QLineEdit) and focused.text() == "Browse"
    focused.setText("Browse Products")
    QTest.keyClick(focused, Qt.Key.Key_Return)
    assert window.document.get("w").name == "Browse Products"
