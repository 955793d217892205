"""Automatic layout for models that arrive without diagrams.

It follows the conventions of use case diagrams: each system boundary is a box holding
its use cases in a grid; actors stand outside, on the left and on the right, across from
the use cases they take part in; use cases outside every boundary get an area of their
own; comments and packages go below. Use cases and actors are ordered by the barycentre
of their partners (a few sweeps), which removes most line crossings. Nothing overlaps:
positions come from a grid sized by the largest shape of each column.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence

from ..model import Diagram, Edge, Shape
from ..model.elements import NodeElement, Relationship, UseCase
from ..model.sizing import default_size

MARGIN = 40.0
GAP_X = 40.0
GAP_Y = 30.0
ACTOR_GAP = 90.0
"""Space between an actor column and a boundary."""
ACTOR_LABEL = 36.0
"""Room for an actor's name below its figure."""
BOUNDARY_PAD = 30.0
BOUNDARY_TITLE = 30.0


def layout_diagram(
    diagram_id: str,
    name: str,
    package: str | None,
    nodes: Sequence[NodeElement],
    relationships: Sequence[Relationship],
) -> Diagram:
    """A diagram showing ``nodes`` (and the relationships among them), laid out."""
    ids = {n.id for n in nodes}
    rels = [r for r in relationships if r.source in ids and r.target in ids]
    by_kind: dict[str, list[NodeElement]] = defaultdict(list)
    for node in nodes:
        by_kind[node.kind].append(node)
    neighbours: dict[str, list[str]] = defaultdict(list)
    for rel in rels:
        neighbours[rel.source].append(rel.target)
        neighbours[rel.target].append(rel.source)

    subjects = by_kind["subject"]
    subject_ids = {s.id for s in subjects}
    groups: dict[str | None, list[UseCase]] = {s.id: [] for s in subjects}
    groups[None] = []
    for case in by_kind["usecase"]:
        assert isinstance(case, UseCase)
        home = next((s for s in case.subjects if s in subject_ids), None)
        groups[home].append(case)

    actors = sorted(by_kind["actor"], key=lambda a: (-len(neighbours[a.id]), a.name, a.id))
    left = actors[0::2]
    right = actors[1::2]
    _order(groups, left, right, neighbours)
    for key, cases in groups.items():
        groups[key] = _by_side(cases, left, right, neighbours)

    shapes: list[Shape] = []
    actor_w = max((default_size(a)[0] for a in actors), default=0.0)
    label_w = max((len(a.name) * 7.4 for a in actors), default=0.0)
    column = max(actor_w, label_w)
    x0 = MARGIN + (column + ACTOR_GAP if left else 0.0)
    y = MARGIN
    right_edge = x0
    case_y: dict[str, float] = {}
    for key in [*[s.id for s in subjects], None]:
        cases = groups.get(key, [])
        if key is None and not cases:
            continue
        box, placed = _grid(cases, x0, y, boxed=key is not None)
        shapes.extend(placed)
        for shape in placed:
            case_y[shape.element] = shape.y + shape.height / 2
        if key is not None:
            subject = next(s for s in subjects if s.id == key)
            shapes.append(
                Shape(element=subject.id, x=box[0], y=box[1], width=box[2], height=box[3], z=-1)
            )
        right_edge = max(right_edge, box[0] + box[2])
        y = box[1] + box[3] + GAP_Y * 2
    bottom = y

    for side, x in ((left, MARGIN + (column - actor_w) / 2), (right, right_edge + ACTOR_GAP)):
        shapes.extend(_actor_column(side, x, case_y, neighbours))
    for shape in shapes:
        bottom = max(bottom, shape.y + shape.height + GAP_Y * 2)

    x = MARGIN
    for node in [*by_kind["package"], *by_kind["comment"]]:
        width, height = default_size(node)
        shapes.append(Shape(element=node.id, x=x, y=bottom, width=width, height=height))
        x += width + GAP_X

    edges = tuple(Edge(element=r.id) for r in rels)
    return Diagram(id=diagram_id, name=name, package=package, shapes=tuple(shapes), edges=edges)


