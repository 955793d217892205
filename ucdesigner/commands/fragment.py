"""Copy and paste: a selection as a self-contained fragment (JSON-ready dict), and
pasting one as new elements or as more shapes of the same elements."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from pydantic import ConfigDict, TypeAdapter, ValidationError

from ..model import Document, Edge, ModelError, NodeElement, Relationship, Shape, new_id
from ..model.elements import AnyNode, AnyRelationship, UseCase
from .membership import update_memberships

MIME_TYPE = "application/x-ucdesigner-fragment+json"
FORMAT = "ucdesigner-fragment"

# Built at the first paste, not at import (start-up time).
_DEFERRED = ConfigDict(defer_build=True)
_NODES = TypeAdapter(tuple[AnyNode, ...], config=_DEFERRED)
_RELS = TypeAdapter(tuple[AnyRelationship, ...], config=_DEFERRED)
_SHAPES = TypeAdapter(tuple[Shape, ...], config=_DEFERRED)
_EDGES = TypeAdapter(tuple[Edge, ...], config=_DEFERRED)


def copy_fragment(
    document: Document, diagram_id: str, element_ids: Iterable[str], source: str = ""
) -> dict[str, Any]:
    """The selected shapes of a diagram with their elements, and the relationships drawn
    among them. ``source`` identifies the document (to offer "paste as shown")."""
    ids = [i for i in dict.fromkeys(element_ids) if document.shape(diagram_id, i) is not None]
    chosen = set(ids)
    shapes = [document.shape(diagram_id, i) for i in ids]
    edges = [
        e
        for e in document.edges(diagram_id)
        if {document.get(e.element).source, document.get(e.element).target} <= chosen  # type: ignore[attr-defined]
    ]
    return {
        "format": FORMAT,
        "source": source,
        "diagram": diagram_id,
        "elements": [document.get(i).model_dump(mode="json") for i in ids],
        "relationships": [document.get(e.element).model_dump(mode="json") for e in edges],
        "shapes": [s.model_dump(mode="json") for s in shapes if s is not None],
        "edges": [e.model_dump(mode="json") for e in edges],
    }


def encode(fragment: dict[str, Any]) -> bytes:
    return json.dumps(fragment, ensure_ascii=False).encode("utf-8")


def decode(raw: bytes) -> dict[str, Any] | None:
    """The fragment in clipboard bytes, or None when they are not one of ours."""
    try:
        fragment = json.loads(bytes(raw).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(fragment, dict) or fragment.get("format") != FORMAT:
        return None
    return fragment


def paste_new(
    document: Document, diagram_id: str, fragment: dict[str, Any], dx: float, dy: float
) -> list[str]:
    """Paste copies: new elements with new ids, shifted by (dx, dy). Returns new ids."""
    nodes, rels, shapes, edges = _parse(fragment)
    renamed = {n.id: new_id(n.kind) for n in nodes}
    point_ids: dict[str, str] = {}
    new_nodes: list[NodeElement] = []
    for node in nodes:
        update: dict[str, Any] = {"id": renamed[node.id]}
        if node.package is not None and document.find(node.package) is None:
            update["package"] = None
        if isinstance(node, UseCase):
            points = []
            for point in node.extension_points:
                point_ids[point.id] = new_id("extension_point")
                points.append(point.model_copy(update={"id": point_ids[point.id]}))
            update["extension_points"] = tuple(points)
            update["subjects"] = tuple(s for s in node.subjects if document.find(s) is not None)
        new_nodes.append(node.model_copy(update=update))
    new_rels: list[Relationship] = []
    rel_ids: dict[str, str] = {}
    for rel in rels:
        if rel.source not in renamed or rel.target not in renamed:
            continue
        rel_ids[rel.id] = new_id(rel.kind)
        update = {
            "id": rel_ids[rel.id],
            "source": renamed[rel.source],
            "target": renamed[rel.target],
        }
        if hasattr(rel, "extension_points"):
            update["extension_points"] = tuple(
                point_ids[p] for p in rel.extension_points if p in point_ids
            )
        new_rels.append(rel.model_copy(update=update))
    document.add(*new_nodes, *new_rels)
    document.add_shapes(
        diagram_id,
        [_shifted(s, dx, dy).model_copy(update={"element": renamed[s.element]}) for s in shapes],
    )
    document.add_edges(
        diagram_id,
        [
            _shifted_edge(e, dx, dy).model_copy(update={"element": rel_ids[e.element]})
            for e in edges
            if e.element in rel_ids
        ],
    )
    update_memberships(document, diagram_id, renamed.values())
    return list(renamed.values())


def paste_shown(
    document: Document, diagram_id: str, fragment: dict[str, Any], dx: float, dy: float
) -> list[str]:
    """Show the same elements (of this document) on the diagram: those not there yet
    get a shape, relationships among them an edge. Returns the ids shown."""
    _nodes, _rels, shapes, edges = _parse(fragment)
    missing = [
        s
        for s in shapes
        if document.find(s.element) is not None and document.shape(diagram_id, s.element) is None
    ]
    if not missing:
        raise ModelError("Every copied element is already on this diagram.")
    document.add_shapes(diagram_id, [_shifted(s, dx, dy) for s in missing])
    on_diagram = {s.element for s in document.shapes(diagram_id)}
    drawn = {e.element for e in document.edges(diagram_id)}
    show = []
    for edge in edges:
        rel = document.find(edge.element)
        if (
            isinstance(rel, Relationship)
            and edge.element not in drawn
            and {rel.source, rel.target} <= on_diagram
        ):
            show.append(_shifted_edge(edge, dx, dy))
    document.add_edges(diagram_id, show)
    update_memberships(document, diagram_id, [s.element for s in missing], leave=False)
    return [s.element for s in missing]


def _parse(
    fragment: dict[str, Any],
) -> tuple[Sequence[NodeElement], Sequence[Relationship], Sequence[Shape], Sequence[Edge]]:
    try:
        return (
            _NODES.validate_python(fragment.get("elements", ())),
            _RELS.validate_python(fragment.get("relationships", ())),
            _SHAPES.validate_python(fragment.get("shapes", ())),
            _EDGES.validate_python(fragment.get("edges", ())),
        )
    except ValidationError as error:
        raise ModelError(
            f"The clipboard does not hold a usable copy: {error.errors()[0]['msg']}"
        ) from None


def _shifted(shape: Shape, dx: float, dy: float) -> Shape:
    return shape.model_copy(update={"x": shape.x + dx, "y": shape.y + dy})


def _shifted_edge(edge: Edge, dx: float, dy: float) -> Edge:
    points = tuple(p.model_copy(update={"x": p.x + dx, "y": p.y + dy}) for p in edge.waypoints)
    return edge.model_copy(update={"waypoints": points})
