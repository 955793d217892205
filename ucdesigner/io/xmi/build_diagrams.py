"""Diagrams of an import: the file's own, rebuilt, or new ones laid out automatically.

These are the diagram steps of ``build.Builder``: shapes of kept elements at the
file's positions (each element once per diagram, sizes defaulted where the tool left
them out, a drawing moved into view when it lies at negative coordinates), lines of kept
relationships between shapes on the same diagram (with the tool's bend points), use
cases drawn inside a boundary counted as its members, and, for models without any
diagram, one laid-out diagram per package.
"""

from __future__ import annotations

import math
from collections import defaultdict

from ...l10n import tr
from ...layout import Elements, auto_layout, layout_new_diagram
from ...model import Diagram, Edge, Shape
from ...model.diagram import LIMIT, Point
from ...model.elements import NodeElement, Relationship, UseCase
from ...model.sizing import default_size
from .idmap import IdMap
from .raw import RawDiagram, RawModel
from .report import ImportReport

DRAWN_KINDS = frozenset({"actor", "usecase"})


class DiagramSteps:
    """The diagram half of the builder (it provides the attributes declared here)."""

    raw: RawModel
    report: ImportReport
    ids: IdMap
    kinds: dict[str, str]
    nodes: dict[str, NodeElement]
    relationships: list[Relationship]
    diagrams: list[Diagram]

    def container(self, xid: str | None) -> str | None:
        raise NotImplementedError

    def count(self, key: str, n: int = 1) -> None:
        raise NotImplementedError

    def build_diagrams(self) -> None:
        """Rebuild the file's diagrams that show actors or use cases; report the others."""
        kept_rels = {r.id: r for r in self.relationships}
        for raw_diagram in self.raw.diagrams:
            shapes: dict[str, Shape] = {}
            for raw_shape in raw_diagram.shapes:
                if self.kinds.get(raw_shape.element) in (None, "folder"):
                    continue
                node_id = self.ids.get(raw_shape.element)
                node = self.nodes.get(node_id)
                if node is None or node_id in shapes:
                    continue
                width, height = default_size(node)
                shapes[node_id] = Shape(
                    element=node_id,
                    x=_clamp(raw_shape.x),
                    y=_clamp(raw_shape.y),
                    width=_size(raw_shape.width, width),
                    height=_size(raw_shape.height, height),
                    z=-1 if node.kind in ("subject", "package") else 0,
                )
            name = raw_diagram.name or raw_diagram.kind or raw_diagram.xid
            if not any(self.nodes[s].kind in DRAWN_KINDS for s in shapes):
                self.report.drop(
                    tr('diagram "{name}"').format(name=name)
                    + (f" ({raw_diagram.kind})" if raw_diagram.kind else ""),
                    tr("shows no actors or use cases"),
                    raw_diagram.xid,
                )
                continue
            unsized = {
                self.ids.get(r.element)
                for r in raw_diagram.shapes
                if r.width is None or r.height is None
            }
            factor = _text_factor(shapes, self.nodes)
            shapes = _fit_text(shapes, self.nodes, factor)
            shapes, offset = _shift(_fit_boundaries(shapes, self.nodes, unsized))
            edges = []
            drawn = set()
            for raw_edge in raw_diagram.edges:
                rel = kept_rels.get(self.ids.get(raw_edge.element)) if raw_edge.element else None
                if (
                    rel is None
                    or rel.id in drawn
                    or rel.source not in shapes
                    or rel.target not in shapes
                ):
                    continue
                drawn.add(rel.id)
                bends = _bends(
                    raw_edge.waypoints, factor, offset, shapes[rel.source], shapes[rel.target]
                )
                edges.append(
                    Edge(
                        element=rel.id,
                        waypoints=bends,
                        hide_end_labels=(raw_edge.hide_end_labels or raw_diagram.hides_end_labels)
                        and rel.kind == "association",
                    )
                )
            edges += self.note_links(raw_diagram, shapes, drawn)
            home = self.container_of_diagram(raw_diagram.owner)
            diagram = Diagram(
                id=self.ids.get(raw_diagram.xid),
                name=name,
                package=home,
                shapes=tuple(shapes.values()),
                edges=tuple(edges),
                properties={"diagram type": raw_diagram.kind} if raw_diagram.kind else {},
                frame=raw_diagram.frame,
            )
            if not _usable_geometry(raw_diagram.shapes):
                outcome = auto_layout(
                    Elements(list(self.nodes.values()), self.relationships), diagram
                )
                diagram = outcome.diagram
                self._layout_notes(outcome.warnings)
                self.report.map(
                    tr('diagram "{name}"').format(name=name),
                    tr("had no usable positions: laid out automatically"),
                    raw_diagram.xid,
                )
            self.diagrams.append(diagram)
            self.count("diagram")
            self.count("shape", len(shapes))

    def _layout_notes(self, warnings: tuple[str, ...]) -> None:
        """The layout's warnings in the import report, each once."""
        for warning in warnings:
            if warning not in self.report.notes:
                self.report.notes.append(warning)

    def note_links(
        self, raw_diagram: RawDiagram, shapes: dict[str, Shape], drawn: set[str]
    ) -> list[Edge]:
        """The comment links the tool drew from a note to what it annotates."""
        links = {
            frozenset((r.source, r.target)): r
            for r in self.relationships
            if r.kind == "comment_link"
        }
        edges = []
        for note, element in raw_diagram.note_links:
            rel = links.get(frozenset((self.ids.get(note), self.ids.get(element))))
            if (
                rel is None
                or rel.id in drawn
                or rel.source not in shapes
                or rel.target not in shapes
            ):
                continue
            drawn.add(rel.id)
            edges.append(Edge(element=rel.id))
        return edges

    def container_of_diagram(self, owner: str | None) -> str | None:
        """The kept package a diagram belongs to (None: the model root)."""
        if owner is None:
            return None
        if self.kinds.get(owner) == "package":
            return self.ids.get(owner)
        if owner in self.raw.elements:
            home = self.container(owner)
            return self.ids.get(home) if home else None
        return None

    def subjects_from_diagrams(self) -> None:
        """Tools that draw a boundary without UML membership (EA): a use case drawn inside
        a boundary's box belongs to it."""
        members = {n.id for n in self.nodes.values() if isinstance(n, UseCase) and n.subjects}
        for diagram in self.diagrams:
            boxes = [s for s in diagram.shapes if self.nodes[s.element].kind == "subject"]
            for shape in diagram.shapes:
                node = self.nodes[shape.element]
                if not isinstance(node, UseCase) or node.id in members:
                    continue
                inside = tuple(b.element for b in boxes if b.contains_rect(shape))
                if inside and not set(inside) <= set(node.subjects):
                    self.nodes[node.id] = node.model_copy(
                        update={"subjects": tuple(dict.fromkeys((*node.subjects, *inside)))}
                    )

    def generate_diagrams(self) -> None:
        """One laid-out diagram per package that holds use cases: its own elements, the
        actors that take part in its use cases (wherever they live) and the boundaries
        those use cases belong to. The model root gets one too when it holds use cases
        or actors that no other diagram shows."""
        homes: dict[str | None, list[NodeElement]] = defaultdict(list)
        for node in self.nodes.values():
            homes[node.package].append(node)
        partners: dict[str, set[str]] = defaultdict(set)
        for rel in self.relationships:
            if rel.kind in ("association", "comment_link"):
                partners[rel.target].add(rel.source)
                partners[rel.source].add(rel.target)
        shown: set[str] = set()
        plans: list[tuple[str | None, list[NodeElement]]] = []
        packages = [n.id for n in self.nodes.values() if n.kind == "package"]
        for package in [*packages, None]:
            members = list(homes.get(package, []))
            cases = [n for n in members if isinstance(n, UseCase)]
            if package is None and not cases:
                members = [n for n in members if n.kind == "actor" and n.id not in shown]
            if not any(n.kind in DRAWN_KINDS for n in members):
                continue
            ids = {n.id for n in members}
            for case in cases:
                for extra in (*case.subjects, *partners[case.id]):
                    node = self.nodes[extra]
                    if extra not in ids and node.kind in ("actor", "subject", "comment"):
                        members.append(node)
                        ids.add(extra)
            for rel in self.relationships:  # the actors' own parents and children too
                if rel.kind == "generalization" and (rel.source in ids) != (rel.target in ids):
                    other = self.nodes[rel.target if rel.source in ids else rel.source]
                    if other.kind == "actor":
                        members.append(other)
                        ids.add(other.id)
            shown |= ids
            plans.append((package, members))
        plans.sort(key=lambda plan: plan[0] is not None)  # the model's own diagram first
        for package, members in plans:
            name = self.raw.name if package is None else self.nodes[package].name
            diagram_id = self.ids.fresh(f"diagram_{package or 'model'}")
            outcome = layout_new_diagram(
                diagram_id, name or "Use cases", package, members, self.relationships
            )
            self._layout_notes(outcome.warnings)
            # No tool chose to draw association end names and multiplicities here: like
            # Papyrus and RSA, the generated diagram leaves them to the properties.
            kinds = {r.id: r.kind for r in self.relationships}
            edges = tuple(
                e.model_copy(update={"hide_end_labels": True})
                if kinds.get(e.element) == "association"
                else e
                for e in outcome.diagram.edges
            )
            self.diagrams.append(outcome.diagram.model_copy(update={"edges": edges}))
            self.count("generated_diagram")


