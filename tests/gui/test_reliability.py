"""Never lose work, in the real window: autosave, recovery after a crash, safe saving."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from ucdesigner.app import autosave as autosave_module
from ucdesigner.app.main_window import MainWindow
from ucdesigner.app.recovery_dialog import RecoveryDialog, offer_recovery
from ucdesigner.io import atomic
from ucdesigner.io.native import backup_path, load, save
from ucdesigner.io.recovery import RecoveryStore, _read_header
from ucdesigner.model import Actor

from .conftest import answer_dialog, when_modal

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"


def recovery_folder() -> Path:
    return autosave_module.recovery_dir()


def copies() -> list[Path]:
    return sorted(recovery_folder().glob("*.ucdrecovery"))


def rename(window, element_id: str, name: str) -> None:
    window.undo_stack.run(f"Rename {name}", lambda d: d.update(element_id, name=name))


@pytest.fixture
def opened(make_window, tmp_path):
    path = tmp_path / "support.ucd"
    save(load(EXAMPLES / "post-purchase-support.ucd"), path)
    window = make_window(load(path), path)
    window.preferences.autosave_changes = 3
    return window, path


# ---------------------------------------------------------------------------- autosave


def test_autosave_after_n_changes_then_a_save_removes_the_copy(opened) -> None:
    window, _path = opened
    rename(window, "actor_customer", "Buyer")
    rename(window, "actor_customer", "Client")
    assert copies() == []
    rename(window, "actor_customer", "Shopper")
    assert len(copies()) == 1
    # This session is alive, so another instance does not offer its copy.
    assert RecoveryStore(recovery_folder(), session="sother").orphans() == []
    assert window.save()
    assert copies() == []


def test_autosave_on_the_timer_for_never_saved_documents(make_window, qtbot) -> None:
    window = make_window()
    window.autosave.timer.setInterval(30)
    window.undo_stack.run("Add actor", lambda d: d.add(Actor(id="a1", name="Customer")))
    qtbot.waitUntil(lambda: len(copies()) == 1, timeout=3000)
    header = _read_header(copies()[0])
    assert header.document_path is None and header.changes == 1


def test_discarding_on_close_removes_the_copy(opened) -> None:
    window, _ = opened
    for name in ("A", "B", "C"):
        rename(window, "actor_customer", name)
    assert len(copies()) == 1
    answer_dialog(QMessageBox.StandardButton.Discard)
    assert window.close()
    assert copies() == []


def test_autosave_failure_is_said_once_and_work_goes_on(opened, monkeypatch) -> None:
    window, _ = opened

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic, "atomic_write_bytes", full)
    monkeypatch.setattr("ucdesigner.io.recovery.atomic_write_bytes", full)
    for name in ("A", "B", "C"):
        rename(window, "actor_customer", name)
    assert "Autosave failed: No space left on device" in window.statusBar().currentMessage()
    assert window.document.get("actor_customer").name == "C"


# ---------------------------------------------------------------------------- recovery

CRASH = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ucdesigner.app.main_window import MainWindow
from ucdesigner.io.native import load
window = MainWindow(load(sys.argv[1]), sys.argv[1])
window.preferences.autosave_changes = 2
for name in ("Buyer", "Client"):
    window.undo_stack.run("Rename", lambda d, n=name: d.update("actor_customer", name=n))
os._exit(9)  # the plug is pulled: no close, no cleanup
"""


def crashed_session(tmp_path: Path) -> tuple[Path, RecoveryStore]:
    """Save the support example in ``tmp_path`` and let a session make two changes to it
    and crash: the file's path and the recovery store the crash left behind."""
    path = tmp_path / "support.ucd"
    save(load(EXAMPLES / "post-purchase-support.ucd"), path)
    env = {**os.environ, "UCDESIGNER_CONFIG_DIR": os.environ["UCDESIGNER_CONFIG_DIR"]}
    done = subprocess.run(
        [sys.executable, "-c", CRASH, str(path)], env=env, capture_output=True, text=True
    )
    assert done.returncode == 9, done.stderr
    return path, RecoveryStore(recovery_folder())


def click_when_shown(name: str) -> None:
    """Click the button called ``name`` in the recovery dialog once it is up."""
    when_modal(RecoveryDialog, lambda dialog: dialog.findChild(QPushButton, name).click(), 100)


def test_after_a_crash_the_next_start_restores_the_work(tmp_path, qtbot) -> None:
    path, store = crashed_session(tmp_path)
    (entry,) = store.orphans()
    assert (entry.header.title, entry.header.changes, entry.header.document_path) == (
        "support.ucd",
        2,
        str(path),
    )
    click_when_shown("restoreButton")
    (window,) = offer_recovery(store, MainWindow)
    qtbot.addWidget(window)
    try:
        assert window.document.get("actor_customer").name == "Client"
        assert window.path == path and not window.undo_stack.isClean()
        assert load(path).get("actor_customer").name == "Customer"  # the file is as it was
        assert store.orphans() == []  # the old copy went, a fresh one of this session stays
        (copy,) = copies()
        assert copy.name.startswith(autosave_module.session_store().session)
    finally:
        window.undo_stack.setClean()  # closing at teardown must not ask


