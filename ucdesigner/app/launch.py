"""Start the editor: one QApplication, a main window per file given (or one empty)."""

from __future__ import annotations

import atexit
import gc
import importlib
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .. import dataclass_cache, start_cache, validator_cache
from ..cli.common import CLIError
from ..qt_import import import_pyside

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication


def _has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if not sys.platform.startswith("linux"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _import_the_model_before_qt() -> None:
    """The model (pydantic and our pure modules) is imported before Qt: once PySide6 is
    loaded it reads the source of every module imported after it, to see whether it
    uses PySide's feature switches, and these hundred-odd modules never do."""
    importlib.import_module("ucdesigner.model")
    importlib.import_module("ucdesigner.io.native")


_FIRST_WINDOWS: list = []
"""The windows ``start_editor`` opened, held for as long as the editor runs (as
``run_editor``'s own list did while it ran the event loop)."""


def run_editor(files: Sequence[str]) -> int:
    """Open the editor on ``files`` and run until the last window closes."""
    return start_editor(files).exec()


def start_editor(files: Sequence[str]) -> QApplication:
    """The application with the editor's windows on ``files`` (or one empty) shown: all
    that ``run_editor`` does before it runs the event loop."""
    if not _has_display():
        raise CLIError(
            "no display to open the editor on (DISPLAY and WAYLAND_DISPLAY are not set); "
            "for headless work use a subcommand: ucdesigner info|check FILE"
        )
    # Nearly every object made before the first paint lives on (modules, classes, the
    # model's validators, widgets, the document): the cyclic collector would walk them
    # again and again meanwhile. It runs again once the first window is complete.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _start(files, collecting)
    except BaseException:
        if collecting:  # (a file that cannot be opened: the collector runs as before)
            gc.enable()
        raise


def _start(files: Sequence[str], collecting: bool) -> QApplication:
    dataclass_cache.install()
    atexit.register(dataclass_cache.save)
    validator_cache.enable()  # a document opened reads the validator kept, as the CLI does
    start_cache.enable()  # the code and patterns these imports compile, kept
    with start_cache.importing():
        _import_the_model_before_qt()
        import_pyside()
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        from .. import __version__
        from .icons import app_icon
        from .language import load_language
        from .main_window import FINISH_AT_THE_LATEST_MS, MainWindow
        from .recovery_folder import has_recovery_copies

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("ucdesigner")
    app.setOrganizationName("ucdesigner")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("ucdesigner")  # matches packaging/ucdesigner.desktop
    app.setWindowIcon(app_icon())
    load_language(app)
    windows = [MainWindow.open_file(path, finish_after_paint=True) for path in files]
    if has_recovery_copies():  # else the recovery store is opened after the first paint
        from .autosave import session_store
        from .recovery_dialog import offer_recovery

        windows += offer_recovery(session_store(), MainWindow)
    windows = windows or [MainWindow(finish_after_paint=True)]
    for window in windows:
        window.show()
    _FIRST_WINDOWS[:] = windows
    if collecting and windows[0].complete:
        gc.enable()
    elif collecting:
        windows[0].completed.connect(gc.enable)
        # should that window be closed before it completes (it completes within
        # FINISH_AT_THE_LATEST_MS even unpainted)
        QTimer.singleShot(2 * FINISH_AT_THE_LATEST_MS, gc.enable)
    # Now, not only at exit: an editor that is killed still starts faster next time.
    # (Only a start that compiled something new writes; the rest follows at exit.)
    dataclass_cache.save()
    return app
