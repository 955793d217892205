"""Pull the plug while saving: SIGKILL a process at random moments while it saves a large
document (and while it writes recovery copies), 200 times each. Whatever moment the kill
lands on, the file on disk is the complete old or the complete new document."""

from __future__ import annotations

import os
import random
import select
import signal
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from benchmarks.synthetic import make_document
from ucdesigner.io.native import dumps, save
from ucdesigner.io.recovery import RecoveryEntry, RecoveryStore, _read_header

KILLS = 200

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork()")


def kill_while(
    work: Callable[[Callable[[], None]], None], rng: random.Random, within: float
) -> None:
    """Fork a child that runs ``work(done)`` until killed; ``work`` calls ``done()`` after
    each complete write. Wait for 0-3 complete writes (so the kills land in each of the
    child's writes however slow the machine is), then a random moment ``within`` seconds,
    and SIGKILL it."""
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child writes in a loop until it is killed
        os.close(reader)
        try:
            work(lambda: os.write(writer, b"."))
        finally:
            os._exit(0)
    os.close(writer)
    try:
        for _ in range(rng.randrange(4)):
            ready, _, _ = select.select([reader], [], [], 60.0)
            assert ready and os.read(reader, 1), "the child stopped writing"
        time.sleep(rng.uniform(0, within))
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(reader)


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

    def save_forever(done: Callable[[], None]) -> None:
        while True:
            save(new, target)
            done()
            save(old, target)
            done()

    outcomes = {"old": 0, "new": 0}
    for _ in range(KILLS):
        kill_while(save_forever, rng, within=one_save * 1.5)
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

    started = time.perf_counter()
    store.write("w", first, "Doc", changes=1)
    one_write = time.perf_counter() - started

    def write_forever(done: Callable[[], None]) -> None:
        child = RecoveryStore.__new__(RecoveryStore)  # the same session, without a new lock
        child.folder, child.session = folder, "sfault"
        while True:
            child.write("w", second, "Doc", changes=2)
            done()
            child.write("w", first, "Doc", changes=1)
            done()

    for _ in range(KILLS):
        kill_while(write_forever, rng, within=one_write * 1.5)
        (file,) = folder.glob("*.ucdrecovery")
        header = _read_header(file)
        assert header is not None, "damaged recovery file after SIGKILL"
        restored = dumps(RecoveryEntry(file, header).load())
        assert restored in wanted
        seen[wanted[restored]] += 1
    assert seen["first"] and seen["second"], seen
    store.close()
