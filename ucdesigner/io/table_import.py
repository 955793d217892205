"""A table pasted from a spreadsheet (tab-separated, or CSV with commas or semicolons)
read as a use case model.

The first row names the columns; names are recognised whatever their case, spacing or
punctuation, and in several wordings (``COLUMNS``). Each further row may name an actor,
a use case (the actor takes part in it), a relationship from the row's use case (or
actor) to a target, the use case's stage, touchpoints, emotion and pain points, and the
system boundary it belongs to. A row that cannot be used is reported with its number and
the reason; the other rows are still read.
"""

from __future__ import annotations

import csv
import io
import re

from ..model.base import clean_text
from ..textutil import one_line
from .journey_properties import parse_emotion
from .text_model import RelSpec, TextModel, names, node_key

COLUMNS: dict[str, tuple[str, ...]] = {
    "actor": ("actor", "actors", "role", "persona", "who"),
    "usecase": ("use case", "usecase", "use cases", "goal", "activity", "name"),
    "relationship": ("relationship", "relation", "relationship type", "link", "type"),
    "target": ("target", "to", "related use case", "related to", "target use case"),
    "stage": ("stage", "journey stage", "phase", "customer journey stage"),
    "touchpoints": ("touchpoints", "touchpoint", "channel", "channels"),
    "emotion": ("emotion", "customer emotion", "feeling", "sentiment"),
    "pain_points": ("pain points", "pain point", "pains", "pain"),
    "system": ("system", "boundary", "system boundary", "subject"),
    "description": ("description", "documentation", "notes", "note", "comment"),
    "condition": ("condition", "extend condition"),
}
"""Column -> the header wordings that name it."""

RELATIONSHIP_WORDS: dict[str, str] = {
    "include": "include",
    "includes": "include",
    "included": "include",
    "extend": "extend",
    "extends": "extend",
    "generalization": "generalization",
    "generalisation": "generalization",
    "generalizes": "generalization",
    "specializes": "generalization",
    "specialises": "generalization",
    "is a": "generalization",
    "inherits": "generalization",
    "association": "association",
    "associates": "association",
    "participates": "association",
    "dependency": "dependency",
    "depends on": "dependency",
    "uses": "dependency",
}

_SPLIT = re.compile(r"[;,]")
_PAINS = re.compile(r"[;\n]")
"""Separators only: the pieces are stripped afterwards (``\\s*`` around a separator
made a long run of spaces cost time in the square of its length)."""


class TableError(ValueError):
    """A text that is no table this reader can use (no recognised header)."""


def _word(text: str) -> str:
    return re.sub(r"[\s_\-/]+", " ", text.strip().strip("«»<>").casefold()).strip()


def column_for(header: str) -> str | None:
    """The column a header names, or None."""
    word = _word(header)
    for column, wordings in COLUMNS.items():
        if word in wordings:
            return column
    return None


def _pieces(separator: re.Pattern, text: str) -> list[str]:
    return [piece for part in separator.split(text) if (piece := part.strip())]


