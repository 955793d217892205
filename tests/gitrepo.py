"""A temporary git repository for tests that run real git with ucdesigner's driver."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ucdesigner.io import native
from ucdesigner.model import Document

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "resources" / "examples" / "post-purchase-support.ucd"


def environment() -> dict[str, str]:
    """Git without the user's config; ucdesigner importable from this tree."""
    paths = [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]
    return {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(paths),
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "Ana Lyst",
        "GIT_AUTHOR_EMAIL": "ana@example.org",
        "GIT_COMMITTER_NAME": "Ana Lyst",
        "GIT_COMMITTER_EMAIL": "ana@example.org",
        "QT_QPA_PLATFORM": "offscreen",
    }


class Repo:
    """A repository in ``path`` holding ``model.ucd`` (the example) on branch main."""

    def __init__(self, path: Path) -> None:
        if shutil.which("git") is None:
            pytest.skip("git is not installed")
        self.path = path
        path.mkdir(parents=True, exist_ok=True)
        self.file = path / "model.ucd"
        self.git("init", "-q", "-b", "main")
        shutil.copyfile(EXAMPLE, self.file)
        self.git("add", "model.ucd")
        self.git("commit", "-q", "-m", "base")

    def git(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            ["git", *args], cwd=self.path, env=environment(), capture_output=True, text=True
        )
        if check and done.returncode != 0:
            raise AssertionError(f"git {' '.join(args)} failed: {done.stderr}")
        return done

    def ucdesigner(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "ucdesigner", *args],
            cwd=self.path,
            env=environment(),
            capture_output=True,
            text=True,
        )

    def load(self) -> Document:
        return native.load(self.file)

    def edit(self, branch: str, change, message: str, new: bool = True) -> None:
        """On ``branch`` (made from main when ``new``), change the model and commit."""
        self.git("checkout", "-q", *(["-b"] if new else []), branch)
        document = self.load()
        change(document)
        native.save(document, self.file)
        self.git("commit", "-q", "-am", message)
