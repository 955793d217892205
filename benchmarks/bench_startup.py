"""Start-up to the first painted main window (offscreen), in a fresh process each time,
against a bare PySide6 QMainWindow started the same way.

Python's bytecode caches are allowed (an installed ucdesigner has them), and one
untimed run of each kind comes first so that they exist and the files are in the
page cache."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ucdesigner.io.native import save

from .core import Figure
from .synthetic import diagram_with_shapes

PROBE = Path(__file__).with_name("startup_probe.py")


def _environment() -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _time_process(args: list[str], repeat: int) -> list[float]:
    env = _environment()
    command = [sys.executable, str(PROBE), *args]
    subprocess.run(command, check=True, env=env, timeout=120, capture_output=True)
    samples = []
    for _ in range(repeat):
        env["UCD_START"] = repr(time.time())
        done = subprocess.run(
            command, check=True, env=env, timeout=120, capture_output=True, text=True
        )
        line = next(x for x in done.stdout.splitlines() if x.startswith("first-paint "))
        samples.append(float(line.split()[1]))
    return samples


def run(repeat: int, shape_counts: list[int]) -> list[Figure]:
    bare = _time_process(["bare"], repeat)
    figures = [
        Figure(
            "start-up",
            "main window, empty document",
            "-",
            _time_process(["app"], repeat),
            bare,
            limit=1.5,
            limit_kind="ratio",
            baseline_name="bare QMainWindow",
        )
    ]
    with tempfile.TemporaryDirectory() as folder:
        for count in shape_counts:
            doc, diagram = diagram_with_shapes(count)
            path = Path(folder) / f"shapes{count}.ucd"
            save(doc, path)
            figures.append(
                Figure(
                    "start-up",
                    "main window on a document",
                    len(doc.shapes(diagram)),
                    _time_process(["app", str(path)], repeat),
                    bare,
                    limit=1.0 if count >= 1000 else None,
                    baseline_name="bare QMainWindow",
                    note=f"{len(doc):,} elements, {len(doc.diagrams())} diagrams",
                )
            )
    return figures
