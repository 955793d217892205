"""Auto Layout of a diagram: which shapes move and which stay, the engine run (with a
second run that wraps a tall strip into columns for a slide's aspect ratio), routes as
bend points, labels, and the grid fallback when the engine is missing or fails."""

from __future__ import annotations

import copy
import math
from collections.abc import Sequence

from ..l10n import tr
from ..model import Diagram, Edge, Point, Shape
from ..model.diagram import LIMIT, Lanes
from ..model.elements import NodeElement, Relationship, UseCase
from ..model.journey import Journey
from ..model.sizing import default_size
from . import graphviz
from .conventions import CONTAINER_KINDS, Plan, node_box, plan, shape_size
from .elements import Elements, Model
from .geometry import Box, bounds, count_crossings
from .journey import journey_diagram
from .labels import labels_collide, place_labels
from .overview import layout_diagram
from .routing import loop_waypoints, route_edges, simplify

MARGIN = 40.0
GAP = 60.0
"""Between kept shapes and the shapes laid out around them."""
MAX_ENGINE_NODES = 1500
"""Above this many shapes the grid is used: the engine's time grows too fast."""
ASPECT_LOW, ASPECT_HIGH, ASPECT_AIM = 4 / 3, 2.0, 1.6
MAX_CASES_FOR_ASPECT = 60
MAX_TRIES = 5
"""Engine runs at most spent on wrapping a strip into columns."""
MIN_STRIP = 3
"""Use cases side by side at least, for the strip to be cut into columns."""


def lay_out(
    model: Model,
    diagram: Diagram,
    *,
    direction: str | None = None,
    only: frozenset[str] | None = None,
):
    """See ``ucdesigner.layout.auto_layout``."""
    from . import LayoutOutcome

    movable = movable_shapes(model, diagram, only)
    if not movable:
        return LayoutOutcome(diagram)
    warnings: list[str] = []
    try:
        if len(movable) > MAX_ENGINE_NODES:
            laid = grid(model, diagram, movable)
        elif diagram.lanes is not None:
            laid = _in_lanes(model, diagram, movable)
        else:
            laid = _engine_layout(model, diagram, movable, direction)
    except graphviz.EngineMissing as missing:
        warnings.append(str(missing))
        laid = _fallback(model, diagram, movable)
    except Exception as error:  # any engine failure falls back, never a crash
        warnings.append(
            tr("Automatic layout failed ({error}); a simple layout was used instead.").format(
                error=error
            )
        )
        laid = _fallback(model, diagram, movable)
    if not _fits(laid):
        warnings.append(tr("The layout was larger than the canvas; a simple grid was used."))
        laid = grid(model, diagram, movable)
    graphviz.start_ahead()
    return LayoutOutcome(laid, tuple(warnings))


def new_diagram(
    diagram_id: str,
    name: str,
    package: str | None,
    nodes: Sequence[NodeElement],
    relationships: Sequence[Relationship],
    *,
    direction: str | None = None,
    journey: Journey | None = None,
    lanes: Lanes | None = None,
):
    """See ``ucdesigner.layout.layout_new_diagram``."""
    model = Elements(nodes, relationships, journey)
    staged = any(isinstance(n, UseCase) and n.journey.stage for n in nodes)
    if journey is not None and (lanes is not None or staged):
        start = journey_diagram(diagram_id, name, package, nodes, relationships, journey, lanes)
    elif len(nodes) > MAX_ENGINE_NODES:
        start = _unplaced(diagram_id, name, package, nodes, relationships)
    else:
        start = layout_diagram(diagram_id, name, package, nodes, relationships)
    return lay_out(model, start, direction=direction)


def _unplaced(
    diagram_id: str,
    name: str,
    package: str | None,
    nodes: Sequence[NodeElement],
    relationships: Sequence[Relationship],
) -> Diagram:
    """Every node at the origin at its default size (for the grid to place)."""
    ids = {n.id for n in nodes}
    shapes = []
    for node in nodes:
        width, height = default_size(node)
        shapes.append(Shape(element=node.id, x=0, y=0, width=width, height=height))
    edges = [Edge(element=r.id) for r in relationships if r.source in ids and r.target in ids]
    return Diagram(
        id=diagram_id, name=name, package=package, shapes=tuple(shapes), edges=tuple(edges)
    )


def _fallback(model: Model, diagram: Diagram, movable: set[str]) -> Diagram:
    """Without the engine: today's grid-based use case layout for the movable shapes,
    below the kept ones, lines straight."""
    nodes = [model.get(key) for key in (s.element for s in diagram.shapes) if key in movable]
    rels = [r for r in model.relationships() if r.source in movable and r.target in movable]
    if diagram.lanes is not None:
        laid = journey_diagram(
            diagram.id, diagram.name, diagram.package, nodes, rels, model.journey, diagram.lanes
        )
    else:
        laid = layout_diagram(diagram.id, diagram.name, diagram.package, nodes, rels)
    placed = {s.element: s for s in laid.shapes}
    kept = [s for s in diagram.shapes if s.element not in movable]
    dy = 0.0
    if kept and placed:
        dy = max(0.0, max(s.bottom for s in kept) + GAP - min(s.y for s in placed.values()))
    shapes = tuple(
        s.model_copy(
            update={
                "x": placed[s.element].x,
                "y": placed[s.element].y + dy,
                "width": placed[s.element].width,
                "height": placed[s.element].height,
            }
        )
        if s.element in placed
        else s
        for s in diagram.shapes
    )
    edges = tuple(_fresh(e, ()) if _touches(model, e, movable) else e for e in diagram.edges)
    return diagram.model_copy(update={"shapes": shapes, "edges": edges})


