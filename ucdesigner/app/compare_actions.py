"""File > Compare With…: choose another file, or a git revision of the open file (HEAD,
a branch, a tag, a recent commit, read from git), and see the changes in the Compare
panel and on the canvas."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from ..i18n import tr
from ..io.git_versions import GitError, file_at, revisions
from ..io.native import NativeFormatError, loads_data
from ..io.versions import read_version
from ..model import Document, DocumentData, IntegrityError
from .actions import new_action
from .compare_panel import ComparePanel

_PANELS: dict[int, ComparePanel] = {}


class CompareDialog(QDialog):
    """Which version to compare the open document with."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.setWindowTitle(tr("Compare With"))
        self.window_ = window
        self.file_choice = QRadioButton(tr("Another &file"))
        self.git_choice = QRadioButton(tr("A &git revision of this file"))
        self.path = QLineEdit()
        self.path.setAccessibleName(tr("File to compare with"))
        browse = QPushButton(tr("&Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        files = QWidget()
        files.setLayout(row)
        self.revision = QComboBox()
        self.revision.setAccessibleName(tr("Revision"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        try:
            if window.path is None:
                raise GitError(tr("the document has not been saved in a folder yet"))
            for found in revisions(window.path):
                self.revision.addItem(found.label, found.name)
        except GitError as error:
            self.git_choice.setEnabled(False)
            self.revision.setEnabled(False)
            self.note.setText(tr("No git revisions: {reason}.").format(reason=error))
        (self.git_choice if self.git_choice.isEnabled() else self.file_choice).setChecked(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.git_choice)
        form.addRow(tr("Revision:"), self.revision)
        form.addRow(self.note)
        form.addRow(self.file_choice)
        form.addRow(tr("File:"), files)
        form.addRow(buttons)

    def _browse(self) -> None:
        folder = str(self.window_.path.parent) if self.window_.path else ""
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Compare With"), folder, tr("Use case models (*.ucd)")
        )
        if path:
            self.path.setText(path)
            self.file_choice.setChecked(True)

    def chosen(self) -> tuple[DocumentData, str]:
        """The version chosen, and how to name it; NativeFormatError or GitError."""
        if self.git_choice.isChecked():
            name = self.revision.currentData()
            raw = file_at(self.window_.path, name)
            data = loads_data(raw, f"{self.window_.path.name} at {name}")
            try:
                Document.from_data(data)
            except IntegrityError as error:
                raise NativeFormatError(f"{name}: {error}") from None
            return data, name
        path = self.path.text().strip()
        if not path:
            raise NativeFormatError(tr("Choose a file to compare with."))
        return read_version(path), path


def compare_with(window: Any) -> None:
    """Ask which version to compare with, then show the comparison."""
    dialog = CompareDialog(window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    try:
        old, label = dialog.chosen()
    except (NativeFormatError, GitError) as error:
        window.report_open_error(str(error))
        return
    show_comparison(window, old, label)


def show_comparison(window: Any, old: DocumentData, label: str) -> None:
    """Show the Compare panel with the changes from ``old`` to the window's document."""
    panel = _PANELS[id(window)]
    dock = window.findChild(QDockWidget, "compareDock")
    dock.show()
    dock.raise_()
    panel.compare(old, label)


def install(window: Any) -> None:
    """Add File > Compare With… and the Compare panel (hidden until used)."""
    panel = ComparePanel(window)
    dock = QDockWidget(tr("Compare"), window)
    dock.setObjectName("compareDock")
    dock.setWidget(panel)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    dock.hide()
    action = new_action(
        window,
        tr("Compare &With…"),
        lambda: compare_with(window),
        name="compare_with",
        tip=tr("See what changed since another version: a file or a git revision"),
        status_tip=True,
    )
    window.add_to_menu("file", [action])
    _PANELS[id(window)] = panel
    window.documentBound.connect(panel.close_comparison)
    if isinstance(window, QObject):
        window.destroyed.connect(lambda *_: _PANELS.pop(id(window), None))


def panel_of(window: Any) -> ComparePanel:
    """The Compare panel ``install`` added to ``window``."""
    return _PANELS[id(window)]
