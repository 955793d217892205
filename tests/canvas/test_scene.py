"""The scene is a projection of the document: built from it and kept in step with it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF

from ucdesigner.canvas.items.actor import ActorItem
from ucdesigner.canvas.items.edge import EdgeItem
from ucdesigner.canvas.items.registry import NODE_ITEMS, preferred_size
from ucdesigner.canvas.items.usecase import UseCaseItem
from ucdesigner.canvas.scene import DiagramScene
from ucdesigner.canvas.theme import MODERN
from ucdesigner.io.native import load
from ucdesigner.model import (
    Actor,
    Association,
    Comment,
    DiagramInfo,
    Document,
    Edge,
    Extend,
    ExtensionPoint,
    Package,
    Shape,
    ShapeStyle,
    Subject,
    UseCase,
)

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"


@pytest.fixture
def doc() -> Document:
    d = Document()
    d.add(
        Actor(id="a", name="Customer"),
        UseCase(
            id="u",
            name="Request Return",
            extension_points=(ExtensionPoint(id="ep", name="Damage"),),
        ),
        UseCase(id="v", name="Report Damage"),
        Association(id="r", source="a", target="u"),
        Extend(id="x", source="v", target="u", condition="item damaged", extension_points=("ep",)),
    )
    d.add_diagram(DiagramInfo(id="d", name="Main"))
    d.add_shapes(
        "d",
        [
            Shape(element="a", x=0, y=100, width=48, height=84),
            Shape(element="u", x=300, y=100, width=180, height=90),
            Shape(element="v", x=300, y=400, width=160, height=70),
        ],
    )
    d.add_edges("d", [Edge(element="r"), Edge(element="x")])
    return d


def test_scene_has_one_item_per_shape_and_edge(qapp, doc: Document) -> None:
    scene = DiagramScene(doc, "d")
    assert isinstance(scene.node_item("a"), ActorItem)
    assert isinstance(scene.node_item("u"), UseCaseItem)
    assert isinstance(scene.edge_item("r"), EdgeItem)
    assert len(scene.items()) == 5


def test_scene_follows_every_kind_of_change_and_undo(qapp, doc: Document) -> None:
    scene = DiagramScene(doc, "d")
    moved = doc.move_shapes("d", ["u"], 40, 10)
    assert scene.node_item("u").pos() == QPointF(340, 110)
    doc.update("u", name="Return Item")
    assert scene.node_item("u").element.name == "Return Item"
    removed = doc.remove(["u"])
    assert (
        scene.node_item("u") is None
        and scene.edge_item("r") is None
        and scene.edge_item("x") is None
    )
    doc.apply(removed.inverse())
    assert scene.node_item("u") is not None and scene.edge_item("x") is not None
    doc.apply(moved.inverse())
    assert scene.node_item("u").pos() == QPointF(300, 100)


def test_lines_follow_moving_shapes_and_reconnection(qapp, doc: Document) -> None:
    scene = DiagramScene(doc, "d")
    edge = scene.edge_item("r")
    before = edge.points()[-1]
    doc.move_shapes("d", ["u"], 0, 200)
    assert edge.points()[-1] != before
    doc.reconnect("r", target="v")
    assert edge.target_item is scene.node_item("v")
    assert scene.edges_at("v") and edge in scene.edges_at("v")
    assert edge not in scene.edges_at("u")


def test_dragging_an_item_keeps_its_lines_attached(qapp, doc: Document) -> None:
    scene = DiagramScene(doc, "d")
    item = scene.node_item("u")
    item.setPos(500, 300)  # what Qt does while the mouse drags it
    end = scene.edge_item("r").points()[-1]
    cx, cy, a, b = 590, 345, 90, 45  # the moved ellipse
    assert ((end.x() - cx) / a) ** 2 + ((end.y() - cy) / b) ** 2 == pytest.approx(1.0, abs=0.01)


def test_lines_are_clipped_at_the_ellipse_outline(qapp, doc: Document) -> None:
    scene = DiagramScene(doc, "d")
    start, end = scene.edge_item("r").points()[0], scene.edge_item("r").points()[-1]
    cx, cy, a, b = 390, 145, 90, 45
    assert ((end.x() - cx) / a) ** 2 + ((end.y() - cy) / b) ** 2 == pytest.approx(1.0, abs=0.01)
    assert start.x() == pytest.approx(48, abs=0.5)  # the right side of the stick figure


def test_the_extend_shows_its_condition_note(qapp, doc: Document) -> None:
    edge = DiagramScene(doc, "d").edge_item("x")
    assert edge.label_text() == "«extend»"
    assert edge.note_text() == "Condition: {item damaged}\nextension point: Damage"
    doc.update("x", condition="")
    assert edge.note_text() == ""


def test_a_removed_diagram_empties_its_scene(qapp, doc: Document) -> None:
    scene = DiagramScene(doc, "d")
    doc.remove_diagram("d")
    assert scene.items() == []


def test_a_detached_scene_ignores_changes(qapp, doc: Document) -> None:
    scene = DiagramScene(doc, "d")
    scene.detach()
    doc.update("u", name="Changed")
    assert scene.node_item("u").element.name == "Request Return"


@pytest.mark.parametrize(
    "element",
    [
        Actor(id="e", name="Customer Service Representative"),
        UseCase(id="e", name="Get Personalised Recommendations for a Returning Shopper"),
        UseCase(
            id="e",
            name="Check Out",
            stereotypes=("business",),
            extension_points=(ExtensionPoint(id="p", name="Payment"),),
        ),
        Subject(id="e", name="Web Shop"),
        Package(id="e", name="Sales"),
        Comment(
            id="e", body="Returns are accepted within 30 days of delivery, as the policy says."
        ),
    ],
    ids=lambda e: e.kind,
)
def test_preferred_sizes_hold_the_text(qapp, element) -> None:
    width, height = preferred_size(element, MODERN)
    item = NODE_ITEMS[element.kind](
        element, Shape(element="e", x=0, y=0, width=width, height=height), MODERN
    )
    bounds = item.boundingRect()
    margin = MODERN.line_width + 4
    body = item.body_rect().adjusted(-margin, -margin, margin, margin)
    if element.kind == "actor":
        assert bounds.height() > body.height()  # the name hangs below the figure
    else:
        assert bounds == body, "text overflows the preferred size"


def test_actor_box_notation(qapp) -> None:
    item = ActorItem(
        Actor(id="a", name="Bank"),
        Shape(element="a", x=0, y=0, width=120, height=64, style=ShapeStyle(notation="box")),
        MODERN,
    )
    assert item.notation == "box"
    assert item.boundingRect().height() < 80


@pytest.mark.parametrize("example", sorted(p.name for p in EXAMPLES.glob("*.ucd")))
def test_every_example_builds_every_diagram(qapp, example: str) -> None:
    doc = load(EXAMPLES / example)
    for info in doc.diagrams():
        scene = DiagramScene(doc, info.id, listen=False)
        assert len(scene.node_items()) == len(doc.shapes(info.id))
        assert len(scene.edge_items()) == len(doc.edges(info.id))
        for edge in scene.edge_items():
            assert len(edge.points()) >= 2


def test_screen_shapes_are_cached_as_pixmaps_but_pictures_paint_vectors(qapp, doc) -> None:
    from PySide6.QtWidgets import QGraphicsItem

    from ucdesigner.canvas.theme import print_theme

    screen = DiagramScene(doc, "d")
    picture = DiagramScene(doc, "d", print_theme(), listen=False)
    cached = QGraphicsItem.CacheMode.DeviceCoordinateCache
    assert all(item.cacheMode() == cached for item in screen.node_items())
    assert all(item.cacheMode() == QGraphicsItem.CacheMode.NoCache for item in picture.node_items())


def test_end_labels_hidden_per_edge(doc: Document, qapp) -> None:
    """Role names and multiplicities a source tool hid are not drawn; shown by default."""
    doc.update("r", source_end={"multiplicity": "1", "role": "buyer"})
    scene = DiagramScene(doc, "d")
    shown = scene.edge_item("r")
    assert shown is not None
    assert sorted(text for _, text in shown._spots) == ["1", "buyer"]
    edge = doc.edge("d", "r")
    assert edge is not None
    doc.update_edges("d", [edge.model_copy(update={"hide_end_labels": True})])
    hidden = scene.edge_item("r")
    assert hidden is not None and hidden._spots == []
