"""File > Import... (XMI and other tools' files), File > Export XMI... and File > Export
StarUML..., added to a main window through its extension interface (``app/extensions.py``).

The XMI reader and writer (and lxml) are imported when an action is first used, not
when the window starts."""

from __future__ import annotations

from typing import Any

from ..i18n import tr
from .actions import new_action


def install(window: Any) -> None:
    """Add Import, Export XMI and Export StarUML to ``window``'s File menu."""
    import_action = new_action(
        window,
        tr("&Import…"),
        lambda: import_into(window),
        tip=tr(
            "Open a model from another tool: XMI, MagicDraw/Cameo .mdzip, ArgoUML .zargo, "
            "StarUML .mdj, draw.io drawings"
        ),
    )
    export_action = new_action(
        window,
        tr("Export &XMI…"),
        lambda: export_from(window),
        tip=tr("Write the model as XMI for other UML tools"),
    )
    export_mdj_action = new_action(
        window,
        tr("Export &StarUML…"),
        lambda: export_mdj_from(window),
        tip=tr("Write the model as a StarUML project (.mdj), diagrams included"),
    )
    window.add_to_menu("file", [import_action, export_action, export_mdj_action])


def export_from(window: Any) -> None:
    """Export ``window``'s document as XMI (asks for the file and the dialect)."""
    from . import xmi_dialogs

    xmi_dialogs.export_xmi(window, window.document)


def export_mdj_from(window: Any) -> None:
    """Export ``window``'s document as a StarUML project (asks for the file)."""
    from . import xmi_dialogs

    xmi_dialogs.export_mdj(window, window.document)


def import_into(window: Any, path: str | None = None) -> bool:
    """Import a model file (asked for, or ``path``: a file dropped on the window) into
    ``window`` when it is blank, else into a new window, as Open does; the import is
    new, unsaved work, so closing its window asks to save it."""
    from . import windows, xmi_dialogs

    result = xmi_dialogs.import_xmi(window, path)
    if result is None:
        return False
    document, report = result
    window = windows.window_for_new(window)
    window.open_document(document, None)
    window.undo_stack.resetClean()
    window.show_status(tr("Imported {summary}").format(summary=report.summary()))
    return True
