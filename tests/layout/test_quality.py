"""The layout quality figures on hand-made geometry whose answers are known."""

from __future__ import annotations

import pytest

from ucdesigner.layout.quality import (
    Box,
    DiagramGeometry,
    EdgeGeometry,
    Outline,
    ShapeGeometry,
    count_crossings,
    measure,
    model_geometry,
)
from ucdesigner.model import Diagram, Edge, Point, Shape


def rect(id_: str, left, top, right, bottom, kind="actor", **more) -> ShapeGeometry:
    return ShapeGeometry(id_, kind, Outline(Box(left, top, right, bottom)), id_, **more)


def oval(id_: str, left, top, right, bottom, **more) -> ShapeGeometry:
    return ShapeGeometry(
        id_, "usecase", Outline(Box(left, top, right, bottom), oval=True), id_, **more
    )


def line(id_: str, source: str, target: str, *points, **more) -> EdgeGeometry:
    return EdgeGeometry(id_, source, target, tuple(points), **more)


def report(shapes=(), edges=()):
    return measure(DiagramGeometry("d", tuple(shapes), tuple(edges)))


def test_overlapping_boxes_count_once_and_a_boundary_holding_a_shape_does_not() -> None:
    found = report([rect("a", 0, 0, 100, 50), rect("b", 50, 20, 150, 80)])
    assert found.overlaps == 1 and not found.clean
    assert found.findings[0].ids == ("a", "b")
    held = report([rect("s", 0, 0, 400, 400, kind="subject"), oval("u", 50, 50, 190, 110)])
    assert held.overlaps == 0 and held.clean
    straddling = report([rect("s", 0, 0, 400, 400, kind="subject"), oval("u", 350, 50, 490, 110)])
    assert straddling.overlaps == 1


def test_ellipses_whose_boxes_touch_only_at_the_corners_do_not_overlap() -> None:
    # The boxes overlap by 20 x 10 at a corner, where neither ellipse reaches.
    assert report([oval("a", 0, 0, 140, 60), oval("b", 120, 50, 260, 110)]).overlaps == 0
    assert report([oval("a", 0, 0, 140, 60), oval("b", 100, 10, 240, 70)]).overlaps == 1


def test_a_shapes_extras_count_as_part_of_it() -> None:
    actor = rect("a", 0, 0, 48, 84, extras=(Box(-40, 88, 90, 106),))
    other = oval("u", 60, 95, 200, 155)
    assert report([actor, other]).overlaps == 1


def test_a_line_through_a_third_shape_is_found_and_its_own_ends_are_not() -> None:
    shapes = [rect("a", 0, 0, 40, 40), rect("b", 400, 0, 440, 40), oval("m", 180, -10, 280, 50)]
    through = report(shapes, [line("r", "a", "b", (40, 20), (400, 20))])
    assert through.lines_through == 1
    assert through.findings[0].ids == ("r", "m")
    around = report(shapes, [line("r", "a", "b", (40, 20), (40, 100), (400, 100), (400, 20))])
    assert around.lines_through == 0


def test_a_line_crossing_an_ellipses_box_but_not_the_ellipse_is_not_through_it() -> None:
    shapes = [rect("a", 0, 0, 10, 10), rect("b", 300, 300, 310, 310), oval("m", 100, 0, 240, 60)]
    # Passes the box's lower-left corner region, outside the ellipse.
    assert report(shapes, [line("r", "a", "b", (10, 55), (104, 58))]).lines_through == 0


def test_a_line_through_a_boundary_is_fine() -> None:
    shapes = [rect("a", 0, 0, 40, 40), rect("s", 100, -100, 300, 200, kind="subject")]
    shapes.append(oval("u", 150, 0, 250, 40))
    assert report(shapes, [line("r", "a", "u", (40, 20), (150, 20))]).lines_through == 0


def test_crossings_count_proper_crossings_not_lines_meeting_at_a_shared_end() -> None:
    assert count_crossings([[(0, 0), (100, 100)], [(0, 100), (100, 0)]]) == 1
    assert count_crossings([[(0, 0), (100, 100)], [(0, 0), (100, 0)]]) == 0
    assert count_crossings([[(0, 0), (100, 0)], [(0, 10), (100, 10)]]) == 0
    zigzag = [(0, -10), (30, 110), (60, -10), (90, 110)]
    assert count_crossings([zigzag, [(-10, 50), (100, 50)]]) == 3


