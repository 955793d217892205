"""Model checks: things that are allowed but probably not what the analyst meant.

Each check has a stable code, a severity and a title; each problem it finds names the
element in words an analyst understands and suggests what to do, with quick fixes where
the fix is obvious (``QuickFix``; the editor applies them as one undo step).

The checks read the raw ``DocumentData``, as ``integrity`` does, so they also work on
files that the editor refuses to open (an association between two actors written by
hand). References that do not resolve are skipped here: integrity reports them.

Decisions worth knowing:

- A use case has an actor when an actor is associated with it, or when it is reached
  from one that has: included by it, extending it, or related to it by generalization
  (either way: a specialised use case inherits its parent's actors, and a general one
  is started through its specialisations). An actor likewise takes part through actor
  generalization.
- Include and generalization cycles are also integrity errors (the editor refuses
  them); extend cycles are only found here. ``all_problems`` reports each cycle once.
- Severity: "error" for what makes the model wrong (cycles, associations the rules
  refuse), "warning" for what a reader of the model would stumble over, "info" for
  what is often fine in a draft (an extend without a condition, an unused extension
  point). ``ucdesigner check`` exits 1 on errors and warnings, 0 on info only.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from ..l10n import QT_TRANSLATE_NOOP, current_language, quote, tr
from .data import DocumentData
from .diagram import Shape
from .elements import KIND_PLURALS, Element, Extend, NodeElement, Relationship, UseCase
from .integrity import integrity_problems, relationship_cycles
from .problems import Problem, QuickFix, Severity


@dataclass(frozen=True)
class Check:
    """One model check: its code, how bad what it finds is, and what it looks for."""

    code: str
    severity: Severity
    title: str


_TABLE = (
    (
        "usecase-without-actor",
        "warning",
        QT_TRANSLATE_NOOP("", "Use case that no actor takes part in"),
    ),
    (
        "actor-without-usecase",
        "warning",
        QT_TRANSLATE_NOOP("", "Actor that takes part in no use case"),
    ),
    (
        "cycle",
        "error",
        QT_TRANSLATE_NOOP("", "Includes, extends or generalizations that go round in a circle"),
    ),
    (
        "extend-without-extension-point",
        "warning",
        QT_TRANSLATE_NOOP("", "«extend» without an extension point"),
    ),
    ("extend-without-condition", "info", QT_TRANSLATE_NOOP("", "«extend» without a condition")),
    (
        "unused-extension-point",
        "info",
        QT_TRANSLATE_NOOP("", "Extension point that no «extend» uses"),
    ),
    (
        "association-between-same-kind",
        "error",
        QT_TRANSLATE_NOOP("", "Association between two actors or use cases"),
    ),
    (
        "duplicate-name",
        "warning",
        QT_TRANSLATE_NOOP("", "Two elements of the same kind with the same name"),
    ),
    (
        "usecase-name-not-verb",
        "warning",
        QT_TRANSLATE_NOOP("", "Use case name that does not start with a verb"),
    ),
    (
        "usecase-outside-boundary",
        "warning",
        QT_TRANSLATE_NOOP("", "Use case outside the boundary on a diagram"),
    ),
    (
        "specification-without-scenario",
        "warning",
        QT_TRANSLATE_NOOP("", "Specification without a main scenario"),
    ),
)
CHECKS: dict[str, Check] = {code: Check(code, severity, title) for code, severity, title in _TABLE}  # type: ignore[arg-type]
"""Every model check by code, in the order they are reported."""


def _q(element: Element | None, fallback: str = "") -> str:
    """An element's name in quotes, for messages (``“Track Order”``)."""
    if element is None:
        return fallback
    return quote(element.name) if element.name else element.describe()