def split_rows(text: str) -> list[list[str]]:
    """The rows of a pasted table: tab-separated when the first line has a tab, else
    CSV with the more frequent of ``,`` and ``;`` (quotes as spreadsheets write them)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    first = text.split("\n", 1)[0]
    delimiter = "\t"
    if "\t" not in first:
        delimiter = ";" if first.count(";") > first.count(",") else ","
    return [row for row in csv.reader(io.StringIO(text), delimiter=delimiter)]


def parse_table(text: str) -> TextModel:
    """Read a pasted table; TableError when its first row names no known column."""
    rows = split_rows(text)
    if not rows or not any(cell.strip() for cell in rows[0]):
        raise TableError("The clipboard holds no table: paste cells copied from a spreadsheet.")
    header = [column_for(cell) for cell in rows[0]]
    if "actor" not in header and "usecase" not in header:
        shown = ", ".join(f'"{one_line(c, limit=30)}"' for c in rows[0][:6] if c.strip())
        raise TableError(
            f"The first row must name the columns, with at least an actor or a use case "
            f"column (found {shown or 'nothing'}); recognised columns: "
            f"{names([w[0] for w in COLUMNS.values()])}."
        )
    model = TextModel(place="Row", direction="lr")
    unknown = [c for c, h in zip(rows[0], header, strict=True) if h is None and c.strip()]
    if unknown:
        model.problems.append(
            f"Row 1: column{'s' if len(unknown) > 1 else ''} "
            f"{names([repr(one_line(c, limit=30)) for c in unknown])} "
            "not recognised and left out."
        )
    for number, row in enumerate(rows[1:], start=2):
        values: dict[str, str] = {}
        for column, cell in zip(header, row, strict=False):
            if column is not None and cell.strip():
                values.setdefault(column, cell.strip())
        cleaned = {column: clean_text(value) for column, value in values.items()}
        if cleaned != values:
            model.problems.append(f"Row {number}: control characters were replaced with \ufffd.")
            values = cleaned
        if not values:
            continue
        problem = _row(model, number, values)
        if problem:
            model.problems.append(f"Row {number}: {problem}")
    return model


def _row(model: TextModel, number: int, values: dict[str, str]) -> str | None:
    """Record one row; the reason it cannot be used, or None."""
    actor_name, case_name = values.get("actor"), values.get("usecase")
    if not actor_name and not case_name:
        return "it names no actor and no use case."
    emotion = None
    if "emotion" in values:
        emotion = parse_emotion(values["emotion"])
        if emotion is None:
            # One bad cell costs that cell only: the row and its stage are kept.
            model.problems.append(
                f'Row {number}: the emotion "{values["emotion"]}" is not a number from −2 '
                "to +2; left out (the rest of the row is used)."
            )
    kind = None
    if "relationship" in values:
        kind = RELATIONSHIP_WORDS.get(_word(values["relationship"]))
        if kind is None:
            return (
                f'the relationship "{values["relationship"]}" is not one of include, '
                "extend, generalization, association or dependency."
            )
        if "target" not in values:
            return f"the {kind} has no target: name the other element in the target column."
    elif "target" in values:
        return "it has a target but no relationship (include, extend, ...)."
    actor = model.node("actor", actor_name, number) if actor_name else None
    case = model.node("usecase", case_name, number) if case_name else None
    if case is not None:
        if "system" in values:
            subject = model.node("subject", values["system"], number)
            case.container = next(k for k, v in model.nodes.items() if v is subject)
        if "stage" in values:
            case.stage = values["stage"]
        if "touchpoints" in values:
            case.touchpoints += _pieces(_SPLIT, values["touchpoints"])
        if "pain_points" in values:
            case.pain_points += _pieces(_PAINS, values["pain_points"])
        if emotion is not None:
            case.emotion = emotion
        if "description" in values and not case.documentation:
            case.documentation = values["description"]
    elif any(k in values for k in ("stage", "touchpoints", "pain_points", "emotion")):
        return "stage, touchpoints, emotion and pain points belong to a use case; it names none."
    if actor is not None and case is not None:
        model.relationships.append(
            _rel("association", "actor", actor_name, "usecase", case_name, number)  # type: ignore[arg-type]
        )
    if kind is not None:
        source_kind, source_name = ("usecase", case_name) if case_name else ("actor", actor_name)
        target_name = values["target"]
        target_kind = (
            "actor" if (source_kind == "actor" and kind == "generalization") else "usecase"
        )
        if kind == "association" and source_kind == "usecase":
            target_kind = "actor"
        model.node(target_kind, target_name, number)
        rel = _rel(kind, source_kind, source_name, target_kind, target_name, number)  # type: ignore[arg-type]
        rel.condition = values.get("condition", "") if kind == "extend" else ""
        if kind == "association" and source_kind == "usecase":
            rel.source, rel.target = rel.target, rel.source
        model.relationships.append(rel)
    return None


def _rel(
    kind: str, source_kind: str, source: str, target_kind: str, target: str, line: int
) -> RelSpec:
    return RelSpec(kind, node_key(source_kind, source), node_key(target_kind, target), line)