def test_labels_on_shapes_on_labels_and_on_arrowheads_collide() -> None:
    shapes = [rect("a", 0, 0, 40, 40), rect("b", 300, 0, 340, 40)]
    head = ((300, 20), (290, 15), (290, 25))
    clean = line(
        "r", "a", "b", (40, 20), (300, 20), labels=(Box(150, 24, 200, 44),), arrowheads=(head,)
    )
    assert report(shapes, [clean]).clean
    on_shape = line("r", "a", "b", (40, 20), (300, 20), labels=(Box(30, 10, 80, 30),))
    assert report(shapes, [on_shape]).label_collisions == 1
    on_head = line(
        "r", "a", "b", (40, 20), (300, 20), labels=(Box(270, 10, 295, 30),), arrowheads=(head,)
    )
    assert report(shapes, [on_head]).label_collisions == 1
    twins = [
        line("r", "a", "b", (40, 20), (300, 20), labels=(Box(150, 24, 200, 44),)),
        line("q", "a", "b", (40, 60), (300, 60), labels=(Box(160, 30, 210, 50),)),
    ]
    assert report(shapes, twins).label_collisions == 1


def test_a_label_may_lie_inside_a_boundary_but_not_on_its_title() -> None:
    boundary = rect("s", 0, 0, 400, 300, kind="subject", title=Box(10, 8, 390, 26))
    shapes = [boundary, rect("a", -100, 0, -60, 40), oval("u", 100, 100, 240, 160)]
    inside = line("r", "a", "u", (-60, 20), (100, 130), labels=(Box(20, 60, 80, 80),))
    assert report(shapes, [inside]).label_collisions == 0
    on_title = line("r", "a", "u", (-60, 20), (100, 130), labels=(Box(20, 10, 80, 30),))
    assert report(shapes, [on_title]).label_collisions == 1


def test_text_outside_its_ellipse_is_found() -> None:
    inside = oval("u", 0, 0, 200, 100, texts=(Box(40, 35, 160, 65),))
    outside = oval("v", 300, 0, 500, 100, texts=(Box(310, 5, 490, 25),))
    found = report([inside, outside])
    assert found.texts_outside == 1
    assert found.findings[0].ids == ("v",)


def test_aspect_ratio_covers_shapes_lines_and_labels() -> None:
    shapes = [rect("a", 0, 0, 100, 100), rect("b", 300, 0, 400, 100)]
    found = report(
        shapes, [line("r", "a", "b", (100, 50), (300, 50), labels=(Box(180, 50, 220, 200),))]
    )
    assert (found.width, found.height) == (400, 200)
    assert found.aspect == pytest.approx(2.0)
    assert report().aspect == 0.0


def test_model_geometry_clips_lines_at_the_outlines_through_the_bend_points() -> None:
    diagram = Diagram(
        id="d",
        name="D",
        shapes=(
            Shape(element="a", x=0, y=0, width=40, height=40),
            Shape(element="u", x=200, y=0, width=100, height=40),
            Shape(element="m", x=100, y=0, width=40, height=40),
        ),
        edges=(
            Edge(element="r"),
            Edge(element="q", waypoints=(Point(x=20, y=100), Point(x=250, y=100))),
        ),
    )
    kinds = {"a": "actor", "u": "usecase", "m": "actor"}
    ends = {"r": ("a", "u"), "q": ("a", "u")}
    geometry = model_geometry(diagram, kinds, ends)
    straight, bent = geometry.edges
    assert straight.points == ((40, 20), (200, 20))
    assert bent.points == ((20, 40), (20, 100), (250, 100), (250, 40))
    found = measure(geometry)
    assert found.lines_through == 1 and found.findings[0].ids == ("r", "m")


def test_a_label_far_from_its_own_line_is_detached_and_one_beside_it_is_not() -> None:
    shapes = [rect("a", 0, 0, 40, 40), rect("b", 400, 0, 440, 40)]
    beside = line("r", "a", "b", (40, 20), (400, 20), labels=(Box(180, 26, 240, 42),))
    assert report(shapes, [beside]).clean
    on_it = line("r", "a", "b", (40, 20), (400, 20), labels=(Box(180, 12, 240, 28),))
    assert report(shapes, [on_it]).detached_labels == 0
    far = line(
        "r", "a", "b", (40, 20), (400, 20), labels=(Box(180, 90, 240, 106),), label_names=("x",)
    )
    found = report(shapes, [far])
    assert found.detached_labels == 1 and not found.clean
    assert found.findings[0].kind == "detached_label"
    assert found.findings[0].text == "x of the line 'a' - 'b' is 70 away from it"
    # Beside a bend of a polyline counts from the nearest segment, not the chord.
    bent = line("r", "a", "b", (40, 20), (220, 200), (400, 20), labels=(Box(230, 190, 290, 206),))
    assert report(shapes, [bent]).detached_labels == 0
