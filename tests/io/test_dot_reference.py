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
    # Nodes are named by their shape's place on the diagram (which orders them a, p, s, u).
    assert [s.element for s in doc.diagram("d").shapes] == ["a", "p", "s", "u"]
    assert 'subgraph "cluster_n2" {' in source
    assert '"n3" [shape=ellipse, width=2.0000, height=1.0000];' in source
    assert '"n0" [shape=box, width=0.6667, height=1.1667];' in source
    assert '"n0" -> "n3" [id="r"];' in source and '"n3" -> "n1" [id="i"];' in source


def test_the_dot_graph_does_not_depend_on_the_element_ids() -> None:
    """dot's answer depends on the node names: other ids (in the same order on the
    diagram) give the same graph."""
    doc = shop()
    renamed = Document("t")
    renamed.add(
        Subject(id="shop_9", name="Shop"),
        Actor(id="actor_0f3", name='The "Buyer"'),
        UseCase(id="uc_77", name="Order", subjects=("shop_9",)),
        UseCase(id="pay_1", name="Pay", subjects=("shop_9",)),
        Association(id="r", source="actor_0f3", target="uc_77"),
        Include(id="i", source="uc_77", target="pay_1"),
    )
    renamed.add_diagram(DiagramInfo(id="d", name="Main"))
    renamed.add_shapes(
        "d",
        [
            Shape(element=key, x=0, y=0, width=s.width, height=s.height)
            for key, s in zip(
                ("actor_0f3", "pay_1", "shop_9", "uc_77"), doc.diagram("d").shapes, strict=True
            )
        ],
    )
    renamed.add_edges("d", [Edge(element="r"), Edge(element="i")])
    assert dot_source(renamed, renamed.diagram("d")) == dot_source(doc, doc.diagram("d"))


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
