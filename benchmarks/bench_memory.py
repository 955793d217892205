"""Peak memory (RSS) of a process that opens a 10,000-element document in the editor."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from ucdesigner.io.native import save

from .core import Figure
from .synthetic import make_document

PROBE = """
import os, resource, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ucdesigner.app.main_window import MainWindow
window = MainWindow.open_file(sys.argv[1])
window.show()
app.processEvents()
# VmHWM starts anew at exec; ru_maxrss keeps the parent's size from before the exec.
try:
    with open("/proc/self/status") as status:
        line = next(x for x in status if x.startswith("VmHWM:"))
    print(int(line.split()[1]) * 1024)
except (OSError, StopIteration):
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
"""


def run(size: int, repeat: int) -> list[Figure]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.ucd"
        save(make_document(size), path)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        samples = []
        for _ in range(repeat):
            done = subprocess.run(
                [sys.executable, "-c", PROBE, str(path)],
                capture_output=True,
                text=True,
                check=True,
                env=env,
            )
            samples.append(float(done.stdout.strip().splitlines()[-1]))
    return [
        Figure(
            "memory",
            "peak RSS with the document open",
            size,
            samples,
            limit=300 * 2**20,
            limit_kind="memory",
            unit="B",
        )
    ]
