"""PySide6 does not read the source of our modules, nor of pydantic's, at the editor's
start or at an export (ucdesigner/qt_import.py): its ``__feature__`` hook finds them
in its table already. Run in fresh interpreters; what the hook read shows in
``linecache`` (``inspect.getsource`` fills it)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "resources" / "examples" / "online-shop-intent.ucd"

EDITOR = """
import json, linecache, sys
from ucdesigner.app.launch import start_editor
app = start_editor(sys.argv[1:])
from PySide6.QtCore import QTimer
def done():
    print(json.dumps(sorted(linecache.cache)))
    app.quit()
QTimer.singleShot(200, done)
app.exec()
"""

EXPORT = """
import json, linecache, sys
from ucdesigner.cli import main
status = main(sys.argv[1:])
print(json.dumps(sorted(linecache.cache) if status == 0 else ["failed", status]))
"""


def _read_sources(code: str, tmp_path: Path, *args: str) -> list[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "UCDESIGNER_CONFIG_DIR": str(tmp_path / "config"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def _ours_or_pydantic(files: list[str]) -> list[str]:
    package = str(ROOT / "ucdesigner")
    return [f for f in files if f.startswith(package) or f"{os.sep}pydantic" in f]


def test_the_editor_starts_without_pyside_reading_our_sources(tmp_path) -> None:
    read = _read_sources(EDITOR, tmp_path, str(EXAMPLE))
    assert _ours_or_pydantic(read) == []


def test_an_export_runs_without_pyside_reading_our_sources(tmp_path) -> None:
    read = _read_sources(EXPORT, tmp_path, "export", str(EXAMPLE), "-o", "out.svg")
    assert (tmp_path / "out.svg").stat().st_size > 1000
    assert _ours_or_pydantic(read) == []


TABLE = """
import json, sys
import ucdesigner.model
from ucdesigner.qt_import import feature_table, import_pyside
import_pyside()
table = feature_table()
feature = sys.modules["shibokensupport.feature"]
names = ["ucdesigner.app.main_window", "pydantic._internal._generate_schema", "json"]
print(json.dumps({
    "same": table is feature.pyside_feature_dict,
    "hook": callable(getattr(feature, "_mod_uses_pyside", None)),
    "entries": [table.get(name) for name in names],
}))
"""


def test_pyside_keeps_the_table_the_start_relies_on(tmp_path) -> None:
    # A PySide6 without it would not fail, only start slower again: say so here.
    report = _read_sources(TABLE, tmp_path)
    assert report == {"same": True, "hook": True, "entries": [-1, -1, -1]}
