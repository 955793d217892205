"""Tests run headless: Qt uses the offscreen platform unless a display is asked for.
Also the helpers that tests in several folders share."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Messages are asserted in English whatever the machine's language (LANG=de_DE...);
# tests of the translations choose their language themselves.
from ucdesigner import l10n

l10n.use_language("en")


@pytest.fixture(autouse=True, scope="session")
def _private_cache_folder(tmp_path_factory):
    """The dataclass code cache (and anything else kept in the user's cache folder) goes
    to a temporary folder, for this process and the interpreters tests start: never the
    user's own."""
    before = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if before is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = before


def fresh_python(
    *argv: str,
    env: dict[str, str] | None = None,
    stdin: str | None = None,
    cwd: str | os.PathLike[str] | None = None,
    ok: tuple[int, ...] = (0,),
) -> subprocess.CompletedProcess:
    """Run ``python ARGV`` in a fresh interpreter, as each start of the program is: with
    ucdesigner importable, Qt offscreen unless the test chose, ``env`` added to this
    process' environment. The test fails with the interpreter's error output when the
    exit status is not in ``ok``."""
    root = str(Path(__file__).resolve().parents[1])
    environment = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")])),
        **(env or {}),
    }
    done = subprocess.run(
        [sys.executable, *argv],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
        cwd=cwd,
    )
    assert done.returncode in ok, done.stderr
    return done


def run_fresh(code: str, *args: str, **options) -> dict:
    """``python -c CODE ARGS`` in a fresh interpreter (``fresh_python``'s options): the
    JSON its last line of output prints."""
    done = fresh_python("-c", code, *args, **options)
    return json.loads(done.stdout.strip().splitlines()[-1])


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    """Run ``ucdesigner ARGS`` in this process: the exit code, standard output and
    standard error (read through pytest's ``capsys``)."""
    from ucdesigner.cli import main

    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def make_window(qtbot):
    """Open main windows that are closed without prompts at the end of the test."""
    from ucdesigner.app.main_window import MainWindow

    windows = []

    def make(document=None, path=None):
        window = MainWindow(document, path)
        window.resize(1400, 900)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.undo_stack.setClean()
        window.close()
        window.deleteLater()