class _Index:
    """Lookups over raw data that tolerate dangling references."""

    def __init__(self, data: DocumentData) -> None:
        self.data = data
        self.nodes: dict[str, NodeElement] = {}
        for node in data.elements:
            self.nodes.setdefault(node.id, node)
        self.out: defaultdict[tuple[str, str], list[Relationship]] = defaultdict(list)
        self.into: defaultdict[tuple[str, str], list[Relationship]] = defaultdict(list)
        for rel in data.relationships:
            self.out[(rel.source, rel.kind)].append(rel)
            self.into[(rel.target, rel.kind)].append(rel)
        self._placed: defaultdict[str, list[tuple[str, Shape]]] | None = None
        self._drawn: dict[tuple[str, str], list[tuple[str, float, float]]] = {}
        self._grids: dict[tuple[str, str], _Grid] = {}

    def kind(self, element_id: str) -> str | None:
        node = self.nodes.get(element_id)
        return node.kind if node else None

    def of_kind(self, kind: str) -> list[NodeElement]:
        return [n for n in self.data.elements if n.kind == kind]

    def associated(self, element_id: str) -> list[str]:
        """Ids at the other end of this element's associations."""
        ends = [r.target for r in self.out[(element_id, "association")]]
        ends += [r.source for r in self.into[(element_id, "association")]]
        return list(dict.fromkeys(ends))

    def placed(self, element_id: str) -> list[tuple[str, Shape]]:
        """(diagram id, shape) for every diagram that draws the element."""
        if self._placed is None:
            self._placed = defaultdict(list)
            for diagram in self.data.diagrams:
                for shape in diagram.shapes:
                    self._placed[shape.element].append((diagram.id, shape))
        return self._placed.get(element_id, [])

    def centres(self, diagram_id: str, kind: str) -> list[tuple[str, float, float]]:
        """(element id, centre x, centre y) of the elements of ``kind`` on a diagram."""
        key = (diagram_id, kind)
        if key not in self._drawn:
            diagram = next((d for d in self.data.diagrams if d.id == diagram_id), None)
            shapes = diagram.shapes if diagram is not None else ()
            self._drawn[key] = [
                (s.element, s.x + s.width / 2, s.y + s.height / 2)
                for s in shapes
                if self.kind(s.element) == kind
            ]
        return self._drawn[key]

    def nearest(
        self, diagram_id: str, kind: str, x: float, y: float, limit: int, skip: str
    ) -> list[tuple[float, str]]:
        """Up to ``limit`` (squared distance, id) of ``kind`` elements nearest to (x, y)."""
        key = (diagram_id, kind)
        grid = self._grids.get(key)
        if grid is None:
            grid = self._grids[key] = _Grid(self.centres(diagram_id, kind))
        return grid.nearest(x, y, limit, skip)


class _Grid:
    """Points bucketed in square cells, for nearest-neighbour questions that do not look
    at every point (a big diagram asks one per use case)."""

    CELL = 400.0

    def __init__(self, points: list[tuple[str, float, float]]) -> None:
        self.cells: defaultdict[tuple[int, int], list[tuple[str, float, float]]] = defaultdict(list)
        for point in points:
            self.cells[self._cell(point[1], point[2])].append(point)
        self.reach = max((max(abs(cx), abs(cy)) for cx, cy in self.cells), default=0)

    def _cell(self, x: float, y: float) -> tuple[int, int]:
        return (math.floor(x / self.CELL), math.floor(y / self.CELL))

    def nearest(self, x: float, y: float, limit: int, skip: str) -> list[tuple[float, str]]:
        cx, cy = self._cell(x, y)
        found: list[tuple[float, str]] = []
        ring = 0
        while self.cells:
            for gx in range(cx - ring, cx + ring + 1):
                for gy in range(cy - ring, cy + ring + 1):
                    if max(abs(gx - cx), abs(gy - cy)) != ring:
                        continue  # only the new ring of cells
                    for other, px, py in self.cells.get((gx, gy), ()):
                        if other != skip:
                            found.append(((px - x) ** 2 + (py - y) ** 2, other))
            found = heapq.nsmallest(limit, found)
            # Anything in a further ring is at least ``ring * CELL`` away.
            done = len(found) == limit and found[-1][0] <= (ring * self.CELL) ** 2
            if done or ring > self.reach + max(abs(cx), abs(cy)) + 1:
                return found
            ring += 1
        return found


