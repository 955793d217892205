"""A use case model read from text (a pasted table, PlantUML), and how it is added to a
document: elements found by kind and name are reused, new ones are created, and every
element that is not yet on the diagram is laid out there automatically.

Readers fill a ``TextModel`` in the text's own terms (names, aliases, line numbers);
``add_to_document`` turns it into Document calls, which the caller runs inside one
transaction (one undo step in the editor)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field

from pydantic import ValidationError

from ..layout import layout_new_diagram, route_lines
from ..model import (
    Actor,
    Association,
    AssociationEnd,
    Comment,
    CommentLink,
    Dependency,
    DiagramInfo,
    Document,
    Edge,
    Extend,
    Generalization,
    Include,
    ModelError,
    NodeElement,
    Package,
    Point,
    Specification,
    Subject,
    UseCase,
)
from ..model.base import MAX_NAME, MAX_TEXT
from ..model.ids import PREFIXES, is_valid_id
from ..model.journey import Journey, JourneyStep, Kpi, Stage

KINDS = {"actor": Actor, "usecase": UseCase, "subject": Subject, "package": Package}
RELATIONSHIPS = {
    "association": Association,
    "include": Include,
    "extend": Extend,
    "generalization": Generalization,
    "dependency": Dependency,
    "comment_link": CommentLink,
}
GAP = 60.0
"""Space between what a diagram showed and what is added below it."""


@dataclass
class NodeSpec:
    """An actor, use case, boundary or package named in the text."""

    kind: str
    name: str
    line: int
    alias: str = ""
    stereotypes: list[str] = field(default_factory=list)
    container: str | None = None
    """The key of the boundary (use cases) or package it is inside."""
    documentation: str = ""
    stage: str | None = None
    """A stage name."""
    touchpoints: list[str] = field(default_factory=list)
    pain_points: list[str] = field(default_factory=list)
    emotion: int | None = None
    kpis: list[Kpi] = field(default_factory=list)
    specification: Specification | None = None
    package: str | None = None
    """The key of its package when that differs from the container's (our PlantUML)."""


@dataclass
class NoteSpec:
    text: str
    line: int
    targets: list[str] = field(default_factory=list)
    """Keys of the nodes it is attached to."""
    alias: str = ""


@dataclass
class RelSpec:
    kind: str
    source: str
    target: str
    line: int
    condition: str = ""
    name: str = ""
    source_multiplicity: str = ""
    target_multiplicity: str = ""
    source_navigable: bool = False
    target_navigable: bool = False


@dataclass
class TextModel:
    """What a text says; nodes and notes are keyed by ``key(kind, name or alias)``."""

    nodes: dict[str, NodeSpec] = field(default_factory=dict)
    notes: dict[str, NoteSpec] = field(default_factory=dict)
    relationships: list[RelSpec] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    """One sentence per line or row that could not be used, naming it."""
    title: str = ""
    journey: Journey | None = None
    """The journey the text carries in full (our own PlantUML), if any."""
    place: str = "Line"
    """How messages name a place in the text: "Line" (PlantUML) or "Row" (a table)."""
    direction: str | None = None
    """The reading direction the text asks for: "lr" or "tb", or None when it does not
    ask (the layout then chooses the one that fits a slide)."""

    def node(self, kind: str, name: str, line: int, alias: str = "") -> NodeSpec:
        """The node of this kind and name (or alias), recorded on first mention."""
        key = node_key(kind, alias or name)
        found = self.nodes.get(key)
        if found is None:
            found = self.nodes[key] = NodeSpec(kind, name, line, alias)
        return found


def node_key(kind: str, name: str) -> str:
    return f"{kind}:{name.strip().casefold()}"


@dataclass
class Added:
    """What ``add_to_document`` did."""

    created: int = 0
    reused: int = 0
    relationships: int = 0
    shown: int = 0
    new_stages: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    """One sentence per line or row that could not be used."""
    warnings: list[str] = field(default_factory=list)
    """What the automatic layout has to say (no Graphviz, a grid instead): everything
    was added, so these are not counted as lines left out."""
    ids: list[str] = field(default_factory=list)
    """Ids of the elements the text named, created or reused."""


