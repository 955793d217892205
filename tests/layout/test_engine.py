"""The layout engine on real inputs: use case conventions, nothing through shapes, labels
that collide with nothing, a slide's aspect ratio, and the fallbacks."""

from __future__ import annotations

import os
import stat
from itertools import combinations, pairwise
from pathlib import Path

import pytest

from ucdesigner.io.plantuml_files import document_from_plantuml
from ucdesigner.layout import Elements, auto_layout, graphviz, layout_new_diagram, tidy_labels
from ucdesigner.layout.geometry import boxes_meet, drawn_line, segment_meets_shape
from ucdesigner.layout.labels import _lines, current_boxes
from ucdesigner.layout.routing import obstacles
from ucdesigner.model import (
    Actor,
    Comment,
    CommentLink,
    Diagram,
    Document,
    Extend,
    Include,
    Shape,
    UseCase,
)
from ucdesigner.model.diagram import LIMIT

needs_dot = pytest.mark.skipif(not graphviz.available(), reason="Graphviz is not installed")

CLINIC = """@startuml
left to right direction
actor Patient
actor Receptionist
actor Doctor
actor "Insurance System" as Ins
rectangle "Clinic" {
  usecase "Book appointment" as UC1
  usecase "Cancel appointment" as UC2
  usecase "Check in at the desk" as UC3
  usecase "Register new patient" as UC4
  usecase "Verify insurance" as UC5
  usecase "Examine patient" as UC6
  usecase "Write prescription" as UC7
  usecase "Order lab test" as UC8
  usecase "Record diagnosis" as UC9
  usecase "View medical history" as UC10
  usecase "Pay co-payment" as UC11
  usecase "Send reminder" as UC12
  usecase "Log in" as UC13
  usecase "Reschedule appointment" as UC14
}
Patient --> UC1
Patient --> UC2
Patient --> UC11
Patient --> UC14
Receptionist --> UC3
Receptionist --> UC4
Doctor --> UC6
Doctor --> UC7
Doctor --> UC8
Doctor --> UC9
Doctor --> UC10
UC5 --> Ins
UC3 ..> UC5 : <<include>>
UC1 ..> UC13 : <<include>>
UC6 ..> UC10 : <<include>>
UC14 ..> UC1 : <<extend>>
UC12 ..> UC1 : <<extend>>
note right of UC11 : Only when the insurance\\ndoes not cover everything
@enduml
"""


def overlap(a: Shape, b: Shape) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


def kinds(document: Document, diagram: Diagram) -> dict[str, str]:
    return {s.element: document.get(s.element).kind for s in diagram.shapes}


def problems(document: Document, diagram: Diagram) -> list[str]:
    """Overlapping shapes, lines through shapes and colliding labels, as sentences."""
    found = []
    kind = kinds(document, diagram)
    plain = [s for s in diagram.shapes if kind[s.element] not in ("subject", "package")]
    for a, b in combinations(plain, 2):
        if overlap(a, b):
            found.append(f"{a.element} overlaps {b.element}")
    shapes = {s.element: s for s in diagram.shapes}
    blockers = obstacles(document, diagram)
    for edge in diagram.edges:
        rel = document.get(edge.element)
        if rel.source == rel.target:
            continue
        points = drawn_line(
            shapes[rel.source], kind[rel.source], shapes[rel.target], kind[rel.target], edge
        )
        for p, q in pairwise(points):
            for shape, k in blockers:
                if shape.element not in (rel.source, rel.target) and segment_meets_shape(
                    p, q, shape, k
                ):
                    found.append(f"{edge.element} runs through {shape.element}")
    boxes = [
        (line.edge.element, box)
        for line in _lines(document, diagram)
        for box in current_boxes(line)
    ]
    for (a, box_a), (b, box_b) in combinations(boxes, 2):
        if boxes_meet(box_a, box_b):
            found.append(f"label of {a} meets label of {b}")
    for element, box in boxes:
        for shape in plain:
            if boxes_meet(box, (shape.x, shape.y, shape.right, shape.bottom)):
                found.append(f"label of {element} covers {shape.element}")
    return found


def by_name(document: Document, diagram: Diagram) -> dict[str, Shape]:
    """Shapes by alias (the element id) and by element name."""
    found = {s.element: s for s in diagram.shapes}
    found.update({document.get(s.element).name: s for s in diagram.shapes})
    return found


