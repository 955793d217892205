"""Lines that run along a boundary's frame, and labels lying over lines: the quality
report counts both, routing keeps lines off frames and label placement keeps labels
off lines."""

from __future__ import annotations

from itertools import pairwise

from ucdesigner.io.plantuml_files import document_from_plantuml
from ucdesigner.layout.geometry import drawn_line, segment_meets_box, segment_meets_shape
from ucdesigner.layout.labels import _lines, current_boxes, place_labels
from ucdesigner.layout.quality import (
    Box,
    DiagramGeometry,
    EdgeGeometry,
    Outline,
    ShapeGeometry,
    measure,
)
from ucdesigner.layout.routing import along_frame, frames, obstacles, simplify
from ucdesigner.model import Diagram, Document, Point


def rect(id_: str, left, top, right, bottom, kind="actor") -> ShapeGeometry:
    return ShapeGeometry(id_, kind, Outline(Box(left, top, right, bottom)), id_)


def report(shapes, edges):
    return measure(DiagramGeometry("d", tuple(shapes), tuple(edges)))


FRAMED = [rect("s", 100, 0, 500, 300, kind="subject"), rect("a", 0, 250, 40, 290)]
FRAMED.append(rect("u", 300, 150, 340, 190, kind="usecase"))


def test_a_line_lying_on_a_frame_runs_along_it_and_one_crossing_it_does_not() -> None:
    on_it = EdgeGeometry("r", "a", "u", ((40, 270), (100, 300), (320, 300), (320, 190)))
    found = report(FRAMED, [on_it])
    assert found.lines_on_frames == 1 and not found.clean
    finding = next(f for f in found.findings if f.kind == "line_on_frame")
    assert finding.ids == ("r", "s")
    assert finding.text == "the line 'a' - 'u' runs along the frame of 's' for 220"
    # Just inside the frame, parallel to it, still reads as part of it.
    inside = EdgeGeometry("r", "a", "u", ((40, 270), (100, 294), (320, 294), (320, 190)))
    assert report(FRAMED, [inside]).lines_on_frames == 1
    # Across the frame at a right angle, or steeply, is fine; so is a run well inside.
    across = EdgeGeometry("r", "a", "u", ((40, 270), (320, 270), (320, 190)))
    assert report(FRAMED, [across]).clean
    steep = EdgeGeometry("r", "a", "u", ((40, 270), (120, 240), (320, 190)))
    assert report(FRAMED, [steep]).clean
    clear = EdgeGeometry("r", "a", "u", ((40, 270), (110, 270), (110, 170), (300, 170)))
    assert report(FRAMED, [clear]).lines_on_frames == 0
    # Crossing the frame at a shallow angle runs along it for a long stretch.
    shallow = EdgeGeometry("r", "a", "u", ((40, 290), (400, 320), (320, 190)))
    assert report(FRAMED, [shallow]).lines_on_frames == 1


def test_a_label_over_a_line_its_own_or_another_is_found() -> None:
    shapes = [rect("a", 0, 0, 40, 40), rect("b", 400, 0, 440, 40), rect("c", 200, -200, 240, -160)]
    beside = EdgeGeometry(
        "r", "a", "b", ((40, 20), (400, 20)), labels=(Box(180, 26, 240, 42),), label_names=("k",)
    )
    assert report(shapes, [beside]).clean
    on_own = EdgeGeometry(
        "r", "a", "b", ((40, 20), (400, 20)), labels=(Box(180, 12, 240, 28),), label_names=("k",)
    )
    found = report(shapes, [on_own])
    assert found.labels_on_lines == 1 and not found.clean
    assert found.findings[0].text == "k of the line 'a' - 'b' lies over its own line"
    # A keyword drawn on a halo over its own line is the usual UML look; over another
    # line it is not.
    haloed = EdgeGeometry(
        "r", "a", "b", ((40, 20), (400, 20)), labels=(Box(180, 12, 240, 28),), haloed=1
    )
    assert report(shapes, [haloed]).clean
    crossing = EdgeGeometry("q", "c", "b", ((210, -160), (210, 60)))
    assert report(shapes, [haloed, crossing]).labels_on_lines == 1
    # Beside its own line but on another line passing under it.
    other = EdgeGeometry("q", "c", "b", ((220, -160), (210, 60)))
    found = report(shapes, [beside, other])
    assert found.labels_on_lines == 1
    assert found.findings[0].ids == ("r", "q")
    # Touching a line's pen at the box's edge is not lying over it.
    grazing = EdgeGeometry(
        "r", "a", "b", ((40, 20), (400, 20)), labels=(Box(180, 21, 240, 37),), label_names=("k",)
    )
    assert report(shapes, [grazing]).labels_on_lines == 0


FRAME_MODEL = """@startuml
left to right direction
actor Clerk
rectangle "Desk" {
  usecase "Open" as U1
  usecase "Close" as U2
}
Clerk --> U2
U1 ..> U2 : <<include>>
@enduml
"""


def _framed() -> tuple[Document, Diagram]:
    """The model with its shapes where the route along the boundary's bottom side has a
    use case in the way above it: the boundary 100..600 x 0..300, the clerk outside at
    the bottom left, "Open" (tall: no way past it above) inside, "Close" at the right."""
    document = document_from_plantuml(FRAME_MODEL).document
    diagram = document.diagram(document.diagrams()[0].id)
    names = {document.get(s.element).name: s for s in diagram.shapes}
    places = {
        "Desk": (100, 0, 600, 300),
        "Clerk": (0, 230, 40, 60),
        "Open": (200, 30, 140, 250),
        "Close": (520, 120, 140, 60),
    }
    shapes = []
    for shape in diagram.shapes:
        name = document.get(shape.element).name
        x, y, w, h = places[name]
        shapes.append(shape.model_copy(update={"x": x, "y": y, "width": w, "height": h}))
    clerk_line = next(
        e for e in diagram.edges if document.get(e.element).source == names["Clerk"].element
    )
    edges = tuple(
        e.model_copy(
            update={"waypoints": (Point(x=100, y=298), Point(x=560, y=296))}
            if e is clerk_line
            else {"waypoints": ()}
        )
        for e in diagram.edges
    )
    return document, diagram.model_copy(update={"shapes": tuple(shapes), "edges": edges})


