"""How elements, relationships and fields are named in the sentences of a diff."""

from __future__ import annotations

from collections.abc import Mapping

from ..elements import Comment, Element, Relationship

FIELD_WORDS: dict[str, str] = {
    "name": "name",
    "documentation": "documentation",
    "stereotypes": "stereotypes",
    "properties": "properties",
    "package": "package",
    "extension_points": "extension points",
    "subjects": "system boundaries",
    "specification": "specification",
    "journey": "journey step",
    "body": "text",
    "source": "source",
    "target": "target",
    "source_end": "source end",
    "target_end": "target end",
    "condition": "condition",
    "settings": "settings",
    "lanes": "journey lanes",
    "stages": "stages",
    "touchpoints": "touchpoints",
}

VERBS: dict[str, tuple[str, str]] = {
    "association": ("participates in", "no longer participates in"),
    "include": ("includes", "no longer includes"),
    "extend": ("extends", "no longer extends"),
    "generalization": ("specialises", "no longer specialises"),
    "dependency": ("depends on", "no longer depends on"),
    "comment_link": ("annotates", "no longer annotates"),
}


def field_word(field: str) -> str:
    """A field name in plain words ("extension_points" -> "extension points")."""
    return FIELD_WORDS.get(field, field.replace("_", " "))


def title(element: Element) -> str:
    """How an element is named at the start of a line: its name, or its kind and id."""
    if isinstance(element, Comment):
        text = " ".join(element.body.split())
        return f'Note "{text[:39] + "…" if len(text) > 40 else text}"'
    return element.name or f"Unnamed {element.label} ({element.id})"


def relationship_clause(
    rel: Relationship, names: Mapping[str, Element], now: bool = True, connective: str = "now"
) -> str:
    """ "Escalate to Specialist now extends Contact Support" (``now``) or "... no longer
    extends ..." (not ``now``); ends are named from ``names`` (id -> element)."""
    source = names.get(rel.source)
    target = names.get(rel.target)
    source_name = title(source) if source else rel.source
    target_name = title(target) if target else rel.target
    verb, negated = VERBS.get(rel.kind, ("is related to", "is no longer related to"))
    if now:
        return f"{source_name} {connective + ' ' if connective else ''}{verb} {target_name}"
    return f"{source_name} {negated} {target_name}"
