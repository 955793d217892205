"""The order in which Tab walks through a diagram: the shapes as a person reads them (top
to bottom in rows of tops, left to right within a row), then the lines in the order of
the shapes they start from. And what a screen reader says about an element."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .items.base import NodeItem
from .items.edge import EdgeItem
from .labels import kind_name
from .scene import DiagramScene

ROW = 40.0
"""Shapes whose tops are closer than this to the top of a row's first one join it."""


def reading_order(scene: DiagramScene) -> list[str]:
    """The ids of the elements and relationships on ``scene``, in Tab order."""
    nodes = [item for row in _rows(scene.node_items()) for item in row]
    place = {item.element_id: index for index, item in enumerate(nodes)}
    last = len(nodes)

    def edge_key(item: EdgeItem) -> tuple[int, int, str]:
        rel = item.relationship
        return (place.get(rel.source, last), place.get(rel.target, last), item.element_id)

    edges = sorted(scene.edge_items(), key=edge_key)
    return [item.element_id for item in nodes] + [item.element_id for item in edges]


def _rows(items: list[NodeItem]) -> list[list[NodeItem]]:
    """Shapes in rows: a row takes every shape whose top is within ``ROW`` of the top of
    its first shape (a boundary comes before what it holds); left to right in a row."""
    rows: list[tuple[float, list[NodeItem]]] = []
    for item in sorted(items, key=lambda i: (i.scene_body_rect().top(), i.element_id)):
        top = item.scene_body_rect().top()
        if rows and top - rows[-1][0] < ROW:
            rows[-1][1].append(item)
        else:
            rows.append((top, [item]))
    return [
        sorted(row, key=lambda i: (i.scene_body_rect().left(), i.element_id)) for _, row in rows
    ]


def spoken(scene: DiagramScene, element_id: str) -> str:
    """``use case “Place Order”``, or ``include from “A” to “B”`` for a line."""
    element = scene.document.find(element_id)
    if element is None:
        return ""
    kind = kind_name(element.kind)
    item = scene.item_for(element_id)
    if isinstance(item, EdgeItem):
        source = scene.document.find(element.source)  # type: ignore[attr-defined]
        target = scene.document.find(element.target)  # type: ignore[attr-defined]
        return QCoreApplication.translate("DiagramView", "{kind} from “{a}” to “{b}”").format(
            kind=kind, a=_name(source), b=_name(target)
        )
    return QCoreApplication.translate("DiagramView", "{kind} “{name}”").format(
        kind=kind, name=_name(element)
    )


def _name(element: object) -> str:
    if element is None:
        return "?"
    name = getattr(element, "name", "") or ""
    if not name and getattr(element, "kind", "") == "comment":
        lines = getattr(element, "body", "").strip().splitlines()
        name = lines[0] if lines else ""
    return name
