"""Journey data kept as free properties, lifted into the typed journey fields.

Before the journey had fields of its own (file format 1), it could only travel as
properties of a use case: tagged values named "stage", "touchpoints", "emotion" or
"pain points" that Enterprise Architect and other tools export, and that an XMI import
keeps as properties. ``lift`` turns those into the use case's journey step, adding
stages and touchpoints it names to the document's journey. A value it cannot read
(an emotion of "great") stays a property, so nothing is lost.

It works on the raw dictionary of a document, so the ``.ucd`` upgrade from version 1
and the XMI import of files from other tools share it.
"""

from __future__ import annotations

import re
from typing import Any

from ..model.ids import is_valid_id
from ..model.journey import Journey

FIELDS = {
    "stage": "stage",
    "journey stage": "stage",
    "touchpoint": "touchpoints",
    "touchpoints": "touchpoints",
    "channel": "touchpoints",
    "channels": "touchpoints",
    "emotion": "emotion",
    "customer emotion": "emotion",
    "pain point": "pain_points",
    "pain points": "pain_points",
    "painpoints": "pain_points",
}
"""Property names (case, spaces, "_" and a "Stereotype::" prefix ignored) -> field."""

_SPLIT_LIST = re.compile(r"[,;\n]+")
_SPLIT_LINES = re.compile(r"[;\n]+")


def field_for(key: str) -> str | None:
    """The journey field a property name stands for, or None."""
    name = key.rpartition("::")[2].replace("_", " ").strip().casefold()
    return FIELDS.get(re.sub(r"\s+", " ", name))


def parse_emotion(text: str) -> int | None:
    """An emotion from -2 to +2 ("+1", "-2", "0", "−1"), or None when it is not one."""
    cleaned = text.strip().replace("\u2212", "-")
    if re.fullmatch(r"[+-]?[0-2]", cleaned):
        return int(cleaned)
    return None


def lift(content: dict[str, Any]) -> dict[str, Any]:
    """``content`` with journey properties of its use cases moved into their journey
    steps (a new dict; the elements it changes are copied)."""
    elements = content.get("elements")
    if not isinstance(elements, list):
        return content
    journey = content.get("journey")
    if not isinstance(journey, dict):
        journey = Journey().model_dump(mode="json")
    stages = [dict(s) for s in journey.get("stages", []) if isinstance(s, dict)]
    touchpoints = [t for t in journey.get("touchpoints", []) if isinstance(t, str)]
    taken = {str(e.get("id")) for e in elements if isinstance(e, dict)}
    lifted_any = False
    new_elements = []
    for element in elements:
        if (
            not isinstance(element, dict)
            or element.get("kind") != "usecase"
            or not isinstance(element.get("properties"), dict)
        ):
            new_elements.append(element)
            continue
        properties = dict(element["properties"])
        step = dict(element.get("journey") or {})
        for key, value in list(properties.items()):
            field = field_for(key)
            if field is None or not isinstance(value, str) or step.get(field) not in (None, []):
                continue  # not a journey property, or the field is set already
            if field == "stage":
                name = value.strip()
                if not name:
                    continue
                step["stage"] = _stage_id(stages, name, taken)
            elif field == "touchpoints":
                names = [t.strip() for t in _SPLIT_LIST.split(value) if t.strip()]
                if not names or any(len(t) > 200 for t in names):
                    continue
                for name in names:
                    if name not in touchpoints:
                        touchpoints.append(name)
                step["touchpoints"] = list(dict.fromkeys(names))
            elif field == "emotion":
                emotion = parse_emotion(value)
                if emotion is None:
                    continue
                step["emotion"] = emotion
            else:
                lines = [line.strip() for line in _SPLIT_LINES.split(value) if line.strip()]
                if not lines:
                    continue
                step["pain_points"] = lines
            del properties[key]
        if step != (element.get("journey") or {}):
            lifted_any = True
            element = {**element, "properties": properties, "journey": step}
        new_elements.append(element)
    if not lifted_any:
        return content
    return {
        **content,
        "elements": new_elements,
        "journey": {**journey, "stages": stages, "touchpoints": touchpoints},
    }


def _stage_id(stages: list[dict[str, Any]], name: str, taken_ids: set[str]) -> str:
    """The id of the stage called ``name``, added at the end when there is none."""
    wanted = name.casefold()
    for stage in stages:
        if str(stage.get("name", "")).strip().casefold() == wanted:
            return str(stage["id"])
    base = "stage_" + (re.sub(r"[^a-z0-9]+", "_", wanted).strip("_") or "unnamed")
    taken = taken_ids | {str(s.get("id")) for s in stages}
    ident, n = base, 2
    while ident in taken or not is_valid_id(ident):
        ident, n = f"{base}_{n}", n + 1
    stages.append({"id": ident, "name": name})
    return ident


def upgrade_1_to_2(content: dict[str, Any]) -> dict[str, Any]:
    """``.ucd`` version 1 -> 2: version 2 adds the customer journey (stages, touchpoints
    and on every use case its journey step). A version-1 file gets the default journey,
    and the journey properties its use cases carried become journey fields."""
    return lift(content)
