"""The layout's fast geometry checks give the answers of the plain ones they stand in
for: a line's clearance of shapes (``Blockers.meets``, ``Blockers.in_way``), the shapes and
labels a label's place must keep clear of (``labels.Boxes``), a box's distance to a line
and the crossings of two routes. Each is compared with the plain check on thousands of
seeded random cases, small diagrams (every shape tested) and large ones (shapes indexed
by place)."""

from __future__ import annotations

import itertools
import math
import random

import pytest

from ucdesigner.layout import labels
from ucdesigner.layout.geometry import (
    Box,
    box_to_polyline,
    point_to_segment,
    segment_meets_box,
    segment_meets_shape,
    segments_cross,
)
from ucdesigner.layout.routing import CLEARANCE, Blockers, crossings, pieces, route_extent
from ucdesigner.model import Edge, Shape

KINDS = ("usecase", "actor", "comment", "usecase")


def _shapes(rng: random.Random, count: int, span: float) -> list[tuple[Shape, str]]:
    found = []
    for number in range(count):
        width, height = rng.uniform(40, 200), rng.uniform(30, 120)
        shape = Shape(
            element=f"e{number}",
            x=round(rng.uniform(0, span), 1),
            y=round(rng.uniform(0, span * 0.6), 1),
            width=round(width, 1),
            height=round(height, 1),
        )
        found.append((shape, rng.choice(KINDS)))
    return found


def _point(rng: random.Random, span: float) -> tuple[float, float]:
    # Some points on a shape's edge line or a cell border, where rounding could differ.
    if rng.random() < 0.2:
        return (float(rng.randrange(0, int(span), 16)), float(rng.randrange(0, int(span), 16)))
    return (rng.uniform(-50, span + 50), rng.uniform(-50, span * 0.6 + 50))


@pytest.mark.parametrize(("count", "span"), [(12, 900.0), (160, 5000.0)])
def test_a_segment_meets_the_shapes_the_plain_check_says_it_meets(count: int, span: float):
    rng = random.Random(count)
    items = _shapes(rng, count, span)
    blockers = Blockers(items)
    met_some = 0
    for _ in range(3000):
        p, q = _point(rng, span), _point(rng, span)
        ends = {f"e{rng.randrange(count)}"}
        plain = [
            shape
            for shape, kind in items
            if shape.element not in ends and segment_meets_shape(p, q, shape, kind, CLEARANCE)
        ]
        assert blockers.meets(p, q, ends) == bool(plain)
        # The shapes in the way, in the order the cell index gives them (the first of
        # equally short detours around them wins, so the order is part of the answer).
        plain_ids = {shape.element for shape in plain}
        in_order = [shape for shape, _kind in blockers.near(p, q) if shape.element in plain_ids]
        assert blockers.in_way(p, q, ends) == in_order
        assert {shape.element for shape in in_order} == plain_ids
        met_some += bool(plain)
    assert 300 < met_some < 2700  # both answers were asked for, many times


@pytest.mark.parametrize("count", [20, 400])
def test_a_label_place_is_free_exactly_when_the_plain_check_says_so(count: int):
    rng = random.Random(count)
    span = 800.0 if count < 64 else 6000.0

    def box() -> Box:
        x, y = rng.uniform(0, span), rng.uniform(0, span)
        return (x, y, x + rng.uniform(10, 240), y + rng.uniform(10, 90))

    taken_list = [box() for _ in range(count)]
    oval_list = [box() for _ in range(count // 2)]
    taken, ovals = labels.Boxes(taken_list), labels.Boxes(oval_list)
    later = [box() for _ in range(10)]
    taken.extend(later)  # labels placed one after another join the index
    taken_list += later
    free = 0
    for _ in range(4000):
        candidate = box()
        plain = not any(
            labels.boxes_meet(candidate, other, labels.SPACING) for other in taken_list
        ) and not any(labels.box_meets_oval(candidate, oval) for oval in oval_list)
        assert labels._free(candidate, taken, ovals) == plain
        free += plain
    assert 100 < free < 3900


def _plain_box_to_polyline(box: Box, points: list[tuple[float, float]]) -> float:
    left, top, right, bottom = box
    corners = ((left, top), (right, top), (right, bottom), (left, bottom))
    best = math.inf
    for a, b in list(itertools.pairwise(points)) or [(points[0], points[0])]:
        if a != b and segment_meets_box(a, b, box):
            return 0.0
        for px, py in (a, b):
            best = min(
                best, math.hypot(max(left - px, 0.0, px - right), max(top - py, 0.0, py - bottom))
            )
        for corner in corners:
            best = min(best, point_to_segment(corner, a, b))
    return best


def test_a_box_is_as_far_from_a_line_as_every_segment_measured_says():
    rng = random.Random(7)
    for _ in range(3000):
        points = [(rng.uniform(0, 2000), rng.uniform(0, 1500)) for _ in range(rng.randint(1, 14))]
        x, y = rng.uniform(0, 2000), rng.uniform(0, 1500)
        box = (x, y, x + rng.uniform(5, 200), y + rng.uniform(5, 80))
        assert box_to_polyline(box, points) == _plain_box_to_polyline(box, points)


def test_two_routes_cross_as_often_as_their_segments_cross_pairwise():
    rng = random.Random(11)
    for _ in range(800):
        route = [_point(rng, 1000.0) for _ in range(rng.randint(2, 6))]
        others = [[_point(rng, 1000.0) for _ in range(rng.randint(2, 6))] for _ in range(6)]
        plain = sum(
            segments_cross(a, b, c, d)
            for other in others
            for c, d in itertools.pairwise(other)
            for a, b in itertools.pairwise(route)
        )
        indexed = [(route_extent(other), pieces(other)) for other in others]
        assert crossings(route, indexed) == plain


def test_a_label_place_meets_and_counts_the_line_segments_the_plain_check_finds():
    rng = random.Random(5)
    lines = []
    for number in range(40):
        points = [_point(rng, 3000.0) for _ in range(rng.randint(2, 7))]
        edge = Edge(element=f"r{number}")
        lines.append(labels.Line(edge=edge, points=points, label=None, note=None))
    segments = labels.Segments(lines)
    met = 0
    for _ in range(4000):
        x, y = _point(rng, 3000.0)
        box = (x, y, x + rng.uniform(1, 240), y + rng.uniform(1, 90))
        grown = (box[0] - 2, box[1] - 2, box[2] + 2, box[3] + 2)
        crossed = {
            (a, b)
            for line in lines
            for a, b in itertools.pairwise(line.points)
            if a != b and segment_meets_box(a, b, grown)
        }
        assert segments.meet(box, 2.0) == bool(crossed)
        assert segments.count(box, margin=2.0) == len(crossed)
        assert segments.count(box, 2, margin=2.0) == min(len(crossed), 2)
        met += bool(crossed)
    assert 100 < met < 3900
