"""Automatic layout of a use case model along its customer journey: one lane per stage,
each use case in its stage's lane, actors outside the lanes beside the use cases they
take part in.

Each lane's use cases stand in a compact column from the top of the lane, on rows shared
by every lane. The actor in the most use cases (the customer, mostly) stands on the left,
level with the middle of its use cases, its kinds below it; supporting and system actors
stand on the right, or on the left when all their use cases are in the first lane. The
order of the use cases in each lane (and the side of each other actor) is the one whose
straight lines cross fewest lines and pass fewest shapes, found by moving one use case at
a time; the lines are routed around the shapes afterwards.

System boundaries become horizontal bands across every lane, holding their use cases;
use cases outside every boundary get a band of their own below. Use cases without a
stage stand in a column right of the lanes (outside them, so they keep no stage).
Nothing overlaps: rows are as tall as the tallest use case. Used for pasted tables,
PlantUML imports and the templates.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..model import Diagram, Edge, Shape
from ..model.diagram import Lanes
from ..model.elements import NodeElement, Relationship, UseCase
from ..model.journey import Journey
from ..model.lanes import HEADER
from ..model.sizing import default_size
from .geometry import XY, count_crossings
from .overview import ACTOR_GAP, ACTOR_LABEL, GAP_Y, MARGIN
from .routing import Blockers, clear, one_bend

BAND_TITLE = 34.0
"""Room for a boundary's name at the top of its band."""
BAND_PAD = 18.0
ROW_GAP = 26.0
"""Least room between two rows of use cases."""
ROW_GAP_MOST = 110.0
"""Most room between two rows: rows spread up to this to give a wide picture's lines
room between the use cases they pass (and the picture a slide's proportions)."""
WIDEST = 1.8
"""Width over height the row spacing aims below (a slide is at most 2:1)."""
LANE_MIN = 220.0
SEARCH_BUDGET = 150
"""Arrangements tried at most when choosing the order in the lanes (2 ms each for a
diagram of ten use cases)."""
SEARCH_WORK = 80_000
"""Lines times shapes over all arrangements tried: a large model tries fewer."""
CROSSING_COST = 3.0
THROUGH_COST = 4.0
"""A line that cannot pass the shapes in its way with one bend."""
BEND_COST = 0.5
"""A bend a line needs to pass a shape in its way."""
ASPECT_COST = 20.0
"""Cost of a picture 1.0 wider (or narrower) than a slide's proportions allow."""
EXTRA_ROWS = 3
"""Rows a band may have beyond its fullest lane's use cases (room for lines to pass)."""
EMPTY_COST = 1.0
"""An empty row in a lane (its use cases are no longer stacked from the top)."""
TALLEST = 1.4
"""Width over height the arrangement aims above (a slide is at least 4:3)."""


@dataclass
class _Setup:
    """What the placement of one arrangement needs (fixed while searching)."""

    lanes: Lanes
    lane_count: int
    sizes: dict[str, tuple[float, float]]
    row_h: float
    bands: list[str | None]
    family: list[NodeElement]
    main: NodeElement | None
    actors: list[NodeElement]
    partners: dict[str, list[str]]
    actor_w: float
    right_x: float
    pitch: float = 0.0
    slide: float = WIDEST
    names: dict[str, float] = field(default_factory=dict)
    """Width of each actor's name."""
    kinds: dict[str, str] = field(default_factory=dict)


@dataclass
class _Plan:
    """One arrangement: the use cases of each band's lanes top to bottom, and which
    actors stand on the left."""

    columns: dict[str | None, dict[int, list[UseCase | None]]]
    """None is an empty row (room for lines to pass)."""
    left: set[str]

    def key(self) -> tuple:
        """The arrangement as a value: equal for equal arrangements."""
        return (
            tuple(
                (band, tuple((i, tuple(c.id if c else None for c in m)) for i, m in cols.items()))
                for band, cols in self.columns.items()
            ),
            frozenset(self.left),
        )

    def copy(self) -> _Plan:
        return _Plan(
            {band: {i: list(m) for i, m in cols.items()} for band, cols in self.columns.items()},
            set(self.left),
        )