def _touches(model: Model, edge: Edge, keys: set[str]) -> bool:
    rel = model.find(edge.element)
    return bool({getattr(rel, "source", None), getattr(rel, "target", None)} & keys)


def _in_lanes(model: Model, diagram: Diagram, movable: set[str]) -> Diagram:
    """A diagram with journey lanes: each use case in its stage's lane (the journey
    layout), then lines routed around the shapes and labels placed."""
    laid = _fallback(model, diagram, movable)
    moved = {s.element for s in laid.shapes if s.element in movable}
    keys = {e.element for e in laid.edges if _touches(model, e, moved)}
    return finish(model, laid, keys)


def finish(model: Model, diagram: Diagram, keys: set[str]) -> Diagram:
    """Lines ``keys`` routed around the shapes where they are, made as straight as they
    can be, and every label placed."""
    routed = route_edges(model, diagram, keys)
    return place_labels(model, simplify(model, routed, keys), only=keys)


def movable_shapes(model: Model, diagram: Diagram, only: frozenset[str] | None) -> set[str]:
    """The shapes Auto Layout may move: not pinned, in ``only`` when given, and showing
    an element the document has."""
    return {
        s.element
        for s in diagram.shapes
        if not s.pinned
        and (only is None or s.element in only)
        and isinstance(model.find(s.element), NodeElement)
    }


def _fits(diagram: Diagram) -> bool:
    box = bounds(diagram)
    return box is None or (
        box[0] > -LIMIT and box[1] > -LIMIT and box[2] < LIMIT and box[3] < LIMIT
    )


def _engine_layout(
    model: Model, diagram: Diagram, movable: set[str], direction: str | None
) -> Diagram:
    tries = _chosen_plans(model, diagram, movable, direction)
    for layout, chosen in tries[:-1]:
        laid = _drawn(model, diagram, movable, layout, chosen)
        if not labels_collide(model, laid):
            return laid
    layout, chosen = tries[-1]
    return _drawn(model, diagram, movable, layout, chosen)


def _drawn(
    model: Model, diagram: Diagram, movable: set[str], layout: Plan, direction: str
) -> Diagram:
    """The diagram with the engine's layout applied: shapes placed (around the kept
    ones), lines routed and made straight, labels placed."""
    placed = _shapes(model, layout)
    kept = [s for s in diagram.shapes if s.element not in movable]
    placed = _around(placed, kept, layout, direction)
    shapes = {s.element: s for s in diagram.shapes}
    new_shapes = tuple(placed.get(s.element, s) for s in diagram.shapes)
    laid = diagram.model_copy(update={"shapes": new_shapes})
    moved = {key for key in movable if placed.get(key) != shapes.get(key)}
    engine_routes = {} if kept else _engine_routes(layout, placed)
    edges = []
    to_route = []
    for edge in laid.edges:
        rel = model.find(edge.element)
        ends = (getattr(rel, "source", None), getattr(rel, "target", None))
        if kept and not ({ends[0], ends[1]} & moved):
            edges.append(edge)
            continue
        if ends[0] == ends[1] and ends[0] in placed:
            edges.append(_fresh(edge, loop_waypoints(placed[ends[0]])))
        elif edge.element in engine_routes:
            edges.append(_fresh(edge, engine_routes[edge.element]))
        else:
            edges.append(_fresh(edge, ()))
            to_route.append(edge.element)
    laid = laid.model_copy(update={"edges": tuple(edges)})
    if to_route and kept:
        laid = route_edges(model, laid, set(to_route))
    targets = _label_targets(layout, laid, placed)
    rooms = {
        link.key: (targets[link.key], link.label)
        for link in layout.graph.links
        if link.key in targets and link.label is not None and not kept
    }
    laid = simplify(model, laid, labels=rooms)
    return place_labels(model, laid, targets)


def _chosen_plans(
    model: Model, diagram: Diagram, movable: set[str], direction: str | None
) -> list[tuple[Plan, str]]:
    """The engine's layout and its reading direction: ``direction``, or when none was
    asked for, left to right unless that stays out of a slide's shape after every try
    and top to bottom fits one (a long chain of «include»s is too wide left to right).
    In that case both, top to bottom first: it is kept unless its labels find no free
    place once drawn."""
    layout = _plan_in(model, diagram, movable, direction or "lr")
    if direction is not None:
        return [(layout, direction)]
    cases = sum(1 for key in movable if model.get(key).kind == "usecase")
    if cases > MAX_CASES_FOR_ASPECT or not _score(layout)[0]:
        return [(layout, "lr")]
    other = _plan_in(model, diagram, movable, "tb")
    if not _score(other)[0] and _actors_on_their_sides(model, other, "tb"):
        return [(other, "tb"), (layout, "lr")]
    return [(layout, "lr")]


def _plan_in(model: Model, diagram: Diagram, movable: set[str], direction: str) -> Plan:
    """The best layout in ``direction``: of the first layout's variants, wrapped into
    columns (rows) or its unlinked parts packed where that brings it into a slide's
    shape."""
    firsts = _pinned_or_loose(model, diagram, movable, direction)
    layout = firsts[0]
    cases = sum(1 for key in movable if model.get(key).kind == "usecase")
    if 2 <= cases <= MAX_CASES_FOR_ASPECT:
        layout = _best_wrapped(model, diagram, movable, direction, firsts)
    if cases <= MAX_CASES_FOR_ASPECT and _score(layout)[0]:
        layout = _packed(model, direction, layout)
    if cases <= MAX_CASES_FOR_ASPECT and _score(layout)[0]:
        layout = _spread_across(model, direction, layout)
    return layout


