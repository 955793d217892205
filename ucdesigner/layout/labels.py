"""Placing the labels of lines: keywords («include», «extend»), names and an extend's
condition note go where they cover no shape, no other label, no arrowhead, no line end
and no line (a label's halo would hide the line under it, its own or another). A label
is stored as an offset from its default place mid-line, so it stays with its line when
shapes move."""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property

from ..model import Diagram, Edge, Point, Shape
from ..model.elements import Association, Element, Extend, Relationship, UseCase
from ..model.sizing import SMALL_CHAR_WIDTH, SMALL_LINE_HEIGHT, wrapped_lines
from .conventions import CONTAINER_KINDS, node_box
from .elements import Model
from .geometry import (
    XY,
    Box,
    along,
    box_meets_outline,
    box_to_polyline,
    boxes_meet,
    drawn_line,
    note_direction,
    segment_meets_box,
)

KEYWORDS = {"include": "include", "extend": "extend"}
NOTE_GAP = 34.0
"""As the canvas: the gap between a line and its condition note."""
NOTE_WIDTH = 220.0
NOTE_PAD = 7.0
HEAD_ROOM = 16.0
"""The box kept free around each end of a line (arrowheads, multiplicities)."""
SPACING = 4.0
ORIGIN = Point(x=0.0, y=0.0)
FRACTIONS = (0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8, 0.15, 0.85)
SIDES = (0.0, 1.0, -1.0, 1.5, -1.5, 2.0, -2.0, 2.5, -2.5)
NEAR = 24.0
"""How far a label's box may stand from its own line (the quality report counts one
farther than ``quality.DETACHED`` as detached)."""
NOTE_NEAR = 36.0
"""How far a condition note's box may stand from its line (by design about 25)."""
LEASHES = (
    (NEAR, NOTE_NEAR, True, False),
    (34.0, 38.0, True, False),
    (40.0, 40.0, True, False),
    (40.0, 40.0, True, True),
    (48.0, 48.0, True, False),
    (NEAR, NOTE_NEAR, False, False),
    (40.0, 40.0, False, False),
    (math.inf, math.inf, True, False),
    (math.inf, math.inf, False, False),
)
"""Reaches tried in turn: near, as far as still reads as attached (within
``quality.DETACHED``; then on a finer grid of places; then a little farther, as the
sizes here are estimates of what the canvas draws), anywhere free; first clear of every
line, then (where lines leave no room) clear of all but lines."""
WEIGHED_LINES = 250
ATTACHED = 40.0
"""The farthest a label or note stands from its line and still reads as attached."""
FINE_FRACTIONS = tuple(0.1 + 0.04 * i for i in range(21))
FINE_SIDES = tuple(sign * (0.5 + 0.25 * i) for i in range(11) for sign in (1.0, -1.0))


def label_text(rel: Relationship) -> str:
    """The keyword, stereotypes and name of a line, one per line (as the canvas)."""
    keyword = KEYWORDS.get(rel.kind)
    keywords = [keyword] if keyword else []
    keywords += [s for s in rel.stereotypes if s not in keywords]
    lines = ["«" + ", ".join(keywords) + "»"] if keywords else []
    if rel.name:
        lines.append(rel.name)
    return "\n".join(lines)


def note_text(rel: Relationship, target: Element | None) -> str:
    """An extend's condition note (as the canvas)."""
    if not isinstance(rel, Extend) or not rel.condition.strip():
        return ""
    lines = [f"Condition: {{{rel.condition.strip()}}}"]
    if rel.extension_points and isinstance(target, UseCase):
        names = [
            (target.extension_point(p).name or p) if target.extension_point(p) else p
            for p in rel.extension_points
        ]
        label = "extension point" if len(names) == 1 else "extension points"
        lines.append(f"{label}: {', '.join(names)}")
    return "\n".join(lines)


