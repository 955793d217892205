"""Text in and out in the window, through its extension interface:

- Edit ▸ Paste Table or PlantUML: rows copied from a spreadsheet (or PlantUML text) on
  the clipboard become elements on the current diagram, laid out (in their lanes when
  they have stages), as one undo step; rows that cannot be used are listed.
- File ▸ Import PlantUML… opens a ``.puml`` file as a new, untitled document.
- File ▸ Export PlantUML… writes the document as PlantUML use case text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from ..i18n import tr
from ..model import ModelError
from .actions import new_action

# The readers and writers load on first use (the window starts without them).
FILTER = "PlantUML (*.puml *.plantuml *.pu *.iuml *.wsd)"
SHOWN_PROBLEMS = 12


def install(window: Any) -> None:
    """Add the paste, import and export actions to ``window``."""
    paste = new_action(
        window,
        tr("Paste &Table or PlantUML"),
        lambda: paste_text(window),
        name="paste_table",
        tip=tr(
            "Add the rows copied from a spreadsheet (actor, use case, relationship, "
            "target, stage…) or PlantUML text"
        ),
        keys=["Ctrl+Alt+V"],
    )
    window.addAction(paste)
    window.add_to_menu("edit", [paste])
    importing = new_action(
        window,
        tr("Import &PlantUML…"),
        lambda: import_plantuml(window),
        name="import_plantuml",
        tip=tr("Open a PlantUML use case diagram as a new document"),
    )
    exporting = new_action(
        window,
        tr("Export Plant&UML…"),
        lambda: export_plantuml(window),
        name="export_plantuml",
        tip=tr("Write the model as PlantUML use case text"),
    )
    window.add_to_menu("file", [importing, exporting])


def paste_text(window: Any, text: str | None = None) -> Any:
    """Add the clipboard's table or PlantUML (or ``text``) to the current diagram; what
    was added (``io.text_model.Added``), or None."""
    from ..io.plantuml import PlantUMLError, looks_like_plantuml, parse_plantuml
    from ..io.table_import import TableError, parse_table
    from ..io.text_model import add_to_document

    if text is None:
        text = QApplication.clipboard().text()
    try:
        model = parse_plantuml(text) if looks_like_plantuml(text) else parse_table(text)
    except (TableError, PlantUMLError) as error:
        QMessageBox.warning(window, tr("Nothing to paste"), str(error))
        return None
    view = window.current_view()
    diagram_id = view.diagram_id if view is not None else None
    try:
        added = window.undo_stack.run(
            tr("Paste table"), lambda d: add_to_document(d, model, diagram_id)
        )
    except ModelError as error:
        QMessageBox.warning(window, tr("Cannot paste"), str(error))
        return None
    view = window.current_view()
    if view is not None:
        view.diagram_scene.select_ids(added.ids)
    window.show_status(
        "; ".join(
            [
                tr(
                    "{created} elements added, {reused} reused, {relationships} relationships"
                ).format(
                    created=added.created, reused=added.reused, relationships=added.relationships
                ),
                *added.warnings,
            ]
        )
    )
    if added.problems:
        _show_problems(window, tr("Some rows could not be used"), added.problems)
    return added


def _show_problems(window: Any, title: str, problems: list[str]) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, title, title + ":", parent=window)
    shown = problems[:SHOWN_PROBLEMS]
    more = len(problems) - len(shown)
    box.setInformativeText(
        "\n".join(shown) + (("\n" + tr("… and {n} more").format(n=more)) if more else "")
    )
    box.exec()


def import_plantuml(window: Any, path: str | None = None) -> bool:
    """Open a PlantUML file as a new, untitled document (after asking to save)."""
    from ..io.plantuml import PlantUMLError
    from ..io.plantuml_files import read_plantuml

    if path is None:
        path, _ = QFileDialog.getOpenFileName(window, tr("Import PlantUML"), "", tr(FILTER))
        if not path:
            return False
    try:
        result = read_plantuml(path)
    except PlantUMLError as error:
        QMessageBox.warning(window, tr("Cannot import the file"), str(error))
        return False
    if not window.maybe_save():
        return False
    window.open_document(result.document, None)
    window.undo_stack.resetClean()
    window.show_status(
        "; ".join([tr("Imported {summary}").format(summary=result.summary()), *result.warnings])
    )
    if result.problems:
        _show_problems(window, tr("Some lines could not be used"), result.problems)
    return True


def export_plantuml(window: Any, path: str | None = None) -> bool:
    """Write the document as PlantUML."""
    from ..io.plantuml_files import write_plantuml

    if path is None:
        start = str(Path(window.path).with_suffix(".puml")) if window.path else "model.puml"
        path, _ = QFileDialog.getSaveFileName(window, tr("Export PlantUML"), start, tr(FILTER))
        if not path:
            return False
    try:
        write_plantuml(window.document, path)
    except OSError as error:
        QMessageBox.warning(
            window,
            tr("Cannot export"),
            tr("{path}: cannot be written ({reason})").format(
                path=path, reason=error.strerror or error
            ),
        )
        return False
    window.show_status(tr("Written as PlantUML to {path}").format(path=path))
    return True