def _spread_across(model: Model, direction: str, layout: Plan) -> Plan:
    """A layout a little too wide left to right (too tall top to bottom), which neither
    wrapping nor spreading its ranks can help, run again with more room between the
    shapes of a rank: stretched across the reading direction into the slide's range,
    with the same order and so the same crossings."""
    aspect = _aspect(layout)
    if direction == "lr" and not ASPECT_HIGH < aspect <= ASPECT_HIGH * NEAR_MISS:
        return layout
    if direction != "lr" and not ASPECT_LOW / NEAR_MISS <= aspect < ASPECT_LOW:
        return layout
    left, top, right, bottom = _graph_box(layout)
    along = (lambda n: n.x) if direction == "lr" else (lambda n: n.y)
    ranks: dict[int, int] = {}
    for node in layout.graph.nodes:
        ranks[round(along(node) / 8)] = ranks.get(round(along(node) / 8), 0) + 1
    gaps = max(ranks.values(), default=1) - 1
    if gaps < 1:
        return layout
    if direction == "lr":
        extra = (right - left) / (ASPECT_HIGH * 0.9) - (bottom - top)
    else:
        extra = (bottom - top) * ASPECT_LOW * 1.1 - (right - left)
    again = copy.deepcopy(layout)
    again.graph.nodesep = layout.graph.nodesep + extra / gaps
    try:
        graphviz.run(again.graph)
    except graphviz.EngineFailed:
        return layout  # an extra try: the layout already made stands
    if _score(again)[0] or not _actors_on_their_sides(model, again, direction):
        return layout
    return again


def _best_wrapped(
    model: Model, diagram: Diagram, movable: set[str], direction: str, firsts: list[Plan]
) -> Plan:
    """The first layout wrapped into columns where that brings it into a slide's shape;
    with several first layouts (a small diagram's variants, the chosen one first), each
    wrapped and the best kept: in the slide's range, then crossing fewest drawn lines
    (the variant crossing fewest lines before wrapping is often not the one crossing
    fewest after it)."""
    chosen = _wrapped(model, diagram, movable, direction, firsts[0])
    best = _final_score(chosen, firsts[0])
    for variant in firsts[1:]:
        if _settled(chosen):
            break
        wrapped = _wrapped(model, diagram, movable, direction, variant)
        score = _final_score(wrapped, variant)
        if score < best and _actors_on_their_sides(model, wrapped, direction):
            chosen, best = wrapped, score
    return chosen


PACK_MODES = ("array_c2", "array_c3", "array_r2")
"""How the unlinked parts of a diagram may be packed: in two or three columns, in two
rows."""


def _packed(model: Model, direction: str, layout: Plan) -> Plan:
    """A layout still out of a slide's shape whose shapes fall into several unlinked
    parts (a gallery of actors and use cases): each part laid out on its own and the
    parts packed side by side, when that brings it into the range with its actors on
    their sides and parents above their children."""
    if _parts(layout) < 2:
        return layout
    tries = []
    for mode in PACK_MODES:
        again = copy.deepcopy(layout)
        again.graph.pack = mode
        tries.append(again)
    try:
        graphviz.run_all([again.graph for again in tries])
    except graphviz.EngineFailed:
        return layout  # packing is an extra try: the layout already made stands
    best, best_score = layout, _final_score(layout, layout)
    for again in tries:
        score = _final_score(again, again)
        if score < best_score and _actors_on_their_sides(model, again, direction):
            best, best_score = again, score
    return best


def _parts(layout: Plan) -> int:
    """How many unlinked parts the graph falls into (a cluster holds its members in one
    part)."""
    parent = {node.id: node.id for node in layout.graph.nodes}

    def root(key: str) -> str:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    def join(a: str, b: str) -> None:
        if a in parent and b in parent:
            parent[root(a)] = root(b)

    for link in layout.graph.links:
        join(link.tail, link.head)
    for cluster in layout.graph.clusters:
        members = _members(cluster)
        for key in members[1:]:
            join(members[0], key)
    return len({root(key) for key in parent})


def _members(cluster: graphviz.Cluster) -> list[str]:
    return [*cluster.members, *(m for child in cluster.children for m in _members(child))]


def _actors_on_their_sides(model: Model, layout: Plan, direction: str) -> bool:
    """True when every initiating actor stands before (left of, or above) the use cases
    it is linked to and every supporting actor after them, outside the boundaries that
    hold them, and every generalization parent stands above its child (a variant that
    leaves the actors loose may not keep them so, nor may a wrapped one: the runs of use
    cases can reach past the outermost ranks)."""
    nodes = {n.id: n for n in layout.graph.nodes}

    def span(key: str) -> tuple[float, float]:
        if key in layout.clusters and layout.clusters[key].box is not None:
            box = layout.clusters[key].box
            return (box[0], box[2]) if direction == "lr" else (box[1], box[3])
        node = nodes[key]
        middle, half = (node.x, node.width / 2) if direction == "lr" else (node.y, node.height / 2)
        return middle - half, middle + half

    home = {m: key for key, c in layout.clusters.items() for m in c.members}
    first, last = set(layout.graph.first), set(layout.graph.last)
    for link in layout.graph.links:
        relationship = model.get(link.key) if link.key else None
        if (
            isinstance(relationship, Relationship)
            and relationship.kind == "generalization"
            and {relationship.source, relationship.target} <= nodes.keys()
            and nodes[relationship.target].y >= nodes[relationship.source].y
        ):
            return False  # a parent not above its child
        if relationship is None or relationship.kind != "association":
            continue
        for actor, other in ((link.tail, link.head), (link.head, link.tail)):
            if (actor not in first and actor not in last) or other not in nodes:
                continue
            target = home.get(other, other) if home.get(actor) is None else other
            if actor in first and span(actor)[1] > span(target)[0]:
                return False
            if actor in last and span(actor)[0] < span(target)[1]:
                return False
    return True


