"""The specification editor, driven with the keyboard and the mouse like a user would:
the Specification tab, the larger window, its menu and context menu entries."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
)

from ucdesigner.app import spec_actions
from ucdesigner.app.spec_editor import SpecificationEditor
from ucdesigner.model import (
    Actor,
    Association,
    DiagramInfo,
    Document,
    Extend,
    Shape,
    UseCase,
)

from .conftest import choose_from_next_menu, when_modal


def shop() -> Document:
    d = Document("Shop")
    d.add(
        Actor(id="c", name="Customer"),
        Actor(id="p", name="Payment Provider"),
        UseCase(id="r", name="Request Return"),
        UseCase(id="x", name="Report Damage"),
        Association(id="a", source="c", target="r"),
    )
    d.add_diagram(DiagramInfo(id="d", name="Main"))
    d.add_shapes(
        "d",
        [
            Shape(element="c", x=0, y=100, width=48, height=84),
            Shape(element="r", x=200, y=100, width=140, height=60),
            Shape(element="x", x=500, y=100, width=140, height=60),
            Shape(element="p", x=700, y=100, width=48, height=84),
        ],
    )
    return d


def activate(widget) -> None:
    """Make the window active, so that the keyboard focus goes where a click puts it."""
    widget.windowHandle().requestActivate()
    for _ in range(100):
        if QApplication.activeWindow() is widget:
            return
        QTest.qWait(10)


def spec_tab(window, usecase_id: str = "r") -> SpecificationEditor:
    activate(window)
    window.current_scene().select_ids([usecase_id])
    tabs = window.properties.findChild(QTabWidget, "propertiesTabs")
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    tabs.setCurrentIndex(titles.index("Specification"))
    editor = tabs.currentWidget()
    assert isinstance(editor, SpecificationEditor)
    return editor


def leave(widget) -> None:
    """Move the keyboard out of a field, as a click elsewhere does."""
    widget.clearFocus()
    QApplication.processEvents()


def type_into(widget, text: str) -> None:
    widget.setFocus()
    QTest.keyClicks(widget, text)


def type_cell(text: str) -> None:
    """Type into the cell editor that has the keyboard and press Return (the table
    takes the text on its next turn of the event loop)."""
    editor = QApplication.focusWidget()
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def test_the_tab_edits_the_goal_as_one_undo_step(make_window) -> None:
    window = make_window(shop())
    editor = spec_tab(window)
    goal = editor.fields["goal"]
    assert isinstance(goal, QPlainTextEdit)
    type_into(goal, "Get the money back")
    leave(goal)
    assert window.document.get("r").specification.goal == "Get the money back"
    assert window.undo_stack.undoText() == "Change the goal of “Request Return”"
    window.undo_stack.undo()
    assert window.document.get("r").specification is None  # nothing written: none kept
    assert goal.toPlainText() == ""


def test_the_main_scenario_from_the_keyboard(make_window) -> None:
    window = make_window(shop())
    editor = spec_tab(window)
    steps = editor.fields["main_scenario"]
    table = steps.table
    table.setFocus()
    for text in ("The customer chooses the item", "The shop sends a label", "The shop refunds"):
        QTest.keyClick(table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        type_cell(text)
    spec = window.document.get("r").specification
    assert [s.text for s in spec.main_scenario] == [
        "The customer chooses the item",
        "The shop sends a label",
        "The shop refunds",
    ]
    count = window.undo_stack.count()
    # indent the current (last) step under the one above, then move it up
    QTest.keyClick(table, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert window.document.get("r").specification.main_scenario[2].indent == 1
    assert window.undo_stack.undoText() == "Indent step 3 (“Request Return”)"
    QTest.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    texts = [s.text for s in window.document.get("r").specification.main_scenario]
    assert texts[1] == "The shop refunds"
    # indented under step 1 now: numbered as its sub-step
    assert table.item(1, 0).text().endswith("1.1")
    assert table.item(1, 1).text() == "The shop refunds"
    QTest.keyClick(table, Qt.Key.Key_Delete)
    assert len(window.document.get("r").specification.main_scenario) == 2
    assert window.undo_stack.count() == count + 3
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert [s.text for s in window.document.get("r").specification.main_scenario] == [
        "The customer chooses the item",
        "The shop sends a label",
        "The shop refunds",
    ]
    assert table.rowCount() == 3 and table.item(2, 1).text() == "The shop refunds"


def test_primary_actors_follow_the_associations_until_chosen(make_window) -> None:
    window = make_window(shop())
    editor = spec_tab(window)
    primary = editor.fields["primary_actors"]
    items = [primary.item(i) for i in range(primary.count())]
    checked = {i.text() for i in items if i.checkState() == Qt.CheckState.Checked}
    assert checked == {"Customer"}
    provider = next(i for i in items if i.text() == "Payment Provider")
    rect = primary.visualItemRect(provider)
    box = QPoint(rect.x() + 10, rect.center().y())
    QTest.mouseClick(primary.viewport(), Qt.MouseButton.LeftButton, pos=box)
    assert window.document.get("r").specification.primary_actors == ("c", "p")
    assert window.undo_stack.undoText() == "Change the primary actors of “Request Return”"
    reset = next(
        b for b in editor.findChildren(QPushButton) if b.text() == "Use the Associated Actors"
    )
    assert reset.isVisible()
    QTest.mouseClick(reset, Qt.MouseButton.LeftButton)
    assert window.document.get("r").specification is None


def answer_input(text: str) -> None:
    """Type into the next input dialog and press OK (it runs in a nested loop)."""

    def answer(dialog: QInputDialog) -> None:
        dialog.setTextValue(text)
        dialog.accept()

    when_modal(QInputDialog, answer)


def test_an_extension_with_a_new_extension_point_that_an_extend_can_target(make_window) -> None:
    window = make_window(shop())
    editor = spec_tab(window)
    steps = editor.fields["main_scenario"]
    for text in ("Choose the item", "Send the item back"):
        steps.table.setFocus()
        QTest.keyClick(steps.table, Qt.Key.Key_Insert)
        type_cell(text)
    steps.select_row(1)
    extensions = editor.fields["extensions"]
    QTest.mouseClick(extensions.buttons["add"], Qt.MouseButton.LeftButton)
    type_into(extensions.condition, "The item is damaged")
    QTest.keyClick(extensions.condition, Qt.Key.Key_Return)
    (extension,) = window.document.get("r").specification.extensions
    assert extension.condition == "The item is damaged"
    assert extension.step == window.document.get("r").specification.main_scenario[1].id
    assert extensions.list.item(0).text() == "2a. The item is damaged"
    count = window.undo_stack.count()
    answer_input("Item damaged")
    extensions.point.setCurrentIndex(extensions.point.count() - 1)
    extensions.point.activated.emit(extensions.point.count() - 1)
    usecase = window.document.get("r")
    (point,) = usecase.extension_points
    assert point.name == "Item damaged"
    assert usecase.specification.extensions[0].extension_point == point.id
    assert window.undo_stack.count() == count + 1
    assert (
        window.undo_stack.undoText() == "Create extension point “Item damaged” in “Request Return”"
    )
    # the «extend» can now target it
    window.undo_stack.run(
        "extend",
        lambda d: d.add(Extend(id="e", source="x", target="r", extension_points=(point.id,))),
    )
    # removing the step unties the extension (it branches from any step: "*a")
    window.undo_stack.undo()
    steps.select_row(1)
    steps.table.setFocus()
    QTest.keyClick(steps.table, Qt.Key.Key_Delete)
    spec = window.document.get("r").specification
    assert spec.extensions[0].step is None and spec.extension_labels() == {
        spec.extensions[0].id: "*a"
    }


def test_the_larger_editor_from_the_menu_with_undo(make_window) -> None:
    window = make_window(shop())
    window.current_scene().select_ids(["r"])
    action = next(
        a for a in window.menu("edit").actions() if a.objectName() == "action_edit_specification"
    )
    assert action.shortcut().toString() == "Ctrl+Shift+U"
    action.trigger()
    dialog = spec_actions.dialogs_of(window)["r"]
    activate(dialog)
    assert dialog.isVisible() and dialog.windowTitle() == "Specification of “Request Return”"
    trigger = dialog.editor.fields["trigger"]
    type_into(trigger, "The parcel arrived")
    leave(trigger)
    assert window.document.get("r").specification.trigger == "The parcel arrived"
    undo = next(a for a in dialog.actions() if a.text().startswith("Undo"))
    undo.trigger()
    assert window.document.get("r").specification is None and trigger.toPlainText() == ""
    assert dialog.copy_as_text().startswith("Use case specification: Request Return")
    window.undo_stack.run("delete", lambda d: d.remove(["r"]))
    assert not dialog.isVisible()  # the use case is gone: its window closes


def test_the_canvas_context_menu_opens_the_editor(make_window) -> None:
    window = make_window(shop())
    view = window.current_view()
    centre = view.mapFromScene(270, 130)
    chosen = []

    choose_from_next_menu("Edit Specification…", chosen)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, centre, view.viewport().mapToGlobal(centre)
    )
    QApplication.sendEvent(view.viewport(), event)
    assert chosen[0] == "Edit Specification…" and "Delete from &Model" in chosen
    assert window.current_scene().selected_ids() == ["r"]
    assert "r" in spec_actions.dialogs_of(window)


def test_the_tab_is_not_offered_for_actors(make_window) -> None:
    window = make_window(shop())
    window.current_scene().select_ids(["c"])
    assert window.properties.findChild(QTabWidget, "propertiesTabs") is None


@pytest.mark.parametrize("menu_name", ["edit"])
def test_without_a_use_case_selected_the_action_says_what_to_do(make_window, menu_name) -> None:
    window = make_window(shop())
    window.current_scene().select_ids(["c"])
    assert spec_actions.edit_selected(window) is None
    assert "Select one use case" in window.statusBar().currentMessage()


def test_the_model_browser_context_menu_opens_the_editor(make_window) -> None:
    window = make_window(shop())
    browser = window.browser
    item = browser._items["r"][0]
    browser.setCurrentItem(item)
    item.setSelected(True)
    pos = browser.visualItemRect(item).center()
    chosen: list[str] = []

    choose_from_next_menu("Edit Specification…", chosen)
    QApplication.sendEvent(
        browser.viewport(),
        QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, browser.viewport().mapToGlobal(pos)),
    )
    assert chosen[:2] == ["Edit Specification…", "Rename"]
    assert "r" in spec_actions.dialogs_of(window)
