"""Edit ▸ Paste Table or PlantUML, File ▸ Import / Export PlantUML in the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from ucdesigner.app.text_actions import export_plantuml, import_plantuml
from ucdesigner.io.plantuml import parse_plantuml
from ucdesigner.model import DiagramInfo, Document, UseCase
from ucdesigner.model.lanes import stage_at

from .conftest import answer_dialog

TABLE = (
    "Actor\tUse case\tStage\tEmotion\n"
    "Customer\tCompare offers\tConsideration / Intent\t1\n"
    "Customer\tSign contract\tPurchase\t0\n"
    "Agent\tAnswer questions\tPost-purchase support\t\n"
    "\tNo actor here\tNowhere\tawful\n"
)


def empty() -> Document:
    doc = Document("Shop")
    doc.add_diagram(DiagramInfo(id="d", name="Journey"))
    return doc


def paste_with_keys(window, qtbot) -> None:
    # Shortcuts reach only the active window; the offscreen platform activates a new
    # window a moment after it is shown.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    view = window.current_view()
    view.setFocus()
    QTest.keyClick(
        view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )


def test_pasting_a_table_adds_it_laid_out_in_lanes_in_one_undo_step(make_window, qtbot) -> None:
    window = make_window(empty())
    QApplication.clipboard().setText(TABLE)
    found: list[str] = []
    answer_dialog(QMessageBox.StandardButton.Ok, found)
    paste_with_keys(window, qtbot)
    doc = window.document
    cases = {n.name: n for n in doc.nodes() if isinstance(n, UseCase)}
    # The row with a bad emotion is kept, with its new stage; only the cell is dropped.
    assert sorted(cases) == ["Answer questions", "Compare offers", "No actor here", "Sign contract"]
    assert cases["No actor here"].journey.emotion is None
    lanes = doc.diagram_info("d").lanes
    assert lanes is not None
    for case in cases.values():
        assert stage_at(doc.journey, lanes, doc.shape("d", case.id)) == case.journey.stage
    assert sorted(window.current_scene().selected_ids()) == sorted(n.id for n in doc.nodes())
    assert (
        found and 'Row 5: the emotion "awful" is not a number from −2 to +2; left out' in found[0]
    )
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert len(doc) == 0 and doc.diagram_info("d").lanes is None


def test_pasting_plantuml_adds_it_too(make_window, qtbot) -> None:
    window = make_window(empty())
    QApplication.clipboard().setText("@startuml\nactor Customer\nCustomer -- (Buy)\n@enduml\n")
    paste_with_keys(window, qtbot)
    assert sorted(n.name for n in window.document.nodes()) == ["Buy", "Customer"]
    assert len(window.document.edges("d")) == 1


def test_text_that_is_no_table_gets_a_clear_message(make_window, qtbot) -> None:
    window = make_window(empty())
    QApplication.clipboard().setText("Just a sentence")
    found: list[str] = []
    answer_dialog(QMessageBox.StandardButton.Ok, found)
    paste_with_keys(window, qtbot)
    assert found and "The first row must name the columns" in found[0]
    assert window.undo_stack.count() == 0


def test_import_and_export_plantuml(make_window, tmp_path: Path) -> None:
    window = make_window(empty())
    source = tmp_path / "shop.puml"
    source.write_text(
        "@startuml\ntitle Shop\nactor Buyer\nBuyer -- (Buy)\n(Buy) ..> (Pay) : <<include>>\n@enduml\n"
    )
    assert import_plantuml(window, str(source))
    assert window.path is None and window.isWindowModified()
    assert sorted(n.name for n in window.document.nodes()) == ["Buy", "Buyer", "Pay"]
    target = tmp_path / "out.puml"
    assert export_plantuml(window, str(target))
    again = parse_plantuml(target.read_text())
    assert sorted(n.name for n in again.nodes.values()) == ["Buy", "Buyer", "Pay"]
    assert [r.kind for r in again.relationships if r.kind == "include"] == ["include"]
    actions = {a.objectName() for a in window.menu("file").actions()}
    assert {"action_import_plantuml", "action_export_plantuml"} <= actions
    assert window.findChild(QAction, "action_paste_table") in window.menu("edit").actions()


def test_import_without_graphviz_says_so_in_the_status_bar_and_shows_no_problem_box(
    make_window, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("UCDESIGNER_GRAPHVIZ_DIR", str(tmp_path / "no-graphviz-here"))
    window = make_window(empty())
    source = tmp_path / "shop.puml"
    source.write_text("@startuml\nactor Buyer\nBuyer -- (Buy)\n@enduml\n")
    boxes: list[str] = []
    answer_dialog(QMessageBox.StandardButton.Ok, boxes)
    assert import_plantuml(window, str(source))
    QApplication.processEvents()
    assert not boxes, "the grid layout is not a line that could not be used"
    message = window.statusBar().currentMessage()
    assert "Imported 1 actors, 1 use cases" in message
    assert "Graphviz was not found" in message
