"""Three-way merge of two versions of a document that grew from one base.

Things are matched by id (elements, relationships, diagrams), by element id within a
diagram (shapes, lines) and then by field (a shape's position, size, style...). A change
made on one side only is taken; the same change on both sides is taken once; two
different changes to the same field, or a change on one side and a deletion on the
other, are conflicts: the result keeps ours (or the side that kept the thing) and
records both values in ``DocumentData.conflicts``.

The result always obeys the model's rules: a relationship, shape or line that needs
something the other side deleted brings it back as a conflict; what still does not fit
together (an include cycle made by the two sides, a rule the combination breaks) goes
back to ours, again as a conflict. Nothing here reads or writes files.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ValidationError

from ..conflict import Conflict, ConflictScope
from ..data import DocumentData
from ..diagram import Diagram, DiagramInfo, Edge, Shape
from ..elements import Element, Extend, NodeElement, Relationship, UseCase
from ..integrity import integrity_problems
from ..problems import Problem
from ..rules import CONNECTION_RULES
from .diff import plain
from .words import field_word, title

INFO_FIELDS = ("name", "documentation", "properties", "settings", "journey")
DIAGRAM_FIELDS = ("name", "package", "documentation", "properties", "lanes")
SHAPE_GROUPS: dict[str, tuple[str, ...]] = {
    "position": ("x", "y"),
    "size": ("width", "height"),
    "z": ("z",),
    "style": ("style",),
    "pinned": ("pinned",),
}
EDGE_GROUPS: dict[str, tuple[str, ...]] = {
    "route": ("waypoints", "label_offset", "note_offset"),
    "style": ("style",),
    "hide_end_labels": ("hide_end_labels",),
}
"""Fields of a shape or line that change together (a move changes x and y): each
group merges, and conflicts, as one."""

_MAX_ROUNDS = 50


@dataclass(frozen=True)
class MergeResult:
    """The merged document and the conflicts it holds (also in ``data.conflicts``)."""

    data: DocumentData
    conflicts: tuple[Conflict, ...]

    @property
    def clean(self) -> bool:
        return not self.conflicts


@dataclass
class _Parts:
    """A document taken apart into tables keyed by id."""

    info: dict[str, Any]
    nodes: dict[str, NodeElement]
    rels: dict[str, Relationship]
    diagrams: dict[str, DiagramInfo]
    shapes: dict[str, dict[str, Shape]]
    edges: dict[str, dict[str, Edge]]
    conflicts: tuple[Conflict, ...] = ()

    @classmethod
    def of(cls, data: DocumentData) -> _Parts:
        return cls(
            info={f: getattr(data, f) for f in INFO_FIELDS},
            nodes={e.id: e for e in data.elements},
            rels={r.id: r for r in data.relationships},
            diagrams={d.id: d.info() for d in data.diagrams},
            shapes={d.id: {s.element: s for s in d.shapes} for d in data.diagrams},
            edges={d.id: {e.element: e for e in d.edges} for d in data.diagrams},
            conflicts=data.conflicts,
        )

    def element(self, element_id: str) -> Element | None:
        return self.nodes.get(element_id) or self.rels.get(element_id)

    def build(self, version: int) -> DocumentData:
        return DocumentData.model_construct(
            version=version,
            **self.info,
            elements=tuple(self.nodes[k] for k in sorted(self.nodes)),
            relationships=tuple(self.rels[k] for k in sorted(self.rels)),
            diagrams=tuple(
                Diagram.model_construct(
                    **info.__dict__,
                    shapes=tuple(self.shapes[d][k] for k in sorted(self.shapes[d])),
                    edges=tuple(self.edges[d][k] for k in sorted(self.edges[d])),
                )
                for d, info in self.diagrams.items()
            ),
            conflicts=self.conflicts,
        )


def merge(base: DocumentData, ours: DocumentData, theirs: DocumentData) -> MergeResult:
    """Merge ``ours`` and ``theirs``, both descended from ``base`` (see the module
    docstring). Conflicts already in ``ours`` are kept."""
    merger = _Merger(_Parts.of(base), _Parts.of(ours), _Parts.of(theirs))
    data = merger.run(ours.version)
    return MergeResult(data, tuple(merger.conflicts))


def _pick(base: Any, ours: Any, theirs: Any) -> tuple[Any, bool]:
    """The merged value of one field and whether the two sides conflict."""
    if ours is theirs or ours == theirs:
        return ours, False
    if ours == base:
        return theirs, False
    if theirs == base:
        return ours, False
    return ours, True


def _order(base: Iterable[str], ours: Iterable[str], theirs: Iterable[str]) -> list[str]:
    """The order of keys after merging: the side that reordered wins, and what only
    theirs added goes after ours."""
    b, o, t = list(base), list(ours), list(theirs)
    if o == b:
        return t
    if t == b:
        return o
    seen = set(o)
    return o + [k for k in t if k not in seen]


@dataclass
class _Merger:
    base: _Parts
    ours: _Parts
    theirs: _Parts
    conflicts: list[Conflict] = field(default_factory=list)
    out: _Parts = field(init=False)
    pinned: set[tuple[str, ...]] = field(default_factory=set)
    """Things set back to ours; what needs them gives way instead of bringing them back."""
    _by_target: dict[tuple[str, str, str, str], int] = field(default_factory=dict)

    # ------------------------------------------------------------------ running

    def run(self, version: int) -> DocumentData:
        b, o, t = self.base, self.ours, self.theirs
        conflicts, clash = _pick(b.conflicts, o.conflicts, t.conflicts)
        self.out = _Parts({}, {}, {}, {}, {}, {})
        self.out.conflicts = o.conflicts if clash else conflicts
        self._merge_info()
        self.out.nodes = self._merge_elements(b.nodes, o.nodes, t.nodes)
        self.out.rels = self._merge_elements(b.rels, o.rels, t.rels)
        self._merge_diagrams()
        self._keep_dependents()
        return self._settle(version)

    def _keep_dependents(self) -> None:
        """An element one side deleted and the other changed is kept: so are its
        relationships, shapes and lines as the keeping side has them."""
        for conflict in list(self.conflicts):
            if (
                conflict.scope != "element"
                or conflict.field
                or None
                not in (
                    conflict.ours,
                    conflict.theirs,
                )
            ):
                continue
            keeper = self.ours if conflict.theirs is None else self.theirs
            element_id = conflict.target
            rels = [
                r
                for r in keeper.rels.values()
                if element_id in (r.source, r.target) and r.id not in self.out.rels
            ]
            for rel in rels:
                self.out.rels[rel.id] = rel
            for diagram_id in self.out.diagrams:
                shapes, edges = keeper.shapes.get(diagram_id, {}), keeper.edges.get(diagram_id, {})
                if element_id in shapes:
                    self.out.shapes[diagram_id].setdefault(element_id, shapes[element_id])
                for rel in rels:
                    if rel.id in edges:
                        self.out.edges[diagram_id].setdefault(rel.id, edges[rel.id])

    def _settle(self, version: int) -> DocumentData:
        """Bring back or set back things until the result obeys every rule."""
        for _ in range(_MAX_ROUNDS):
            if self._restore_references():
                continue
            data = self._build(version)
            problems = integrity_problems(data)
            if not problems:
                return data
            if not self._set_back_for(problems):
                break
        self._set_back_everything()
        return self._build(version)

    def _build(self, version: int) -> DocumentData:
        kept = self.out.conflicts
        used = {c.id for c in kept}
        numbered: list[Conflict] = []
        counter = 0
        for conflict in self.conflicts:
            counter += 1
            while f"conflict-{counter}" in used:
                counter += 1
            numbered.append(conflict.model_copy(update={"id": f"conflict-{counter}"}))
        self.conflicts = numbered
        parts = _Parts(**{**self.out.__dict__, "conflicts": kept + tuple(numbered)})
        return parts.build(version)

    # ------------------------------------------------------------------ conflicts

    def _conflict(
        self,
        scope: ConflictScope,
        target: str,
        field_name: str,
        values: tuple[Any, Any, Any],
        message: str,
        diagram: str | None = None,
    ) -> None:
        base, ours, theirs = (plain(v) for v in values)
        conflict = Conflict.model_construct(
            id=f"conflict-{len(self.conflicts) + 1}",
            scope=scope,
            target=target,
            diagram=diagram,
            field=field_name,
            message=message,
            base=base,
            ours=ours,
            theirs=theirs,
        )
        key = _key(conflict)
        if key in self._by_target:
            self.conflicts[self._by_target[key]] = conflict
        else:
            self._by_target[key] = len(self.conflicts)
            self.conflicts.append(conflict)

    def _drop_conflicts(self, keep: Callable[[Conflict], bool]) -> None:
        self.conflicts = [c for c in self.conflicts if keep(c)]
        self._by_target = {_key(c): i for i, c in enumerate(self.conflicts)}

    # ------------------------------------------------------------------ merging

    def _merge_info(self) -> None:
        for name in INFO_FIELDS:
            values = (self.base.info[name], self.ours.info[name], self.theirs.info[name])
            value, clash = _pick(*values)
            self.out.info[name] = value
            if clash:
                self._conflict(
                    "document",
                    "",
                    name,
                    values,
                    f"The model's {field_word(name)}: ours and theirs changed it differently.",
                )

    def _merge_elements(self, base: dict, ours: dict, theirs: dict) -> dict:
        result: dict[str, Element] = {}
        for key in ours.keys() | theirs.keys():
            b, o, t = base.get(key), ours.get(key), theirs.get(key)
            value, clash = _pick(b, o, t)
            if clash:
                value = self._element_clash(key, b, o, t)
            if value is not None:
                result[key] = value
        return result

    def _element_clash(self, key: str, b: Any, o: Any, t: Any) -> Element:
        if o is None or t is None:
            kept = o if o is not None else t
            deleter, keeper = ("ours", "theirs") if o is None else ("theirs", "ours")
            self._conflict(
                "element",
                key,
                "",
                (b, o, t),
                f"{_named(kept)}: {deleter} deleted it, {keeper} changed it.",
            )
            return kept
        if o.kind != t.kind:
            self._conflict(
                "element",
                key,
                "",
                (b, o, t),
                f"{_named(o)}: ours and theirs made different things.",
            )
            return o
        merged = _merge_fields(
            b, o, t, {n: (n,) for n in type(o).model_fields if n not in ("id", "kind")}
        )
        if merged is None:
            self._conflict(
                "element",
                key,
                "",
                (b, o, t),
                f"{_named(o)}: ours' and theirs' changes do not fit together.",
            )
            return o
        value, clashes = merged
        for name in clashes:
            self._conflict(
                "element",
                key,
                name,
                (getattr(b, name, None), getattr(o, name), getattr(t, name)),
                f"{_named(o)}: ours and theirs changed the {field_word(name)} differently.",
            )
        return value

    def _merge_diagrams(self) -> None:
        b, o, t = self.base, self.ours, self.theirs
        order = _order(b.diagrams, o.diagrams, t.diagrams)
        for key in order:
            if key not in o.diagrams and key not in t.diagrams:
                continue
            bi, oi, ti = b.diagrams.get(key), o.diagrams.get(key), t.diagrams.get(key)
            if oi is None or ti is None:
                side = o if oi is not None else t
                changed = (
                    side.diagrams[key] != (bi if bi else None)
                    or side.shapes[key] != b.shapes.get(key)
                    or side.edges[key] != b.edges.get(key)
                )
                if bi is not None and not changed:
                    continue  # deleted on one side, untouched on the other
                if bi is not None:
                    kept = side.diagrams[key]
                    deleter = "ours" if oi is None else "theirs"
                    self._conflict(
                        "diagram",
                        key,
                        "",
                        (bi, oi, ti),
                        f'Diagram "{kept.name or key}": {deleter} deleted it, the other '
                        "side changed it.",
                    )
                self.out.diagrams[key] = side.diagrams[key]
                self.out.shapes[key] = dict(side.shapes[key])
                self.out.edges[key] = dict(side.edges[key])
                continue
            self.out.diagrams[key] = self._merge_diagram_info(key, bi, oi, ti)
            self.out.shapes[key] = self._merge_drawn(
                "shape", key, b.shapes.get(key, {}), o.shapes[key], t.shapes[key], SHAPE_GROUPS
            )
            self.out.edges[key] = self._merge_drawn(
                "edge", key, b.edges.get(key, {}), o.edges[key], t.edges[key], EDGE_GROUPS
            )

    def _merge_diagram_info(
        self, key: str, b: DiagramInfo | None, o: DiagramInfo, t: DiagramInfo
    ) -> DiagramInfo:
        value, clash = _pick(b, o, t)
        if not clash:
            return value
        merged = _merge_fields(b, o, t, {n: (n,) for n in DIAGRAM_FIELDS})
        if merged is None:
            return o
        value, clashes = merged
        for name in clashes:
            self._conflict(
                "diagram",
                key,
                name,
                (getattr(b, name, None), getattr(o, name), getattr(t, name)),
                f'Diagram "{o.name or key}": ours and theirs changed the '
                f"{field_word(name)} differently.",
            )
        return value

    def _merge_drawn(
        self,
        scope: ConflictScope,
        diagram: str,
        base: dict[str, Any],
        ours: dict[str, Any],
        theirs: dict[str, Any],
        groups: dict[str, tuple[str, ...]],
    ) -> dict[str, Any]:
        what = "shape" if scope == "shape" else "line"
        result: dict[str, Any] = {}
        for key in ours.keys() | theirs.keys():
            b, o, t = base.get(key), ours.get(key), theirs.get(key)
            value, clash = _pick(b, o, t)
            if clash:
                element = self.ours.element(key) or self.theirs.element(key)
                named = f"The {what} of {_named(element) if element else key}"
                if o is None or t is None:
                    value = o if o is not None else t
                    deleter = "ours" if o is None else "theirs"
                    self._conflict(
                        scope,
                        key,
                        "",
                        (b, o, t),
                        f"{named}: {deleter} deleted it, the other side changed it.",
                        diagram,
                    )
                else:
                    merged = _merge_fields(b, o, t, groups)
                    value, clashes = merged if merged else (o, list(groups))
                    for name in clashes:
                        self._conflict(
                            scope,
                            key,
                            name,
                            tuple(_group(v, groups[name]) for v in (b, o, t)),
                            f"{named}: ours and theirs changed its {name.replace('_', ' ')} "
                            "differently.",
                            diagram,
                        )
            if value is not None:
                result[key] = value
        return result

    # ------------------------------------------------------------------ keeping the rules

    def _restore_references(self) -> bool:
        """Bring back what something in the result needs and one side deleted; when it
        was set back to ours on purpose, set the thing that needs it back instead.
        True when anything changed."""
        out = self.out
        changed = False
        for node in list(out.nodes.values()):
            needed = [node.package] if node.package else []
            if isinstance(node, UseCase):
                needed += list(node.subjects)
                if node.specification is not None:
                    needed += sorted(node.specification.actor_ids())
            changed |= self._need(node, needed)
        for rel in list(out.rels.values()):
            changed |= self._need(rel, [rel.source, rel.target])
        for rel in list(out.rels.values()):
            if isinstance(rel, Extend) and rel.id in out.rels:
                target = out.nodes.get(rel.target)
                points = {p.id for p in getattr(target, "extension_points", ())}
                if any(p not in points for p in rel.extension_points):
                    changed |= self._set_back_or_target(rel, target)
        for diagram_id, info in list(out.diagrams.items()):
            if info.package and info.package not in out.nodes:
                if not self._bring_back(info.package, f'diagram "{info.name}"'):
                    self._set_back_diagram(diagram_id)
                changed = True
        for diagram_id in list(out.diagrams):
            changed |= self._restore_drawn(diagram_id)
        return changed

    def _need(self, thing: Element, needed: Iterable[str]) -> bool:
        missing = [n for n in needed if n not in self.out.nodes]
        if not missing:
            return False
        for needed_id in missing:
            if thing.id not in self.out.nodes and thing.id not in self.out.rels:
                break
            if not self._bring_back(needed_id, _named(thing)):
                self._set_back(thing.id)
        return True

    def _bring_back(self, element_id: str, needed_by: str) -> bool:
        """Put back an element one side deleted; False when it may not come back."""
        if ("element", element_id) in self.pinned:
            return False
        o, t = self.ours.element(element_id), self.theirs.element(element_id)
        kept = o or t
        if kept is None:
            return False
        target = self.out.nodes if isinstance(kept, NodeElement) else self.out.rels
        target[element_id] = kept
        deleter = "ours" if o is None else "theirs"
        self._conflict(
            "element",
            element_id,
            "",
            (self.base.element(element_id), o, t),
            f"{_named(kept)}: {deleter} deleted it, but {needed_by} still needs it.",
        )
        side = self.ours if o is not None else self.theirs
        for diagram_id, shapes in side.shapes.items():
            shape = shapes.get(element_id)
            if shape is not None and diagram_id in self.out.diagrams:
                self.out.shapes[diagram_id].setdefault(element_id, shape)
        # A shape or line conflict about the same element is part of this one.
        self._drop_conflicts(
            lambda c: not (c.scope in ("shape", "edge") and c.target == element_id and not c.field)
        )
        return True

    def _set_back_or_target(self, rel: Extend, target: NodeElement | None) -> bool:
        if self.ours.rels.get(rel.id) != rel or target is None:
            self._set_back(rel.id)
        else:
            self._set_back(target.id)
        return True

    def _restore_drawn(self, diagram_id: str) -> bool:
        out = self.out
        changed = False
        shapes = out.shapes[diagram_id]
        for element_id in list(shapes):
            if element_id not in out.nodes:
                changed = True
                if not self._bring_back(element_id, f"a shape on diagram {diagram_id}"):
                    self._set_back_drawn("shape", diagram_id, element_id)
        edges = out.edges[diagram_id]
        for rel_id in list(edges):
            rel = out.rels.get(rel_id)
            if rel is None:
                changed = True
                if not self._bring_back(rel_id, f"a line on diagram {diagram_id}"):
                    self._set_back_drawn("edge", diagram_id, rel_id)
                continue
            for end in (rel.source, rel.target):
                if end in shapes or end not in out.nodes:
                    continue
                changed = True
                shape = self.ours.shapes.get(diagram_id, {}).get(end) or self.theirs.shapes.get(
                    diagram_id, {}
                ).get(end)
                if shape is not None and ("shape", diagram_id, end) not in self.pinned:
                    shapes[end] = shape
                else:
                    self._set_back_drawn("edge", diagram_id, rel_id)
                    break
        return changed

    def _set_back(self, element_id: str, reason: str = "") -> None:
        """Set an element or relationship back to ours, as a conflict."""
        self.pinned.add(("element", element_id))
        o, t = self.ours.element(element_id), self.theirs.element(element_id)
        current = self.out.element(element_id)
        self.out.nodes.pop(element_id, None)
        self.out.rels.pop(element_id, None)
        if o is not None:
            (self.out.nodes if isinstance(o, NodeElement) else self.out.rels)[element_id] = o
        named = _named(o or t or current)
        self._drop_conflicts(lambda c: not (c.scope == "element" and c.target == element_id))
        self._conflict(
            "element",
            element_id,
            "",
            (self.base.element(element_id), o, t),
            f"{named}: ours' and theirs' changes do not fit together"
            + (f" ({reason})" if reason else "")
            + "; ours is kept.",
        )

    def _set_back_drawn(self, scope: ConflictScope, diagram_id: str, element_id: str) -> None:
        self.pinned.add((scope, diagram_id, element_id))
        table = self.out.shapes if scope == "shape" else self.out.edges
        side_tables = (self.ours.shapes, self.theirs.shapes, self.base.shapes)
        if scope == "edge":
            side_tables = (self.ours.edges, self.theirs.edges, self.base.edges)
        o, t, b = (tables.get(diagram_id, {}).get(element_id) for tables in side_tables)
        table[diagram_id].pop(element_id, None)
        if o is not None:
            table[diagram_id][element_id] = o
        if o != t:
            element = self.ours.element(element_id) or self.theirs.element(element_id)
            what = "shape" if scope == "shape" else "line"
            self._conflict(
                scope,
                element_id,
                "",
                (b, o, t),
                f"The {what} of {_named(element) if element else element_id}: ours' and "
                "theirs' changes do not fit together; ours is kept.",
                diagram_id,
            )

    def _set_back_diagram(self, diagram_id: str) -> None:
        info = self.ours.diagrams.get(diagram_id)
        if info is None:
            del self.out.diagrams[diagram_id], self.out.shapes[diagram_id]
            del self.out.edges[diagram_id]
        else:
            self.out.diagrams[diagram_id] = info

    def _set_back_for(self, problems: list[Problem]) -> bool:
        """Set back to ours what the remaining problems name; True when anything changed."""
        out, ours = self.out, self.ours
        changed = False
        cycle_kinds = {p.code.removesuffix("-cycle") for p in problems if p.code.endswith("-cycle")}
        for kind in sorted(cycle_kinds & set(CONNECTION_RULES)):
            for rel in _on_cycles([r for r in out.rels.values() if r.kind == kind]):
                if ours.rels.get(rel.id) != rel:
                    self._set_back(
                        rel.id, f"with both sides' changes the {kind}s go round in a circle"
                    )
                    changed = True
        for problem in problems:
            element_id = problem.element_id
            if problem.code.endswith("-cycle") or element_id is None:
                continue
            if out.element(element_id) != ours.element(element_id):
                self._set_back(element_id, problem.message.rstrip("."))
                changed = True
        return changed

    def _set_back_everything(self) -> None:
        """The last resort: the result is ours, and everything theirs changed is a conflict."""
        for element_id in set(self.out.nodes) | set(self.out.rels) | set(self.theirs.nodes):
            if self.out.element(element_id) != self.ours.element(element_id):
                self._set_back(element_id)
        for element_id in set(self.theirs.rels):
            if self.out.element(element_id) != self.ours.element(element_id):
                self._set_back(element_id)
        self.out.info = dict(self.ours.info)
        self.out.diagrams = dict(self.ours.diagrams)
        self.out.shapes = {k: dict(v) for k, v in self.ours.shapes.items()}
        self.out.edges = {k: dict(v) for k, v in self.ours.edges.items()}
        self._drop_conflicts(lambda c: c.scope == "element")


def _on_cycles(rels: list[Relationship]) -> list[Relationship]:
    """The relationships that lie on a cycle (their target reaches their source)."""
    graph: dict[str, set[str]] = {}
    for rel in rels:
        graph.setdefault(rel.source, set()).add(rel.target)

    def reaches(start: str, goal: str) -> bool:
        seen, stack = {start}, [start]
        while stack:
            node = stack.pop()
            if node == goal:
                return True
            for nxt in graph.get(node, ()):
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
        return False

    return [rel for rel in rels if reaches(rel.target, rel.source)]


def _merge_fields(
    base: BaseModel | None, ours: BaseModel, theirs: BaseModel, groups: dict[str, tuple[str, ...]]
) -> tuple[Any, list[str]] | None:
    """Merge two versions of one thing group by group: the merged value and the groups
    changed both ways (ours kept); None when the merged fields do not validate."""
    update: dict[str, Any] = {}
    clashes: list[str] = []
    for name, fields in groups.items():
        values = tuple(_group(v, fields) for v in (base, ours, theirs))
        value, clash = _pick(*values)
        if clash:
            clashes.append(name)
        elif value != values[1]:
            update.update({f: getattr(theirs, f) for f in fields})
    if not update:
        return ours, clashes
    try:
        dumped = {**ours.model_dump(), **{k: plain_full(v) for k, v in update.items()}}
        return type(ours).model_validate(dumped), clashes
    except ValidationError:
        return None


def plain_full(value: Any) -> Any:
    """A field value as plain data with every default written (to validate again)."""
    if isinstance(value, BaseModel):
        return value.model_dump()
    if isinstance(value, tuple | list):
        return [plain_full(v) for v in value]
    return value


def _group(value: Any, fields: tuple[str, ...]) -> Any:
    if value is None:
        return None
    if len(fields) == 1:
        return getattr(value, fields[0], None)
    return tuple(getattr(value, f) for f in fields)


def _named(element: Element | None) -> str:
    if element is None:
        return "Something"
    return f"{element.label.capitalize()} {title(element)}" if element.name else title(element)


def _key(conflict: Conflict) -> tuple[str, str, str, str]:
    return (conflict.scope, conflict.diagram or "", conflict.target, conflict.field)
