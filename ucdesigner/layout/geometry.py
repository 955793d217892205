"""Plain-number geometry of a diagram as the canvas draws it: where a line leaves a shape,
the drawn polyline, its midpoint, and whether a segment or a box meets a shape.

The canvas (``canvas/items``) draws from the same rules with Qt; these work headless, so
the layout can check its own result without a scene.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

from ..model import Diagram, Edge, Shape

Box = tuple[float, float, float, float]
"""left, top, right, bottom."""
XY = tuple[float, float]

ROUND_KINDS = frozenset({"usecase"})


def box_of(shape: Shape) -> Box:
    return (shape.x, shape.y, shape.right, shape.bottom)


def centre(shape: Shape) -> XY:
    return (shape.x + shape.width / 2, shape.y + shape.height / 2)


def box_exit(box: Box, sx: float, sy: float, tx: float, ty: float) -> XY:
    """The ray from (sx, sy) toward (tx, ty) leaving ``box``; (tx, ty) when inside."""
    left, top, right, bottom = box
    dx, dy = tx - sx, ty - sy
    if dx == 0 and dy == 0:
        return sx, sy
    limits = []
    if dx > 0:
        limits.append((right - sx) / dx)
    elif dx < 0:
        limits.append((left - sx) / dx)
    if dy > 0:
        limits.append((bottom - sy) / dy)
    elif dy < 0:
        limits.append((top - sy) / dy)
    scale = max(0.0, min(limits))
    if scale >= 1:
        return tx, ty
    return sx + dx * scale, sy + dy * scale


def oval_exit(box: Box, tx: float, ty: float) -> XY:
    """Where the line from the centre of the ellipse in ``box`` toward (tx, ty) leaves it."""
    left, top, right, bottom = box
    cx, cy = (left + right) / 2, (top + bottom) / 2
    dx, dy = tx - cx, ty - cy
    a, b = (right - left) / 2, (bottom - top) / 2
    if (dx == 0 and dy == 0) or a <= 0 or b <= 0:
        return cx, cy
    t = 1 / math.sqrt((dx / a) ** 2 + (dy / b) ** 2)
    if t >= 1:
        return tx, ty
    return cx + dx * t, cy + dy * t


def exit_point(shape: Shape, kind: str, toward: XY) -> XY:
    """Where a line toward ``toward`` leaves ``shape`` (an element of ``kind``)."""
    if kind in ROUND_KINDS:
        return oval_exit(box_of(shape), *toward)
    cx, cy = centre(shape)
    return box_exit(box_of(shape), cx, cy, *toward)


def drawn_line(
    source: Shape, source_kind: str, target: Shape, target_kind: str, edge: Edge
) -> list[XY]:
    """The polyline the canvas draws for ``edge``: clipped at both shapes, through its
    bend points."""
    bends = [(p.x, p.y) for p in edge.waypoints]
    first = bends[0] if bends else centre(target)
    last = bends[-1] if bends else centre(source)
    return [exit_point(source, source_kind, first), *bends, exit_point(target, target_kind, last)]


def along(points: list[XY], fraction: float) -> XY:
    """The point at ``fraction`` of the polyline's length."""
    if not points:
        return (0.0, 0.0)
    segments = list(itertools.pairwise(points))
    lengths = [math.hypot(bx - ax, by - ay) for (ax, ay), (bx, by) in segments]
    goal = sum(lengths) * fraction
    for ((ax, ay), (bx, by)), length in zip(segments, lengths, strict=True):
        if goal <= length and length > 0:
            t = goal / length
            return ax + (bx - ax) * t, ay + (by - ay) * t
        goal -= length
    return points[-1]


def note_direction(points: list[XY]) -> XY:
    """A unit vector across the middle of the line: downward, or rightward when steep
    (as the canvas places an extend's condition note)."""
    if len(points) < 2:
        return (0.0, 1.0)
    mx, my = along(points, 0.5)

    def detour(segment: tuple[XY, XY]) -> float:
        (ax, ay), (bx, by) = segment
        return (
            math.hypot(mx - ax, my - ay)
            + math.hypot(bx - mx, by - my)
            - math.hypot(bx - ax, by - ay)
        )

    (ax, ay), (bx, by) = min(itertools.pairwise(points), key=detour)
    length = math.hypot(bx - ax, by - ay)
    if length == 0:
        return (0.0, 1.0)
    nx, ny = -(by - ay) / length, (bx - ax) / length
    flip = ny < 0 if abs(ny) >= 0.5 else nx <= 0
    return (-nx, -ny) if flip else (nx, ny)