def text_size(text: str, wrap: float | None = None) -> tuple[float, float]:
    """Estimated size of small text (the canvas measures it with Qt)."""
    lines = text.split("\n")
    if wrap is None:
        return max(len(t) for t in lines) * SMALL_CHAR_WIDTH, len(lines) * SMALL_LINE_HEIGHT
    rows = sum(wrapped_lines(t, wrap, SMALL_CHAR_WIDTH) for t in lines)
    widest = max(len(t) * SMALL_CHAR_WIDTH for t in lines)
    return min(wrap, widest), rows * SMALL_LINE_HEIGHT


@dataclass
class Line:
    edge: Edge
    points: list[XY]
    label: tuple[float, float] | None
    note: tuple[float, float] | None
    busy_ends: tuple[bool, bool] = (True, True)
    """Whether the source and the target end carry an arrowhead or end labels."""

    @cached_property
    def across(self) -> XY:
        """``note_direction`` of the line (asked for every place tried for its note)."""
        return note_direction(self.points)


def _busy_ends(rel: Relationship, edge: Edge) -> tuple[bool, bool]:
    """Which ends of the line draw something there (as the canvas: an arrowhead at the
    target of a keyword line, dependency or generalization; on a one-way association at
    its navigable end; multiplicities and role names unless hidden)."""
    if isinstance(rel, Association):
        source, target = rel.source_end, rel.target_end
        one_way = source.navigable != target.navigable
        labelled = not edge.hide_end_labels
        return (
            (one_way and source.navigable)
            or (labelled and bool(source.multiplicity or source.role)),
            (one_way and target.navigable)
            or (labelled and bool(target.multiplicity or target.role)),
        )
    return (False, True)


def _box(centre: XY, size: tuple[float, float]) -> Box:
    return (
        centre[0] - size[0] / 2,
        centre[1] - size[1] / 2,
        centre[0] + size[0] / 2,
        centre[1] + size[1] / 2,
    )


def _lines(document: Model, diagram: Diagram) -> list[Line]:
    shapes = {s.element: s for s in diagram.shapes}
    found = []
    for edge in diagram.edges:
        rel = document.find(edge.element)
        if not isinstance(rel, Relationship):
            continue
        source, target = shapes.get(rel.source), shapes.get(rel.target)
        if source is None or target is None:
            continue
        points = drawn_line(
            source, document.get(rel.source).kind, target, document.get(rel.target).kind, edge
        )
        text = label_text(rel)
        note = note_text(rel, document.find(rel.target))
        label = None
        if text:
            w, h = text_size(text)
            label = (w + 6, h + 2)
        note_size = None
        if note:
            w, h = text_size(note, NOTE_WIDTH)
            note_size = (w + 2 * NOTE_PAD, h + 2 * NOTE_PAD - 2)
        found.append(Line(edge, points, label, note_size, _busy_ends(rel, edge)))
    return found


def _shape_boxes(document: Model, diagram: Diagram) -> list[Box]:
    boxes = []
    for shape in diagram.shapes:
        element = document.find(shape.element)
        if element is None:
            continue
        if element.kind in CONTAINER_KINDS:
            # Only the title strip of a boundary or package is in the way.
            boxes.append((shape.x, shape.y, shape.right, shape.y + 30.0))
            continue
        if element.kind != "usecase":
            boxes.append(_room(shape, element))
    return boxes


def _room(shape: Shape, element: Element) -> Box:
    width, height = node_box(element, (shape.width, shape.height))
    cx = shape.x + shape.width / 2
    return (cx - width / 2, shape.y, cx + width / 2, shape.y + height)


def _end_boxes(lines: list[Line]) -> list[Box]:
    boxes = []
    for line in lines:
        for point, busy in zip((line.points[0], line.points[-1]), line.busy_ends, strict=True):
            if busy:
                boxes.append(_box(point, (HEAD_ROOM * 2, HEAD_ROOM * 2)))
    return boxes


def _ovals(document: Model, diagram: Diagram) -> list[Box]:
    """The boxes of the use case ellipses (a label may sit in a box's empty corner)."""
    found = []
    for shape in diagram.shapes:
        element = document.find(shape.element)
        if element is not None and element.kind == "usecase":
            found.append((shape.x, shape.y, shape.right, shape.bottom))
    return found


