"""The automatic layout: use case conventions, nothing overlapping."""

from __future__ import annotations

from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st

from ucdesigner.layout.overview import layout_diagram
from ucdesigner.model import Actor, Association, Document, Subject, UseCase


def overlap(a, b) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


def model(n_actors: int, n_cases: int, boundary: bool) -> tuple[list, list]:
    nodes = [Subject(id="s", name="System")] if boundary else []
    nodes += [Actor(id=f"a{i}", name=f"Actor {i}") for i in range(n_actors)]
    nodes += [
        UseCase(id=f"u{i}", name=f"Use case number {i}", subjects=("s",) if boundary else ())
        for i in range(n_cases)
    ]
    rels = [
        Association(id=f"r{i}", source=f"a{i % n_actors}", target=f"u{i}")
        for i in range(n_cases)
        if n_actors
    ]
    return nodes, rels


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 8), st.integers(0, 30), st.booleans())
def test_no_two_shapes_overlap_except_a_boundary_and_its_cases(
    actors: int, cases: int, boundary: bool
) -> None:
    nodes, rels = model(actors, cases, boundary)
    diagram = layout_diagram("d", "D", None, nodes, rels)
    Document.from_data(
        Document()
        .to_data()
        .model_copy(
            update={"elements": tuple(nodes), "relationships": tuple(rels), "diagrams": (diagram,)}
        )
    )
    placed = [s for s in diagram.shapes if s.element != "s"]
    assert len(diagram.shapes) == len(nodes)
    for a, b in combinations(placed, 2):
        assert not overlap(a, b), (a, b)


def test_actors_stand_left_and_right_of_the_boundary_with_the_cases_inside() -> None:
    nodes, rels = model(4, 10, True)
    diagram = layout_diagram("d", "D", None, nodes, rels)
    shapes = {s.element: s for s in diagram.shapes}
    box = shapes["s"]
    cases = [shapes[f"u{i}"] for i in range(10)]
    actors = [shapes[f"a{i}"] for i in range(4)]
    assert all(box.contains_rect(c) for c in cases)
    assert all(not overlap(a, box) for a in actors)
    assert {a.right <= box.x or a.x >= box.right for a in actors} == {True}
    assert any(a.right <= box.x for a in actors) and any(a.x >= box.right for a in actors)
    assert len(diagram.edges) == len(rels)


def test_actors_sit_across_from_their_use_cases() -> None:
    nodes, rels = model(2, 12, True)
    diagram = layout_diagram("d", "D", None, nodes, rels)
    shapes = {s.element: s for s in diagram.shapes}
    for actor in ("a0", "a1"):
        mine = [shapes[r.target] for r in rels if r.source == actor]
        middle = sum(c.y + c.height / 2 for c in mine) / len(mine)
        centre = shapes[actor].y + shapes[actor].height / 2
        assert abs(centre - middle) < 200


def test_association_end_labels_stay_hidden_where_papyrus_and_rsa_hid_them() -> None:
    from ucdesigner.io.xmi import read_xmi

    from .conftest import corpus_file

    result = read_xmi(corpus_file("ibm-rsa/textbuilder-use-case-model.emx"))
    document = result.document
    edges = [
        (edge, document.get(edge.element))
        for info in document.diagrams()
        for edge in document.edges(info.id)
    ]
    associations = [edge for edge, rel in edges if rel.kind == "association"]
    assert associations and all(edge.hide_end_labels for edge in associations)
    assert not any(edge.hide_end_labels for edge, rel in edges if rel.kind != "association")


def test_diagrams_whose_shapes_all_sit_at_one_place_are_laid_out() -> None:
    from ucdesigner.io.xmi.build_diagrams import _usable_geometry
    from ucdesigner.io.xmi.raw import RawShape

    stacked = [RawShape(element=f"e{i}", x=0.0, y=0.0) for i in range(5)]
    spread = [RawShape(element=f"e{i}", x=i * 100.0, y=0.0) for i in range(5)]
    assert not _usable_geometry(stacked)
    assert _usable_geometry(spread)
