"""Diagram ▸ Auto Layout, Tidy Labels and Keep Position, driven on the real window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox

from ucdesigner.commands.layout import set_pinned
from ucdesigner.io.render.drawn_geometry import layout_reports
from ucdesigner.model import (
    Actor,
    Association,
    DiagramInfo,
    Document,
    Edge,
    Extend,
    ExtensionPoint,
    Point,
    Shape,
    Subject,
    UseCase,
)

from .conftest import Mouse, choose_from_next_menu, menu_actions


def stacked() -> Document:
    """A boundary, two actors and five use cases, all piled up at one place."""
    doc = Document("Shop")
    doc.add(
        Subject(id="s", name="Shop"),
        Actor(id="a", name="Customer"),
        Actor(id="b", name="Bank"),
        *[UseCase(id=f"u{i}", name=f"Do thing {i}", subjects=("s",)) for i in range(5)],
        Association(id="r0", source="a", target="u0"),
        Association(id="r1", source="a", target="u1"),
        Association(id="r2", source="b", target="u2"),
    )
    doc.add_diagram(DiagramInfo(id="d", name="Main"))
    doc.add_shapes(
        "d",
        [Shape(element="s", x=0, y=0, width=400, height=300)]
        + [
            Shape(element=i, x=500, y=400, width=140, height=60)
            for i in ("a", "b", "u0", "u1", "u2", "u3", "u4")
        ],
    )
    doc.add_edges("d", [Edge(element=f"r{i}") for i in range(3)])
    return doc


def overlapping(doc: Document) -> int:
    nodes = [s for s in doc.diagram("d").shapes if s.element != "s"]
    return sum(
        1
        for i, a in enumerate(nodes)
        for b in nodes[i + 1 :]
        if a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom
    )


def action(window, name: str):
    found = window.findChild(type(window.actions_by_name["new_diagram"]), f"action_{name}")
    assert found is not None
    return found


def test_the_actions_are_in_the_diagram_menu_with_their_shortcut(make_window) -> None:
    window = make_window(stacked())
    texts = {a.objectName(): a for a in menu_actions(window)}
    for name in ("auto_layout", "tidy_labels", "keep_position"):
        assert f"action_{name}" in texts
    assert action(window, "auto_layout").shortcut() == QKeySequence("Ctrl+Shift+L")


def test_ctrl_shift_l_lays_out_the_diagram_in_one_undo_step(make_window, qtbot) -> None:
    window = make_window(stacked())
    doc = window.document
    before = doc.diagram("d")
    assert overlapping(doc) == 21
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view = window.current_view()
    view.setFocus()
    QTest.keyClick(
        view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert overlapping(doc) == 0
    shapes = {s.element: s for s in doc.diagram("d").shapes}
    assert all(shapes["s"].contains_rect(shapes[f"u{i}"]) for i in range(5))
    # The scene follows the document: the item sits where the model says.
    item = window.current_scene().node_item("u3")
    assert (item.pos().x(), item.pos().y()) == (shapes["u3"].x, shapes["u3"].y)
    assert window.statusBar().currentMessage() == "Laid out the diagram."
    assert window.undo_stack.undoText() == "Auto Layout"
    window.undo_stack.undo()
    assert doc.diagram("d") == before


def test_kept_positions_stay_where_they_are(make_window, qtbot) -> None:
    window = make_window(stacked())
    doc = window.document
    view = window.current_view()
    mouse = Mouse(view)
    # Select the boundary's title, then Keep Position from the Diagram menu.
    mouse.click((20, 12))
    assert window.current_scene().selected_ids() == ["s"]
    action(window, "keep_position").trigger()
    assert doc.shape("d", "s").pinned
    assert window.current_scene().node_item("s").model_shape.pinned
    kept = doc.shape("d", "s")
    mouse.click((900, 60))  # on the empty canvas: nothing selected, the whole diagram
    assert window.current_scene().selected_ids() == []
    action(window, "auto_layout").trigger()
    assert doc.shape("d", "s") == kept
    assert overlapping(doc) == 0


def test_auto_layout_of_the_selection_moves_only_the_selected_shapes(make_window, qtbot) -> None:
    doc = stacked()
    doc.move_shapes("d", ["b"], 300, 0)
    window = make_window(doc)
    untouched = {s.element: s for s in doc.diagram("d").shapes if s.element not in ("u3", "u4")}
    window.current_scene().select_ids(["u3", "u4"])
    action(window, "auto_layout").trigger()
    after = {s.element: s for s in doc.diagram("d").shapes}
    assert all(after[e] == s for e, s in untouched.items())
    assert (after["u3"].x, after["u3"].y) != (after["u4"].x, after["u4"].y)
    assert window.statusBar().currentMessage() == "Laid out 2 selected shapes."


def test_keep_position_on_many_shapes_is_one_undo_step_and_toggles(make_window, qtbot) -> None:
    window = make_window(stacked())
    doc = window.document
    window.current_scene().select_ids(["a", "b", "u0"])
    action(window, "keep_position").trigger()
    assert [doc.shape("d", i).pinned for i in ("a", "b", "u0", "u1")] == [True, True, True, False]
    assert window.undo_stack.undoText() == "Keep Position"
    window.undo_stack.undo()
    assert not any(s.pinned for s in doc.diagram("d").shapes)
    window.undo_stack.redo()
    action(window, "keep_position").trigger()  # all kept: the toggle releases them
    assert not any(s.pinned for s in doc.diagram("d").shapes)


def test_keep_position_from_the_properties_check_box(make_window, qtbot) -> None:
    window = make_window(stacked())
    doc = window.document
    window.current_scene().select_ids(["u0", "u1"])
    box = window.findChild(QCheckBox, "keepPosition")
    assert box is not None and not box.isChecked()
    box.click()
    assert doc.shape("d", "u0").pinned and doc.shape("d", "u1").pinned
    window.undo_stack.undo()
    assert not doc.shape("d", "u0").pinned
    assert not window.findChild(QCheckBox, "keepPosition").isChecked()


def test_keep_position_from_the_canvas_context_menu(make_window, qtbot) -> None:
    window = make_window(stacked())
    view = window.current_view()
    point = view.mapFromScene(20, 12)  # the boundary's title
    seen: list[str] = []
    choose_from_next_menu("&Keep Position", seen)
    QApplication.sendEvent(
        view.viewport(),
        QContextMenuEvent(
            QContextMenuEvent.Reason.Mouse, point, view.viewport().mapToGlobal(point)
        ),
    )
    assert seen[:2] == ["&Rename", "&Keep Position"]
    assert window.document.shape("d", "s").pinned


def test_tidy_labels_moves_only_labels_in_one_undo_step(make_window, qtbot) -> None:
    doc = Document("Notes")
    doc.add(
        UseCase(
            id="base", name="Check Out", extension_points=(ExtensionPoint(id="ep", name="Pay"),)
        ),
        UseCase(id="ext", name="Apply Voucher"),
        UseCase(id="other", name="Browse"),
        Extend(
            id="x", source="ext", target="base", condition="has a voucher", extension_points=("ep",)
        ),
    )
    doc.add_diagram(DiagramInfo(id="d", name="Main"))
    doc.add_shapes(
        "d",
        [
            Shape(element="base", x=0, y=0, width=160, height=80),
            Shape(element="ext", x=400, y=0, width=160, height=64),
            Shape(element="other", x=200, y=200, width=160, height=64),
        ],
    )
    doc.add_edges("d", [Edge(element="x", note_offset=Point(x=0, y=150))])
    window = make_window(doc)
    shapes = doc.diagram("d").shapes
    before = doc.diagram("d")

    def covering_browse() -> list:
        (report,) = layout_reports(window.document)
        return [f for f in report.findings if f.kind == "label_collision" and "other" in f.ids]

    assert covering_browse()  # the condition note lies on "Browse"
    action(window, "tidy_labels").trigger()
    assert covering_browse() == []
    assert doc.diagram("d").shapes == shapes
    assert window.statusBar().currentMessage() == "Labels tidied."
    assert window.undo_stack.undoText() == "Tidy Labels"
    window.undo_stack.undo()
    assert doc.diagram("d") == before


def test_a_kept_shape_shows_a_pin_on_screen_but_not_in_pictures(make_window, qtbot) -> None:
    from ucdesigner.io.render import ExportOptions, render

    window = make_window(stacked())
    doc = window.document
    view = window.current_view()
    scene = window.current_scene()
    item = scene.node_item("s")
    corner = item.mapRectToScene(item.boundingRect())
    corner.setLeft(corner.right() - 20)
    corner.setBottom(corner.top() + 20)
    area = view.mapFromScene(corner).boundingRect()

    def screen():
        QApplication.processEvents()
        return view.viewport().grab(area).toImage()

    def picture() -> bytes:
        return render(doc, "d", ExportOptions(format="png")).data

    plain_screen, plain_picture = screen(), picture()
    window.undo_stack.run("Keep Position", lambda d: set_pinned(d, "d", ["s"], True))
    assert screen() != plain_screen
    assert picture() == plain_picture