def test_discarding_after_a_crash_deletes_the_copies(tmp_path) -> None:
    _, store = crashed_session(tmp_path)
    click_when_shown("discardButton")
    answer_dialog(QMessageBox.StandardButton.Yes, delay=200)
    assert offer_recovery(store, MainWindow) == []
    assert store.orphans() == [] and copies() == []


def test_deciding_later_keeps_the_copies(tmp_path) -> None:
    _, store = crashed_session(tmp_path)
    click_when_shown("laterButton")
    assert offer_recovery(store, MainWindow) == []
    assert len(store.orphans()) == 1


def test_two_running_instances_keep_their_own_copies(opened, tmp_path) -> None:
    window, path = opened
    for name in ("A", "B", "C"):
        rename(window, "actor_customer", name)
    other = RecoveryStore(recovery_folder())  # a second running instance
    other.write("w", load(path), "Other", changes=1)
    assert len(copies()) == 2
    assert other.orphans() == [] and autosave_module.session_store().orphans() == []
    other.remove("w")
    other.close()


# ---------------------------------------------------------------------------- safe saving


def test_save_keeps_a_backup_of_the_previous_version(opened) -> None:
    window, path = opened
    rename(window, "actor_customer", "Buyer")
    assert window.save()
    assert load(backup_path(path)).get("actor_customer").name == "Customer"
    window.preferences.keep_backup = False
    backup_path(path).unlink()
    rename(window, "actor_customer", "Client")
    assert window.save() and not backup_path(path).exists()


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "The disk is full"),
        (
            PermissionError(errno.EACCES, "Permission denied"),
            "Permission denied: you may not write",
        ),
    ],
)
def test_a_failed_save_says_why_and_keeps_everything(opened, monkeypatch, error, words) -> None:
    window, path = opened
    before = path.read_bytes()
    rename(window, "actor_customer", "Buyer")

    def fail(*_args, **_kwargs):
        raise error

    monkeypatch.setattr("ucdesigner.io.native.atomic_write_bytes", fail)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append(text))
    assert not window.save()
    assert words in said[0]
    assert path.read_bytes() == before
    assert not window.undo_stack.isClean() and window.document.get("actor_customer").name == "Buyer"


def test_saving_into_a_folder_that_is_gone(make_window, tmp_path, monkeypatch) -> None:
    window = make_window()
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append(text))
    assert not window.save_to(tmp_path / "gone" / "model.ucd")
    assert "no longer exists" in said[0]


def test_a_file_changed_by_someone_else_is_not_overwritten_silently(opened) -> None:
    window, path = opened
    other = load(path)
    other.update("actor_customer", name="Changed elsewhere")
    save(other, path)
    rename(window, "actor_customer", "Mine")
    found: list[str] = []
    answer_dialog(QMessageBox.StandardButton.Cancel, found)
    assert not window.save()
    assert "was changed by another program" in found[0]
    assert load(path).get("actor_customer").name == "Changed elsewhere"

    def overwrite(box: QMessageBox) -> None:
        next(b for b in box.buttons() if b.text() == "&Overwrite").click()

    when_modal(QMessageBox, overwrite)
    assert window.save()
    assert load(path).get("actor_customer").name == "Mine"
    rename(window, "actor_customer", "Again")
    assert window.save()  # our own last save is not "someone else"


# ---------------------------------------------------------------------------- bad files

BAD_FILES = {
    "truncated": lambda good: good[: len(good) // 2],
    "not UTF-8": lambda good: b"\xff\xfe" + good,
    "wrong JSON": lambda good: good.replace(b'"elements"', b"'elements'", 1),
    "wrong types": lambda good: good.replace(b'"name": "Customer"', b'"name": 42', 1),
    "dangling ids": lambda good: good.replace(
        b'"element": "actor_customer"', b'"element": "ghost"', 1
    ),
    "duplicate ids": lambda good: good.replace(
        b'"id": "actor_support_agent"', b'"id": "actor_customer"', 1
    ),
    "huge numbers": lambda good: good.replace(b'"x": ', b'"x": 1' + b"0" * 400 + b" + ", 1).replace(
        b" + ", b"", 1
    ),
    "NaN": lambda good: good.replace(b'"x": ', b'"x": NaN, "y0": ', 1),
    "10 MB name": lambda good: good.replace(
        b'"name": "Customer"', b'"name": "' + b"x" * 10_000_001 + b'"', 1
    ),
    "deep nesting": lambda good: b"[" * 200_000,
    "a zip renamed": lambda good: b"PK\x03\x04" + good,
    "a PNG renamed": lambda good: b"\x89PNG\r\n\x1a\n" + good,
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_files_give_a_message_and_leave_the_open_document_alone(
    opened, tmp_path, monkeypatch, case
) -> None:
    window, _ = opened
    rename(window, "actor_customer", "Unsaved work")
    before = window.document.to_data()
    good = (EXAMPLES / "post-purchase-support.ucd").read_bytes()
    bad = tmp_path / f"bad {case}.ucd"
    bad.write_bytes(BAD_FILES[case](good))
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: said.append(text))
    monkeypatch.setattr(window, "maybe_save", lambda: True)
    assert not window.open_path(bad)
    assert len(said) == 1 and str(bad) in said[0] and "\n" not in said[0]
    assert window.document.to_data() == before and not window.undo_stack.isClean()
