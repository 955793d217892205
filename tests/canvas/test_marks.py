"""Hover, selection and connection marks show on screen and never in pictures."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter

from ucdesigner.canvas.scene import DiagramScene
from ucdesigner.canvas.theme import MODERN, print_theme
from ucdesigner.model import Actor, Association, DiagramInfo, Document, Edge, Shape, UseCase


def document() -> Document:
    d = Document()
    d.add(
        Actor(id="a", name="Customer"),
        UseCase(id="u", name="Track Order"),
        Association(id="r", source="a", target="u"),
    )
    d.add_diagram(DiagramInfo(id="d", name="Main"))
    d.add_shapes(
        "d",
        [
            Shape(element="a", x=0, y=0, width=48, height=84),
            Shape(element="u", x=200, y=10, width=140, height=60),
        ],
    )
    d.add_edges("d", [Edge(element="r")])
    return d


def picture(scene: DiagramScene) -> QImage:
    image = QImage(400, 160, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, 400, 160), QRectF(-20, -20, 400, 160))
    painter.end()
    return image


def decorate(scene: DiagramScene) -> None:
    scene.select_ids(["u", "r"])
    scene.node_item("a").hovered = True
    scene.node_item("u").set_mark("refused")
    scene.edge_item("r").hovered = True
    scene.update()


def test_marks_are_drawn_on_screen(qapp) -> None:
    scene = DiagramScene(document(), "d", MODERN)
    plain = picture(scene)
    decorate(scene)
    assert picture(scene) != plain


def test_marks_never_reach_a_picture(qapp) -> None:
    scene = DiagramScene(document(), "d", print_theme())
    plain = picture(scene)
    decorate(scene)
    assert picture(scene) == plain
