"""The customer journey in the window: lanes, the Journey tab, the journey dialog and the
Coverage view, driven with real mouse and key events."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QComboBox,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTabWidget,
)

from ucdesigner.app.coverage_view import CoverageView
from ucdesigner.app.journey_dialog import JourneyDialog
from ucdesigner.canvas.lanes import EmotionMark, LaneLayer
from ucdesigner.model import Actor, Association, DiagramInfo, Document, Shape, Subject, UseCase
from ucdesigner.model.diagram import Lanes
from ucdesigner.model.journey import JourneyStep, Kpi

from .conftest import Mouse, centre, when_modal

LANES = Lanes(x=100, y=0, width=200)
# Awareness 100-300, Consideration 300-500, Purchase 500-700, Support 700-900, Advocacy 900-1100


def journey_doc() -> Document:
    d = Document("Shop")
    d.add(
        Actor(id="a", name="Customer"),
        Actor(id="b", name="Agent"),
        Subject(id="s", name="Shop"),
        UseCase(
            id="u", name="Compare", subjects=("s",), journey=JourneyStep(stage="stage_awareness")
        ),
        UseCase(
            id="v",
            name="Pay",
            journey=JourneyStep(
                stage="stage_purchase",
                emotion=-1,
                pain_points=("Card refused",),
                kpis=(
                    Kpi(
                        name="Conversion", perspective="financial", target=3, current=2.5, unit="%"
                    ),
                ),
            ),
        ),
        Association(id="r1", source="a", target="u"),
        Association(id="r2", source="a", target="v"),
    )
    d.add_diagram(DiagramInfo(id="d", name="Journey", lanes=LANES))
    d.add_diagram(DiagramInfo(id="e", name="Plain"))
    d.add_shapes(
        "d",
        [
            Shape(element="a", x=-100, y=100, width=48, height=84),
            Shape(element="s", x=110, y=60, width=980, height=400),
            Shape(element="u", x=130, y=100, width=140, height=60),
            Shape(element="v", x=530, y=100, width=140, height=60),
        ],
    )
    return d


@pytest.fixture
def window(make_window):
    w = make_window(journey_doc())
    w.current_view().centerOn(500, 250)
    return w


def journey_tab(window):
    tabs = window.properties.findChild(QTabWidget, "propertiesTabs")
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    tabs.setCurrentIndex(titles.index("Journey"))
    return tabs.currentWidget()


def test_lanes_are_drawn_behind_the_shapes_with_emotion_marks(window) -> None:
    scene = window.current_scene()
    assert scene.lanes_shown()
    lanes = next(i for i in scene.items() if isinstance(i, LaneLayer))
    assert lanes.zValue() > scene.node_item("s").zValue()
    assert lanes.zValue() < scene.node_item("u").zValue()
    marks = [i for i in scene.node_item("v").childItems() if isinstance(i, EmotionMark)]
    assert [m.value for m in marks] == [-1]
    assert "−1" in marks[0].toolTip() and "negative" in marks[0].toolTip()
    assert not [i for i in scene.node_item("u").childItems() if isinstance(i, EmotionMark)]


def test_dragging_a_use_case_into_a_lane_sets_its_stage_in_one_undo_step(window) -> None:
    before = window.document.to_data()
    start = centre(window, "u")
    Mouse(window.current_view()).drag(start, (start[0] + 600, start[1] + 150))  # centre 800
    assert window.document.get("u").journey.stage == "stage_support"
    assert window.document.get("u").subjects == ("s",)
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert window.document.to_data() == before


def test_the_lanes_take_no_clicks(window) -> None:
    Mouse(window.current_view()).click((1000, 420))  # inside the boundary, in a lane
    assert window.current_scene().selected_ids() == []
    Mouse(window.current_view()).drag((950, 480), (1050, 520))  # a rubber band in a lane
    assert window.document.to_data() == journey_doc().to_data()


def test_the_journey_tab_sets_the_stage_and_moves_the_shape_into_its_lane(window) -> None:
    window.current_scene().select_ids(["u"])
    tab = journey_tab(window)
    stage = next(c for c in tab.findChildren(QComboBox) if c.accessibleName() == "Journey stage")
    stage.setFocus()
    QTest.keyClick(stage, Qt.Key.Key_Down)  # Awareness -> Consideration / Intent
    assert window.document.get("u").journey.stage == "stage_consideration"
    shape = window.document.shape("d", "u")
    assert shape.x + shape.width / 2 == 400
    assert window.undo_stack.count() == 1 and window.undo_stack.undoText() == "Set stage"
    window.undo_stack.undo()
    assert window.document.shape("d", "u").x == 130


def test_the_journey_tab_edits_touchpoints_emotion_pain_points_and_kpis(window) -> None:
    window.current_scene().select_ids(["v"])
    tab = journey_tab(window)
    touchpoints = next(
        w for w in tab.findChildren(QListWidget) if w.accessibleName() == "Touchpoints"
    )
    item = touchpoints.item(1)  # app
    rect = touchpoints.visualItemRect(item)
    QTest.mouseClick(
        touchpoints.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(rect.left() + 10, rect.center().y()),
    )
    assert window.document.get("v").journey.touchpoints == ("app",)
    emotion = next(
        c for c in tab.findChildren(QComboBox) if c.accessibleName() == "Customer emotion"
    )
    emotion.setFocus()
    QTest.keyClick(emotion, Qt.Key.Key_Down)
    QTest.keyClick(emotion, Qt.Key.Key_Down)
    assert window.document.get("v").journey.emotion == 1
    marks = [
        i for i in window.current_scene().node_item("v").childItems() if isinstance(i, EmotionMark)
    ]
    assert marks[0].value == 1
    tab = journey_tab(window)
    pains = next(w for w in tab.findChildren(QPlainTextEdit) if w.accessibleName() == "Pain points")
    pains.setFocus()
    pains.selectAll()
    QTest.keyClicks(pains, "Card refused")
    QTest.keyClick(pains, Qt.Key.Key_Return)
    QTest.keyClicks(pains, "3-D Secure timeout")
    pains.clearFocus()
    window.current_view().setFocus()
    assert window.document.get("v").journey.pain_points == ("Card refused", "3-D Secure timeout")
    tab = journey_tab(window)
    table = tab.findChild(QTableWidget, "kpiTable")
    assert table.item(0, 0).text() == "Conversion"
    table.item(0, 3).setText("3.4")  # as the delegate commits a typed value
    assert window.document.get("v").journey.kpis[0].current == 3.4
    table = journey_tab(window).findChild(QTableWidget, "kpiTable")
    table.item(0, 2).setText("lots")
    assert window.document.get("v").journey.kpis[0].target == 3
    assert 'KPI 1 target: "lots" is not a number.' in window.properties.error.text()
    add = next(b for b in journey_tab(window).findChildren(QPushButton) if b.text() == "Add KPI")
    QTest.mouseClick(add, Qt.MouseButton.LeftButton)
    assert [k.name for k in window.document.get("v").journey.kpis] == ["Conversion", "New KPI"]


def test_the_lane_toggle_follows_the_diagram_and_turns_lanes_on(window) -> None:
    action = window.findChild(type(window.actions_by_name["save"]), "action_journey_lanes")
    assert action.isChecked()
    window.tabs.show_diagram("e")
    assert not action.isChecked()
    action.trigger()
    assert window.document.diagram_info("e").lanes is not None
    assert window.current_scene().lanes_shown()
    window.undo_stack.undo()
    assert not action.isChecked()
    assert not window.current_scene().lanes_shown()


def test_the_journey_dialog_edits_stages_and_touchpoints(window, qtbot) -> None:
    dialog = JourneyDialog(window.document.journey, window)
    qtbot.addWidget(dialog)
    stages = dialog.stages
    stages.setCurrentRow(4)
    QTest.mouseClick(
        next(b for b in dialog.findChildren(QPushButton) if b.text() == "Up"),
        Qt.MouseButton.LeftButton,
    )
    assert stages.item(3).text() == "Advocacy"
    stages.setCurrentRow(0)
    QTest.mouseClick(
        next(b for b in dialog.findChildren(QPushButton) if b.text() == "Remove"),
        Qt.MouseButton.LeftButton,
    )
    dialog.pains.setFocus()
    QTest.keyClicks(dialog.pains, "Hard to compare plans")
    dialog.new_touchpoint.setFocus()
    QTest.keyClicks(dialog.new_touchpoint, "kiosk")
    QTest.keyClick(dialog.new_touchpoint, Qt.Key.Key_Return)
    dialog.touchpoints.item(0).setText("website")
    dialog.accept()
    journey = dialog.result_journey()
    assert [s.name for s in journey.stages] == [
        "Consideration / Intent",
        "Purchase",
        "Advocacy",
        "Post-purchase support",
    ]
    assert journey.stages[0].pain_points == ("Hard to compare plans",)
    assert journey.touchpoints[0] == "website" and journey.touchpoints[-1] == "kiosk"
    assert dialog.renamed() == {"web": "website"}


def test_the_journey_dialog_refuses_two_stages_of_one_name(window, qtbot) -> None:
    dialog = JourneyDialog(window.document.journey, window)
    qtbot.addWidget(dialog)
    dialog.stages.item(1).setText("awareness")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.error.text() == 'two stages are named "awareness"'


def test_the_journey_dialog_applies_as_one_undo_step(window) -> None:
    from ucdesigner.app.journey_dialog import edit_journey

    def answer(dialog: JourneyDialog) -> None:
        dialog.stages.setCurrentRow(0)  # Awareness: "Compare" loses its stage
        dialog.remove_stage()
        dialog.accept()

    when_modal(JourneyDialog, answer)
    assert edit_journey(window)
    assert window.document.get("u").journey.stage is None
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert window.document.get("u").journey.stage == "stage_awareness"


def coverage_view(window) -> CoverageView:
    window.findChild(type(window.actions_by_name["save"]), "action_coverage").trigger()
    view = window.coverage_view
    assert view.isVisible()
    return view


def test_the_coverage_view_shows_stages_by_actors_and_marks_gaps(window) -> None:
    view = coverage_view(window)
    table = view.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Agent", "Customer"]
    rows = [table.verticalHeaderItem(r).text().split("\n")[0] for r in range(table.rowCount())]
    assert rows[:3] == ["Awareness", "Consideration / Intent", "Purchase"]
    assert table.item(0, 1).text() == "Compare"
    assert table.item(0, 0).text() == "— no use case —"  # a gap, said in words
    assert "1 pain point" in table.verticalHeaderItem(2).text()
    assert view.kpi_table.item(2, 0).text() == "1 missed"
    assert "empty cells" in view.summary.text()
    window.undo_stack.run("Pay", lambda d: d.update("u", name="Compare offers"))
    assert table.item(0, 1).text() == "Compare offers"  # follows the document


def test_a_stage_with_pain_points_and_no_use_case_is_marked(window) -> None:
    journey = window.document.journey
    stages = list(journey.stages)
    stages[4] = stages[4].model_copy(update={"pain_points": ("Nobody asks for reviews",)})
    window.undo_stack.run(
        "Journey", lambda d: d.set_journey(journey.model_copy(update={"stages": tuple(stages)}))
    )
    view = coverage_view(window)
    header = view.table.verticalHeaderItem(4).text()
    assert "pain points, no use case" in header
    assert "Pain points but no use case: Advocacy" in view.summary.text()


def test_clicking_a_cell_selects_its_use_cases(window) -> None:
    view = coverage_view(window)
    window.tabs.show_diagram("e")  # a diagram without them: the one showing them opens
    rect = view.table.visualItemRect(view.table.item(2, 1))
    QTest.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_view().diagram_id == "d"
    assert window.current_scene().selected_ids() == ["v"]
    assert window.properties.ids == ["v"]


def test_the_coverage_exports_as_csv(window, tmp_path: Path) -> None:
    view = coverage_view(window)
    target = tmp_path / "coverage.csv"
    assert view.export_csv(str(target))
    text = target.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(text.splitlines()))
    assert rows[0] == ["Stage", "Agent", "Customer", "Pain points", "Status"]
    assert rows[1] == ["Awareness", "", "Compare", "0", "1 empty cell"]
    assert rows[3] == ["Purchase", "", "Pay", "1", "1 empty cell"]
    kpi_header = rows.index(
        ["Stage", "Perspective", "Use case", "KPI", "Target", "Current", "Unit", "Better", "Status"]
    )
    assert rows[kpi_header + 1] == [
        "Purchase",
        "Financial",
        "Pay",
        "Conversion",
        "3",
        "2.5",
        "%",
        "higher",
        "missed",
    ]


def test_the_lane_width_can_be_changed_in_one_undo_step(window) -> None:
    from PySide6.QtWidgets import QInputDialog

    def answer(dialog: QInputDialog) -> None:
        dialog.setIntValue(300)
        dialog.accept()

    when_modal(QInputDialog, answer)
    window.findChild(type(window.actions_by_name["save"]), "action_lane_width").trigger()
    assert window.document.diagram_info("d").lanes.width == 300
    lanes = next(i for i in window.current_scene().items() if isinstance(i, LaneLayer))
    assert lanes.frame().width() == 5 * 300
    window.undo_stack.undo()
    assert window.document.diagram_info("d").lanes.width == 200


def test_the_journey_tab_opens_the_stage_and_touchpoint_editor(window) -> None:
    seen: list[str] = []

    def answer(dialog: JourneyDialog) -> None:
        seen.append(dialog.windowTitle())
        dialog.new_touchpoint.setText("kiosk")
        dialog.add_touchpoint()
        dialog.accept()

    window.current_scene().select_ids(["u"])
    button = next(
        b
        for b in journey_tab(window).findChildren(QPushButton)
        if b.text().startswith("Edit Stages")
    )
    when_modal(JourneyDialog, answer)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert seen == ["Journey Stages and Touchpoints"]
    assert "kiosk" in window.document.journey.touchpoints
    touchpoints = next(
        w
        for w in journey_tab(window).findChildren(QListWidget)
        if w.accessibleName() == "Touchpoints"
    )
    assert touchpoints.item(touchpoints.count() - 1).text() == "kiosk"