SAFE_LOW, SAFE_HIGH = 1.4, 1.9
"""An aspect ratio this far inside the slide's range stays inside it once drawn (labels
and actor names make the drawn picture differ a little from the engine's)."""


def _settled(layout: Plan) -> bool:
    """True for a layout no other variant can better: safely inside the slide's range,
    crossing no line (the other variants then need not be wrapped)."""
    return SAFE_LOW <= _aspect(layout) <= SAFE_HIGH and _crossings(layout) == 0


def _final_score(layout: Plan, first: Plan) -> tuple[bool, float, int, int, float]:
    """``_score``; between layouts alike in it, the one whose first layout (before
    wrapping) crossed fewer lines, then the one nearer the aimed aspect ratio (the
    picture drawn differs a little from the engine's: labels, actor names)."""
    near = abs(math.log(max(_aspect(layout), 1e-6) / ASPECT_AIM))
    return (*_score(layout), _crossings(first), near)


def _pinned_or_loose(
    model: Model, diagram: Diagram, movable: set[str], direction: str
) -> list[Plan]:
    """The first layout, of a few variants laid out at once, the one crossing fewest
    lines (in the slide's range first): actors on the outermost ranks (initiating
    first, supporting last), or each actor only on its side of its use cases (plain
    ``dot`` places them so; pinning every actor to the outermost rank can send their
    lines across the use cases of the ranks between); for small diagrams also both
    with the shapes and lines given to the engine in reverse order (its crossing
    minimisation starts from that order). A strip that will be wrapped into columns
    keeps its actors pinned: they wrap with their use cases. Above ``VARIANTS_UP_TO``
    lines only the first (counting the crossings of every variant would cost more than
    the engine's run). Returns the chosen layout, and after it, up to
    ``NEIGHBOURS_UP_TO`` lines, the other variants (for ``_best_wrapped``)."""
    pinned = plan(model, diagram, movable, direction)
    variants = [pinned]
    if (pinned.graph.first or pinned.graph.last) and _lines(pinned) <= VARIANTS_UP_TO:
        loose = plan(model, diagram, movable, direction)
        loose.graph.sides = False
        variants.append(loose)
    if _lines(pinned) <= NEIGHBOURS_UP_TO:
        for variant in list(variants):
            variants.append(_like(variant, plan(model, diagram, movable, direction), True))
    graphviz.run_all([variant.graph for variant in variants])
    if len(variants) == 1:
        return [pinned]
    cases = sum(1 for key in movable if model.get(key).kind == "usecase")
    every = variants
    inside = [v for v in variants if not _score(v)[0]]
    if inside:
        chosen = min(inside, key=_crossings)
    else:
        if 4 <= cases <= MAX_CASES_FOR_ASPECT and len(pinned.leaves) >= 4:
            variants = [v for v in variants if v.graph.sides]
        chosen = min(variants, key=_crossings)
    if _lines(pinned) > NEIGHBOURS_UP_TO:
        return [chosen]
    return [chosen, *(v for v in every if v is not chosen)]


def _lines(layout: Plan) -> int:
    """How many lines of the diagram the plan holds (not the engine's helper links)."""
    return sum(1 for link in layout.graph.links if link.key)


def _like(first: Plan, layout: Plan, turn: bool = False) -> Plan:
    """``layout`` with the actors held as in ``first`` (pinned or loose) and its shapes
    and lines in the same order (``turn``: in the reverse order of ``first``'s)."""
    layout.graph.sides = first.graph.sides
    layout.turned = first.turned != turn
    if layout.turned:
        layout.graph.nodes.reverse()
        layout.graph.links.reverse()
    return layout


def _fresh(edge: Edge, points) -> Edge:
    return edge.model_copy(
        update={
            "waypoints": tuple(Point(x=round(x, 1), y=round(y, 1)) for x, y in points),
            "label_offset": Point(x=0.0, y=0.0),
            "note_offset": Point(x=0.0, y=0.0),
        }
    )


def _aspect(layout: Plan) -> float:
    box = _graph_box(layout)
    return (box[2] - box[0]) / max(1.0, box[3] - box[1])


def _graph_box(layout: Plan) -> Box:
    xs, ys = [], []
    for node in layout.graph.nodes:
        xs += [node.x - node.width / 2, node.x + node.width / 2]
        ys += [node.y - node.height / 2, node.y + node.height / 2]
    for cluster in layout.clusters.values():
        if cluster.box:
            xs += [cluster.box[0], cluster.box[2]]
            ys += [cluster.box[1], cluster.box[3]]
    # Routes count too: a line detouring around the picture makes it taller (wider).
    for link in layout.graph.links:
        if link.key and not link.invisible:
            xs += [x for x, _ in link.points]
            ys += [y for _, y in link.points]
    if not xs:
        return (0.0, 0.0, 1.0, 1.0)
    return (min(xs), min(ys), max(xs), max(ys))


