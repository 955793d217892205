"""``ucdesigner export`` loads what one picture needs and no more: the writer of the
format asked for (not the other formats' writers, their Qt classes or thread pools),
no pydantic plugin discovery (importlib.metadata), nothing of the editor, the XMI or
the undo commands, not even ``json`` (the document is validated from its bytes); and its process ends as soon as the files are written, its output
complete. Run in fresh interpreters, so that an import at the top of a module that
brings the cost back fails here (benchmarks/bench_commands.py has the figures)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "resources" / "examples" / "retail-customer-journey.ucd"

PROBE = """
import sys
from ucdesigner.cli import main
status = main(sys.argv[1:])
modules = sorted(sys.modules)  # before this probe's own json
import json
print(json.dumps({"status": status, "modules": modules}), file=sys.stderr)
"""

NEVER = (
    "importlib.metadata",
    "ucdesigner.app",
    "ucdesigner.commands",
    "ucdesigner.io.xmi",
    "ucdesigner.io.report",
    "ucdesigner.io.slides",
    "ucdesigner.model.checks",
    "ucdesigner.io.render.pdf",
    "PySide6.QtPrintSupport",
    "lxml",
    "json",  # a .ucd file is validated from its bytes (pydantic's own parser)
)
ONLY_FOR = {
    "svg": ("ucdesigner.io.render.svg", "ucdesigner.io.svg_post"),
    "png": ("ucdesigner.io.render.raster", "ucdesigner.io.png_writer", "concurrent.futures"),
}


def _env() -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def exported_modules(tmp_path: Path, fmt: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "export", str(EXAMPLE), "--all", "-f", fmt],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env=_env(),
    )
    report = json.loads(done.stderr.strip().splitlines()[-1])
    assert report["status"] == 0, done.stderr
    assert list(tmp_path.glob(f"*.{fmt}"))
    return set(report["modules"])


def _loaded(modules: set[str], names: tuple[str, ...]) -> list[str]:
    return [n for n in names if n in modules or any(m.startswith(n + ".") for m in modules)]


@pytest.mark.parametrize("fmt", ["svg", "png"])
def test_an_export_loads_the_writer_of_its_format_only(tmp_path: Path, fmt: str) -> None:
    modules = exported_modules(tmp_path, fmt)
    other = "png" if fmt == "svg" else "svg"
    assert _loaded(modules, ONLY_FOR[fmt]) == list(ONLY_FOR[fmt])
    assert _loaded(modules, ONLY_FOR[other]) == []
    assert _loaded(modules, NEVER) == []


def test_an_export_loads_no_other_subcommand(tmp_path: Path) -> None:
    from ucdesigner.cli import SUBCOMMANDS

    modules = exported_modules(tmp_path, "svg")
    others = [m for name, m in SUBCOMMANDS.items() if name != "export"]
    assert "ucdesigner.cli.export" in modules
    assert [m for m in others if m in modules] == []


def test_the_export_process_ends_with_its_files_and_output_complete(tmp_path: Path) -> None:
    # The command ends its process at once after the work (no teardown): what it wrote
    # to the pipe and to the files must all be there.
    done = subprocess.run(
        [sys.executable, "-m", "ucdesigner", "export", str(EXAMPLE), "--all", "-o", "out"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env=_env(),
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) >= 2
    for line in lines:
        path = tmp_path / line.rsplit(" (", 1)[0]
        assert path.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
        assert path.read_bytes().endswith(b"IEND\xaeB`\x82")


def test_an_export_error_still_exits_2_with_its_one_line(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "ucdesigner", "export", str(EXAMPLE), "-d", "nowhere"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env=_env(),
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1
    assert done.stderr.startswith("ucdesigner: error: no diagram named 'nowhere'")
