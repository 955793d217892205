"""Pull the plug while saving: SIGKILL a process at random moments while it saves a large
document (and while it writes recovery copies), 200 times each. Whatever moment the kill
lands on, the file on disk is the complete old or the complete new document."""

from __future__ import annotations

import os
import random
import signal
import time
from pathlib import Path

import pytest

from benchmarks.synthetic import make_document
from ucdesigner.io.native import dumps, save
from ucdesigner.io.recovery import RecoveryEntry, RecoveryStore, _read_header

KILLS = 200

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork()")


def kill_while(work, rng: random.Random, before_kill: float) -> None:
    pid = os.fork()
    if pid == 0:  # the child saves in a loop until it is killed
        try:
            work()
        finally:
            os._exit(0)
    time.sleep(rng.uniform(0, before_kill))
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)


def test_saving_survives_sigkill_at_random_moments(tmp_path: Path) -> None:
    old, new = make_document(3000), make_document(3000, seed=2)
    old.set_info(name="old")
    new.set_info(name="new")
    old_bytes, new_bytes = dumps(old), dumps(new)
    target = tmp_path / "big.ucd"
    save(old, target)
    rng = random.Random(20261122)
    started = time.perf_counter()
    save(new, tmp_path / "timing.ucd")
    one_save = time.perf_counter() - started

    def save_forever() -> None:
        while True:
            save(new, target)
            save(old, target)

    outcomes = {"old": 0, "new": 0}
    for _ in range(KILLS):
        kill_while(save_forever, rng, before_kill=one_save * 4)
        content = target.read_bytes()
        assert content in (old_bytes, new_bytes), "damaged file after SIGKILL"
        outcomes["old" if content == old_bytes else "new"] += 1
    assert outcomes["old"] and outcomes["new"], outcomes  # the kills landed mid-way both ways
    leftovers = [p.name for p in tmp_path.iterdir() if p.name not in ("big.ucd", "timing.ucd")]
    assert all(name.endswith(".tmp") for name in leftovers)  # at most stray temp files


def test_recovery_writer_survives_sigkill(tmp_path: Path) -> None:
    folder = tmp_path / "recovery"
    first, second = make_document(800), make_document(800, seed=3)
    store = RecoveryStore(folder, session="sfault")
    store.write("w", first, "Doc", changes=1)
    rng = random.Random(7)
    wanted = {dumps(first): "first", dumps(second): "second"}
    seen = {"first": 0, "second": 0}

    def write_forever() -> None:
        child = RecoveryStore.__new__(RecoveryStore)  # the same session, without a new lock
        child.folder, child.session = folder, "sfault"
        while True:
            child.write("w", second, "Doc", changes=2)
            child.write("w", first, "Doc", changes=1)

    for _ in range(KILLS):
        kill_while(write_forever, rng, before_kill=0.04)
        (file,) = folder.glob("*.ucdrecovery")
        header = _read_header(file)
        assert header is not None, "damaged recovery file after SIGKILL"
        restored = dumps(RecoveryEntry(file, header).load())
        assert restored in wanted
        seen[wanted[restored]] += 1
    assert seen["first"] and seen["second"], seen
    store.close()