def _wrapped(
    model: Model, diagram: Diagram, movable: set[str], direction: str, first: Plan
) -> Plan:
    """A tall strip of use cases (left to right) or a wide one (top to bottom) wrapped
    into several columns (rows), when that brings the picture into a slide's shape: the
    use cases of the fullest rank are cut into runs, each run one rank after the one
    before (invisible links, as Graphviz's ``unflatten`` does). Of the tries, the one in
    the slide's range with the fewest crossings wins."""
    aspect = _aspect(first)
    if ASPECT_LOW <= aspect <= ASPECT_HIGH:
        return first
    if (direction == "lr") != (aspect < ASPECT_LOW):
        return first  # wrapping the ranks would only make it worse
    strip = _fullest_rank(model, first, direction)
    if len(strip) < MIN_STRIP:
        # Too few use cases side by side to cut into columns: the ranks further apart
        # may still bring a picture only a little too tall into the range.
        spread = _spread_ranks(model, diagram, movable, direction, first)
        if spread is None:
            return first
        graphviz.run(spread.graph)
        return first if _score(spread) >= _score(first) else spread
    best, best_score = first, _score(first)
    first_crossings = _crossings(first)
    best_columns = 1
    seen: list[tuple[Plan, int, int]] = []
    tried: dict[int, float] = {1: aspect}
    """Columns tried -> the aspect ratio of the try nearest the aim."""
    batch = _column_counts(first, strip, direction)[:1]
    near_searched = False
    spread = _spread_ranks(model, diagram, movable, direction, first)
    while batch and len(tried) - 1 < MAX_TRIES:
        tries = [
            (columns, index, layout)
            for columns in batch
            for index, layout in enumerate(
                _column_tries(model, diagram, movable, direction, first, strip, columns)
            )
        ]
        if spread is not None:
            # Run beside the first batch: the unwrapped layout with more room between
            # its ranks, when that alone should bring it into the range.
            tries.append((1, -1, spread))
            spread = None
        graphviz.run_all([layout.graph for _, _, layout in tries])
        tries = [item for item in tries if item[1] >= 0 or not _score(item[2])[0]]
        for columns in batch:
            tried[columns] = min(
                (_aspect(layout) for c, _, layout in tries if c == columns),
                key=lambda a: abs(math.log(max(a, 1e-6) / ASPECT_AIM)),
            )
        seen += tries
        for columns, _, layout in tries:
            score = _score(layout)
            if _crossings(layout) > first_crossings * 3 + 10:
                continue  # a slide-shaped tangle is worse than a tall clear picture
            if score < best_score:
                best, best_score, best_columns = layout, score, columns
        if not best_score[0] and best_score[2] <= first_crossings:
            break  # in the slide's range with no more crossings: good enough
        if not best_score[0]:
            # In the slide's range but with more crossings than the tall picture: the
            # neighbouring numbers of columns may cross less and still fit (one more
            # batch, for diagrams small enough that it costs little).
            if near_searched or _lines(first) > NEIGHBOURS_UP_TO:
                break
            near_searched = True
            batch = [
                c
                for c in (best_columns + 1, best_columns - 1)
                if c not in tried and 2 <= c <= len(strip)
            ]
        else:
            columns = _next_columns(tried, batch[-1], direction)
            batch = [columns] if 2 <= columns <= len(strip) and columns not in tried else []
    best = _spread_near_miss(
        model, diagram, movable, direction, first, strip, seen, best, first_crossings
    )
    if best is not first and _score(best)[0]:
        # The try nearest the range only a little too tall (too wide): its ranks apart.
        spread = _spread_ranks(model, diagram, movable, direction, first, best)
        if spread is not None:
            graphviz.run(spread.graph)
            if _score(spread) < _score(best):
                best = spread
    invisible = sum(1 for link in first.graph.links if link.invisible)
    if (
        best is not first
        and first.graph.sides
        and sum(1 for link in best.graph.links if link.invisible) > invisible
    ):
        # Cut into runs of the strip (not by actor): an actor may stand by its column.
        best = _actors_beside_their_columns(model, diagram, movable, direction, best)
    return best


VARIANTS_UP_TO = 120
"""Lines of a diagram up to which the first layout is chosen from variants."""
NEIGHBOURS_UP_TO = 40
"""Lines of a diagram up to which, when the best wrapped try crosses more lines than the
tall picture, the neighbouring numbers of columns are tried too (a batch of engine runs
that larger diagrams, where it seldom found fewer crossings, are spared)."""


def _spread_ranks(
    model: Model,
    diagram: Diagram,
    movable: set[str],
    direction: str,
    first: Plan,
    layout: Plan | None = None,
) -> Plan | None:
    """The first layout (or ``layout``, a try made from it) again with its ranks further
    apart, when it is only a little too tall (left to right; too wide top to bottom) for
    a slide: stretched along the reading direction into the range, with the same order
    and so the same crossings."""
    layout = first if layout is None else layout
    aspect = _aspect(layout)
    if not ASPECT_LOW / NEAR_MISS <= aspect < ASPECT_LOW and direction == "lr":
        return None
    if not ASPECT_HIGH < aspect <= ASPECT_HIGH * NEAR_MISS and direction != "lr":
        return None
    left, top, right, bottom = _graph_box(layout)
    along = (lambda n: n.x) if direction == "lr" else (lambda n: n.y)
    ranks = len({round(along(node) / 8) for node in layout.graph.nodes})
    # Each line's label has a rank of its own between two ranks of shapes.
    gaps = (ranks - 1) * (2 if any(link.label for link in layout.graph.links) else 1)
    if gaps < 1:
        return None
    if direction == "lr":
        extra = (bottom - top) * ASPECT_AIM * 0.95 - (right - left)
    else:
        extra = (right - left) / (ASPECT_AIM * 1.05) - (bottom - top)
    if layout is first:
        again = _like(first, plan(model, diagram, movable, direction))
    else:
        again = copy.deepcopy(layout)  # the try's own links (wrapping) and lengths
    again.graph.ranksep = layout.graph.ranksep + extra / gaps
    return again