def box_meets_oval(box: Box, oval: Box, margin: float = SPACING) -> bool:
    """True when ``box`` (grown by ``margin``) meets the ellipse inside ``oval``."""
    return box_meets_outline(box, oval, True, margin)


LINE_ROOM = 2.0
"""How far a label keeps from every line (its halo is drawn over what it covers)."""
CELL = 192.0
"""Side of the cells that index line segments by place."""


class Segments:
    """Every line's segments, indexed by place: a label may lie over none of them."""

    def __init__(self, lines: list[Line]) -> None:
        self.weigh = True
        """Whether a label with no place clear of every line looks for the place over
        fewest lines (not in a tangle of more than ``WEIGHED_LINES``: it costs too much
        there, as every other placement after it is then searched afresh)."""
        self.boxed: dict[tuple[int, int], list[tuple[XY, XY, float, float, float, float]]] = {}
        """The segments per cell, each with its box (what ``meet`` and ``count`` test first)."""
        for line in lines:
            for a, b in itertools.pairwise(line.points):
                if a == b:
                    continue
                box = (min(a[0], b[0]), min(a[1], b[1]), max(a[0], b[0]), max(a[1], b[1]))
                for key in _cells(box):
                    self.boxed.setdefault(key, []).append((a, b, *box))

    def _crossing(self, grown: Box) -> Iterator[tuple[XY, XY]]:
        """The segments that pass through ``grown`` (one in two cells may come twice)."""
        left, top, right, bottom = grown
        boxed = self.boxed
        for x in range(int(left // CELL), int(right // CELL) + 1):
            for y in range(int(top // CELL), int(bottom // CELL) + 1):
                for a, b, s_left, s_top, s_right, s_bottom in boxed.get((x, y), ()):
                    if s_right <= left or s_left >= right or s_bottom <= top or s_top >= bottom:
                        continue
                    if segment_meets_box(a, b, grown):
                        yield a, b

    def meet(self, box: Box, margin: float = LINE_ROOM) -> bool:
        """True when a segment passes through ``box`` grown by ``margin``."""
        grown = (box[0] - margin, box[1] - margin, box[2] + margin, box[3] + margin)
        return any(True for _ in self._crossing(grown))

    def count(self, box: Box, limit: float = math.inf, margin: float = LINE_ROOM) -> float:
        """How many segments pass through ``box`` grown by ``margin`` (counting stops at
        ``limit``)."""
        grown = (box[0] - margin, box[1] - margin, box[2] + margin, box[3] + margin)
        seen: set[tuple[XY, XY]] = set()
        for segment in self._crossing(grown):
            seen.add(segment)
            if len(seen) >= limit:
                break
        return len(seen)


def _cells(box: Box) -> list[tuple[int, int]]:
    x0, y0 = int(box[0] // CELL), int(box[1] // CELL)
    x1, y1 = int(box[2] // CELL), int(box[3] // CELL)
    return [(x, y) for x in range(x0, x1 + 1) for y in range(y0, y1 + 1)]


class Boxes(list):
    """Boxes (of shapes, placed labels, or use case ellipses), indexed by place once
    there are many: every place tried for a label is tested against all of them."""

    INDEXED = 64
    """Below this many boxes, each is tested (fewer steps than looking up cells)."""

    def __init__(self, boxes: Sequence[Box] = ()) -> None:
        super().__init__()
        self.cells: dict[tuple[int, int], list[Box]] = {}
        self.extend(boxes)

    def append(self, box: Box) -> None:
        super().append(box)
        for key in _cells(box):
            self.cells.setdefault(key, []).append(box)

    def extend(self, boxes: Sequence[Box]) -> None:  # type: ignore[override]
        for box in boxes:
            self.append(box)

    def near(self, box: Box, margin: float) -> Sequence[Box]:
        """The boxes that may lie within ``margin`` of ``box`` (a superset)."""
        if len(self) < self.INDEXED:
            return self
        grown = (box[0] - margin, box[1] - margin, box[2] + margin, box[3] + margin)
        found: dict[Box, None] = {}
        for key in _cells(grown):
            for other in self.cells.get(key, ()):
                found[other] = None
        return list(found)


def _free(box: Box, taken: list[Box], ovals: list[Box], segments: Segments | None = None) -> bool:
    # Lines first: they are indexed by place, and near a line most candidates meet one.
    if segments is not None and segments.meet(box):
        return False
    left, top, right, bottom = box
    margin = SPACING
    # ``boxes_meet(box, other, SPACING)`` written out (asked of every shape and label for
    # thousands of places per layout), the same comparisons in the same order.
    for other in taken.near(box, margin) if isinstance(taken, Boxes) else taken:
        if (
            left < other[2] + margin
            and other[0] < right + margin
            and top < other[3] + margin
            and other[1] < bottom + margin
        ):
            return False
    near_ovals = ovals.near(box, margin) if isinstance(ovals, Boxes) else ovals
    return not any(box_meets_oval(box, oval) for oval in near_ovals)


class _Checks:
    """The tests one line's label placement asks of a candidate box, each answered once:
    the same boxes come back at every reach tried (``LEASHES``), and what they are tested
    against (shapes, labels placed before, lines) does not change meanwhile."""

    def __init__(
        self, line: Line, taken: list[Box], ovals: list[Box], segments: Segments | None
    ) -> None:
        self.points = line.points
        self.taken, self.ovals, self.segments = taken, ovals, segments
        self._reach: dict[Box, float] = {}
        self._clear: dict[Box, bool] = {}
        self._on_lines: dict[Box, bool] = {}

    def reach(self, box: Box) -> float:
        """How far ``box`` stands from the line."""
        found = self._reach.get(box)
        if found is None:
            found = self._reach[box] = box_to_polyline(box, self.points)
        return found

    def free(self, box: Box, lines: bool, extra: Sequence[Box] = ()) -> bool:
        """As ``_free``: clear of every line (when ``lines``), of the shapes and labels
        placed, of the ovals, and of ``extra``."""
        if lines and self.segments is not None:
            on_lines = self._on_lines.get(box)
            if on_lines is None:
                on_lines = self._on_lines[box] = self.segments.meet(box)
            if on_lines:
                return False
        clear = self._clear.get(box)
        if clear is None:
            clear = self._clear[box] = _free(box, self.taken, self.ovals)
        return clear and not any(boxes_meet(box, other, SPACING) for other in extra)


def place_labels(
    document: Model,
    diagram: Diagram,
    wanted: dict[str, XY] | None = None,
    only: set[str] | None = None,
    keep: bool = False,
) -> Diagram:
    """``diagram`` with each line's label and note (of the relationship ids ``only``, when
    given) where it collides with nothing, nearest to ``wanted`` (where the engine kept
    room), else to its default place."""
    wanted = wanted or {}
    lines = _lines(document, diagram)
    taken = Boxes(_shape_boxes(document, diagram) + _end_boxes(lines))
    ovals = Boxes(_ovals(document, diagram))
    segments = Segments(lines)
    segments.weigh = len(lines) <= WEIGHED_LINES
    if only is not None:
        for line in lines:
            if line.edge.element not in only:
                taken.extend(current_boxes(line))
    offsets: dict[str, tuple[Point, Point]] = {}
    # Lines with a note need the most room: they choose first.
    for line in sorted(lines, key=lambda item: (item.note is None, item.label is None)):
        if line.label is None and line.note is None:
            continue
        if only is not None and line.edge.element not in only:
            continue
        offsets[line.edge.element] = _place(
            line, wanted.get(line.edge.element), taken, ovals, keep, segments
        )
    edges = tuple(
        e.model_copy(
            update={"label_offset": offsets[e.element][0], "note_offset": offsets[e.element][1]}
        )
        if e.element in offsets
        else e
        for e in diagram.edges
    )
    return diagram.model_copy(update={"edges": edges})


def labels_collide(document: Model, diagram: Diagram) -> bool:
    """True when a line's label or note, where it is drawn now, meets another's or the
    box of a shape other than a boundary or package (the placing found no free place)."""
    boxes = [box for line in _lines(document, diagram) for box in current_boxes(line)]
    shapes = []
    for shape in diagram.shapes:
        element = document.find(shape.element)
        if element is not None and element.kind not in CONTAINER_KINDS:
            shapes.append((shape.x, shape.y, shape.right, shape.bottom))
    return any(
        boxes_meet(box, other) for i, box in enumerate(boxes) for other in boxes[i + 1 :]
    ) or any(boxes_meet(box, shape) for box in boxes for shape in shapes)


def current_boxes(line: Line) -> list[Box]:
    """Where a line's label and note are drawn now (from its offsets)."""
    mid = along(line.points, 0.5)
    centre = (mid[0] + line.edge.label_offset.x, mid[1] + line.edge.label_offset.y)
    boxes = []
    if line.label is not None:
        boxes.append(_box(centre, line.label))
    if line.note is not None:
        shift = (line.edge.note_offset.x, line.edge.note_offset.y)
        boxes.append(_note_box(line, centre, shift))
    return boxes


def _note_box(line: Line, label_centre: XY, note_shift: XY) -> Box:
    """Where the canvas draws the note for a label at ``label_centre`` (see
    ``EdgeItem._layout_labels``), moved by ``note_shift``."""
    assert line.note is not None
    width, height = line.note
    nx, ny = line.across
    reach = NOTE_GAP / 2 + abs(nx) * width / 2 + abs(ny) * height / 2
    if line.label is not None:
        reach += abs(ny) * line.label[1] / 2
    cx = label_centre[0] + nx * reach + note_shift[0]
    cy = label_centre[1] + ny * reach + note_shift[1]
    return _box((cx, cy), (width, height))


def _place(
    line: Line,
    wanted: XY | None,
    taken: list[Box],
    ovals: list[Box],
    keep: bool = False,
    segments: Segments | None = None,
) -> tuple[Point, Point]:
    """Offsets for the line's label and note that collide with nothing; ``keep``: where
    they are now when that is free."""
    mid = along(line.points, 0.5)
    label = line.label or (0.0, 0.0)
    nx, ny = line.across
    # One step puts the label's near edge just off the line; two, a step further.
    step = max(label[0] / 2 * abs(nx) + label[1] / 2 * abs(ny), 6.0) + SPACING
    candidates: list[XY] = []
    if wanted is not None:
        candidates.append(wanted)
    for fraction in FRACTIONS:
        x, y = along(line.points, fraction)
        for side in SIDES:
            candidates.append((x + nx * step * side, y + ny * step * side))
    note_shifts: list[XY] = [(0.0, 0.0)]
    if keep:
        mid_now = along(line.points, 0.5)
        candidates.insert(
            0, (mid_now[0] + line.edge.label_offset.x, mid_now[1] + line.edge.label_offset.y)
        )
        note_shifts.insert(0, (line.edge.note_offset.x, line.edge.note_offset.y))
    if line.note is not None:
        w, h = line.note
        reach = NOTE_GAP + abs(nx) * w + abs(ny) * h
        # Either side of the line, slid along it by up to a note's length each way.
        for side_x, side_y in ((0.0, 0.0), (-nx * reach, -ny * reach)):
            for k in (0.0, 0.35, -0.35, 0.7, -0.7, 1.05, -1.05):
                note_shifts.append((side_x - ny * k * w, side_y + nx * k * h))
        note_shifts += [(w * 0.6, 0.0), (-w * 0.6, 0.0), (0.0, h * 0.8)]
    # Near the line first; when nothing near is free, farther (a label a little away from
    # its line reads better than one covering a shape), and only then the default place.
    fine: list[XY] = []
    weighed = False
    checks = _Checks(line, taken, ovals, segments)
    for label_near, note_near, off_lines, finer in LEASHES:
        if finer and not fine:
            fine = _fine_candidates(line)
        if not off_lines and segments is not None and segments.weigh and not weighed:
            # No place near the line is clear of every line: the one over fewest lines
            # within the farthest reach that still reads as attached (once).
            weighed = True
            found = _least_on_lines(line, candidates, note_shifts, checks, segments)
        else:
            found = _first_free(
                line,
                fine if finer else candidates,
                note_shifts,
                checks,
                label_near,
                note_near,
                off_lines,
            )
        if found is not None:
            centre, shift, boxes = found
            taken.extend(boxes)
            return (
                Point(x=round(centre[0] - mid[0], 1), y=round(centre[1] - mid[1], 1)),
                Point(x=round(shift[0], 1), y=round(shift[1], 1)),
            )
    # Nowhere free: the default place (never dropped, never stacked on purpose).
    return line.edge.label_offset, line.edge.note_offset


def _fine_candidates(line: Line) -> list[XY]:
    """Label centres on a finer grid along the line, across it at each place."""
    label = line.label or (0.0, 0.0)
    found = []
    for fraction in FINE_FRACTIONS:
        x, y = along(line.points, fraction)
        ax, ay = along(line.points, max(0.0, fraction - 0.02))
        bx, by = along(line.points, min(1.0, fraction + 0.02))
        length = math.hypot(bx - ax, by - ay)
        if length == 0:
            continue
        nx, ny = -(by - ay) / length, (bx - ax) / length
        step = max(label[0] / 2 * abs(nx) + label[1] / 2 * abs(ny), 6.0) + SPACING
        found += [(x + nx * step * side, y + ny * step * side) for side in FINE_SIDES]
    return found


def _first_free(
    line: Line,
    candidates: list[XY],
    note_shifts: list[XY],
    checks: _Checks,
    label_near: float,
    note_near: float,
    off_lines: bool,
) -> tuple[XY, XY, list[Box]] | None:
    """The first label centre (and note shift) within reach of the line that is free
    (of every line too, when ``off_lines``)."""
    for centre in candidates:
        boxes = []
        if line.label is not None:
            boxes.append(_box(centre, line.label))
            # (free first: few boxes are, and it is the cheaper test)
            if not checks.free(boxes[0], off_lines) or checks.reach(boxes[0]) > label_near:
                continue
        if line.note is None:
            return centre, (0.0, 0.0), boxes
        default = _note_box(line, centre, (0.0, 0.0))
        beside = [
            (x - (default[0] + default[2]) / 2, y - (default[1] + default[3]) / 2)
            for x, y in _note_spots(line, centre)
        ]
        for shift in [*note_shifts[:1], *beside, *note_shifts[1:]]:
            note = _note_box(line, centre, shift)
            if checks.free(note, off_lines, boxes) and checks.reach(note) <= note_near:
                return centre, shift, [*boxes, note]
    return None


def _least_on_lines(
    line: Line,
    candidates: list[XY],
    note_shifts: list[XY],
    checks: _Checks,
    segments: Segments,
) -> tuple[XY, XY, list[Box]] | None:
    """Of the label centres (and note shifts) within reach of the line that cover no
    shape and no label, the one whose boxes lie over fewest lines (within ``ATTACHED``)."""
    best: tuple[XY, XY, list[Box]] | None = None
    fewest = math.inf
    for centre in candidates:
        boxes = []
        over = 0
        if line.label is not None:
            box = _box(centre, line.label)
            if checks.reach(box) > ATTACHED:
                continue
            own = _own(box, line)
            over = segments.count(box, fewest + own) - own  # cheap (indexed): first
            if over >= fewest or not checks.free(box, False):
                continue
            boxes.append(box)
        if line.note is None:
            best, fewest = (centre, (0.0, 0.0), boxes), over
            if not over:
                break
            continue
        default = _note_box(line, centre, (0.0, 0.0))
        beside = [
            (x - (default[0] + default[2]) / 2, y - (default[1] + default[3]) / 2)
            for x, y in _note_spots(line, centre)
        ]
        for shift in [*note_shifts[:1], *beside, *note_shifts[1:]]:
            note = _note_box(line, centre, shift)
            if checks.reach(note) > ATTACHED:
                continue
            total = over + segments.count(note, fewest - over)  # no halo: own line counts
            if total < fewest and checks.free(note, False, boxes):
                best, fewest = (centre, shift, [*boxes, note]), total
        if fewest == 0:
            break
    return best


def _own(box: Box, line: Line) -> int:
    """How many of the line's own segments pass through ``box`` (a label on its halo
    over its own line is not counted against it)."""
    grown = (box[0] - LINE_ROOM, box[1] - LINE_ROOM, box[2] + LINE_ROOM, box[3] + LINE_ROOM)
    return sum(
        1 for a, b in itertools.pairwise(line.points) if a != b and segment_meets_box(a, b, grown)
    )


NOTE_OFF = 8.0
"""How far a note placed beside its line keeps from it."""


def _note_spots(line: Line, label_centre: XY) -> list[XY]:
    """Note centres beside the line near a label at ``label_centre``: beyond the label,
    on the label's side slid along the line past it, and on the other side of the line
    (a label stands off its line, so a note beyond it on a steep line is far from it)."""
    assert line.note is not None
    width, height = line.note
    foot, (tx, ty) = _foot(label_centre, line.points)
    nx, ny = -ty, tx
    side = (label_centre[0] - foot[0]) * nx + (label_centre[1] - foot[1]) * ny
    if side < 0:
        nx, ny = -nx, -ny
    across = abs(nx) * width / 2 + abs(ny) * height / 2
    lengthwise = abs(tx) * width / 2 + abs(ty) * height / 2
    label_w, label_h = line.label or (0.0, 0.0)
    label_across = abs(nx) * label_w / 2 + abs(ny) * label_h / 2
    label_along = abs(tx) * label_w / 2 + abs(ty) * label_h / 2
    spots = []
    if line.label is not None:
        reach = label_across + SPACING + across
        spots.append((label_centre[0] + nx * reach, label_centre[1] + ny * reach))
    for sign in (1.0, -1.0):
        reach = (across + NOTE_OFF) * sign
        slides = (0.0, 1.0, -1.0) if sign < 0 else (1.0, -1.0)
        for slide in slides:
            if sign > 0 or line.label is None:
                step = slide * (label_along + SPACING + lengthwise)
            else:
                step = slide * lengthwise * 0.6
            spots.append((foot[0] + nx * reach + tx * step, foot[1] + ny * reach + ty * step))
    return spots


def _foot(point: XY, points: list[XY]) -> tuple[XY, XY]:
    """The nearest point of the polyline to ``point`` and the unit direction there."""
    best, found = math.inf, (points[0], (1.0, 0.0))
    for (ax, ay), (bx, by) in itertools.pairwise(points):
        dx, dy = bx - ax, by - ay
        length2 = dx * dx + dy * dy
        if length2 == 0:
            continue
        t = max(0.0, min(1.0, ((point[0] - ax) * dx + (point[1] - ay) * dy) / length2))
        fx, fy = ax + dx * t, ay + dy * t
        gap = math.hypot(point[0] - fx, point[1] - fy)
        if gap < best:
            length = math.sqrt(length2)
            best, found = gap, ((fx, fy), (dx / length, dy / length))
    return found


def _distance(point: XY, points: list[XY]) -> float:
    """How far ``point`` is from the polyline."""
    best = float("inf")
    px, py = point
    for (ax, ay), (bx, by) in itertools.pairwise(points):
        dx, dy = bx - ax, by - ay
        length = dx * dx + dy * dy
        t = 0.0 if length == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length))
        best = min(best, math.hypot(px - ax - dx * t, py - ay - dy * t))
    return best


def tidy(document: Model, diagram: Diagram) -> Diagram:
    """See ``ucdesigner.layout.tidy_labels``: a label or note that collides with
    something moves to the nearest free place (one that collides with nothing stays);
    comment shapes that cover another shape move beside what they annotate."""
    from .comments import beside

    return place_labels(document, beside(document, diagram), keep=True)