def _new_element_id(document: Document, kind: str, alias: str | None, *made_of: str) -> str:
    """``alias`` when it is a valid id not yet in use, else a new id for ``kind`` made
    from ``made_of`` (see ``stable_id``)."""
    if alias and is_valid_id(alias) and not document.id_in_use(alias):
        return alias
    return stable_id(document, kind, *made_of)


def stable_id(document: Document, kind: str, *made_of: str) -> str:
    """A new id for ``kind`` in the form of ``new_id`` (``uc_3fa9c1b2d4``), made from
    what the text says about the element (its kind, name, ends) rather than at random:
    reading the same text again gives the same ids (a model kept in git does not change
    on every import). The next one is taken while an id is in use."""
    prefix = PREFIXES.get(kind, kind)
    seed = "\x1f".join((kind, *made_of))
    attempt = 0
    while True:
        digest = hashlib.sha1(f"{seed}\x1e{attempt}".encode()).hexdigest()[:10]
        candidate = f"{prefix}_{digest}"
        if not document.id_in_use(candidate):
            return candidate
        attempt += 1


def add_to_document(
    document: Document, model: TextModel, diagram_id: str | None = None, use_aliases: bool = False
) -> Added:
    """Add the text's model to ``document`` and show it on ``diagram_id`` (a new diagram
    when None). ``use_aliases``: PlantUML aliases become the ids of new elements when
    they are free and valid. Refused relationships are reported, not fatal."""
    added = Added(problems=list(model.problems))
    _extend_journey(document, model, added)
    ids: dict[str, str] = {}
    existing = {node_key(n.kind, n.name): n for n in document.nodes() if n.name}
    order = sorted(
        model.nodes.items(), key=lambda kv: ("subject", "package").count(kv[1].kind) == 0
    )
    for key, spec in order:
        found = existing.get(node_key(spec.kind, spec.name))
        if found is not None:
            ids[key] = found.id
            added.reused += 1
            _update(document, found, spec, ids, added, model.place)
            continue
        element_id = _new_element_id(document, spec.kind, spec.alias if use_aliases else None, key)
        ids[key] = element_id
        fields = _fields(document, spec, ids, added, model.place)
        try:
            document.add(KINDS[spec.kind](id=element_id, **fields))
        except (ModelError, ValidationError) as error:
            added.problems.append(f"{model.place} {spec.line}: {error}")
            del ids[key]
            continue
        existing[node_key(spec.kind, spec.name)] = document.get(element_id)  # type: ignore[assignment]
        added.created += 1
    _specify(document, model, ids, added)
    for key, note in model.notes.items():
        note_id = _new_element_id(
            document, "comment", note.alias if use_aliases else None, note.text, *note.targets
        )
        body = _clamped(note.text, MAX_TEXT, "the note", note.line, added, model.place)
        document.add(Comment(id=note_id, body=body))
        ids[key] = note_id
        added.created += 1
        for target in note.targets:
            if target in ids:
                model.relationships.append(RelSpec("comment_link", key, target, note.line))
    for rel in model.relationships:
        _relate(document, rel, ids, added, model.place)
    added.ids = list(dict.fromkeys(ids.values()))
    try:
        _show(document, diagram_id, added, model.title, model.direction)
    except ValidationError as error:
        # A drawing larger than the canvas: one sentence, never pydantic's report.
        problem = error.errors()[0]
        where = ".".join(str(step) for step in problem["loc"])
        raise ModelError(
            f"the diagram does not fit the canvas ({error.title} {where}: {problem['msg']})"
        ) from None
    return added