def element_title(element: Element, find) -> str:
    """How a problem list names an element: its name, or for an unnamed relationship its
    kind and ends (``«extend» Change Delivery → Track Delivery``). ``find(id)`` looks
    elements up."""
    if element.name:
        return element.name
    if isinstance(element, Relationship):
        ends = [find(element.source), find(element.target)]
        names = [(e.name or e.id) if e is not None else "?" for e in ends]
        keyword = f"«{element.kind}»" if element.kind in ("include", "extend") else element.label
        return f"{keyword} {names[0]} → {names[1]}"
    return element.describe()


def associated_actors(data: DocumentData, usecase_id: str) -> list[str]:
    """Ids of the actors associated with a use case, in the order of the relationships."""
    index = _Index(data)
    return [a for a in index.associated(usecase_id) if index.kind(a) == "actor"]


# ---------------------------------------------------------------------------- entry points


def model_problems(data: DocumentData, disabled: Iterable[str] | None = None) -> list[Problem]:
    """Problems the model checks find in ``data``, grouped by check in ``CHECKS`` order.

    ``disabled`` lists check codes to skip; by default the document's own setting.
    """
    off = set(data.settings.disabled_checks if disabled is None else disabled)
    index = _Index(data)
    problems: list[Problem] = []
    for code, run in _RUNNERS.items():
        if code not in off:
            problems.extend(run(index))
    return problems


def all_problems(data: DocumentData, disabled: Iterable[str] | None = None) -> list[Problem]:
    """Integrity problems, then model check problems, each reported once: a cycle that
    integrity already reports, or a refused association the model check explains, is
    not repeated."""
    checked = model_problems(data, disabled)
    explained = {p.element_id for p in checked if p.code == "association-between-same-kind"}
    integrity = [
        p
        for p in integrity_problems(data)
        if not (p.code == "rule-violation" and p.element_id in explained)
    ]
    seen = {(p.code, p.message) for p in integrity}
    return [*integrity, *(p for p in checked if (p.code, p.message) not in seen)]


def counts(problems: Iterable[Problem]) -> dict[str, int]:
    """How many problems of each severity ("error", "warning", "info")."""
    found = {"error": 0, "warning": 0, "info": 0}
    for problem in problems:
        found[problem.severity] = found.get(problem.severity, 0) + 1
    return found


# ---------------------------------------------------------------------------- the checks


def _problem(code: str, message: str, element: Element | None, fix: str = "", **extra) -> Problem:
    return Problem(
        code,
        message,
        CHECKS[code].severity,
        element.id if element is not None else extra.pop("element_id", None),
        fix=fix,
        **extra,
    )


def _reach(index: _Index, start: set[str], steps: list[tuple[str, bool]]) -> set[str]:
    """Everything reached from ``start`` along relationships of the given kinds
    (``(kind, forward)``: forward from source to target, or backward)."""
    reached = set(start)
    stack = list(start)
    while stack:
        current = stack.pop()
        for kind, forward in steps:
            rels = index.out[(current, kind)] if forward else index.into[(current, kind)]
            for rel in rels:
                other = rel.target if forward else rel.source
                if other not in reached and other in index.nodes:
                    reached.add(other)
                    stack.append(other)
    return reached


def _usecases_without_actor(index: _Index) -> list[Problem]:
    usecases = index.of_kind("usecase")
    direct = {
        u.id for u in usecases if any(index.kind(a) == "actor" for a in index.associated(u.id))
    }
    reached = _reach(
        index,
        direct,
        [("include", True), ("extend", False), ("generalization", True), ("generalization", False)],
    )
    problems = []
    for usecase in usecases:
        if usecase.id in reached:
            continue
        fixes = tuple(
            QuickFix(
                tr("Add association to {actor}").format(actor=_q(index.nodes[actor])),
                "add-association",
                (("actor", actor), ("usecase", usecase.id)),
            )
            for actor in _related_actors(index, usecase.id) or _nearby(index, usecase.id, "actor")
        )
        problems.append(
            _problem(
                "usecase-without-actor",
                tr(
                    "No actor takes part in the use case {usecase}: nobody starts it or "
                    "benefits from it, directly or through a use case that includes it."
                ).format(usecase=_q(usecase)),
                usecase,
                tr(
                    "Draw an association from the actor who starts it, or include it from a "
                    "use case that has one."
                ),
                fixes=fixes,
            )
        )
    return problems


