"""System boundary membership follows geometry on the diagram where the user works:
a use case lying inside a boundary's rectangle belongs to that subject; dragged out, it
leaves. Memberships in boundaries that are not drawn on the diagram are kept."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Document, Shape, UseCase
from .lanes import update_stages


def containing_subjects(document: Document, diagram_id: str, shape: Shape) -> list[str]:
    """Ids of the boundaries on the diagram whose rectangle holds ``shape`` entirely."""
    found = []
    for other in document.shapes(diagram_id):
        if other.element == shape.element:
            continue
        element = document.find(other.element)
        if element is not None and element.kind == "subject" and other.contains_rect(shape):
            found.append(other.element)
    return found


def members_inside(document: Document, diagram_id: str, subject_id: str) -> list[str]:
    """Use cases on the diagram that belong to ``subject_id`` and lie inside its shape."""
    frame = document.shape(diagram_id, subject_id)
    if frame is None:
        return []
    found = []
    for member in document.members(subject_id):
        shape = document.shape(diagram_id, member.id)
        if shape is not None and frame.contains_rect(shape):
            found.append(member.id)
    return found


def update_memberships(
    document: Document, diagram_id: str, element_ids: Iterable[str], leave: bool = True
) -> None:
    """Make the subjects of these use cases match the boundaries they lie in on the diagram.

    ``leave=False`` only adds memberships: used when existing elements are shown on a
    diagram, where being placed outside a boundary is no decision to leave it.

    On a diagram with journey lanes, a use case that lies in a lane takes its stage too
    (lanes are memberships of another kind; outside every lane the stage is kept)."""
    element_ids = list(element_ids)
    shown = {
        s.element
        for s in document.shapes(diagram_id)
        if getattr(document.find(s.element), "kind", None) == "subject"
    }
    for element_id in element_ids:
        element = document.find(element_id)
        shape = document.shape(diagram_id, element_id)
        if not isinstance(element, UseCase) or shape is None:
            continue
        inside = containing_subjects(document, diagram_id, shape)
        kept = [s for s in element.subjects if s not in shown or not leave]
        subjects = tuple(kept + [s for s in inside if s not in kept])
        if set(subjects) != set(element.subjects):
            document.update(element_id, subjects=subjects)
    update_stages(document, diagram_id, element_ids)
