"""Graphviz ``dot`` as a yardstick: the same graph and node sizes as a diagram, laid out
by ``dot``, as plain geometry for the layout quality report.

System boundaries and packages become clusters holding their members (as the model
says), every other shape a fixed-size node (an ellipse for a use case, a box for the
rest), every line an edge from its source to its target. ``dot``'s splines are sampled
into polylines. Nothing here is used to lay out a diagram; it only measures.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections import defaultdict
from collections.abc import Mapping, Sequence

from ..layout.quality import Box, DiagramGeometry, EdgeGeometry, Outline, ShapeGeometry
from ..model import Diagram, Document
from ..model.elements import UseCase

POINTS_PER_INCH = 72.0
CONTAINERS = ("subject", "package")
TIMEOUT = 120


class DotUnavailable(Exception):
    """``dot`` is not installed or failed on the graph."""


def dot_available() -> bool:
    """True when Graphviz's ``dot`` program is on the path."""
    return shutil.which("dot") is not None


def dot_source(document: Document, diagram: Diagram, direction: str = "lr") -> str:
    """The diagram as a DOT graph: the same nodes, sizes, clusters and edges. Nodes are
    named ``n0``, ``n1``... in the diagram's order of shapes, not by element id: ``dot``'s
    answer depends on the names, and ids made up afresh by an import would make the
    yardstick change from run to run."""
    on = {s.element: s for s in diagram.shapes}
    name = _dot_names(diagram)
    kinds = {e: document.get(e).kind for e in on}
    parent = _clusters(document, on, kinds)
    children: dict[str | None, list[str]] = defaultdict(list)
    for element in on:
        children[parent.get(element)].append(element)
    lines = [
        "digraph G {",
        f"  rankdir={'LR' if direction == 'lr' else 'TB'};",
        "  compound=true; nodesep=0.4; ranksep=0.6;",
        '  node [label="", fixedsize=true];',
    ]

    def emit(owner: str | None, indent: str) -> None:
        for element in children[owner]:
            if kinds[element] in CONTAINERS:
                lines.append(f"{indent}subgraph {_quote('cluster_' + name[element])} {{")
                lines.append(f"{indent}  margin=20;")
                emit(element, indent + "  ")
                lines.append(f"{indent}}}")
            else:
                shape = on[element]
                form = "ellipse" if kinds[element] == "usecase" else "box"
                lines.append(
                    f"{indent}{_quote(name[element])} [shape={form}, "
                    f"width={shape.width / POINTS_PER_INCH:.4f}, "
                    f"height={shape.height / POINTS_PER_INCH:.4f}];"
                )

    emit(None, "  ")
    for edge in diagram.edges:
        rel = document.get(edge.element)
        if kinds.get(rel.source) in CONTAINERS or kinds.get(rel.target) in CONTAINERS:
            continue
        lines.append(
            f"  {_quote(name.get(rel.source, rel.source))} -> "
            f"{_quote(name.get(rel.target, rel.target))} [id={_quote(rel.id)}];"
        )
    lines.append("}")
    return "\n".join(lines) + "\n"


def _dot_names(diagram: Diagram) -> dict[str, str]:
    """Element id -> its node's name in the DOT graph (``n`` and its shape's place)."""
    return {shape.element: f"n{index}" for index, shape in enumerate(diagram.shapes)}


