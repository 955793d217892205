"""CI keeps the benchmarks working (it does not judge times: machines are noisy)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from .conftest import fresh_python

ROOT = Path(__file__).resolve().parents[1]


def test_benchmarks_run_in_smoke_mode() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--smoke"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    # The figures' table comes first; sections of their own (layout quality) follow it.
    first_table = done.stdout.split("\n\n")[0]
    rows = [
        line for line in first_table.splitlines() if line.startswith("| ") and "---" not in line
    ]
    assert len(rows) >= 5, done.stdout
    medians = [row.split("|")[3] for row in rows[1:]]
    assert all(re.match(r"\s*\d+(\.\d+)? (ms|s|MB) \(", m) for m in medians), done.stdout
    assert "| layout: Auto Layout (use cases) | 10 |" in first_table
    assert "### Layout quality (ours vs Graphviz dot" in done.stdout


def test_the_start_up_probes_that_only_valgrind_runs_work(tmp_path: Path) -> None:
    # startup_instructions.py (valgrind) is not run by CI: its probes are, here.
    env = {
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    probe = str(ROOT / "benchmarks" / "startup_probe.py")
    listed = fresh_python(probe, "enums", env=env).stdout.splitlines()
    assert listed[0].startswith("first-paint ")
    # the window's own classes, and the Qt namespace its settings name
    assert {"QtCore.Qt", "QtWidgets.QMainWindow", "QtWidgets.QGraphicsView"} <= set(listed)
    classes = tmp_path / "classes.txt"
    classes.write_text("\n".join(listed[1:]), encoding="utf-8")
    floor = fresh_python(probe, "classes-floor", str(classes), env=env).stdout
    assert floor.startswith("first-paint ")
    for step in ("python", "model", "window", "paint", "bare-paint"):
        ended = fresh_python(probe, "steps", step, env=env).stdout
        # only the steps that reach the window's first paint print its time
        assert ended.startswith("first-paint ") == step.endswith("paint"), (step, ended)