def _related_actors(index: _Index, usecase_id: str, limit: int = 3) -> list[str]:
    """Up to ``limit`` actors associated with the use cases this one is related to (by
    include, extend or generalization, either way), those of the most such use cases
    first: the likely actors, where the nearest ones on a diagram may be anybody."""
    related: set[str] = set()
    for kind in ("include", "extend", "generalization"):
        related.update(r.target for r in index.out[(usecase_id, kind)])
        related.update(r.source for r in index.into[(usecase_id, kind)])
    related.discard(usecase_id)
    votes: dict[str, int] = {}
    for other in related:
        for actor in index.associated(other):
            if index.kind(actor) == "actor":
                votes[actor] = votes.get(actor, 0) + 1
    return sorted(votes, key=lambda a: (-votes[a], index.nodes[a].name))[:limit]


def _nearby(index: _Index, element_id: str, kind: str, limit: int = 3) -> list[str]:
    """Up to ``limit`` elements of ``kind`` drawn on the diagrams that show
    ``element_id``, nearest first."""
    best: dict[str, float] = {}
    for diagram_id, mine in index.placed(element_id):
        x, y = mine.x + mine.width / 2, mine.y + mine.height / 2
        for distance, other in index.nearest(diagram_id, kind, x, y, limit, element_id):
            best[other] = min(distance, best.get(other, math.inf))
    return sorted(best, key=lambda i: (best[i], index.nodes[i].name))[:limit]


def _distance(a: Shape, b: Shape) -> float:
    return math.hypot(
        (a.x + a.width / 2) - (b.x + b.width / 2), (a.y + a.height / 2) - (b.y + b.height / 2)
    )


def _actors_without_usecase(index: _Index) -> list[Problem]:
    actors = index.of_kind("actor")
    direct = {
        a.id for a in actors if any(index.kind(u) == "usecase" for u in index.associated(a.id))
    }
    reached = _reach(index, direct, [("generalization", True), ("generalization", False)])
    return [
        _problem(
            "actor-without-usecase",
            tr("The actor {actor} takes part in no use case.").format(actor=_q(actor)),
            actor,
            tr(
                "Draw associations to the use cases it takes part in, or delete it if it is "
                "not needed."
            ),
        )
        for actor in actors
        if actor.id not in reached
    ]


def _cycles(index: _Index) -> list[Problem]:
    problems = []
    for kind in ("include", "extend", "generalization"):
        problems.extend(relationship_cycles(index.data, kind))
    return problems


def _extends_without_points(index: _Index) -> list[Problem]:
    return [p for p in _extends(index) if p.code == "extend-without-extension-point"]


def _extends_without_condition(index: _Index) -> list[Problem]:
    return [p for p in _extends(index) if p.code == "extend-without-condition"]


def _extends(index: _Index) -> list[Problem]:
    problems = []
    for rel in index.data.relationships:
        if not isinstance(rel, Extend):
            continue
        source, target = index.nodes.get(rel.source), index.nodes.get(rel.target)
        if not isinstance(source, UseCase) or not isinstance(target, UseCase):
            continue
        ends = {"source": _q(source), "target": _q(target)}
        if not rel.extension_points:
            name = source.name or tr("Extension")
            problems.append(
                _problem(
                    "extend-without-extension-point",
                    tr(
                        "The «extend» from {source} to {target} does not say where {target} "
                        "is extended: it uses no extension point."
                    ).format(**ends),
                    rel,
                    tr("Add an extension point to {target} and choose it on the «extend».").format(
                        **ends
                    ),
                    fixes=(
                        QuickFix(
                            tr("Add extension point “{name}” to {target}").format(
                                name=name, target=ends["target"]
                            ),
                            "add-extension-point",
                            (("extend", rel.id), ("name", name)),
                        ),
                    ),
                )
            )
        if not rel.condition.strip():
            problems.append(
                _problem(
                    "extend-without-condition",
                    tr(
                        "The «extend» from {source} to {target} has no condition: it does "
                        "not say when the extension happens."
                    ).format(**ends),
                    rel,
                    tr("Write the condition on the «extend», e.g. “the payment is refused”."),
                )
            )
    return problems


