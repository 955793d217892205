"""Graphviz as the layout engine: a graph written in the DOT language, laid out by the
``dot`` program (layering, crossing minimisation, coordinate assignment, clusters, edge
label placement and routing around nodes), read back from its JSON output.

Graphviz is called as a program, not linked: the system package (``graphviz`` on Debian,
Homebrew, winget) is all it takes, and a missing one is reported, never a crash. The
program is started ahead of the graph it will lay out (two wait at any time), since
starting it costs as much as laying out a slide's diagram; each process lays out one
graph (Graphviz carries state from one graph into the next one's routes), and one that
fails or overruns is ended.
Coordinates go in and come out in scene units: sizes are given in inches of 72 units, and
Graphviz's y axis (upwards) is turned downwards here.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import queue
import shutil
import subprocess
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from ..l10n import QT_TRANSLATE_NOOP, tr

POINTS_PER_INCH = 72.0
LABEL_CHAR = 10.6
"""Width Graphviz gives an "M" of a 10 pt label (its own metrics, no font needed)."""
LABEL_LINE = 13.0
"""Height Graphviz gives a line of a 10 pt label."""
TIMEOUT = 20.0
"""Seconds after which a layout is given up (and the caller falls back to a grid)."""

INSTALL_HINT = QT_TRANSLATE_NOOP(
    "",
    "Graphviz was not found: the diagram was laid out on a simple grid. "
    "Install Graphviz for a better layout (Debian/Ubuntu: sudo apt install graphviz; "
    "macOS: brew install graphviz; Windows: winget install graphviz).",
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
    pinned_only: bool = False
    """Only written when the graph pins ``first`` and ``last`` to the outermost ranks."""
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
    sides: bool = True
    """``first`` and ``last`` pinned to the outermost ranks; else only their links' ways."""
    nodesep: float = 28.0
    ranksep: float = 60.0
    pack: str | None = None
    """Lay each connected part out on its own and pack the parts in this Graphviz
    ``packmode`` (``array_c2``: in two columns); Graphviz 2.43 crashes on packing with
    ``newrank``, so a packed graph ranks each cluster on its own."""


def available() -> bool:
    """True when the Graphviz programs can be run."""
    return _program("dot") is not None


def _program(name: str) -> str | None:
    override = os.environ.get("UCDESIGNER_GRAPHVIZ_DIR")
    search = (name, override, os.environ.get("PATH"))
    found = _FOUND.get(search)
    if found is None or not os.access(found, os.X_OK):
        found = shutil.which(name, path=override or None)
        if found is None:
            _FOUND.pop(search, None)
            return None  # (looked for again next time: it may be installed meanwhile)
        _FOUND[search] = found
    return found


_FOUND: dict[tuple[str, str | None, str | None], str] = {}
"""Where each program was found, per search path (looking costs a few milliseconds per
graph; a program removed since is looked for again)."""


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
        + (f'pack=true, packmode="{graph.pack}", ' if graph.pack else "newrank=true, ")
        + "compound=true, outputorder=edgesfirst];",
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
            if group and graph.sides:
                lines.append(f"{{rank={rank}; {' '.join(names[n] for n in group)}}}")
        for group in graph.same_ranks:
            lines.append(f"{{rank=same; {' '.join(names[n] for n in group)}}}")
    for index, link in enumerate(graph.links):
        if link.pinned_only and not graph.sides:
            continue
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
        raise EngineMissing(tr(INSTALL_HINT))
    args = (path, "-n2", "-Tjson0") if positioned else (path, "-Tjson0")
    server = _take(args)
    try:
        data = server.lay_out(to_dot(graph, positioned), program)
    except BaseException:
        server.close()
        raise
    server.let_go()
    given = {node.id: (node.x, node.y) for node in graph.nodes}
    _read(graph, data, positioned)
    if positioned:
        _back_in_place(graph, given)


def run_all(graphs: list[Graph]) -> None:
    """``run`` for several graphs at once (the tries of a layout are independent; two
    Graphviz processes use the machine's cores)."""
    if len(graphs) < 2:
        for graph in graphs:
            run(graph)
        return
    futures = [_pool().submit(run, graph) for graph in graphs[1:]]
    try:
        run(graphs[0])
    finally:
        for future in futures:
            future.result()


