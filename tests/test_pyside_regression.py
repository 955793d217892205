"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every void Qt call and
aborts after a few thousand (``Fatal Python error: none_dealloc``). pyproject.toml pins
PySide6 below 6.12 there; this test fails if the pin is lost and the bug comes back."""

from __future__ import annotations

import subprocess
import sys

CALLS = 1_000_000


def test_a_million_void_qt_calls_do_not_crash() -> None:
    code = (
        "from PySide6.QtGui import QPainterPath\n"
        "path = QPainterPath()\n"
        f"for i in range({CALLS}):\n"
        "    path.lineTo(float(i & 1), 2.0)\n"  # alternate, or Qt merges equal points
        "print(path.elementCount())\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == str(CALLS + 1)