def journey_diagram(
    diagram_id: str,
    name: str,
    package: str | None,
    nodes: Sequence[NodeElement],
    relationships: Sequence[Relationship],
    journey: Journey,
    lanes: Lanes | None = None,
    effort: int = SEARCH_BUDGET,
    seed: int = 0,
    slide: float = WIDEST,
) -> Diagram:
    """A diagram with journey lanes showing ``nodes`` and the relationships among them;
    ``lanes`` gives the lanes' place and width (a diagram's own), else they are made.
    ``effort`` is how many arrangements are tried at most (the generators of the
    templates, which run once, try more than an import does); ``seed`` seeds the search's
    shaking (another seed, another good arrangement); rows are spread apart while the
    picture is wider than ``slide`` times its height."""
    ids = {n.id for n in nodes}
    rels = [r for r in relationships if r.source in ids and r.target in ids]
    cases = [n for n in nodes if isinstance(n, UseCase)]
    actors = [n for n in nodes if n.kind == "actor"]
    subjects = [n for n in nodes if n.kind == "subject"]
    stage_index = {s.id: i for i, s in enumerate(journey.stages)}
    lane_count = len(journey.stages)
    sizes = {n.id: default_size(n) for n in nodes}
    widest = max((sizes[c.id][0] for c in cases), default=140.0)
    lane_w = max(LANE_MIN, round(widest + 40.0))
    row_h = max((sizes[c.id][1] for c in cases), default=60.0)

    partners: dict[str, list[str]] = defaultdict(list)
    for rel in rels:
        partners[rel.source].append(rel.target)
        partners[rel.target].append(rel.source)

    def column(case: UseCase) -> int:
        return stage_index.get(case.journey.stage or "", lane_count)

    case_ids = {c.id for c in cases}
    main = max(actors, key=lambda a: sum(p in case_ids for p in partners[a.id]), default=None)
    if main is not None and sum(p in case_ids for p in partners[main.id]) < 2:
        main = None
    family = [main] if main is not None else []
    for rel in rels:  # kinds of the main actor ("Registered Shopper") stand with it
        if main is not None and rel.kind == "generalization" and rel.target == main.id:
            child = next((a for a in actors if a.id == rel.source), None)
            if child is not None and child not in family:
                family.append(child)
    left = {a.id for a in family}
    middle = (lane_count - 1) / 2
    for actor in actors:  # beside the main actor: only an actor of the first lane
        columns = [column(c) for c in cases if c.id in partners[actor.id]]
        if main is None:
            beside = not columns or sum(columns) / len(columns) <= middle
        else:
            beside = bool(columns) and max(columns) == 0
        if beside:
            left.add(actor.id)
    actor_w = max((max(sizes[a.id][0], len(a.name) * 7.4) for a in actors), default=0.0)
    if lanes is None:
        lanes_x = MARGIN + actor_w + ACTOR_GAP
        lanes = Lanes(x=round(lanes_x), y=MARGIN, width=lane_w)
    lane_w = lanes.width
    right_x = (
        lanes.x
        + lane_w * lane_count
        + (lane_w if any(c.journey.stage not in stage_index for c in cases) else 0.0)
    )

    subject_ids = [s.id for s in subjects]
    columns: dict[str | None, dict[int, list[UseCase]]] = {
        s: defaultdict(list) for s in subject_ids
    }
    columns[None] = defaultdict(list)
    for case in _ordered(cases, rels):
        home = next((s for s in case.subjects if s in columns), None)
        columns[home][column(case)].append(case)
    setup = _Setup(
        lanes=lanes,
        lane_count=lane_count,
        sizes=sizes,
        row_h=row_h,
        bands=[*subject_ids, None],
        family=family,
        main=main,
        actors=actors,
        partners=partners,
        actor_w=actor_w,
        right_x=right_x,
        pitch=row_h + ROW_GAP,
        kinds={n.id: n.kind for n in nodes},
        slide=slide,
        names={a.id: len(a.name) * 7.4 for a in actors},
    )
    plan = _search(_Plan(columns, left), setup, rels, effort, seed)
    setup.pitch = _pitch(plan, setup)
    placed, bottom = _place(plan, setup, Shape)
    shapes = list(placed.values())
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


@dataclass(frozen=True, slots=True)
class _Spot:
    """Where a shape would go, as plain numbers: the search places every arrangement it
    tries (twice), and making model shapes for them was a fifth of its time."""

    element: str
    x: float
    y: float
    width: float
    height: float
    z: int = 0

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height