def aspect(diagram: Diagram) -> float:
    left = min(s.x for s in diagram.shapes)
    right = max(s.right for s in diagram.shapes)
    top = min(s.y for s in diagram.shapes)
    bottom = max(s.bottom for s in diagram.shapes)
    return (right - left) / (bottom - top)


@needs_dot
def test_a_plantuml_model_left_to_right_is_slide_shaped_and_clean() -> None:
    result = document_from_plantuml(CLINIC)
    document = result.document
    diagram = document.diagram(document.diagrams()[0].id)
    assert result.problems == []
    assert problems(document, diagram) == []
    assert 4 / 3 <= aspect(diagram) <= 2.0
    shapes = by_name(document, diagram)
    boundary = next(s for s in diagram.shapes if document.get(s.element).kind == "subject")
    cases = [s for s in diagram.shapes if document.get(s.element).kind == "usecase"]
    assert all(boundary.contains_rect(case) for case in cases)
    # Initiating actors left of the boundary, the system actor right of it.
    for actor in ("Patient", "Receptionist", "Doctor"):
        assert shapes[actor].right <= boundary.x
    assert shapes["Ins"].x >= boundary.right
    # «include» targets after their base in the reading direction.
    assert shapes["UC13"].x > shapes["UC1"].right
    assert shapes["UC10"].x > shapes["UC6"].right
    # The note stands beside its use case, not at the bottom of the picture.
    note = next(s for s in diagram.shapes if document.get(s.element).kind == "comment")
    assert abs((note.y + note.height / 2) - (shapes["UC11"].y + shapes["UC11"].height / 2)) < 250


@needs_dot
def test_top_to_bottom_puts_actors_above_their_use_cases() -> None:
    text = CLINIC.replace("left to right direction", "top to bottom direction")
    document = document_from_plantuml(text).document
    diagram = document.diagram(document.diagrams()[0].id)
    shapes = by_name(document, diagram)
    boundary = next(s for s in diagram.shapes if document.get(s.element).kind == "subject")
    assert shapes["Patient"].bottom <= boundary.y
    assert shapes["Ins"].y >= boundary.bottom
    assert problems(document, diagram) == []


@needs_dot
def test_cycles_and_self_links_from_other_tools_still_lay_out() -> None:
    """Other tools write include and extend cycles (the document refuses to make them,
    XMI files arrive with them): the layout takes them as they are."""
    nodes = [Actor(id="a", name="User"), Comment(id="c", body="A note")]
    nodes += [UseCase(id=f"u{i}", name=f"Step {i}") for i in range(4)]
    rels = [
        Include(id="i0", source="u0", target="u1"),
        Include(id="i1", source="u1", target="u2"),
        Include(id="i2", source="u2", target="u0"),
        Extend(id="e0", source="u3", target="u2", condition="if the order is late"),
        Extend(id="e1", source="u2", target="u3"),
        Include(id="self", source="u1", target="u1"),
        CommentLink(id="cl", source="c", target="u3"),
    ]
    outcome = layout_new_diagram("d", "D", None, nodes, rels)
    assert outcome.warnings == ()
    model = Elements(nodes, rels)
    assert problems(model, outcome.diagram) == []
    loop = next(e for e in outcome.diagram.edges if e.element == "self")
    assert len(loop.waypoints) >= 2  # a self-link is drawn as a loop


def test_thousands_of_actors_fit_the_canvas() -> None:
    actors = [Actor(id=f"a{i}", name=f"Actor number {i}") for i in range(20_000)]
    outcome = layout_new_diagram("d", "Everyone", None, actors, [])
    diagram = outcome.diagram
    assert len(diagram.shapes) == 20_000
    assert max(s.right for s in diagram.shapes) < LIMIT
    assert max(s.bottom for s in diagram.shapes) < LIMIT
    width = max(s.right for s in diagram.shapes)
    height = max(s.bottom for s in diagram.shapes)
    assert 0.5 < width / height < 3  # wrapped into columns, not one strip
    doc = Document("big")
    doc.add(*actors)
    doc.add_diagram(diagram.info())
    doc.add_shapes("d", diagram.shapes)