def _specify(document: Document, model: TextModel, ids: dict[str, str], added: Added) -> None:
    """Use case specifications, once every element they may name exists."""
    for key, spec in model.nodes.items():
        if spec.specification is None or key not in ids:
            continue
        try:
            document.update(ids[key], specification=spec.specification)
        except ModelError as error:
            added.problems.append(f"{model.place} {spec.line}: {error}")


def _extend_journey(document: Document, model: TextModel, added: Added) -> None:
    journey = document.journey
    if model.journey is not None and not any(n.id for n in document.nodes()):
        journey = model.journey  # an empty document takes the text's journey whole
    stages = list(journey.stages)
    touchpoints = list(journey.touchpoints)
    for spec in model.nodes.values():
        if (
            spec.stage
            and journey.stage_named(spec.stage) is None
            and not any(s.name.strip().casefold() == spec.stage.strip().casefold() for s in stages)
        ):
            taken = {stage.id for stage in stages}
            stage_id = stable_id(document, "stage", spec.stage.strip().casefold())
            attempt = 0
            while stage_id in taken:
                attempt += 1
                stage_id = stable_id(document, "stage", spec.stage.strip().casefold(), str(attempt))
            stages.append(Stage(id=stage_id, name=spec.stage.strip()))
            added.new_stages.append(spec.stage.strip())
        for name in spec.touchpoints:
            if name not in touchpoints:
                touchpoints.append(name)
    new = Journey(stages=tuple(stages), touchpoints=tuple(touchpoints))
    if new != document.journey:
        document.set_journey(new)


def _step(document: Document, spec: NodeSpec, old: JourneyStep | None = None) -> JourneyStep:
    old = old or JourneyStep()
    stage = document.journey.stage_named(spec.stage) if spec.stage else None
    return JourneyStep(
        stage=stage.id if stage else old.stage,
        touchpoints=tuple(dict.fromkeys([*old.touchpoints, *spec.touchpoints])),
        pain_points=tuple(dict.fromkeys([*old.pain_points, *spec.pain_points])),
        emotion=spec.emotion if spec.emotion is not None else old.emotion,
        kpis=(*old.kpis, *spec.kpis),
    )


def _clamped(text: str, limit: int, what: str, line: int, added: Added, place: str) -> str:
    """``text`` cut to the model's ``limit``, with a problem saying so."""
    if len(text) <= limit:
        return text
    added.problems.append(
        f"{place} {line}: {what} has {len(text):,} characters; cut to the first {limit:,}."
    )
    return text[:limit]


def _fields(
    document: Document, spec: NodeSpec, ids: dict[str, str], added: Added, place: str
) -> dict:
    name = _clamped(spec.name, MAX_NAME, "the name", spec.line, added, place)
    fields: dict = {"name": name, "stereotypes": tuple(dict.fromkeys(spec.stereotypes))}
    if spec.documentation:
        fields["documentation"] = spec.documentation
    container = ids.get(spec.container or "")
    if spec.kind == "usecase":
        fields["journey"] = _step(document, spec)
        if container and document.get(container).kind == "subject":
            fields["subjects"] = (container,)
    if container and document.get(container).kind == "package":
        fields["package"] = container
    package = ids.get(spec.package or "")
    if package and document.get(package).kind == "package":
        fields["package"] = package
    return fields


def _update(
    document: Document, found: NodeElement, spec: NodeSpec, ids, added: Added, place: str
) -> None:
    """A reused use case takes the row's journey data and boundary."""
    if not isinstance(found, UseCase):
        return
    step = _step(document, spec, found.journey)
    container = ids.get(spec.container or "")
    subjects = found.subjects
    if container and document.get(container).kind == "subject" and container not in subjects:
        subjects = (*subjects, container)
    if step != found.journey or subjects != found.subjects:
        try:
            document.update(found.id, journey=step, subjects=subjects)
        except ModelError as error:
            added.problems.append(f"{place} {spec.line}: {error}")


