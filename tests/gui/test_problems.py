"""The Problems panel (live, double-click shows the element, quick fixes from the
context menu, checks switched off per document) and File > Export Report."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget, QFileDialog, QToolButton

from ucdesigner.app.problems_panel import panel_of
from ucdesigner.model import (
    Actor,
    Association,
    DiagramInfo,
    Document,
    Shape,
    Subject,
    UseCase,
)

from .conftest import choose_from_next_menu


def model() -> Document:
    d = Document("Shop")
    d.add(
        Actor(id="c", name="Customer"),
        Subject(id="s", name="Web Shop"),
        UseCase(id="o", name="Place Order", subjects=("s",)),
        UseCase(id="v", name="Apply Voucher"),
        Association(id="a", source="c", target="o"),
    )
    d.add_diagram(DiagramInfo(id="main", name="Main"))
    d.add_diagram(DiagramInfo(id="other", name="Vouchers"))
    d.add_shapes(
        "main",
        [
            Shape(element="c", x=0, y=100, width=48, height=84),
            Shape(element="s", x=100, y=0, width=300, height=300),
            Shape(element="o", x=150, y=60, width=140, height=60),
        ],
    )
    d.add_shapes(
        "other",
        [
            Shape(element="c", x=0, y=100, width=48, height=84),
            Shape(element="v", x=300, y=100, width=140, height=60),
        ],
    )
    return d


def rows(panel) -> list[tuple[str, str, str]]:
    tree = panel.tree
    return [
        tuple(tree.topLevelItem(i).text(c) for c in range(3))
        for i in range(tree.topLevelItemCount())
    ]


def settle(panel) -> None:
    """Let the panel's short delay pass (it checks once a burst of changes is over)."""
    QTest.qWait(panel._timer.interval() + 50)


def test_the_panel_lists_problems_live_and_counts_them_in_the_status_bar(make_window) -> None:
    window = make_window(model())
    panel = panel_of(window)
    settle(panel)  # the first check runs once the window is up
    assert rows(panel) == [
        (
            "Warning",
            "No actor takes part in the use case “Apply Voucher”: nobody starts it or "
            "benefits from it, directly or through a use case that includes it.",
            "Apply Voucher",
        )
    ]
    status = window.statusBar().findChild(QToolButton, "problemsStatus")
    assert status.text() == "1 warning"
    window.undo_stack.run(
        "associate", lambda d: d.add(Association(id="a2", source="c", target="v"))
    )
    settle(panel)
    assert rows(panel) == [] and status.text() == "No problems"
    dock = window.findChild(QDockWidget, "problemsDock")
    assert not dock.isVisible()
    QTest.mouseClick(status, Qt.MouseButton.LeftButton)
    assert dock.isVisible()


def test_double_click_shows_the_element_on_a_diagram_that_draws_it(make_window) -> None:
    window = make_window(model())
    panel = panel_of(window)
    settle(panel)  # the first check runs once the window is up
    window.findChild(QDockWidget, "problemsDock").show()
    assert window.current_view().diagram_id == "main"
    tree = panel.tree
    rect = tree.visualItemRect(tree.topLevelItem(0))
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_view().diagram_id == "other"
    assert window.current_scene().selected_ids() == ["v"]
    assert "Suggested fix: Draw an association" in panel.fix_label.text()


def test_a_quick_fix_from_the_context_menu_is_one_undo_step(make_window) -> None:
    window = make_window(model())
    panel = panel_of(window)
    settle(panel)  # the first check runs once the window is up
    window.findChild(QDockWidget, "problemsDock").show()
    tree = panel.tree
    pos = tree.visualItemRect(tree.topLevelItem(0)).center()
    seen: list[str] = []
    choose_from_next_menu("Add association to “Customer”", seen)
    QApplication.sendEvent(
        tree.viewport(),
        QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, tree.viewport().mapToGlobal(pos)),
    )
    assert seen == [
        "Add association to “Customer”",
        "Show Element",
        "Turn Off “Use case that no actor takes part in”",
    ]
    (rel,) = window.document.incoming("v", "association")
    assert rel.source == "c" and window.document.edge("other", rel.id) is not None
    assert window.undo_stack.undoText() == "Add association to “Customer”"
    assert rows(panel) == []
    window.undo_stack.undo()
    settle(panel)
    assert len(rows(panel)) == 1


def test_a_check_switched_off_for_the_document_with_undo(make_window) -> None:
    window = make_window(model())
    panel = panel_of(window)
    settle(panel)  # the first check runs once the window is up
    panel._fill_checks_menu()
    action = next(a for a in panel.checks_menu.actions() if a.text().startswith("Use case that"))
    assert action.isChecked()
    action.trigger()
    assert window.document.settings.disabled_checks == ("usecase-without-actor",)
    assert (
        window.undo_stack.undoText() == "Turn off the check “Use case that no actor takes part in”"
    )
    assert rows(panel) == [] and panel.summary.text() == "No problems"
    window.undo_stack.undo()
    settle(panel)
    assert window.document.settings.disabled_checks == () and len(rows(panel)) == 1


def test_the_panel_follows_the_window_to_another_document(make_window) -> None:
    window = make_window(model())
    panel = panel_of(window)
    settle(panel)  # the first check runs once the window is up
    other = Document("Empty")
    other.add(Actor(id="x", name="Auditor"))
    window.open_document(other, None)
    settle(panel)
    assert [r[2] for r in rows(panel)] == ["Auditor"]


def test_export_report_from_the_file_menu(make_window, tmp_path, monkeypatch) -> None:
    window = make_window(model())
    target = tmp_path / "handout"
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *a, **k: (str(target), "Markdown, with the diagrams beside it (*.md)"),
    )
    action = next(
        a for a in window.menu("file").actions() if a.objectName() == "action_export_report"
    )
    assert action.shortcut().toString() == "Ctrl+Shift+R"
    action.trigger()
    assert (tmp_path / "handout.md").read_text().startswith("# Shop\n")
    assert {p.name for p in (tmp_path / "handout-diagrams").iterdir()} == {
        "Main.svg",
        "Vouchers.svg",
    }
    assert "and 2 diagrams beside it" in window.statusBar().currentMessage()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "r.html"), "")
    )
    action.trigger()
    assert (tmp_path / "r.html").read_text().startswith("<!DOCTYPE html>")


def test_f8_shows_the_panel(make_window) -> None:
    window = make_window(model())
    window.windowHandle().requestActivate()
    QTest.qWaitForWindowActive(window)
    dock = window.findChild(QDockWidget, "problemsDock")
    QTest.keyClick(window.current_view(), Qt.Key.Key_F8)
    assert dock.isVisible()
