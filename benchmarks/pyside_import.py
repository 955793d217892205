"""What importing PySide6 costs, and what ``start_cache`` takes off it.

``python benchmarks/pyside_import.py [RUNS]`` starts fresh interpreters in turn: a bare
``import PySide6.QtWidgets``, and the same import through ``import_pyside`` with the
cache enabled (filled by one run first). Each prints the milliseconds of its import
(from after ``ucdesigner.qt_import`` is imported, as the editor and the export have it
before they import Qt); the bare one also the part spent compiling shiboken's support
modules and regular expressions. The medians are printed at the end.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_PROBE = """
import builtins, json, re._compiler as rc, sys, time
spent = [0.0]
def timed(function):
    def run(*args, **kwargs):
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            spent[0] += time.perf_counter() - start
    return run
from ucdesigner import start_cache, qt_import  # (the editor has them already)
started = time.perf_counter()
if sys.argv[1] in ("fill", "cached"):
    start_cache.enable(sys.argv[2])
    qt_import.import_pyside()
else:
    builtins.compile, rc.compile = timed(builtins.compile), timed(rc.compile)
import PySide6.QtWidgets
finished = time.perf_counter()
if sys.argv[1] == "cached":
    assert start_cache.compiled_here() == 0, "the cache was not used"
print(json.dumps([finished - started, spent[0]]))
"""


def _run(mode: str, cache: str) -> tuple[float, float]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, mode, cache],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    total, compiling = json.loads(done.stdout.strip().splitlines()[-1])
    return total, compiling


def main(runs: int = 9) -> None:
    """Print the medians of ``runs`` alternating runs of each kind."""
    with tempfile.TemporaryDirectory() as folder:
        cache = os.path.join(folder, "pyside-start.bin")
        _run("fill", cache)
        times: dict[str, list[tuple[float, float]]] = {"bare": [], "cached": []}
        for _ in range(runs):
            for mode in times:
                times[mode].append(_run(mode, cache))
    for mode, runs_of_mode in times.items():
        total = statistics.median(t for t, _ in runs_of_mode) * 1000
        compiling = statistics.median(c for _, c in runs_of_mode) * 1000
        print(f"{mode:>6}: import {total:6.1f} ms, of it compiling {compiling:5.1f} ms")
    bare = statistics.median(t for t, _ in times["bare"])
    cached = statistics.median(t for t, _ in times["cached"])
    print(f"cached / bare: {cached / bare:.2f}x")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 9)
