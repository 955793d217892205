"""Saving with care: never damage the file on disk, never lose the document.

The write itself is atomic (``io.native.save``), with a backup of the previous version
when the preference says so. Before overwriting the file the window opened, it checks
that nobody else changed it meanwhile. A failure is explained in words (disk full,
permission denied, folder gone); the document stays open and marked modified.
"""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

from ..i18n import tr
from ..io.filestamp import FileStamp
from ..io.native import save


def explain(error: OSError, path: Path) -> str:
    """One sentence for the user about why writing ``path`` failed."""
    folder = path.parent
    if error.errno == errno.ENOSPC or error.errno == errno.EDQUOT:
        return tr("The disk is full: there is no room for {name} in {folder}.").format(
            name=path.name, folder=folder
        )
    if error.errno in (errno.EACCES, errno.EPERM):
        return tr("Permission denied: you may not write {name} in {folder}.").format(
            name=path.name, folder=folder
        )
    if error.errno == errno.ENOENT and not folder.exists():
        return tr("The folder {folder} no longer exists.").format(folder=folder)
    if error.errno == errno.EROFS:
        return tr("{folder} is on a read-only disk.").format(folder=folder)
    if error.errno == errno.EISDIR:
        return tr("{path} is a folder.").format(path=path)
    return tr("{name} could not be written: {reason}.").format(
        name=path.name, reason=error.strerror or str(error)
    )


def ask_about_outside_change(window: Any, path: Path) -> str:
    """The file changed on disk since it was opened: "overwrite", "save_as" or "cancel"."""
    # (taken here: PySide builds a class's enums when it is first taken, and the
    # editor's first frame has no use for QMessageBox's)
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(window)
    box.setObjectName("changedOnDiskBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("File changed on disk"))
    if path.exists():
        said = tr("{name} was changed by another program since you opened it.")
    else:
        said = tr("{name} was deleted or moved by another program since you opened it.")
    box.setText(said.format(name=path.name))
    box.setInformativeText(
        tr("Overwrite it with your version, save yours under another name, or cancel?")
    )
    overwrite = box.addButton(tr("&Overwrite"), QMessageBox.ButtonRole.DestructiveRole)
    save_as = box.addButton(tr("Save &As…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save_as)
    box.exec()
    clicked = box.clickedButton()
    if clicked is overwrite:
        return "overwrite"
    if clicked is save_as:
        return "save_as"
    return "cancel"


def write_document(window: Any, path: Path) -> bool:
    """Save ``window.document`` to ``path`` with the checks above; True when written."""
    path = Path(path)
    stamp: FileStamp | None = getattr(window, "file_stamp", None)
    if window.path is not None and path == Path(window.path) and stamp and stamp.changed(path):
        answer = ask_about_outside_change(window, path)
        if answer == "cancel":
            return False
        if answer == "save_as":
            return bool(window.save_as())
    try:
        save(window.document, path, backup=window.preferences.keep_backup)
    except OSError as error:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(window, tr("Cannot save"), explain(error, path))
        return False
    window.file_stamp = FileStamp.of(path)
    return True