_POOL: list[ThreadPoolExecutor] = []
"""The threads that wait for Graphviz's answers to the graphs of ``run_all`` (kept for
the session: starting threads for every layout cost a few milliseconds each)."""


def _pool() -> ThreadPoolExecutor:
    with _LOCK:
        if not _POOL:
            _POOL.append(ThreadPoolExecutor(max_workers=STANDBY, thread_name_prefix="graphviz"))
        return _POOL[0]


END = "ucdesigner_end"
"""Name of the empty graph written after each graph: its (known) answer marks the end of
the answer before it, so a graph Graphviz answers nothing for cannot hang the reader."""
WARM_UP = (
    "digraph ucdesigner_warm { graph [rankdir=LR, splines=polyline, newrank=true, "
    'compound=true]; node [fixedsize=true, label="", shape=box, width=1, height=0.5]; '
    'subgraph cluster_w { w1 [pos="36,18"]; w2 [pos="180,18"]; } w3 [pos="324,18"]; '
    'w1 -> w2 [label="w", fontsize=10]; w2 -> w3; }'
)
"""The graph each process lays out first, while it waits for its real one: Graphviz loads
its plugins and fonts on its first graph (20 ms of a slide's 28), and every process
starts from the same state, so the same graph always gets the same routes."""
STANDBY = 4
"""Graphviz processes started ahead, each waiting for one graph: a slide's layout of 40
use cases takes three, a small diagram's up to six (its variants)."""


class _Server:
    """One Graphviz process, started ahead of the graph it will lay out (starting the
    program costs about as much as laying out a slide's diagram, so it is started while
    the layout before is still being read).

    A process lays out a single graph: Graphviz (2.43, measured) carries state from one
    graph into the routes of the next, so a process reused for a second graph drew its
    lines differently from one laying it out alone, and the same Auto Layout came out
    differently from one run to the next."""

    def __init__(self, args: tuple[str, ...]) -> None:
        self.errors = tempfile.TemporaryFile()  # noqa: SIM115 - open while the process runs
        try:
            self.process = subprocess.Popen(
                args,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=self.errors,
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
            )
        except OSError:
            self.errors.close()
            raise
        self.chunks: queue.Queue[bytes] = queue.Queue()
        try:
            assert self.process.stdin is not None
            self.process.stdin.write(f"{WARM_UP}\ndigraph {END} {{}}\n".encode())
            self.process.stdin.flush()
        except OSError:
            pass  # a process that ended: its graph's answer says so
        self.pump = threading.Thread(target=self._pump, daemon=True)
        self.pump.start()

    def _pump(self) -> None:
        """Passes Graphviz's output on in chunks, after the warm-up's answer."""
        stream = self.process.stdout
        assert stream is not None
        warming = bytearray()
        marker = f'"name": "{END}"'.encode()
        while True:
            chunk = stream.read1(1 << 16)
            if warming is not None and chunk:
                warming += chunk
                start = warming.find(marker)
                end = warming.find(b"}", start) if start >= 0 else -1
                if end < 0:
                    continue
                chunk, warming = bytes(warming[end + 1 :]), None
                if not chunk:
                    continue
            self.chunks.put(chunk)
            if not chunk:
                return

    def lay_out(self, text: str, program: str) -> dict:
        """The JSON answer to the DOT ``text``; ``EngineFailed`` when there is none."""
        stdin = self.process.stdin
        assert stdin is not None
        try:
            stdin.write(f"{text}\ndigraph {END} {{}}\n".encode())
            stdin.close()  # its only graph: the process ends once it has answered
        except OSError as error:
            raise EngineFailed(self._why(program, f"did not read the graph: {error}")) from error
        deadline = time.monotonic() + TIMEOUT
        answer = bytearray()
        marker = f'"name": "{END}"'.encode()
        while True:
            try:
                chunk = self.chunks.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                late = f"Graphviz {program} did not finish in {TIMEOUT:.0f} s"
                raise EngineFailed(late) from None
            if not chunk:
                raise EngineFailed(self._why(program, "stopped"))
            answer += chunk
            start = answer.rfind(marker)
            if start >= 0 and answer.find(b"}", start) >= 0:
                break
        body = answer[: answer.rfind(b"{", 0, start)]
        try:
            data = json.loads(body)
        except ValueError as error:
            raise EngineFailed(self._why(program, f"wrote no JSON ({error})")) from error
        if not isinstance(data, dict) or ("bb" not in data and "objects" not in data):
            raise EngineFailed(self._why(program, "gave no layout"))
        return data

    def _why(self, program: str, what: str) -> str:
        try:
            self.errors.seek(0)
            lines = self.errors.read().decode("utf-8", "replace").strip().splitlines()
        except OSError:
            lines = []
        return f"Graphviz {program} failed: {lines[-1] if lines else what}"

    def let_go(self) -> None:
        """Leaves the process, which has answered, to end by itself (its input is closed):
        nothing to wait for; it is reaped when the next process is taken."""
        self.errors.close()
        with _LOCK:
            _ENDING.append(self)

    def ended(self) -> bool:
        """Whether the process has ended and its output been read to the end (its pipe
        is then closed)."""
        if self.process.poll() is None or self.pump.is_alive():
            return False
        if self.process.stdout is not None:
            self.process.stdout.close()
        return True

    def close(self) -> None:
        """Ends the process (it ends by itself once its input is closed)."""
        try:
            if self.process.stdin is not None:
                self.process.stdin.close()
            self.process.wait(timeout=1)
        except (OSError, subprocess.TimeoutExpired):
            self.process.kill()
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=1)
        self.pump.join(timeout=1)
        if not self.pump.is_alive() and self.process.stdout is not None:
            self.process.stdout.close()
        self.errors.close()


