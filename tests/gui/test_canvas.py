"""The canvas on its own: a DiagramView over a DiagramScene, driven by mouse and keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ucdesigner.canvas.scene import DiagramScene
from ucdesigner.canvas.view import DiagramView
from ucdesigner.commands import UndoStack
from ucdesigner.model import Actor, DiagramInfo, Document, Shape, Subject, UseCase

from .conftest import Mouse, drop_kind


@pytest.fixture
def doc() -> Document:
    d = Document()
    d.add(
        Actor(id="a", name="Customer"),
        Subject(id="s", name="Shop"),
        UseCase(id="u", name="Track Order", subjects=("s",)),
        UseCase(id="v", name="Return Item"),
    )
    d.add_diagram(DiagramInfo(id="d", name="Main"))
    d.add_shapes(
        "d",
        [
            Shape(element="a", x=0, y=100, width=48, height=84),
            Shape(element="s", x=200, y=40, width=300, height=300),
            Shape(element="u", x=260, y=100, width=140, height=60),
            Shape(element="v", x=650, y=100, width=140, height=60),
        ],
    )
    return d


@pytest.fixture
def view(qtbot, doc):
    stack = UndoStack(doc)
    scene = DiagramScene(doc, "d")
    view = DiagramView(scene, stack)
    view.resize(1000, 700)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.centerOn(450, 250)
    messages: list[str] = []
    view.statusMessage.connect(messages.append)
    view.messages = messages
    return view


def test_drag_a_use_case_out_of_the_boundary_and_back(view, doc) -> None:
    mouse = Mouse(view)
    mouse.drag((330, 130), (330 + 400, 130 + 300))
    assert doc.shape("d", "u").x == 660 and doc.shape("d", "u").y == 400
    assert doc.get("u").subjects == ()
    mouse.drag((730, 430), (330, 130))
    assert doc.get("u").subjects == ("s",)
    assert view.stack.count() == 2


def test_drop_places_and_names_inline(view, doc, qtbot) -> None:
    drop_kind(view, "usecase", (350, 250))
    new = [n for n in doc.nodes() if n.id not in {"a", "s", "u", "v"}]
    assert len(new) == 1 and new[0].subjects == ("s",)
    editor = view.inline_editor
    assert editor is not None and editor.hasFocus()
    QTest.keyClicks(editor, "Place Order")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert doc.get(new[0].id).name == "Place Order"
    assert view.stack.count() == 1  # placing and naming are one step
    view.stack.undo()
    assert doc.find(new[0].id) is None


def test_pan_with_the_middle_button_and_space_drag(view, qtbot) -> None:
    mouse = Mouse(view)
    bar = view.horizontalScrollBar()
    before = bar.value()
    start = view.mapToScene(view.viewport().rect().center())
    mouse.press((start.x(), start.y()), button=Qt.MouseButton.MiddleButton)
    mouse.buttons = Qt.MouseButton.MiddleButton
    mouse.move((start.x() - 100, start.y()))
    mouse.release((start.x() - 100, start.y()), button=Qt.MouseButton.MiddleButton)
    assert bar.value() == before + 100
    QTest.keyPress(view, Qt.Key.Key_Space)
    start = view.mapToScene(view.viewport().rect().center())
    mouse.press((start.x(), start.y()))
    mouse.move((start.x() + 50, start.y()))  # one move: the view scrolls under the mouse
    mouse.release((start.x() + 50, start.y()))
    QTest.keyRelease(view, Qt.Key.Key_Space)
    assert bar.value() == before + 50
    assert view.stack.count() == 0  # nothing moved, nothing selected by the drag


def test_ctrl_wheel_zooms(view) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QWheelEvent

    local = QPointF(view.viewport().rect().center())
    event = QWheelEvent(
        local, view.viewport().mapToGlobal(local), QPoint(), QPoint(0, 120),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(view.viewport(), event)
    assert view.zoom() == pytest.approx(1.15)
    view.zoom_fit()
    assert view.zoom() <= 1.0
