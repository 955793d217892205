"""Document operations behind the editor's gestures: plain functions over the Document
(no Qt), each run inside one undoable command by ``UndoStack.run``."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from ..model import Document, Edge, NodeElement, Point, Shape, ShapeStyle
from .membership import members_inside, update_memberships

SizeFor = Callable[[NodeElement], tuple[float, float]]
"""The preferred size of an element's shape (the canvas measures text with Qt)."""


def place(document: Document, diagram_id: str, element: NodeElement, shape: Shape) -> None:
    """Add a new element and show it; a use case placed inside a boundary joins it."""
    document.add(element)
    document.add_shapes(diagram_id, [shape])
    update_memberships(document, diagram_id, [element.id])


def show(document: Document, diagram_id: str, shapes: Sequence[Shape]) -> None:
    """Show existing elements on a diagram, with the relationships among what is shown."""
    document.add_shapes(diagram_id, shapes)
    show_relationships(document, diagram_id, [s.element for s in shapes])
    update_memberships(document, diagram_id, [s.element for s in shapes], leave=False)


def show_relationships(document: Document, diagram_id: str, element_ids: Iterable[str]) -> None:
    """Draw the relationships of these elements whose both ends are now on the diagram."""
    on_diagram = {s.element for s in document.shapes(diagram_id)}
    drawn = {e.element for e in document.edges(diagram_id)}
    edges = []
    for element_id in element_ids:
        for rel in document.relationships_of(element_id):
            if rel.id in drawn or rel.source not in on_diagram or rel.target not in on_diagram:
                continue
            drawn.add(rel.id)
            edges.append(Edge(element=rel.id))
    if edges:
        document.add_edges(diagram_id, edges)


def carried(document: Document, diagram_id: str, element_ids: Iterable[str]) -> list[str]:
    """The ids that move when these move: the ids themselves, then the use cases that
    lie inside any moving boundary."""
    moving = list(dict.fromkeys(element_ids))
    for element_id in list(moving):
        if getattr(document.find(element_id), "kind", None) == "subject":
            for member in members_inside(document, diagram_id, element_id):
                if member not in moving:
                    moving.append(member)
    return moving


def move(
    document: Document, diagram_id: str, element_ids: Sequence[str], dx: float, dy: float
) -> list[str]:
    """Move shapes (boundaries carry their use cases); memberships follow. Returns the
    ids that moved."""
    moving = carried(document, diagram_id, element_ids)
    document.move_shapes(diagram_id, moving, dx, dy)
    update_memberships(document, diagram_id, _affected(document, diagram_id, moving))
    return moving


def set_geometry(document: Document, diagram_id: str, shapes: Sequence[Shape]) -> None:
    """Replace shapes' geometry (resize, align...); memberships follow."""
    document.update_shapes(diagram_id, shapes)
    update_memberships(document, diagram_id, _affected(document, diagram_id, list(shapes)))


def _affected(document: Document, diagram_id: str, shapes: Sequence[Shape | str]) -> list[str]:
    """The use cases whose membership may change when these shapes change: all of the
    diagram's when a boundary moved or changed size."""
    ids = [s if isinstance(s, str) else s.element for s in shapes]
    if any(getattr(document.find(i), "kind", None) == "subject" for i in ids):
        return [s.element for s in document.shapes(diagram_id)]  # a boundary grew or shrank
    return ids


def rename(
    document: Document,
    element_id: str,
    name: str,
    size_for: SizeFor | None = None,
    diagram_id: str | None = None,
) -> None:
    """Rename an element (a comment: change its text). Shapes on the diagram grow,
    around their centre, when the new text needs more room."""
    element = document.get(element_id)
    field = "body" if element.kind == "comment" else "name"
    document.update(element_id, **{field: name})
    if size_for is not None and diagram_id is not None:
        grow_to_fit(document, diagram_id, [element_id], size_for)


def grow_to_fit(
    document: Document, diagram_id: str, element_ids: Iterable[str], size_for: SizeFor
) -> None:
    """Enlarge shapes whose text no longer fits, keeping their centre."""
    grown = []
    for element_id in element_ids:
        shape = document.shape(diagram_id, element_id)
        element = document.find(element_id)
        if shape is None or not isinstance(element, NodeElement) or element.kind == "subject":
            continue
        width, height = size_for(element)
        if width > shape.width or height > shape.height:
            new_w, new_h = max(width, shape.width), max(height, shape.height)
            grown.append(
                shape.model_copy(
                    update={
                        "x": round(shape.x - (new_w - shape.width) / 2),
                        "y": round(shape.y - (new_h - shape.height) / 2),
                        "width": new_w,
                        "height": new_h,
                    }
                )
            )
    if grown:
        set_geometry(document, diagram_id, grown)


