"""Quick fixes of model check problems (``model/checks.py``), applied to a Document.

Each fix is a plain function over the Document, run by the editor inside one undoable
command (``UndoStack.run``), like the operations in ``operations.py``.
"""

from __future__ import annotations

from ..model import (
    Association,
    Document,
    Edge,
    Extend,
    ExtensionPoint,
    ModelError,
    Shape,
    UseCase,
    new_id,
)
from ..model.problems import QuickFix
from . import operations as ops
from .operations import SizeFor

MODEL_ACTIONS = frozenset(
    {
        "add-association",
        "add-extension-point",
        "remove-extension-point",
        "delete",
        "rename",
        "move-into-boundary",
    }
)
"""Quick fix actions that change the model (the others, such as "edit-specification",
are carried out by the editor's windows)."""

PADDING = 20.0
TITLE_ROOM = 40.0
"""Room left at the top of a boundary for its name."""


def apply_fix(document: Document, fix: QuickFix, size_for: SizeFor | None = None) -> None:
    """Carry out a quick fix; ModelError when it no longer applies. ``size_for`` gives
    preferred shape sizes, to grow shapes whose text got longer."""
    action = fix.action
    p = fix.param
    if action == "add-association":
        add_association(document, p("actor"), p("usecase"))
    elif action == "add-extension-point":
        add_extension_point(document, p("extend"), p("name"), size_for)
    elif action == "remove-extension-point":
        usecase = _usecase(document, p("usecase"))
        kept = tuple(e for e in usecase.extension_points if e.id != p("point"))
        document.update(usecase.id, extension_points=kept)
    elif action == "delete":
        document.remove([p("element")])
    elif action == "rename":
        for diagram_id in document.diagrams_showing(p("element")) or [None]:
            ops.rename(document, p("element"), p("name"), size_for, diagram_id)
    elif action == "move-into-boundary":
        move_into_boundary(document, p("diagram"), p("usecase"), p("subject"))
    else:
        raise ModelError(f"“{fix.label}” is not a change to the model.")


def _usecase(document: Document, usecase_id: str) -> UseCase:
    usecase = document.get(usecase_id)
    if not isinstance(usecase, UseCase):
        raise ModelError(f"{usecase.describe()} is not a use case.")
    return usecase


def add_association(document: Document, actor_id: str, usecase_id: str) -> str:
    """Associate an actor with a use case, drawn on every diagram showing both."""
    rel_id = new_id("association")
    document.add(Association(id=rel_id, source=actor_id, target=usecase_id))
    for diagram_id in document.diagrams_showing(actor_id):
        if document.shape(diagram_id, usecase_id) is not None:
            document.add_edges(diagram_id, [Edge(element=rel_id)])
    return rel_id


def add_extension_point(
    document: Document, extend_id: str, name: str, size_for: SizeFor | None = None
) -> str:
    """Give the extended use case a new extension point and have the «extend» use it."""
    extend = document.get(extend_id)
    if not isinstance(extend, Extend):
        raise ModelError(f"{extend.describe()} is not an «extend».")
    target = _usecase(document, extend.target)
    point = ExtensionPoint(id=new_id("extension_point"), name=name)
    document.update(target.id, extension_points=(*target.extension_points, point))
    document.update(extend_id, extension_points=(*extend.extension_points, point.id))
    if size_for is not None:
        for diagram_id in document.diagrams_showing(target.id):
            ops.grow_to_fit(document, diagram_id, [target.id], size_for)
    return point.id


def move_into_boundary(document: Document, diagram_id: str, usecase_id: str, subject_id: str):
    """Move a use case's shape to a free place inside a boundary on a diagram (making
    the boundary taller when it is full); it then belongs to that boundary."""
    shape = document.shape(diagram_id, usecase_id)
    frame = document.shape(diagram_id, subject_id)
    if shape is None or frame is None:
        raise ModelError("The use case or the boundary is no longer on the diagram.")
    others = [
        s
        for s in document.shapes(diagram_id)
        if s.element not in (usecase_id, subject_id)
        and getattr(document.find(s.element), "kind", "") != "subject"
    ]
    spot = free_spot(frame, shape, others)
    if spot is None:
        grown = frame.model_copy(
            update={
                "height": frame.height + shape.height + PADDING,
                "width": max(frame.width, shape.width + 2 * PADDING),
            }
        )
        document.update_shapes(diagram_id, [grown])
        spot = (grown.x + (grown.width - shape.width) / 2, frame.bottom)
    moved = shape.model_copy(update={"x": round(spot[0]), "y": round(spot[1])})
    ops.set_geometry(document, diagram_id, [moved])


def free_spot(
    frame: Shape, shape: Shape, others: list[Shape], step: float = 10.0
) -> tuple[float, float] | None:
    """The top-left corner nearest to ``shape``'s place where it fits inside ``frame``
    without touching ``others`` (with some room around), or None."""
    left, top = frame.x + PADDING, frame.y + TITLE_ROOM
    right, bottom = frame.right - PADDING - shape.width, frame.bottom - PADDING - shape.height
    best: tuple[float, float] | None = None
    best_distance = float("inf")
    y = top
    while y <= bottom:
        x = left
        while x <= right:
            if not any(_overlaps(x, y, shape, o, PADDING / 2) for o in others):
                distance = (x - shape.x) ** 2 + (y - shape.y) ** 2
                if distance < best_distance:
                    best, best_distance = (x, y), distance
            x += step
        y += step
    return best


def _overlaps(x: float, y: float, shape: Shape, other: Shape, room: float) -> bool:
    return not (
        x + shape.width + room <= other.x
        or other.right + room <= x
        or y + shape.height + room <= other.y
        or other.bottom + room <= y
    )
