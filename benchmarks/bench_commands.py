"""Whole commands, each a fresh process timed from the outside: ``ucdesigner --version``
and ``--help`` (against a bare ``python -c pass``), and ``ucdesigner export`` of a
50-use-case diagram to SVG and to a 2x PNG, against a bare PySide6 script drawing and
saving the same items (bare_draw.py) and, when it is installed, Umbrello's own
``--export`` of the same diagram (its XMI written by drawn_items.write_umbrello; run
under ``dbus-run-session`` on the offscreen platform, as on a build server). Beside
them, the floor under the export (export_floor.py: its imports and the document's
validation, nothing drawn), against the same bare script.

The commands of one figure run alternately (ours, bare, Umbrello, ours, ...) so that a
change in the machine's load falls on all of them; one untimed round first fills the
page cache and Python's bytecode caches."""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ucdesigner.io.native import save

from .core import Figure, note
from .drawn_items import write_items, write_umbrello
from .synthetic import slide_diagram

BARE = Path(__file__).with_name("bare_draw.py")
FLOOR = Path(__file__).with_name("export_floor.py")
ROOT = Path(__file__).resolve().parent.parent
LIGHT_LIMIT = 0.1
EXPORT_RATIO = 1.5


def environment() -> dict[str, str]:
    """The environment of every timed process: offscreen Qt, bytecode caches allowed,
    this checkout's ucdesigner first on the path."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def alternate(
    commands: dict[str, list[str]],
    repeat: int,
    env: dict[str, str],
    cwd: str | None = None,
    cpu: dict[str, list[float]] | None = None,
) -> dict[str, list[float]]:
    """Seconds of each command per round, the commands taking turns. With ``cpu``, the
    processor seconds (user + system, the command's whole process tree) go there too:
    they suffer less than the wall clock when other work shares the machine."""
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for round_ in range(repeat + 1):
        for name, command in commands.items():
            before = _children_cpu()
            start = time.perf_counter()
            subprocess.run(command, check=True, env=env, cwd=cwd, timeout=300, capture_output=True)
            if round_:  # the first round only warms the caches
                samples[name].append(time.perf_counter() - start)
                if cpu is not None:
                    cpu.setdefault(name, []).append(_children_cpu() - before)
    return samples


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def umbrello_command() -> list[str] | None:
    """How to start Umbrello headless, or None when it is not installed."""
    found = shutil.which("umbrello5") or shutil.which("umbrello")
    session = shutil.which("dbus-run-session")
    if not found or not session:
        return None
    return [session, "--", found]


def light_commands(repeat: int) -> list[Figure]:
    """``--version`` and ``--help``: seconds for the whole process."""
    env = environment()
    ours = [sys.executable, "-m", "ucdesigner"]
    times = alternate(
        {
            "python": [sys.executable, "-c", "pass"],
            "version": [*ours, "--version"],
            "help": [*ours, "--help"],
        },
        repeat,
        env,
    )
    return [
        Figure(
            "start-up",
            f"`ucdesigner {flag}` (whole process)",
            "-",
            times[key],
            times["python"],
            limit=LIGHT_LIMIT,
            baseline_name="bare `python -c pass`",
        )
        for key, flag in (("version", "--version"), ("help", "--help"))
    ]


def exports(repeat: int, shapes: int = 56) -> list[Figure]:
    """``ucdesigner export`` of one diagram to SVG and to a 2x PNG, against the bare
    script and Umbrello (when installed)."""
    env = environment()
    umbrello = umbrello_command()
    if umbrello is None:
        note("start-up: Umbrello is not installed; its export figures are left out.")
    document, diagram_id = slide_diagram(shapes)
    use_cases = sum(1 for s in document.shapes(diagram_id) if s.element.startswith("u"))
    figures = []
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        source = work / "diagram.ucd"
        save(document, source)
        items = write_items(document, diagram_id, work / "items.json")
        write_umbrello(items, work / "diagram.xmi", "Benchmark")
        ours = [sys.executable, "-m", "ucdesigner"]
        bare = [sys.executable, str(BARE)]
        for fmt in ("svg", "png"):
            commands = {
                "ours": [*ours, "export", str(source), "-o", str(work / f"ours.{fmt}")],
                "bare": [*bare, fmt, str(work / "items.json"), str(work / f"bare.{fmt}")],
                "floor": [sys.executable, str(FLOOR), fmt, str(source)],
            }
            if umbrello is not None:
                out = work / f"umbrello-{fmt}"
                out.mkdir()
                commands["umbrello"] = [*umbrello, "--export", fmt, "--directory", str(out)]
                commands["umbrello"].append(str(work / "diagram.xmi"))
            cpu: dict[str, list[float]] = {}
            times = alternate(commands, repeat, env, cwd=folder, cpu=cpu)
            label = "SVG" if fmt == "svg" else "PNG at 2x"
            figures.append(
                Figure(
                    "start-up",
                    f"`ucdesigner export` to {label} (whole process, {use_cases} use cases)",
                    len(document.shapes(diagram_id)),
                    times["ours"],
                    times["bare"],
                    limit=EXPORT_RATIO,
                    limit_kind="ratio",
                    baseline_name="bare PySide6 script",
                )
            )
            figures.append(
                Figure(
                    "start-up",
                    f"floor under `ucdesigner export` to {label}: imports, the document "
                    "read and validated, nothing drawn (export_floor.py)",
                    len(document.shapes(diagram_id)),
                    times["floor"],
                    times["bare"],
                    baseline_name="bare PySide6 script",
                    note="the export's ratio cannot go below this one",
                )
            )
            if "umbrello" in times:
                figures.append(
                    Figure(
                        "start-up",
                        f"`ucdesigner export` to {label}, ours vs Umbrello `--export {fmt}`",
                        len(document.shapes(diagram_id)),
                        times["ours"],
                        times["umbrello"],
                        limit=1.0,
                        limit_kind="ratio",
                        baseline_name="Umbrello",
                        note="Umbrello writes its PNG at 1x" if fmt == "png" else "",
                    )
                )
            for peer, peer_name in (("bare", "bare script"), ("umbrello", "Umbrello")):
                if peer in cpu:
                    figures.append(
                        Figure(
                            "start-up",
                            f"`ucdesigner export` to {label}, processor time (user + system) "
                            f"vs {peer_name}",
                            len(document.shapes(diagram_id)),
                            cpu["ours"],
                            cpu[peer],
                            baseline_name=f"{peer_name}'s processor time",
                        )
                    )
    return figures


def main(argv: list[str] | None = None) -> int:
    """``python -m benchmarks.bench_commands [--repeat N] [--exports-only]``: these
    figures alone, printed as the runner prints them (nothing is written)."""
    import argparse

    from .core import NOTES, table

    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_commands")
    parser.add_argument("--repeat", type=int, default=5, help="runs per figure (default 5)")
    parser.add_argument("--exports-only", action="store_true", help="leave out --version/--help")
    args = parser.parse_args(argv)
    load = os.getloadavg()[0]
    figures = [] if args.exports_only else light_commands(args.repeat)
    figures += exports(args.repeat)
    print(table(figures))
    for line in NOTES:
        print(f"- {line}")
    print(f"\nload average before: {load:.2f}, after: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
