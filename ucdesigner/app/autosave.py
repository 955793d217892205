"""Autosave: recovery copies of every window's unsaved document.

A copy is written every ``Preferences.autosave_seconds`` while there are changes not yet
copied, and after every ``Preferences.autosave_changes`` changes; also for documents
never saved. A clean save, a discard on close, or opening another document removes the
window's copy. The copies live in one recovery folder per user (see ``recovery_dir``),
owned by this running session (``io.recovery``): a second running instance keeps its
own, and only copies left by a session that crashed are offered at the next start.
"""

from __future__ import annotations

import contextlib
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer

from ..i18n import tr
from ..io.recovery import RecoveryStore
from .recovery_folder import recovery_dir

_STORE: RecoveryStore | None = None


def session_store() -> RecoveryStore:
    """This running session's view of the recovery folder (made on first use; its lock is
    released when the application quits)."""
    global _STORE
    folder = recovery_dir()
    if _STORE is None or _STORE.folder != folder:
        _STORE = RecoveryStore(folder)
        app = QCoreApplication.instance()
        if app is not None:
            store = _STORE
            app.aboutToQuit.connect(store.close)
    return _STORE


class Autosave(QObject):
    """Keeps one window's recovery copy current."""

    def __init__(self, window: Any, store: RecoveryStore) -> None:
        super().__init__(window)
        self.window = window
        self.store = store
        self.key = ""
        self.pending = 0
        """Changes made since the last copy was written."""
        self.carried = 0
        """Changes a restored document already had (from the crashed session)."""
        self.failed = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.write_if_needed)
        self._stack = None
        self.apply_preferences()
        window.documentBound.connect(self._bind)
        window.documentSaved.connect(lambda _path: self._forget())
        window.closed.connect(self._forget)
        self._bind()

    def apply_preferences(self) -> None:
        """Take the interval and change count from the window's preferences."""
        prefs = self.window.preferences
        self.timer.start(max(10, prefs.autosave_seconds) * 1000)

    def _bind(self) -> None:
        if self._stack is not None:
            # The window may already have deleted the previous stack (with its links).
            with contextlib.suppress(RuntimeError, TypeError):
                self._stack.indexChanged.disconnect(self._changed)
        self._forget()  # the window let go of the previous document (saved or discarded)
        self.key = self.window.document_token
        self._stack = self.window.undo_stack
        self._stack.indexChanged.connect(self._changed)
        self._stack.destroyed.connect(self._stack_gone)
        if not self._stack.isClean():
            self.pending = 1
            self.write_if_needed()  # restored or imported work: protect it at once

    def _stack_gone(self, *_args: object) -> None:
        self._stack = None

    def _changed(self, _index: int) -> None:
        if self._stack is None or not shiboken6.isValid(self._stack):
            return  # the stack is going away with its window
        if self._stack.isClean():
            self._forget()
            return
        self.pending += 1
        if self.pending >= self.window.preferences.autosave_changes:
            self.write_if_needed()

    def changes_since_save(self) -> int:
        """How many changes the recovery copy holds that the saved file does not."""
        stack = self._stack
        if stack is None:
            return 0
        clean = stack.cleanIndex()
        made = stack.count() if clean < 0 else abs(stack.index() - clean)
        return self.carried + made

    def write_if_needed(self) -> bool:
        """Write the recovery copy if there are changes it does not hold yet."""
        stack = self._stack
        if not self.pending or stack is None or not shiboken6.isValid(stack) or stack.isClean():
            return False
        window = self.window
        title = window.path.name if window.path else window.document.name or tr("Untitled")
        try:
            self.store.write(
                self.key,
                window.document,
                title,
                changes=self.changes_since_save(),
                document_path=window.path,
                base=getattr(window, "file_stamp", None),
            )
        except OSError as error:
            if not self.failed:  # say it once, not every minute
                window.show_status(
                    tr("Autosave failed: {reason}").format(reason=error.strerror or error)
                )
            self.failed = True
            return False
        self.failed = False
        self.pending = 0
        return True

    def _forget(self) -> None:
        if self.key:
            self.store.remove(self.key)
        self.pending = 0
        self.carried = 0


def install(window: Any) -> None:
    """Give ``window`` an autosave (``window.autosave``)."""
    window.autosave = Autosave(window, session_store())
