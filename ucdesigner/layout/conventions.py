"""The use case conventions, written as a graph for the engine: boundaries and packages
are clusters holding their members; initiating actors on the first rank (left, or top),
supporting and system actors on the last; included use cases and extensions after their
base; generalization parents before (above) their children; comments beside what they
annotate."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ..model import Diagram, Shape
from ..model.elements import Association, Element, Relationship, UseCase
from ..model.sizing import (
    LINE_HEIGHT,
    SMALL_CHAR_WIDTH,
    SMALL_LINE_HEIGHT,
    TEXT_SHARE,
    default_size,
    text_width,
    wrapped_lines,
)
from .elements import Model
from .graphviz import Cluster, Graph, Link, Node

CONTAINER_KINDS = frozenset({"subject", "package"})
ACTOR_NAME_ROOM = 36.0
"""Below an actor's figure: its name."""
ACTOR_CHAR = 8.5
ACTOR_LABEL_WIDTH = 150.0
"""As the canvas: the width an actor's name wraps at."""
NOTE_WIDTH = 220.0
MANY_COMMENT_LINKS = 40
"""Above this many comment-to-supporting-actor links, one per comment (see ``plan``)."""
SUPPORTING_WORDS = ("system", "secondary", "supporting", "external", "service")
SYSTEM_NAMES = ("system", "database", "server", "service", "gateway", "api", "bank", "provider")
"""Last words of an actor's name that say it is a system the use cases call on."""


@dataclass
class Plan:
    """A graph for the engine and how to read its answer back."""

    graph: Graph
    sizes: dict[str, tuple[float, float]]
    """Each laid-out element's shape size."""
    reversed_links: set[str] = field(default_factory=set)
    """Relationship ids drawn against the engine's direction (their route is turned)."""
    clusters: dict[str, Cluster] = field(default_factory=dict)
    """Container element id -> its cluster."""
    leaves: dict[str, list[str]] = field(default_factory=dict)
    """Use case id -> keys of the actor links leading to it (for wrapping into columns)."""
    turned: bool = False
    """The graph's shapes and lines are in the reverse order (a variant for the engine)."""


def shape_size(element: Element, shape: Shape | None) -> tuple[float, float]:
    """The size an element gets: at least what its text needs, never less than it had."""
    width, height = default_size(element)
    if isinstance(element, UseCase):
        width, height = _roomy(element, width, height)
    if shape is not None and element.kind != "actor":
        width, height = max(width, shape.width), max(height, shape.height)
    elif shape is not None:
        width, height = shape.width, shape.height
    return width, height


WRAP_SLACK = 0.9
"""Share of the estimated text width the name is checked to fit in: real faces run up to
a tenth wider than the average advance, and a word that no longer fits takes a line."""


def _roomy(element: UseCase, width: float, height: float) -> tuple[float, float]:
    """A use case's estimated size made safe against a wider face: widened until its name
    wraps into no more lines with a tenth less room, and tall enough for those lines."""
    return _roomy_name(element.name, width, height)


@lru_cache(maxsize=4096)
def _roomy_name(name: str, width: float, height: float) -> tuple[float, float]:
    # (every try of a layout plans the same names again: measured once)
    if not name.strip():
        return width, height
    lines = wrapped_lines(name, width * TEXT_SHARE)
    grown = width
    while wrapped_lines(name, grown * TEXT_SHARE * WRAP_SLACK) > lines and grown < 460:
        grown += 10
    safe_lines = wrapped_lines(name, grown * TEXT_SHARE * WRAP_SLACK)
    extra = max(0, safe_lines - lines) * LINE_HEIGHT / TEXT_SHARE
    return grown, height + extra


def node_box(element: Element, size: tuple[float, float]) -> tuple[float, float]:
    """The room a shape needs around it (an actor's name below its figure)."""
    width, height = size
    if element.kind == "actor":
        # The canvas wraps the name at ACTOR_LABEL_WIDTH under the figure, a stereotype
        # line above it; estimated generously, so no line is routed through the name.
        name = element.name or " "
        lines = wrapped_lines(name, ACTOR_LABEL_WIDTH, ACTOR_CHAR)
        room = 4 + lines * LINE_HEIGHT + (SMALL_LINE_HEIGHT if element.stereotypes else 0)
        name_width = min(ACTOR_LABEL_WIDTH, text_width(name, ACTOR_CHAR))
        return max(width, name_width + 8), height + max(ACTOR_NAME_ROOM, room + 2)
    return width, height


