"""Lines as bend points: routes from the engine, made as straight as the shapes around
them allow; lines to shapes that stayed where they were are routed by Graphviz between
the shapes where they now are."""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Iterator

from ..model import Diagram, Edge, Point, Shape
from . import graphviz
from .conventions import CONTAINER_KINDS, node_box
from .elements import Model
from .geometry import (
    ROUND_KINDS,
    XY,
    Box,
    box_to_polyline,
    boxes_meet,
    centre,
    frame_run,
    segment_meets_box,
    segment_meets_oval,
    segment_meets_shape,
    segment_near_side,
    side_run,
)

CLEARANCE = 6.0
"""How far a line keeps from a shape it passes."""
LABEL_NEAR = 12.0
"""How near a straightened line must still pass the room the engine kept for its label."""
FRAME_NEAR = 10.0
FRAME_RUN = 36.0
FRAME_STEEPEST = 20.0
"""A line that stays within ``FRAME_NEAR`` of one side of a boundary's or package's frame
for more than ``FRAME_RUN``, at under ``FRAME_STEEPEST`` degrees to it, reads as part of
the frame (the quality report counts 8, 40 and 15): routes cross frames, they do not run
along them."""
MAX_COUNTED = 40
"""How many routes off a frame have their crossings counted before the line stays."""
FRAME_NUDGES = (16.0, 28.0, 44.0)
"""How far the bends of a line lying along a frame are moved off it, in turn."""
LOOP = 28.0
MAX_SIMPLIFIED = 120
"""Above this many lines the engine's routes are kept as they are (straightening them
while counting crossings grows with the square of the lines)."""


CELL = 160.0
"""Side of the cells that index shapes by place (finding the shapes near a segment)."""


class Blockers(list):
    """The shapes a line may not cross, each with its element kind, indexed by place."""

    def __init__(self, items: list[tuple[Shape, str]]) -> None:
        super().__init__(items)
        # Each shape as plain numbers for ``meets``: its box grown by the clearance,
        # whether it is an ellipse, and its element (the checks run thousands of times
        # per layout; attribute look-ups on the models were half their cost). The cells
        # hold the shapes' places in this list.
        self.outlines: list[tuple[float, float, float, float, bool, str]] = []
        self.cells: dict[tuple[int, int], list[int]] = {}
        for number, (shape, kind) in enumerate(items):
            box = (
                shape.x - CLEARANCE,
                shape.y - CLEARANCE,
                shape.right + CLEARANCE,
                shape.bottom + CLEARANCE,
            )
            self.outlines.append((*box, kind in ROUND_KINDS, shape.element))
            for cx in range(_cell(box[0]), _cell(box[2]) + 1):
                for cy in range(_cell(box[1]), _cell(box[3]) + 1):
                    self.cells.setdefault((cx, cy), []).append(number)

    def _near_numbers(self, p: XY, q: XY) -> Iterable[int]:
        """The places of the shapes in the cells of the box around the segment from
        ``p`` to ``q`` (every shape when that box covers more cells than there are)."""
        x0, x1 = _cell(min(p[0], q[0])), _cell(max(p[0], q[0]))
        y0, y1 = _cell(min(p[1], q[1])), _cell(max(p[1], q[1]))
        if (x1 - x0 + 1) * (y1 - y0 + 1) > len(self.cells):
            return range(len(self))
        found: dict[int, None] = {}
        for cx in range(x0, x1 + 1):
            for cy in range(y0, y1 + 1):
                for number in self.cells.get((cx, cy), ()):
                    found[number] = None
        return found

    def near(self, p: XY, q: XY) -> list[tuple[Shape, str]]:
        """The shapes in the cells of the box around the segment from ``p`` to ``q``."""
        return [self[number] for number in self._near_numbers(p, q)]

    def meets(self, p: XY, q: XY, ends: set[str] | frozenset[str]) -> bool:
        """True when the segment from ``p`` to ``q`` passes through a shape other than
        ``ends`` (closer than the clearance): ``segment_meets_shape`` for every shape,
        the same answers, with the shapes whose boxes the segment's box misses skipped."""
        numbers = self._near_numbers(p, q) if len(self) > INDEXED_OUTLINES else range(len(self))
        return any(True for _ in self._met(p, q, ends, numbers))

    def in_way(self, p: XY, q: XY, ends: set[str] | frozenset[str]) -> list[Shape]:
        """The shapes other than ``ends`` the segment passes through, in ``near``'s order."""
        return [self[number][0] for number in self._met(p, q, ends, self._near_numbers(p, q))]

    def _met(
        self, p: XY, q: XY, ends: set[str] | frozenset[str], numbers: Iterable[int]
    ) -> Iterator[int]:
        """Of the shapes at ``numbers``, those the segment passes through (in that order)."""
        low_x, high_x = (p[0], q[0]) if p[0] <= q[0] else (q[0], p[0])
        low_y, high_y = (p[1], q[1]) if p[1] <= q[1] else (q[1], p[1])
        outlines = self.outlines
        for number in numbers:
            left, top, right, bottom, round_, element = outlines[number]
            if right < low_x or left > high_x or bottom < low_y or top > high_y:
                continue
            if element in ends:
                continue
            box = (left, top, right, bottom)
            if segment_meets_oval(p, q, box) if round_ else segment_meets_box(p, q, box):
                yield number