def _clusters(
    document: Document, on: Mapping[str, object], kinds: Mapping[str, str]
) -> dict[str, str]:
    """Element id -> the boundary or package (on the diagram) that holds it."""
    parent: dict[str, str] = {}
    for element in on:
        model = document.get(element)
        if isinstance(model, UseCase):
            home = next((s for s in model.subjects if s in on), None)
            if home is not None:
                parent[element] = home
                continue
        package = getattr(model, "package", None)
        if package in on and kinds.get(package) == "package" and package != element:
            parent[element] = package
    # A cycle (a package inside its own member) cannot be drawn: cut it.
    for element in list(parent):
        seen = {element}
        step = parent.get(element)
        while step is not None:
            if step in seen:
                parent.pop(element, None)
                break
            seen.add(step)
            step = parent.get(step)
    return parent


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def run_dot(source: str) -> dict:
    """``dot -Tjson`` on ``source``: the laid-out graph as JSON data."""
    if not dot_available():
        raise DotUnavailable("Graphviz is not installed (Debian/Ubuntu: apt install graphviz)")
    try:
        done = subprocess.run(
            ["dot", "-Tjson"], input=source, capture_output=True, text=True, timeout=TIMEOUT
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise DotUnavailable(f"dot failed: {error}") from None
    if done.returncode != 0:
        raise DotUnavailable(f"dot failed: {done.stderr.strip()[:200]}")
    return json.loads(done.stdout)


def dot_geometry(document: Document, diagram: Diagram, direction: str = "lr") -> DiagramGeometry:
    """The diagram's graph as ``dot`` lays it out, as plain geometry."""
    data = run_dot(dot_source(document, diagram, direction))
    elements = {e: document.get(e) for e in _on(diagram)}
    named = {dot: element for element, dot in _dot_names(diagram).items()}
    return geometry_from_json(data, elements, diagram.name, named)


def _on(diagram: Diagram) -> list[str]:
    return [s.element for s in diagram.shapes]


def geometry_from_json(
    data: dict,
    elements: Mapping[str, object],
    name: str,
    named: Mapping[str, str] | None = None,
) -> DiagramGeometry:
    """Shapes and polylines from ``dot -Tjson`` output (y turned to point down);
    ``named``: node name -> element id, where the graph's names are not the ids."""
    top = float(data["bb"].split(",")[3])
    shapes: list[ShapeGeometry] = []

    def element_of(dot_name: str) -> str:
        return named.get(dot_name, dot_name) if named is not None else dot_name

    for obj in data.get("objects", []):
        ident = obj.get("name", "")
        if ident.startswith("cluster_") and "bb" in obj:
            element = element_of(ident.removeprefix("cluster_"))
            left, bottom, right, upper = (float(v) for v in obj["bb"].split(","))
            box = Box(left, top - upper, right, top - bottom)
            shapes.append(_shape(element, elements, Outline(box)))
        elif "pos" in obj and element_of(ident) in elements:
            ident = element_of(ident)
            x, y = (float(v) for v in obj["pos"].split(","))
            w = float(obj["width"]) * POINTS_PER_INCH / 2
            h = float(obj["height"]) * POINTS_PER_INCH / 2
            box = Box(x - w, top - y - h, x + w, top - y + h)
            kind = getattr(elements[ident], "kind", "")
            shapes.append(_shape(ident, elements, Outline(box, oval=kind == "usecase")))
    names = {o.get("_gvid"): element_of(o.get("name", "")) for o in data.get("objects", [])}
    edges = []
    for edge in data.get("edges", []):
        points = spline_points(edge.get("pos", ""), top)
        if len(points) >= 2:
            edges.append(
                EdgeGeometry(edge.get("id", ""), names[edge["tail"]], names[edge["head"]], points)
            )
    return DiagramGeometry(name, tuple(shapes), tuple(edges))


def _shape(element: str, elements: Mapping[str, object], outline: Outline) -> ShapeGeometry:
    model = elements.get(element)
    return ShapeGeometry(
        element, getattr(model, "kind", "?"), outline, getattr(model, "name", "") or element
    )


def spline_points(pos: str, top: float, samples: int = 8) -> tuple[tuple[float, float], ...]:
    """A ``dot`` edge position ("s,x,y e,x,y p0 p1 p2 p3 ...": cubic B-spline control
    points, with optional start and end arrow points) as a sampled polyline."""
    start = end = None
    controls: list[tuple[float, float]] = []
    for token in pos.split():
        parts = token.split(",")
        if parts[0] in ("s", "e"):
            point = (float(parts[1]), top - float(parts[2]))
            if parts[0] == "s":
                start = point
            else:
                end = point
        else:
            controls.append((float(parts[0]), top - float(parts[1])))
    points: list[tuple[float, float]] = [start] if start else []
    if controls:
        points.append(controls[0])
    for i in range(0, len(controls) - 3, 3):
        p0, p1, p2, p3 = controls[i : i + 4]
        points += [_bezier(p0, p1, p2, p3, k / samples) for k in range(1, samples + 1)]
    if end:
        points.append(end)
    return tuple(points)


def _bezier(
    p0: Sequence[float], p1: Sequence[float], p2: Sequence[float], p3: Sequence[float], t: float
) -> tuple[float, float]:
    u = 1 - t
    a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
    return (
        a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0],
        a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1],
    )