NEAR_MISS = 1.2
"""How far outside the slide's range a try may be for spreading it into the range."""


def _spread_near_miss(
    model: Model,
    diagram: Diagram,
    movable: set[str],
    direction: str,
    first: Plan,
    strip: list[str],
    seen: list[tuple[int, int, Plan]],
    best: Plan,
    first_crossings: int,
) -> Plan:
    """A try just too wide (left to right; too tall top to bottom) that crosses fewer
    lines than the best try run again with more room between the shapes of a rank, which
    stretches it across the reading direction into the slide's range."""
    best_inside = not _score(best)[0]
    best_crossings = _crossings(best) if best_inside else first_crossings * 3 + 10

    def near_miss(layout: Plan) -> bool:
        aspect = _aspect(layout)
        if direction == "lr":
            return ASPECT_HIGH < aspect <= ASPECT_HIGH * NEAR_MISS
        return ASPECT_LOW / NEAR_MISS <= aspect < ASPECT_LOW

    misses = [item for item in seen if near_miss(item[2]) and _crossings(item[2]) < best_crossings]
    if not misses:
        return best
    columns, index, layout = min(misses, key=lambda item: _crossings(item[2]))
    left, top, right, bottom = _graph_box(layout)
    width, height = right - left, bottom - top
    along = (lambda n: n.x) if direction == "lr" else (lambda n: n.y)
    ranks: dict[int, int] = {}
    for node in layout.graph.nodes:
        ranks[round(along(node) / 8)] = ranks.get(round(along(node) / 8), 0) + 1
    gaps = max(1, max(ranks.values(), default=1) - 1)
    if direction == "lr":
        extra = width / (ASPECT_HIGH * 0.95) - height
    else:
        extra = height * ASPECT_LOW * 1.05 - width
    again = _column_tries(model, diagram, movable, direction, first, strip, columns)[index]
    again.graph.nodesep = layout.graph.nodesep + extra / gaps * 1.1
    graphviz.run(again.graph)
    if not _score(again)[0] and _crossings(again) < best_crossings:
        return again
    return best


def _next_columns(tried: dict[int, float], last: int, direction: str) -> int:
    """The number of columns (rows) to try next: where the line through the last two
    tries (log aspect against log columns, the first layout counting as one column)
    meets the aimed aspect ratio, at least one step on from the last try in the
    direction that helps."""
    aim = math.log(ASPECT_AIM)
    (c1, a1), (c2, a2) = sorted(tried.items(), key=lambda item: abs(item[0] - last))[:2][::-1]
    step = 1 if (tried[last] < ASPECT_AIM) == (direction == "lr") else -1
    y1, y2 = math.log(max(a1, 1e-6)), math.log(max(a2, 1e-6))
    x1, x2 = math.log(c1), math.log(c2)
    if y1 == y2 or c1 == c2:
        return last + step
    estimate = math.exp(x2 + (aim - y2) * (x2 - x1) / (y2 - y1))
    wanted = round(min(estimate, 4 * max(c1, c2)))
    wanted = max(wanted, last + 1) if step > 0 else min(wanted, last - 1)
    while wanted in tried and wanted >= 2:
        wanted += step
    return wanted


def _column_tries(
    model: Model,
    diagram: Diagram,
    movable: set[str],
    direction: str,
    first: Plan,
    strip: list[str],
    columns: int,
) -> list[Plan]:
    """Two ways to cut a strip into ``columns``: each actor's use cases one or more
    ranks further from it (their lines then stay with them), and runs of the fullest
    rank one rank after another (any strip, actors or not; only runs of three or more
    when the first way applies)."""
    tries = []
    positions = {n.id: n for n in first.graph.nodes}
    across = (lambda n: n.y) if direction == "lr" else (lambda n: n.x)
    leaves = sorted(first.leaves, key=lambda key: across(positions[key]))
    if len(leaves) >= columns * 2:
        layout = _like(first, plan(model, diagram, movable, direction))
        chunk = math.ceil(len(leaves) / columns)
        stagger = {
            link_key: 1 + index // chunk
            for index, key in enumerate(leaves)
            for link_key in first.leaves[key]
        }
        for link in layout.graph.links:
            if link.key in stagger:
                link.minlen = stagger[link.key]
        tries.append(layout)
    chunk = math.ceil(len(strip) / columns)
    if tries and chunk < 3:
        # Runs of one or two use cases, one rank each: a tangle that is slow to lay out.
        return tries
    layout = _like(first, plan(model, diagram, movable, direction))
    for index in range(chunk, len(strip)):
        layout.graph.links.append(
            graphviz.Link(key="", tail=strip[index - chunk], head=strip[index], invisible=True)
        )
    tries.append(layout)
    return tries