INDEXED_OUTLINES = 48
"""Above this many shapes ``Blockers.meets`` looks only at the shapes in the cells the
segment's box covers; below it, at every shape's box (fewer steps). The order does not
matter to a yes or no."""


def _cell(value: float) -> int:
    return int(value // CELL)


def obstacles(document: Model, diagram: Diagram) -> Blockers:
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
    return Blockers(found)


def frames(document: Model, diagram: Diagram) -> list[Box]:
    """The frames of the boundaries and packages on the diagram."""
    found = []
    for shape in diagram.shapes:
        element = document.find(shape.element)
        if element is not None and element.kind in CONTAINER_KINDS:
            found.append((shape.x, shape.y, shape.right, shape.bottom))
    return found


def along_frame(route: list[XY], boxes: list[Box]) -> bool:
    """True when the route runs along one side of a frame (see ``FRAME_RUN``)."""
    if not boxes or len(route) < 2:
        return False
    left, top, right, bottom = route_extent(route)
    return any(
        frame_run(route, box, FRAME_NEAR, FRAME_STEEPEST) > FRAME_RUN
        for box in boxes
        if not (
            right < box[0] - FRAME_NEAR
            or left > box[2] + FRAME_NEAR
            or bottom < box[1] - FRAME_NEAR
            or top > box[3] + FRAME_NEAR
        )
    )


def _off_frames(route: list[XY], boxes: list[Box]) -> list[list[XY]]:
    """The route with its bends near a frame's side moved off it, by growing amounts,
    across the side (inward and outward), shortest move first."""
    bends = route[1:-1]
    near = [
        i
        for i, (x, y) in enumerate(bends)
        if any(_near_side(x, y, box, FRAME_NEAR * 1.5) for box in boxes)
    ]
    if not near:
        near = list(range(len(bends)))
    found = []
    for d in FRAME_NUDGES:
        for dx, dy in (
            (0.0, -d),
            (0.0, d),
            (-d, 0.0),
            (d, 0.0),
            (-d, -d),
            (d, -d),
            (-d, d),
            (d, d),
        ):
            moved = [(x + dx, y + dy) if i in near else (x, y) for i, (x, y) in enumerate(bends)]
            found.append([route[0], *moved, route[-1]])
    return found


def _channels(route: list[XY], boxes: list[Box]) -> list[list[XY]]:
    """The route with each stretch that lies along a frame's side replaced by a run
    parallel to the side, ``FRAME_NUDGES`` off it (inside or outside), reached and left
    across the side at a right angle."""
    found = []
    for i, (a, b) in enumerate(itertools.pairwise(route)):
        for box in boxes:
            left, top, right, bottom = box
            for level, horizontal in ((top, True), (bottom, True), (left, False), (right, False)):
                start, end = (
                    ((left, level), (right, level))
                    if horizontal
                    else ((level, top), (level, bottom))
                )
                if segment_near_side(a, b, start, end, FRAME_NEAR, FRAME_STEEPEST) <= FRAME_RUN / 3:
                    continue
                for d in FRAME_NUDGES:
                    for off in (level - d, level + d):
                        if horizontal:
                            first, second = (a[0], off), (b[0], off)
                        else:
                            first, second = (off, a[1]), (off, b[1])
                        head = route[: i + 1] if i > 0 else route[:1]
                        tail = route[i + 1 :]
                        found.append([*head, first, second, *tail])
                        if i > 0:
                            found.append([*route[:i], first, second, *tail])
                        if i + 2 < len(route):
                            found.append([*head, first, second, *route[i + 2 :]])
                        found.append([*head, second, *tail])
                        found.append([*head, first, *tail])
    return found


def _length(route: list[XY]) -> float:
    return sum(math.dist(a, b) for a, b in itertools.pairwise(route))


def _near_side(x: float, y: float, box: Box, near: float) -> bool:
    left, top, right, bottom = box
    inside_x = left - near <= x <= right + near
    inside_y = top - near <= y <= bottom + near
    return (inside_x and (abs(y - top) <= near or abs(y - bottom) <= near)) or (
        inside_y and (abs(x - left) <= near or abs(x - right) <= near)
    )


def clear(p: XY, q: XY, blockers: list[tuple[Shape, str]], ends: set[str]) -> bool:
    """True when the segment from ``p`` to ``q`` crosses no shape but its own ends."""
    if isinstance(blockers, Blockers):
        return not blockers.meets(p, q, ends)
    return not any(
        segment_meets_shape(p, q, shape, kind, CLEARANCE)
        for shape, kind in blockers
        if shape.element not in ends
    )


def simplify(
    document: Model,
    diagram: Diagram,
    only: set[str] | None = None,
    labels: dict[str, tuple[XY, tuple[float, float]]] | None = None,
) -> Diagram:
    """Every line (of the relationship ids ``only``, when given) with the fewest bend
    points of its route that still passes no shape and crosses no more lines than the
    route did: a bend is dropped when the line can go straight past it. A line with a
    room kept for its label in ``labels`` (centre, size) keeps passing by that room."""
    labels = labels or {}
    blockers = obstacles(document, diagram)
    shapes = {s.element: s for s in diagram.shapes}
    ends_of: dict[str, tuple[Shape, Shape]] = {}
    routes: dict[str, list[XY]] = {}
    for edge in diagram.edges:
        rel = document.find(edge.element)
        source = shapes.get(getattr(rel, "source", ""))
        target = shapes.get(getattr(rel, "target", ""))
        if source is None or target is None or source is target:
            continue
        ends_of[edge.element] = (source, target)
        routes[edge.element] = [
            centre(source),
            *[(p.x, p.y) for p in edge.waypoints],
            centre(target),
        ]
    boxes = frames(document, diagram)
    if len(routes) > MAX_SIMPLIFIED:
        # The engine's routes as they are (straightening every one while counting
        # crossings costs too much in a tangle that size): frames move off the lines
        # along them, and the few lines still along one are routed off it.
        if boxes and only is None:
            laid = _frames_off_lines(document, diagram, list(routes.values()))
            return _lines_off_frames(document, laid, routes, ends_of, TANGLE_SLACK)
        return diagram
    extents = {key: route_extent(route) for key, route in routes.items()}
    split = {key: pieces(route) for key, route in routes.items()}
    edges = []
    for edge in diagram.edges:
        if (
            edge.element not in ends_of
            or (not edge.waypoints and not along_frame(routes[edge.element], boxes))
            or (only is not None and edge.element not in only)
        ):
            edges.append(edge)
            continue
        source, target = ends_of[edge.element]
        ends = {source.element, target.element}
        points = routes[edge.element]
        others = [(extents[key], split[key]) for key in routes if key != edge.element]
        best, candidates = _straightened(points, blockers, ends, others, labels.get(edge.element))
        if along_frame(best, boxes):
            best = _clear_of_frames(best, [*candidates, points], boxes, blockers, ends, others)
        routes[edge.element] = best
        extents[edge.element] = route_extent(best)
        split[edge.element] = pieces(best)
        edges.append(
            edge.model_copy(update={"waypoints": tuple(Point(x=x, y=y) for x, y in best[1:-1])})
        )
    laid = diagram.model_copy(update={"edges": tuple(edges)})
    if only is None and boxes:
        laid = _frames_off_lines(document, laid, list(routes.values()))
        # A frame moved off one line may have come to lie along another.
        laid = _lines_off_frames(document, laid, routes, ends_of)
    return laid


def _along_frames(routes: dict[str, list[XY]], boxes: list[Box]) -> list[str]:
    """The routes that run along a side of a frame (as ``along_frame`` says), measured
    only on the nearly level (upright) stretches that come near a top or bottom (a left
    or right) side: in a large tangle most stretches come near no side."""
    slope = math.tan(math.radians(FRAME_STEEPEST))
    near = FRAME_NEAR
    found = []
    for key, route in routes.items():
        runs: dict[tuple[int, int], float] = {}
        for a, b in itertools.pairwise(route):
            dx, dy = abs(b[0] - a[0]), abs(b[1] - a[1])
            if dy <= slope * dx and dx > 0:
                low, high = min(a[1], b[1]) - near, max(a[1], b[1]) + near
                start, end = min(a[0], b[0]) - near, max(a[0], b[0]) + near
                for index, (left, top, right, bottom) in enumerate(boxes):
                    if start > right or end < left:
                        continue
                    for side, level in ((1, top), (3, bottom)):
                        if low <= level <= high:
                            run = segment_near_side(
                                a, b, (left, level), (right, level), near, FRAME_STEEPEST
                            )
                            runs[index, side] = runs.get((index, side), 0.0) + run
            elif dx <= slope * dy and dy > 0:
                low, high = min(a[0], b[0]) - near, max(a[0], b[0]) + near
                start, end = min(a[1], b[1]) - near, max(a[1], b[1]) + near
                for index, (left, top, right, bottom) in enumerate(boxes):
                    if start > bottom or end < top:
                        continue
                    for side, level in ((0, left), (2, right)):
                        if low <= level <= high:
                            run = segment_near_side(
                                a, b, (level, top), (level, bottom), near, FRAME_STEEPEST
                            )
                            runs[index, side] = runs.get((index, side), 0.0) + run
        if any(run > FRAME_RUN for run in runs.values()):
            found.append(key)
    return found


TANGLE_SLACK = 3
"""How many more lines a line in a large tangle (thousands of crossings) may cross once
moved off a frame it runs along: read as part of the frame, it is worse."""


def _lines_off_frames(
    document: Model,
    diagram: Diagram,
    routes: dict[str, list[XY]],
    ends_of: dict[str, tuple[Shape, Shape]],
    slack: int = 0,
) -> Diagram:
    """The diagram with each line that still runs along a frame (one crossing a frame's
    side at a shallow angle: moving the side cannot help) given a route that does not,
    passes no shape and crosses no more lines, where there is one."""
    boxes = frames(document, diagram)
    if not boxes:
        return diagram
    along = _along_frames(routes, boxes)
    if not along:
        return diagram
    blockers = obstacles(document, diagram)
    others_of = {key: (route_extent(route), pieces(route)) for key, route in routes.items()}
    new: dict[str, list[XY]] = {}
    for key in along:
        source, target = ends_of[key]
        others = [item for other, item in others_of.items() if other != key]
        route = routes[key]
        best = _clear_of_frames(
            route, [], boxes, blockers, {source.element, target.element}, others, slack
        )
        if best is not route:
            new[key] = best
            others_of[key] = (route_extent(best), pieces(best))
    if not new:
        return diagram
    edges = tuple(
        edge.model_copy(
            update={"waypoints": tuple(Point(x=x, y=y) for x, y in new[edge.element][1:-1])}
        )
        if edge.element in new
        else edge
        for edge in diagram.edges
    )
    return diagram.model_copy(update={"edges": edges})


FRAME_KEEP = 8.0
"""How near a frame may come to the shapes it holds when it is moved off a line."""
SIDE_NEAR = 9.0
"""How near a line may pass a frame's side that was moved off it (the report counts 8)."""
FRAME_STEPS = (4.0, 8.0, 12.0, 16.0, 20.0, 28.0, 36.0, 48.0, 64.0)
"""How far a frame's side is tried moved (inward, then outward) off a line along it."""


def _frames_off_lines(document: Model, diagram: Diagram, routes: list[list[XY]]) -> Diagram:
    """The diagram with each side of a boundary or package that a line runs along moved
    a little (in toward what it holds, or out), where that leaves no line along it: the
    engine routes lines between clusters along their borders, where they read as part of
    the frame. A side stays when no such place is found; kept (pinned) frames stay."""
    shapes = list(diagram.shapes)
    boxes = [(s.x, s.y, s.right, s.bottom) for s in shapes]
    # The segments that could run along a side at all: nearly level, or nearly upright.
    slope = math.tan(math.radians(FRAME_STEEPEST))
    level: list[tuple[int, XY, XY]] = []
    upright: list[tuple[int, XY, XY]] = []
    for number, route in enumerate(routes):
        for a, b in itertools.pairwise(route):
            dx, dy = abs(b[0] - a[0]), abs(b[1] - a[1])
            if dy <= slope * dx and dx > 0:
                level.append((number, a, b))
            elif dx <= slope * dy and dy > 0:
                upright.append((number, a, b))
    changed = False
    for index, shape in enumerate(shapes):
        element = document.find(shape.element)
        if element is None or element.kind not in CONTAINER_KINDS or shape.pinned:
            continue
        box = boxes[index]
        held = [b for i, b in enumerate(boxes) if i != index and _holds(box, b)]
        others = [b for i, b in enumerate(boxes) if i != index and not _holds(box, b)]
        holders = [b for b in others if _holds(b, box)]
        for side in (0, 2, 3):  # the title band is at the top: it stays
            stretches = _stretches(box, side, upright if side in (0, 2) else level)
            if stretches:
                moved = _side_off_lines(box, side, stretches, held, others, holders)
                if moved is not None:
                    box = moved
        if box != boxes[index]:
            boxes[index] = box
            left, top, right, bottom = box
            shapes[index] = shape.model_copy(
                update={"x": left, "y": top, "width": right - left, "height": bottom - top}
            )
            changed = True
    return diagram.model_copy(update={"shapes": tuple(shapes)}) if changed else diagram


def _stretches(
    box: Box, side: int, segments: list[tuple[int, XY, XY]]
) -> list[list[tuple[XY, XY]]]:
    """Per route, its segments that could lie along ``side`` of ``box`` wherever the side
    moves (within the farthest step)."""
    reach = FRAME_STEPS[-1] + SIDE_NEAR
    left, top, right, bottom = box
    if side in (0, 2):
        at = left if side == 0 else right
        low, high, lo_end, hi_end = at - reach, at + reach, top - reach, bottom + reach
        axis = 0
    else:
        at = bottom
        low, high, lo_end, hi_end = at - reach, at + reach, left - reach, right + reach
        axis = 1
    found: dict[int, list[tuple[XY, XY]]] = {}
    for number, a, b in segments:
        if max(a[axis], b[axis]) < low or min(a[axis], b[axis]) > high:
            continue
        if max(a[1 - axis], b[1 - axis]) < lo_end or min(a[1 - axis], b[1 - axis]) > hi_end:
            continue
        found.setdefault(number, []).append((a, b))
    return list(found.values())


def _side_off_lines(
    box: Box,
    side: int,
    stretches: list[list[tuple[XY, XY]]],
    held: list[Box],
    others: list[Box],
    holders: list[Box],
) -> Box | None:
    """``box`` with its side ``side`` (left, top, right, bottom) moved so that no route's
    ``stretches`` run along it, the side staying ``FRAME_KEEP`` from what the box holds,
    inside what holds it and meeting nothing new; None when the side has no line along
    it or cannot move."""

    def along(candidate: Box) -> bool:
        return any(
            sum(side_run([a, b], candidate, side, SIDE_NEAR, FRAME_STEEPEST) for a, b in stretch)
            > FRAME_RUN
            for stretch in stretches
        )

    if not along(box):
        return None
    outward = -1.0 if side in (0, 1) else 1.0
    for step in FRAME_STEPS:
        for sign in (-outward, outward):
            candidate = list(box)
            candidate[side] += sign * step
            moved: Box = (candidate[0], candidate[1], candidate[2], candidate[3])
            if any(not _holds(moved, b, FRAME_KEEP) for b in held):
                continue
            if any(boxes_meet(moved, b) and not boxes_meet(box, b) for b in others):
                continue
            if any(not _holds(b, moved, FRAME_KEEP) for b in holders):
                continue
            if not along(moved):
                return moved
    return None


def _holds(outer: Box, inner: Box, keep: float = 0.0) -> bool:
    return (
        inner[0] >= outer[0] + keep - 0.5
        and inner[1] >= outer[1] + keep - 0.5
        and inner[2] <= outer[2] - keep + 0.5
        and inner[3] <= outer[3] - keep + 0.5
    )


def _straightened(
    points: list[XY],
    blockers: Blockers,
    ends: set[str],
    others: list[tuple[tuple, list[Piece]]],
    room: tuple[XY, tuple[float, float]] | None,
) -> tuple[list[XY], list[list[XY]]]:
    """The route with the fewest bends that passes no shape and crosses no more lines
    than ``points`` did (near the room kept for its label, when there is one), and the
    candidates tried."""
    kept = [points[0]]
    index = 0
    while index < len(points) - 1:
        far = len(points) - 1
        while far > index + 1 and not clear(points[index], points[far], blockers, ends):
            far -= 1
        kept.append(points[far])
        index = far
    before: int | None = None  # counted only when a candidate differs from the route
    best = points
    bend = one_bend(points[0], points[-1], blockers, ends) if len(kept) > 2 else []
    candidates = [kept, [points[0], *bend, points[-1]]] if bend else [kept]
    if len(kept) > 2 and bend:
        candidates.reverse()  # one bend past a shape before the engine's several
    if room is not None:
        (cx, cy), (w, h) = room
        box = (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)
        candidates = [c for c in candidates if box_to_polyline(box, c) <= LABEL_NEAR]
    for candidate in candidates:
        if candidate == points:
            best = candidate
            break
        if before is None:
            before = crossings(points, others)
        if crossings(candidate, others) <= before:
            best = candidate
            break
    if not _clear_route(best, blockers, ends):
        # The engine's route itself touches a shape (it ends on outlines, the canvas
        # aims at centres): the clear candidates, or a way past two corners.
        clear_ones = [c for c in candidates if _clear_route(c, blockers, ends)]
        detour = _two_bends(points[0], points[-1], blockers, ends)
        if clear_ones:
            best = min(clear_ones, key=lambda c: crossings(c, others))
        elif detour:
            best = [points[0], *detour, points[-1]]
    return best, candidates


def _clear_of_frames(
    best: list[XY],
    candidates: list[list[XY]],
    boxes: list[Box],
    blockers: Blockers,
    ends: set[str],
    others: list[tuple[tuple, list[Piece]]],
    slack: int = 0,
) -> list[XY]:
    """A route instead of ``best`` (which runs along a frame) that does not, passes no
    shape and crosses no more lines (or up to ``slack`` more, the fewest found): another
    candidate, or one with its bends moved off the frame; ``best`` when there is none."""
    limit = crossings(best, others)
    tries = [c for c in candidates if c is not best]
    for route in (best, *candidates):
        tries += _off_frames(route, boxes)
    for route in (best, *candidates):
        tries += sorted(_channels(route, boxes), key=_length)
    counted = 0
    # Only the new stretches must be clear: an engine's route kept as it is (in a large
    # tangle) may graze a shape elsewhere, which moving it off the frame does not change.
    kept = set(itertools.pairwise(best)) if not _clear_route(best, blockers, ends) else set()
    fewest: tuple[int, list[XY]] | None = None
    for route in tries:
        if not along_frame(route, boxes) and all(
            (p, q) in kept or clear(p, q, blockers, ends) for p, q in itertools.pairwise(route)
        ):
            count = crossings(route, others)
            if count <= limit:
                return route
            if count <= limit + slack and (fewest is None or count < fewest[0]):
                fewest = (count, route)
            counted += 1
            if counted >= MAX_COUNTED:
                break
    return best if fewest is None else fewest[1]


def route_extent(route: list[XY]) -> tuple[float, float, float, float]:
    xs, ys = [x for x, _ in route], [y for _, y in route]
    return min(xs), min(ys), max(xs), max(ys)


Piece = tuple[XY, XY, tuple[float, float, float, float]]
"""One segment of a route with its extent."""


def pieces(route: list[XY]) -> list[Piece]:
    """The segments of ``route``, each with its extent (what ``crossings`` compares)."""
    return [(a, b, route_extent([a, b])) for a, b in itertools.pairwise(route)]


def crossings(route: list[XY], others: list[tuple[tuple, list[Piece]]]) -> int:
    """How many times ``route`` crosses the ``others`` (each its extent and ``pieces``)."""
    left, top, right, bottom = route_extent(route)
    segments = pieces(route)
    count = 0
    for (o_left, o_top, o_right, o_bottom), other in others:
        if o_right < left or o_left > right or o_bottom < top or o_top > bottom:
            continue
        for c, d, (c_left, c_top, c_right, c_bottom) in other:
            if c_right < left or c_left > right or c_bottom < top or c_top > bottom:
                continue
            (cx, cy), (dx, dy) = c, d
            for (ax, ay), (bx, by), (s_left, s_top, s_right, s_bottom) in segments:
                if c_right < s_left or c_left > s_right or c_bottom < s_top or c_top > s_bottom:
                    continue
                # ``segments_cross(a, b, c, d)`` written out: it runs for every pair of
                # segments whose boxes meet, thousands of times per layout.
                d1 = (dx - cx) * (ay - cy) - (dy - cy) * (ax - cx)
                d2 = (dx - cx) * (by - cy) - (dy - cy) * (bx - cx)
                if d1 == 0 or d2 == 0 or (d1 > 0) == (d2 > 0):
                    continue
                d3 = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax)
                d4 = (bx - ax) * (dy - ay) - (by - ay) * (dx - ax)
                if d3 != 0 and d4 != 0 and (d3 > 0) != (d4 > 0):
                    count += 1
    return count