def _route(document: Document, diagram: Diagram, key: str) -> list[tuple[float, float]]:
    shapes = {s.element: s for s in diagram.shapes}
    rel = document.get(key)
    edge = next(e for e in diagram.edges if e.element == key)
    return [
        (shapes[rel.source].x + shapes[rel.source].width / 2, shapes[rel.source].y + 30),
        *[(p.x, p.y) for p in edge.waypoints],
        (shapes[rel.target].x + shapes[rel.target].width / 2, shapes[rel.target].y + 30),
    ]


def test_routing_moves_a_line_lying_on_a_frame_off_it_past_no_shape() -> None:
    document, diagram = _framed()
    key = next(e.element for e in diagram.edges if e.waypoints)
    boxes = frames(document, diagram)
    assert along_frame(_route(document, diagram, key), boxes)
    routed = simplify(document, diagram)
    route = _route(document, routed, key)
    assert not along_frame(route, boxes)
    rel = document.get(key)
    for p, q in pairwise(route):
        for shape, kind in obstacles(document, routed):
            if shape.element not in (rel.source, rel.target):
                assert not segment_meets_shape(p, q, shape, kind)


def test_a_line_crossing_a_frame_at_a_shallow_angle_is_routed_off_it_in_a_large_tangle(
    monkeypatch,
) -> None:
    """A line crossing the boundary's bottom side at 14 degrees stays near it for about
    80 units wherever the side moves: above ``MAX_SIMPLIFIED`` lines (the engine's routes
    kept as they are) the line itself is routed off the frame (it was left on it)."""
    from ucdesigner.layout import routing

    document, diagram = _framed()
    places = {
        "Desk": (100, 0, 900, 300),
        "Clerk": (0, 350, 40, 60),
        "Open": (200, 30, 140, 250),
        "Close": (720, 150, 140, 60),
    }
    shapes = []
    for shape in diagram.shapes:
        x, y, w, h = places[document.get(shape.element).name]
        shapes.append(shape.model_copy(update={"x": x, "y": y, "width": w, "height": h}))
    key = next(e.element for e in diagram.edges if e.waypoints)
    edges = tuple(
        e.model_copy(update={"waypoints": (Point(x=60, y=380),) if e.element == key else ()})
        for e in diagram.edges
    )
    diagram = diagram.model_copy(update={"shapes": tuple(shapes), "edges": edges})
    boxes = frames(document, diagram)
    assert along_frame(_route(document, diagram, key), boxes)
    monkeypatch.setattr(routing, "MAX_SIMPLIFIED", 0)
    routed = simplify(document, diagram)
    route = _route(document, routed, key)
    assert not along_frame(route, frames(document, routed))
    rel = document.get(key)
    for p, q in pairwise(route):
        for shape, kind in obstacles(document, routed):
            if shape.element not in (rel.source, rel.target):
                assert not segment_meets_shape(p, q, shape, kind)


def test_a_generated_model_of_twenty_use_cases_has_no_line_along_a_frame() -> None:
    """Moving a frame's side off one line brought it along another (the frame moves
    after the lines are routed): that line is routed off it again."""
    from benchmarks.synthetic import use_case_model
    from ucdesigner.commands.layout import lay_out
    from ucdesigner.io.render.drawn_geometry import drawn_geometry

    document, diagram_id = use_case_model(20)
    assert not lay_out(document, diagram_id)
    found = measure(drawn_geometry(document, diagram_id))
    assert found.lines_on_frames == 0, [f.text for f in found.findings]
    assert found.lines_through == 0 and found.overlaps == 0


def test_labels_are_placed_off_every_line() -> None:
    document = document_from_plantuml(
        """@startuml
left to right direction
actor A
usecase "Base" as B
usecase "Part" as P
usecase "Left" as L
usecase "Right" as R
B ..> P : <<include>>
A --> L
L --> R
@enduml
"""
    ).document
    diagram = document.diagram(document.diagrams()[0].id)
    places = {"A": (0, 0), "Base": (200, 0), "Part": (200, 300), "Left": (60, 140)}
    places["Right"] = (340, 140)
    shapes = tuple(
        s.model_copy(
            update=dict(zip(("x", "y"), places[document.get(s.element).name], strict=True))
        )
        for s in diagram.shapes
    )
    # The include runs down the middle; the line Left - Right crosses it where its
    # keyword would stand.
    diagram = diagram.model_copy(
        update={
            "shapes": shapes,
            "edges": tuple(e.model_copy(update={"waypoints": ()}) for e in diagram.edges),
        }
    )
    placed = place_labels(document, diagram)
    lines = _lines(document, placed)
    labelled = [line for line in lines if line.label is not None]
    assert labelled
    shapes_by = {s.element: s for s in placed.shapes}
    for line in labelled:
        for box in current_boxes(line):
            for other in placed.edges:
                rel = document.get(other.element)
                points = drawn_line(
                    shapes_by[rel.source],
                    document.get(rel.source).kind,
                    shapes_by[rel.target],
                    document.get(rel.target).kind,
                    other,
                )
                assert not any(segment_meets_box(p, q, box) for p, q in pairwise(points))
