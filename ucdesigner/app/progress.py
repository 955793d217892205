"""Long work that shows progress, can be cancelled and never freezes the window.

- ``run_in_background``: pure-Python work (reading a large XMI file and building the
  Document from it: no Qt objects) runs in a worker thread while a progress dialog
  turns; the window keeps repainting. Cancel returns at once; the worker finishes on
  its own and its result is dropped.
- ``run_steps``: work that must stay on the GUI thread (painting pictures uses Qt's
  painters on the canvas items) runs one step at a time under a progress dialog, which
  lets the window repaint and the Cancel button be pressed between two steps.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..i18n import tr

T = TypeVar("T")

SHOW_AFTER_MS = 400
"""Work shorter than this shows no dialog at all."""

DIALOG_HOOKS: list[Callable[[QProgressDialog], None]] = []
"""Called with every progress dialog as it is made (tests press Cancel through it)."""


@dataclass
class Outcome(Generic[T]):
    """How the work ended: its ``value``, the ``error`` it raised, or ``cancelled``."""

    value: T | None = None
    error: BaseException | None = None
    cancelled: bool = False


def progress_dialog(parent: QWidget | None, label: str, maximum: int) -> QProgressDialog:
    """A window-modal progress dialog (``maximum`` 0: busy, without a percentage)."""
    dialog = QProgressDialog(label, tr("Cancel"), 0, maximum, parent)
    dialog.setObjectName("progressDialog")
    dialog.setWindowTitle(tr("Working…"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setAccessibleName(label)
    dialog.setValue(0)
    for hook in list(DIALOG_HOOKS):
        hook(dialog)
    return dialog


POLL_MS = 25
"""How often the GUI thread looks whether the worker is done (it never touches Qt)."""


def run_in_background(parent: QWidget | None, label: str, work: Callable[[], T]) -> Outcome[T]:
    """Run ``work`` (no Qt inside!) in a worker thread with a busy progress dialog, and
    return when it is done or the user cancels."""
    outcome: Outcome[T] = Outcome()
    result: dict[str, Any] = {}

    def run() -> None:
        try:
            result["value"] = work()
        except Exception as problem:  # handed over to the GUI thread
            result["error"] = problem

    thread = threading.Thread(target=run, name="ucdesigner-work", daemon=True)
    loop = QEventLoop()
    dialog = progress_dialog(parent, label, 0)
    poll = QTimer(dialog, interval=POLL_MS)
    poll.timeout.connect(lambda: None if thread.is_alive() else loop.quit())

    def cancelled() -> None:
        outcome.cancelled = True
        loop.quit()

    dialog.canceled.connect(cancelled)
    thread.start()
    poll.start()
    loop.exec()
    poll.stop()
    dialog.canceled.disconnect(cancelled)
    dialog.close()
    dialog.deleteLater()
    if not outcome.cancelled:
        outcome.value, outcome.error = result.get("value"), result.get("error")
    return outcome


@dataclass
class StepsOutcome(Generic[T]):
    """What ``run_steps`` did: the steps' values in order, whether the user stopped it,
    and the error that stopped it, if one did."""

    values: list[T] = field(default_factory=list)
    cancelled: bool = False
    error: BaseException | None = None
    total: int = 0


def run_steps(
    parent: QWidget | None, steps: Sequence[tuple[str, Callable[[], T]]]
) -> StepsOutcome[T]:
    """Run ``steps`` ((label, function) pairs) one after the other on the GUI thread,
    with a progress dialog that counts them; stops before the next step when the user
    cancels, or at the first error."""
    outcome: StepsOutcome[T] = StepsOutcome(total=len(steps))
    dialog = progress_dialog(parent, steps[0][0] if steps else "", len(steps))
    try:
        for index, (label, step) in enumerate(steps):
            dialog.setLabelText(label)
            dialog.setValue(index)  # a window-modal dialog lets events through here
            QCoreApplication.processEvents()
            if dialog.wasCanceled():
                outcome.cancelled = True
                break
            try:
                outcome.values.append(step())
            except Exception as problem:
                outcome.error = problem
                break
        else:
            dialog.setValue(len(steps))
    finally:
        dialog.close()
        dialog.deleteLater()
    return outcome