def _unused_points(index: _Index) -> list[Problem]:
    used = {
        p for r in index.data.relationships if isinstance(r, Extend) for p in r.extension_points
    }
    problems = []
    for usecase in index.of_kind("usecase"):
        assert isinstance(usecase, UseCase)
        for point in usecase.extension_points:
            if point.id in used:
                continue
            label = f"“{point.name}”" if point.name else tr("without a name")
            # Say what else the removal changes: a scenario extension naming the point
            # loses that link (it keeps its condition and steps).
            named_by = [
                e.condition or tr("(no condition)")
                for e in (usecase.specification.extensions if usecase.specification else ())
                if e.extension_point == point.id
            ]
            also = (
                tr(" (unlinks the scenario extension {conditions})").format(
                    conditions=", ".join(f"“{condition}”" for condition in named_by)
                )
                if named_by
                else ""
            )
            problems.append(
                _problem(
                    "unused-extension-point",
                    tr("The extension point {point} of {usecase} is used by no «extend».").format(
                        point=label, usecase=_q(usecase)
                    ),
                    usecase,
                    tr("Draw an «extend» to it from the use case that extends here, or remove it."),
                    fixes=(
                        QuickFix(
                            tr("Remove extension point {point}{also}").format(
                                point=label, also=also
                            ),
                            "remove-extension-point",
                            (("usecase", usecase.id), ("point", point.id)),
                        ),
                    ),
                )
            )
    return problems


def _same_kind_associations(index: _Index) -> list[Problem]:
    problems = []
    for rel in index.data.relationships:
        if rel.kind != "association":
            continue
        source, target = index.nodes.get(rel.source), index.nodes.get(rel.target)
        if source is None or target is None or source.kind != target.kind:
            continue
        if source.kind == "actor":
            message = tr(
                "The association joins two actors, {source} and {target}: "
                "associations say which actor takes part in which use case."
            ).format(source=_q(source), target=_q(target))
            fix = tr(
                "Delete it; if one actor is a kind of the other, draw a generalization instead."
            )
        elif source.kind == "usecase":
            message = tr(
                "The association joins two use cases, {source} and {target}: "
                "associations say which actor takes part in which use case."
            ).format(source=_q(source), target=_q(target))
            fix = tr("Delete it; use «include» or «extend» to relate the two use cases.")
        else:
            continue
        problems.append(
            _problem(
                "association-between-same-kind",
                message,
                rel,
                fix,
                fixes=(QuickFix(tr("Delete the association"), "delete", (("element", rel.id),)),),
            )
        )
    return problems


def _normal_name(name: str) -> str:
    return " ".join(name.split()).casefold()


def _duplicate_names(index: _Index) -> list[Problem]:
    first: dict[tuple[str, str], NodeElement] = {}
    problems = []
    for node in index.data.elements:
        if node.kind == "comment" or not node.name.strip():
            continue
        key = (node.kind, _normal_name(node.name))
        if key not in first:
            first[key] = node
            continue
        problems.append(
            _problem(
                "duplicate-name",
                tr(
                    "There are two {kinds} named {name}; readers of the model cannot tell "
                    "them apart."
                ).format(kinds=tr(KIND_PLURALS.get(node.kind, node.label)), name=_q(node)),
                node,
                tr(
                    "Rename one of them, or if they are the same, keep one and show it on "
                    "every diagram that needs it."
                ),
            )
        )
    return problems


