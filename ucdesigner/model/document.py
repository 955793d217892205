"""The Document: the model and its diagrams, and the only way to change them.

Every mutation goes through a method here. Each one validates first (the rules table,
ids, references), then applies a ``Transaction`` of primitive past-tense changes and
tells the listeners. ``apply(transaction.inverse())`` undoes any of them exactly, which
is all an undo command needs. Several calls inside ``with document.transaction(label):``
become one transaction, and are rolled back together if one of them is refused.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import chain
from typing import Any

from pydantic import ValidationError

from ..collector import collector_paused
from .base import clean_text
from .changes import (
    Change,
    DiagramAdded,
    DiagramChanged,
    DiagramMoved,
    DiagramRemoved,
    DocumentInfoChanged,
    EdgeAdded,
    EdgeChanged,
    EdgeRemoved,
    ElementAdded,
    ElementChanged,
    ElementRemoved,
    ShapeAdded,
    ShapeChanged,
    ShapeRemoved,
    Transaction,
)
from .conflict import Conflict
from .data import DocumentData
from .diagram import Diagram, DiagramInfo, Edge, Shape
from .elements import (
    Element,
    Extend,
    NodeElement,
    Relationship,
    UseCase,
)
from .errors import IntegrityError, ModelError, NotFound, RuleViolation
from .integrity import integrity_problems
from .journey import Journey, carried_step, step_problems
from .rules import connection_refusal, containment_refusal, membership_refusal
from .settings import DocumentSettings

Listener = Callable[[Transaction], None]


@dataclass
class _DiagramState:
    info: DiagramInfo
    shapes: dict[str, Shape] = field(default_factory=dict)
    edges: dict[str, Edge] = field(default_factory=dict)


@dataclass
class _Recorder:
    label: str
    start: int
    result: Transaction = field(default_factory=lambda: Transaction(()))


def format_validation_error(error: ValidationError, subject: str) -> str:
    """One readable sentence from a pydantic error: the field path and the problem."""
    first = error.errors()[0]
    path = ".".join(str(p) for p in first["loc"]) or "value"
    more = error.error_count() - 1
    tail = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
    return f"{subject}: {path}: {first['msg']}{tail}"


class Document:
    """A use case model with its diagrams. See the module docstring."""

    def __init__(self, name: str = "Model") -> None:
        self._info: dict[str, Any] = {
            "name": clean_text(name),
            "documentation": "",
            "properties": {},
            # The defaults, equal to DocumentSettings() and Journey() without building
            # their validators (which a document read from a file never uses).
            "settings": DocumentSettings.model_construct(),
            "journey": Journey.model_construct(),
            "conflicts": (),
        }
        self._nodes: dict[str, NodeElement] = {}
        self._relationships: dict[str, Relationship] = {}
        self._diagrams: dict[str, _DiagramState] = {}
        self._links: defaultdict[str, set[str]] = defaultdict(set)
        self._shown_on: defaultdict[str, set[str]] = defaultdict(set)
        self._point_owner: dict[str, str] = {}
        self._listeners: list[Listener] = []
        self._pending: list[Change] | None = None
        self._pending_label = ""

    # ------------------------------------------------------------------ listeners

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener(transaction)`` after every change; returns an unsubscribe function."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    # ------------------------------------------------------------------ queries

    @property
    def name(self) -> str:
        return self._info["name"]

    @property
    def documentation(self) -> str:
        return self._info["documentation"]

    @property
    def properties(self) -> dict[str, str]:
        return dict(self._info["properties"])

    @property
    def settings(self) -> DocumentSettings:
        """Settings saved with the document (export on save, disabled checks...)."""
        return self._info["settings"]

    @property
    def journey(self) -> Journey:
        """The customer journey: ordered stages and the touchpoints to choose from."""
        return self._info["journey"]

    @property
    def conflicts(self) -> tuple[Conflict, ...]:
        """Merge conflicts still to resolve (see model/conflict.py); usually empty."""
        return self._info["conflicts"]

    def find(self, element_id: str) -> Element | None:
        """The element or relationship with this id, or None."""
        return self._nodes.get(element_id) or self._relationships.get(element_id)

    def get(self, element_id: str) -> Element:
        """The element or relationship with this id; NotFound when there is none."""
        found = self.find(element_id)
        if found is None:
            raise NotFound(f'There is no element with id "{element_id}".')
        return found

    def nodes(self) -> list[NodeElement]:
        """Actors, use cases, boundaries, packages and comments, in the order they came."""
        return list(self._nodes.values())

    def relationships(self) -> list[Relationship]:
        return list(self._relationships.values())

    def of_kind(self, kind: str) -> list[Element]:
        """All elements or relationships of one kind (``"usecase"``, ``"include"``...)."""
        return [
            e for e in chain(self._nodes.values(), self._relationships.values()) if e.kind == kind
        ]

    def relationships_of(self, element_id: str) -> list[Relationship]:
        """Relationships that have this element at either end."""
        return [self._relationships[r] for r in sorted(self._links.get(element_id, ()))]

    def outgoing(self, element_id: str, kind: str | None = None) -> list[Relationship]:
        """Relationships whose source is this element (of one kind, if given), by id."""
        return self._ends(element_id, "source", kind)

    def incoming(self, element_id: str, kind: str | None = None) -> list[Relationship]:
        """Relationships whose target is this element (of one kind, if given), by id."""
        return self._ends(element_id, "target", kind)

    def _ends(self, element_id: str, end: str, kind: str | None) -> list[Relationship]:
        rels = self._relationships
        found = [
            rel
            for rel in (rels[r] for r in self._links.get(element_id, ()))
            if getattr(rel, end) == element_id and (kind is None or rel.kind == kind)
        ]
        found.sort(key=lambda rel: rel.id)
        return found

    def children(self, package_id: str | None) -> list[NodeElement]:
        """Elements owned directly by a package (None: the model root)."""
        return [n for n in self._nodes.values() if n.package == package_id]

    def members(self, subject_id: str) -> list[UseCase]:
        """Use cases that belong to a system boundary."""
        return [
            n for n in self._nodes.values() if isinstance(n, UseCase) and subject_id in n.subjects
        ]

    def extension_point_owner(self, point_id: str) -> UseCase | None:
        """The use case that owns an extension point."""
        owner = self._point_owner.get(point_id)
        return self._nodes.get(owner) if owner else None  # type: ignore[return-value]

    def diagrams(self) -> list[DiagramInfo]:
        """Diagrams in their tab order."""
        return [state.info for state in self._diagrams.values()]

    def diagram_info(self, diagram_id: str) -> DiagramInfo:
        return self._diagram(diagram_id).info

    def diagram(self, diagram_id: str) -> Diagram:
        """The whole diagram (attributes, shapes, edges) as one value."""
        state = self._diagram(diagram_id)
        return Diagram.model_construct(
            **dict(state.info),
            shapes=tuple(state.shapes[k] for k in sorted(state.shapes)),
            edges=tuple(state.edges[k] for k in sorted(state.edges)),
        )

    def has_diagram(self, diagram_id: str) -> bool:
        return diagram_id in self._diagrams

    def shapes(self, diagram_id: str) -> list[Shape]:
        return list(self._diagram(diagram_id).shapes.values())

    def shape(self, diagram_id: str, element_id: str) -> Shape | None:
        return self._diagram(diagram_id).shapes.get(element_id)

    def edges(self, diagram_id: str) -> list[Edge]:
        return list(self._diagram(diagram_id).edges.values())

    def edge(self, diagram_id: str, relationship_id: str) -> Edge | None:
        return self._diagram(diagram_id).edges.get(relationship_id)

    def diagrams_showing(self, element_id: str) -> list[str]:
        """Ids of the diagrams on which an element or relationship is drawn, in tab order."""
        shown = self._shown_on.get(element_id, set())
        return [d for d in self._diagrams if d in shown]

    def id_in_use(self, any_id: str) -> bool:
        """True when an element, relationship, diagram or extension point has this id."""
        return (
            any_id in self._nodes
            or any_id in self._relationships
            or any_id in self._diagrams
            or any_id in self._point_owner
            or self.journey.stage(any_id) is not None
        )

    def __len__(self) -> int:
        return len(self._nodes) + len(self._relationships)

    # ------------------------------------------------------------------ conversion

    def to_data(self) -> DocumentData:
        """The whole document as one immutable value, sorted for stable files."""
        return DocumentData.model_construct(
            name=self._info["name"],
            documentation=self._info["documentation"],
            properties=dict(sorted(self._info["properties"].items())),
            settings=self._info["settings"],
            journey=self._info["journey"],
            elements=tuple(self._nodes[k] for k in sorted(self._nodes)),
            relationships=tuple(self._relationships[k] for k in sorted(self._relationships)),
            diagrams=tuple(self.diagram(d) for d in self._diagrams),
            conflicts=self._info["conflicts"],
        )

    @classmethod
    @collector_paused()
    def from_data(cls, data: DocumentData) -> Document:
        """A Document holding ``data``; IntegrityError when its references do not hold."""
        problems = integrity_problems(data)
        if problems:
            raise IntegrityError(problems)
        document = cls(data.name)
        document._info = {
            "name": data.name,
            "documentation": data.documentation,
            "properties": dict(data.properties),
            "settings": data.settings,
            "journey": data.journey,
            "conflicts": data.conflicts,
        }
        for node in data.elements:
            document._apply(ElementAdded(node))
        for rel in data.relationships:
            document._apply(ElementAdded(rel))
        for index, diagram in enumerate(data.diagrams):
            document._apply(DiagramAdded(diagram.info(), index))
            for shape in diagram.shapes:
                document._apply(ShapeAdded(diagram.id, shape))
            for edge in diagram.edges:
                document._apply(EdgeAdded(diagram.id, edge))
        return document

    def copy(self) -> Document:
        """An independent document with the same content (no listeners)."""
        return Document.from_data(self.to_data())

    # ------------------------------------------------------------------ transactions

    @contextmanager
    def transaction(self, label: str = "") -> Iterator[_Recorder]:
        """Group the changes made inside the block into one transaction.

        If the block raises, everything it changed is undone and the error propagates.
        The recorder's ``result`` holds this block's changes once the block has ended.
        """
        outer = self._pending is None
        if outer:
            self._pending = []
            self._pending_label = label
        assert self._pending is not None
        recorder = _Recorder(label, len(self._pending))
        try:
            yield recorder
        except BaseException:
            pending = self._pending
            for change in reversed(pending[recorder.start :]):
                self._apply(change.inverse())
            del pending[recorder.start :]
            if outer:
                self._pending = None
            raise
        recorder.result = Transaction(tuple(self._pending[recorder.start :]), label)
        if outer:
            changes, self._pending = self._pending, None
            if changes:
                self._emit(Transaction(tuple(changes), self._pending_label))

    @collector_paused()
    def apply(self, transaction: Transaction) -> Transaction:
        """Replay a recorded transaction (or its inverse) without validating it again."""
        with self.transaction(transaction.label) as recorder:
            for change in transaction.changes:
                self._do(change)
        return recorder.result

    # ------------------------------------------------------------------ elements

    def add(self, *items: Element, label: str = "") -> Transaction:
        """Add elements and relationships (in order, so a relationship may follow its ends)."""
        with self.transaction(label or self._label("Add", items)) as recorder:
            for item in items:
                item = _revalidate(item)
                if isinstance(item, Relationship):
                    self._check_relationship(item)
                elif isinstance(item, NodeElement):
                    self._check_node(item)
                else:
                    raise ModelError(f"{type(item).__name__} is not a model element.")
                self._do(ElementAdded(item))
        return recorder.result

    def update(self, element_id: str, label: str = "", **changes: Any) -> Transaction:
        """Change fields of an element or relationship (a new value replaces the old one).

        Reconnecting a relationship (``source``/``target``) is checked against the rules
        table; extension points that disappear from a use case are removed from the
        extends that used them.
        """
        old = self.get(element_id)
        if "id" in changes or "kind" in changes:
            raise ModelError("The id and the kind of an element cannot be changed.")
        unknown = set(changes) - set(type(old).model_fields)
        if unknown:
            raise ModelError(f"{old.describe()} has no field {', '.join(sorted(unknown))}.")
        if isinstance(old, Extend) and "target" in changes and "extension_points" not in changes:
            changes["extension_points"] = ()
        merged = {**old.model_dump(), **_dump_values(changes)}
        try:
            new = type(old).model_validate(merged)
        except ValidationError as error:
            raise ModelError(format_validation_error(error, old.describe())) from None
        if isinstance(old, UseCase) and isinstance(new, UseCase):
            new = _without_lost_points(old, new)
        if new == old:
            return Transaction((), label)
        with self.transaction(label or f"Change {old.describe()}") as recorder:
            if isinstance(new, Relationship):
                self._check_relationship(new, replacing=old)  # type: ignore[arg-type]
            else:
                self._check_node(new, replacing=old)  # type: ignore[arg-type]
            self._do(ElementChanged(old, new))
            if isinstance(old, UseCase) and isinstance(new, UseCase):
                self._drop_lost_extension_points(old, new)
            if isinstance(new, Relationship) and (
                old.source != new.source or old.target != new.target  # type: ignore[attr-defined]
            ):
                self._drop_unconnectable_edges(new)
        return recorder.result

    def reconnect(
        self, relationship_id: str, source: str | None = None, target: str | None = None
    ) -> Transaction:
        """Move one or both ends of a relationship to other elements (rules apply)."""
        rel = self.get(relationship_id)
        if not isinstance(rel, Relationship):
            raise ModelError(f"{rel.describe()} is not a relationship.")
        changes = {}
        if source is not None:
            changes["source"] = source
        if target is not None:
            changes["target"] = target
        return self.update(relationship_id, label=f"Reconnect {rel.describe()}", **changes)

    def reparent(self, element_ids: Iterable[str], package_id: str | None) -> Transaction:
        """Move elements into a package (None: the model root)."""
        ids = list(element_ids)
        with self.transaction(f"Move {self._count(ids)} to package") as recorder:
            for element_id in ids:
                self.update(element_id, package=package_id)
        return recorder.result

    def remove(self, element_ids: Iterable[str], label: str = "") -> Transaction:
        """Remove elements and relationships from the model, with everything that depends
        on them: their relationships, their shapes and edges on every diagram, the contents
        and diagrams of removed packages, memberships in removed boundaries."""
        ids = [i for i in dict.fromkeys(element_ids)]
        for element_id in ids:
            self.get(element_id)
        nodes: dict[str, NodeElement] = {}
        stack = [i for i in ids if i in self._nodes]
        while stack:
            current = stack.pop()
            if current in nodes:
                continue
            nodes[current] = self._nodes[current]
            if nodes[current].kind == "package":
                stack.extend(n.id for n in self.children(current))
        rels = {i: self._relationships[i] for i in ids if i in self._relationships}
        for node_id in nodes:
            for rel_id in self._links.get(node_id, ()):
                rels.setdefault(rel_id, self._relationships[rel_id])
        gone_packages = {i for i, n in nodes.items() if n.kind == "package"}
        gone_subjects = {i for i, n in nodes.items() if n.kind == "subject"}
        with self.transaction(label or self._label("Delete", [self.get(i) for i in ids])) as rec:
            for diagram_id in [
                d for d, s in self._diagrams.items() if s.info.package in gone_packages
            ]:
                self._remove_diagram(diagram_id)
            for rel_id in rels:
                for diagram_id in list(self._shown_on.get(rel_id, ())):
                    self._do(EdgeRemoved(diagram_id, self._diagrams[diagram_id].edges[rel_id]))
            for node_id in nodes:
                for diagram_id in list(self._shown_on.get(node_id, ())):
                    self._do(ShapeRemoved(diagram_id, self._diagrams[diagram_id].shapes[node_id]))
            gone_actors = {i for i, n in nodes.items() if n.kind == "actor"}
            if gone_actors:
                for node in list(self._nodes.values()):
                    spec = node.specification if isinstance(node, UseCase) else None
                    if node.id not in nodes and spec and spec.actor_ids() & gone_actors:
                        kept = spec.model_copy(
                            update={
                                "primary_actors": tuple(
                                    a for a in spec.primary_actors if a not in gone_actors
                                ),
                                "supporting_actors": tuple(
                                    a for a in spec.supporting_actors if a not in gone_actors
                                ),
                            }
                        )
                        changed = node.model_copy(update={"specification": kept})
                        self._do(ElementChanged(node, changed))
            if gone_subjects:
                for node in list(self._nodes.values()):
                    if isinstance(node, UseCase) and node.id not in nodes:
                        kept = tuple(s for s in node.subjects if s not in gone_subjects)
                        if kept != node.subjects:
                            self._do(
                                ElementChanged(node, node.model_copy(update={"subjects": kept}))
                            )
            for rel in rels.values():
                self._do(ElementRemoved(rel))
            for node in nodes.values():
                self._do(ElementRemoved(node))
        return rec.result

    def set_info(self, **changes: Any) -> Transaction:
        """Change the document's name, documentation, properties, settings or the list of
        merge conflicts still to resolve."""
        unknown = set(changes) - {"name", "documentation", "properties", "settings", "conflicts"}
        if unknown:
            raise ModelError(f"A document has no field {', '.join(sorted(unknown))}.")
        new = {**self._info, **changes}
        try:
            checked = DocumentData.model_validate(
                {key: _dump_values({key: value})[key] for key, value in new.items()}
            )
        except ValidationError as error:
            raise ModelError(format_validation_error(error, "document")) from None
        new["properties"] = dict(checked.properties)
        new["settings"] = checked.settings
        new["name"], new["documentation"] = checked.name, checked.documentation
        new["conflicts"] = checked.conflicts
        with self.transaction("Change document") as recorder:
            if new != self._info:
                self._do(DocumentInfoChanged(dict(self._info), new))
        return recorder.result

    def set_journey(
        self, journey: Journey, renamed_touchpoints: dict[str, str] | None = None, label: str = ""
    ) -> Transaction:
        """Replace the journey's stages and touchpoints. Use cases follow: touchpoints
        renamed (``old -> new``) are renamed in them, and removed stages and touchpoints
        are taken out of them."""
        try:
            journey = Journey.model_validate(journey.model_dump())
        except ValidationError as error:
            raise ModelError(format_validation_error(error, "the journey")) from None
        for stage in journey.stages:
            if self.journey.stage(stage.id) is None and self.id_in_use(stage.id):
                raise ModelError(f'The id "{stage.id}" is already in use.')
        with self.transaction(label or "Change journey") as recorder:
            if journey != self.journey:
                self._do(DocumentInfoChanged(dict(self._info), {**self._info, "journey": journey}))
                for node in list(self._nodes.values()):
                    if isinstance(node, UseCase):
                        step = carried_step(node.journey, journey, renamed_touchpoints)
                        if step != node.journey:
                            changed = node.model_copy(update={"journey": step})
                            self._do(ElementChanged(node, changed))
        return recorder.result

    # ------------------------------------------------------------------ diagrams

    def add_diagram(self, diagram: DiagramInfo, index: int | None = None) -> Transaction:
        """Add a diagram (with its shapes and edges, when given a full Diagram)."""
        info = DiagramInfo.model_validate(
            {k: v for k, v in diagram.model_dump().items() if k in DiagramInfo.model_fields}
        )
        if self.id_in_use(info.id):
            raise ModelError(f'The id "{info.id}" is already in use.')
        self._check_package_ref(info.package, f'diagram "{info.name}"')
        position = len(self._diagrams) if index is None else max(0, min(index, len(self._diagrams)))
        with self.transaction(f'Add diagram "{info.name}"') as recorder:
            self._do(DiagramAdded(info, position))
            if isinstance(diagram, Diagram):
                self.add_shapes(info.id, diagram.shapes)
                self.add_edges(info.id, diagram.edges)
        return recorder.result

    def update_diagram(self, diagram_id: str, **changes: Any) -> Transaction:
        """Rename a diagram or change its other attributes."""
        old = self._diagram(diagram_id).info
        if "id" in changes:
            raise ModelError("The id of a diagram cannot be changed.")
        try:
            new = DiagramInfo.model_validate({**old.model_dump(), **_dump_values(changes)})
        except ValidationError as error:
            raise ModelError(format_validation_error(error, f'diagram "{old.name}"')) from None
        self._check_package_ref(new.package, f'diagram "{new.name}"')
        label = f'Rename diagram "{old.name}"' if set(changes) == {"name"} else "Change diagram"
        with self.transaction(label) as recorder:
            if new != old:
                self._do(DiagramChanged(old, new))
        return recorder.result

    def move_diagram(self, diagram_id: str, index: int) -> Transaction:
        """Move a diagram to another place in the tab order."""
        order = list(self._diagrams)
        old = order.index(self._diagram(diagram_id).info.id)
        new = max(0, min(index, len(order) - 1))
        with self.transaction("Move diagram") as recorder:
            if new != old:
                self._do(DiagramMoved(diagram_id, old, new))
        return recorder.result

    def remove_diagram(self, diagram_id: str) -> Transaction:
        """Remove a diagram; the elements it showed stay in the model."""
        info = self._diagram(diagram_id).info
        with self.transaction(f'Delete diagram "{info.name}"') as recorder:
            self._remove_diagram(diagram_id)
        return recorder.result

    # ------------------------------------------------------------------ shapes and edges

    def add_shapes(self, diagram_id: str, shapes: Iterable[Shape]) -> Transaction:
        """Show elements on a diagram (each at most once per diagram)."""
        state = self._diagram(diagram_id)
        with self.transaction("Show on diagram") as recorder:
            for shape in shapes:
                shape = _revalidate(shape)
                element = self._nodes.get(shape.element)
                if element is None:
                    what = "a relationship" if shape.element in self._relationships else "missing"
                    raise ModelError(
                        f'Diagram "{state.info.name}" cannot show a shape for {what} '
                        f'element "{shape.element}".'
                    )
                if shape.element in state.shapes:
                    raise ModelError(
                        f'{element.describe()} is already on diagram "{state.info.name}".'
                    )
                self._do(ShapeAdded(diagram_id, shape))
        return recorder.result

    def update_shapes(
        self, diagram_id: str, shapes: Iterable[Shape], label: str = ""
    ) -> Transaction:
        """Replace shapes (moved, resized, restyled) by new values for the same elements."""
        state = self._diagram(diagram_id)
        with self.transaction(label or "Change shapes") as recorder:
            for shape in shapes:
                shape = _revalidate(shape)
                old = state.shapes.get(shape.element)
                if old is None:
                    raise ModelError(
                        f'Element "{shape.element}" is not on diagram "{state.info.name}".'
                    )
                if old != shape:
                    self._do(ShapeChanged(diagram_id, old, shape))
        return recorder.result

    def move_shapes(
        self, diagram_id: str, element_ids: Iterable[str], dx: float, dy: float
    ) -> Transaction:
        """Move shapes by an offset."""
        state = self._diagram(diagram_id)
        moved = []
        for element_id in element_ids:
            shape = state.shapes.get(element_id)
            if shape is None:
                raise ModelError(f'Element "{element_id}" is not on diagram "{state.info.name}".')
            moved.append(shape.model_copy(update={"x": shape.x + dx, "y": shape.y + dy}))
        return self.update_shapes(diagram_id, moved, label=f"Move {self._count(moved)}")

    def remove_shapes(self, diagram_id: str, element_ids: Iterable[str]) -> Transaction:
        """Take elements off a diagram (they stay in the model), with their edges there."""
        state = self._diagram(diagram_id)
        ids = [i for i in dict.fromkeys(element_ids)]
        missing = [i for i in ids if i not in state.shapes]
        if missing:
            raise ModelError(f'Element "{missing[0]}" is not on diagram "{state.info.name}".')
        with self.transaction(f"Remove {self._count(ids)} from diagram") as recorder:
            gone = set(ids)
            for rel_id, edge in list(state.edges.items()):
                rel = self._relationships[rel_id]
                if rel.source in gone or rel.target in gone:
                    self._do(EdgeRemoved(diagram_id, edge))
            for element_id in ids:
                self._do(ShapeRemoved(diagram_id, state.shapes[element_id]))
        return recorder.result

    def add_edges(self, diagram_id: str, edges: Iterable[Edge]) -> Transaction:
        """Show relationships on a diagram; both of their ends must be shown there."""
        state = self._diagram(diagram_id)
        with self.transaction("Show on diagram") as recorder:
            for edge in edges:
                edge = _revalidate(edge)
                rel = self._relationships.get(edge.element)
                if rel is None:
                    raise ModelError(
                        f'Diagram "{state.info.name}" cannot show an edge for missing '
                        f'relationship "{edge.element}".'
                    )
                if edge.element in state.edges:
                    raise ModelError(f'{rel.describe()} is already on diagram "{state.info.name}".')
                for end in (rel.source, rel.target):
                    if end not in state.shapes:
                        raise ModelError(
                            f"{rel.describe()} cannot be drawn on diagram "
                            f'"{state.info.name}": {self.get(end).describe()} is not on it.'
                        )
                self._do(EdgeAdded(diagram_id, edge))
        return recorder.result

    def update_edges(self, diagram_id: str, edges: Iterable[Edge], label: str = "") -> Transaction:
        """Replace edges (bend points, label offsets, style)."""
        state = self._diagram(diagram_id)
        with self.transaction(label or "Change lines") as recorder:
            for edge in edges:
                edge = _revalidate(edge)
                old = state.edges.get(edge.element)
                if old is None:
                    raise ModelError(
                        f'Relationship "{edge.element}" is not on diagram "{state.info.name}".'
                    )
                if old != edge:
                    self._do(EdgeChanged(diagram_id, old, edge))
        return recorder.result

    def remove_edges(self, diagram_id: str, relationship_ids: Iterable[str]) -> Transaction:
        """Take relationships off a diagram (they stay in the model)."""
        state = self._diagram(diagram_id)
        with self.transaction("Remove lines from diagram") as recorder:
            for rel_id in dict.fromkeys(relationship_ids):
                edge = state.edges.get(rel_id)
                if edge is None:
                    raise ModelError(
                        f'Relationship "{rel_id}" is not on diagram "{state.info.name}".'
                    )
                self._do(EdgeRemoved(diagram_id, edge))
        return recorder.result

    # ------------------------------------------------------------------ validation

    def _check_node(self, node: NodeElement, replacing: NodeElement | None = None) -> None:
        if replacing is None and self.id_in_use(node.id):
            raise ModelError(f'The id "{node.id}" is already in use.')
        package = None
        if node.package is not None:
            package = self._nodes.get(node.package)
            if package is None:
                raise ModelError(
                    f'{node.describe()} cannot be put in package "{node.package}": '
                    "there is no such element."
                )
        refusal = containment_refusal(package, node)
        if refusal:
            raise RuleViolation(refusal)
        if node.kind == "package" and node.package is not None:
            ancestor: str | None = node.package
            while ancestor is not None:
                if ancestor == node.id:
                    raise RuleViolation(
                        f"{node.describe()} cannot be put inside itself or one of its own packages."
                    )
                ancestor = self._nodes[ancestor].package
        if isinstance(node, UseCase):
            for subject_id in node.subjects:
                subject = self._nodes.get(subject_id)
                if subject is None:
                    raise ModelError(
                        f'{node.describe()} cannot belong to system boundary "{subject_id}": '
                        "there is no such element."
                    )
                refusal = membership_refusal(subject, node)
                if refusal:
                    raise RuleViolation(refusal)
            if len(set(node.subjects)) != len(node.subjects):
                raise ModelError(f"{node.describe()} lists a system boundary twice.")
            if node.specification is not None:
                self._check_specification(node)
            problems = step_problems(node.journey, self.journey)
            if problems:
                raise ModelError(f"{node.describe()}: {problems[0]}.")
            seen: set[str] = set()
            for point in node.extension_points:
                owner = self._point_owner.get(point.id)
                taken = point.id in seen or (
                    owner not in (None, node.id)
                    or point.id in self._nodes
                    or point.id in self._relationships
                    or point.id in self._diagrams
                )
                if taken:
                    raise ModelError(f'The id "{point.id}" is already in use.')
                seen.add(point.id)

    def _check_specification(self, usecase: UseCase) -> None:
        spec = usecase.specification
        assert spec is not None
        for actor_id in spec.actor_ids():
            actor = self._nodes.get(actor_id)
            if actor is None or actor.kind != "actor":
                raise ModelError(
                    f'The specification of {usecase.describe()} names "{actor_id}" as an '
                    "actor, but there is no such actor."
                )
        points = {p.id for p in usecase.extension_points}
        for extension in spec.extensions:
            if extension.extension_point is not None and extension.extension_point not in points:
                raise ModelError(
                    f"An extension in the specification of {usecase.describe()} refers to "
                    f'extension point "{extension.extension_point}", which the use case '
                    "does not have."
                )
        steps = [s.id for s in spec.main_scenario]
        for extension in spec.extensions:
            steps += [extension.id, *(s.id for s in extension.steps)]
            if extension.step is not None and extension.step not in {
                s.id for s in spec.main_scenario
            }:
                raise ModelError(
                    f"An extension in the specification of {usecase.describe()} branches "
                    f'from step "{extension.step}", which is not in the main scenario.'
                )
        if len(steps) != len(set(steps)):
            raise ModelError(f"The specification of {usecase.describe()} uses a step id twice.")

    def _check_relationship(self, rel: Relationship, replacing: Relationship | None = None) -> None:
        if replacing is None and self.id_in_use(rel.id):
            raise ModelError(f'The id "{rel.id}" is already in use.')
        ends = []
        for role, end_id in (("source", rel.source), ("target", rel.target)):
            end = self._nodes.get(end_id)
            if end is None:
                what = "a relationship" if end_id in self._relationships else "no such element"
                raise ModelError(
                    f'{rel.describe()} cannot have "{end_id}" as its {role}: it is {what}.'
                    if what == "a relationship"
                    else f'{rel.describe()} cannot have "{end_id}" as its {role}: there is {what}.'
                )
            ends.append(end)
        refusal = connection_refusal(
            rel.kind, ends[0], ends[1], self, ignore=replacing.id if replacing else None
        )
        if refusal:
            raise RuleViolation(refusal)
        if isinstance(rel, Extend):
            target = ends[1]
            assert isinstance(target, UseCase)
            for point_id in rel.extension_points:
                if target.extension_point(point_id) is None:
                    raise RuleViolation(
                        f'{rel.describe()} cannot use extension point "{point_id}": it is not '
                        f"an extension point of the extended {target.describe()}."
                    )

    def _check_package_ref(self, package_id: str | None, what: str) -> None:
        if package_id is not None:
            package = self._nodes.get(package_id)
            if package is None or package.kind != "package":
                raise ModelError(f'{what} cannot be put in "{package_id}": it is not a package.')

    # ------------------------------------------------------------------ cascades

    def _drop_lost_extension_points(self, old: UseCase, new: UseCase) -> None:
        lost = {p.id for p in old.extension_points} - {p.id for p in new.extension_points}
        if not lost:
            return
        for rel in self.incoming(new.id, "extend"):
            assert isinstance(rel, Extend)
            kept = tuple(p for p in rel.extension_points if p not in lost)
            if kept != rel.extension_points:
                self._do(ElementChanged(rel, rel.model_copy(update={"extension_points": kept})))

    def _drop_unconnectable_edges(self, rel: Relationship) -> None:
        for diagram_id in list(self._shown_on.get(rel.id, ())):
            state = self._diagrams[diagram_id]
            if rel.source not in state.shapes or rel.target not in state.shapes:
                self._do(EdgeRemoved(diagram_id, state.edges[rel.id]))

    def _remove_diagram(self, diagram_id: str) -> None:
        state = self._diagram(diagram_id)
        for edge in list(state.edges.values()):
            self._do(EdgeRemoved(diagram_id, edge))
        for shape in list(state.shapes.values()):
            self._do(ShapeRemoved(diagram_id, shape))
        self._do(DiagramRemoved(state.info, list(self._diagrams).index(diagram_id)))

    # ------------------------------------------------------------------ primitives

    def _do(self, change: Change) -> None:
        if self._pending is None:
            with self.transaction(self._pending_label):
                self._do(change)
            return
        self._apply(change)
        self._pending.append(change)

    def _apply(self, change: Change) -> None:
        match change:
            case ElementAdded(element=element):
                if isinstance(element, Relationship):
                    self._relationships[element.id] = element
                    self._links[element.source].add(element.id)
                    self._links[element.target].add(element.id)
                else:
                    self._nodes[element.id] = element  # type: ignore[assignment]
                    self._index_points(element, add=True)
            case ElementRemoved(element=element):
                if isinstance(element, Relationship):
                    del self._relationships[element.id]
                    self._unlink(element)
                else:
                    del self._nodes[element.id]
                    self._links.pop(element.id, None)
                    self._index_points(element, add=False)
            case ElementChanged(old=old, new=new):
                if isinstance(new, Relationship):
                    self._unlink(old)  # type: ignore[arg-type]
                    self._relationships[new.id] = new
                    self._links[new.source].add(new.id)
                    self._links[new.target].add(new.id)
                else:
                    self._index_points(old, add=False)
                    self._nodes[new.id] = new  # type: ignore[assignment]
                    self._index_points(new, add=True)
            case DiagramAdded(diagram=info, index=index):
                items = list(self._diagrams.items())
                items.insert(index, (info.id, _DiagramState(info)))
                self._diagrams = dict(items)
            case DiagramRemoved(diagram=info):
                del self._diagrams[info.id]
            case DiagramChanged(new=info):
                self._diagrams[info.id].info = info
            case DiagramMoved(diagram_id=diagram_id, new_index=index):
                items = list(self._diagrams.items())
                moving = items.pop(list(self._diagrams).index(diagram_id))
                items.insert(index, moving)
                self._diagrams = dict(items)
            case ShapeAdded(diagram_id=diagram_id, shape=shape):
                self._diagrams[diagram_id].shapes[shape.element] = shape
                self._shown_on[shape.element].add(diagram_id)
            case ShapeRemoved(diagram_id=diagram_id, shape=shape):
                del self._diagrams[diagram_id].shapes[shape.element]
                self._forget_shown(shape.element, diagram_id)
            case ShapeChanged(diagram_id=diagram_id, new=shape):
                self._diagrams[diagram_id].shapes[shape.element] = shape
            case EdgeAdded(diagram_id=diagram_id, edge=edge):
                self._diagrams[diagram_id].edges[edge.element] = edge
                self._shown_on[edge.element].add(diagram_id)
            case EdgeRemoved(diagram_id=diagram_id, edge=edge):
                del self._diagrams[diagram_id].edges[edge.element]
                self._forget_shown(edge.element, diagram_id)
            case EdgeChanged(diagram_id=diagram_id, new=edge):
                self._diagrams[diagram_id].edges[edge.element] = edge
            case DocumentInfoChanged(new=info):
                self._info = dict(info)
            case _:
                raise TypeError(f"unknown change {change!r}")

    def _unlink(self, rel: Relationship) -> None:
        for end in (rel.source, rel.target):
            links = self._links.get(end)
            if links is not None:
                links.discard(rel.id)
                if not links:
                    del self._links[end]

    def _forget_shown(self, element_id: str, diagram_id: str) -> None:
        shown = self._shown_on.get(element_id)
        if shown is not None:
            shown.discard(diagram_id)
            if not shown:
                del self._shown_on[element_id]

    def _index_points(self, element: Element, add: bool) -> None:
        if isinstance(element, UseCase):
            for point in element.extension_points:
                if add:
                    self._point_owner[point.id] = element.id
                else:
                    self._point_owner.pop(point.id, None)

    def _emit(self, transaction: Transaction) -> None:
        for listener in list(self._listeners):
            listener(transaction)

    def _diagram(self, diagram_id: str) -> _DiagramState:
        state = self._diagrams.get(diagram_id)
        if state is None:
            raise NotFound(f'There is no diagram with id "{diagram_id}".')
        return state

    @staticmethod
    def _count(items: Sequence[Any]) -> str:
        return "1 element" if len(items) == 1 else f"{len(items)} elements"

    def _label(self, verb: str, items: Sequence[Element]) -> str:
        if len(items) == 1:
            return f"{verb} {items[0].describe()}"
        return f"{verb} {len(items)} elements"


def _without_lost_points(old: UseCase, new: UseCase) -> UseCase:
    """``new``, with its specification untied from the extension points this change
    removed (any other unknown point is left for the check to refuse)."""
    spec = new.specification
    lost = {p.id for p in old.extension_points} - {p.id for p in new.extension_points}
    if spec is None or not any(e.extension_point in lost for e in spec.extensions):
        return new
    extensions = tuple(
        e.model_copy(update={"extension_point": None}) if e.extension_point in lost else e
        for e in spec.extensions
    )
    return new.model_copy(
        update={"specification": spec.model_copy(update={"extensions": extensions})}
    )


def _revalidate(value: Any) -> Any:
    """Validate a model object again (``model_copy(update=...)`` skips validation)."""
    try:
        return type(value).model_validate(value.model_dump(warnings=False))
    except ValidationError as error:
        raise ModelError(format_validation_error(error, type(value).__name__)) from None
    except AttributeError:
        raise ModelError(f"{type(value).__name__} is not a model object.") from None


def _dump_values(changes: dict[str, Any]) -> dict[str, Any]:
    """Field values as plain data, so a merged dict validates like a loaded file."""

    def plain(value: Any) -> Any:
        if hasattr(value, "model_dump"):
            return value.model_dump()
        if isinstance(value, tuple | list):
            return [plain(v) for v in value]
        return value

    return {key: plain(value) for key, value in changes.items()}
