"""A diagram that does not fit opens zoomed out to fit (never above 100 %); one too large
even at the smallest opening zoom opens at its top-left corner (an empty one at the
origin), which stays put when the window grows."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize
from PySide6.QtWidgets import QApplication

from ucdesigner.model import Actor, DiagramInfo, Document, Shape, UseCase


def wide_document() -> Document:
    """A drawing far wider and taller than any window, starting away from the origin."""
    doc = Document()
    doc.add(Actor(id="a", name="Customer"))
    doc.add(*(UseCase(id=f"u{i}", name=f"Goal {i}") for i in range(12)))
    doc.add_diagram(DiagramInfo(id="d", name="Main"))
    shapes = [Shape(element="a", x=-900, y=-500, width=48, height=84)]
    shapes += [
        Shape(element=f"u{i}", x=-700 + i * 400, y=-400 + i * 250, width=160, height=70)
        for i in range(12)
    ]
    doc.add_shapes("d", shapes)
    return doc


def corner_on_screen(view) -> QPointF:
    content = view.diagram_scene.content_rect()
    return QPointF(view.mapFromScene(content.topLeft()))


def test_the_drawing_opens_at_its_top_left_corner(make_window) -> None:
    window = make_window(wide_document())
    view = window.current_view()
    content = view.diagram_scene.content_rect()
    assert content.width() > view.viewport().width()  # it does not fit
    corner = corner_on_screen(view)
    assert 10 <= corner.x() <= 30 and 10 <= corner.y() <= 30
    # The actor, the drawing's first element, is in sight.
    actor = view.diagram_scene.item_for("a").sceneBoundingRect()
    assert view.viewport().rect().contains(view.mapFromScene(actor).boundingRect())


def test_a_larger_window_keeps_the_corner_in_place(make_window) -> None:
    window = make_window(wide_document())
    view = window.current_view()
    before = corner_on_screen(view)
    old_size = view.viewport().size()
    window.resize(window.size() + QSize(300, 200))
    QApplication.processEvents()
    assert view.viewport().width() > old_size.width()
    assert corner_on_screen(view) == before


def test_an_empty_diagram_opens_at_the_origin(make_window) -> None:
    window = make_window()
    view = window.current_view()
    assert view.diagram_scene.content_rect().isNull()
    origin = view.mapFromScene(QPointF(0, 0))
    assert 10 <= origin.x() <= 30 and 10 <= origin.y() <= 30


def test_an_example_that_does_not_fit_opens_zoomed_to_fit(make_window) -> None:
    """The bundled example in the default 1400 x 900 window: every shape in sight, the
    right-hand actors too, and never above 100 %."""
    from pathlib import Path

    from ucdesigner.io.native import load

    example = Path(__file__).resolve().parents[2] / "resources/examples/post-purchase-support.ucd"
    window = make_window(load(example), example)
    view = window.current_view()
    assert view.zoom() < 1.0
    seen = view.viewport().rect()
    for item in view.diagram_scene.node_items():
        assert seen.contains(view.mapFromScene(item.sceneBoundingRect()).boundingRect()), item
    assert window.zoom_label.text() == f"{round(view.zoom() * 100)} %"


def test_a_diagram_that_fits_opens_at_100_percent(make_window) -> None:
    doc = Document()
    doc.add(Actor(id="a", name="Customer"), UseCase(id="u", name="Track Order"))
    doc.add_diagram(DiagramInfo(id="d", name="Main"))
    doc.add_shapes(
        "d",
        [
            Shape(element="a", x=0, y=0, width=48, height=84),
            Shape(element="u", x=200, y=0, width=160, height=70),
        ],
    )
    window = make_window(doc)
    assert window.current_view().zoom() == 1.0
