"""Automatic layout of a use case model along its customer journey: one lane per stage,
each use case in its stage's lane, actors outside the lanes on the side of the stages
they take part in.

System boundaries become horizontal bands across every lane, holding their use cases;
use cases outside every boundary get a band of their own below. Use cases without a
stage stand in a column right of the lanes (outside them, so they keep no stage).
Included and extending use cases are placed right after the use case they serve, so
their lines stay short. Nothing overlaps: rows are as tall as the tallest use case.
Used for pasted tables, PlantUML imports and the templates.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from ..model import Diagram, Edge, Shape
from ..model.diagram import Lanes
from ..model.elements import NodeElement, Relationship, UseCase
from ..model.journey import Journey
from ..model.lanes import HEADER
from ..model.sizing import default_size
from .overview import ACTOR_GAP, ACTOR_LABEL, GAP_Y, MARGIN

BAND_TITLE = 34.0
"""Room for a boundary's name at the top of its band."""
BAND_PAD = 18.0
ROW_GAP = 26.0
LANE_MIN = 220.0


def journey_diagram(
    diagram_id: str,
    name: str,
    package: str | None,
    nodes: Sequence[NodeElement],
    relationships: Sequence[Relationship],
    journey: Journey,
    lanes: Lanes | None = None,
) -> Diagram:
    """A diagram with journey lanes showing ``nodes`` and the relationships among them;
    ``lanes`` gives the lanes' place and width (a diagram's own), else they are made."""
    ids = {n.id for n in nodes}
    rels = [r for r in relationships if r.source in ids and r.target in ids]
    cases = [n for n in nodes if isinstance(n, UseCase)]
    actors = [n for n in nodes if n.kind == "actor"]
    subjects = [n for n in nodes if n.kind == "subject"]
    stage_index = {s.id: i for i, s in enumerate(journey.stages)}
    lane_count = len(journey.stages)
    sizes = {n.id: default_size(n) for n in nodes}
    widest = max((sizes[c.id][0] for c in cases), default=140.0)
    lane_w = max(LANE_MIN, round(widest + 60.0))
    row_h = max((sizes[c.id][1] for c in cases), default=60.0)

    partners: dict[str, list[str]] = defaultdict(list)
    for rel in rels:
        partners[rel.source].append(rel.target)
        partners[rel.target].append(rel.source)

    def column(case: UseCase) -> int:
        return stage_index.get(case.journey.stage or "", lane_count)

    def lane_of(actor: NodeElement) -> float:
        columns = [column(c) for c in cases if c.id in partners[actor.id]]
        return sum(columns) / len(columns) if columns else 0.0

    case_ids = {c.id for c in cases}
    # The actor in the most use cases (the customer, mostly) stands on the left, below
    # a staircase of its use cases; the others on the side of the stages they are in.
    main = max(actors, key=lambda a: sum(p in case_ids for p in partners[a.id]), default=None)
    main_cases = {p for p in partners[main.id] if p in case_ids} if main is not None else set()
    if len(main_cases) < 2:
        main, main_cases = None, set()
    family = [main] if main is not None else []
    for rel in rels:  # kinds of the main actor ("Registered Shopper") stand with it
        if main is not None and rel.kind == "generalization" and rel.target == main.id:
            child = next((a for a in actors if a.id == rel.source), None)
            if child is not None and child not in family:
                family.append(child)
                main_cases |= {p for p in partners[child.id] if p in case_ids}
    middle = (lane_count - 1) / 2
    left = [a for a in actors if a in family or (main is None and lane_of(a) <= middle)]
    left += [a for a in actors if a not in left and main is not None and lane_of(a) < middle]
    right = [a for a in actors if a not in left]
    actor_w = max((max(sizes[a.id][0], len(a.name) * 7.4) for a in actors), default=0.0)
    if lanes is None:
        lanes_x = MARGIN + (actor_w + ACTOR_GAP if left else 0.0)
        lanes = Lanes(x=round(lanes_x), y=MARGIN, width=lane_w)
    lane_w = lanes.width

    subject_ids = [s.id for s in subjects]
    bands: dict[str | None, dict[int, list[UseCase]]] = {s: defaultdict(list) for s in subject_ids}
    bands[None] = defaultdict(list)
    for case in _ordered(cases, rels):
        home = next((s for s in case.subjects if s in bands), None)
        bands[home][column(case)].append(case)

    shapes: list[Shape] = []
    y = lanes.y + HEADER + 20.0
    centre_y: dict[str, float] = {}
    main_y = 0.0
    pitch = row_h + ROW_GAP
    for key in [*subject_ids, None]:
        columns = bands[key]
        if key is None and not any(columns.values()):
            continue
        rows = _rows(columns, main_cases, rels)
        count = max(rows.values(), default=0) + 1
        boxed = key is not None
        top = y + (BAND_TITLE + BAND_PAD if boxed else 0.0)
        for index, members in columns.items():
            x_mid = lanes.x + (index + 0.5) * lane_w
            for case in members:
                w, h = sizes[case.id]
                cy = top + rows[case.id] * pitch + row_h / 2
                centre_y[case.id] = cy
                shapes.append(
                    Shape(
                        element=case.id,
                        x=round(x_mid - w / 2),
                        y=round(cy - h / 2),
                        width=w,
                        height=h,
                    )
                )
        if main is not None and any(c.id in main_cases for m in columns.values() for c in m):
            # Below the last step of the staircase: its lines then pass under the use
            # cases of the lanes they cross.
            main_y = max(main_y, top + (count - 1) * pitch + row_h / 2 + pitch * 0.75)
        height = (BAND_TITLE + BAND_PAD if boxed else 0.0) + count * pitch
        if boxed:
            span = lane_w * max(lane_count, 1) + (lane_w if columns.get(lane_count) else 0.0)
            shapes.append(
                Shape(
                    element=key,
                    x=lanes.x + 12,
                    y=y,
                    width=span - 24,
                    height=height - ROW_GAP + BAND_PAD,
                    z=-1,
                )
            )
        y += height + (GAP_Y if boxed else 0.0)
    bottom = y
    right_x = (
        lanes.x
        + lane_w * lane_count
        + (lane_w if any(c.journey.stage not in stage_index for c in cases) else 0.0)
    )
    left_x = lanes.x - ACTOR_GAP - (actor_w + 48.0) / 2
    for side, x in ((left, left_x), (right, right_x + ACTOR_GAP)):
        taken: list[tuple[float, float]] = []
        ordered = sorted(
            side,
            key=lambda a: (
                family.index(a) if a in family else len(family),
                _mean(a.id, partners, centre_y),
            ),
        )
        for actor in ordered:
            w, h = sizes[actor.id]
            wanted = (main_y if actor in family else _mean(actor.id, partners, centre_y)) - h / 2
            ay = _free(max(wanted, lanes.y + HEADER + 20.0), h + ACTOR_LABEL, taken)
            taken.append((ay, ay + h + ACTOR_LABEL + GAP_Y))
            shapes.append(Shape(element=actor.id, x=round(x), y=round(ay), width=w, height=h))
            bottom = max(bottom, ay + h + ACTOR_LABEL + GAP_Y)
    x = MARGIN
    for node in nodes:
        if node.kind in ("package", "comment"):
            w, h = sizes[node.id]
            shapes.append(Shape(element=node.id, x=x, y=round(bottom + GAP_Y), width=w, height=h))
            x += w + 40.0
    return Diagram(
        id=diagram_id,
        name=name,
        package=package,
        lanes=lanes,
        shapes=tuple(shapes),
        edges=tuple(Edge(element=r.id) for r in rels),
    )


