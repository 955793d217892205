"""Diagram > Diagram Frame: the current diagram's setting for the UML diagram frame
(``uc [name]``) that the canvas, pictures, prints and the report draw around it. One
undo step per change; the check mark follows the diagram shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QAction

from ..i18n import tr
from ..model import Document
from .actions import new_action


def set_frame(window: Any, on: bool) -> None:
    """Turn the frame of the current diagram on or off (one undo step)."""
    view = window.current_view()
    if view is None:
        return
    info = window.document.diagram_info(view.diagram_id)
    if info.frame == on:
        return
    window.undo_stack.run(frame_step_text(info.name, on), frame_step(info.id, on))


def frame_step_text(diagram_name: str, on: bool) -> str:
    """The undo step's name for turning a diagram's frame on or off."""
    text = tr("Show the frame of “{name}”") if on else tr("Hide the frame of “{name}”")
    return text.format(name=diagram_name)


def frame_step(diagram_id: str, on: bool) -> Callable[[Document], object]:
    """The document operation that turns a diagram's frame on or off."""
    return lambda d: d.update_diagram(diagram_id, frame=on)


def _follow(window: Any, action: QAction) -> None:
    view = window.current_view()
    action.setEnabled(view is not None)
    on = view is not None and window.document.diagram_info(view.diagram_id).frame
    blocked = action.blockSignals(True)
    action.setChecked(bool(on))
    action.blockSignals(blocked)


def install(window: Any) -> None:
    """Add Diagram > Diagram Frame to ``window``."""
    action = new_action(
        window,
        tr("Diagram &Frame"),
        name="diagram_frame",
        tip=tr(
            "Draw the UML frame headed “uc [name]” around this diagram, on the canvas "
            "and in pictures, prints and the report"
        ),
        status_tip=True,
        checkable=True,
    )
    action.toggled.connect(lambda on: set_frame(window, on))
    window.addAction(action)
    window.actions_by_name["diagram_frame"] = action
    window.add_to_menu("diagram", [action])
    unsubscribe = []

    def bind() -> None:
        for stop in unsubscribe:
            stop()
        unsubscribe.clear()
        unsubscribe.append(window.document.subscribe(lambda _t: _follow(window, action)))
        _follow(window, action)

    window.tabs.currentViewChanged.connect(lambda _view: _follow(window, action))
    window.documentBound.connect(bind)
    bind()
