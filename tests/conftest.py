"""Tests run headless: Qt uses the offscreen platform unless a display is asked for.
Also the helpers that tests in several folders share."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    """Run ``ucdesigner ARGS`` in this process: the exit code, standard output and
    standard error (read through pytest's ``capsys``)."""
    from ucdesigner.cli import main

    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err
