"""Run by the start-up benchmark in a fresh process: show a window and quit once its
first frame is painted. ``bare`` is a plain QMainWindow; ``app`` starts the editor the
way ``ucdesigner [FILE]`` does (``launch.start_editor``: the model imported before Qt,
the application set up, recovery files looked for, the window on FILE or an empty one).

Prints the seconds from ``UCD_START`` (the parent's clock when it started this process)
to the end of the first paint: the first paint event comes when the window is exposed,
and Qt paints every widget of the window (the canvas with its items too) and puts the
frame on screen before it turns to the next event, where the time is taken. What
happens after it (the features the editor installs after its first paint, quitting)
is not counted; ``app`` then checks that the window is complete (``finish_start``).
``floor`` is ``bare`` after the editor's unavoidable start (see ``main``): run by hand,
``UCD_START=... python benchmarks/startup_probe.py floor``, to see how close ``app`` is.
``app-paint`` is ``app`` quitting at its first paint, for counting the instructions up
to it (``startup_instructions.py``). ``enums`` is ``app-paint`` printing, after the
time, the Qt classes whose enums exist at that paint (``QtGui.QIcon``...: PySide builds
a class's enums, as Python enum classes, when the class is first taken); ``classes-floor
FILE`` is ``floor`` that also takes the classes listed in FILE (``enums``' output), and
builds nothing with them: what the editor's first frame costs before any code of ours
runs. ``steps STEP`` is the editor's start ended after one of its steps (``STEPS``)."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _watch_first_paint(app, started: float, then=None) -> object:
    """An event filter on the application's windows that prints the seconds to the end
    of the first painted frame and quits."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    def painted() -> None:
        print(f"first-paint {time.time() - started:.6f}", flush=True)
        if then is not None:
            then()
        app.quit()

    class FirstPaint(QObject):
        seen = False

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and not self.seen:
                self.seen = True
                QTimer.singleShot(0, painted)  # after the whole frame is painted
            return False

    watcher = FirstPaint()
    # On the windows, not the application: an application-wide filter runs Python for
    # every event of every object and hands PySide objects the window never gives to
    # Python (its QStyle, whose enums alone cost ~14 ms to build).
    for window in app.topLevelWidgets():
        window.installEventFilter(watcher)
    return watcher


def _classes_with_enums() -> list[str]:
    """``Module.Class`` for every PySide class whose enums have been built."""
    import enum
    import gc

    owners = set()
    for thing in gc.get_objects():
        if isinstance(thing, enum.EnumMeta) and thing.__module__.startswith("PySide6."):
            owner = thing.__qualname__.split(".")[0]
            owners.add(f"{thing.__module__.removeprefix('PySide6.')}.{owner}")
    return sorted(owners)


def _take_classes(listed: str) -> None:
    """Take each ``Module.Class`` named (one a line) in the file ``listed``."""
    import importlib
    from pathlib import Path

    for line in Path(listed).read_text(encoding="utf-8").split():
        module, name = line.split(".")
        getattr(importlib.import_module(f"PySide6.{module}"), name)


def _bare_window() -> tuple[object, object]:
    """The bare program: its application and its QMainWindow, shown."""
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1200, 800)
    window.show()
    return app, window


@contextmanager
def _editor_imports(step: Callable[[str], None] = lambda name: None) -> Iterator[None]:
    """What the editor does first, as ``launch._start`` does it: the caches switched on
    (then ``step("caches")``), the model imported before Qt (``step("model")``), PySide
    imported; the block's own imports run in the same ``start_cache.importing()``, as the
    editor's modules do."""
    from ucdesigner import dataclass_cache, start_cache, validator_cache
    from ucdesigner.app.launch import _import_the_model_before_qt
    from ucdesigner.qt_import import import_pyside

    dataclass_cache.install()
    validator_cache.enable()
    start_cache.enable()
    step("caches")
    with start_cache.importing():
        _import_the_model_before_qt()
        step("model")
        import_pyside()
        yield


STEPS = ("python", "caches", "model", "pyside", "modules", "application", "window", "paint")
"""The steps of the editor's start (``launch._start``, in its order) that ``steps STEP``
ends after."""


def _steps(until: str) -> None:
    """The editor's start as ``launch._start`` makes it, step by step, the process ending
    (``os._exit``: no teardown) after step ``until``; ``bare-paint`` is the bare window
    ending at its first paint the same way. For counting each step's instructions
    (``startup_instructions.py --steps``)."""

    def step(name: str) -> None:
        if name == until:
            os._exit(0)

    if until == "bare-paint":
        app, _window = _bare_window()
        _exit_at_first_paint(app)
    step("python")
    import gc

    gc.disable()  # as start_editor
    with _editor_imports(step):
        from PySide6.QtWidgets import QApplication

        step("pyside")
        from ucdesigner.app.icons import app_icon
        from ucdesigner.app.language import load_language
        from ucdesigner.app.main_window import MainWindow
        from ucdesigner.app.recovery_folder import has_recovery_copies  # noqa: F401

    step("modules")
    app = QApplication(sys.argv[:1])
    app.setWindowIcon(app_icon())
    load_language(app)
    step("application")
    window = MainWindow(finish_after_paint=True)
    step("window")
    window.show()
    _exit_at_first_paint(app)


def _exit_at_first_paint(app) -> None:
    watcher = _watch_first_paint(app, time.time(), lambda: os._exit(0))  # noqa: F841 - kept alive
    app.exec()


def main() -> None:
    mode = sys.argv[1]
    started = float(os.environ.get("UCD_START", time.time()))
    if mode == "steps":
        _steps(sys.argv[2])
    if mode in ("floor", "classes-floor"):
        # What no change to the window can take away: the bare window, after what the
        # editor must do before any window of its own (the model imported before Qt as
        # ``launch`` does) and PySide's ``Qt`` namespace (its 93 enum classes, built when
        # it is first taken; every widget setting names one).
        with _editor_imports():
            pass
        from PySide6.QtCore import Qt

        Qt.AlignmentFlag  # noqa: B018 - taken for its cost
        if mode == "classes-floor":
            _take_classes(sys.argv[2])
    if mode in ("bare", "floor", "classes-floor"):
        app, _window = _bare_window()
        then = None
    else:
        from ucdesigner.app.launch import start_editor

        app = start_editor(sys.argv[2:3])
        windows = [w for w in app.topLevelWidgets() if hasattr(w, "finish_start")]

        def then() -> None:
            if mode == "app":  # (app-paint quits at the first paint: nothing after it)
                for window in windows:
                    window.finish_start()
            elif mode == "enums":
                print("\n".join(_classes_with_enums()), flush=True)

    watcher = _watch_first_paint(app, started, then)  # noqa: F841 - kept alive
    app.exec()


if __name__ == "__main__":
    main()
