"""Replace (Find and Replace): write a planned set of text replacements back through
the Document API. Run inside one ``UndoStack.run`` it is one undo step however many
elements it changes."""

from __future__ import annotations

from ..model import Document
from ..model.journey import Stage
from ..model.search import STAGE, Replacement, replaced_value


def apply_replacements(document: Document, plan: list[Replacement]) -> int:
    """Write every replacement of ``plan`` that is not refused; returns how many fields
    changed. All of an owner's fields change in one update."""
    by_owner: dict[str, list[Replacement]] = {}
    for item in plan:
        if not item.refused and item.new != item.old:
            by_owner.setdefault(item.owner, []).append(item)
    changed = 0
    for owner, items in by_owner.items():
        if items[0].owner_kind == STAGE:
            changed += _replace_in_stage(document, owner, items)
            continue
        is_diagram = items[0].owner_kind == "diagram"
        current = (document.diagram_info(owner) if is_diagram else document.get(owner)).model_dump()
        changes: dict[str, object] = {}
        for item in items:
            top = str(item.path[0])
            base = {top: changes.get(top, current[top])}
            changes[top] = replaced_value(base, item.path, item.new)[top]  # type: ignore[index]
            changed += 1
        if is_diagram:
            document.update_diagram(owner, **changes)
        else:
            document.update(owner, **changes)
    return changed


def _replace_in_stage(document: Document, stage_id: str, items: list[Replacement]) -> int:
    """Write replacements into a stage of the journey (``Document.set_journey`` checks
    the result: two stages of the same name, say, are refused with a ModelError)."""
    journey = document.journey
    stage = journey.stage(stage_id)
    assert stage is not None
    value: object = stage.model_dump()
    for item in items:
        value = replaced_value(value, item.path, item.new)
    new = Stage.model_construct(**value)  # type: ignore[arg-type]
    stages = tuple(new if s.id == stage_id else s for s in journey.stages)
    document.set_journey(journey.model_copy(update={"stages": stages}))
    return len(items)