DETOUR = 14.0
"""How far outside a shape's corner a one-bend line passes it."""


def one_bend(p: XY, q: XY, blockers: list[tuple[Shape, str]], ends: set[str]) -> list[XY]:
    """The shortest line from ``p`` to ``q`` with one bend, just past a corner of a shape
    in the way, that crosses no shape; empty when there is none."""
    if isinstance(blockers, Blockers):
        in_way = blockers.in_way(p, q, ends)
    else:
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


def _clear_route(route: list[XY], blockers: list[tuple[Shape, str]], ends: set[str]) -> bool:
    return all(clear(p, q, blockers, ends) for p, q in itertools.pairwise(route))


def _corners(shapes: list[Shape]) -> list[XY]:
    return [
        (cx, cy)
        for shape in shapes
        for cx in (shape.x - DETOUR, shape.right + DETOUR)
        for cy in (shape.y - DETOUR, shape.bottom + DETOUR)
    ]


def _two_bends(p: XY, q: XY, blockers: list[tuple[Shape, str]], ends: set[str]) -> list[XY]:
    """The shortest line from ``p`` to ``q`` past two shape corners that crosses no
    shape (corners of the shapes near the straight line); empty when there is none."""
    near = blockers.near(p, q) if isinstance(blockers, Blockers) else blockers
    corners = _corners([shape for shape, _ in near if shape.element not in ends])[:48]
    firsts = [c for c in corners if clear(p, c, blockers, ends)]
    lasts = [c for c in corners if clear(c, q, blockers, ends)]
    best: list[XY] = []
    best_length = float("inf")
    for a in firsts:
        for b in lasts:
            length = math.dist(p, a) + math.dist(a, b) + math.dist(b, q)
            if length < best_length and clear(a, b, blockers, ends):
                best, best_length = [a, b], length
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
