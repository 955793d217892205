"""Find and Replace over a document's texts: names, documentation, specifications
(steps, extensions, conditions), stereotypes, properties, journey fields and KPI names,
and the diagrams' names. Pure functions: the editor's Find panel, its Replace and the
benchmark call the same code.

A search walks every text field once and yields one ``Match`` per occurrence, with the
field's address (``path``) inside its owner, so that a replacement can be written back
through the Document API (``commands.replace``).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

from .diagram import DiagramInfo
from .document import Document
from .elements import Association, Comment, Element, Extend, UseCase
from .journey import Stage

Path = tuple[str | int, ...]
"""Where a text sits inside its owner's ``model_dump()``: ("specification",
"main_scenario", 2, "text"). A property's key is addressed as ("properties", KEY, NAME_OF)."""

NAME_OF = "<key>"
"""Last part of the path of a property's name (its key), as opposed to its value."""

NAME_FIELDS = frozenset({"name", "extension_point", "kpi", "property_name"})
"""Fields that are names: a replacement may not leave them empty."""

LISTED = 1000
"""How many matches the Find panel lists (the rest are counted): more is no help to
a reader, and making them would slow typing in a large model."""

READ_ONLY_FIELDS = frozenset({"stage", "touchpoint"})
"""Fields that are found but only renamed where they are defined (the journey)."""


class SearchError(ValueError):
    """The search text is not a valid regular expression; ``reason`` and ``position``
    (a character index, or None) say why and where."""

    def __init__(self, reason: str, position: int | None) -> None:
        where = f" at character {position + 1}" if position is not None else ""
        super().__init__(f"Invalid regular expression: {reason}{where}")
        self.reason = reason
        self.position = position


@dataclass(frozen=True, slots=True)
class SearchQuery:
    """What to look for and how: plain text or a regular expression, case, whole words."""

    text: str
    regex: bool = False
    case_sensitive: bool = False
    whole_words: bool = False

    def pattern(self) -> re.Pattern[str] | None:
        """The compiled pattern; None for an empty query. SearchError when the regular
        expression is invalid."""
        if not self.text:
            return None
        source = self.text if self.regex else re.escape(self.text)
        if self.whole_words:
            source = rf"\b(?:{source})\b"
        flags = 0 if self.case_sensitive else re.IGNORECASE
        try:
            return re.compile(source, flags)
        except re.error as error:
            return _raise(error)


def _raise(error: re.error) -> re.Pattern[str]:
    raise SearchError(error.msg, error.pos) from None


class Match(NamedTuple):
    """One occurrence of the search text in one field of an element or a diagram (a
    named tuple: a search may make thousands, and tuples are made fastest)."""

    owner: str
    """The element's or the diagram's id."""
    owner_kind: str
    """The element's kind ("usecase"...), "diagram" or "stage" (a journey stage)."""
    owner_name: str
    field: str
    """What the text is: "name", "documentation", "step", "extension", "kpi"... (the
    editor words it)."""
    number: str
    """Which one, where there are several: "3" (step 3), "3a" (extension), "3a1"."""
    detail: str
    """A property's key, an association end ("source"/"target"), or ""."""
    path: Path
    text: str
    """The whole text of the field."""
    start: int
    end: int

    @property
    def key(self) -> tuple[str, Path]:
        """The field this match is in (several matches may share it)."""
        return (self.owner, self.path)


class SearchResult(NamedTuple):
    """The matches found (at most the limit asked for) and how many there are in all."""

    matches: list[Match]
    total: int


@dataclass(frozen=True, slots=True)
class Replacement:
    """What a replacement does to one field: its text before and after, or why not."""

    owner: str
    owner_kind: str
    owner_name: str
    field: str
    number: str
    detail: str
    path: Path
    old: str
    new: str
    refused: str = ""
    """Why this field is left as it is ("" when it is replaced)."""
    count: int = field(default=1)
    """How many occurrences in the field are replaced."""


# ---------------------------------------------------------------------- the fields


def _element_fields(element: Element, document: Document) -> Iterator[tuple]:
    """(field, number, detail, path, text) of every text of ``element``."""
    yield "name", "", "", ("name",), element.name
    if isinstance(element, Comment):
        yield "body", "", "", ("body",), element.body
    yield "documentation", "", "", ("documentation",), element.documentation
    for i, stereotype in enumerate(element.stereotypes):
        yield "stereotype", "", "", ("stereotypes", i), stereotype
    for key, value in element.properties.items():
        yield "property_name", "", key, ("properties", key, NAME_OF), key
        yield "property", "", key, ("properties", key), value
    if isinstance(element, Extend):
        yield "condition", "", "", ("condition",), element.condition
    elif isinstance(element, Association):
        for end in ("source", "target"):
            role = getattr(element, f"{end}_end").role
            yield "role", "", end, (f"{end}_end", "role"), role
    elif isinstance(element, UseCase):
        for i, point in enumerate(element.extension_points):
            yield "extension_point", str(i + 1), "", ("extension_points", i, "name"), point.name
        if element.specification is not None:
            yield from _specification_fields(element)
        if not element.journey.is_empty():
            yield from _journey_fields(element, document)