# Use case names: a verb phrase ("Track Order"), not a noun phrase ("Order Tracking").
_COMPOUNDS = {
    "login": "Log In",
    "logon": "Log On",
    "logout": "Log Out",
    "logoff": "Log Off",
    "signin": "Sign In",
    "signup": "Sign Up",
    "signout": "Sign Out",
    "checkout": "Check Out",
    "setup": "Set Up",
    "backup": "Back Up",
    "lookup": "Look Up",
    "pickup": "Pick Up",
    "follow-up": "Follow Up",
    "followup": "Follow Up",
    "sign-up": "Sign Up",
    "log-in": "Log In",
    "check-out": "Check Out",
}
_NOT_VERBS = {
    "a", "an", "the", "my", "our", "your", "their", "his", "her", "its", "all", "each",
    "every", "some", "new", "online", "customer", "customers", "user", "users", "system",
    "product", "products", "account", "accounts", "data", "profile", "password",
    "information", "details", "cart", "basket", "item", "items", "stock", "inventory",
    "price", "prices", "invoice", "invoices", "shipping", "ticket", "tickets", "claim",
    "claims", "service", "services", "status", "history", "customer's", "user's",
}  # fmt: skip
_NOUN_FIRST = {
    "order", "orders", "account", "product", "payment", "delivery", "customer", "user",
    "ticket", "complaint", "claim", "stock", "invoice", "price", "content", "data", "case",
    "report",
}  # fmt: skip
"""Words that are verbs too, but lead noun phrases such as "Order Tracking"."""
_NOUN_SUFFIXES = ("tion", "sion", "ment", "ness", "ity", "ship", "ance", "ence", "val")
_VERBS_LIKE_NOUNS = {
    "mention", "question", "function", "position", "partition", "condition", "auction",
    "caution", "section", "station", "sanction", "provision", "commission", "petition",
    "motion", "version", "envision", "implement", "comment", "document", "supplement",
    "complement", "augment", "segment", "experiment", "compliment", "fragment", "advance",
    "enhance", "finance", "balance", "reference", "influence", "experience", "sequence",
    "license", "licence", "evidence", "silence", "commence", "announce", "ship", "worship",
    "outfit", "glance", "dance", "chance", "entrance", "fence", "audition", "ration",
    "sentence", "distance", "pronounce", "convince", "reinforce", "evince", "apportion",
}  # fmt: skip
_ING_VERBS = {
    "bring", "ring", "sing", "sting", "string", "swing", "fling", "cling", "ping",
    "wring", "spring", "king", "wing", "thing",
}  # fmt: skip


def _nounish(word: str) -> bool:
    """True when ``word`` is most likely a noun (a nominalisation or a gerund)."""
    word = word.casefold().strip(".,;:!?()")
    if word in _VERBS_LIKE_NOUNS:
        return False
    if len(word) > 5 and word.endswith("ing") and word not in _ING_VERBS:
        return True
    return any(len(word) > len(s) + 2 and word.endswith(s) for s in _NOUN_SUFFIXES)


def verb_phrase_problem(name: str) -> tuple[str, str | None] | None:
    """Why a use case name does not read as a verb phrase, with a better name when one
    is obvious; None when it looks fine. A heuristic: it only speaks up when fairly sure."""
    words = re.findall(r"[\w'’-]+", name)
    if not words:
        return (tr("it has no name"), None)
    first = words[0].casefold()
    if first in _COMPOUNDS:
        better = " ".join([_COMPOUNDS[first], *words[1:]])
        verb = _COMPOUNDS[first]
        return (
            tr("“{word}” is a noun; the verb is “{verb}”").format(word=words[0], verb=verb),
            better,
        )
    if first in _NOT_VERBS:
        return (tr("it starts with “{word}”, not with a verb").format(word=words[0]), None)
    if _nounish(words[0]):
        return (tr("“{word}” is a noun, not a verb").format(word=words[0]), None)
    if len(words) > 1 and first in _NOUN_FIRST and _nounish(words[-1]):
        return (tr("it reads as a noun phrase"), None)
    return None


