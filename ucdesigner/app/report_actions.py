"""File > Export Report…: the model as one HTML page (or Markdown with its pictures, or
a Word document)
for stakeholders, through the window's extension interface. The report and the render
path are imported when first used, not when the window starts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from ..i18n import tr
from .actions import new_action


def filters() -> dict[str, str]:
    """File dialog filter -> report format."""
    return {
        tr("Web page, one file (*.html)"): "html",
        tr("Markdown, with the diagrams beside it (*.md)"): "md",
        tr("Word document (*.docx)"): "docx",
    }


def install(window: Any) -> None:
    """Add File > Export Report… to ``window``."""
    action = new_action(
        window,
        tr("Export &Report…"),
        lambda: export_report(window),
        name="export_report",
        tip=tr("Write the diagrams, specifications, actors and check results as one document"),
        status_tip=True,
        keys=["Ctrl+Shift+R"],
    )
    window.add_to_menu("file", [action])


def export_report(window: Any, path: str | Path | None = None, fmt: str | None = None) -> bool:
    """Write the report of the window's document (asking where when ``path`` is None);
    True when it was written."""
    if path is None:
        start = (
            window.path.with_suffix(".html")
            if window.path is not None
            else Path(tr("Report") + ".html")
        )
        options = filters()
        chosen_path, chosen = QFileDialog.getSaveFileName(
            window, tr("Export Report"), str(start), ";;".join(options)
        )
        if not chosen_path:
            return False
        fmt = options.get(chosen, "html")
        path = Path(chosen_path)
        if path.suffix.lower() not in (".html", ".htm", ".md", ".markdown", ".docx"):
            path = path.with_name(path.name + {"md": ".md", "docx": ".docx"}.get(fmt, ".html"))
        else:
            fmt = None  # the name says it
    from ..io.render import ExportError
    from ..io.report import ReportError, write_report
    from ..io.report.texts import set_translator

    set_translator(QCoreApplication.translate)
    today = QDate.currentDate().toPython()
    QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        written = write_report(window.document, path, fmt, today)
    except (ReportError, ExportError) as error:
        QApplication.restoreOverrideCursor()
        QMessageBox.warning(window, tr("Cannot write the report"), str(error))
        return False
    QApplication.restoreOverrideCursor()
    extra = len(written) - 1
    window.show_status(
        tr("Wrote the report to {path}").format(path=written[0])
        if not extra
        else tr("Wrote the report to {path} and {n} diagrams beside it").format(
            path=written[0], n=extra
        )
    )
    return True