def _usable_geometry(shapes) -> bool:
    """False when a diagram's shapes have no real positions: (nearly) all at one place,
    as tools write diagrams whose layout they keep elsewhere."""
    placed = [(s.x, s.y) for s in shapes]
    if len(shapes) < 2:
        return True
    return len(set(placed)) * 2 > len(shapes)


def _clamp(value: float) -> float:
    if math.isnan(value):
        return 0.0
    return max(-LIMIT, min(LIMIT, value))


def _size(value: float | None, default: float) -> float:
    """A drawn size, or the default where the file has none or a nonsensical one."""
    if value is None or math.isnan(value) or value <= 0:
        return default
    return min(value, LIMIT)


MAX_TEXT_SCALE = 2.0


def _text_factor(shapes: dict[str, Shape], nodes: dict[str, NodeElement]) -> float:
    """Other tools draw with smaller fonts and shapes: the largest factor a use case needs
    to hold its text (at most ``MAX_TEXT_SCALE``)."""
    factor = 1.0
    for key, shape in shapes.items():
        if nodes[key].kind == "usecase":
            want_w, want_h = default_size(nodes[key])
            factor = max(factor, want_w / shape.width, want_h / shape.height)
    return min(factor, MAX_TEXT_SCALE)


def _fit_text(
    shapes: dict[str, Shape], nodes: dict[str, NodeElement], factor: float
) -> dict[str, Shape]:
    """Spread the drawing by ``factor`` (see ``_text_factor``): positions and boxes
    scale, so the arrangement stays as drawn; each actor, use case and note keeps its
    drawn size or the size its text needs, whichever is larger, around its new centre. A
    box that held shapes before still holds them."""
    needs = {key: default_size(nodes[key]) for key in shapes}
    holders = {
        key: [k for k, s in shapes.items() if k != key and box.contains_rect(s)]
        for key, box in shapes.items()
        if nodes[key].kind in ("subject", "package")
    }
    fitted: dict[str, Shape] = {}
    for key, shape in shapes.items():
        width, height = shape.width * factor, shape.height * factor
        cx, cy = (shape.x + shape.width / 2) * factor, (shape.y + shape.height / 2) * factor
        if nodes[key].kind in ("usecase", "actor", "comment"):
            want_w, want_h = needs[key]
            if nodes[key].kind == "actor":
                width, height = want_w, want_h  # the stick figure has one good size
            else:
                width, height = max(shape.width, want_w), max(shape.height, want_h)
        fitted[key] = shape.model_copy(
            update={
                "x": _clamp(cx - width / 2),
                "y": _clamp(cy - height / 2),
                "width": min(width, LIMIT),
                "height": min(height, LIMIT),
            }
        )
    for key, held in holders.items():
        box = fitted[key]
        if not held:
            continue
        left = min(box.x, *(fitted[k].x - 10 for k in held))
        top = min(box.y, *(fitted[k].y - 10 for k in held))
        right = max(box.right, *(fitted[k].right + 10 for k in held))
        bottom = max(box.bottom, *(fitted[k].bottom + 10 for k in held))
        fitted[key] = box.model_copy(
            update={"x": left, "y": top, "width": right - left, "height": bottom - top}
        )
    return fitted


