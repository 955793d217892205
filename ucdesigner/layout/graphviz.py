"""Graphviz as the layout engine: a graph written in the DOT language, laid out by the
``dot`` program (layering, crossing minimisation, coordinate assignment, clusters, edge
label placement and routing around nodes), read back from its JSON output.

Graphviz is called as a program, not linked: the system package (``graphviz`` on Debian,
Homebrew, winget) is all it takes, and a missing one is reported, never a crash.
Coordinates go in and come out in scene units: sizes are given in inches of 72 units, and
Graphviz's y axis (upwards) is turned downwards here.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

POINTS_PER_INCH = 72.0
LABEL_CHAR = 10.6
"""Width Graphviz gives an "M" of a 10 pt label (its own metrics, no font needed)."""
LABEL_LINE = 13.0
"""Height Graphviz gives a line of a 10 pt label."""
TIMEOUT = 20.0
"""Seconds after which a layout is given up (and the caller falls back to a grid)."""

INSTALL_HINT = (
    "Graphviz was not found: the diagram was laid out on a simple grid. "
    "Install Graphviz for a better layout (Debian/Ubuntu: sudo apt install graphviz; "
    "macOS: brew install graphviz; Windows: winget install graphviz)."
)


class EngineMissing(RuntimeError):
    """The Graphviz programs are not installed."""


class EngineFailed(RuntimeError):
    """Graphviz ran but gave no usable layout."""


@dataclass
class Node:
    """A box to place: ``width`` and ``height`` in scene units."""

    id: str
    width: float
    height: float
    shape: str = "box"
    x: float | None = None
    """Centre, given for a routing run (``route``), read back after a layout."""
    y: float | None = None


@dataclass
class Link:
    """A line between two nodes; ``key`` tells the caller which line it is."""

    key: str
    tail: str
    head: str
    label: tuple[float, float] | None = None
    """Room to keep free for the line's label (width, height)."""
    minlen: int = 1
    weight: int = 1
    constraint: bool = True
    invisible: bool = False
    """Only a constraint on the ranks: not drawn, no route read back."""
    points: list[tuple[float, float]] = field(default_factory=list)
    """The route read back, from tail to head (polyline vertices)."""
    label_at: tuple[float, float] | None = None


@dataclass
class Cluster:
    """A box drawn around its members (a system boundary, a package)."""

    id: str
    title: tuple[float, float]
    """Room for the box's title (width, height)."""
    members: list[str] = field(default_factory=list)
    children: list[Cluster] = field(default_factory=list)
    box: tuple[float, float, float, float] | None = None
    """Read back: left, top, right, bottom."""


@dataclass
class Graph:
    nodes: list[Node] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    clusters: list[Cluster] = field(default_factory=list)
    rankdir: str = "LR"
    first: list[str] = field(default_factory=list)
    """Nodes on the first rank (initiating actors)."""
    last: list[str] = field(default_factory=list)
    """Nodes on the last rank (supporting actors)."""
    same_ranks: list[list[str]] = field(default_factory=list)
    nodesep: float = 28.0
    ranksep: float = 60.0


def available() -> bool:
    """True when the Graphviz programs can be run."""
    return _program("dot") is not None


def _program(name: str) -> str | None:
    override = os.environ.get("UCDESIGNER_GRAPHVIZ_DIR")
    if override:
        path = shutil.which(name, path=override)
        return path
    return shutil.which(name)


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def _inches(value: float) -> str:
    return f"{max(value, 1.0) / POINTS_PER_INCH:.4f}"


def to_dot(graph: Graph, positioned: bool = False) -> str:
    """The graph in the DOT language; ``positioned`` pins every node at its x/y (for
    routing only)."""
    names = {node.id: f"n{i}" for i, node in enumerate(graph.nodes)}
    lines = [
        "digraph G {",
        f"graph [rankdir={graph.rankdir}, splines=polyline, "
        f"nodesep={graph.nodesep / POINTS_PER_INCH:.3f}, "
        f"ranksep={graph.ranksep / POINTS_PER_INCH:.3f}, "
        "newrank=true, compound=true, outputorder=edgesfirst];",
        'node [fixedsize=true, label="", margin=0];',
        "edge [arrowhead=none];",
    ]
    if positioned:
        lines.append("graph [overlap=true, splines=polyline, sep=0, esep=0];")
    for node in graph.nodes:
        attrs = f"width={_inches(node.width)}, height={_inches(node.height)}, shape={node.shape}"
        if positioned and node.x is not None and node.y is not None:
            attrs += f', pos="{node.x:.2f},{-node.y:.2f}!", pin=true'
        lines.append(f"{names[node.id]} [{attrs}];")

    flat = _flat(graph.clusters)
    cluster_names = {id(c): f"cluster_{i}" for i, c in enumerate(flat)}

    def cluster_text(cluster: Cluster, depth: int) -> None:
        indent = "  " * depth
        width, height = cluster.title
        # The title is a blank label of about the measured size: Graphviz keeps room.
        text = "M" * max(1, round(width / (height * 0.7)))
        lines.append(f"{indent}subgraph {cluster_names[id(cluster)]} {{")
        lines.append(
            f'{indent}  label="{text}"; labelloc=t; labeljust=l; margin=20; '
            f'fontsize={height * 0.7:.1f}; fontcolor="#00000000";'
        )
        for child in cluster.children:
            cluster_text(child, depth + 1)
        for member in cluster.members:
            lines.append(f"{indent}  {names[member]};")
        lines.append(f"{indent}}}")

    if not positioned:
        for cluster in graph.clusters:
            cluster_text(cluster, 1)
        for rank, group in (("source", graph.first), ("sink", graph.last)):
            if group:
                lines.append(f"{{rank={rank}; {' '.join(names[n] for n in group)}}}")
        for group in graph.same_ranks:
            lines.append(f"{{rank=same; {' '.join(names[n] for n in group)}}}")
    for index, link in enumerate(graph.links):
        attrs = [f'id="e{index}"']
        if link.label is not None and not positioned:
            # A blank label of a fixed size: dot keeps the room free and reports where.
            rows = max(1, round(link.label[1] / LABEL_LINE))
            text = "\\n".join(["M" * max(1, round(link.label[0] / LABEL_CHAR))] * rows)
            attrs.append(f'label="{text}", fontsize=10, fontcolor="#00000000"')
        if link.minlen != 1:
            attrs.append(f"minlen={link.minlen}")
        if link.weight != 1:
            attrs.append(f"weight={link.weight}")
        if not link.constraint:
            attrs.append("constraint=false")
        if link.invisible:
            if positioned:
                continue
            attrs.append("style=invis, weight=0")
        lines.append(f"{names[link.tail]} -> {names[link.head]} [{', '.join(attrs)}];")
    lines.append("}")
    return "\n".join(lines)