def _place(plan: _Plan, setup: _Setup, make: Callable[..., Any] = _Spot) -> tuple[dict, float]:
    """Every use case, boundary and actor of ``plan`` placed (as ``make`` gives them:
    plain numbers by default, ``Shape`` for the diagram); and the lowest bottom."""
    lanes, pitch, row_h = setup.lanes, setup.pitch, setup.row_h
    placed: dict[str, Shape] = {}
    centre_y: dict[str, float] = {}
    y = lanes.y + HEADER + 20.0
    for key in setup.bands:
        columns = plan.columns.get(key, {})
        if key is None and not any(columns.values()):
            continue
        count = max((len(m) for m in columns.values()), default=0)
        boxed = key is not None
        top = y + (BAND_TITLE + BAND_PAD if boxed else 0.0)
        for index, members in columns.items():
            x_mid = lanes.x + (index + 0.5) * lanes.width
            for row, case in enumerate(members):
                if case is None:
                    continue
                w, h = setup.sizes[case.id]
                cy = top + row * pitch + row_h / 2
                centre_y[case.id] = cy
                placed[case.id] = make(
                    element=case.id, x=round(x_mid - w / 2), y=round(cy - h / 2), width=w, height=h
                )
        height = (BAND_TITLE + BAND_PAD if boxed else 0.0) + max(count, 1) * pitch
        if boxed:
            span = lanes.width * max(setup.lane_count, 1) + (
                lanes.width if columns.get(setup.lane_count) else 0.0
            )
            placed[key] = make(
                element=key,
                x=lanes.x + 12,
                y=y,
                width=span - 24,
                height=height - pitch + row_h + BAND_PAD,
                z=-1,
            )
        y += height + (GAP_Y if boxed else 0.0)
    bottom = y
    left_x = lanes.x - ACTOR_GAP - (setup.actor_w + 48.0) / 2
    left = [a for a in setup.actors if a.id in plan.left]
    right = [a for a in setup.actors if a.id not in plan.left]
    family = setup.family
    for side, x in ((left, left_x), (right, setup.right_x + ACTOR_GAP)):
        taken: list[tuple[float, float]] = []
        wanted = {a.id: _mean(a.id, setup.partners, centre_y) for a in side}
        ordered = sorted(
            side,
            key=lambda a: (
                family.index(a) if a in family else len(family),
                wanted[a.id],
            ),
        )
        for actor in ordered:
            w, h = setup.sizes[actor.id]
            want = wanted[actor.id] - h / 2
            if actor in family[1:]:
                want = wanted[family[0].id] + h / 2 + ACTOR_LABEL + GAP_Y
            ay = _free(max(want, lanes.y + HEADER + 20.0), h + ACTOR_LABEL, taken)
            taken.append((ay, ay + h + ACTOR_LABEL + GAP_Y))
            placed[actor.id] = make(element=actor.id, x=round(x), y=round(ay), width=w, height=h)
            bottom = max(bottom, ay + h + ACTOR_LABEL + GAP_Y)
    return placed, bottom


def _cost(plan: _Plan, setup: _Setup, rels: list[Relationship]) -> tuple[float, float]:
    """How bad ``plan``'s straight lines are: crossings (weighed by ``CROSSING_COST``),
    lines through shapes (by ``THROUGH_COST``) and how far the picture is from a slide's
    proportions; then the lines' length."""
    setup.pitch = _pitch(plan, setup)
    placed, bottom = _place(plan, setup)
    kinds = setup.kinds
    blockers = Blockers(
        [(s, kinds[s.element]) for s in placed.values() if kinds[s.element] != "subject"]
    )
    lines: list[list[XY]] = []
    through = bends = 0
    length = 0.0
    for rel in rels:
        a, b = placed.get(rel.source), placed.get(rel.target)
        if a is None or b is None or a is b:
            continue
        p = (a.x + a.width / 2, a.y + a.height / 2)
        q = (b.x + b.width / 2, b.y + b.height / 2)
        length += abs(p[0] - q[0]) + abs(p[1] - q[1])
        ends = {a.element, b.element}
        # As the routing will draw it: straight when nothing is in the way, else past
        # a corner of what is.
        route = [p, q]
        if not clear(p, q, blockers, ends):
            middle = one_bend(p, q, blockers, ends)
            bends += len(middle)
            through += not middle
            route = [p, *middle, q]
        lines.append(route)
    crossings = count_crossings(lines)
    aspect = _aspect(placed, bottom, setup)
    off = max(0.0, aspect - setup.slide, TALLEST - aspect)
    empty = sum(c is None for columns in plan.columns.values() for m in columns.values() for c in m)
    return (
        CROSSING_COST * crossings
        + THROUGH_COST * through
        + BEND_COST * bends
        + ASPECT_COST * off
        + EMPTY_COST * empty,
        length,
    )


def _aspect(placed: dict[str, Shape], bottom: float, setup: _Setup) -> float:
    """Width over height of the picture as drawn (see ``_extent``)."""
    width, height = _extent(placed, setup)
    return width / height


