"""Export on save in the window: the pictures a document asks to re-write when saved.

The targets travel inside the document, so a document someone sent can name them. The
writer confines them to the document's folder (``io.render.target_path``); on top of
that, a document that *arrives* with targets (opened, restored or imported) lists them
and asks once before the first save writes them. Allowing is remembered in the
preferences for that file and those targets, so the owner is not asked again; targets
added in this window (the Export dialog's "on every save" box) need no question.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from ..i18n import tr
from ..model.settings import ExportTarget
from ..textutil import one_line

MAX_TRUSTED = 200
"""How many (file, targets) answers the preferences keep."""


def fingerprint(targets: tuple[ExportTarget, ...]) -> str:
    """A short digest of a document's export-on-save targets."""
    dumped = json.dumps([t.model_dump(mode="json") for t in targets], sort_keys=True)
    return hashlib.sha256(dumped.encode("utf-8")).hexdigest()[:32]


def is_trusted(prefs: Any, path: Path, targets: tuple[ExportTarget, ...]) -> bool:
    """True when the user allowed (or made) exactly these targets for this file."""
    return prefs.trusted_exports.get(str(path.resolve())) == fingerprint(targets)


def trust(prefs: Any, path: Path, targets: tuple[ExportTarget, ...]) -> None:
    """Remember that these targets may be written for this file."""
    key = str(path.resolve())
    kept = {k: v for k, v in prefs.trusted_exports.items() if k != key}
    kept[key] = fingerprint(targets)
    prefs.trusted_exports = dict(list(kept.items())[-MAX_TRUSTED:])
    prefs.save()


def ask_to_write(window: Any, targets: tuple[ExportTarget, ...], path: Path) -> bool:
    """Show the pictures a document asks to write and ask once; True to write them."""
    from ..io.render import ExportError, target_path

    lines = []
    for target in targets:
        shown = one_line(target.path, limit=120)
        try:
            target_path(target, path)
        except ExportError:
            shown += "  " + tr("(outside the document's folder: never written)")
        lines.append("• " + shown)
    box = QMessageBox(window)
    box.setObjectName("exportOnSaveBox")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Pictures written on save"))
    box.setText(
        tr("{name} asks to write these pictures every time it is saved:").format(
            name=one_line(path.name, limit=120)
        )
    )
    box.setInformativeText(
        "\n".join(lines)
        + "\n\n"
        + tr("Write them? Choose Don't Write if you did not expect this document to write files.")
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).setText(tr("&Write Pictures"))
    box.button(QMessageBox.StandardButton.No).setText(tr("&Don't Write"))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


class ExportOnSave(QObject):
    """Runs one window's export-on-save pictures after each save."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.arrived: tuple[ExportTarget, ...] = ()
        """Targets the document came with that the user has not allowed yet."""
        self.declined: tuple[ExportTarget, ...] = ()
        """Targets the user chose not to write (for as long as this document is open)."""
        window.documentBound.connect(self._bound)
        window.documentSaved.connect(lambda path: self.after_save(Path(path)))
        self._bound()

    def _bound(self) -> None:
        window = self.window
        targets = window.document.settings.export_on_save
        known = window.path is not None and is_trusted(window.preferences, window.path, targets)
        self.arrived = () if known else targets
        self.declined = ()

    def after_save(self, path: Path) -> None:
        """Write the pictures after the document was saved to ``path``."""
        from ..io.render import export_on_save

        window = self.window
        targets = window.document.settings.export_on_save
        if not targets:
            return
        unasked = tuple(t for t in targets if t in self.arrived)
        if unasked:
            self.arrived = ()
            if not ask_to_write(window, unasked, path):
                self.declined = unasked
        chosen = tuple(t for t in targets if t not in self.declined)
        if not self.declined:
            trust(window.preferences, path, targets)
        written, failed = export_on_save(window.document, path, chosen)
        if failed:
            window.show_status(tr("Export on save failed: {problem}").format(problem=failed[0]))
        elif written:
            message = (
                tr("Saved; 1 picture updated.")
                if len(written) == 1
                else tr("Saved; {count} pictures updated.").format(count=len(written))
            )
            window.show_status(message)
        elif self.declined:
            window.show_status(tr("Saved; the document's pictures were not written."))


def install(window: Any) -> None:
    """Give ``window`` its export-on-save runner (``window.export_on_save``)."""
    window.export_on_save = ExportOnSave(window)
