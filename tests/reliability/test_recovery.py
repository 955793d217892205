"""Recovery files: written atomically, owned by a session, offered after a crash only."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ucdesigner.io.filestamp import FileStamp
from ucdesigner.io.native import backup_path, load, save
from ucdesigner.io.recovery import RecoveryStore
from ucdesigner.model import Actor, Document

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"


def a_document(name: str = "Draft") -> Document:
    doc = Document(name)
    doc.add(Actor(id="a", name="Customer"))
    return doc


def test_a_running_session_does_not_offer_its_own_or_a_living_sessions_files(tmp_path) -> None:
    mine = RecoveryStore(tmp_path)
    other = RecoveryStore(tmp_path)
    mine.write("w1", a_document(), "Draft", changes=3)
    other.write("w1", a_document("Other"), "Other", changes=1)
    assert mine.orphans() == [] and other.orphans() == []
    assert len(list(tmp_path.glob("*.ucdrecovery"))) == 2  # no clobbering
    mine.close()
    other.close()


def test_a_clean_close_or_save_leaves_nothing_to_recover(tmp_path) -> None:
    store = RecoveryStore(tmp_path)
    store.write("w1", a_document(), "Draft", changes=3)
    store.write("w2", a_document(), "Second", changes=1)
    store.remove("w1")
    store.remove("w2")
    store.close()
    assert list(tmp_path.iterdir()) == []
    assert RecoveryStore(tmp_path).orphans() == []


def test_a_document_left_unsaved_at_exit_is_offered_next_time(tmp_path) -> None:
    store = RecoveryStore(tmp_path)
    store.write("w1", a_document(), "Draft", changes=3)
    store.close()
    (entry,) = RecoveryStore(tmp_path).orphans()
    assert entry.header.title == "Draft"


CRASHING_SESSION = """
import os, sys
from ucdesigner.io.recovery import RecoveryStore
from ucdesigner.io.native import load
store = RecoveryStore(sys.argv[1])
doc = load(sys.argv[2])
store.write("window-1", doc, "Post-purchase support", changes=7, document_path=sys.argv[2])
os._exit(1)  # a crash: no close(), the lock goes with the process
"""


def test_files_of_a_crashed_session_are_offered_and_restore_exactly(tmp_path) -> None:
    example = EXAMPLES / "post-purchase-support.ucd"
    subprocess.run(
        [sys.executable, "-c", CRASHING_SESSION, str(tmp_path), str(example)], check=False
    )
    store = RecoveryStore(tmp_path)
    (entry,) = store.orphans()
    assert entry.header.title == "Post-purchase support"
    assert entry.header.changes == 7
    assert entry.header.document_path == str(example)
    assert entry.load().to_data() == load(example).to_data()
    store.discard(entry)
    assert store.orphans() == []
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"{store.session}.lock"]


def test_foreign_or_damaged_files_in_the_folder_are_ignored(tmp_path) -> None:
    (tmp_path / "s1x2--w.ucdrecovery").write_bytes(b'{"format": "ucdesigner-recovery", "sess')
    (tmp_path / "s3x4--w.ucdrecovery").write_text("{}")
    assert RecoveryStore(tmp_path).orphans() == []


def test_save_keeps_a_backup_of_the_previous_version(tmp_path) -> None:
    target = tmp_path / "m.ucd"
    save(a_document("First"), target, backup=True)
    assert not backup_path(target).exists()
    save(a_document("Second"), target, backup=True)
    assert load(backup_path(target)).name == "First"
    assert load(target).name == "Second"


def test_file_stamp_notices_changes_by_someone_else(tmp_path) -> None:
    target = tmp_path / "m.ucd"
    save(a_document(), target)
    stamp = FileStamp.of(target)
    os.utime(target, ns=(1, 1))
    assert not stamp.changed(target)  # touched, same bytes
    save(a_document("Edited elsewhere"), target)
    assert stamp.changed(target)
    target.unlink()
    assert stamp.changed(target)