def _extent(placed: dict[str, Shape], setup: _Setup) -> tuple[float, float]:
    """Width and height of the picture as the quality report measures it: the shapes,
    actors with their names (the lanes are a background, not measured)."""
    left = top = float("inf")
    right = low = -float("inf")
    for shape in placed.values():
        half = shape.width / 2
        bottom = shape.bottom
        if setup.kinds.get(shape.element) == "actor":
            half = max(half, setup.names.get(shape.element, 0.0) / 2)
            bottom += ACTOR_LABEL
        centre = shape.x + shape.width / 2
        left, right = min(left, centre - half), max(right, centre + half)
        top, low = min(top, shape.y), max(low, bottom)
    return max(right - left, 1.0), max(low - top, 1.0)


def _moves(plan: _Plan) -> list[_Plan]:
    """Every plan one step from ``plan``: a use case moved to another row of its lane,
    an empty row added or taken away."""
    found = []
    for band, columns in plan.columns.items():
        rows = max((sum(c is not None for c in m) for m in columns.values()), default=0)
        for index, members in columns.items():
            if len(members) < rows + EXTRA_ROWS:
                for j in range(len(members)):  # an empty row pushes the rest down
                    moved = plan.copy()
                    moved.columns[band][index].insert(j, None)
                    found.append(moved)
            for j, case in enumerate(members):
                if case is None:
                    moved = plan.copy()
                    del moved.columns[band][index][j]
                    found.append(moved)
            for i in range(len(members)):
                for j in range(len(members)):
                    if i == j:
                        continue
                    moved = plan.copy()
                    lane = moved.columns[band][index]
                    lane.insert(j, lane.pop(i))
                    while lane and lane[-1] is None:
                        lane.pop()
                    found.append(moved)
    return found


def _search(plan: _Plan, setup: _Setup, rels: list[Relationship], effort: int, seed: int) -> _Plan:
    """The best plan found from ``plan``: improved one move at a time while a move makes
    it better, then shaken by a few random moves and improved again, as long as
    ``SEARCH_BUDGET`` allows (the same plan every time: the shaking is seeded)."""
    budget = min(
        effort, SEARCH_WORK * effort // SEARCH_BUDGET // max(1, len(rels) * len(setup.sizes))
    )
    shake = random.Random(seed)
    tried = 0
    # The search comes back to arrangements it has scored (two in three, for the full
    # customer journey): each is scored once. A return still counts against the budget,
    # so the search goes the same way and ends with the same plan.
    scored: dict[tuple, tuple[float, float]] = {}

    def score(candidate: _Plan) -> tuple[float, float]:
        key = candidate.key()
        found = scored.get(key)
        if found is None:
            found = scored[key] = _cost(candidate, setup, rels)
        return found

    def climb(start: _Plan) -> tuple[tuple[float, float], _Plan]:
        nonlocal tried
        current, cost = start, score(start)
        tried += 1
        improved = True
        while improved and tried < budget:
            improved = False
            for candidate in _moves(current):
                if tried >= budget:
                    break
                tried += 1
                found = score(candidate)
                if found < cost:
                    current, cost, improved = candidate, found, True
                    break
        return cost, current

    best_cost, best = climb(plan)
    while tried < budget and best_cost[0] > 0:
        start = best
        for _ in range(shake.randint(1, 6)):
            moves = _moves(start)
            if not moves:
                break
            start = shake.choice(moves)
        cost, found = climb(start)
        if cost < best_cost:
            best_cost, best = cost, found
    return best


def _gaps(plan: _Plan) -> int:
    """How many gaps between rows the plan's bands have."""
    return sum(
        max(max((len(m) for m in columns.values()), default=0) - 1, 0)
        for columns in plan.columns.values()
    )


def _spread(plan: _Plan, setup: _Setup, placed: dict[str, Shape], bottom: float) -> float:
    """How much wider the gaps between rows should be (up to ``ROW_GAP_MOST``) for the
    picture to be no wider than the setup's ``slide`` proportions."""
    gaps = _gaps(plan)
    if not gaps:
        return 0.0
    width, height = _extent(placed, setup)
    wanted = width / setup.slide - height
    return max(0.0, min(ROW_GAP_MOST - ROW_GAP, wanted / gaps))


def _pitch(plan: _Plan, setup: _Setup) -> float:
    """Row pitch: the least, spread while the picture is wider than a slide."""
    setup.pitch = setup.row_h + ROW_GAP
    placed, bottom = _place(plan, setup)
    return setup.pitch + round(_spread(plan, setup, placed, bottom))


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