def _free(y: float, height: float, taken: list[tuple[float, float]]) -> float:
    """The first height at or below ``y`` where ``height`` fits between taken spans."""
    moved = True
    while moved:
        moved = False
        for top, bottom in taken:
            if y < bottom and y + height > top:
                y = bottom
                moved = True
    return y


def _rows(
    columns: dict[int, list[UseCase]], main: set[str], rels: list[Relationship]
) -> dict[str, int]:
    """Rows in a band: the main actor's use cases form a staircase going down from the
    first lane to the last (its lines then pass under the use cases of the lanes they
    cross). Every other use case goes next to the use case it includes, extends or is
    included by: on a free row whose line to it crosses no use case, above the lane's
    step where the main actor's lines do not pass, as near as possible."""
    rows: dict[str, int] = {}
    lane_of = {c.id: i for i, members in columns.items() for c in members}
    partners: dict[str, list[str]] = defaultdict(list)
    for rel in rels:
        if rel.kind in ("include", "extend"):
            partners[rel.source].append(rel.target)
            partners[rel.target].append(rel.source)
    step = 0
    steps: dict[int, tuple[int, int]] = {}
    for index in sorted(columns):
        first = step
        for case in columns[index]:
            if case.id in main:
                rows[case.id] = step
                step += 1
        steps[index] = (first, step)
    for index in sorted(columns):
        first, last = steps[index]
        taken = {rows[c.id] for c in columns[index] if c.id in rows}
        for case in columns[index]:
            if case.id in main:
                continue
            bases = [rows[p] for p in partners[case.id] if p in rows]
            base = bases[0] if bases else (first - 1 if first else last)
            same_lane = (
                bool(bases)
                and lane_of.get(next(p for p in partners[case.id] if p in rows)) == index
            )
            limit = max([*taken, base, last]) + 2

            def score(
                row: int, base=base, same_lane=same_lane, taken=taken, first=first, last=last
            ) -> tuple:
                low, high = sorted((row, base))
                crosses = same_lane and any(low < t < high for t in taken)
                return (crosses, not (row < first or first == last), abs(row - base), row)

            rows[case.id] = min((r for r in range(limit) if r not in taken), key=score)
            taken.add(rows[case.id])
    return rows


def _mean(actor: str, partners: dict[str, list[str]], centre_y: dict[str, float]) -> float:
    ys = [centre_y[p] for p in partners.get(actor, ()) if p in centre_y]
    return sum(ys) / len(ys) if ys else 0.0


def _ordered(cases: list[UseCase], rels: list[Relationship]) -> list[UseCase]:
    """Use cases in their order, each included or extending one moved right after the
    first use case it serves (so it lands just below it in the same lane)."""
    serves: dict[str, str] = {}
    for rel in rels:
        if rel.kind == "include":
            serves.setdefault(rel.target, rel.source)
        elif rel.kind == "extend":
            serves.setdefault(rel.source, rel.target)
    by_id = {c.id: c for c in cases}
    placed: list[UseCase] = []
    done: set[str] = set()

    def place(case: UseCase, seen: frozenset[str]) -> None:
        if case.id in done:
            return
        done.add(case.id)
        placed.append(case)
        for other in cases:
            if serves.get(other.id) == case.id and other.id not in seen:
                place(other, seen | {case.id})

    for case in cases:
        base = serves.get(case.id)
        if base in by_id and base not in done and base != case.id:
            continue  # placed when its base is
        place(case, frozenset())
    for case in cases:
        place(case, frozenset())
    return placed
