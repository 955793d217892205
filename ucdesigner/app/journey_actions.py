"""The customer journey in the main window, through its extension interface
(``app/extensions.py``): the Journey tab of the properties panel, Diagram ▸ Show
Journey Lanes (per diagram), Arrange Use Cases in Lanes, Journey Stages and
Touchpoints…, and View ▸ Coverage."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QInputDialog

from ..commands import journey as J
from ..i18n import tr
from ..model import ModelError
from . import journey_section, property_sections
from .actions import new_action
from .coverage_view import install_dock


def install(window: Any) -> None:
    """Add the journey's tab, actions and Coverage view to ``window``."""
    property_sections.register(
        QT_TRANSLATE_NOOP("PropertiesPanel", "Journey"), journey_section.build
    )

    lanes = new_action(
        window,
        tr("Show Journey &Lanes"),
        name="journey_lanes",
        tip=tr(
            "Show the journey stages as lanes on this diagram; "
            "a use case placed in a lane takes its stage"
        ),
        checkable=True,
    )
    lanes.toggled.connect(lambda on: set_lanes(window, on))
    arrange = new_action(
        window,
        tr("&Arrange Use Cases in Lanes"),
        lambda: arrange_lanes(window),
        name="arrange_lanes",
        tip=tr("Move every use case that has a stage into its lane"),
    )
    width = new_action(
        window,
        tr("Journey Lane &Width…"),
        lambda: ask_lane_width(window),
        name="lane_width",
        tip=tr("How wide the lanes of this diagram are"),
    )
    stages = new_action(
        window,
        tr("Journey &Stages and Touchpoints…"),
        lambda: _edit_journey(window),
        name="journey_stages",
        tip=tr("Edit the stages of the customer journey and the touchpoint list"),
    )
    window.add_to_menu("diagram", [lanes, arrange, width, stages])

    dock = install_dock(window)
    coverage = dock.toggleViewAction()
    coverage.setObjectName("action_coverage")
    coverage.setText(tr("&Coverage"))
    coverage.setToolTip(tr("Show which use cases cover each journey stage for each actor"))
    window.add_to_menu("view", [coverage])

    def follow_view(_view: object = None) -> None:
        view = window.current_view()
        on = (
            view is not None
            and window.document.has_diagram(view.diagram_id)
            and (window.document.diagram_info(view.diagram_id).lanes is not None)
        )
        blocked = lanes.blockSignals(True)
        lanes.setChecked(bool(on))
        lanes.setEnabled(view is not None)
        arrange.setEnabled(bool(on))
        width.setEnabled(bool(on))
        lanes.blockSignals(blocked)

    window.tabs.currentViewChanged.connect(follow_view)
    window.undo_group.indexChanged.connect(lambda _i: follow_view())
    window.undo_group.activeStackChanged.connect(lambda _s: follow_view())
    follow_view()


def _edit_journey(window: Any) -> None:
    from .journey_dialog import edit_journey  # on first use: the window starts faster

    edit_journey(window)


def set_lanes(window: Any, on: bool) -> None:
    """Turn the current diagram's lane view on or off (one undo step)."""
    view = window.current_view()
    if view is None:
        return
    text = tr("Show journey lanes") if on else tr("Hide journey lanes")
    try:
        window.undo_stack.run(text, lambda d: J.show_lanes(d, view.diagram_id, on))
    except ModelError as error:
        window.show_status(str(error))


def ask_lane_width(window: Any) -> None:
    """Ask for the width of the current diagram's lanes (one undo step). Use cases keep
    their places; Arrange Use Cases in Lanes puts them back in their lanes."""
    view = window.current_view()
    lanes = window.document.diagram_info(view.diagram_id).lanes if view else None
    if view is None or lanes is None:
        return
    value, ok = QInputDialog.getInt(
        window,
        tr("Journey Lane Width"),
        tr("Width of each lane (points at 100 %):"),
        round(lanes.width),
        80,
        5000,
        10,
    )
    if not ok or value == round(lanes.width):
        return
    new = lanes.model_copy(update={"width": float(value)})
    window.undo_stack.run(
        tr("Change lane width"), lambda d: d.update_diagram(view.diagram_id, lanes=new)
    )


def arrange_lanes(window: Any) -> None:
    """Move the current diagram's use cases into their lanes (one undo step)."""
    view = window.current_view()
    if view is None:
        return
    document = window.document
    before = {u.id: set(u.subjects) for u in document.of_kind("usecase")}
    try:
        moved = window.undo_stack.run(
            tr("Arrange use cases in lanes"), lambda d: J.arrange_in_lanes(d, view.diagram_id)
        )
    except ModelError as error:
        window.show_status(str(error))
        return
    message = tr("{n} use cases moved into their lanes.").format(n=moved)
    # A use case moved into or out of a system boundary changes membership, which is
    # part of the model: say so (Undo takes both back).
    changes = []
    for usecase in document.of_kind("usecase"):
        old, new = before.get(usecase.id, set()), set(usecase.subjects)
        for subject in sorted(new - old):
            changes.append(
                tr("“{usecase}” now belongs to “{subject}”").format(
                    usecase=usecase.name, subject=document.get(subject).name
                )
            )
        for subject in sorted(old - new):
            changes.append(
                tr("“{usecase}” left “{subject}”").format(
                    usecase=usecase.name, subject=document.get(subject).name
                )
            )
    if changes:
        message += " " + tr("System boundaries changed: {changes}.").format(
            changes="; ".join(changes)
        )
    window.show_status(message)
