"""File > Export Diagram / Export All Diagrams / Export Selection, Edit > Copy as Image,
and export on save, added to a main window through its extension interface
(``app/extensions.py``): this module uses nothing of the window but that interface.

The render path and the export dialog are imported when first used, not when the
window starts."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, Qt
from PySide6.QtGui import QAction, QCursor, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from ..i18n import tr
from . import export_on_save
from .actions import new_action
from .export_prefs import load_prefs

if TYPE_CHECKING:
    from .export_dialog import ExportDialog


def install(window: Any) -> None:
    """Add the export actions to ``window``'s File and Edit menus and export on save."""
    actions = {
        "export_diagram": new_action(
            window,
            tr("Export Diagram…"),
            lambda: open_export_dialog(window, "diagram"),
            tip=tr("Save this diagram as a PNG, SVG or PDF picture"),
            status_tip=True,
            keys=["Ctrl+Shift+E"],
        ),
        "export_all": new_action(
            window,
            tr("Export All Diagrams…"),
            lambda: open_export_dialog(window, "all"),
            tip=tr("Save every diagram as a picture, one file each, in a folder"),
            status_tip=True,
        ),
        "export_selection": new_action(
            window,
            tr("Export Selection…"),
            lambda: open_export_dialog(window, "selection"),
            tip=tr("Save the selected elements as a picture"),
            status_tip=True,
        ),
        "export_slides": new_action(
            window,
            tr("Export Slides…"),
            lambda: export_slides(window),
            name="export_slides",
            tip=tr("Put diagrams on PowerPoint slides as shapes you can still edit"),
            status_tip=True,
        ),
        "copy_image": new_action(
            window,
            tr("Copy as Image"),
            lambda: copy_as_image(window),
            tip=tr("Copy the selection (or the whole diagram) as a picture, to paste into slides"),
            status_tip=True,
            keys=["Ctrl+Shift+C"],
        ),
    }
    window.add_to_menu(
        "file",
        [actions[n] for n in ("export_diagram", "export_all", "export_selection", "export_slides")],
    )
    window.add_to_menu("edit", [actions["copy_image"]])
    export_on_save.install(window)
    _ACTIONS[id(window)] = actions
    if isinstance(window, QObject):
        window.destroyed.connect(
            lambda *_: (_ACTIONS.pop(id(window), None), _PATHS.pop(id(window), None))
        )


_ACTIONS: dict[int, dict[str, QAction]] = {}
_PATHS: dict[int, dict[tuple[str, str], str]] = {}
"""Per window: where each diagram was exported last (see ExportDialog.remembered)."""


def actions_of(window: Any) -> dict[str, QAction]:
    """The actions ``install`` added to ``window``, by name."""
    return _ACTIONS[id(window)]


def _current(window: Any) -> tuple[str | None, list[str]]:
    scene = window.current_scene()
    if scene is None:
        return None, []
    return scene.diagram_id, list(scene.selected_ids())


def open_export_dialog(window: Any, scope: str) -> ExportDialog:
    """Show the export dialog (modal) for the window's document and current diagram."""
    from .export_dialog import ExportDialog

    diagram_id, selection = _current(window)
    if diagram_id is None and window.document.diagrams():
        diagram_id = window.document.diagrams()[0].id
    dialog = ExportDialog(
        window.document,
        diagram_id,
        selection,
        window.path,
        scope=scope,
        parent=window,
        remembered=_PATHS.setdefault(id(window), {}),
    )
    if dialog.exec() and dialog.cancelled:
        window.show_status(
            tr("Export stopped: {count} of {total} pictures written.").format(
                count=len(dialog.results), total=dialog.planned
            )
        )
    elif dialog.result() and dialog.results:
        count = len(dialog.results)
        window.show_status(
            tr("Exported {path}").format(path=dialog.results[0].path)
            if count == 1
            else tr("Exported {count} pictures to {folder}").format(
                count=count, folder=dialog.results[0].path.parent
            )
        )
    return dialog


def export_slides(
    window: Any, path: str | Path | None = None, choices: dict[str, str] | None = None
) -> bool:
    """Write the window's diagrams to a .pptx deck, asking how and where when not told;
    True when the deck was written. A deck that cannot be written is a message."""
    from ..io.report.texts import set_translator
    from ..io.slides import SlideOptions, SlidesError, write_slides
    from .slides_dialog import SlidesDialog

    set_translator(QCoreApplication.translate)
    diagram_id, _selection = _current(window)
    if not window.document.diagrams():
        window.show_status(tr("There is no diagram to put on slides."))
        return False
    if choices is None:
        dialog = SlidesDialog(diagram_id is not None, window)
        if not dialog.exec():
            return False
        choices = dialog.choices()
    if path is None:
        start = window.path.with_suffix(".pptx") if window.path else Path(tr("Slides") + ".pptx")
        chosen, _filter = QFileDialog.getSaveFileName(
            window, tr("Export Slides"), str(start), tr("PowerPoint slides (*.pptx)")
        )
        if not chosen:
            return False
        path = Path(chosen) if chosen.lower().endswith(".pptx") else Path(chosen + ".pptx")
    ids = (
        [diagram_id]
        if choices.get("scope") == "current" and diagram_id is not None
        else [d.id for d in window.document.diagrams()]
    )
    QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        options = SlideOptions(
            size=choices.get("size", "16:9"),
            mode=choices.get("mode", "shapes"),
            sequence=choices.get("sequence", "single"),
        )
        count = write_slides(window.document, path, ids, options)
    except SlidesError as error:
        QApplication.restoreOverrideCursor()
        QMessageBox.warning(window, tr("Cannot write the slides"), str(error))
        return False
    QApplication.restoreOverrideCursor()
    window.show_status(tr("Wrote {count} slides to {path}").format(count=count, path=path))
    return True


def image_mime_data(window: Any) -> QMimeData | None:
    """PNG (at the size set in Settings, 2x by default) and SVG of the selection, or of
    the whole diagram when nothing is selected, in one QMimeData: slide software takes
    the kind it likes best."""
    from ..io.render import ExportOptions, render_png, render_svg

    diagram_id, selection = _current(window)
    if diagram_id is None:
        return None
    ids = selection or None
    prefs = load_prefs()  # the size and background chosen in Settings
    png = render_png(
        window.document,
        diagram_id,
        ExportOptions(format="png", ids=ids, scale=prefs.scale, background=prefs.background),
    )
    svg = render_svg(
        window.document,
        diagram_id,
        ExportOptions(format="svg", ids=ids, background=prefs.background),
    )
    mime = QMimeData()
    mime.setData("image/png", png.data)
    mime.setData("image/svg+xml", svg.data)
    mime.setImageData(QImage.fromData(png.data, "PNG"))
    return mime


def copy_as_image(window: Any) -> bool:
    """Put the picture on the clipboard; False when there is no diagram to copy."""
    from ..io.render import ExportError

    try:
        mime = image_mime_data(window)
    except ExportError as error:
        window.show_status(tr("Cannot copy the picture: {error}").format(error=error))
        return False
    if mime is None:
        window.show_status(tr("Open a diagram to copy it as a picture."))
        return False
    QGuiApplication.clipboard().setMimeData(mime)
    _, selection = _current(window)
    window.show_status(
        tr("Copied the selection as a picture.")
        if selection
        else tr("Copied the diagram as a picture.")
    )
    return True