def _order(
    groups: dict[str | None, list[UseCase]],
    left: list[NodeElement],
    right: list[NodeElement],
    neighbours: dict[str, list[str]],
) -> None:
    """Barycentre sweeps: use cases by their actors' places, actors by their use cases'."""
    for _ in range(3):
        rank = {a.id: i for i, a in enumerate(left)} | {a.id: i for i, a in enumerate(right)}
        for cases in groups.values():
            cases.sort(key=lambda c: _barycentre(c.id, rank, neighbours, len(cases)))
        place = {c.id: i for cases in groups.values() for i, c in enumerate(cases)}
        for side in (left, right):
            side.sort(key=lambda a: _barycentre(a.id, place, neighbours, len(place)))


def _by_side(
    cases: list[UseCase],
    left: list[NodeElement],
    right: list[NodeElement],
    neighbours: dict[str, list[str]],
) -> list[UseCase]:
    """The grid fills column by column: use cases of the left actors go to the left
    columns, those of the right actors to the right ones, each column keeping the
    barycentre order. Lines from an actor then seldom cross the whole boundary."""
    columns = _columns(len(cases))
    if columns == 1:
        return cases
    lefts, rights = {a.id for a in left}, {a.id for a in right}

    def side(case: UseCase) -> int:
        partners = neighbours.get(case.id, ())
        return sum(p in rights for p in partners) - sum(p in lefts for p in partners)

    order = {c.id: i for i, c in enumerate(cases)}
    by_side = sorted(cases, key=lambda c: (side(c), order[c.id]))
    rows = math.ceil(len(cases) / columns)
    chunks = [by_side[i : i + rows] for i in range(0, len(by_side), rows)]
    return [c for chunk in chunks for c in sorted(chunk, key=lambda c: order[c.id])]


def _columns(n: int) -> int:
    return 1 if n <= 6 else 2 if n <= 16 else max(3, math.ceil(math.sqrt(n / 2)))


def _barycentre(node: str, rank: dict[str, int], neighbours: dict[str, list[str]], n: int) -> float:
    positions = [rank[m] for m in neighbours.get(node, ()) if m in rank]
    return sum(positions) / len(positions) if positions else n / 2


def _grid(
    cases: Sequence[UseCase], x0: float, y0: float, boxed: bool
) -> tuple[tuple[float, float, float, float], list[Shape]]:
    """Use cases in a grid, column by column; returns the enclosing box and the shapes."""
    n = len(cases)
    columns = _columns(n)
    rows = max(1, math.ceil(n / columns))
    sizes = [default_size(c) for c in cases]
    widths = [
        max((sizes[i][0] for i in range(c * rows, min(n, (c + 1) * rows))), default=140.0)
        for c in range(columns)
    ]
    row_h = max((s[1] for s in sizes), default=60.0)
    pad = BOUNDARY_PAD if boxed else 0.0
    top = y0 + (BOUNDARY_TITLE if boxed else 0.0) + pad
    shapes = []
    x = x0 + pad
    for c in range(columns):
        for r in range(rows):
            i = c * rows + r
            if i >= n:
                break
            w, h = sizes[i]
            shapes.append(
                Shape(
                    element=cases[i].id,
                    x=x + (widths[c] - w) / 2,
                    y=top + r * (row_h + GAP_Y) + (row_h - h) / 2,
                    width=w,
                    height=h,
                )
            )
        x += widths[c] + GAP_X
    width = max(240.0, sum(widths) + GAP_X * (columns - 1) + 2 * pad)
    height = max(200.0 if boxed else 0.0, (top - y0) + rows * row_h + (rows - 1) * GAP_Y + pad)
    return (x0, y0, width, height), shapes


def _actor_column(
    actors: Sequence[NodeElement],
    x: float,
    case_y: dict[str, float],
    neighbours: dict[str, list[str]],
) -> list[Shape]:
    """Actors in a column, each near the middle of its use cases, never overlapping."""
    shapes = []
    next_free = MARGIN
    for actor in actors:
        width, height = default_size(actor)
        wanted = [case_y[m] for m in neighbours.get(actor.id, ()) if m in case_y]
        y = (sum(wanted) / len(wanted) - height / 2) if wanted else next_free
        y = max(y, next_free)
        shapes.append(Shape(element=actor.id, x=x, y=y, width=width, height=height))
        next_free = y + height + ACTOR_LABEL + GAP_Y
    return shapes