_STANDBY: dict[tuple[str, ...], list[_Server]] = {}
_ENDING: list[_Server] = []
_GENERATION = [0]
"""Counts the stops: processes started ahead before a stop are not kept after it."""
_USED: set[tuple[str, ...]] = set()
"""The ways Graphviz has been run (program and options): those are started ahead."""
"""Processes that have answered and are ending by themselves."""
_LOCK = threading.Lock()


def _take(args: tuple[str, ...]) -> _Server:
    """A process started ahead for ``args``, or one started now."""
    server = None
    with _LOCK:
        _ENDING[:] = [ending for ending in _ENDING if not ending.ended()]
        waiting = _STANDBY.setdefault(args, [])
        while waiting and server is None:
            candidate = waiting.pop(0)
            if candidate.process.poll() is None:
                server = candidate
            else:
                candidate.close()
    try:
        if server is None:
            server = _Server(args)
    except OSError as error:
        name = os.path.basename(args[0])
        raise EngineFailed(f"Graphviz {name} did not start: {error}") from error
    _USED.add(args)
    return server


def start_ahead() -> None:
    """Starts, in the background, the processes the next layout will take (``STANDBY``
    of each kind this session has used): called when a layout is done, so that they start
    while the user looks at it rather than compete with the layout for the processor."""
    with _LOCK:
        kinds = sorted(_USED)
    for args in kinds:
        _pool().submit(_start_ahead, args)


def _start_ahead(args: tuple[str, ...]) -> None:
    with _LOCK:
        missing = STANDBY - len(_STANDBY.setdefault(args, []))
        generation = _GENERATION[0]
    for _ in range(missing):
        try:
            server = _Server(args)
        except OSError:
            return  # reported when a graph needs it
        with _LOCK:
            kept = generation == _GENERATION[0]
            if kept:
                _STANDBY.setdefault(args, []).append(server)
        if not kept:  # stopped meanwhile (the program is ending)
            server.close()
            return


@atexit.register
def stop() -> None:
    """Ends the Graphviz processes started ahead."""
    with _LOCK:
        _GENERATION[0] += 1
        servers = [server for waiting in _STANDBY.values() for server in waiting]
        _STANDBY.clear()
        ending, _ENDING[:] = list(_ENDING), []
    for server in servers:
        server.close()
    for server in ending:
        server.close()


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
