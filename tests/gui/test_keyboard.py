"""The whole diagram from the keyboard, with real key events: Tab through the elements,
place, rename, move, open the properties, connect two elements, delete."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from ucdesigner.app.connect_dialog import ConnectDialog
from ucdesigner.canvas.focus_order import reading_order
from ucdesigner.model import (
    Actor,
    Association,
    DiagramInfo,
    Document,
    Edge,
    Shape,
    Subject,
    UseCase,
)

from .conftest import when_modal


def sample() -> Document:
    d = Document("Shop")
    d.add(
        Actor(id="a", name="Customer"),
        Subject(id="s", name="Shop"),
        UseCase(id="u", name="Track Order", subjects=("s",)),
        UseCase(id="v", name="Return Item", subjects=("s",)),
        UseCase(id="w", name="Browse"),
    )
    d.add(Association(id="r", source="a", target="u"))
    d.add_diagram(DiagramInfo(id="d", name="Main"))
    d.add_shapes(
        "d",
        [
            Shape(element="a", x=0, y=100, width=48, height=84),
            Shape(element="s", x=200, y=40, width=340, height=400),
            Shape(element="u", x=260, y=100, width=140, height=60),
            Shape(element="v", x=260, y=300, width=140, height=60),
            Shape(element="w", x=700, y=110, width=140, height=60),
        ],
    )
    d.add_edges("d", [Edge(element="r")])
    return d


@pytest.fixture
def window(make_window, qtbot):
    w = make_window(sample())
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    view = w.current_view()
    view.centerOn(420, 250)
    view.setFocus()
    return w


def key(widget, k, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, k, modifiers)


def focused():
    return QApplication.focusWidget()


def selected(window) -> list[str]:
    return window.current_scene().selected_ids()


def test_reading_order_is_rows_top_to_bottom_then_the_lines() -> None:
    from ucdesigner.canvas.scene import DiagramScene

    document = sample()
    scene = DiagramScene(document, "d")
    # The boundary's top is highest; the actor, "Track Order" and "Browse" share a row.
    assert reading_order(scene) == ["s", "a", "u", "w", "v", "r"]


def test_tab_and_shift_tab_walk_the_elements_and_leave_at_the_ends(window) -> None:
    view = window.current_view()
    order = reading_order(view.diagram_scene)
    for expected in order:
        key(focused(), Qt.Key.Key_Tab)
        assert selected(window) == [expected] and focused() is view
    assert "6 of 6" in window.statusBar().currentMessage()
    assert "association" in view.accessibleDescription()
    key(view, Qt.Key.Key_Tab)  # past the last one: the keyboard leaves the canvas
    assert focused() is not view and selected(window) == ["r"]
    key(focused(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)  # back in
    assert focused() is view
    key(view, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert selected(window) == [order[-2]]
    key(view, Qt.Key.Key_Escape)  # nothing selected: Shift+Tab starts from the end
    key(view, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert selected(window) == [order[-1]]


def test_tab_goes_on_from_an_element_clicked_with_the_mouse(window) -> None:
    from .conftest import Mouse

    view = window.current_view()
    centre = view.diagram_scene.node_item("u").scene_body_rect().center()
    Mouse(view).click((centre.x(), centre.y()))
    key(view, Qt.Key.Key_Tab)
    assert selected(window) == ["w"]


def test_place_rename_move_and_edit_properties_without_the_mouse(window) -> None:
    view = window.current_view()
    document = window.document
    key(view, Qt.Key.Key_U)  # the use case tool
    key(view, Qt.Key.Key_Return)  # ... placed in the middle of the view
    new_id = selected(window)[0]
    assert document.get(new_id).kind == "usecase" and view.inline_editor is not None
    shape = document.shape("d", new_id)
    assert not any(
        s.element != new_id
        and s.element != "s"
        and s.x < shape.right
        and shape.x < s.right
        and s.y < shape.bottom
        and shape.y < s.bottom
        for s in document.diagram("d").shapes
    )  # it covers no other element
    QTest.keyClicks(view.inline_editor, "Pay Invoice")
    key(view.inline_editor, Qt.Key.Key_Tab)  # Tab keeps the name, like Enter
    assert document.get(new_id).name == "Pay Invoice" and focused() is view
    before = document.shape("d", new_id)
    key(view, Qt.Key.Key_Right)
    key(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    after = document.shape("d", new_id)
    assert (after.x - before.x, after.y - before.y) == (10, 50)
    key(view, Qt.Key.Key_F2)
    QTest.keyClicks(view.inline_editor, "Pay an Invoice")
    key(view.inline_editor, Qt.Key.Key_Return)
    assert document.get(new_id).name == "Pay an Invoice"
    key(view, Qt.Key.Key_Return)  # the properties
    field = focused()
    assert isinstance(field, QLineEdit) and field.text() == "Pay an Invoice"
    field.selectAll()
    QTest.keyClicks(field, "Pay Invoices")
    key(field, Qt.Key.Key_Return)
    assert document.get(new_id).name == "Pay Invoices"
    key(field, Qt.Key.Key_Tab)  # on through the fields ...
    key(focused(), Qt.Key.Key_Escape)  # ... and Esc goes back to the canvas
    assert focused() is view and selected(window) == [new_id]
    key(view, Qt.Key.Key_Delete)
    assert document.shape("d", new_id) is None and document.find(new_id) is not None


def answer_connect(qtbot, typed: str, kind: str | None = None, seen: list | None = None):
    def act(dialog: ConnectDialog) -> None:
        if kind is not None:
            dialog.kind_box.setFocus()
            index = dialog.kind_box.findData(kind)
            while dialog.kind_box.currentIndex() != index:
                QTest.keyClick(dialog.kind_box, Qt.Key.Key_Down)
            dialog.filter.setFocus()
        if seen is not None:
            seen.append(
                {
                    "source": dialog.source_id,
                    "items": [
                        (
                            dialog.targets.item(i).data(Qt.ItemDataRole.UserRole),
                            bool(dialog.targets.item(i).flags() & Qt.ItemFlag.ItemIsEnabled),
                        )
                        for i in range(dialog.targets.count())
                    ],
                }
            )
        QTest.keyClicks(dialog.filter, typed)
        QTest.keyClick(dialog.filter, Qt.Key.Key_Return)

    when_modal(ConnectDialog, act)


def test_connect_from_the_keyboard_with_the_connect_dialog(window, qtbot) -> None:
    view = window.current_view()
    for _ in range(3):  # Tab to "Track Order"
        key(focused(), Qt.Key.Key_Tab)
    assert selected(window) == ["u"]
    seen: list = []
    answer_connect(qtbot, "retu", kind="include", seen=seen)
    key(view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    include = window.document.of_kind("include")
    assert [(i.source, i.target) for i in include] == [("u", "v")]
    assert seen[0]["source"] == "u"
    refused = {element for element, enabled in seen[0]["items"] if not enabled}
    assert {"a", "s"} <= refused  # no include to an actor or a boundary
    assert window.focusWidget() is view  # back on the canvas, on the new line
    assert selected(window) == [include[0].id]


def test_connect_two_selected_elements_goes_from_the_first_to_the_second(window, qtbot) -> None:
    view = window.current_view()
    view.diagram_scene.select_ids(["w"])
    view._remember_selection_order()
    view.diagram_scene.node_item("a").setSelected(True)  # the second, as Ctrl+click does
    answer_connect(qtbot, "")  # the target is the second selected: just Enter
    key(view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    rel = window.document.of_kind("association")
    assert ("w", "a") in [(r.source, r.target) for r in rel]


def test_connect_selected_menu_entries_need_exactly_two(window) -> None:
    view = window.current_view()
    view.diagram_scene.select_ids(["v"])
    window.actions_by_name["connect_include"].trigger()
    assert "exactly two" in window.statusBar().currentMessage()


def test_tab_walks_through_the_properties_without_getting_caught(window) -> None:
    view = window.current_view()
    view.diagram_scene.select_ids(["u"])
    key(view, Qt.Key.Key_Return)
    visited = []
    for _ in range(30):
        widget = focused()
        if widget is None or not window.properties.isAncestorOf(widget):
            break
        visited.append(type(widget).__name__)
        key(widget, Qt.Key.Key_Tab)
    assert "QPlainTextEdit" in visited or "TextBox" in visited  # through the documentation
    assert focused() is not None and not window.properties.isAncestorOf(focused())
    assert len(visited) < 30  # Tab left the panel: no field holds on to the keyboard
