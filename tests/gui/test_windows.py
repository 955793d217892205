"""One window per document: File > New, Open (and Open Recent, New from Template) open a
new window unless the current one is blank; a file already open brings its window
forward; the Window menu lists the windows; each window keeps its own document."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QMenu

from ucdesigner.app import windows
from ucdesigner.app.main_window import MainWindow
from ucdesigner.app.template_actions import TemplateDialog
from ucdesigner.io.native import save
from ucdesigner.model import Actor, DiagramInfo, Document

from .conftest import when_modal

EXAMPLE = (
    Path(__file__).resolve().parents[2] / "resources" / "examples" / "post-purchase-support.ucd"
)


def filled() -> Document:
    d = Document("Shop")
    d.add(Actor(id="a", name="Customer"))
    d.add_diagram(DiagramInfo(id="d", name="Main"))
    return d


@pytest.fixture
def new_windows(make_window):
    """``make`` makes a window as the tests' fixture does; ``made()`` lists the windows
    the application opened itself since (closed unasked at the end)."""
    before = set(map(id, windows.open_windows()))
    mine: set[int] = set()

    def make(document=None) -> MainWindow:
        window = make_window(document)
        mine.add(id(window))
        return window

    def made() -> list[MainWindow]:
        return [w for w in windows.open_windows() if id(w) not in before | mine]

    made.make = make  # type: ignore[attr-defined]
    yield made
    for window in made():
        window.undo_stack.setClean()
        window.close()


def test_new_opens_a_new_window_when_this_one_holds_a_document(new_windows):
    window = new_windows.make(filled())
    window.actions_by_name["new"].trigger()
    (other,) = new_windows()
    assert other is not window and len(other.document) == 0 and other.path is None
    assert window.document.name == "Shop" and len(window.document) == 1
    # The new window is blank: File > New there reuses it.
    other.actions_by_name["new"].trigger()
    assert new_windows() == [other]


def test_a_blank_window_is_reused_and_a_modified_one_is_not(new_windows):
    blank = new_windows.make()
    assert windows.is_blank(blank)
    assert blank.open_path(EXAMPLE)
    assert new_windows() == [] and blank.document.name == "Post-purchase support"
    # A blank document with an unsaved change (a new diagram) is kept too.
    empty = new_windows.make()
    empty.actions_by_name["new_diagram"].trigger()
    assert not windows.is_blank(empty)
    empty.actions_by_name["new"].trigger()
    assert len(new_windows()) == 1


def test_opening_a_file_that_is_open_brings_its_window_forward(new_windows, tmp_path, qtbot):
    path = tmp_path / "shop.ucd"
    save(filled(), path)
    first = new_windows.make()
    assert first.open_path(path) and first.path == path
    second = new_windows.make(filled())
    assert second.open_path(tmp_path / "." / "shop.ucd")  # the same file, another spelling
    assert new_windows() == []
    assert second.document.name == "Shop" and second.path is None
    qtbot.waitUntil(first.isActiveWindow)


def test_the_window_menu_lists_the_windows_and_switches(new_windows, qtbot):
    first = new_windows.make(filled())
    first.open_path(EXAMPLE)
    (second,) = new_windows()
    menu = first.findChild(QMenu, "menu_window")
    titles = [a.text() for a in first.menuBar().actions()]
    assert titles.index(menu.title()) == titles.index("&Help") - 1
    windows.fill_window_menu(first, menu)
    texts = [a.text() for a in menu.actions()]
    assert "post-purchase-support.ucd" in " ".join(texts)
    checked = [a.text() for a in menu.actions() if a.isChecked()]
    assert len(checked) == 1 and "Untitled" in checked[0]
    (entry,) = [a for a in menu.actions() if "post-purchase" in a.text()]
    entry.trigger()
    qtbot.waitUntil(second.isActiveWindow)


def test_each_window_undoes_its_own_changes(new_windows):
    first = new_windows.make(filled())
    first.actions_by_name["new"].trigger()
    (second,) = new_windows()
    second.actions_by_name["new_diagram"].trigger()
    assert second.undo_stack.count() == 1 and first.undo_stack.count() == 0
    assert len(second.document.diagrams()) == 2 and len(first.document.diagrams()) == 1


def test_new_from_template_opens_beside_a_document(new_windows):
    window = new_windows.make(filled())

    def choose(dialog: TemplateDialog) -> None:
        dialog.list.setCurrentRow(0)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(TemplateDialog, choose)
    window.findChild(QAction, "action_new_from_template").trigger()
    (other,) = new_windows()
    assert window.document.name == "Shop" and len(window.document) == 1
    assert other.path is None and len(other.document) > 0


def test_open_recent_opens_beside_a_document(new_windows):
    window = new_windows.make(filled())
    window.preferences.add_recent(str(EXAMPLE))
    window.recent_menu.aboutToShow.emit()
    (entry,) = [a for a in window.recent_menu.actions() if a.toolTip() == str(EXAMPLE)]
    entry.trigger()
    (other,) = new_windows()
    assert other.document.name == "Post-purchase support" and other.path == EXAMPLE
    assert window.document.name == "Shop"
    entry.trigger()  # already open: no third window
    assert new_windows() == [other]
