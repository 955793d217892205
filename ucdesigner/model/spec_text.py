"""A use case specification as plain text, and back.

The text is what other UML tools show of a specification (the body of an
``ownedComment`` in XMI) and what the Markdown report prints: numbered steps, "3a."
extensions, bulleted conditions. It is written so that it can be read back: a file
that went through a tool which dropped our XMI extension still gives the
specification again (ids of steps are then made up, deterministically).

Format (sections without content are left out)::

    Use case specification: Request Return
    Goal: Get the money back for an item that does not suit.
    Level: user goal
    Primary actors: Customer
    Stakeholders and interests:
    - Customer: wants the money back quickly
    Main success scenario:
    1. The customer chooses the order.
       2. A nested step (three spaces per level).
    Extensions:
    2a. The item is damaged (at extension point "Item damaged"):
        2a1. The customer adds a photo.
    Postconditions:
    - The refund is under way.

A value that spans several lines continues on lines indented under its first one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .specification import ScenarioExtension, Specification, Stakeholder, Step

HEADER = "Use case specification:"
"""The first line of the text; how a reader tells a specification from other notes."""

_INDENT = "   "
_LISTS = (
    ("preconditions", "Preconditions"),
    ("postconditions", "Postconditions"),
    ("business_rules", "Business rules"),
    ("open_issues", "Open issues"),
)
_TITLES = {
    "goal": "Goal",
    "scope": "Scope",
    "level": "Level",
    "primary_actors": "Primary actors",
    "supporting_actors": "Supporting actors",
    "stakeholders": "Stakeholders and interests",
    "preconditions": "Preconditions",
    "trigger": "Trigger",
    "main_scenario": "Main success scenario",
    "extensions": "Extensions",
    "postconditions": "Postconditions",
    "business_rules": "Business rules",
    "open_issues": "Open issues",
}
_FIELD_BY_TITLE = {title.lower(): field for field, title in _TITLES.items()}


def _continued(text: str, indent: str) -> str:
    """``text`` with its second and later lines indented by ``indent``."""
    lines = text.split("\n")
    return "\n".join([lines[0], *(indent + line if line else line for line in lines[1:])])


def outline_numbers(indents: Sequence[int]) -> list[str]:
    """Outline numbers for steps at these indents: "1", "2", then "2.1", "2.2" for steps
    indented under step 2, "3" for the next one back at the left."""
    counters: list[int] = []
    numbers = []
    for indent in indents:
        level = min(indent, len(counters))  # a step is at most one level deeper
        del counters[level + 1 :]
        if len(counters) <= level:
            counters.append(0)
        counters[level] += 1
        numbers.append(".".join(str(c) for c in counters[: level + 1]))
    return numbers


_RESUMES_AT = re.compile(r"(?i)(\bresumes?\s+at\s+step\s+)(\d+(?:\.\d+)*)")


def renumber_references(text: str, numbers: dict[str, str]) -> str:
    """``text`` with each "resumes at step N" following ``numbers`` (old number -> new
    number, for the steps that kept their id); other numbers stay as they are."""
    return _RESUMES_AT.sub(lambda m: m.group(1) + numbers.get(m.group(2), m.group(2)), text)


def step_numbers(spec: Specification) -> dict[str, str]:
    """The number of every main-scenario step ("1", "2"...), by step id."""
    return {s.id: str(i) for i, s in enumerate(spec.main_scenario, start=1)}


def specification_text(
    name: str,
    spec: Specification,
    actor_name: Callable[[str], str],
    point_name: Callable[[str], str],
    primary_actors: Sequence[str] | None = None,
) -> str:
    """The specification of the use case ``name`` as plain text (see the module docstring).

    ``primary_actors`` are the ids to print as primary actors (the associated actors when
    the specification names none); by default the specification's own.
    """
    out = [f"{HEADER} {name}"]

    def field(key: str, value: str) -> None:
        if value.strip():
            title = _TITLES[key]
            out.append(f"{title}: " + _continued(value.strip("\n"), " " * (len(title) + 2)))

    def bullets(key: str, values: Sequence[str]) -> None:
        values = [v for v in values if v.strip()]
        if values:
            out.append(f"{_TITLES[key]}:")
            out.extend("- " + _continued(v.strip("\n"), "  ") for v in values)

    field("goal", spec.goal)
    field("scope", spec.scope)
    field("level", spec.level)
    primary = spec.primary_actors if primary_actors is None else tuple(primary_actors)
    field("primary_actors", ", ".join(actor_name(a) for a in primary))
    field("supporting_actors", ", ".join(actor_name(a) for a in spec.supporting_actors))
    if spec.stakeholders:
        out.append(f"{_TITLES['stakeholders']}:")
        for holder in spec.stakeholders:
            text = f"{holder.name}: {holder.interest}" if holder.interest else holder.name
            out.append("- " + _continued(text, "  "))
    bullets("preconditions", spec.preconditions)
    field("trigger", spec.trigger)
    if spec.main_scenario:
        out.append(f"{_TITLES['main_scenario']}:")
        for number, step in enumerate(spec.main_scenario, start=1):
            lead = _INDENT * step.indent + f"{number}. "
            out.append(lead + _continued(step.text, " " * len(lead)))
    if spec.extensions:
        out.append(f"{_TITLES['extensions']}:")
        labels = spec.extension_labels()
        for extension in spec.extensions:
            label = labels[extension.id]
            where = (
                f' (at extension point "{point_name(extension.extension_point)}")'
                if extension.extension_point
                else ""
            )
            lead = f"{label}. "
            out.append(lead + _continued(f"{extension.condition}{where}:", " " * len(lead)))
            for number, step in enumerate(extension.steps, start=1):
                inner = _INDENT + _INDENT * step.indent + f"{label}{number}. "
                out.append(inner + _continued(step.text, " " * len(inner)))
    for key, _title in _LISTS[1:]:
        bullets(key, getattr(spec, key))
    return "\n".join(out)


# ---------------------------------------------------------------------------- reading


@dataclass
class _Item:
    """One line-started value while reading: its section, marker and text lines."""

    section: str
    kind: str  # "field", "bullet", "step", "extension", "ext-step"
    indent: int
    lines: list[str]
    label: str = ""
    column: int = 0

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


_FIELD_RE = re.compile(r"^([A-Za-z][A-Za-z ]*?):(?: (.*))?$")
_STEP_RE = re.compile(r"^( *)(\d+)\. ?(.*)$")
_EXT_RE = re.compile(r"^(\d+|\*)([a-z]+)\. ?(.*)$")
_EXT_STEP_RE = re.compile(r"^( *)(\d+|\*)([a-z]+)(\d+)\. ?(.*)$")
_POINT_RE = re.compile(r'^(.*?)(?: \(at extension point "(.*)"\))?:$', re.DOTALL)


def is_specification_text(text: str) -> bool:
    """True when ``text`` looks like what ``specification_text`` writes."""
    return text.lstrip().startswith(HEADER)


def parse_specification_text(
    text: str,
    id_prefix: str,
    actor_id: Callable[[str], str | None],
    point_id: Callable[[str], str | None],
) -> Specification:
    """Read a specification written by ``specification_text``.

    Step and extension ids are ``{id_prefix}_s1``, ``{id_prefix}_x1``...; ``actor_id``
    and ``point_id`` find the ids of actors and extension points by name (names they do
    not know are left out).
    """
    items: list[_Item] = []
    section = ""
    for raw in text.replace("\r\n", "\n").split("\n")[1:]:
        line = raw.rstrip()
        current = items[-1] if items else None
        if (
            current is not None
            and line.startswith(" " * current.column)
            and (current.column and line.strip() and not _starts_item(line, section))
        ):
            current.lines.append(line[current.column :])
            continue
        if not line.strip():
            if current is not None and current.kind != "field-title":
                current.lines.append("")
            continue
        field = _FIELD_RE.match(line)
        if field and field.group(1).lower() in _FIELD_BY_TITLE and not line.startswith(" "):
            section = _FIELD_BY_TITLE[field.group(1).lower()]
            value = field.group(2) or ""
            title_len = len(field.group(1)) + 2
            items.append(_Item(section, "field", 0, [value], column=title_len))
            continue
        if line.startswith("- "):
            items.append(_Item(section, "bullet", 0, [line[2:]], column=2))
            continue
        step = _STEP_RE.match(line)
        if section == "main_scenario" and step:
            lead = len(step.group(1)) + len(step.group(2)) + 2
            indent = min(len(step.group(1)) // len(_INDENT), 5)
            items.append(_Item(section, "step", indent, [step.group(3)], column=lead))
            continue
        ext_step = _EXT_STEP_RE.match(line)
        if section == "extensions" and ext_step:
            spaces = len(ext_step.group(1))
            indent = min(max(spaces // len(_INDENT) - 1, 0), 5)
            lead = spaces + sum(len(ext_step.group(i)) for i in (2, 3, 4)) + 2
            items.append(_Item(section, "ext-step", indent, [ext_step.group(5)], column=lead))
            continue
        extension = _EXT_RE.match(line)
        if section == "extensions" and extension:
            lead = len(extension.group(1)) + len(extension.group(2)) + 2
            items.append(
                _Item(
                    section,
                    "extension",
                    0,
                    [extension.group(3)],
                    label=extension.group(1),
                    column=lead,
                )
            )
            continue
        if current is not None:  # a continuation written with less indentation
            current.lines.append(line.strip())
    return _build(items, id_prefix, actor_id, point_id)


def _starts_item(line: str, section: str) -> bool:
    if section == "main_scenario":
        return _STEP_RE.match(line) is not None
    return section == "extensions" and bool(_EXT_STEP_RE.match(line) or _EXT_RE.match(line))


def _build(
    items: list[_Item],
    prefix: str,
    actor_id: Callable[[str], str | None],
    point_id: Callable[[str], str | None],
) -> Specification:
    values: dict[str, object] = {}
    lists: dict[str, list[str]] = {key: [] for key, _ in _LISTS}
    stakeholders: list[Stakeholder] = []
    main: list[Step] = []
    extensions: list[ScenarioExtension] = []
    counter = 0

    def next_id(letter: str) -> str:
        nonlocal counter
        counter += 1
        return f"{prefix}_{letter}{counter}"

    for item in items:
        text = item.text.strip("\n")
        if item.kind == "field":
            if item.section in ("primary_actors", "supporting_actors"):
                names = [n.strip() for n in text.split(",") if n.strip()]
                ids = [i for i in (actor_id(n) for n in names) if i]
                values[item.section] = tuple(dict.fromkeys(ids))
            elif item.section in ("goal", "scope", "level", "trigger"):
                values[item.section] = text
        elif item.kind == "bullet":
            if item.section == "stakeholders":
                name, _, interest = text.partition(": ")
                stakeholders.append(Stakeholder(name=name.strip(), interest=interest))
            elif item.section in lists:
                lists[item.section].append(text)
        elif item.kind == "step":
            main.append(Step(id=next_id("s"), text=text, indent=item.indent))
        elif item.kind == "extension":
            match = _POINT_RE.match(text)
            condition, point = (match.group(1), match.group(2)) if match else (text, None)
            number = item.label
            known = number.isdigit() and 0 < int(number) <= len(main)
            step = main[int(number) - 1].id if known else None
            extensions.append(
                ScenarioExtension(
                    id=next_id("x"),
                    step=step,
                    condition=condition,
                    extension_point=point_id(point) if point else None,
                )
            )
        elif item.kind == "ext-step" and extensions:
            last = extensions[-1]
            extensions[-1] = last.model_copy(
                update={
                    "steps": (*last.steps, Step(id=next_id("s"), text=text, indent=item.indent))
                }
            )
    return Specification(
        **values,  # type: ignore[arg-type]
        stakeholders=tuple(stakeholders),
        main_scenario=tuple(main),
        extensions=tuple(extensions),
        **{key: tuple(v) for key, v in lists.items()},
    )