def label_size(relationship: Relationship) -> tuple[float, float] | None:
    """Room for a line's keyword/name label, and an extend's condition note below it."""
    # As the canvas draws it (``labels.label_text``): keyword and stereotypes, then the name.
    keywords = [relationship.kind] if relationship.kind in ("include", "extend") else []
    keywords += [s for s in relationship.stereotypes if s not in keywords]
    lines = ["«" + ", ".join(keywords) + "»"] if keywords else []
    if relationship.name:
        lines.append(relationship.name)
    width = max((len(t) * SMALL_CHAR_WIDTH + 10 for t in lines), default=0.0)
    height = len(lines) * SMALL_LINE_HEIGHT + 4 if lines else 0.0
    condition = getattr(relationship, "condition", "").strip()
    if relationship.kind == "extend" and condition:
        text = f"Condition: {{{condition}}}"
        note_w = min(NOTE_WIDTH, len(text) * SMALL_CHAR_WIDTH) + 16
        rows = wrapped_lines(text, NOTE_WIDTH, SMALL_CHAR_WIDTH)
        if getattr(relationship, "extension_points", ()):
            rows += 1
        width = max(width, note_w)
        height += rows * SMALL_LINE_HEIGHT + 22
    return (width, height) if lines or height else None


def supporting(document: Model, actor: Element, rels: list[Relationship]) -> bool:
    """True for an actor that the system calls on rather than one who starts a use case:
    the arrows of its associations point at it, or its stereotype or name says system."""
    words = " ".join(actor.stereotypes).lower()
    if any(w in words for w in SUPPORTING_WORDS):
        return True
    towards = away = 0
    for rel in rels:
        if not isinstance(rel, Association) or actor.id not in (rel.source, rel.target):
            continue
        mine, other = (
            (rel.source_end, rel.target_end)
            if rel.source == actor.id
            else (rel.target_end, rel.source_end)
        )
        if mine.navigable and not other.navigable:
            towards += 1
        elif other.navigable and not mine.navigable:
            away += 1
    del document
    if towards or away:
        return towards > away
    words = actor.name.lower().split()
    return bool(words) and words[-1] in SYSTEM_NAMES


def container_of(element: Element, shown: set[str], document: Model) -> str | None:
    """The boundary or package shown on the diagram that holds ``element``."""
    if isinstance(element, UseCase):
        for subject in element.subjects:
            if subject in shown:
                return subject
    package = getattr(element, "package", None)
    seen = set()
    while package is not None and package not in seen:
        seen.add(package)
        if package in shown:
            return package
        found = document.find(package)
        package = getattr(found, "package", None) if found is not None else None
    return None


