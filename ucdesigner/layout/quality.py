"""How good a laid-out diagram looks, measured on its geometry alone.

The figures of a layout quality report: shapes overlapping (a boundary or package that
holds a shape is not an overlap), lines passing through shapes that are not their ends,
line crossings, labels colliding with shapes, other labels or arrowheads, labels lying
over lines, lines running along a boundary's or package's frame, texts drawn outside
their shape, and the picture's aspect ratio.

Everything here is plain geometry on boxes, ellipses and polylines, so the same report
is made from what the canvas draws (``ucdesigner.io.render.drawn_geometry``), from a
diagram's model geometry alone (``model_geometry``), or from another engine's output.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from ..model import Diagram
from . import geometry
from .geometry import (
    box_to_polyline,
    frame_run,
    segment_meets_box,
    segment_meets_oval,
)

XY = tuple[float, float]

TOLERANCE = 1.5
"""How far (scene units) two things may touch before it counts: outlines drawn side by
side share a pen width, and text metrics round."""
OVAL_SIDES = 48
"""Sides of the polygon that stands for an ellipse (error under 0.3 % of its size)."""
CONTAINER_KINDS = frozenset({"subject", "package"})
DETACHED = 40.0
"""How far (scene units, from the label's box to the nearest point of its line) a label
may stand from its own line before it reads as belonging to another: a condition note
stands about 25 off the line by design, a keyword beside it."""
FRAME_NEAR = 8.0
"""How near (scene units) a line must pass a boundary's or package's frame to read as
part of it (at a slide's size, 8 units are a couple of pixels)."""
FRAME_RUN = 40.0
FRAME_STEEPEST = 15.0
"""How long a line may stay that near one side of a frame, and at how many degrees to
the side a stretch of it counts at all (a line crossing the frame steeper than that
crosses it; one crossing it flatter, or lying on it, runs along it)."""


@dataclass(frozen=True)
class Box:
    """An axis-aligned rectangle: left, top, right, bottom."""

    left: float
    top: float
    right: float
    bottom: float

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def centre(self) -> XY:
        return (self.left + self.right) / 2, (self.top + self.bottom) / 2

    def corners(self) -> tuple[XY, XY, XY, XY]:
        return (
            (self.left, self.top),
            (self.right, self.top),
            (self.right, self.bottom),
            (self.left, self.bottom),
        )

    def shrunk(self, by: float) -> Box:
        """The box with every side moved inward by ``by`` (never inside out)."""
        bx = min(by, self.width / 2)
        by_ = min(by, self.height / 2)
        return Box(self.left + bx, self.top + by_, self.right - bx, self.bottom - by_)

    def meets(self, other: Box, depth: float = 0.0) -> bool:
        """True when the boxes overlap by more than ``depth`` in both directions."""
        return (
            min(self.right, other.right) - max(self.left, other.left) > depth
            and min(self.bottom, other.bottom) - max(self.top, other.top) > depth
        )

    def holds(self, other: Box, slack: float = TOLERANCE) -> bool:
        """True when ``other`` lies inside this box (up to ``slack``)."""
        return (
            other.left >= self.left - slack
            and other.top >= self.top - slack
            and other.right <= self.right + slack
            and other.bottom <= self.bottom + slack
        )


def bounds(points: Iterable[XY]) -> Box:
    """The smallest box around ``points`` (which must not be empty)."""
    xs, ys = zip(*points, strict=True)
    return Box(min(xs), min(ys), max(xs), max(ys))


@dataclass(frozen=True)
class Outline:
    """A shape's outline: its box, drawn as a rectangle or as the ellipse inside it."""

    box: Box
    oval: bool = False

    def polygon(self, inset: float = 0.0) -> list[XY]:
        """The outline as a convex polygon, moved inward by ``inset``."""
        box = self.box.shrunk(inset)
        if not self.oval:
            return list(box.corners())
        cx, cy = box.centre
        a, b = box.width / 2, box.height / 2
        steps = [2 * math.pi * i / OVAL_SIDES for i in range(OVAL_SIDES)]
        return [(cx + a * math.cos(t), cy + b * math.sin(t)) for t in steps]

    def contains(self, point: XY, slack: float = TOLERANCE) -> bool:
        """True when ``point`` lies inside the outline (or within ``slack`` of it)."""
        box = self.box
        x, y = point
        if not self.oval:
            return box.holds(Box(x, y, x, y), slack)
        a, b = box.width / 2 + slack, box.height / 2 + slack
        cx, cy = box.centre
        return ((x - cx) / a) ** 2 + ((y - cy) / b) ** 2 <= 1.0


@dataclass(frozen=True)
class ShapeGeometry:
    """One shape as drawn: its outline, the texts drawn inside it (which must stay
    inside), and the parts drawn outside its outline that still belong to it (an
    actor's name under the stick figure)."""

    id: str
    kind: str
    outline: Outline
    name: str = ""
    texts: tuple[Box, ...] = ()
    extras: tuple[Box, ...] = ()
    title: Box | None = None
    """A boundary's or package's title: the one part of a container labels must avoid."""

    @property
    def container(self) -> bool:
        return self.kind in CONTAINER_KINDS

    def footprint(self) -> Box:
        """The box around the outline and the extras."""
        return bounds(
            itertools.chain.from_iterable(b.corners() for b in (self.outline.box, *self.extras))
        )


@dataclass(frozen=True)
class EdgeGeometry:
    """One line as drawn: the polyline (clipped at its two shapes), its labels (keyword
    or name, condition note, role names and multiplicities) and its arrowheads."""

    id: str
    source: str
    target: str
    points: tuple[XY, ...]
    labels: tuple[Box, ...] = ()
    label_names: tuple[str, ...] = ()
    """What each label is, for messages ("the keyword «include»"); may be empty."""
    arrowheads: tuple[tuple[XY, ...], ...] = ()
    haloed: int = 0
    """How many of the first labels (the keyword or name) the canvas draws over an
    opaque halo: such a label may lie on its own line, the usual UML look, but not on
    another line."""


@dataclass(frozen=True)
class DiagramGeometry:
    """Everything drawn on one diagram, as plain geometry."""

    name: str
    shapes: tuple[ShapeGeometry, ...]
    edges: tuple[EdgeGeometry, ...]


@dataclass(frozen=True)
class Finding:
    """One problem: its kind, the ids involved and a sentence naming them."""

    kind: str
    ids: tuple[str, ...]
    text: str


PROBLEM_KINDS = (
    "overlap",
    "line_through",
    "label_collision",
    "text_outside",
    "detached_label",
    "label_on_line",
    "line_on_frame",
)
"""Findings that make a diagram fail the check (crossings are counted, not failed)."""


@dataclass(frozen=True)
class QualityReport:
    """The layout figures of one diagram."""

    diagram: str
    shapes: int
    edges: int
    overlaps: int
    lines_through: int
    crossings: int
    label_collisions: int
    texts_outside: int
    width: float
    height: float
    findings: tuple[Finding, ...] = field(default=(), repr=False)
    detached_labels: int = 0
    """Labels farther than ``DETACHED`` from their own line."""
    labels_on_lines: int = 0
    """Labels (keywords, names, notes, role names, multiplicities) a line passes under,
    their own line or another (the label's halo hides the line there)."""
    lines_on_frames: int = 0
    """Lines running along a boundary's or package's frame (see ``FRAME_RUN``)."""

    @property
    def aspect(self) -> float:
        """Width over height of the picture (0 for an empty diagram)."""
        return self.width / self.height if self.height > 0 else 0.0

    @property
    def clean(self) -> bool:
        """No overlaps, lines through shapes, label collisions, texts outside, labels
        detached from their line or lying over a line, or lines along a frame."""
        return not (
            self.overlaps
            or self.lines_through
            or self.label_collisions
            or self.texts_outside
            or self.detached_labels
            or self.labels_on_lines
            or self.lines_on_frames
        )

    def as_dict(self) -> dict[str, object]:
        """The report as JSON-ready data."""
        return {
            "diagram": self.diagram,
            "shapes": self.shapes,
            "edges": self.edges,
            "overlaps": self.overlaps,
            "lines_through": self.lines_through,
            "crossings": self.crossings,
            "label_collisions": self.label_collisions,
            "texts_outside": self.texts_outside,
            "detached_labels": self.detached_labels,
            "labels_on_lines": self.labels_on_lines,
            "lines_on_frames": self.lines_on_frames,
            "width": round(self.width, 1),
            "height": round(self.height, 1),
            "aspect": round(self.aspect, 3),
            "clean": self.clean,
            "findings": [
                {"kind": f.kind, "ids": list(f.ids), "text": f.text}
                for f in self.findings
                if f.kind in PROBLEM_KINDS
            ],
        }


# ---------------------------------------------------------------------- measuring


def measure(geometry: DiagramGeometry) -> QualityReport:
    """The quality report of one diagram's geometry."""
    shapes = geometry.shapes
    names = {s.id: s.name or s.id for s in shapes}
    findings = [
        *_overlaps(shapes, names),
        *_lines_through(shapes, geometry.edges, names),
        *_label_collisions(shapes, geometry.edges, names),
        *_texts_outside(shapes, names),
        *_detached_labels(geometry.edges, names),
        *_labels_on_lines(geometry.edges, names),
        *_lines_on_frames(shapes, geometry.edges, names),
    ]
    crossings = count_crossings([e.points for e in geometry.edges])
    area = _picture_box(geometry)
    counted = {kind: sum(1 for f in findings if f.kind == kind) for kind in PROBLEM_KINDS}
    return QualityReport(
        diagram=geometry.name,
        shapes=len(shapes),
        edges=len(geometry.edges),
        overlaps=counted["overlap"],
        lines_through=counted["line_through"],
        crossings=crossings,
        label_collisions=counted["label_collision"],
        texts_outside=counted["text_outside"],
        detached_labels=counted["detached_label"],
        labels_on_lines=counted["label_on_line"],
        lines_on_frames=counted["line_on_frame"],
        width=area.width if area else 0.0,
        height=area.height if area else 0.0,
        findings=tuple(findings),
    )


def _picture_box(geometry: DiagramGeometry) -> Box | None:
    corners: list[XY] = []
    for shape in geometry.shapes:
        corners += shape.footprint().corners()
    for edge in geometry.edges:
        corners += edge.points
        for label in edge.labels:
            corners += label.corners()
    return bounds(corners) if corners else None


def _overlaps(shapes: Sequence[ShapeGeometry], names: Mapping[str, str]) -> list[Finding]:
    found = []
    for a, b in itertools.combinations(shapes, 2):
        if not a.footprint().meets(b.footprint(), TOLERANCE):
            continue
        if a.container and a.outline.box.holds(b.footprint()):
            continue
        if b.container and b.outline.box.holds(a.footprint()):
            continue
        if _parts_meet(a, b):
            found.append(
                Finding("overlap", (a.id, b.id), f"{names[a.id]!r} overlaps {names[b.id]!r}")
            )
    return found


def _parts_meet(a: ShapeGeometry, b: ShapeGeometry) -> bool:
    parts_a = [a.outline.polygon(), *(list(x.corners()) for x in a.extras)]
    parts_b = [b.outline.polygon(), *(list(x.corners()) for x in b.extras)]
    return any(polygons_meet(p, q, TOLERANCE) for p in parts_a for q in parts_b)


def _lines_through(
    shapes: Sequence[ShapeGeometry], edges: Sequence[EdgeGeometry], names: Mapping[str, str]
) -> list[Finding]:
    obstacles = [s for s in shapes if not s.container]
    parts = {
        s.id: [
            (_corners(s.outline.box.shrunk(TOLERANCE)), s.outline.oval),
            *((_corners(x.shrunk(TOLERANCE)), False) for x in s.extras),
        ]
        for s in obstacles
    }
    found = []
    for edge in edges:
        if len(edge.points) < 2:
            continue
        reach = bounds(edge.points)
        segments = _segments(edge.points)
        for shape in obstacles:
            if shape.id in (edge.source, edge.target) or not reach.meets(
                shape.footprint(), -TOLERANCE
            ):
                continue
            if any(
                (segment_meets_oval if oval else segment_meets_box)(a, b, box)
                for box, oval in parts[shape.id]
                for a, b in segments
            ):
                found.append(
                    Finding(
                        "line_through",
                        (edge.id, shape.id),
                        f"the line {_ends(edge, names)} passes through {names[shape.id]!r}",
                    )
                )
    return found


def _corners(box: Box) -> tuple[float, float, float, float]:
    return (box.left, box.top, box.right, box.bottom)


def _ends(edge: EdgeGeometry, names: Mapping[str, str]) -> str:
    return f"{names.get(edge.source, edge.source)!r} - {names.get(edge.target, edge.target)!r}"


def _label_collisions(
    shapes: Sequence[ShapeGeometry], edges: Sequence[EdgeGeometry], names: Mapping[str, str]
) -> list[Finding]:
    labels = [
        (edge, box, edge.label_names[i] if i < len(edge.label_names) else "a label")
        for edge in edges
        for i, box in enumerate(edge.labels)
    ]
    found = []

    def where(edge: EdgeGeometry) -> str:
        return _ends(edge, names)

    for edge, box, what in labels:
        inner = box.shrunk(TOLERANCE)
        for shape in shapes:
            if shape.container:
                parts = [list(shape.title.corners())] if shape.title else []
            else:
                parts = [shape.outline.polygon(), *(list(x.corners()) for x in shape.extras)]
            if not inner.meets(shape.footprint()):
                continue
            if any(polygons_meet(list(inner.corners()), part) for part in parts):
                found.append(
                    Finding(
                        "label_collision",
                        (edge.id, shape.id),
                        f"{what} of the line {where(edge)} covers {names[shape.id]!r}",
                    )
                )
        for other, head in ((o, h) for o in edges for h in o.arrowheads):
            if polygons_meet(list(inner.corners()), list(head)):
                found.append(
                    Finding(
                        "label_collision",
                        (edge.id, other.id),
                        f"{what} of the line {where(edge)} covers an arrowhead of {where(other)}",
                    )
                )
    for (edge_a, a, what_a), (edge_b, b, what_b) in itertools.combinations(labels, 2):
        if a.meets(b, TOLERANCE):
            found.append(
                Finding(
                    "label_collision",
                    (edge_a.id, edge_b.id),
                    f"{what_a} of the line {where(edge_a)} and {what_b} of the line "
                    f"{where(edge_b)} lie on each other",
                )
            )
    return found


def _texts_outside(shapes: Sequence[ShapeGeometry], names: Mapping[str, str]) -> list[Finding]:
    found = []
    for shape in shapes:
        for text in shape.texts:
            if not all(shape.outline.contains(corner) for corner in text.corners()):
                found.append(
                    Finding(
                        "text_outside", (shape.id,), f"text of {names[shape.id]!r} leaves its shape"
                    )
                )
                break
    return found


def _detached_labels(edges: Sequence[EdgeGeometry], names: Mapping[str, str]) -> list[Finding]:
    found = []
    for edge in edges:
        if len(edge.points) < 2:
            continue
        for i, box in enumerate(edge.labels):
            gap = box_to_polyline(_corners(box), list(edge.points))
            if gap > DETACHED:
                what = edge.label_names[i] if i < len(edge.label_names) else "a label"
                found.append(
                    Finding(
                        "detached_label",
                        (edge.id,),
                        f"{what} of the line {_ends(edge, names)} is {gap:.0f} away from it",
                    )
                )
    return found


def _labels_on_lines(edges: Sequence[EdgeGeometry], names: Mapping[str, str]) -> list[Finding]:
    lines = [(e, bounds(e.points), _segments(e.points)) for e in edges if len(e.points) >= 2]
    found = []
    for edge in edges:
        for i, box in enumerate(edge.labels):
            inner = box.shrunk(TOLERANCE)
            for other, reach, segments in lines:
                if other is edge and i < edge.haloed:
                    continue
                if not inner.meets(reach, -TOLERANCE) or not any(
                    segment_meets_box(a, b, _corners(inner)) for a, b in segments
                ):
                    continue
                what = edge.label_names[i] if i < len(edge.label_names) else "a label"
                whose = "its own line" if other is edge else f"the line {_ends(other, names)}"
                found.append(
                    Finding(
                        "label_on_line",
                        (edge.id, other.id),
                        f"{what} of the line {_ends(edge, names)} lies over {whose}",
                    )
                )
    return found


def _lines_on_frames(
    shapes: Sequence[ShapeGeometry], edges: Sequence[EdgeGeometry], names: Mapping[str, str]
) -> list[Finding]:
    frames = [s for s in shapes if s.container]
    found = []
    for edge in edges:
        if len(edge.points) < 2 or not frames:
            continue
        reach = bounds(edge.points)
        for frame in frames:
            box = frame.outline.box
            if not reach.meets(
                Box(
                    box.left - FRAME_NEAR,
                    box.top - FRAME_NEAR,
                    box.right + FRAME_NEAR,
                    box.bottom + FRAME_NEAR,
                ),
                -TOLERANCE,
            ):
                continue
            run = frame_run(edge.points, _corners(box), FRAME_NEAR, FRAME_STEEPEST)
            if run > FRAME_RUN:
                found.append(
                    Finding(
                        "line_on_frame",
                        (edge.id, frame.id),
                        f"the line {_ends(edge, names)} runs along the frame of "
                        f"{names[frame.id]!r} for {run:.0f}",
                    )
                )
    return found


# ---------------------------------------------------------------------- geometry helpers


def _segments(points: Sequence[XY]) -> list[tuple[XY, XY]]:
    return [(a, b) for a, b in itertools.pairwise(points) if a != b]


def count_crossings(polylines: Sequence[Sequence[XY]]) -> int:
    """How many times the polylines cross each other (each crossing point once; lines
    that only touch within ``TOLERANCE`` of an end do not cross)."""
    return geometry.count_crossings(polylines, TOLERANCE)


def polygons_meet(a: Sequence[XY], b: Sequence[XY], depth: float = 0.0) -> bool:
    """True when two convex polygons overlap by more than ``depth`` (separating axes)."""
    for polygon in (a, b):
        n = len(polygon)
        for i in range(n):
            p, q = polygon[i], polygon[(i + 1) % n]
            length = math.hypot(q[0] - p[0], q[1] - p[1])
            if length == 0:
                continue
            nx, ny = -(q[1] - p[1]) / length, (q[0] - p[0]) / length
            proj_a = [nx * x + ny * y for x, y in a]
            proj_b = [nx * x + ny * y for x, y in b]
            if min(max(proj_a), max(proj_b)) - max(min(proj_a), min(proj_b)) <= depth:
                return False
    return True


# ---------------------------------------------------------------------- from the model


def model_geometry(
    diagram: Diagram,
    kinds: Mapping[str, str],
    ends: Mapping[str, tuple[str, str]],
    names: Mapping[str, str] | None = None,
) -> DiagramGeometry:
    """A diagram's geometry from the model alone: shape rectangles (ellipses for use
    cases), lines as straight segments from centre to centre through their bend points,
    clipped at the two outlines; no texts or labels (they need a font engine).

    ``kinds`` maps element id -> kind, ``ends`` relationship id -> (source, target)."""
    names = names or {}
    shapes = tuple(
        ShapeGeometry(
            s.element,
            kinds.get(s.element, "?"),
            Outline(Box(s.x, s.y, s.right, s.bottom), oval=kinds.get(s.element) == "usecase"),
            names.get(s.element, ""),
        )
        for s in diagram.shapes
    )
    by_id = {s.id: s for s in shapes}
    edges = []
    for edge in diagram.edges:
        source, target = ends.get(edge.element, ("", ""))
        if source not in by_id or target not in by_id:
            continue
        bends = [(p.x, p.y) for p in edge.waypoints]
        edges.append(
            EdgeGeometry(
                edge.element,
                source,
                target,
                tuple(clip_between(by_id[source].outline, by_id[target].outline, bends)),
            )
        )
    return DiagramGeometry(diagram.name, shapes, tuple(edges))


def clip_between(source: Outline, target: Outline, bends: Sequence[XY]) -> list[XY]:
    """The line from ``source`` through ``bends`` to ``target``, clipped at both outlines."""
    first = bends[0] if bends else target.box.centre
    last = bends[-1] if bends else source.box.centre
    return [exit_point(source, first), *bends, exit_point(target, last)]


def exit_point(outline: Outline, toward: XY) -> XY:
    """Where the ray from the outline's centre toward ``toward`` leaves the outline."""
    cx, cy = outline.box.centre
    dx, dy = toward[0] - cx, toward[1] - cy
    a, b = outline.box.width / 2, outline.box.height / 2
    if (dx == 0 and dy == 0) or a <= 0 or b <= 0:
        return cx, cy
    if outline.oval:
        t = 1 / math.sqrt((dx / a) ** 2 + (dy / b) ** 2)
    else:
        t = min(a / abs(dx) if dx else math.inf, b / abs(dy) if dy else math.inf)
    t = min(t, 1.0)
    return cx + dx * t, cy + dy * t
