"""The start-up figures in instructions, which the machine's load does not change.

``python benchmarks/startup_instructions.py`` runs each start once under valgrind's
callgrind and prints the instructions the whole process executed (Python's start and
exit included) and their ratio to the bare PySide6 program doing the same work:

- the empty window to its first paint: ``startup_probe.py`` ``bare``, ``floor`` (the
  bare window after the editor's unavoidable start), ``classes-floor`` (that, with the
  Qt classes the editor's first frame uses taken: their enums built) and ``app-paint``
  (the editor);
- the export of a 50-use-case diagram to SVG: ``bare_draw.py``, ``export_floor.py``
  and ``ucdesigner export``.

``--steps`` counts instead the editor's start ended after each of its steps
(``startup_probe.py steps``: Python, the caches, the model, PySide, our modules, the
application, the window, the first paint), without the teardown, against the bare
window ended at its first paint the same way: what each step adds.

Wall-clock times on a shared 2-core machine move by a fifth from one minute to the
next; instruction counts move by well under 1 %. They leave out what the process waits
for (the disk, the X server) and count a slow instruction like a fast one, so they
complement the medians of ``python -m benchmarks``, not replace them. Needs valgrind
(Debian ``valgrind``); runs for two minutes or so. The caches the editor keeps in the
user's cache folder are filled by one run of each first, as on any start but the first.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent


def instructions(command: list[str], env: dict[str, str], cwd: str) -> int:
    """The instructions ``command`` executed, all of it, under callgrind."""
    with tempfile.TemporaryDirectory() as folder:
        done = subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                f"--callgrind-out-file={folder}/out",
                *command,
            ],
            capture_output=True,
            text=True,
            env=env,
            cwd=cwd,
            check=True,
        )
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        raise RuntimeError(f"callgrind printed no count for {command}")
    return int(found.group(1))


def main() -> int:
    """Print the counts and the ratios; 2 (and one line) without valgrind."""
    if shutil.which("valgrind") is None:
        print("startup_instructions: valgrind is not installed", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT))
    from benchmarks.bench_startup import first_frame_classes
    from benchmarks.drawn_items import write_items
    from benchmarks.synthetic import slide_diagram
    from ucdesigner.io.native import save

    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "QT_QPA_PLATFORM": "offscreen",
            # settings, recovery copies and caches of its own, as bench_startup's
            "HOME": str(work),
            "XDG_CONFIG_HOME": str(work / "config"),
            "XDG_STATE_HOME": str(work / "state"),
            "XDG_DATA_HOME": str(work / "data"),
            "XDG_CACHE_HOME": str(work / "cache"),
        }
        document, diagram_id = slide_diagram(56)
        source = work / "diagram.ucd"
        save(document, source)
        write_items(document, diagram_id, work / "items.json")
        probe = [sys.executable, str(HERE / "startup_probe.py")]
        if "--steps" in sys.argv[1:]:
            _print_steps(probe, env, folder)
            return 0
        groups = {
            "empty window, first paint": {
                "bare": [*probe, "bare"],
                "floor": [*probe, "floor"],
                "classes floor": [*probe, "classes-floor", first_frame_classes(env, folder)],
                "ucdesigner": [*probe, "app-paint"],
            },
            "export to SVG, 50 use cases": {
                "bare": [sys.executable, str(HERE / "bare_draw.py"), "svg", "items.json", "b.svg"],
                "floor": [sys.executable, str(HERE / "export_floor.py"), "svg", str(source)],
                "ucdesigner": [
                    *[sys.executable, "-m", "ucdesigner"],
                    *["export", str(source), "-o", str(work / "ours.svg")],
                ],
            },
        }
        for title, commands in groups.items():
            for command in commands.values():  # the caches filled, as on a later start
                subprocess.run(command, env=env, cwd=folder, check=True, capture_output=True)
            counts = {name: instructions(c, env, folder) for name, c in commands.items()}
            print(title)
            for name, count in counts.items():
                ratio = count / counts["bare"]
                print(f"  {name:>13}: {count / 1e6:8.1f} M instructions, {ratio:.2f}x bare")
    return 0


def _print_steps(probe: list[str], env: dict[str, str], folder: str) -> None:
    """The editor's start to its first paint counted up to the end of each step (no
    teardown), with what each step adds, against the bare window to its first paint."""
    from benchmarks.startup_probe import STEPS

    # one start first: the caches filled, as on any start but the first
    subprocess.run([*probe, "steps", "paint"], env=env, cwd=folder, check=True, capture_output=True)
    bare = instructions([*probe, "steps", "bare-paint"], env, folder)
    print(f"bare window to its first paint: {bare / 1e6:8.1f} M instructions")
    before = 0
    for step in STEPS:
        count = instructions([*probe, "steps", step], env, folder)
        added = (count - before) / 1e6
        print(f"  {step:>12}: {count / 1e6:8.1f} M (+{added:6.1f} M), {count / bare:.2f}x bare")
        before = count


if __name__ == "__main__":
    sys.exit(main())