def set_style(document: Document, diagram_id: str, element_ids: Iterable[str], **style) -> None:
    """Change style fields (fill, line, font_size, notation) of shapes; None resets one."""
    shapes = []
    for element_id in element_ids:
        shape = document.shape(diagram_id, element_id)
        if shape is not None:
            new_style = ShapeStyle.model_validate({**shape.style.model_dump(), **style})
            shapes.append(shape.model_copy(update={"style": new_style}))
    document.update_shapes(diagram_id, shapes)


def set_waypoints(
    document: Document, diagram_id: str, relationship_id: str, points: Sequence[tuple[float, float]]
) -> None:
    """Replace the bend points of an edge."""
    edge = document.edge(diagram_id, relationship_id)
    if edge is None:
        return
    waypoints = tuple(Point(x=round(x, 1), y=round(y, 1)) for x, y in points)
    document.update_edges(diagram_id, [edge.model_copy(update={"waypoints": waypoints})])


def reconnect(
    document: Document,
    diagram_id: str,
    relationship_id: str,
    source: str | None = None,
    target: str | None = None,
) -> None:
    """Move an end of a relationship to another element (the rules table decides); its
    bend points are dropped, since they were laid out for the old end."""
    document.reconnect(relationship_id, source=source, target=target)
    edge = document.edge(diagram_id, relationship_id)
    if edge is not None and edge.waypoints:
        document.update_edges(diagram_id, [edge.model_copy(update={"waypoints": ()})])


# --------------------------------------------------------------------------- arranging

ALIGNMENTS = ("left", "centre", "right", "top", "middle", "bottom")


def align(document: Document, diagram_id: str, element_ids: Sequence[str], how: str) -> None:
    """Line shapes up on the first one's edge or centre (``ALIGNMENTS``)."""
    shapes = _shapes(document, diagram_id, element_ids)
    if len(shapes) < 2:
        return
    ref = shapes[0]
    moved = []
    for shape in shapes[1:]:
        x, y = shape.x, shape.y
        match how:
            case "left":
                x = ref.x
            case "centre":
                x = ref.x + ref.width / 2 - shape.width / 2
            case "right":
                x = ref.right - shape.width
            case "top":
                y = ref.y
            case "middle":
                y = ref.y + ref.height / 2 - shape.height / 2
            case "bottom":
                y = ref.bottom - shape.height
            case _:
                raise ValueError(f"unknown alignment {how!r}")
        moved.append(shape.model_copy(update={"x": round(x, 1), "y": round(y, 1)}))
    _move_to(document, diagram_id, moved)


def distribute(document: Document, diagram_id: str, element_ids: Sequence[str], axis: str) -> None:
    """Space shapes evenly between the outermost two, horizontally (``"x"``) or
    vertically (``"y"``): equal gaps between neighbours."""
    shapes = _shapes(document, diagram_id, element_ids)
    if len(shapes) < 3:
        return
    horizontal = axis == "x"
    start = (lambda s: s.x) if horizontal else (lambda s: s.y)
    size = (lambda s: s.width) if horizontal else (lambda s: s.height)
    ordered = sorted(shapes, key=start)
    span = start(ordered[-1]) + size(ordered[-1]) - start(ordered[0])
    gap = (span - sum(size(s) for s in ordered)) / (len(ordered) - 1)
    position = start(ordered[0])
    moved = []
    for shape in ordered:
        field = "x" if horizontal else "y"
        moved.append(shape.model_copy(update={field: round(position, 1)}))
        position += size(shape) + gap
    _move_to(document, diagram_id, moved)


def same_size(document: Document, diagram_id: str, element_ids: Sequence[str]) -> None:
    """Give every shape the first one's size, keeping their centres."""
    shapes = _shapes(document, diagram_id, element_ids)
    if len(shapes) < 2:
        return
    ref = shapes[0]
    resized = [
        s.model_copy(
            update={
                "x": round(s.x + (s.width - ref.width) / 2, 1),
                "y": round(s.y + (s.height - ref.height) / 2, 1),
                "width": ref.width,
                "height": ref.height,
            }
        )
        for s in shapes[1:]
    ]
    set_geometry(document, diagram_id, resized)


def _shapes(document: Document, diagram_id: str, element_ids: Sequence[str]) -> list[Shape]:
    return [s for s in (document.shape(diagram_id, i) for i in element_ids) if s is not None]


def _move_to(document: Document, diagram_id: str, shapes: Sequence[Shape]) -> None:
    """Put shapes at new positions; boundaries carry the use cases inside them (unless
    those are placed themselves); memberships follow."""
    placed = {s.element for s in shapes}
    moved: list[str] = []
    for shape in shapes:
        old = document.shape(diagram_id, shape.element)
        assert old is not None
        dx, dy = shape.x - old.x, shape.y - old.y
        if not (dx or dy):
            continue
        ids = [shape.element]
        ids += [m for m in carried(document, diagram_id, ids)[1:] if m not in placed]
        document.move_shapes(diagram_id, ids, dx, dy)
        moved += ids
    update_memberships(document, diagram_id, moved)
