"""Diagram ▸ Auto Layout (Ctrl+Shift+L), Tidy Labels and Keep Position.

Auto Layout lays out the current diagram, or only the selected shapes when there is a
selection; shapes marked Keep Position stay where they are. Tidy Labels moves only
labels, condition notes and comments. Keep Position is set on all the selected shapes
at once (here, in the canvas context menu and in the properties panel). Each is one
undo step; the layout's warnings go to the status bar.
"""

from __future__ import annotations

from typing import Any

from ..commands.layout import lay_out, set_pinned, tidy
from ..i18n import tr
from ..model import ModelError
from .actions import new_action

SHORTCUT = "Ctrl+Shift+L"


def _selected_shapes(window: Any, diagram_id: str) -> list[str]:
    view = window.current_view()
    if view is None:
        return []
    ids = view.diagram_scene.selected_ids()
    return [i for i in ids if window.document.shape(diagram_id, i) is not None]


def auto_layout_current(window: Any) -> None:
    """Lay out the current diagram (or its selected shapes) as one undo step."""
    view = window.current_view()
    if view is None:
        window.show_status(tr("Add a diagram first (Diagram ▸ New Diagram)."))
        return
    diagram_id = view.diagram_id
    selected = _selected_shapes(window, diagram_id)
    only = frozenset(selected) if selected else None
    try:
        warnings = window.undo_stack.run(
            tr("Auto Layout"), lambda d: lay_out(d, diagram_id, only=only)
        )
    except ModelError as error:
        window.show_status(tr("Auto Layout failed: {reason}").format(reason=str(error)))
        return
    if warnings:
        window.show_status(" ".join(warnings))
    elif only is not None:
        window.show_status(tr("Laid out {n} selected shapes.").format(n=len(only)))
    else:
        window.show_status(tr("Laid out the diagram."))


def tidy_labels_current(window: Any) -> None:
    """Move only the labels, notes and comments of the current diagram (one undo step)."""
    view = window.current_view()
    if view is None:
        window.show_status(tr("Add a diagram first (Diagram ▸ New Diagram)."))
        return
    diagram_id = view.diagram_id
    try:
        window.undo_stack.run(tr("Tidy Labels"), lambda d: tidy(d, diagram_id))
    except ModelError as error:
        window.show_status(tr("Tidy Labels failed: {reason}").format(reason=str(error)))
        return
    window.show_status(tr("Labels tidied."))


def all_pinned(window: Any, diagram_id: str, ids: list[str]) -> bool:
    """True when every one of these shapes is marked Keep Position."""
    shapes = [window.document.shape(diagram_id, i) for i in ids]
    shapes = [s for s in shapes if s is not None]
    return bool(shapes) and all(s.pinned for s in shapes)


def keep_position(window: Any, ids: list[str] | None = None) -> None:
    """Mark the shapes (the selection by default) Keep Position, or unmark them when all
    of them already are; one undo step."""
    view = window.current_view()
    if view is None:
        return
    diagram_id = view.diagram_id
    ids = list(ids) if ids is not None else _selected_shapes(window, diagram_id)
    ids = [i for i in ids if window.document.shape(diagram_id, i) is not None]
    if not ids:
        window.show_status(tr("Select the shapes that should keep their position."))
        return
    pinned = not all_pinned(window, diagram_id, ids)
    text = tr("Keep Position") if pinned else tr("Release Position")
    window.undo_stack.run(text, lambda d: set_pinned(d, diagram_id, ids, pinned))


def install(window: Any) -> None:
    """Add Auto Layout, Tidy Labels and Keep Position to the Diagram menu."""
    actions = [
        new_action(
            window,
            tr("Auto &Layout"),
            lambda: auto_layout_current(window),
            name="auto_layout",
            tip=tr(
                "Lay out the diagram, or the selected shapes, automatically; shapes marked "
                "Keep Position stay where they are"
            ),
            status_tip=True,
            keys=[SHORTCUT],
        ),
        new_action(
            window,
            tr("Tidy La&bels"),
            lambda: tidy_labels_current(window),
            name="tidy_labels",
            tip=tr("Move only labels, condition notes and comments so that they cover nothing"),
            status_tip=True,
        ),
        new_action(
            window,
            tr("&Keep Position"),
            lambda: keep_position(window),
            name="keep_position",
            tip=tr("Auto Layout leaves the selected shapes where they are (toggle)"),
            status_tip=True,
        ),
    ]
    for action in actions:
        window.addAction(action)
        window.actions_by_name.setdefault(action.objectName().removeprefix("action_"), action)
    window.add_to_menu("diagram", actions)