def boxes_meet(a: Box, b: Box, margin: float = 0.0) -> bool:
    return (
        a[0] < b[2] + margin
        and b[0] < a[2] + margin
        and a[1] < b[3] + margin
        and b[1] < a[3] + margin
    )


def box_meets_outline(box: Box, outline: Box, oval: bool, margin: float = 2.0) -> bool:
    """True when ``box`` (grown by ``margin``) meets the rectangle ``outline``, or the
    ellipse inside it when ``oval``."""
    if not boxes_meet(box, outline, margin):
        return False
    if not oval:
        return True
    a, b = (outline[2] - outline[0]) / 2, (outline[3] - outline[1]) / 2
    if a <= 0 or b <= 0:
        return False
    cx, cy = (outline[0] + outline[2]) / 2, (outline[1] + outline[3]) / 2
    left, top = (box[0] - margin - cx) / a, (box[1] - margin - cy) / b
    right, bottom = (box[2] + margin - cx) / a, (box[3] + margin - cy) / b
    nx, ny = min(max(0.0, left), right), min(max(0.0, top), bottom)
    return nx * nx + ny * ny < 1


def segment_meets_box(p: XY, q: XY, box: Box) -> bool:
    """True when the segment from ``p`` to ``q`` passes through the inside of ``box``
    (Liang-Barsky clipping)."""
    left, top, right, bottom = box
    if right <= left or bottom <= top:
        return False
    x0, y0 = p
    dx, dy = q[0] - x0, q[1] - y0
    t0, t1 = 0.0, 1.0
    for edge_p, edge_q in ((-dx, x0 - left), (dx, right - x0), (-dy, y0 - top), (dy, bottom - y0)):
        if edge_p == 0:
            if edge_q <= 0:
                return False
            continue
        t = edge_q / edge_p
        if edge_p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 >= t1:
            return False
    return t1 - t0 > 1e-9


def box_to_polyline(box: Box, points: list[XY]) -> float:
    """The shortest distance between ``box`` and the polyline (0 when they meet)."""
    if not points:
        return math.inf
    left, top, right, bottom = box
    corners = ((left, top), (right, top), (right, bottom), (left, bottom))
    best = math.inf
    for a, b in list(itertools.pairwise(points)) or [(points[0], points[0])]:
        # A segment whose own box is no nearer than the best so far cannot be nearer
        # (most of a long line is far from a label's box): the same answer, sooner.
        gap_x = max(min(a[0], b[0]) - right, left - max(a[0], b[0]), 0.0)
        gap_y = max(min(a[1], b[1]) - bottom, top - max(a[1], b[1]), 0.0)
        if gap_x >= best or gap_y >= best or math.hypot(gap_x, gap_y) >= best:
            continue
        if a != b and segment_meets_box(a, b, box):
            return 0.0
        for px, py in (a, b):
            dx = max(left - px, 0.0, px - right)
            dy = max(top - py, 0.0, py - bottom)
            best = min(best, math.hypot(dx, dy))
        for corner in corners:
            best = min(best, point_to_segment(corner, a, b))
    return best


