"""What the report says, gathered from a document once, for every output format.

Pure data (no Qt, no HTML): the use cases with their actors, relationships and
specifications, the actors with what they take part in, the traceability matrix and
the model check results.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

from ...model import Document, Extend, Relationship, Specification, UseCase
from ...model.checks import all_problems
from ...model.elements import Element, NodeElement
from ...model.problems import Problem


def _sort_key(element: Element) -> str:
    return (element.name or element.id).casefold()


@dataclass
class Link:
    """A relationship seen from one use case: the other end and what is said about it."""

    other: str
    """The id of the use case or actor at the other end."""
    note: str = ""
    """The condition and extension points of an «extend», "" for the others."""


@dataclass
class UseCaseFacts:
    usecase: UseCase
    boundaries: list[str]
    associated: list[str]
    primary: list[str]
    """Effective primary actors: the specification's, or the associated actors."""
    primary_derived: bool
    supporting: list[str]
    includes: list[Link] = field(default_factory=list)
    included_by: list[Link] = field(default_factory=list)
    extends: list[Link] = field(default_factory=list)
    extended_by: list[Link] = field(default_factory=list)
    specialises: list[Link] = field(default_factory=list)
    specialised_by: list[Link] = field(default_factory=list)

    @property
    def specification(self) -> Specification | None:
        spec = self.usecase.specification
        return None if spec is None or spec.is_empty() else spec


@dataclass
class ActorFacts:
    actor: NodeElement
    kind_of: list[str]
    """Ids of the actors it specialises."""
    specialised_by: list[str]
    usecases: list[str]


@dataclass
class Report:
    """Everything the report shows."""

    document: Document
    generated: _dt.date | None
    usecases: list[UseCaseFacts]
    actors: list[ActorFacts]
    problems: list[Problem]
    matrix: dict[tuple[str, str], str]
    """(use case id, actor id) -> "primary", "supporting" or "associated"."""

    def name(self, element_id: str) -> str:
        element = self.document.find(element_id)
        return (element.name or element.describe()) if element is not None else element_id

    def anchor(self, element_id: str) -> str:
        """The id of an element's place in the report (``uc-...``, ``actor-...``)."""
        element = self.document.find(element_id)
        prefix = "actor" if getattr(element, "kind", "") == "actor" else "uc"
        return f"{prefix}-{element_id}"


def gather(document: Document, generated: _dt.date | None = None) -> Report:
    """The report of ``document``; ``generated`` is the date printed on the title page."""
    facts = [_usecase_facts(document, u) for u in document.of_kind("usecase")]
    facts.sort(key=lambda f: _sort_key(f.usecase))
    actors = [_actor_facts(document, a) for a in document.of_kind("actor")]  # type: ignore[arg-type]
    actors.sort(key=lambda f: _sort_key(f.actor))
    matrix: dict[tuple[str, str], str] = {}
    for f in facts:
        for actor in f.associated:
            matrix[(f.usecase.id, actor)] = "associated"
        for actor in f.supporting:
            matrix[(f.usecase.id, actor)] = "supporting"
        for actor in f.primary:
            matrix[(f.usecase.id, actor)] = "primary"
    return Report(
        document=document,
        generated=generated,
        usecases=facts,
        actors=actors,
        problems=all_problems(document.to_data()),
        matrix=matrix,
    )


def _associated(document: Document, element_id: str, kind: str) -> list[str]:
    """The ids of the elements of ``kind`` that an association joins to ``element_id``,
    each once, in the order of the relationships."""
    found: list[str] = []
    for rel in document.relationships_of(element_id):
        if rel.kind == "association":
            other = rel.target if rel.source == element_id else rel.source
            if getattr(document.find(other), "kind", "") == kind and other not in found:
                found.append(other)
    return found


def _usecase_facts(document: Document, element: Element) -> UseCaseFacts:
    assert isinstance(element, UseCase)
    associated = _associated(document, element.id, "actor")
    spec = element.specification
    explicit = list(spec.primary_actors) if spec else []
    facts = UseCaseFacts(
        usecase=element,
        boundaries=[s for s in element.subjects if document.find(s) is not None],
        associated=associated,
        primary=explicit or associated,
        primary_derived=not explicit,
        supporting=list(spec.supporting_actors) if spec else [],
    )
    for rel in document.outgoing(element.id):
        _add_link(document, rel, rel.target, facts.includes, facts.extends, facts.specialises)
    for rel in document.incoming(element.id):
        _add_link(
            document, rel, rel.source, facts.included_by, facts.extended_by, facts.specialised_by
        )
    return facts


def _add_link(
    document: Document,
    rel: Relationship,
    other: str,
    includes: list[Link],
    extends: list[Link],
    specialises: list[Link],
) -> None:
    """Add ``rel`` to the list of its kind, as a link to ``other`` (the end that is not
    the use case); relationships of the other kinds are not listed."""
    if rel.kind == "include":
        includes.append(Link(other))
    elif rel.kind == "extend":
        extends.append(Link(other, _extend_note(document, rel)))  # type: ignore[arg-type]
    elif rel.kind == "generalization":
        specialises.append(Link(other))


def _extend_note(document: Document, rel: Extend) -> str:
    """ "when the card is refused, at Payment" (what an «extend» says besides its ends)."""
    target = document.find(rel.target)
    points = [
        (p.name or p.id)
        for p in getattr(target, "extension_points", ())
        if p.id in rel.extension_points
    ]
    parts = []
    if rel.condition.strip():
        parts.append(f"when {rel.condition.strip()}")
    if points:
        parts.append("at " + ", ".join(points))
    return ", ".join(parts)


def _actor_facts(document: Document, actor: NodeElement) -> ActorFacts:
    usecases = _associated(document, actor.id, "usecase")
    usecases.sort(key=lambda i: _sort_key(document.get(i)))
    return ActorFacts(
        actor=actor,
        kind_of=[r.target for r in document.outgoing(actor.id, "generalization")],
        specialised_by=[r.source for r in document.incoming(actor.id, "generalization")],
        usecases=usecases,
    )
