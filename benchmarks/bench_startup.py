"""Start-up to the first painted main window (offscreen), in a fresh process each time,
against a bare PySide6 QMainWindow started the same way."""

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


def _time_process(args: list[str], repeat: int) -> list[float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([sys.executable, str(PROBE), *args], check=True, env=env, timeout=120)
        samples.append(time.perf_counter() - start)
    return samples


def run(repeat: int, with_document: bool = True) -> list[Figure]:
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
        )
    ]
    if with_document:
        doc, diagram = diagram_with_shapes(1000)
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "thousand.ucd"
            save(doc, path)
            figures.append(
                Figure(
                    "start-up",
                    "main window on a 1,000-shape document",
                    len(doc.shapes(diagram)),
                    _time_process(["app", str(path)], repeat),
                    bare,
                    limit=1.0,
                )
            )
    return figures