def _specification_fields(usecase: UseCase) -> Iterator[tuple]:
    spec = usecase.specification
    assert spec is not None
    base = ("specification",)
    for name in ("goal", "scope", "level", "trigger"):
        yield name, "", "", (*base, name), getattr(spec, name)
    for i, holder in enumerate(spec.stakeholders):
        yield "stakeholder", str(i + 1), "", (*base, "stakeholders", i, "name"), holder.name
        path = (*base, "stakeholders", i, "interest")
        yield "interest", str(i + 1), holder.name, path, holder.interest
    for name, lines in (
        ("precondition", spec.preconditions),
        ("postcondition", spec.postconditions),
        ("business_rule", spec.business_rules),
        ("open_issue", spec.open_issues),
    ):
        plural = "business_rules" if name == "business_rule" else f"{name}s"
        for i, line in enumerate(lines):
            yield name, str(i + 1), "", (*base, plural, i), line
    for i, step in enumerate(spec.main_scenario):
        yield "step", str(i + 1), "", (*base, "main_scenario", i, "text"), step.text
    labels = spec.extension_labels()
    for i, extension in enumerate(spec.extensions):
        label = labels.get(extension.id, "")
        path = (*base, "extensions", i, "condition")
        yield "extension", label, "", path, extension.condition
        for j, step in enumerate(extension.steps):
            path = (*base, "extensions", i, "steps", j, "text")
            yield "extension_step", f"{label}{j + 1}", "", path, step.text


def _journey_fields(usecase: UseCase, document: Document) -> Iterator[tuple]:
    journey = usecase.journey
    stage = document.journey.stage(journey.stage)
    if stage is not None:
        yield "stage", "", "", ("journey", "stage"), stage.name
    for i, touchpoint in enumerate(journey.touchpoints):
        yield "touchpoint", str(i + 1), "", ("journey", "touchpoints", i), touchpoint
    for i, pain in enumerate(journey.pain_points):
        yield "pain_point", str(i + 1), "", ("journey", "pain_points", i), pain
    for i, kpi in enumerate(journey.kpis):
        yield "kpi", str(i + 1), "", ("journey", "kpis", i, "name"), kpi.name


STAGE = "stage"
"""The owner kind of a match in a stage of the document's journey (its name, description
or a pain point customers have in it)."""


def _stage_fields(stage: Stage) -> Iterator[tuple]:
    yield "name", "", "", ("name",), stage.name
    yield "description", "", "", ("description",), stage.description
    for i, pain in enumerate(stage.pain_points):
        yield "pain_point", str(i + 1), "", ("pain_points", i), pain


def _diagram_fields(info: DiagramInfo) -> Iterator[tuple]:
    yield "name", "", "", ("name",), info.name
    yield "documentation", "", "", ("documentation",), info.documentation
    for key, value in info.properties.items():
        yield "property_name", "", key, ("properties", key, NAME_OF), key
        yield "property", "", key, ("properties", key), value


# ---------------------------------------------------------------------- searching


def search(document: Document, pattern: re.Pattern[str] | None) -> list[Match]:
    """Every occurrence of ``pattern`` in the document's texts: elements in the order the
    document keeps them (nodes, then relationships), then diagrams. Empty for None."""
    return search_limited(document, pattern, None).matches


Row = tuple[str, str, str, str, str, str, Path, str]
"""One non-empty text to search: owner, owner kind, owner name, field, number, detail,
path and the text itself."""


def gather(document: Document) -> Iterator[Row]:
    """Every non-empty text of the document, in the order a search reports them."""
    owners = [
        (element.id, element.kind, _owner_name(element), _element_fields(element, document))
        for element in (*document.nodes(), *document.relationships())
    ]
    owners += [(i.id, "diagram", i.name, _diagram_fields(i)) for i in document.diagrams()]
    owners += [(s.id, STAGE, s.name, _stage_fields(s)) for s in document.journey.stages]
    for owner, kind, name, fields in owners:
        for field_name, number, detail, path, text in fields:
            if text:
                yield owner, kind, name, field_name, number, detail, path, text


