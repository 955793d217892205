"""Use case specifications in the main window: the Specification tab of the properties
panel, Edit > Edit Specification… (Ctrl+Shift+U) and the same entry in the context
menus of the canvas and the model browser, all opening the larger editor window."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from ..i18n import tr
from ..model import UseCase
from . import context_menus, property_sections
from .actions import new_action

if TYPE_CHECKING:
    from .spec_dialog import SpecificationDialog

_DIALOGS: dict[int, dict[str, SpecificationDialog]] = {}


def install(window: Any) -> None:
    """Add the Specification tab, menu entry and context menu entry to ``window``."""
    property_sections.register(
        QT_TRANSLATE_NOOP("PropertiesPanel", "Specification"), specification_tab
    )
    context_menus.register(context_actions)
    action = new_action(
        window,
        tr("Edit &Specification…"),
        lambda: edit_selected(window),
        name="edit_specification",
        tip=tr("Write the goal, steps and conditions of the selected use case"),
        status_tip=True,
        keys=["Ctrl+Shift+U"],
    )
    window.add_to_menu("edit", [action])
    _DIALOGS[id(window)] = {}
    if isinstance(window, QObject):
        window.destroyed.connect(lambda *_: _DIALOGS.pop(id(window), None))


def _window_of(widget: QWidget) -> Any:
    """The main window a widget belongs to (docks may float: follow the parents)."""
    current: Any = widget
    while current is not None and not hasattr(current, "reveal"):
        current = current.parentWidget()
    return current


def specification_tab(panel: Any, element: Any) -> QWidget | None:
    """The Specification tab for a use case (None for other elements)."""
    if not isinstance(element, UseCase) or panel.document is None:
        return None
    window = _window_of(panel)
    from .spec_editor import SpecificationEditor  # on first use: the window starts faster

    usecase_id = element.id
    editor = SpecificationEditor(
        panel.document,
        usecase_id,
        panel.run,
        wide=False,
        open_larger=(lambda: open_editor(window, usecase_id)) if window is not None else None,
    )
    panel.bind_loader(editor, editor.load)
    return editor


def context_actions(window: Any, ids: list[str]) -> list[QAction]:
    """ "Edit Specification…" when the menu is about one use case."""
    if len(ids) != 1 or not isinstance(window.document.find(ids[0]), UseCase):
        return []
    usecase_id = ids[0]
    action = new_action(
        window,
        tr("Edit Specification…"),
        lambda: open_editor(window, usecase_id),
        tip=tr("Write the goal, steps and conditions of this use case"),
    )
    return [action]


def edit_selected(window: Any) -> SpecificationDialog | None:
    """Open the larger editor on the selected use case (or say what to select)."""
    scene = window.current_scene()
    ids = scene.selected_ids() if scene is not None else []
    usecases = [i for i in ids if isinstance(window.document.find(i), UseCase)]
    if len(usecases) != 1:
        window.show_status(tr("Select one use case to edit its specification."))
        return None
    return open_editor(window, usecases[0])


def open_editor(window: Any, usecase_id: str) -> SpecificationDialog:
    """Show the specification window of a use case (the one already open, if any)."""
    from .spec_dialog import SpecificationDialog  # on first use: the window starts faster

    dialogs = _DIALOGS.setdefault(id(window), {})
    dialog = dialogs.get(usecase_id)
    if dialog is None or dialog.document is not window.document or not dialog.isVisible():
        dialog = SpecificationDialog(window, usecase_id)
        dialogs[usecase_id] = dialog
        dialog.destroyed.connect(lambda *_: dialogs.pop(usecase_id, None))
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def dialogs_of(window: Any) -> dict[str, SpecificationDialog]:
    """The specification windows open for ``window``, by use case id."""
    return _DIALOGS.get(id(window), {})
