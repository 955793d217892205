"""File > Compare With…: a git revision of the open file, picked from the list read from
git; the changes listed, drawn over the canvas, stepped through, and taken away."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDockWidget, QGraphicsSimpleTextItem

from tests.gitrepo import Repo
from ucdesigner.app.compare_actions import CompareDialog, panel_of
from ucdesigner.app.main_window import MainWindow
from ucdesigner.canvas.diff_overlay import DiffOverlay
from ucdesigner.model import Shape, UseCase

from .conftest import when_modal

DIAGRAM = "diagram_post_purchase"


def _texts(overlay) -> list[str]:
    return [i.text() for i in overlay.childItems() if isinstance(i, QGraphicsSimpleTextItem)]


def test_compare_with_head_shows_the_changes_on_the_canvas(qtbot, tmp_path) -> None:
    repo = Repo(tmp_path / "repo")
    repo.git("tag", "v1")
    window = MainWindow.open_file(str(repo.file))
    qtbot.addWidget(window)
    window.show()
    stack = window.undo_stack
    stack.run("Move", lambda d: d.move_shapes(DIAGRAM, ["uc_track_order"], 60, 30))
    stack.run("Add", lambda d: d.add(UseCase(id="uc_rate", name="Rate the Answer")))
    stack.run(
        "Show",
        lambda d: d.add_shapes(
            DIAGRAM, [Shape(element="uc_rate", x=40, y=40, width=150, height=60)]
        ),
    )
    offered: list[str] = []

    def choose(dialog: CompareDialog) -> None:
        offered.extend(dialog.revision.itemData(i) for i in range(dialog.revision.count()))
        dialog.revision.setCurrentIndex(offered.index("v1"))
        dialog.accept()

    when_modal(CompareDialog, choose)
    action = window.findChild(type(window.actions_by_name["save"]), "action_compare_with")
    assert action in window.menu("file").actions()
    action.trigger()
    assert offered[:2] == ["HEAD", "main"] and "v1" in offered
    assert window.findChild(QDockWidget, "compareDock").isVisible()

    panel = panel_of(window)
    lines = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert "Added use case Rate the Answer." in lines
    assert "Post-purchase support: Track Order: moved." in lines
    assert "Compared with v1: " in panel.heading.text()
    overlay = panel.overlay
    assert overlay is not None and overlay.scene() is window.current_scene()
    assert {"added", "moved"} <= set(_texts(overlay))

    QTest.mouseClick(panel.next, Qt.MouseButton.LeftButton)
    QTest.mouseClick(panel.next, Qt.MouseButton.LeftButton)
    assert panel.list.currentRow() == 1
    QTest.mouseClick(panel.previous, Qt.MouseButton.LeftButton)
    assert panel.list.currentRow() == 0
    assert window.current_scene().selected_ids() == ["uc_rate"]

    # Undoing the move takes it out of the comparison (the panel follows the document).
    stack.undo()
    stack.undo()
    stack.undo()
    qtbot.waitUntil(lambda: panel.list.count() == 0, timeout=3000)
    assert "no changes" in panel.heading.text()

    QTest.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    assert panel.overlay is None
    assert not window.findChild(QDockWidget, "compareDock").isVisible()
    assert not [i for i in window.current_scene().items() if isinstance(i, DiffOverlay)]
