"""The Graphviz processes started ahead of the graphs: one graph each (so the same graph
always gets the same answer), replaced when one fails, never waited on for longer than the
timeout."""

from __future__ import annotations

import stat
import time
from pathlib import Path

import pytest

from ucdesigner.layout import graphviz
from ucdesigner.layout.geometry import count_crossings
from ucdesigner.layout.routing import crossings, pieces, route_extent

needs_dot = pytest.mark.skipif(not graphviz.available(), reason="Graphviz is not installed")


def two_boxes() -> graphviz.Graph:
    return graphviz.Graph(
        nodes=[graphviz.Node("a", 60, 30), graphviz.Node("b", 60, 30)],
        links=[graphviz.Link("ab", "a", "b", label=(40, 13))],
    )


def standby_pids() -> set[int]:
    """The processes waiting to lay out a graph with plain ``dot`` (earlier tests may have
    left others waiting, for routing runs)."""
    key = (graphviz._program("dot"), "-Tjson0")
    with graphviz._LOCK:
        return {server.process.pid for server in graphviz._STANDBY.get(key, [])}


@needs_dot
def test_each_graph_is_laid_out_by_a_process_started_ahead_for_it() -> None:
    graphviz.stop()
    first = two_boxes()
    graphviz.run(first)
    graphviz.start_ahead()  # a layout is done: the next one's processes start
    deadline = time.monotonic() + 10
    while len(standby_pids()) < graphviz.STANDBY and time.monotonic() < deadline:
        time.sleep(0.05)
    ahead = standby_pids()
    assert len(ahead) >= graphviz.STANDBY
    second = two_boxes()
    graphviz.run(second)
    assert len(ahead - standby_pids()) == 1  # one of them took the second graph
    assert first.links[0].points == second.links[0].points
    assert first.nodes[0].x is not None and first.nodes[0].x < first.nodes[1].x
    graphviz.stop()
    assert not graphviz._STANDBY and not graphviz._ENDING


@needs_dot
def test_the_same_diagram_gets_the_same_layout_every_time() -> None:
    # A Graphviz process reused for another graph (2.43, measured) routed the lines of the
    # next graph differently, so Auto Layout of 80 use cases came out one of two ways.
    from benchmarks.synthetic import use_case_model
    from ucdesigner.layout import auto_layout

    document, diagram_id = use_case_model(80)
    diagram = document.diagram(diagram_id)
    layouts = {auto_layout(document, diagram).diagram.model_dump_json() for _ in range(4)}
    assert len(layouts) == 1


@needs_dot
def test_a_graph_graphviz_rejects_fails_at_once_with_its_message() -> None:
    path = graphviz._program("dot")
    assert path is not None
    process = graphviz._Server((path, "-Tjson0"))
    started = time.monotonic()
    with pytest.raises(graphviz.EngineFailed, match="syntax error"):
        process.lay_out("digraph { a -> ", "dot")  # cut short
    assert time.monotonic() - started < graphviz.TIMEOUT / 2  # not waited out
    process.close()
    again = two_boxes()
    graphviz.run(again)
    assert again.links[0].points


def fake_dot(folder: Path, script: str) -> None:
    program = folder / "dot"
    program.write_text("#!/bin/sh\n" + script + "\n")
    program.chmod(program.stat().st_mode | stat.S_IEXEC)


def test_a_process_that_answers_nothing_is_given_up_after_the_timeout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    graphviz.stop()
    fake_dot(tmp_path, "sleep 30")
    monkeypatch.setenv("UCDESIGNER_GRAPHVIZ_DIR", str(tmp_path))
    monkeypatch.setattr(graphviz, "TIMEOUT", 0.5)
    started = time.monotonic()
    with pytest.raises(graphviz.EngineFailed, match="did not finish"):
        graphviz.run(two_boxes())
    assert time.monotonic() - started < 5
    assert not graphviz._ENDING  # the hung process is ended, not left to end
    graphviz.stop()


def test_a_process_that_ends_is_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    graphviz.stop()
    fake_dot(tmp_path, "exit 0")
    monkeypatch.setenv("UCDESIGNER_GRAPHVIZ_DIR", str(tmp_path))
    for _ in range(2):
        with pytest.raises(graphviz.EngineFailed):
            graphviz.run(two_boxes())
    assert not graphviz._ENDING
    graphviz.stop()


def test_the_crossing_count_agrees_with_counting_route_by_route() -> None:
    routes = [
        [(0.0, 0.0), (100.0, 100.0)],
        [(0.0, 100.0), (100.0, 0.0)],  # crosses the first
        [(0.0, 50.0), (40.0, 50.0), (60.0, 50.0), (100.0, 50.0)],  # both, at their meeting
        [(200.0, 0.0), (200.0, 100.0)],  # crosses nothing
        [(0.0, 0.0), (0.0, 100.0)],  # touches the first at its end: no crossing
        [(50.0, -10.0), (50.0, 20.0), (50.0, 20.0), (120.0, 20.0)],  # a repeated point
    ]
    extents = [route_extent(route) for route in routes]
    expected = sum(
        crossings(route, list(zip(extents[i + 1 :], map(pieces, routes[i + 1 :]), strict=True)))
        for i, route in enumerate(routes)
    )
    assert expected == count_crossings(routes)
    assert count_crossings(routes[:2]) == 1
    assert count_crossings([routes[0], routes[3]]) == 0


@needs_dot
def test_the_first_layout_is_the_variant_that_crosses_fewest_lines() -> None:
    from benchmarks.synthetic import use_case_model
    from ucdesigner.layout import engine
    from ucdesigner.layout.conventions import plan

    document, diagram_id = use_case_model(80)
    diagram = document.diagram(diagram_id)
    movable = engine.movable_shapes(document, diagram, None)
    pinned = plan(document, diagram, movable, "lr")
    graphviz.run(pinned.graph)
    chosen = engine._pinned_or_loose(document, diagram, movable, "lr")[0]
    # Every actor pinned to the outermost rank sends lines across the ranks between.
    assert engine._crossings(chosen) < engine._crossings(pinned) * 0.9
    assert not chosen.graph.sides
    left = {n.id: n.x for n in chosen.graph.nodes}
    for link in chosen.graph.links:
        if link.key and link.tail in chosen.graph.first:
            assert left[link.tail] < left[link.head]  # initiating actors still on the left


@needs_dot
def test_a_strip_of_forty_use_cases_wraps_into_a_slide_in_one_batch_of_tries(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from benchmarks.synthetic import use_case_model
    from ucdesigner.layout import auto_layout
    from ucdesigner.layout.geometry import bounds

    document, diagram_id = use_case_model(40)
    runs: list[graphviz.Graph] = []
    real_run = graphviz.run

    def counted(graph: graphviz.Graph, *args, **kwargs) -> None:
        runs.append(graph)
        real_run(graph, *args, **kwargs)

    monkeypatch.setattr(graphviz, "run", counted)
    laid = auto_layout(document, document.diagram(diagram_id)).diagram
    box = bounds(laid)
    assert box is not None
    assert 4 / 3 <= (box[2] - box[0]) / (box[3] - box[1]) <= 2.0
    # The first layout (two variants at once), then one batch of tries guessed from it:
    # every engine run costs as much as all our own work on the diagram.
    assert len(runs) <= 4