def _actors_beside_their_columns(
    model: Model, diagram: Diagram, movable: set[str], direction: str, wrapped: Plan
) -> Plan:
    """After wrapping, an initiating actor whose use cases stand mostly in the far
    columns moves to the far side, so its lines need not cross the near columns; kept
    when it crosses fewer lines and stays slide-shaped."""
    along = (lambda n: n.x) if direction == "lr" else (lambda n: n.y)
    nodes = {n.id: n for n in wrapped.graph.nodes}
    cases = [n for n in wrapped.graph.nodes if model.get(n.id).kind == "usecase"]
    if not cases:
        return wrapped
    middle = (min(along(n) for n in cases) + max(along(n) for n in cases)) / 2
    partners: dict[str, list[float]] = {}
    for link in wrapped.graph.links:
        if (
            link.key
            and link.tail in wrapped.graph.first
            and link.head in nodes
            and model.get(link.head).kind == "usecase"
        ):
            partners.setdefault(link.tail, []).append(along(nodes[link.head]))
    far = [a for a, spots in partners.items() if sum(spots) / len(spots) > middle]
    if not far or len(far) == len(wrapped.graph.first):
        return wrapped
    layout = _like(wrapped, plan(model, diagram, movable, direction))
    for actor in far:
        if actor in layout.graph.first:
            layout.graph.first.remove(actor)
            layout.graph.last.append(actor)
    for link in layout.graph.links:
        if link.tail in far and link.key and model.get(link.key).kind == "association":
            link.tail, link.head = link.head, link.tail
            layout.reversed_links ^= {link.key}
    layout.graph.links += [link for link in wrapped.graph.links if link.invisible and not link.key]
    graphviz.run(layout.graph)
    score, before = _score(layout), _score(wrapped)
    better = not score[0] and score[2] < before[2]
    return layout if better and _actors_on_their_sides(model, layout, direction) else wrapped


def _score(layout: Plan) -> tuple[bool, float, int]:
    """Outside the slide's range first, then distance from it, then crossings."""
    aspect = _aspect(layout)
    inside = ASPECT_LOW <= aspect <= ASPECT_HIGH
    distance = 0.0 if inside else abs(math.log(aspect / ASPECT_AIM))
    return (not inside, distance, _crossings(layout) if inside else 0)


def _crossings(layout: Plan) -> int:
    """How many times the engine's routes cross one another (counted once per layout:
    the tries are scored more than once)."""
    known = _CROSSINGS.get(id(layout))
    if known is not None and known[0] is layout:
        return known[1]
    count = count_crossings(_drawn_lines(layout))
    if len(_CROSSINGS) > 64:
        _CROSSINGS.clear()
    _CROSSINGS[id(layout)] = (layout, count)
    return count


_CROSSINGS: dict[int, tuple[Plan, int]] = {}


def _drawn_lines(layout: Plan) -> list[list[tuple[float, float]]]:
    """The lines as the canvas will draw them from the engine's routes: from the centre
    of one shape through the route's bends to the centre of the other (the engine's
    own routes end on the node boxes, which for an actor hold its name too, and so
    cross differently from the lines drawn)."""
    centres = {}
    for node in layout.graph.nodes:
        height = layout.sizes[node.id][1] if node.id in layout.sizes else node.height
        centres[node.id] = (node.x, node.y - node.height / 2 + height / 2)
    lines = []
    for link in layout.graph.links:
        if not link.key or len(link.points) < 2 or link.tail == link.head:
            continue
        tail, head = centres.get(link.tail), centres.get(link.head)
        if tail is None or head is None:
            continue
        lines.append([tail, *link.points[1:-1], head])
    return lines


def _fullest_rank(model: Model, layout: Plan, direction: str) -> list[str]:
    """The use cases of the rank holding the most of them, in their order across."""
    ranks: dict[int, list[graphviz.Node]] = {}
    for node in layout.graph.nodes:
        if model.get(node.id).kind != "usecase":
            continue
        place = node.x if direction == "lr" else node.y
        ranks.setdefault(round(place / 8), []).append(node)
    if not ranks:
        return []
    fullest = max(ranks.values(), key=len)
    fullest.sort(key=lambda n: n.y if direction == "lr" else n.x)
    return [n.id for n in fullest]


