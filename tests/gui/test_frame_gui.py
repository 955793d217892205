"""The UML diagram frame in a real window: Diagram > Diagram Frame and the properties'
Frame box (one undo step each, the check mark follows the diagram shown), the canvas
draws it around the content as shapes move and are added, it takes no clicks and no
selection, zoom to fit shows it, and the picture puts it exactly where the canvas does."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtWidgets import QCheckBox

from tests.gui.conftest import Mouse, centre, drop_kind
from ucdesigner.canvas.frame import GAP, FrameItem
from ucdesigner.io.render import ExportOptions, render_svg
from ucdesigner.io.render.snapshot import build_snapshot
from ucdesigner.model import Actor, Association, DiagramInfo, Document, Edge, Shape, UseCase


def document() -> Document:
    d = Document("Shop")
    d.add(Actor(id="a", name="Customer"))
    d.add(UseCase(id="u", name="Order goods"))
    d.add(Association(id="r", source="a", target="u"))
    for diagram_id, name in (("d1", "Ordering"), ("d2", "Returns")):
        d.add_diagram(DiagramInfo(id=diagram_id, name=name))
    d.add_shapes(
        "d1",
        [
            Shape(element="a", x=0, y=0, width=60, height=100),
            Shape(element="u", x=300, y=20, width=160, height=70),
        ],
    )
    d.add_edges("d1", [Edge(element="r")])
    d.add_shapes("d2", [Shape(element="a", x=0, y=0, width=60, height=100)])
    return d


def frame_of(window) -> FrameItem | None:
    scene = window.current_scene()
    return scene.frame_item if scene.frame_shown() else None


def encloses(frame: FrameItem, rect: QRectF) -> bool:
    inner = frame.frame.adjusted(GAP - 0.5, GAP - 0.5, -GAP + 0.5, -GAP + 0.5)
    return frame.frame.contains(rect) and inner.top() < rect.top() + frame.heading.height() + 1


def test_the_frame_action_shows_the_frame_on_the_canvas_and_undoes(make_window):
    window = make_window(document())
    action = window.actions_by_name["diagram_frame"]
    assert action in window.menu("diagram").actions() and not action.isChecked()
    assert frame_of(window) is None
    action.trigger()
    assert window.document.diagram_info("d1").frame is True
    assert window.document.diagram_info("d2").frame is False
    assert window.undo_stack.undoText() == "Show the frame of “Ordering”"
    frame = frame_of(window)
    assert frame is not None and frame.name == "Ordering"
    scene = window.current_scene()
    drawing = scene.drawing_rect()
    assert frame.frame.contains(drawing)
    # The gap on the left, right and bottom; the heading's height more at the top.
    assert abs(drawing.left() - frame.frame.left() - GAP) < 0.01
    assert abs(frame.frame.bottom() - drawing.bottom() - GAP) < 0.01
    assert abs(drawing.top() - frame.frame.top() - GAP - frame.heading.height()) < 0.01
    assert "[Ordering]" in render_svg(window.document, "d1", ExportOptions("svg")).data.decode()
    window.tabs.show_diagram("d2")
    assert not action.isChecked() and frame_of(window) is None
    window.tabs.show_diagram("d1")
    assert action.isChecked()
    window.actions_by_name["undo"].trigger()
    assert window.document.diagram_info("d1").frame is False
    assert not action.isChecked() and frame_of(window) is None
    assert window.undo_stack.isClean()
    window.actions_by_name["redo"].trigger()
    assert frame_of(window) is not None and action.isChecked()


def test_the_frame_follows_a_dragged_shape_and_its_undo(make_window, qtbot):
    window = make_window(document())
    window.actions_by_name["diagram_frame"].trigger()
    frame = frame_of(window)
    before = QRectF(frame.frame)
    mouse = Mouse(window.current_view())
    start = centre(window, "u")
    end = (start[0] + 400, start[1] + 300)
    mouse.press(start)
    for step in range(1, 6):
        mouse.move((start[0] + 80 * step, start[1] + 60 * step))
    # It follows during the drag already, before the document changes.
    assert frame.frame.right() > before.right() + 300
    assert frame.frame.bottom() > before.bottom() + 200
    mouse.release(end)
    moved = window.document.shape("d1", "u")
    assert (moved.x, moved.y) == (700, 320)
    body = window.current_scene().node_item("u").sceneBoundingRect()
    assert frame.frame.contains(body)
    assert abs(frame.frame.right() - body.right() - GAP) < 0.01
    window.actions_by_name["undo"].trigger()
    assert window.document.shape("d1", "u").x == 300
    assert frame.frame == before
    assert frame_of(window) is frame


def test_the_frame_grows_for_an_added_shape_and_takes_the_new_name(make_window):
    window = make_window(document())
    window.actions_by_name["diagram_frame"].trigger()
    frame = frame_of(window)
    drop_kind(window.current_view(), "usecase", (900, 600))
    assert frame.frame.bottom() > 600 and frame.frame.right() > 900
    window.document.update_diagram("d1", name="Ordering goods")
    assert frame.name == "Ordering goods"


def test_the_frame_is_not_selectable_nor_in_the_way(make_window):
    window = make_window(document())
    window.actions_by_name["diagram_frame"].trigger()
    scene = window.current_scene()
    frame = frame_of(window)
    view = window.current_view()
    window.actions_by_name["select_all"].trigger()
    assert sorted(scene.selected_ids()) == ["a", "r", "u"]
    assert not frame.isSelected()
    mouse = Mouse(view)
    # A click on the frame's line (and in its heading) is a click on empty canvas.
    left = frame.frame.left()
    mouse.click((left, frame.frame.center().y()))
    assert scene.selected_ids() == [] and not frame.isSelected()
    mouse.click((frame.heading.center().x(), frame.heading.center().y()))
    assert scene.selected_ids() == []
    # A rubber band around everything, frame included, selects the shapes and lines.
    outside = frame.frame.adjusted(-20, -20, 20, 20)
    mouse.drag((outside.left(), outside.top()), (outside.right(), outside.bottom()), steps=3)
    assert sorted(scene.selected_ids()) == ["a", "r", "u"]
    # A press on a shape inside the frame still takes the shape.
    mouse.click((left, frame.frame.center().y()))
    mouse.click(centre(window, "u"))
    assert scene.selected_ids() == ["u"]
    # Dragging on the frame's line moves nothing.
    mouse.drag((left, frame.frame.center().y()), (left + 100, frame.frame.center().y()))
    assert frame.pos() == QPointF(0, 0)
    assert window.document.shape("d1", "a").x == 0
    assert scene.item_at(QPointF(left, frame.frame.center().y())) is None


def test_zoom_to_fit_shows_the_whole_frame(make_window):
    window = make_window(document())
    window.document.add(UseCase(id="far", name="Far away"))
    window.document.add_shapes("d1", [Shape(element="far", x=2500, y=1600, width=160, height=70)])
    window.actions_by_name["diagram_frame"].trigger()
    view = window.current_view()
    view.set_zoom(4.0)
    window.actions_by_name["zoom_fit"].trigger()
    frame = frame_of(window)
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert view.zoom() < 1 and shown.contains(frame.boundingRect())
    # Centred on the frame (its heading makes it taller at the top than the drawing).
    middle = view.mapToScene(view.viewport().rect().center())
    assert abs(middle.y() - frame.boundingRect().center().y()) < 2 / view.zoom()
    assert window.current_scene().content_rect().contains(frame.boundingRect())


def test_the_properties_frame_box_toggles_and_follows(make_window, qtbot):
    window = make_window(document())
    window.current_scene().select_ids([])
    box = window.findChild(QCheckBox, "diagramFrame")
    assert box is not None and not box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert window.document.diagram_info("d1").frame is True
    assert window.undo_stack.undoText() == "Show the frame of “Ordering”"
    assert frame_of(window) is not None
    assert window.actions_by_name["diagram_frame"].isChecked()
    window.actions_by_name["undo"].trigger()
    box = window.findChild(QCheckBox, "diagramFrame")
    assert not box.isChecked() and frame_of(window) is None


def test_the_picture_puts_the_frame_where_the_canvas_does(make_window):
    window = make_window(document())
    window.actions_by_name["diagram_frame"].trigger()
    on_canvas = frame_of(window)
    snapshot = build_snapshot(window.document, "d1", ExportOptions("svg"))
    in_picture = snapshot.scene.frame_item
    assert in_picture is not None and in_picture.frame == on_canvas.frame
    assert in_picture.heading == on_canvas.heading
    # The picture is the frame plus the margin.
    assert snapshot.source.contains(in_picture.boundingRect())
    # The export's own choice wins over the diagram's.
    plain = build_snapshot(window.document, "d1", ExportOptions("svg", frame=False))
    assert not plain.scene.frame_shown()
