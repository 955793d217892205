"""Issue 15, point 2: a recovery copy remembers its file absolutely, and a restore
compares the file with what it held when the copy was made before Save overwrites it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QPushButton

from ucdesigner.app import autosave as autosave_module
from ucdesigner.app.main_window import MainWindow
from ucdesigner.app.recovery_dialog import RecoveryDialog, offer_recovery
from ucdesigner.io.native import load, save
from ucdesigner.io.recovery import RecoveryStore

from ..gui.conftest import answer_dialog, when_modal

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"

CRASH = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ucdesigner.app.main_window import MainWindow
from ucdesigner.io.native import load
window = MainWindow(load(sys.argv[1]), sys.argv[1])
window.preferences.autosave_changes = 1
window.undo_stack.run("Rename", lambda d: d.update("actor_customer", name="Restored"))
os._exit(9)
"""


def crash_in(folder: Path) -> RecoveryStore:
    """Open ``model.ucd`` by the name typed in ``folder``, change it, crash."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run(
        [sys.executable, "-c", CRASH, "model.ucd"],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 9, done.stderr
    return RecoveryStore(autosave_module.recovery_dir())


def restore(store: RecoveryStore, qtbot) -> MainWindow:
    when_modal(RecoveryDialog, lambda d: d.findChild(QPushButton, "restoreButton").click(), 100)
    (window,) = offer_recovery(store, MainWindow)
    qtbot.addWidget(window)
    return window


def two_folders(tmp_path: Path) -> tuple[Path, Path]:
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    save(load(EXAMPLES / "post-purchase-support.ucd"), first / "model.ucd")
    other = load(EXAMPLES / "post-purchase-support.ucd")
    other.update("actor_customer", name="Somebody else's model")
    save(other, second / "model.ucd")
    return first, second


def test_restoring_from_another_folder_saves_to_the_original_file(
    tmp_path, qtbot, monkeypatch
) -> None:
    first, second = two_folders(tmp_path)
    store = crash_in(first)
    (entry,) = store.orphans()
    assert entry.header.document_path == str((first / "model.ucd").resolve())
    monkeypatch.chdir(second)  # the next start runs elsewhere
    theirs = (second / "model.ucd").read_bytes()
    window = restore(store, qtbot)
    try:
        assert window.path == (first / "model.ucd").resolve()
        assert window.save()
        assert (second / "model.ucd").read_bytes() == theirs
        assert load(first / "model.ucd").get("actor_customer").name == "Restored"
    finally:
        window.undo_stack.setClean()


def test_a_file_changed_since_the_copy_is_asked_about(tmp_path, qtbot) -> None:
    first, _ = two_folders(tmp_path)
    store = crash_in(first)
    changed = load(first / "model.ucd")
    changed.update("actor_customer", name="Edited by a colleague meanwhile")
    save(changed, first / "model.ucd")
    before = (first / "model.ucd").read_bytes()
    window = restore(store, qtbot)
    try:
        assert "changed since" in window.statusBar().currentMessage()
        said: list[str] = []
        answer_dialog(QMessageBox.StandardButton.Cancel, said)
        assert not window.save()
        assert "changed by another program" in said[0]
        assert (first / "model.ucd").read_bytes() == before
    finally:
        window.undo_stack.setClean()


def test_a_file_gone_since_the_copy_is_asked_about(tmp_path, qtbot) -> None:
    first, _ = two_folders(tmp_path)
    store = crash_in(first)
    (first / "model.ucd").unlink()
    window = restore(store, qtbot)
    try:
        said: list[str] = []
        answer_dialog(QMessageBox.StandardButton.Cancel, said)
        assert not window.save()
        assert "deleted or moved" in said[0]
        assert not (first / "model.ucd").exists()
    finally:
        window.undo_stack.setClean()
