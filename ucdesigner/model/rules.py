"""The rules table: which relationship may join which elements, and what may contain what.

One table, one check. The canvas asks it for hover feedback while a relationship is
drawn; the Document asks it again before anything is stored. Messages name both ends and
the rule, in words an analyst understands.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from ..l10n import QT_TRANSLATE_NOOP, tr
from .elements import Element, Relationship


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
    """The rule in words: "an include joins two use cases" (English; shown through ``tr``)."""
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
            QT_TRANSLATE_NOOP("", "an association joins an actor and a use case it takes part in"),
        ),
        ConnectionRule(
            "include",
            frozenset({("usecase", "usecase")}),
            QT_TRANSLATE_NOOP(
                "", "an include goes from a use case to another use case it always includes"
            ),
            acyclic=True,
            cycle_verb="includes",
        ),
        ConnectionRule(
            "extend",
            frozenset({("usecase", "usecase")}),
            QT_TRANSLATE_NOOP(
                "", "an extend goes from the extending use case to the use case it extends"
            ),
        ),
        ConnectionRule(
            "generalization",
            frozenset({("actor", "actor"), ("usecase", "usecase")}),
            QT_TRANSLATE_NOOP(
                "",
                "a generalization joins two actors or two use cases, from the specific to "
                "the general one",
            ),
            acyclic=True,
            cycle_verb="specialises",
        ),
        ConnectionRule(
            "dependency",
            frozenset((a, b) for a in _NAMED for b in _NAMED),
            QT_TRANSLATE_NOOP(
                "", "a dependency joins two actors, use cases, system boundaries or packages"
            ),
        ),
        ConnectionRule(
            "comment_link",
            frozenset(("comment", b) for b in _NAMED),
            QT_TRANSLATE_NOOP("", "a comment link goes from a comment to the element it annotates"),
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


# One template per relationship kind, so that each language words the article, the
# gender and the verb itself.
_REFUSALS: dict[str, tuple[str, str]] = {
    "association": (
        QT_TRANSLATE_NOOP("", "An association cannot go from {source} to {target}"),
        QT_TRANSLATE_NOOP("", "An association cannot go from {source} to itself"),
    ),
    "include": (
        QT_TRANSLATE_NOOP("", "An include cannot go from {source} to {target}"),
        QT_TRANSLATE_NOOP("", "An include cannot go from {source} to itself"),
    ),
    "extend": (
        QT_TRANSLATE_NOOP("", "An extend cannot go from {source} to {target}"),
        QT_TRANSLATE_NOOP("", "An extend cannot go from {source} to itself"),
    ),
    "generalization": (
        QT_TRANSLATE_NOOP("", "A generalization cannot go from {source} to {target}"),
        QT_TRANSLATE_NOOP("", "A generalization cannot go from {source} to itself"),
    ),
    "dependency": (
        QT_TRANSLATE_NOOP("", "A dependency cannot go from {source} to {target}"),
        QT_TRANSLATE_NOOP("", "A dependency cannot go from {source} to itself"),
    ),
    "comment_link": (
        QT_TRANSLATE_NOOP("", "A comment link cannot go from {source} to {target}"),
        QT_TRANSLATE_NOOP("", "A comment link cannot go from {source} to itself"),
    ),
}
_CYCLE_REFUSALS: dict[str, str] = {
    "include": QT_TRANSLATE_NOOP(
        "",
        '{refusal}: "{target}" already includes "{source}" (directly or through others), '
        "and includes must not form a cycle.",
    ),
    "generalization": QT_TRANSLATE_NOOP(
        "",
        '{refusal}: "{target}" already specialises "{source}" (directly or through '
        "others), and generalizations must not form a cycle.",
    ),
}


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
    if rule is None:
        return tr('"{kind}" is not a relationship kind').format(kind=kind)
    between, to_itself = _REFUSALS[kind]

    def head() -> str:
        # Only for a refusal: a document's every relationship passes here when it is
        # opened, and the first tr() looks up the user's language (a file read).
        return tr(between).format(source=source.describe(), target=target.describe())

    if (source.kind, target.kind) not in rule.pairs:
        return tr("{refusal}: {rule}.").format(refusal=head(), rule=tr(rule.rule))
    if source.id == target.id and not rule.allow_self:
        return tr("{refusal}: {rule}.").format(
            refusal=tr(to_itself).format(source=source.describe()), rule=tr(rule.rule)
        )
    if check_cycles and rule.acyclic and _reaches(model, target.id, source.id, kind, ignore):
        return tr(_CYCLE_REFUSALS[kind]).format(
            refusal=head(), target=target.name or target.id, source=source.name or source.id
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
        return tr("{container} cannot own elements: only packages can.").format(
            container=container.describe()
        )
    if child.kind not in allowed:
        if container is None:
            return tr("The model cannot own {child}.").format(child=child.describe())
        return tr("{container} cannot own {child}.").format(
            container=container.describe(), child=child.describe()
        )
    return None


def membership_refusal(subject: Element, member: Element) -> str | None:
    """Why ``member`` may not belong to the system boundary ``subject``, or None."""
    if subject.kind != "subject":
        return tr("{member} cannot belong to {subject}: it is not a system boundary.").format(
            member=member.describe(), subject=subject.describe()
        )
    if member.kind not in SUBJECT_MEMBERS:
        return tr("{member} cannot belong to {subject}: only use cases can.").format(
            member=member.describe(), subject=subject.describe()
        )
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
