"""``ucdesigner merge`` / ``git-setup`` / ``textconv`` with real git in a temporary
repository, and the merge driver's answers to bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gitrepo import Repo
from ucdesigner.io import native
from ucdesigner.model.compare.resolve import resolve

USE_CASE = "uc_contact_support"
OTHER = "uc_track_order"


@pytest.fixture
def repo(tmp_path: Path) -> Repo:
    repo = Repo(tmp_path)
    done = repo.ucdesigner("git-setup")
    assert done.returncode == 0, done.stderr
    assert "added *.ucd merge=ucdesigner diff=ucdesigner" in done.stdout
    assert "git config merge.ucdesigner.driver = " in done.stdout
    repo.git("add", ".gitattributes")
    repo.git("commit", "-q", "-m", "ucdesigner merge driver")
    return repo


def test_git_setup_is_idempotent_and_says_so(repo: Repo) -> None:
    before = (repo.path / ".gitattributes").read_bytes()
    again = repo.ucdesigner("git-setup")
    assert again.returncode == 0
    assert "already has *.ucd merge=ucdesigner diff=ucdesigner" in again.stdout
    assert again.stdout.count("already set") == 3
    assert (repo.path / ".gitattributes").read_bytes() == before
    assert "merge %O %A %B" in repo.git("config", "--get", "merge.ucdesigner.driver").stdout


def test_git_setup_outside_a_repository_is_one_line(tmp_path: Path) -> None:
    import subprocess
    import sys

    from tests.gitrepo import environment

    done = subprocess.run(
        [sys.executable, "-m", "ucdesigner", "git-setup"],
        cwd=tmp_path,
        env={**environment(), "GIT_CEILING_DIRECTORIES": str(tmp_path.parent)},
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2
    assert done.stderr == (
        "ucdesigner: error: this folder is not in a git repository (run git init first)\n"
    )


def test_disjoint_edits_merge_by_themselves(repo: Repo) -> None:
    repo.edit("rename", lambda d: d.update(USE_CASE, name="Talk to Support"), "rename")
    repo.git("checkout", "-q", "main")
    repo.edit("document", lambda d: d.update(OTHER, documentation="Where is my parcel?"), "doc")
    done = repo.git("merge", "-q", "--no-edit", "rename", check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    merged = repo.load()
    assert merged.get(USE_CASE).name == "Talk to Support"
    assert merged.get(OTHER).documentation == "Where is my parcel?"
    assert merged.conflicts == ()
    assert "<<<<<<<" not in repo.file.read_text()


def test_a_true_conflict_is_kept_in_the_file_and_resolved_by_the_user(repo: Repo) -> None:
    repo.edit("ours", lambda d: d.update(USE_CASE, documentation="Ours."), "ours")
    repo.git("checkout", "-q", "main")
    repo.edit("theirs", lambda d: d.update(USE_CASE, documentation="Theirs."), "theirs")
    repo.git("checkout", "-q", "ours")
    done = repo.git("merge", "--no-edit", "theirs", check=False)
    assert done.returncode != 0
    assert "CONFLICT" in done.stdout and "model.ucd" in done.stdout
    assert "UU model.ucd" in repo.git("status", "--porcelain").stdout
    text = repo.file.read_text()
    assert "<<<<<<<" not in text
    document = repo.load()
    (conflict,) = document.conflicts
    assert (conflict.target, conflict.field) == (USE_CASE, "documentation")
    assert (conflict.ours, conflict.theirs) == ("Ours.", "Theirs.")
    assert document.get(USE_CASE).documentation == "Ours."
    resolve(document, conflict.id, "theirs")
    assert document.conflicts == ()
    native.save(document, repo.file)
    assert '"conflicts"' not in repo.file.read_text()
    repo.git("add", "model.ucd")
    repo.git("commit", "-q", "--no-edit")
    assert repo.git("status", "--porcelain").stdout == ""
    assert repo.load().get(USE_CASE).documentation == "Theirs."


def test_git_diff_shows_readable_lines(repo: Repo) -> None:
    document = repo.load()
    document.update(USE_CASE, documentation="Reach a person quickly.")
    native.save(document, repo.file)
    diff = repo.git("diff").stdout
    assert "Use case Contact Support [uc_contact_support]" in diff
    assert "+  documentation: Reach a person quickly." in diff
    assert '"documentation":' not in diff


# --- bad input ---------------------------------------------------------------------------


def _sides(tmp_path: Path) -> tuple[Path, Path, Path]:
    from tests.gitrepo import EXAMPLE

    paths = []
    for name in ("base", "ours", "theirs"):
        path = tmp_path / f"{name}.ucd"
        path.write_bytes(EXAMPLE.read_bytes())
        paths.append(path)
    return paths[0], paths[1], paths[2]


BAD_SIDES = {
    "markers": (
        b'{\n<<<<<<< HEAD\n  "name": "a"\n=======\n  "name": "b"\n>>>>>>> theirs\n}\n',
        "holds text conflict markers",
    ),
    "newer": (
        b'{"format": "ucdesigner", "version": 99, "elements": []}',
        "was written by a newer ucdesigner",
    ),
    "garbage": (b"\x00\xff\x13 not a model", "is not UTF-8 text"),
}


@pytest.mark.parametrize("which", ["base", "ours", "theirs"])
@pytest.mark.parametrize("case", sorted(BAD_SIDES))
def test_a_side_that_is_not_a_model_leaves_ours_untouched(tmp_path, which, case) -> None:
    import subprocess
    import sys

    from tests.gitrepo import environment

    base, ours, theirs = _sides(tmp_path)
    bad = {"base": base, "ours": ours, "theirs": theirs}[which]
    content, words = BAD_SIDES[case]
    bad.write_bytes(content)
    before = ours.read_bytes()
    done = subprocess.run(
        [sys.executable, "-m", "ucdesigner", "merge", str(base), str(ours), str(theirs)],
        capture_output=True,
        text=True,
        env=environment(),
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("ucdesigner: error: ")
    assert words in done.stderr and "Traceback" not in done.stderr
    assert ours.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["base.ucd", "ours.ucd", "theirs.ucd"]


def test_a_file_both_branches_added_merges_from_an_empty_base(tmp_path) -> None:
    from ucdesigner.cli import main

    base, ours, theirs = _sides(tmp_path)
    base.write_bytes(b"")
    document = native.load(theirs)
    document.update(USE_CASE, name="Added Differently")
    native.save(document, theirs)
    assert main(["merge", str(base), str(ours), str(theirs)]) == 1
    merged = native.load(ours)
    (conflict,) = merged.conflicts
    assert (conflict.target, conflict.field, conflict.theirs) == (
        USE_CASE,
        "name",
        "Added Differently",
    )