def run(graph: Graph, program: str = "dot", positioned: bool = False) -> None:
    """Lay ``graph`` out (or, when ``positioned``, route its links between the nodes where
    they are) and write the results into it."""
    path = _program(program)
    if path is None:
        raise EngineMissing(INSTALL_HINT)
    args = [path, "-Tjson"]
    if positioned:
        args.insert(1, "-n2")
    try:
        done = subprocess.run(
            args,
            input=to_dot(graph, positioned).encode("utf-8"),
            capture_output=True,
            timeout=TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise EngineFailed(f"Graphviz {program} did not finish: {error}") from error
    if done.returncode != 0 or not done.stdout:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise EngineFailed(f"Graphviz {program} failed: {message[-1] if message else ''}")
    try:
        data = json.loads(done.stdout)
    except ValueError as error:
        raise EngineFailed(f"Graphviz {program} wrote no JSON: {error}") from error
    given = {node.id: (node.x, node.y) for node in graph.nodes}
    _read(graph, data, positioned)
    if positioned:
        _back_in_place(graph, given)


def run_all(graphs: list[Graph]) -> None:
    """``run`` for several graphs at once, one Graphviz process each (the tries of a
    layout are independent; the processes use the machine's cores)."""
    if len(graphs) < 2:
        for graph in graphs:
            run(graph)
        return
    with ThreadPoolExecutor(max_workers=min(4, len(graphs))) as pool:
        for future in [pool.submit(run, graph) for graph in graphs]:
            future.result()


def _back_in_place(graph: Graph, given: dict[str, tuple[float | None, float | None]]) -> None:
    """A routing run may move the whole picture (Graphviz translates it to its own
    origin): the routes are moved back by the same amount and the nodes stay put."""
    shifts = [
        (gx - node.x, gy - node.y)
        for node in graph.nodes
        for gx, gy in [given[node.id]]
        if gx is not None and gy is not None and node.x is not None and node.y is not None
    ]
    if not shifts:
        return
    dx = sum(x for x, _ in shifts) / len(shifts)
    dy = sum(y for _, y in shifts) / len(shifts)
    for node in graph.nodes:
        node.x, node.y = given[node.id]
    for link in graph.links:
        link.points = [(x + dx, y + dy) for x, y in link.points]


def _pair(text: str) -> tuple[float, float]:
    x, y = text.split(",")[:2]
    return float(x), float(y)


def _read(graph: Graph, data: dict, positioned: bool) -> None:
    height = float(data["bb"].split(",")[3]) if not positioned else 0.0

    def flip(point: tuple[float, float]) -> tuple[float, float]:
        x, y = point
        return (x, height - y) if not positioned else (x, -y)

    by_name = {f"n{i}": node for i, node in enumerate(graph.nodes)}
    objects = data.get("objects", [])
    clusters = {f"cluster_{i}": c for i, c in enumerate(_flat(graph.clusters))}
    for found in objects:
        cluster = clusters.get(str(found.get("name", "")))
        if cluster is not None and "bb" in found:
            x0, y0, x1, y1 = (float(v) for v in found["bb"].split(","))
            (left, bottom), (right, top) = flip((x0, y0)), flip((x1, y1))
            cluster.box = (left, top, right, bottom)
    for found in objects:
        node = by_name.get(str(found.get("name")))
        if node is not None and "pos" in found:
            node.x, node.y = flip(_pair(found["pos"]))
    for found in data.get("edges", []):
        index = int(str(found.get("id", "e-1"))[1:])
        if not 0 <= index < len(graph.links):
            continue
        link = graph.links[index]
        link.points = _polyline(str(found.get("pos", "")), flip)
        if "lp" in found:
            link.label_at = flip(_pair(found["lp"]))


def _flat(clusters: list[Cluster]) -> list[Cluster]:
    """Clusters in the order they are written (depth first), as Graphviz lists them."""
    found = []
    for cluster in clusters:
        found.append(cluster)
        found.extend(_flat(cluster.children))
    return found


def _polyline(pos: str, flip) -> list[tuple[float, float]]:
    """The vertices of a ``splines=polyline`` route (every third B-spline point)."""
    points = []
    for token in pos.split():
        if token.startswith(("e,", "s,")):
            continue
        points.append(flip(_pair(token)))
    return points[::3] if len(points) >= 4 else points