def plan(
    document: Model,
    diagram: Diagram,
    movable: set[str],
    direction: str,
) -> Plan:
    """The engine's graph for the ``movable`` shapes of ``diagram``."""
    shapes = {s.element: s for s in diagram.shapes if s.element in movable}
    elements = {key: document.get(key) for key in shapes}
    rels = [r for r in document.relationships() if r.source in shapes and r.target in shapes]
    graph = Graph(rankdir="LR" if direction == "lr" else "TB")
    sizes = {key: shape_size(elements[key], shapes[key]) for key in shapes}
    shown = set(shapes)
    home = {key: container_of(elements[key], shown, document) for key in shapes}
    # A comment stands with what it annotates: in the same boundary or package.
    for rel in rels:
        if rel.kind != "comment_link":
            continue
        comment, other = (
            (rel.source, rel.target)
            if elements[rel.source].kind == "comment"
            else (rel.target, rel.source)
        )
        if elements[comment].kind == "comment" and home.get(comment) is None:
            home[comment] = other if elements[other].kind in CONTAINER_KINDS else home.get(other)
    # A container only becomes a cluster when it holds something; else it is a node.
    holding = {h for key, h in home.items() if h is not None and key != h}
    # A container never holds itself, even through a cycle of packages.
    for key in list(home):
        seen, at = {key}, home[key]
        while at is not None:
            if at in seen:
                home[key] = None
                break
            seen.add(at)
            at = home.get(at)
    result = Plan(graph=graph, sizes=sizes)
    clusters: dict[str, Cluster] = {}
    for key in shapes:
        if key in holding and elements[key].kind in CONTAINER_KINDS:
            name = elements[key].name or " "
            clusters[key] = Cluster(id=key, title=(len(name) * 9.0 + 20, LINE_HEIGHT + 12))
    for key, cluster in clusters.items():
        parent = home.get(key)
        if parent in clusters:
            clusters[parent].children.append(cluster)
        else:
            graph.clusters.append(cluster)
    for key in shapes:
        if key in clusters:
            continue
        element = elements[key]
        width, height = node_box(element, sizes[key])
        graph.nodes.append(
            Node(
                id=key,
                width=width,
                height=height,
                shape="ellipse" if element.kind == "usecase" else "box",
            )
        )
        parent = home.get(key)
        if parent in clusters:
            clusters[parent].members.append(key)
    result.clusters = clusters
    nodes = {n.id for n in graph.nodes}
    for element in elements.values():
        if element.kind == "actor" and element.id in nodes:
            if supporting(document, element, rels):
                graph.last.append(element.id)
            else:
                graph.first.append(element.id)
    # Kinds of an actor stand on its side: a generalization never joins the two sides.
    changed = True
    while changed:
        changed = False
        for rel in rels:
            if (
                rel.kind == "generalization"
                and rel.source in graph.last
                and rel.target in graph.first
            ):
                graph.last.remove(rel.source)
                graph.first.append(rel.source)
                changed = True
            elif (
                rel.kind == "generalization"
                and rel.target in graph.last
                and rel.source in graph.first
            ):
                graph.last.remove(rel.target)
                graph.first.append(rel.target)
                changed = True
    if not any(elements[n].kind == "usecase" for n in nodes):
        # Actors alone (a hierarchy of roles): parents above their children, no sides.
        graph.rankdir = "TB"
        graph.first, graph.last = [], []
        direction = "tb"
    side = set(graph.first) | set(graph.last)
    beside: dict[str, str] = {}
    for rel in rels:
        if rel.source not in nodes or rel.target not in nodes or rel.source == rel.target:
            continue
        tail, head = rel.source, rel.target
        turned = False
        constraint = True
        if rel.kind == "association":
            if head in graph.first or tail in graph.last:
                turned = True
        elif rel.kind == "extend":
            turned = True  # the base first, its extension after it
        elif rel.kind == "generalization":
            turned = True  # the parent first: above its children
            if direction == "lr":
                if tail in side or head in side:
                    constraint = ({tail, head} <= set(graph.first)) or (
                        {tail, head} <= set(graph.last)
                    )
                else:
                    graph.same_ranks.append([rel.target, rel.source])
        elif rel.kind == "comment_link":
            comment = tail if elements[tail].kind == "comment" else head
            other = head if comment == tail else tail
            # Beside what it annotates: on the next rank, after it in reading order.
            if comment in beside or comment in side:
                constraint = False
            beside.setdefault(comment, other)
            turned = comment == tail
        if turned:
            tail, head = head, tail
            result.reversed_links.add(rel.id)
        if (tail in side) and (head in side) and rel.kind != "generalization":
            constraint = False
        link = Link(key=rel.id, tail=tail, head=head, label=label_size(rel), constraint=constraint)
        graph.links.append(link)
        if rel.kind == "association" and tail in graph.first and elements[head].kind == "usecase":
            result.leaves.setdefault(head, []).append(rel.id)
    # Supporting actors stand after the comments too: a comment inside a boundary on
    # their rank would push them above or below the boundary. They share one rank, so
    # with many of them one link per comment says it (a link to each made dot three
    # times slower at 300 use cases; with few, the links also draw the comment towards
    # them, which dot's ordering of small diagrams does well with).
    many = len(beside) * len(graph.last) > MANY_COMMENT_LINKS
    for comment in beside:
        for actor in graph.last[:1] if many else graph.last:
            graph.links.append(
                Link(key="", tail=comment, head=actor, invisible=True, pinned_only=True)
            )
    # An actor on the first rank and one on the last rank in the same rank group (a
    # generalization between them) would contradict: the rank groups win.
    in_groups = {n for group in graph.same_ranks for n in group}
    graph.first = [n for n in graph.first if n not in in_groups or n in side]
    graph.same_ranks = [
        g
        for g in graph.same_ranks
        if not (set(g) & side) or set(g) <= set(graph.first) or set(g) <= set(graph.last)
    ]
    return result