VERB_FIRST_LANGUAGES = frozenset({"en", "fr"})
"""The interface languages in which the verb check judges names. English and French
name use cases verb first ("Track Order", "Suivre la commande"), and their
nominalisations share the suffixes the check looks for ("Order Tracking", "Création de
compte"). German names put the verb last ("Bestellung verfolgen"), so in German the
check says nothing rather than flag correct names; the interface language stands for
the names' language, which the model does not record."""


def _verb_names(index: _Index) -> list[Problem]:
    if current_language() not in VERB_FIRST_LANGUAGES:
        return []
    problems = []
    for usecase in index.of_kind("usecase"):
        found = verb_phrase_problem(usecase.name)
        if found is None:
            continue
        why, better = found
        fixes = ()
        if better:
            fixes = (
                QuickFix(
                    tr("Rename to “{name}”").format(name=better),
                    "rename",
                    (("element", usecase.id), ("name", better)),
                ),
            )
        problems.append(
            _problem(
                "usecase-name-not-verb",
                tr(
                    "The use case {usecase} does not read as something an actor does: {why}."
                ).format(usecase=_q(usecase), why=why),
                usecase,
                tr(
                    "Name it with a verb and what it acts on, e.g. “Track Order” rather than "
                    "“Order Tracking”."
                ),
                fixes=fixes,
            )
        )
    return problems


def _outside_boundaries(index: _Index) -> list[Problem]:
    problems = []
    for diagram in index.data.diagrams:
        boundaries = [s for s in diagram.shapes if index.kind(s.element) == "subject"]
        if not boundaries:
            continue
        name = diagram.name or diagram.id
        for shape in diagram.shapes:
            usecase = index.nodes.get(shape.element)
            if usecase is None or usecase.kind != "usecase":
                continue
            if any(b.contains_rect(shape) for b in boundaries):
                continue
            nearest = min(boundaries, key=lambda b: _distance(b, shape))
            subject = index.nodes[nearest.element]
            problems.append(
                _problem(
                    "usecase-outside-boundary",
                    tr(
                        "On the diagram “{diagram}”, the use case {usecase} lies outside "
                        "every system boundary, so it reads as not part of any system."
                    ).format(diagram=name, usecase=_q(usecase)),
                    usecase,
                    tr(
                        "Move it into {boundary}, or, if another system offers it, draw that "
                        "system's boundary around it."
                    ).format(boundary=_q(subject)),
                    where=tr("diagram “{diagram}”").format(diagram=name),
                    diagram_id=diagram.id,
                    fixes=(
                        QuickFix(
                            tr("Move into {boundary}").format(boundary=_q(subject)),
                            "move-into-boundary",
                            (
                                ("diagram", diagram.id),
                                ("usecase", usecase.id),
                                ("subject", subject.id),
                            ),
                        ),
                    ),
                )
            )
    return problems


def _specifications_without_scenario(index: _Index) -> list[Problem]:
    problems = []
    for usecase in index.of_kind("usecase"):
        assert isinstance(usecase, UseCase)
        spec = usecase.specification
        if spec is None or spec.is_empty():
            continue
        if any(step.text.strip() for step in spec.main_scenario):
            continue
        problems.append(
            _problem(
                "specification-without-scenario",
                tr(
                    "The specification of {usecase} has no main success scenario: it "
                    "does not say, step by step, how the goal is reached."
                ).format(usecase=_q(usecase)),
                usecase,
                tr("Write the steps of the main scenario, from the trigger to the goal."),
                fixes=(
                    QuickFix(
                        tr("Edit the specification"),
                        "edit-specification",
                        (("usecase", usecase.id),),
                    ),
                ),
            )
        )
    return problems


_RUNNERS = {
    "usecase-without-actor": _usecases_without_actor,
    "actor-without-usecase": _actors_without_usecase,
    "cycle": _cycles,
    "extend-without-extension-point": _extends_without_points,
    "extend-without-condition": _extends_without_condition,
    "unused-extension-point": _unused_points,
    "association-between-same-kind": _same_kind_associations,
    "duplicate-name": _duplicate_names,
    "usecase-name-not-verb": _verb_names,
    "usecase-outside-boundary": _outside_boundaries,
    "specification-without-scenario": _specifications_without_scenario,
}
