"""Replace (Find and Replace): write a planned set of text replacements back through
the Document API. Run inside one ``UndoStack.run`` it is one undo step however many
elements it changes."""

from __future__ import annotations

from ..model import Document
from ..model.search import Replacement, replaced_value


def apply_replacements(document: Document, plan: list[Replacement]) -> int:
    """Write every replacement of ``plan`` that is not refused; returns how many fields
    changed. All of an owner's fields change in one update."""
    by_owner: dict[str, list[Replacement]] = {}
    for item in plan:
        if not item.refused and item.new != item.old:
            by_owner.setdefault(item.owner, []).append(item)
    changed = 0
    for owner, items in by_owner.items():
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