def _relate(
    document: Document, rel: RelSpec, ids: dict[str, str], added: Added, place: str
) -> None:
    source, target = ids.get(rel.source), ids.get(rel.target)
    if source is None or target is None:
        return
    for old in document.outgoing(source, rel.kind):
        if old.target == target:
            return  # already in the model
    fields: dict = {
        "id": stable_id(document, rel.kind, source, target, rel.name),
        "source": source,
        "target": target,
    }
    if rel.condition and rel.kind == "extend":
        fields["condition"] = rel.condition
    if rel.name and rel.kind in ("association", "dependency"):
        fields["name"] = rel.name
    if rel.kind == "association":
        for end, multiplicity, navigable in (
            ("source_end", rel.source_multiplicity, rel.source_navigable),
            ("target_end", rel.target_multiplicity, rel.target_navigable),
        ):
            if multiplicity or navigable:
                try:
                    fields[end] = AssociationEnd(multiplicity=multiplicity, navigable=navigable)
                except ValueError as error:
                    message = error.errors()[0]["msg"] if hasattr(error, "errors") else error
                    added.problems.append(f"{place} {rel.line}: {message}")
    try:
        document.add(RELATIONSHIPS[rel.kind](**fields))
    except (ModelError, ValidationError) as error:
        added.problems.append(f"{place} {rel.line}: {error}")
        return
    added.relationships += 1


def _show(
    document: Document,
    diagram_id: str | None,
    added: Added,
    title: str,
    direction: str | None,
) -> None:
    """Lay out the named elements that the diagram does not show yet, below what it
    shows (in their lanes when it has lanes or they have stages); nothing shown moves.
    Lines from them to shown elements are routed around the shapes."""
    if diagram_id is None:
        diagram_id = stable_id(document, "diagram", title)
        document.add_diagram(DiagramInfo(id=diagram_id, name=title or "Use cases"))
    shown = {s.element for s in document.shapes(diagram_id)}
    named_ids = set(added.ids)
    nodes = [n for n in document.nodes() if n.id in named_ids and n.id not in shown]
    if not nodes:
        return
    info = document.diagram_info(diagram_id)
    rels = document.relationships()
    outcome = layout_new_diagram(
        diagram_id,
        info.name,
        info.package,
        nodes,
        rels,
        direction="lr" if direction == "lr" else "tb" if direction == "tb" else None,
        journey=document.journey,
        lanes=info.lanes,
    )
    laid = outcome.diagram
    added.warnings.extend(outcome.warnings)
    dy = 0.0
    existing = document.shapes(diagram_id)
    if existing:
        dy = round(max(s.bottom for s in existing) + GAP - min(s.y for s in laid.shapes))
    shapes = [s.model_copy(update={"y": s.y + dy}) for s in laid.shapes]
    document.add_shapes(diagram_id, shapes)
    if info.lanes is None and laid.lanes is not None and not existing:
        document.update_diagram(diagram_id, lanes=laid.lanes)
    drawn = {e.element for e in document.edges(diagram_id)}
    on = {s.element for s in document.shapes(diagram_id)}
    document.add_edges(
        diagram_id,
        [
            e.model_copy(update={"waypoints": tuple(Point(x=p.x, y=p.y + dy) for p in e.waypoints)})
            for e in laid.edges
            if e.element not in drawn
            and {document.get(e.element).source, document.get(e.element).target} <= on  # type: ignore[attr-defined]
        ],
    )
    laid_ids = {e.element for e in laid.edges}
    named = set(added.ids)
    rest = [
        r.id
        for r in rels
        if r.id not in drawn
        and r.id not in laid_ids
        and r.source in on
        and r.target in on
        and (r.source in named or r.target in named)
    ]
    if rest:
        document.add_edges(diagram_id, [Edge(element=r) for r in rest])
        routed = route_lines(document, document.diagram(diagram_id), frozenset(rest))
        document.update_edges(diagram_id, [e for e in routed.edges if e.element in set(rest)])
    added.shown = len(shapes)


def names(items: Sequence[str]) -> str:
    """``a, b and c``."""
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
