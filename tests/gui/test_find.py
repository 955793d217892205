"""Edit > Find and Find and Replace in a real window: typed keys, the real actions and
shortcuts, the real list; the element of a match is selected on a diagram that shows
it; Replace All is one undo step; the browser's filter box hides what does not match."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget

from ucdesigner.app.find_panel import panel_of
from ucdesigner.model import (
    Actor,
    Association,
    DiagramInfo,
    Document,
    Shape,
    Specification,
    Step,
    UseCase,
)

Key = QKeySequence.StandardKey


def document() -> Document:
    d = Document("Shop")
    d.add(
        Actor(id="a", name="Customer"),
        UseCase(
            id="u1",
            name="Place Order",
            specification=Specification(
                main_scenario=(Step(id="s1", text="Customer chooses a payment card"),)
            ),
        ),
        UseCase(id="u2", name="Track Order", documentation="Shows where the parcel is"),
        UseCase(id="u3", name="Cancel Order"),
        Association(id="r", source="a", target="u1"),
    )
    d.add_diagram(DiagramInfo(id="d1", name="Ordering"))
    d.add_shapes(
        "d1",
        [
            Shape(element="a", x=0, y=0, width=60, height=100),
            Shape(element="u1", x=200, y=0, width=160, height=70),
        ],
    )
    d.add_diagram(DiagramInfo(id="d2", name="Tracking"))
    d.add_shapes("d2", [Shape(element="u2", x=0, y=0, width=160, height=70)])
    return d


def press(qtbot, widget, sequence) -> None:
    """Type a shortcut as the user would."""
    keys = QKeySequence(sequence)[0]
    qtbot.keyClick(widget, keys.key(), keys.keyboardModifiers())


def open_find(window, qtbot, key=Key.Find):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.current_view().setFocus()
    press(qtbot, window.current_view(), QKeySequence.keyBindings(key)[0])
    panel = panel_of(window)
    assert window.findChild(QDockWidget, "findDock").isVisible()
    qtbot.waitUntil(lambda: panel.find_field.hasFocus())
    return panel


def rows(panel) -> list[tuple[str, ...]]:
    results = panel.results
    return [tuple(results.text(i, c) for c in range(4)) for i in range(results.row_count())]


def test_ctrl_f_opens_find_and_typing_lists_matches_with_kind_and_place(make_window, qtbot):
    window = make_window(document())
    assert window.actions_by_name["find"] in window.menu("edit").actions()
    panel = open_find(window, qtbot)
    qtbot.keyClicks(panel.find_field, "ord")
    qtbot.waitUntil(lambda: panel.results.row_count() == 4)
    assert rows(panel) == [
        ("Place Order", "Use Case", "Name", "Place Order"),
        ("Track Order", "Use Case", "Name", "Track Order"),
        ("Cancel Order", "Use Case", "Name", "Cancel Order"),
        ("Ordering", "Diagram", "Name", "Ordering"),
    ]
    assert panel.status.text() == "4 matches."
    qtbot.keyClicks(panel.find_field, "er ")  # "order " : not "Ordering"
    qtbot.waitUntil(lambda: panel.results.row_count() == 0)
    assert panel.status.text() == "No matches."
    panel.find_field.clear()
    qtbot.keyClicks(panel.find_field, "card")
    qtbot.waitUntil(lambda: panel.results.row_count() == 1)
    assert rows(panel) == [("Place Order", "Use Case", "Step 1", "Customer chooses a payment card")]


def test_choosing_a_match_selects_its_element_on_a_diagram_that_shows_it(make_window, qtbot):
    window = make_window(document())
    panel = open_find(window, qtbot)
    qtbot.keyClicks(panel.find_field, "parcel")
    qtbot.waitUntil(lambda: panel.results.row_count() == 1)
    assert window.current_view().diagram_id == "d1"
    qtbot.keyClick(panel.find_field, Qt.Key.Key_Return)  # Enter: the next (first) match
    assert window.current_view().diagram_id == "d2"  # switched to the tab that shows it
    assert window.current_scene().selected_ids() == ["u2"]
    # An element on no diagram is selected in the model browser.
    panel.find_field.setText("cancel")
    qtbot.waitUntil(lambda: panel.results.row_count() == 1)
    qtbot.keyClick(panel.find_field, Qt.Key.Key_Return)
    assert window.browser.selected_ids() == ["u3"]


def test_f3_and_shift_f3_step_through_the_matches(make_window, qtbot):
    window = make_window(document())
    panel = open_find(window, qtbot)
    qtbot.keyClicks(panel.find_field, "order")
    qtbot.waitUntil(lambda: panel.results.row_count() == 4)
    view = window.current_view()
    seen = []
    for _ in range(5):
        press(qtbot, view, QKeySequence.keyBindings(Key.FindNext)[0])
        seen.append(panel.current_match().owner)
        if seen[-1] == "u2":
            assert window.current_view().diagram_id == "d2"
    assert seen == ["u1", "u2", "u3", "d1", "u1"]  # wraps round
    assert window.current_view().diagram_id == "d1"
    assert window.current_scene().selected_ids() == ["u1"]
    press(qtbot, window.current_view(), QKeySequence.keyBindings(Key.FindPrevious)[0])
    assert panel.current_match().owner == "d1"


def test_an_invalid_regular_expression_says_so_and_searches_nothing(make_window, qtbot):
    window = make_window(document())
    panel = open_find(window, qtbot)
    qtbot.mouseClick(panel.regex_box, Qt.MouseButton.LeftButton)
    assert panel.regex_box.isChecked()
    qtbot.keyClicks(panel.find_field, "Order(")
    qtbot.waitUntil(lambda: "Invalid regular expression" in panel.status.text())
    assert panel.status.text() == (
        "Invalid regular expression: missing ), unterminated subpattern at character 6. "
        "Nothing is searched."
    )
    assert panel.results.row_count() == 0
    qtbot.keyClick(panel.find_field, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: panel.results.row_count() == 4)
    assert panel.status.text() == "4 matches."


def test_case_and_whole_word_options(make_window, qtbot):
    window = make_window(document())
    panel = open_find(window, qtbot)
    qtbot.keyClicks(panel.find_field, "Order")
    qtbot.waitUntil(lambda: panel.results.row_count() == 4)
    panel.words_box.click()
    qtbot.waitUntil(lambda: panel.results.row_count() == 3)  # not "Ordering"
    panel.words_box.click()
    panel.find_field.setText("order")
    panel.case_box.click()
    qtbot.waitUntil(lambda: panel.status.text() == "No matches.")


def test_replace_all_previews_then_is_one_undo_step(make_window, qtbot):
    window = make_window(document())
    panel = open_find(window, qtbot, Key.Replace)
    assert panel.replace_field.isVisible()
    qtbot.keyClicks(panel.find_field, "Order")
    qtbot.keyClicks(panel.replace_field, "Purchase")
    qtbot.waitUntil(lambda: panel.results.row_count() == 4)
    after = [panel.results.text(i, 4) for i in range(4)]
    assert after == ["Place Purchase", "Track Purchase", "Cancel Purchase", "Purchaseing"]
    assert window.document.get("u1").name == "Place Order"  # a preview changes nothing
    qtbot.mouseClick(panel.replace_all_button, Qt.MouseButton.LeftButton)
    assert [window.document.get(u).name for u in ("u1", "u2", "u3")] == [
        "Place Purchase",
        "Track Purchase",
        "Cancel Purchase",
    ]
    assert window.document.diagram_info("d1").name == "Purchaseing"
    assert panel.status.text() == "Replaced in 4 fields."
    assert window.undo_stack.count() == 1
    window.actions_by_name["undo"].trigger()
    assert [window.document.get(u).name for u in ("u1", "u2", "u3")] == [
        "Place Order",
        "Track Order",
        "Cancel Order",
    ]
    assert window.document.diagram_info("d1").name == "Ordering"


def test_replace_one_changes_the_chosen_match_and_moves_on(make_window, qtbot):
    window = make_window(document())
    panel = open_find(window, qtbot, Key.Replace)
    qtbot.keyClicks(panel.find_field, "Order")
    panel.words_box.click()
    qtbot.keyClicks(panel.replace_field, "Request")
    qtbot.waitUntil(lambda: panel.results.row_count() == 3)
    panel.step(1)
    panel.step(1)  # Track Order
    qtbot.mouseClick(panel.replace_one_button, Qt.MouseButton.LeftButton)
    assert window.document.get("u2").name == "Track Request"
    assert window.document.get("u1").name == "Place Order"
    assert panel.current_match().owner == "u3"  # the next one is chosen
    assert window.undo_stack.undoText().startswith("Replace in Name of “Track Order”")


def test_a_replacement_that_empties_a_name_is_refused_with_the_reason(make_window, qtbot):
    window = make_window(document())
    panel = open_find(window, qtbot, Key.Replace)
    panel.regex_box.click()
    qtbot.keyClicks(panel.find_field, "^Cancel Order$|chooses")
    qtbot.waitUntil(lambda: panel.results.row_count() == 2)
    texts = {panel.results.text(i, 4) for i in range(2)}
    assert texts == {"Not replaced: the name would be empty", "Customer a payment card"}
    qtbot.mouseClick(panel.replace_all_button, Qt.MouseButton.LeftButton)
    assert window.document.get("u3").name == "Cancel Order"
    step = window.document.get("u1").specification.main_scenario[0].text
    assert step == "Customer  a payment card"
    assert panel.status.text() == ("Replaced in 1 field. 1 not replaced: the name would be empty.")


def test_results_follow_changes_to_the_document(make_window, qtbot):
    window = make_window(document())
    panel = open_find(window, qtbot)
    qtbot.keyClicks(panel.find_field, "order")
    qtbot.waitUntil(lambda: panel.results.row_count() == 4)
    window.undo_stack.run("rename", lambda d: d.update("u3", name="Cancel"))
    qtbot.waitUntil(lambda: panel.results.row_count() == 3)


def test_the_model_browser_filter_hides_what_does_not_match(make_window, qtbot):
    window = make_window(document())
    box = window.findChild(QDockWidget, "browserDock").findChild(object, "browserFilter")
    assert box is not None and box.isVisible()
    qtbot.keyClicks(box, "track")
    browser = window.browser

    def visible_elements() -> set[str]:
        shown = set()
        for item in browser._all_items():
            element = item.data(0, Qt.ItemDataRole.UserRole)
            hidden = item.isHidden() or any(p.isHidden() for p in _parents(item))
            if element and not str(element).startswith("group:") and not hidden:
                shown.add(item.text(0))
        return shown

    qtbot.waitUntil(lambda: visible_elements() == {"Track Order"})
    # The filter holds when the tree is rebuilt after a change.
    window.undo_stack.run("rename", lambda d: d.update("u3", name="Track Returns"))
    qtbot.waitUntil(lambda: visible_elements() == {"Track Order", "Track Returns"})
    box.clear()
    qtbot.waitUntil(lambda: "Customer" in visible_elements())


def _parents(item):
    parent = item.parent()
    while parent is not None:
        yield parent
        parent = parent.parent()


def test_tab_goes_from_find_to_replace_and_cut_texts_have_tips(make_window, qtbot):
    window = make_window(document())
    panel = open_find(window, qtbot, Key.Replace)
    qtbot.keyClicks(panel.find_field, "payment")
    qtbot.keyClick(panel.find_field, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: panel.replace_field.hasFocus())
    qtbot.keyClicks(panel.replace_field, "credit")
    qtbot.waitUntil(lambda: panel.results.row_count() == 1)
    assert panel.results.text(0, 4) == "Customer chooses a credit card"
    tips = [panel.results.tool_tip(0, c) for c in range(5)]
    assert tips == [
        "Place Order",
        "Use Case",
        "Step 1",
        "Customer chooses a payment card",
        "Customer chooses a credit card",
    ]


def test_the_journey_stages_are_found_and_replaced_as_one_step(make_window, qtbot):
    window = make_window(document())
    panel = open_find(window, qtbot, Key.Replace)
    qtbot.keyClicks(panel.find_field, "Awareness")
    qtbot.waitUntil(lambda: panel.results.row_count() == 1)
    assert rows(panel) == [("Awareness", "Journey stage", "Name", "Awareness")]
    panel.step(1)
    assert window.statusBar().currentMessage() == "Journey stage “Awareness”: Name"
    qtbot.keyClicks(panel.replace_field, "Discovery")
    qtbot.mouseClick(panel.replace_all_button, Qt.MouseButton.LeftButton)
    assert window.document.journey.stages[0].name == "Discovery"
    assert panel.status.text() == "Replaced in 1 field."
    assert panel.results.row_count() == 0
    window.actions_by_name["undo"].trigger()
    assert window.document.journey.stages[0].name == "Awareness"
    # A stage may not take the name of another one: the reason is shown, nothing changes.
    panel.replace_field.setText("Purchase")
    qtbot.mouseClick(panel.replace_all_button, Qt.MouseButton.LeftButton)
    assert window.document.journey.stages[0].name == "Awareness"
    assert "two stages are named" in panel.status.text()
    panel.step(1)
    qtbot.mouseClick(panel.replace_one_button, Qt.MouseButton.LeftButton)
    assert window.document.journey.stages[0].name == "Awareness"
    assert "two stages are named" in panel.status.text()
    panel.replace_field.setText("Discovery")
    qtbot.mouseClick(panel.replace_one_button, Qt.MouseButton.LeftButton)
    assert window.document.journey.stages[0].name == "Discovery"
    assert panel.status.text() == "No matches."


def test_an_option_by_its_alt_key_leaves_the_typing_in_the_find_field(make_window, qtbot):
    window = make_window(document())
    panel = open_find(window, qtbot)
    qtbot.keyClick(panel.find_field, Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(panel.regex_box.isChecked)  # Qt animates the click a moment
    qtbot.keyClicks(window.focusWidget(), "^Track Order$")
    assert panel.find_field.text() == "^Track Order$"
    assert panel.regex_box.isChecked()  # the space did not turn it off
    qtbot.waitUntil(lambda: panel.results.row_count() == 1)
    qtbot.mouseClick(panel.case_box, Qt.MouseButton.LeftButton)
    assert panel.case_box.isChecked() and panel.find_field.hasFocus()
