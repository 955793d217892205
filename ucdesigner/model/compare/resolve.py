"""Resolving a merge conflict kept in a document: take ours, take theirs, or keep what
the document holds now (edited by hand). Each resolution is one transaction, so one
undo step; conflicts that no longer apply (their thing was deleted) go with it."""

from __future__ import annotations

from functools import cache
from typing import Any, Literal

from pydantic import TypeAdapter, ValidationError

from ..conflict import Conflict
from ..diagram import Edge, Shape
from ..document import Document, format_validation_error
from ..elements import AnyNode, AnyRelationship
from ..errors import ModelError
from ..journey import Journey
from .merge import EDGE_GROUPS, SHAPE_GROUPS

Choice = Literal["ours", "theirs", "current"]


@cache
def _element_adapter() -> TypeAdapter:
    """The validator of any element, built when a conflict is first resolved: building
    it at import made every window pay for it on start-up."""
    return TypeAdapter(AnyNode | AnyRelationship)


def resolve(document: Document, conflict_id: str, choice: Choice) -> None:
    """Settle one conflict of ``document`` (ModelError when the chosen value does not fit
    the document as it is now; nothing changes then)."""
    conflict = next((c for c in document.conflicts if c.id == conflict_id), None)
    if conflict is None:
        raise ModelError(f'There is no conflict "{conflict_id}".')
    label = {"ours": "Take ours", "theirs": "Take theirs", "current": "Mark resolved"}[choice]
    with document.transaction(f"{label}: {conflict.message}"):
        if choice != "current":
            _apply(document, conflict, conflict.ours if choice == "ours" else conflict.theirs)
        remaining = tuple(
            c for c in document.conflicts if c.id != conflict_id and still_applies(document, c)
        )
        document.set_info(conflicts=remaining)


def still_applies(document: Document, conflict: Conflict) -> bool:
    """False when the thing a conflict is about is gone from the document."""
    if conflict.scope == "element":
        return document.find(conflict.target) is not None
    if conflict.scope == "diagram":
        return document.has_diagram(conflict.target)
    if conflict.diagram is None or not document.has_diagram(conflict.diagram):
        return False
    return document.find(conflict.target) is not None


def _apply(document: Document, conflict: Conflict, value: Any) -> None:
    try:
        _apply_value(document, conflict, value)
    except ValidationError as error:
        raise ModelError(format_validation_error(error, conflict.message)) from None


def _apply_value(document: Document, c: Conflict, value: Any) -> None:
    if c.scope == "document":
        if c.field == "journey":
            document.set_journey(Journey.model_validate(value))
        else:
            document.set_info(**{c.field: value})
    elif c.scope == "element":
        if c.field:
            document.update(c.target, **{c.field: value})
        elif value is None:
            if document.find(c.target) is not None:
                document.remove([c.target])
        else:
            element = _element_adapter().validate_python(value)
            if document.find(c.target) is None:
                document.add(element)
            else:
                fields = {k: getattr(element, k) for k in type(element).model_fields}
                fields.pop("id"), fields.pop("kind")
                document.update(c.target, **fields)
    elif c.scope == "diagram":
        if c.field:
            document.update_diagram(c.target, **{c.field: value})
        elif value is None and document.has_diagram(c.target):
            document.remove_diagram(c.target)
    else:
        _apply_drawn(document, c, value)


def _apply_drawn(document: Document, c: Conflict, value: Any) -> None:
    assert c.diagram is not None
    is_shape = c.scope == "shape"
    current = (
        document.shape(c.diagram, c.target) if is_shape else document.edge(c.diagram, c.target)
    )
    kind = Shape if is_shape else Edge
    if c.field:
        if current is None:
            raise ModelError(f"{c.message}: it is no longer on the diagram.")
        fields = (SHAPE_GROUPS if is_shape else EDGE_GROUPS)[c.field]
        values = value if len(fields) > 1 else [value]
        update = dict(zip(fields, values, strict=True))
        new = kind.model_validate({**current.model_dump(), **update})
        (document.update_shapes if is_shape else document.update_edges)(c.diagram, [new])
    elif value is None:
        if current is not None:
            remove = document.remove_shapes if is_shape else document.remove_edges
            remove(c.diagram, [c.target])
    else:
        new = kind.model_validate(value)
        if current is None:
            (document.add_shapes if is_shape else document.add_edges)(c.diagram, [new])
        else:
            (document.update_shapes if is_shape else document.update_edges)(c.diagram, [new])
