"""After a crash: list the documents that have recovery copies and offer to restore or
discard them."""

from __future__ import annotations

import datetime
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr
from ..io.native import NativeFormatError
from ..io.recovery import RecoveryEntry, RecoveryStore
from ..textutil import one_line


class RecoveryDialog(QDialog):
    """The recoverable documents, each with a tick; Restore, Discard or decide later.

    After ``exec()``, ``choice`` is "restore", "discard" or "later" and ``chosen()`` the
    ticked entries.
    """

    def __init__(self, entries: list[RecoveryEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(tr("Recover unsaved work"))
        self.entries = entries
        self.choice = "later"
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "ucdesigner did not close properly last time. These documents had changes "
                "that were not saved. Restore them to keep working, or discard them."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QTreeWidget()
        self.list.setObjectName("recoveryList")
        self.list.setAccessibleName(tr("Recoverable documents"))
        self.list.setHeaderLabels([tr("Document"), tr("Saved"), tr("Changes"), tr("File")])
        self.list.setRootIsDecorated(False)
        for entry in entries:
            header = entry.header
            when = saved_text(header.saved_at)
            item = QTreeWidgetItem(
                [
                    header.title,
                    when,
                    str(header.changes),
                    header.document_path or tr("(never saved)"),
                ]
            )
            item.setCheckState(0, Qt.CheckState.Checked)
            self.list.addTopLevelItem(item)
        for column in range(4):
            self.list.resizeColumnToContents(column)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox()
        restore = QPushButton(tr("&Restore"))
        restore.setObjectName("restoreButton")
        restore.setToolTip(tr("Open the ticked documents with their unsaved changes"))
        discard = QPushButton(tr("&Discard"))
        discard.setObjectName("discardButton")
        discard.setToolTip(tr("Delete the recovery copies of the ticked documents"))
        later = QPushButton(tr("Decide &Later"))
        later.setObjectName("laterButton")
        later.setToolTip(tr("Keep the copies and ask again at the next start"))
        buttons.addButton(restore, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(discard, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(later, QDialogButtonBox.ButtonRole.RejectRole)
        restore.clicked.connect(lambda: self._finish("restore"))
        discard.clicked.connect(self._confirm_discard)
        later.clicked.connect(lambda: self._finish("later"))
        restore.setDefault(True)
        layout.addWidget(buttons)
        self.resize(720, 320)

    def chosen(self) -> list[RecoveryEntry]:
        """The ticked entries."""
        return [
            entry
            for index, entry in enumerate(self.entries)
            if self.list.topLevelItem(index).checkState(0) == Qt.CheckState.Checked
        ]

    def _finish(self, choice: str) -> None:
        self.choice = choice
        self.accept() if choice != "later" else self.reject()

    def _confirm_discard(self) -> None:
        answer = QMessageBox.question(
            self,
            tr("Discard unsaved work"),
            tr("Delete the unsaved changes of {n} document(s)? This cannot be undone.").format(
                n=len(self.chosen())
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._finish("discard")


def restored_message(entry: RecoveryEntry, original: Path | None) -> str:
    """What the status bar says about a restored document and its file."""
    title = one_line(entry.header.title, limit=200)
    if original is None and entry.header.document_path:
        return tr(
            "Restored unsaved changes of {title}; its file is unknown, Save asks where."
        ).format(title=title)
    if original is not None and entry.base_stamp().changed(original):
        return tr(
            "Restored unsaved changes of {title}; {path} changed since, Save will ask first."
        ).format(title=title, path=one_line(str(original), limit=300))
    return tr("Restored unsaved changes of {title}.").format(title=title)


def offer_recovery(store: RecoveryStore, window_class, parent: QWidget | None = None) -> list:
    """Ask about the copies crashed sessions left; return the windows of restored ones.

    A restored document opens modified (closing asks to save it), attached to its
    original file when it had one, and gets its own fresh recovery copy before the old
    one is deleted, so there is no moment without a copy.
    """
    entries = store.orphans()
    if not entries:
        return []
    dialog = RecoveryDialog(entries, parent)
    dialog.exec()
    windows = []
    if dialog.choice == "discard":
        for entry in dialog.chosen():
            store.discard(entry)
    elif dialog.choice == "restore":
        for entry in dialog.chosen():
            try:
                document = entry.load()
            except NativeFormatError as error:
                QMessageBox.warning(parent, tr("Cannot restore"), str(error))
                continue
            original = entry.target()
            window = window_class(document, original)
            if original is not None:
                # Save compares the file with what it held when the copy was made, not
                # with what it holds now: a change meanwhile (or a deleted file) is asked.
                window.file_stamp = entry.base_stamp()
            window.undo_stack.resetClean()
            autosave = getattr(window, "autosave", None)
            if autosave is not None:
                autosave.carried = entry.header.changes
                autosave.pending = max(1, autosave.pending)
                autosave.write_if_needed()
            store.discard(entry)
            window.show_status(restored_message(entry, original))
            windows.append(window)
    return windows


def saved_text(moment: datetime.datetime) -> str:
    """When a recovery copy was saved, in local time, written as the locale writes dates
    ("03.12.26 14:05" in German); ISO ("2026-12-03 14:05") for English and the C locale,
    as the English interface writes dates everywhere else."""
    local = moment.astimezone()
    locale = QLocale()
    if locale.language() in (QLocale.Language.C, QLocale.Language.English):
        return local.strftime("%Y-%m-%d %H:%M")
    return locale.toString(QDateTime(local), QLocale.FormatType.ShortFormat)
