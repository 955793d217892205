"""Graphviz dot as the yardstick of the layout quality report."""

from __future__ import annotations

import shutil

import pytest

from ucdesigner.io.dot_reference import dot_geometry, dot_source, spline_points
from ucdesigner.layout.quality import measure
from ucdesigner.model import (
    Actor,
    Association,
    DiagramInfo,
    Document,
    Edge,
    Include,
    Shape,
    Subject,
    UseCase,
)

needs_dot = pytest.mark.skipif(
    shutil.which("dot") is None, reason="Graphviz dot missing (apt install graphviz)"
)


def shop() -> Document:
    doc = Document("t")
    doc.add(
        Subject(id="s", name="Shop"),
        Actor(id="a", name='The "Buyer"'),
        UseCase(id="u", name="Order", subjects=("s",)),
        UseCase(id="p", name="Pay", subjects=("s",)),
        Association(id="r", source="a", target="u"),
        Include(id="i", source="u", target="p"),
    )
    doc.add_diagram(DiagramInfo(id="d", name="Main"))
    doc.add_shapes(
        "d",
        [
            Shape(element="s", x=0, y=0, width=400, height=300),
            Shape(element="a", x=0, y=0, width=48, height=84),
            Shape(element="u", x=0, y=0, width=144, height=72),
            Shape(element="p", x=0, y=0, width=180, height=60),
        ],
    )
    doc.add_edges("d", [Edge(element="r"), Edge(element="i")])
    return doc


def test_the_dot_graph_has_the_same_nodes_sizes_clusters_and_edges() -> None:
    doc = shop()
    source = dot_source(doc, doc.diagram("d"), "tb")
    assert "rankdir=TB;" in source
    assert 'subgraph "cluster_s" {' in source
    assert '"u" [shape=ellipse, width=2.0000, height=1.0000];' in source
    assert '"a" [shape=box, width=0.6667, height=1.1667];' in source
    assert '"a" -> "u" [id="r"];' in source and '"u" -> "p" [id="i"];' in source


def test_spline_positions_become_polylines_with_y_pointing_down() -> None:
    points = spline_points("e,100,10 0,90 30,90 70,10 100,10", top=100, samples=2)
    assert points[0] == (0, 10)
    assert points[-1] == (100, 90)  # the arrow tip comes last
    assert len(points) == 4


@needs_dot
def test_dot_lays_out_the_graph_with_members_inside_their_cluster() -> None:
    doc = shop()
    geometry = dot_geometry(doc, doc.diagram("d"))
    shapes = {s.id: s for s in geometry.shapes}
    boundary = shapes["s"].outline.box
    assert boundary.holds(shapes["u"].outline.box) and boundary.holds(shapes["p"].outline.box)
    assert not boundary.holds(shapes["a"].outline.box)
    assert shapes["u"].outline.box.width == pytest.approx(144)
    # Left to right: the actor comes first, the included use case after its base.
    assert shapes["a"].outline.box.right <= shapes["u"].outline.box.left
    assert shapes["u"].outline.box.right <= shapes["p"].outline.box.left
    found = measure(geometry)
    assert (found.overlaps, found.lines_through, found.crossings) == (0, 0, 0)
    assert {(e.source, e.target) for e in geometry.edges} == {("a", "u"), ("u", "p")}
