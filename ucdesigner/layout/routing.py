"""Lines as bend points: routes from the engine, made as straight as the shapes around
them allow; lines to shapes that stayed where they were are routed by Graphviz between
the shapes where they now are."""

from __future__ import annotations

import itertools
import math

from ..model import Diagram, Edge, Point, Shape
from . import graphviz
from .conventions import CONTAINER_KINDS, node_box
from .elements import Model
from .geometry import XY, centre, segment_meets_shape

CLEARANCE = 6.0
"""How far a line keeps from a shape it passes."""
LOOP = 28.0


def obstacles(document: Model, diagram: Diagram) -> list[tuple[Shape, str]]:
    """The shapes a line may not cross (boundaries and packages hold lines, they are not
    in the way), each with its element kind; an actor's box includes its name."""
    found = []
    for shape in diagram.shapes:
        element = document.find(shape.element)
        if element is None or element.kind in CONTAINER_KINDS:
            continue
        if element.kind == "actor":
            width, height = node_box(element, (shape.width, shape.height))
            cx = shape.x + shape.width / 2
            shape = shape.model_copy(update={"x": cx - width / 2, "width": width, "height": height})
        found.append((shape, element.kind))
    return found


def clear(p: XY, q: XY, blockers: list[tuple[Shape, str]], ends: set[str]) -> bool:
    """True when the segment from ``p`` to ``q`` crosses no shape but its own ends."""
    return not any(
        segment_meets_shape(p, q, shape, kind, CLEARANCE)
        for shape, kind in blockers
        if shape.element not in ends
    )


def simplify(document: Model, diagram: Diagram, only: set[str] | None = None) -> Diagram:
    """Every line (of the relationship ids ``only``, when given) with the fewest bend
    points of its route that still passes no shape: a bend is dropped when the line can
    go straight past it."""
    blockers = obstacles(document, diagram)
    shapes = {s.element: s for s in diagram.shapes}
    edges = []
    for edge in diagram.edges:
        rel = document.find(edge.element)
        source = shapes.get(getattr(rel, "source", ""))
        target = shapes.get(getattr(rel, "target", ""))
        if (
            source is None
            or target is None
            or source is target
            or not edge.waypoints
            or (only is not None and edge.element not in only)
        ):
            edges.append(edge)
            continue
        ends = {source.element, target.element}
        points = [centre(source), *[(p.x, p.y) for p in edge.waypoints], centre(target)]
        kept = [points[0]]
        index = 0
        while index < len(points) - 1:
            far = len(points) - 1
            while far > index + 1 and not clear(points[index], points[far], blockers, ends):
                far -= 1
            kept.append(points[far])
            index = far
        bends = kept[1:-1]
        if bends:
            bends = _one_bend(points[0], points[-1], blockers, ends) or bends
        edges.append(
            edge.model_copy(update={"waypoints": tuple(Point(x=x, y=y) for x, y in bends)})
        )
    return diagram.model_copy(update={"edges": tuple(edges)})


DETOUR = 14.0
"""How far outside a shape's corner a one-bend line passes it."""


def _one_bend(p: XY, q: XY, blockers: list[tuple[Shape, str]], ends: set[str]) -> list[XY]:
    """The shortest line from ``p`` to ``q`` with one bend, just past a corner of a shape
    in the way, that crosses no shape; empty when there is none."""
    in_way = [
        shape
        for shape, kind in blockers
        if shape.element not in ends and segment_meets_shape(p, q, shape, kind, CLEARANCE)
    ]
    best: list[XY] = []
    best_length = float("inf")
    for shape in in_way:
        for cx in (shape.x - DETOUR, shape.right + DETOUR):
            for cy in (shape.y - DETOUR, shape.bottom + DETOUR):
                corner = (cx, cy)
                length = math.dist(p, corner) + math.dist(corner, q)
                if (
                    length < best_length
                    and clear(p, corner, blockers, ends)
                    and clear(corner, q, blockers, ends)
                ):
                    best, best_length = [corner], length
    return best


def blocked_lines(document: Model, diagram: Diagram) -> frozenset[str]:
    """The relationship ids of the lines that pass through a shape not at their ends."""
    blockers = obstacles(document, diagram)
    shapes = {s.element: s for s in diagram.shapes}
    found = set()
    for edge in diagram.edges:
        rel = document.find(edge.element)
        source = shapes.get(getattr(rel, "source", ""))
        target = shapes.get(getattr(rel, "target", ""))
        if source is None or target is None or source is target:
            continue
        points = [centre(source), *[(p.x, p.y) for p in edge.waypoints], centre(target)]
        ends = {source.element, target.element}
        if any(not clear(p, q, blockers, ends) for p, q in itertools.pairwise(points)):
            found.add(edge.element)
    return frozenset(found)


def loop_waypoints(shape: Shape) -> list[XY]:
    """A line from a shape to itself: a small loop over its top right corner."""
    return [
        (shape.right + LOOP, shape.y + shape.height / 2),
        (shape.right + LOOP, shape.y - LOOP),
        (shape.x + shape.width / 2, shape.y - LOOP),
    ]


def route_edges(document: Model, diagram: Diagram, keys: set[str]) -> Diagram:
    """The lines ``keys`` routed by Graphviz between the shapes where they are; a line
    whose straight course crosses no shape stays straight."""
    blockers = obstacles(document, diagram)
    shapes = {s.element: s for s in diagram.shapes}
    graph = graphviz.Graph()
    for shape, kind in blockers:
        cx, cy = shape.x + shape.width / 2, shape.y + shape.height / 2
        graph.nodes.append(
            graphviz.Node(
                id=shape.element,
                width=shape.width,
                height=shape.height,
                shape="ellipse" if kind == "usecase" else "box",
                x=cx,
                y=cy,
            )
        )
    on_graph = {n.id for n in graph.nodes}
    for edge in diagram.edges:
        if edge.element not in keys:
            continue
        rel = document.find(edge.element)
        source, target = getattr(rel, "source", ""), getattr(rel, "target", "")
        if source not in on_graph or target not in on_graph or source == target:
            continue
        ends = {source, target}
        if clear(centre(shapes[source]), centre(shapes[target]), blockers, ends):
            continue
        graph.links.append(graphviz.Link(key=edge.element, tail=source, head=target))
    if not graph.links:
        return diagram
    graphviz.run(graph, program="neato", positioned=True)
    routes = {link.key: link.points[1:-1] for link in graph.links if link.points}
    edges = tuple(
        _with_bends(edge, routes[edge.element]) if edge.element in routes else edge
        for edge in diagram.edges
    )
    return diagram.model_copy(update={"edges": edges})


def _with_bends(edge: Edge, points: list[XY]) -> Edge:
    return edge.model_copy(
        update={"waypoints": tuple(Point(x=round(x, 1), y=round(y, 1)) for x, y in points)}
    )
