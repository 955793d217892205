"""Earlier versions of a file from the git repository it lives in (for Compare With):
the revisions to offer (HEAD, branches, tags, the last commits that changed the file) and
the file's bytes at one of them. Git is run as a program; nothing is written."""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from .native import MAX_FILE_BYTES

RECENT_COMMITS = 20


class GitError(Exception):
    """Git is missing, the file is not in a repository, or a revision cannot be read."""


@dataclass(frozen=True)
class Revision:
    """A revision to offer: what git calls it and how it is shown."""

    name: str
    label: str


def _git(folder: Path, *arguments: str) -> bytes:
    try:
        done = subprocess.run(
            ["git", "-C", str(folder), *arguments], capture_output=True, check=False, timeout=30
        )
    except FileNotFoundError:
        raise GitError("git is not installed (or not on PATH)") from None
    except subprocess.TimeoutExpired:
        raise GitError("git did not answer within 30 seconds") from None
    if done.returncode != 0:
        first = (done.stderr.decode("utf-8", "replace").strip().splitlines() or ["failed"])[0]
        if "not a git repository" in first:
            raise GitError(f"{folder} is not in a git repository")
        raise GitError(f"git {arguments[0]}: {first}")
    return done.stdout


def revisions(path: str | os.PathLike[str]) -> list[Revision]:
    """HEAD, the branches and tags, then the last commits that changed ``path``."""
    file = Path(path).resolve()
    folder = file.parent
    found = [Revision("HEAD", "HEAD (the last commit)")]
    refs = _git(folder, "for-each-ref", "--format=%(refname:short)", "refs/heads", "refs/tags")
    found += [Revision(r, r) for r in refs.decode("utf-8", "replace").split() if r]
    log = _git(
        folder,
        "log",
        f"-n{RECENT_COMMITS}",
        "--format=%h%x09%ad%x09%s",
        "--date=short",
        "--",
        file.name,
    )
    for line in log.decode("utf-8", "replace").splitlines():
        commit, date, subject = [*line.split("\t", 2), "", ""][:3]
        found.append(Revision(commit, f"{commit} {date} {subject}"))
    return found


def file_at(path: str | os.PathLike[str], revision: str) -> bytes:
    """The bytes of ``path`` as committed in ``revision``."""
    file = Path(path).resolve()
    top = Path(_git(file.parent, "rev-parse", "--show-toplevel").decode().strip())
    relative = file.relative_to(top.resolve()).as_posix()
    data = _git(file.parent, "show", f"{revision}:{relative}")
    if len(data) > MAX_FILE_BYTES:
        raise GitError(f"{relative} at {revision} is too large to compare")
    return data