def _fit_boundaries(
    shapes: dict[str, Shape], nodes: dict[str, NodeElement], unsized: set[str]
) -> dict[str, Shape]:
    """Boundaries drawn at their default size (no size in the file) grow to hold their
    use cases, as the tool showed them."""
    for subject_id, box in list(shapes.items()):
        if nodes[subject_id].kind != "subject" or subject_id not in unsized:
            continue
        inside = [
            s
            for s in shapes.values()
            if isinstance(nodes[s.element], UseCase) and subject_id in nodes[s.element].subjects
        ]
        if not inside:
            continue
        right = max(box.right, *(s.right + 20 for s in inside))
        bottom = max(box.bottom, *(s.bottom + 20 for s in inside))
        shapes[subject_id] = box.model_copy(
            update={"width": min(right - box.x, LIMIT), "height": min(bottom - box.y, LIMIT)}
        )
    return shapes


def _shift(shapes: dict[str, Shape]) -> tuple[dict[str, Shape], tuple[float, float]]:
    """Move a diagram drawn partly at negative coordinates (Umbrello) into view; also
    returns how far, for the lines' bend points."""
    if not shapes:
        return shapes, (0.0, 0.0)
    min_x = min(s.x for s in shapes.values())
    min_y = min(s.y for s in shapes.values())
    dx = 40.0 - min_x if min_x < 0 else 0.0
    dy = 40.0 - min_y if min_y < 0 else 0.0
    if not dx and not dy:
        return shapes, (0.0, 0.0)
    moved = {
        k: s.model_copy(update={"x": _clamp(s.x + dx), "y": _clamp(s.y + dy)})
        for k, s in shapes.items()
    }
    return moved, (dx, dy)


MAX_BENDS = 50
"""More bend points than this on one line is not a drawing but noise; the line is drawn
straight."""


def _bends(
    points: list[tuple[float, float]],
    factor: float,
    offset: tuple[float, float],
    source: Shape,
    target: Shape,
) -> tuple[Point, ...]:
    """The tool's bend points of a line, spread and moved with its shapes, and ordered
    from the relationship's source to its target (tools store a line in the direction it
    was drawn). A straight line where a point is not a number or there are too many."""
    if not points or len(points) > MAX_BENDS:
        return ()
    if not all(math.isfinite(x) and math.isfinite(y) for x, y in points):
        return ()
    dx, dy = offset
    moved = [(_clamp(x * factor + dx), _clamp(y * factor + dy)) for x, y in points]
    if _distance(moved[0], target) + _distance(moved[-1], source) < _distance(
        moved[0], source
    ) + _distance(moved[-1], target):
        moved.reverse()
    return tuple(Point(x=x, y=y) for x, y in moved)


def _distance(point: tuple[float, float], shape: Shape) -> float:
    return math.hypot(point[0] - shape.x - shape.width / 2, point[1] - shape.y - shape.height / 2)
