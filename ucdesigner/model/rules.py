"""The rules table: which relationship may join which elements, and what may contain what.

One table, one check. The canvas asks it for hover feedback while a relationship is
drawn; the Document asks it again before anything is stored. Messages name both ends and
the rule, in words an analyst understands.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from .elements import KIND_LABELS, Element, Relationship


class ModelLookup(Protocol):
    """The read-only view of a model that the rules need."""

    def find(self, element_id: str) -> Element | None: ...

    def outgoing(self, element_id: str, kind: str) -> Iterable[Relationship]: ...


@dataclass(frozen=True)
class ConnectionRule:
    """What one relationship kind may join."""

    kind: str
    pairs: frozenset[tuple[str, str]]
    rule: str
    """The rule in words: "an include joins two use cases"."""
    allow_self: bool = False
    acyclic: bool = False
    cycle_verb: str = ""
    """How the message words an existing path: "includes", "specialises"."""


_NAMED = ("actor", "usecase", "subject", "package")

CONNECTION_RULES: dict[str, ConnectionRule] = {
    rule.kind: rule
    for rule in (
        ConnectionRule(
            "association",
            frozenset({("actor", "usecase"), ("usecase", "actor")}),
            "an association joins an actor and a use case it takes part in",
        ),
        ConnectionRule(
            "include",
            frozenset({("usecase", "usecase")}),
            "an include goes from a use case to another use case it always includes",
            acyclic=True,
            cycle_verb="includes",
        ),
        ConnectionRule(
            "extend",
            frozenset({("usecase", "usecase")}),
            "an extend goes from the extending use case to the use case it extends",
        ),
        ConnectionRule(
            "generalization",
            frozenset({("actor", "actor"), ("usecase", "usecase")}),
            "a generalization joins two actors or two use cases, from the specific to the "
            "general one",
            acyclic=True,
            cycle_verb="specialises",
        ),
        ConnectionRule(
            "dependency",
            frozenset((a, b) for a in _NAMED for b in _NAMED),
            "a dependency joins two actors, use cases, system boundaries or packages",
        ),
        ConnectionRule(
            "comment_link",
            frozenset(("comment", b) for b in _NAMED),
            "a comment link goes from a comment to the element it annotates",
        ),
    )
}

CONTAINMENT: dict[str | None, frozenset[str]] = {
    None: frozenset({"actor", "usecase", "subject", "package", "comment"}),
    "package": frozenset({"actor", "usecase", "subject", "package", "comment"}),
}
"""What a package (or the model root, ``None``) may own."""

SUBJECT_MEMBERS: frozenset[str] = frozenset({"usecase"})
"""Which kinds may belong to a system boundary (UML ``UseCase.subject``)."""


def _article(label: str) -> str:
    return "an" if label[:1] in "aeiou" else "a"


def connection_refusal(
    kind: str,
    source: Element,
    target: Element,
    model: ModelLookup,
    ignore: str | None = None,
    check_cycles: bool = True,
) -> str | None:
    """Why a ``kind`` relationship from ``source`` to ``target`` is not allowed, or None.

    ``ignore`` is the id of a relationship to leave out of the cycle check (the one being
    reconnected); ``check_cycles=False`` leaves the cycle check out altogether.
    """
    rule = CONNECTION_RULES.get(kind)
    label = KIND_LABELS.get(kind, kind)
    if rule is None:
        return f'"{kind}" is not a relationship kind'
    head = (
        f"{_article(label).capitalize()} {label} cannot go from {source.describe()} "
        f"to {target.describe()}"
    )
    if (source.kind, target.kind) not in rule.pairs:
        return f"{head}: {rule.rule}."
    if source.id == target.id and not rule.allow_self:
        return (
            f"{_article(label).capitalize()} {label} cannot go from {source.describe()} "
            f"to itself: {rule.rule}."
        )
    if check_cycles and rule.acyclic and _reaches(model, target.id, source.id, kind, ignore):
        return (
            f'{head}: "{target.name or target.id}" already {rule.cycle_verb} '
            f'"{source.name or source.id}" (directly or through others), and {label}s '
            f"must not form a cycle."
        )
    return None


def can_connect(kind: str, source: Element, target: Element, model: ModelLookup) -> bool:
    """True when the rules table allows the relationship."""
    return connection_refusal(kind, source, target, model) is None


def allowed_kinds(source_kind: str, target_kind: str) -> list[str]:
    """The relationship kinds the table allows between two element kinds."""
    return [k for k, r in CONNECTION_RULES.items() if (source_kind, target_kind) in r.pairs]


def containment_refusal(container: Element | None, child: Element) -> str | None:
    """Why ``container`` (a package, or None for the model root) may not own ``child``."""
    container_kind = None if container is None else container.kind
    allowed = CONTAINMENT.get(container_kind)
    if allowed is None:
        assert container is not None
        return f"{container.describe()} cannot own elements: only packages can."
    if child.kind not in allowed:
        where = "the model" if container is None else container.describe()
        return f"{where} cannot own {child.describe()}."
    return None


def membership_refusal(subject: Element, member: Element) -> str | None:
    """Why ``member`` may not belong to the system boundary ``subject``, or None."""
    if subject.kind != "subject":
        return (
            f"{member.describe()} cannot belong to {subject.describe()}: "
            "it is not a system boundary."
        )
    if member.kind not in SUBJECT_MEMBERS:
        return f"{member.describe()} cannot belong to {subject.describe()}: only use cases can."
    return None


def _reaches(model: ModelLookup, start: str, goal: str, kind: str, ignore: str | None) -> bool:
    """True when ``goal`` can be reached from ``start`` along ``kind`` relationships."""
    seen = {start}
    stack = [start]
    while stack:
        current = stack.pop()
        if current == goal:
            return True
        for rel in model.outgoing(current, kind):
            if rel.id == ignore or rel.target in seen:
                continue
            seen.add(rel.target)
            stack.append(rel.target)
    return False