def point_to_segment(p: XY, a: XY, b: XY) -> float:
    """How far ``p`` is from the segment a-b."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length
    t = max(0.0, min(1.0, t))
    return math.hypot(p[0] - a[0] - dx * t, p[1] - a[1] - dy * t)


def segment_meets_oval(p: XY, q: XY, box: Box) -> bool:
    """True when the segment passes through the inside of the ellipse in ``box``."""
    left, top, right, bottom = box
    a, b = (right - left) / 2, (bottom - top) / 2
    if a <= 0 or b <= 0:
        return False
    cx, cy = (left + right) / 2, (top + bottom) / 2
    x0, y0 = (p[0] - cx) / a, (p[1] - cy) / b
    x1, y1 = (q[0] - cx) / a, (q[1] - cy) / b
    dx, dy = x1 - x0, y1 - y0
    qa = dx * dx + dy * dy
    if qa == 0:
        return x0 * x0 + y0 * y0 < 1
    t = max(0.0, min(1.0, -(x0 * dx + y0 * dy) / qa))
    nx, ny = x0 + dx * t, y0 + dy * t
    return nx * nx + ny * ny < 0.98


def segment_meets_shape(p: XY, q: XY, shape: Shape, kind: str, margin: float = 0.0) -> bool:
    box = box_of(shape)
    box = (box[0] - margin, box[1] - margin, box[2] + margin, box[3] + margin)
    if kind in ROUND_KINDS:
        return segment_meets_oval(p, q, box)
    return segment_meets_box(p, q, box)


def segments_cross(a: XY, b: XY, c: XY, d: XY, margin: float = 0.0) -> bool:
    """True when the segments ab and cd cross at a point inside both, more than
    ``margin`` from the ends of both (lines that meet where they start, at a shared
    shape, do not cross)."""

    def orient(p: XY, q: XY, r: XY) -> float:
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])

    d1, d2 = orient(c, d, a), orient(c, d, b)
    d3, d4 = orient(a, b, c), orient(a, b, d)
    if not (((d1 > 0) != (d2 > 0)) and ((d3 > 0) != (d4 > 0))) or 0 in (d1, d2, d3, d4):
        return False
    if margin <= 0:
        return True
    t, u = d1 / (d1 - d2), d3 / (d3 - d4)
    length_ab, length_cd = math.dist(a, b), math.dist(c, d)
    return (
        margin < t * length_ab < length_ab - margin and margin < u * length_cd < length_cd - margin
    )


def side_run(points: list[XY], box: Box, side: int, near: float, steepest: float = 15.0) -> float:
    """How long a stretch of the polyline lies within ``near`` of one side of the
    rectangle ``box`` (``side`` indexes the box: 0 left, 1 top, 2 right, 3 bottom),
    summed over its segments."""
    left, top, right, bottom = box
    start, end = (
        ((left, top), (left, bottom)),
        ((left, top), (right, top)),
        ((right, top), (right, bottom)),
        ((left, bottom), (right, bottom)),
    )[side]
    return sum(
        segment_near_side(a, b, start, end, near, steepest)
        for a, b in itertools.pairwise(points)
        if a != b
    )


def frame_run(points: list[XY], box: Box, near: float, steepest: float = 15.0) -> float:
    """The longest stretch of the polyline that stays within ``near`` of one side of the
    rectangle ``box`` (summed over the polyline's segments, per side)."""
    return max(side_run(points, box, side, near, steepest) for side in range(4))


def segment_near_side(
    p: XY, q: XY, start: XY, end: XY, near: float, steepest: float = 15.0
) -> float:
    """How long a stretch of the segment p-q lies within ``near`` of the horizontal or
    vertical side from ``start`` to ``end`` (measured along the segment); 0 when the
    segment is more than ``steepest`` degrees off the side's direction (it crosses the
    side, it does not run along it)."""
    axis = 1 if start[1] == end[1] else 0  # the coordinate the side is fixed in
    along_axis = 1 - axis
    if abs(q[axis] - p[axis]) > math.tan(math.radians(steepest)) * abs(
        q[along_axis] - p[along_axis]
    ):
        return 0.0
    level = start[axis]
    low, high = sorted((start[along_axis], end[along_axis]))
    interval = [0.0, 1.0]
    for value0, delta, lo, hi in (
        (p[axis], q[axis] - p[axis], level - near, level + near),
        (p[along_axis], q[along_axis] - p[along_axis], low - near, high + near),
    ):
        if delta == 0:
            if not lo <= value0 <= hi:
                return 0.0
            continue
        t0, t1 = sorted(((lo - value0) / delta, (hi - value0) / delta))
        interval = [max(interval[0], t0), min(interval[1], t1)]
        if interval[0] >= interval[1]:
            return 0.0
    return (interval[1] - interval[0]) * math.dist(p, q)


def bounds(diagram: Diagram) -> Box | None:
    """The box around every shape of ``diagram``."""
    if not diagram.shapes:
        return None
    return (
        min(s.x for s in diagram.shapes),
        min(s.y for s in diagram.shapes),
        max(s.right for s in diagram.shapes),
        max(s.bottom for s in diagram.shapes),
    )


def count_crossings(routes: Sequence[Sequence[XY]], margin: float = 0.0) -> int:
    """How many times the polylines ``routes`` cross one another (each crossing of two
    segments of different routes once, as ``segments_cross`` with ``margin`` says): a
    sweep from left to right that tests only segments whose boxes overlap."""
    segments = []
    for index, route in enumerate(routes):
        for a, b in itertools.pairwise(route):
            if a == b:
                continue
            left, right = (a[0], b[0]) if a[0] <= b[0] else (b[0], a[0])
            top, bottom = (a[1], b[1]) if a[1] <= b[1] else (b[1], a[1])
            segments.append((left, right, top, bottom, index, a, b))
    segments.sort(key=lambda s: s[0])
    active: list[tuple] = []
    count = 0
    for segment in segments:
        left, _right, top, bottom, index, a, b = segment
        active = [s for s in active if s[1] >= left]
        for _l, _r, o_top, o_bottom, o_index, c, d in active:
            if (
                o_index != index
                and o_top <= bottom
                and o_bottom >= top
                and segments_cross(a, b, c, d, margin)
            ):
                count += 1
        active.append(segment)
    return count
