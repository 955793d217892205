"""The benchmark runner: ``python -m benchmarks [--smoke] [--write]``.

Prints a table of medians (min-max) per figure and size, each as a ratio to the bare
cost of the same work and to its target, and the growth factor between sizes. With
``--write`` the table goes to benchmarks/RESULTS.md with the machine, date and command.
CI runs ``--smoke`` (tiny sizes, one run) only to keep the benchmarks working; it does
not judge times.
"""

from __future__ import annotations

import argparse
import datetime
import gc
import os
import platform
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SUITES = [
    "startup",
    "files",
    "xmi",
    "archives",
    "text",
    "export",
    "interaction",
    "office",
    "memory",
    "layout",
    "find",
    "print",
    "team",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--smoke", action="store_true", help="tiny sizes, one run: checks the benchmarks work"
    )
    parser.add_argument("--repeat", type=int, default=5, help="runs per figure (default 5)")
    parser.add_argument("--only", choices=SUITES, action="append", help="run only these suites")
    parser.add_argument("--write", action="store_true", help="write benchmarks/RESULTS.md")
    parser.add_argument(
        "--no-plantuml", action="store_true", help="leave out the PlantUML comparison (slow)"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])  # noqa: F841 - scenes need it
    from . import (
        bench_archives,
        bench_editor,
        bench_export,
        bench_files,
        bench_layout,
        bench_memory,
        bench_office,
        bench_startup,
        bench_text,
        bench_xmi,
    )

    repeat = 1 if args.smoke else args.repeat
    smoke = args.smoke
    chosen = args.only or SUITES
    load_before = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    figures = []

    def fresh() -> None:
        # What one suite leaves for the cyclic collector is collected here, not in the
        # middle of the next suite's timings.
        gc.collect()

    if "startup" in chosen:
        figures += bench_startup.run(repeat, [] if smoke else [100, 1_000], smoke)
    if "files" in chosen:
        fresh()
        figures += bench_files.run([50] if smoke else [100, 1_000, 10_000], repeat)
    if "xmi" in chosen:
        fresh()
        figures += bench_xmi.run([50] if smoke else [100, 1_000, 10_000], repeat)
    if "text" in chosen:
        fresh()
        figures += bench_text.run([1_000] if smoke else [10_000, 100_000], repeat)
    if "archives" in chosen:
        fresh()
        figures += bench_archives.run(repeat, smoke)
    if "export" in chosen:
        fresh()
        sizes = [50] if smoke else [100, 250, 500]
        figures += bench_export.run(sizes, repeat, plantuml=not (smoke or args.no_plantuml))
    if "office" in chosen:
        fresh()
        figures += bench_office.run(repeat, smoke)
    if "interaction" in chosen:
        fresh()
        figures += bench_editor.run_drag([150] if smoke else [300, 1_000, 3_000], repeat)
        figures += bench_editor.run_edit([50] if smoke else [100, 1_000, 10_000], repeat)
    if "find" in chosen:
        fresh()
        from . import bench_find

        figures += bench_find.run([50] if smoke else [100, 1_000, 10_000], repeat)
    if "print" in chosen:
        fresh()
        from . import bench_print

        figures += bench_print.run(repeat)
    if "team" in chosen:
        fresh()
        from . import bench_team

        figures += bench_team.run([50] if smoke else [1_000, 10_000], repeat)
    if "memory" in chosen:
        fresh()
        figures += bench_memory.run(50 if smoke else 10_000, 1 if smoke else 3)
    if "layout" in chosen:
        fresh()
        figures += bench_layout.run(smoke, repeat)
    from .core import NOTES, SECTIONS, table

    text = table(figures)
    for block in SECTIONS:
        text += "\n\n" + block
    if NOTES:
        text += "\n\n" + "\n".join(f"- {line}" for line in NOTES)
    print(text)
    missed = [f for f in figures if (f.vs_limit() or 0) > 1]
    if args.write:
        write_results(text, argv if argv is not None else sys.argv[1:], load_before)
    if missed and not smoke:
        print(f"\n{len(missed)} figure(s) missed their target.")
    return 0


def write_results(text: str, argv: list[str], load: float | None = None) -> None:
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    try:
        from PySide6 import __version__ as pyside
    except ImportError:  # pragma: no cover
        pyside = "?"
    body = (
        "# Benchmark results\n\n"
        f"- date: {datetime.date.today().isoformat()}\n"
        f"- machine: {machine}, {platform.platform()}, PySide6 {pyside}\n"
        "- Qt platform: offscreen\n"
        + (f"- load average when the run began: {load:.1f}\n" if load is not None else "")
        + f"- command: `python -m benchmarks {' '.join(argv)}`\n\n"
        "Medians over the runs (min-max beside them); `ratio` is the median divided by the "
        "median of what it names (the bare cost of the same work, or a peer); `of limit` is "
        "the figure divided by its target (above 1 = missed); `growth` compares with the "
        "previous size of the same figure. Sizes are elements in the document, shapes on "
        "the diagram for start-up, export and dragging.\n\n"
        f"{text}\n"
    )
    Path(__file__).with_name("RESULTS.md").write_text(body, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