def _column_counts(first: Plan, leaves: list[str], direction: str) -> list[int]:
    """The numbers of columns (rows, top to bottom) to try first, best guess first,
    estimated from the first layout's aspect ratio: wrapping a strip into k columns
    multiplies it by about the square root of k (the picture grows by a column per
    column, but the strip's length shrinks less than k times: the other ranks stay, and
    each column brings its own room for labels), as measured on the generated models."""
    aspect = _aspect(first)
    factor = ASPECT_AIM / aspect if direction == "lr" else aspect / ASPECT_AIM
    guess = min(len(leaves), max(2, round(factor**2)))
    if len(first.leaves) >= 4:
        # No more than the actors' use cases can be cut into by actor (two a column).
        guess = max(2, min(guess, len(first.leaves) // 2))
    return [guess, *(k for k in (guess + 1, guess - 1) if 2 <= k <= len(leaves))]


def _shapes(model: Model, layout: Plan) -> dict[str, Shape]:
    """Shapes at the engine's places, the whole picture moved to the margin."""
    left, top, _, _ = _graph_box(layout)
    dx, dy = MARGIN - left, MARGIN - top
    placed: dict[str, Shape] = {}
    for node in layout.graph.nodes:
        element = model.get(node.id)
        width, height = layout.sizes[node.id]
        _room_w, room_h = node_box(element, (width, height))
        x = node.x + dx - width / 2
        y = node.y + dy - room_h / 2
        placed[node.id] = Shape(element=node.id, x=round(x), y=round(y), width=width, height=height)
    for key, cluster in layout.clusters.items():
        if cluster.box is None:
            continue
        x0, y0, x1, y1 = cluster.box
        placed[key] = Shape(
            element=key,
            x=round(x0 + dx),
            y=round(y0 + dy),
            width=round(x1 - x0),
            height=round(y1 - y0),
            z=-1,
        )
    for link in layout.graph.links:
        link.points = [(x + dx, y + dy) for x, y in link.points]
        if link.label_at is not None:
            link.label_at = (link.label_at[0] + dx, link.label_at[1] + dy)
    return placed


def _around(
    placed: dict[str, Shape], kept: list[Shape], layout: Plan, direction: str
) -> dict[str, Shape]:
    """The laid-out shapes moved clear of the kept ones: the whole block goes where the
    kept shapes' own laid-out places say, then space is opened across the reading
    direction wherever a laid-out shape would still cover a kept one."""
    if not kept or not placed:
        return _keep_styles(placed, kept)
    kept_box = (
        min(s.x for s in kept),
        min(s.y for s in kept),
        max(s.right for s in kept),
        max(s.bottom for s in kept),
    )
    # Beside the kept shapes, in the reading direction.
    block = (
        min(s.x for s in placed.values()),
        min(s.y for s in placed.values()),
        max(s.right for s in placed.values()),
        max(s.bottom for s in placed.values()),
    )
    if direction == "lr":
        dx, dy = kept_box[2] + GAP - block[0], kept_box[1] - block[1]
    else:
        dx, dy = kept_box[0] - block[0], kept_box[3] + GAP - block[1]
    moved = {
        key: s.model_copy(update={"x": round(s.x + dx), "y": round(s.y + dy)})
        for key, s in placed.items()
    }
    for link in layout.graph.links:
        link.points = [(x + dx, y + dy) for x, y in link.points]
        if link.label_at is not None:
            link.label_at = (link.label_at[0] + dx, link.label_at[1] + dy)
    return moved


def _keep_styles(placed: dict[str, Shape], kept: list[Shape]) -> dict[str, Shape]:
    del kept
    return placed


def _engine_routes(layout: Plan, placed: dict[str, Shape]) -> dict[str, list[tuple[float, float]]]:
    """The engine's routes as bend points, from the relationship's source to its target."""
    routes = {}
    for link in layout.graph.links:
        points = list(link.points)
        if link.key in layout.reversed_links:
            points.reverse()
        routes[link.key] = points[1:-1]
    del placed
    return routes


def _label_targets(
    layout: Plan, diagram: Diagram, placed: dict[str, Shape]
) -> dict[str, tuple[float, float]]:
    """Where the engine kept room for each line's label (relationship id -> centre)."""
    del diagram, placed
    return {
        link.key: link.label_at
        for link in layout.graph.links
        if link.label_at is not None and link.label is not None
    }


def grid(model: Model, diagram: Diagram, movable: set[str]) -> Diagram:
    """The movable shapes on a plain grid beside the kept ones, each boundary or package
    holding its members: the fallback that cannot fail and always fits the canvas."""
    order = [s for s in diagram.shapes if s.element in movable]
    elements = {s.element: model.get(s.element) for s in order}
    homes: dict[str, list[str]] = {}
    containers = [k for k in elements if elements[k].kind in CONTAINER_KINDS]
    for key, element in elements.items():
        if element.kind in CONTAINER_KINDS:
            continue
        home = next((s for s in getattr(element, "subjects", ()) if s in containers), None)
        if home is None and getattr(element, "package", None) in containers:
            home = element.package
        if home is not None:
            homes.setdefault(home, []).append(key)
    inside = {k for members in homes.values() for k in members}
    sizes = {s.element: shape_size(elements[s.element], s) for s in order}
    kept = [s for s in diagram.shapes if s.element not in movable]
    x0 = max((s.right for s in kept), default=0.0) + MARGIN
    placed: dict[str, Shape] = {}

    def cells(keys: list[str], left: float, top: float) -> tuple[float, float]:
        """Places ``keys`` in a square-ish grid; returns its right and bottom."""
        if not keys:
            return left, top
        columns = max(1, math.ceil(math.sqrt(len(keys) * 0.75)))
        cell_w = max(node_box(elements[k], sizes[k])[0] for k in keys) + 40.0
        cell_h = max(node_box(elements[k], sizes[k])[1] for k in keys) + 30.0
        for index, key in enumerate(keys):
            row, column = divmod(index, columns)
            width, height = sizes[key]
            placed[key] = Shape(
                element=key,
                x=left + column * cell_w + (cell_w - 40.0 - width) / 2,
                y=top + row * cell_h,
                width=width,
                height=height,
            )
        rows = math.ceil(len(keys) / columns)
        return left + columns * cell_w - 40.0, top + rows * cell_h - 30.0

    y = MARGIN
    for key in containers:
        if key in inside:
            continue
        right, bottom = cells(homes.get(key, []), x0 + 20.0, y + 50.0)
        width = max(sizes[key][0], right - x0 + 20.0)
        height = max(sizes[key][1], bottom - y + 20.0)
        placed[key] = Shape(element=key, x=x0, y=y, width=width, height=height, z=-1)
        y += height + GAP
    loose = [k for k in elements if k not in placed and k not in inside]
    loose += [k for k in inside if k not in placed]
    cells(loose, x0, y)
    shapes = tuple(
        s.model_copy(
            update={
                "x": placed[s.element].x,
                "y": placed[s.element].y,
                "width": placed[s.element].width,
                "height": placed[s.element].height,
            }
        )
        if s.element in placed
        else s
        for s in diagram.shapes
    )
    edges = tuple(
        _fresh(e, ())
        if {
            getattr(model.find(e.element), "source", None),
            getattr(model.find(e.element), "target", None),
        }
        & movable
        else e
        for e in diagram.edges
    )
    return diagram.model_copy(update={"shapes": shapes, "edges": edges})
