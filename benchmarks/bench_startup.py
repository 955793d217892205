"""Start-up to the first painted main window (offscreen), in a fresh process each time,
against a bare PySide6 QMainWindow started the same way (startup_probe.py: the editor
started as ``ucdesigner [FILE]`` starts it, timed to the end of its first painted
frame); the same under Xvfb (a real X server, as a desktop has) against bare PySide6
windows, empty and drawing the same items as a 1,000-use-case document; and the whole
commands of bench_commands (``--version``, ``--help``, one-diagram exports, side by
side with Umbrello).

Python's bytecode caches are allowed (an installed ucdesigner has them), and one
untimed run of each kind comes first so that they exist and the files are in the
page cache. Settings and recovery copies go to a fresh folder."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ucdesigner.io.native import save

from . import bench_commands
from .core import Figure, note
from .drawn_items import write_items
from .synthetic import diagram_with_shapes
from .x_map import LAST_ERROR, time_to_map

PROBE = Path(__file__).with_name("startup_probe.py")
BARE = Path(__file__).with_name("bare_draw.py")


def _private_settings(env: dict[str, str], home: str) -> dict[str, str]:
    """``env`` with settings, recovery copies and caches in a fresh folder: no user's
    settings or recovery files play a part (a recovery copy would stop the start at
    its question)."""
    return {
        **env,
        "HOME": home,
        "XDG_CONFIG_HOME": f"{home}/config",
        "XDG_STATE_HOME": f"{home}/state",
        "XDG_DATA_HOME": f"{home}/data",
        "XDG_CACHE_HOME": f"{home}/cache",
    }


def run(repeat: int, shape_counts: list[int], smoke: bool = False) -> list[Figure]:
    """The offscreen start-up figures, then those under Xvfb and the whole commands."""
    figures = offscreen(repeat, shape_counts)
    figures += bench_commands.light_commands(repeat)
    figures += under_xvfb(repeat, 50 if smoke else 1_000)
    figures += bench_commands.exports(repeat, 12 if smoke else 56)
    return figures


def offscreen(repeat: int, shape_counts: list[int]) -> list[Figure]:
    """First paint on the offscreen platform (the figures kept since the first run): the
    editor started as ``ucdesigner [FILE]`` starts it, and a bare QMainWindow, taking
    turns."""
    python = sys.executable
    with tempfile.TemporaryDirectory() as folder:
        env = _private_settings(bench_commands.environment(), folder)
        commands = {"app": [python, str(PROBE), "app"], "bare": [python, str(PROBE), "bare"]}
        classes = first_frame_classes(env, folder)
        commands["classes-floor"] = [python, str(PROBE), "classes-floor", classes]
        documents = {}
        for count in shape_counts:
            doc, diagram = diagram_with_shapes(count)
            path = Path(folder) / f"shapes{count}.ucd"
            save(doc, path)
            commands[f"app-{count}"] = [python, str(PROBE), "app", str(path)]
            documents[count] = (doc, diagram)
        times = _first_paints(commands, repeat, env)
    bare = times["bare"]
    figures = [
        Figure(
            "start-up",
            "main window, empty document",
            "-",
            times["app"],
            bare,
            limit=1.5,
            limit_kind="ratio",
            baseline_name="bare QMainWindow",
        ),
        Figure(
            "start-up",
            "floor under the main window, empty document: the model imported, the Qt "
            "classes its first frame uses taken, a bare QMainWindow shown (startup_probe.py "
            "classes-floor)",
            "-",
            times["classes-floor"],
            bare,
            baseline_name="bare QMainWindow",
            note="the window's ratio cannot go below this one",
        ),
    ]
    for count, (doc, diagram) in documents.items():
        figures.append(
            Figure(
                "start-up",
                "main window on a document",
                len(doc.shapes(diagram)),
                times[f"app-{count}"],
                bare,
                limit=1.0 if count >= 1000 else None,
                baseline_name="bare QMainWindow",
                note=f"{len(doc):,} elements, {len(doc.diagrams())} diagrams",
            )
        )
    return figures


def first_frame_classes(env: dict[str, str], folder: str) -> str:
    """A file in ``folder`` listing the Qt classes whose enums exist at the editor's
    first paint (``startup_probe.py enums``, run once with ``env``): what the probe's
    ``classes-floor`` takes."""
    done = subprocess.run(
        [sys.executable, str(PROBE), "enums"],
        check=True,
        env={**env, "UCD_START": repr(time.time())},
        timeout=120,
        capture_output=True,
        text=True,
    )
    classes = [x for x in done.stdout.splitlines() if x and not x.startswith("first-paint ")]
    listed = Path(folder) / "first-frame-classes.txt"
    listed.write_text("\n".join(classes), encoding="utf-8")
    return str(listed)


@contextmanager
def xvfb() -> Iterator[str | None]:
    """A private Xvfb server for the duration: its DISPLAY, or None without Xvfb."""
    binary = shutil.which("Xvfb")
    if binary is None:
        yield None
        return
    for number in range(87, 120):
        if (
            not Path(f"/tmp/.X11-unix/X{number}").exists()
            and not Path(f"/tmp/.X{number}-lock").exists()
        ):
            break
    else:
        yield None
        return
    server = subprocess.Popen(
        [binary, f":{number}", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            if time.monotonic() > deadline or server.poll() is not None:
                yield None
                return
            time.sleep(0.05)
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def _first_paints(
    commands: dict[str, list[str]], repeat: int, env: dict[str, str]
) -> dict[str, list[float]]:
    """Seconds to the first paint of each command, the commands taking turns (one
    untimed round first)."""
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for round_ in range(repeat + 1):
        for name, command in commands.items():
            env["UCD_START"] = repr(time.time())
            done = subprocess.run(
                command, check=True, env=env, timeout=120, capture_output=True, text=True
            )
            line = next(x for x in done.stdout.splitlines() if x.startswith("first-paint "))
            if round_:
                samples[name].append(float(line.split()[1]))
    return samples


def under_xvfb(repeat: int, shapes: int) -> list[Figure]:
    """First paint on a real X server: the empty main window against a bare
    QMainWindow, and the main window on a document with ``shapes`` shapes against a
    bare window drawing the same items."""
    with xvfb() as display, tempfile.TemporaryDirectory() as folder:
        if display is None:
            note("start-up: Xvfb is not installed; the first-paint figures under X are left out.")
            return []
        env = _private_settings(bench_commands.environment(), folder)
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
        doc, diagram = diagram_with_shapes(shapes)
        path = Path(folder) / "shapes.ucd"
        save(doc, path)
        items = Path(folder) / "items.json"
        write_items(doc, diagram, items)
        python = sys.executable
        times = _first_paints(
            {
                "app": [python, str(PROBE), "app"],
                "bare": [python, str(BARE), "window"],
                "app-doc": [python, str(PROBE), "app", str(path)],
                "bare-doc": [python, str(BARE), "window", str(items)],
            },
            repeat,
            env,
        )
        mapped = _mapped_windows(repeat, env, display, folder)
    shown = len(doc.shapes(diagram))
    return [
        *mapped,
        Figure(
            "start-up",
            "main window, empty document, under Xvfb",
            "-",
            times["app"],
            times["bare"],
            limit=1.5,
            limit_kind="ratio",
            baseline_name="bare QMainWindow",
        ),
        Figure(
            "start-up",
            "main window on a document, under Xvfb",
            shown,
            times["app-doc"],
            times["bare-doc"],
            limit=2.5,
            limit_kind="ratio",
            baseline_name="bare window drawing the same items",
            note=f"{len(doc):,} elements",
        ),
    ]


def _mapped_windows(repeat: int, env: dict[str, str], display: str, home: str) -> list[Figure]:
    """The whole editor (``python -m ucdesigner``) until its empty window is on screen,
    against a bare PySide6 window and Umbrello (when installed), all timed the same way
    from outside: to the X server's MapNotify of their first window. Settings go to a
    fresh folder, so that no user's settings or recovery files play a part."""
    env = {**_private_settings(env, home), "BARE_STAY": "1"}
    commands = {
        "ours": [sys.executable, "-m", "ucdesigner"],
        "bare": [sys.executable, str(BARE), "window"],
    }
    umbrello = bench_commands.umbrello_command()
    if umbrello is not None:
        commands["umbrello"] = umbrello
    times: dict[str, list[float]] = {name: [] for name in commands}
    for round_ in range(repeat + 1):
        for name, command in commands.items():
            seconds = time_to_map(command, env, display)
            if seconds is None:
                said = " ".join(LAST_ERROR[-1:]).strip().splitlines()[-1:] or [""]
                note(f"start-up: {name} showed no window on Xvfb (or libX11 is missing) {said[0]}")
                return []
            if round_:
                times[name].append(seconds)
    figures = [
        Figure(
            "start-up",
            "`ucdesigner` empty window on screen (whole process, Xvfb, X map)",
            "-",
            times["ours"],
            times["bare"],
            limit=1.5,
            limit_kind="ratio",
            baseline_name="bare QMainWindow",
        )
    ]
    if "umbrello" in times:
        figures.append(
            Figure(
                "start-up",
                "`ucdesigner` empty window on screen, ours vs `umbrello5` (Xvfb, X map)",
                "-",
                times["ours"],
                times["umbrello"],
                limit=1.0,
                limit_kind="ratio",
                baseline_name="Umbrello",
            )
        )
    else:
        note("start-up: Umbrello is not installed; its first-window figure is left out.")
    return figures