def fake_dot(folder: Path, script: str) -> None:
    for name in ("dot", "neato"):
        program = folder / name
        program.write_text("#!/bin/sh\n" + script + "\n")
        program.chmod(program.stat().st_mode | stat.S_IEXEC)


@pytest.mark.parametrize(
    ("script", "says"),
    [
        (None, "Graphviz was not found"),
        ("echo 'Error: syntax error' >&2; exit 1", "Automatic layout failed"),
        ("echo 'not json'", "Automatic layout failed"),
    ],
)
def test_a_missing_or_failing_engine_gives_a_simple_layout_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, script: str | None, says: str
) -> None:
    if script is not None:
        fake_dot(tmp_path, script)
    monkeypatch.setenv("UCDESIGNER_GRAPHVIZ_DIR", str(tmp_path))
    result = document_from_plantuml(CLINIC)
    document = result.document
    diagram = document.diagram(document.diagrams()[0].id)
    assert any(says in p for p in result.warnings), result.warnings
    assert not result.problems, "a layout note is not a line left out"
    plain = [s for s in diagram.shapes if document.get(s.element).kind != "subject"]
    assert not any(overlap(a, b) for a, b in combinations(plain, 2))
    again = auto_layout(document, diagram)
    assert any(says in w for w in again.warnings)


@needs_dot
def test_tidy_labels_moves_labels_off_shapes_and_nothing_else() -> None:
    document = document_from_plantuml(CLINIC).document
    diagram = document.diagram(document.diagrams()[0].id)
    # Throw every label onto the first use case.
    target = next(s for s in diagram.shapes if document.get(s.element).kind == "usecase")
    messy = diagram.model_copy(
        update={
            "edges": tuple(
                e.model_copy(update={"label_offset": e.label_offset.model_copy(update={"x": 0})})
                for e in diagram.edges
            )
        }
    )
    messy = _labels_onto(document, messy, target)
    assert problems(document, messy) != []
    tidied = tidy_labels(document, messy)
    assert tidied.shapes == messy.shapes
    assert [e.waypoints for e in tidied.edges] == [e.waypoints for e in messy.edges]
    assert problems(document, tidied) == []


def _labels_onto(document: Document, diagram: Diagram, shape: Shape) -> Diagram:
    from ucdesigner.layout.geometry import along
    from ucdesigner.model import Point

    kind = kinds(document, diagram)
    shapes = {s.element: s for s in diagram.shapes}
    edges = []
    for edge in diagram.edges:
        rel = document.get(edge.element)
        points = drawn_line(
            shapes[rel.source], kind[rel.source], shapes[rel.target], kind[rel.target], edge
        )
        mx, my = along(points, 0.5)
        cx, cy = shape.x + shape.width / 2, shape.y + shape.height / 2
        edges.append(edge.model_copy(update={"label_offset": Point(x=cx - mx, y=cy - my)}))
    return diagram.model_copy(update={"edges": tuple(edges)})


def test_the_engine_is_found_through_the_override_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("UCDESIGNER_GRAPHVIZ_DIR", str(tmp_path))
    assert not graphviz.available()
    fake_dot(tmp_path, "exit 0")
    assert graphviz.available()
    assert os.environ["UCDESIGNER_GRAPHVIZ_DIR"] == str(tmp_path)


@needs_dot
def test_pasted_plantuml_goes_around_what_is_shown_which_does_not_move() -> None:
    from ucdesigner.io.plantuml import parse_plantuml
    from ucdesigner.io.text_model import add_to_document

    document = document_from_plantuml(CLINIC).document
    diagram_id = document.diagrams()[0].id
    before = {s.element: s for s in document.shapes(diagram_id)}
    pasted = parse_plantuml(
        "@startuml\nleft to right direction\nactor Nurse\n"
        "Nurse --> (Take blood sample)\nNurse --> (Examine patient)\n"
        "(Take blood sample) ..> (Log in) : <<include>>\n@enduml\n"
    )
    with document.transaction("Paste"):
        added = add_to_document(document, pasted, diagram_id)
    assert added.problems == []
    after = document.diagram(diagram_id)
    for shape in after.shapes:
        if shape.element in before:
            assert shape == before[shape.element]  # nothing shown moved
    assert problems(document, after) == []
