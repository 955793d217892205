"""The layout API: Auto Layout keeps pinned shapes, never overlaps, never raises."""

from __future__ import annotations

from itertools import combinations

from ucdesigner.layout import auto_layout, tidy_labels
from ucdesigner.model import (
    Actor,
    Association,
    DiagramInfo,
    Document,
    Edge,
    Point,
    Shape,
    Subject,
    UseCase,
)


def overlap(a: Shape, b: Shape) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


def stacked_document(cases: int = 6, pinned: tuple[str, ...] = ()) -> Document:
    """Every shape at the same place: a diagram that needs a layout."""
    doc = Document("t")
    doc.add(Subject(id="s", name="Shop"))
    doc.add(Actor(id="a", name="Customer"), Actor(id="b", name="Bank"))
    doc.add(*[UseCase(id=f"u{i}", name=f"Do thing {i}", subjects=("s",)) for i in range(cases)])
    doc.add(Association(id="r0", source="a", target="u0"))
    doc.add(Association(id="r1", source="b", target="u1"))
    doc.add_diagram(DiagramInfo(id="d", name="D"))
    ids = ["s", "a", "b", *[f"u{i}" for i in range(cases)]]
    doc.add_shapes(
        "d",
        [
            Shape(
                element=i, x=10, y=10, width=150, height=60, pinned=i in pinned, z=-1 * (i == "s")
            )
            for i in ids
        ],
    )
    doc.add_edges("d", [Edge(element="r0", waypoints=(Point(x=500, y=500),)), Edge(element="r1")])
    return doc


def test_auto_layout_separates_stacked_shapes_and_the_document_accepts_it() -> None:
    doc = stacked_document()
    outcome = auto_layout(doc, doc.diagram("d"))
    assert outcome.warnings == ()
    shapes = {s.element: s for s in outcome.diagram.shapes}
    nodes = [s for e, s in shapes.items() if e != "s"]
    assert not any(overlap(a, b) for a, b in combinations(nodes, 2))
    assert all(shapes["s"].contains_rect(shapes[f"u{i}"]) for i in range(6))
    doc.update_shapes("d", outcome.diagram.shapes)
    assert doc.diagram("d").shapes == outcome.diagram.shapes


def test_pinned_shapes_do_not_move_and_the_rest_do_not_cover_them() -> None:
    doc = stacked_document(pinned=("a",))
    before = doc.shape("d", "a")
    laid = auto_layout(doc, doc.diagram("d")).diagram
    shapes = {s.element: s for s in laid.shapes}
    assert shapes["a"] == before
    assert not any(overlap(before, s) for e, s in shapes.items() if e != "a")


def test_only_the_given_elements_move() -> None:
    doc = stacked_document()
    laid = auto_layout(doc, doc.diagram("d"), only=frozenset({"u0", "u1"})).diagram
    old = {s.element: s for s in doc.shapes("d")}
    for shape in laid.shapes:
        if shape.element not in {"u0", "u1"}:
            assert shape == old[shape.element]
    assert {s.element for s in laid.shapes if s != old[s.element]} <= {"u0", "u1"}


def test_tidy_labels_moves_no_shape() -> None:
    doc = stacked_document()
    tidied = tidy_labels(doc, doc.diagram("d"))
    assert tidied.shapes == doc.diagram("d").shapes
    assert [e.element for e in tidied.edges] == ["r0", "r1"]