class SearchIndex:
    """The texts of one document gathered once and kept until the document changes, so
    that each keystroke in the Find bar only runs the pattern (walking every element's
    fields again cost as much as the matching). ``close`` stops following the document."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self._rows: list[Row] | None = None
        self._unsubscribe = document.subscribe(self._changed)

    def _changed(self, _transaction: object) -> None:
        self._rows = None

    def rows(self) -> list[Row]:
        """The texts as they are now (gathered again after a change)."""
        if self._rows is None:
            self._rows = list(gather(self.document))
        return self._rows

    def close(self) -> None:
        self._unsubscribe()
        self._rows = None


def search_limited(
    document: Document,
    pattern: re.Pattern[str] | None,
    limit: int | None,
    index: SearchIndex | None = None,
) -> SearchResult:
    """The first ``limit`` occurrences (all for None) and the number of all of them. Past
    the limit occurrences are only counted, which is what keeps typing in the Find
    bar quick when one letter matches everywhere. ``index`` (of the same document)
    saves gathering the texts again."""
    if pattern is None:
        return SearchResult([], 0)
    found: list[Match] = []
    room = limit if limit is not None else -1
    total = 0
    finditer = pattern.finditer
    rows = index.rows() if index is not None and index.document is document else gather(document)
    for owner, kind, name, field_name, number, detail, path, text in rows:
        for hit in finditer(text):
            start, end = hit.span()
            if end == start:
                continue  # an empty match ("a*") finds nothing a person could see
            total += 1
            if room:
                room -= 1
                found.append(
                    Match(owner, kind, name, field_name, number, detail, path, text, start, end)
                )
    return SearchResult(found, total)


def _owner_name(element: Element) -> str:
    if isinstance(element, Comment) and not element.name:
        return element.body.strip().splitlines()[0] if element.body.strip() else ""
    return element.name


# ---------------------------------------------------------------------- replacing


def plan_replacements(
    document: Document,
    matches: list[Match],
    pattern: re.Pattern[str],
    replacement: str,
    regex: bool = False,
) -> list[Replacement]:
    """What replacing these matches with ``replacement`` would do, one entry per field.

    With ``regex``, ``replacement`` may use groups (``\\1``, ``\\g<name>``); otherwise it
    is taken literally. A name that would become empty, a property name that is already
    taken and a journey stage or touchpoint (renamed in the journey itself) are refused
    with the reason in ``refused``.
    """
    by_field: dict[tuple[str, Path], list[Match]] = {}
    for match in matches:
        by_field.setdefault(match.key, []).append(match)
    plan: list[Replacement] = []
    for group in by_field.values():
        first = group[0]
        text = first.text
        pieces: list[str] = []
        last = 0
        for match in sorted(group, key=lambda m: m.start):
            if match.start < last:
                continue  # overlapping occurrences: the first one wins
            hit = pattern.match(text, match.start)
            if regex and hit is not None and hit.end() == match.end:
                new_piece = hit.expand(replacement)
            else:
                new_piece = replacement
            pieces.append(text[last : match.start])
            pieces.append(new_piece)
            last = match.end
        pieces.append(text[last:])
        new = "".join(pieces)
        plan.append(
            Replacement(
                owner=first.owner,
                owner_kind=first.owner_kind,
                owner_name=first.owner_name,
                field=first.field,
                number=first.number,
                detail=first.detail,
                path=first.path,
                old=text,
                new=new,
                refused=_refusal(first, new),
                count=len(group),
            )
        )
    _refuse_clashing_keys(document, plan)
    return plan


def _refusal(match: Match, new: str) -> str:
    if match.field in READ_ONLY_FIELDS:
        return f"a journey {match.field} is renamed in the journey's list, not here"
    if match.field in NAME_FIELDS and not new.strip():
        return "the name would be empty"
    return ""


def _refuse_clashing_keys(document: Document, plan: list[Replacement]) -> None:
    """A property renamed to the name of another property of the same owner is refused."""
    for index, item in enumerate(plan):
        if item.field != "property_name" or item.refused:
            continue
        renames = [
            other
            for other in plan
            if other.owner == item.owner and other.field == "property_name" and other is not item
        ]
        owner = document.find(item.owner)
        keys = owner.properties if owner is not None else _diagram_properties(document, item)
        renamed = {other.old for other in renames if not other.refused}
        taken = (set(keys) - renamed - {item.old}) | {o.new for o in renames if not o.refused}
        if item.new in taken:
            plan[index] = _refused(item, "another property would have the same name")


def _diagram_properties(document: Document, item: Replacement) -> dict[str, str]:
    return document.diagram_info(item.owner).properties if item.owner_kind == "diagram" else {}


def _refused(item: Replacement, reason: str) -> Replacement:
    return dataclasses.replace(item, refused=reason)


def replaced_value(value: object, path: Path, new: str) -> object:
    """``value`` (a model dump: dicts, lists, tuples) with the text at ``path`` set to
    ``new``; nothing is changed in place. A property's key path renames the key and
    keeps its value and place."""
    head, rest = path[0], path[1:]
    if isinstance(value, dict):
        if rest == (NAME_OF,):
            return {(new if k == head else k): v for k, v in value.items()}
        copy = dict(value)
        copy[head] = new if not rest else replaced_value(value[head], rest, new)
        return copy
    if isinstance(value, list | tuple):
        items = list(value)
        assert isinstance(head, int)
        items[head] = new if not rest else replaced_value(items[head], rest, new)
        return type(value)(items) if isinstance(value, tuple) else items
    raise TypeError(f"cannot address {head!r} in a {type(value).__name__}")
