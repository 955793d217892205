"""The shortcuts taken for speed keep the canvas exact: measured text and outlines follow
every change of the element or the shape, a drag indexes the scene again when it ends,
and the pens a theme hands out cannot change the theme."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QGraphicsScene

from ucdesigner.canvas.scene import DiagramScene
from ucdesigner.canvas.theme import MODERN, Theme
from ucdesigner.canvas.view import DiagramView
from ucdesigner.commands import UndoStack
from ucdesigner.model import (
    Actor,
    Association,
    Comment,
    DiagramInfo,
    Document,
    Edge,
    Extend,
    ExtensionPoint,
    Include,
    Shape,
    UseCase,
)

from .conftest import Mouse

BSP = QGraphicsScene.ItemIndexMethod.BspTreeIndex


@pytest.fixture
def doc() -> Document:
    d = Document()
    d.add(
        Actor(id="a", name="Customer"),
        UseCase(id="u", name="Track", extension_points=(ExtensionPoint(id="ep", name="Late"),)),
        UseCase(id="v", name="Notify"),
        Comment(id="c", body="short"),
        Association(id="r", source="a", target="u"),
        Include(id="i", source="v", target="u"),
        Extend(id="x", source="v", target="u", condition="late", extension_points=("ep",)),
    )
    d.add_diagram(DiagramInfo(id="d", name="Main"))
    d.add_shapes(
        "d",
        [
            Shape(element="a", x=0, y=100, width=48, height=84),
            Shape(element="u", x=300, y=100, width=140, height=60),
            Shape(element="v", x=300, y=400, width=140, height=60),
            Shape(element="c", x=600, y=100, width=120, height=40),
        ],
    )
    d.add_edges("d", [Edge(element="r"), Edge(element="i"), Edge(element="x")])
    return d


@pytest.fixture
def view(qtbot, doc):
    view = DiagramView(DiagramScene(doc, "d"), UndoStack(doc))
    view.resize(1000, 700)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.centerOn(350, 250)
    return view


def fresh_bounds(scene: DiagramScene, element_id: str):
    """What the item would measure in a scene built anew from the document."""
    return DiagramScene(scene.document, scene.diagram_id, listen=False).node_item(element_id)


@pytest.mark.parametrize("element_id", ["a", "u", "c"])
def test_measured_text_follows_a_rename(qapp, doc, element_id) -> None:
    scene = DiagramScene(doc, "d")
    item = scene.node_item(element_id)
    before = item.boundingRect()
    field = "body" if element_id == "c" else "name"
    doc.update(element_id, **{field: "A much longer text that wraps over several lines " * 3})
    assert item.boundingRect() != before
    twin = fresh_bounds(scene, element_id)
    assert item.boundingRect() == twin.boundingRect()
    assert item.shape().boundingRect() == twin.shape().boundingRect()


def test_measured_outline_follows_a_resize(qapp, doc) -> None:
    scene = DiagramScene(doc, "d")
    item = scene.node_item("u")
    doc.update_shapes("d", [doc.shape("d", "u").model_copy(update={"width": 300, "height": 90})])
    twin = fresh_bounds(scene, "u")
    assert item.boundingRect() == twin.boundingRect()
    assert item.shape().boundingRect() == twin.shape().boundingRect()
    assert item.shape().boundingRect().width() == pytest.approx(300)


def test_line_texts_follow_the_relationship_and_the_extended_use_case(qapp, doc) -> None:
    scene = DiagramScene(doc, "d")
    extend = scene.edge_item("x")
    assert "Late" in extend.note_text()
    doc.update("u", extension_points=(ExtensionPoint(id="ep", name="Very late"),))
    assert "Very late" in extend.note_text()
    before = extend.note_rect()
    doc.update("x", condition="the parcel is more than three days late")
    assert extend.note_rect().width() > before.width()
    doc.update("x", condition="")
    assert extend.note_rect().isNull()


def test_a_drag_indexes_the_scene_again_when_it_ends(view, doc) -> None:
    scene = view.diagram_scene
    mouse = Mouse(view)
    mouse.press((370, 130))
    mouse.move((420, 160))
    mouse.move((470, 190))
    assert scene.itemIndexMethod() != BSP  # no index updates while the mouse moves
    line = scene.edge_item("r")
    assert line.points()[-1] != QPointF(300, 130)
    mouse.release((470, 190))
    assert scene.itemIndexMethod() == BSP
    assert doc.shape("d", "u").x == 400
    assert scene.node_at(QPointF(470, 190)) is scene.node_item("u")
    assert scene.node_at(QPointF(370, 130)) is None


def test_a_cancelled_drag_indexes_the_scene_again(view, doc) -> None:
    scene = view.diagram_scene
    mouse = Mouse(view)
    mouse.press((370, 130))
    mouse.move((420, 160))
    mouse.move((470, 190))
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert scene.itemIndexMethod() == BSP
    assert scene.node_item("u").pos() == QPointF(300, 100)
    assert scene.node_at(QPointF(370, 130)) is scene.node_item("u")
    mouse.release((470, 190))
    assert doc.shape("d", "u").x == 300


def test_a_theme_hands_out_pens_it_keeps_unchanged(qapp) -> None:
    theme = Theme()
    pen = theme.pen("#ff0000", dashed=True)
    pen.setColor(QColor("#00ff00"))
    pen.setWidthF(9)
    again = theme.pen("#ff0000", dashed=True)
    assert again.color() == QColor("#ff0000")
    assert again.widthF() == MODERN.line_width
    assert again.style() == Qt.PenStyle.CustomDashLine
    assert theme.pen().color() == QColor(theme.ink)


def test_a_tab_gets_its_view_when_it_is_first_shown(make_window, doc) -> None:
    doc.add_diagram(DiagramInfo(id="e", name="Second"))
    doc.add_shapes("e", [Shape(element="v", x=0, y=0, width=140, height=60)])
    window = make_window(doc)
    tabs = window.tabs
    assert [v.diagram_id for v in tabs.views()] == ["d"]
    assert tabs.view_for("e") is None
    doc.add_shapes("e", [Shape(element="a", x=300, y=0, width=48, height=84)])
    window.actions_by_name["show_grid"].trigger()  # a setting changed before it is shown
    tabs.show_diagram("e")
    view = window.current_view()
    assert view is tabs.view_for("e") and view.diagram_id == "e"
    assert view.show_grid == window.actions_by_name["show_grid"].isChecked()
    assert {i.element_id for i in view.diagram_scene.node_items()} == {"v", "a"}
    window.undo_stack.run("rename", lambda d: d.update_diagram("e", name="Renamed"))
    assert tabs.tabText(1) == "Renamed"
    window.undo_stack.run("delete", lambda d: d.remove_diagram("e"))
    assert tabs.count() == 1 and window.current_view().diagram_id == "d"


def test_the_window_starts_without_the_xmi_and_picture_code() -> None:
    """lxml, the XMI reader and writer, the render path and the export dialog load when
    first used: start-up stays close to a bare Qt window."""
    import os
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from ucdesigner.app.main_window import MainWindow\n"
        "window = MainWindow()\n"
        "window.show()\n"
        "app.processEvents()\n"
        "heavy = ('lxml', 'ucdesigner.io.xmi', 'ucdesigner.io.render', 'PySide6.QtSvg',\n"
        "         'ucdesigner.app.export_dialog', 'ucdesigner.app.xmi_dialogs')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
        "assert 'export_diagram' in __import__('ucdesigner.app.export_actions',\n"
        "    fromlist=['x']).actions_of(window)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "[]"


def big_document(count: int) -> Document:
    d = Document()
    d.add(*(UseCase(id=f"u{i}", name=f"Case {i}") for i in range(count)))
    d.add(*(Include(id=f"i{i}", source=f"u{i}", target=f"u{i + 1}") for i in range(count - 1)))
    d.add_diagram(DiagramInfo(id="d", name="Big"))
    d.add_shapes(
        "d",
        [
            Shape(element=f"u{i}", x=(i % 20) * 200, y=(i // 20) * 100, width=140, height=60)
            for i in range(count)
        ],
    )
    d.add_edges("d", [Edge(element=f"i{i}") for i in range(count - 1)])
    return d


def test_a_bulk_delete_and_its_undo_tell_the_selection_once(qapp) -> None:
    d = big_document(150)
    scene = DiagramScene(d, "d")
    scene.select_ids([f"u{i}" for i in range(0, 150, 2)] + ["i1"])
    told: list[bool] = []
    scene.selectionChanged.connect(lambda: told.append(True))
    removed = d.remove([f"u{i}" for i in range(100)])
    assert told == [True]
    assert len(scene.selectedItems()) == 25  # the selected use cases from 100 on
    assert scene.itemIndexMethod() == BSP
    assert scene.node_at(QPointF(70, 30)) is None
    d.apply(removed.inverse())
    assert len(scene.node_items()) == 150 and len(scene.edge_items()) == 149
    assert scene.node_at(QPointF(70, 30)) is scene.node_item("u0")
    assert told == [True]  # nothing new is selected by the undo
    scene.selectionChanged.disconnect()
    scene.detach()


def test_the_browser_selects_exactly_the_given_rows(make_window) -> None:
    window = make_window(big_document(60))
    browser = window.browser
    wanted = [f"u{i}" for i in (0, 1, 2, 5, 7, 8, 30, 59)] + ["i3"]
    browser.select_ids(wanted)
    chosen = {item.data(0, Qt.ItemDataRole.UserRole) for item in browser.selectedItems()}
    assert chosen == set(wanted)
    browser.select_ids(["u4"])
    assert [i.data(0, Qt.ItemDataRole.UserRole) for i in browser.selectedItems()] == ["u4"]
    browser.select_ids([])
    assert browser.selectedItems() == []
