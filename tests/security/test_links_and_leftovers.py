"""Issue 15, points 3 and 10: saving through a symbolic link changes the linked file
(and keeps its permissions); killed saves and failed reports leave nothing behind."""

from __future__ import annotations

import errno
import os
import stat
import time
from pathlib import Path

import pytest

from ucdesigner.cli import main
from ucdesigner.io import atomic
from ucdesigner.io.native import load, save
from ucdesigner.io.report import ReportError, asset_folder, write_report
from ucdesigner.io.xmi import read_xmi

from ..export.helpers import support_document


@pytest.fixture
def linked(tmp_path) -> tuple[Path, Path]:
    """``shared/model.ucd`` (mode 0640) and a link to it in ``desk``."""
    (tmp_path / "shared").mkdir()
    (tmp_path / "desk").mkdir()
    real = tmp_path / "shared" / "model.ucd"
    save(support_document(), real)
    os.chmod(real, 0o640)
    link = tmp_path / "desk" / "model.ucd"
    os.symlink(real, link)
    return real, link


def test_saving_through_a_link_changes_the_linked_file(linked) -> None:
    real, link = linked
    document = load(link)
    document.update("ret", name="Changed through the link")
    save(document, link, backup=True)
    assert link.is_symlink() and link.resolve() == real
    assert load(real).get("ret").name == "Changed through the link"
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
    assert (real.parent / "model.ucd.bak").exists()  # the backup sits beside the file


def test_the_window_saves_through_a_link(linked, make_window) -> None:
    real, link = linked
    window = make_window(load(link), link)
    window.document.update("ret", name="Saved in the window")
    assert window.save()
    assert link.is_symlink()
    assert load(real).get("ret").name == "Saved in the window"


def test_convert_and_export_write_through_links(linked, tmp_path) -> None:
    real, _ = linked
    xmi_real = tmp_path / "shared" / "model.xmi"
    xmi_real.write_bytes(b"old")
    xmi_link = tmp_path / "desk" / "model.xmi"
    os.symlink(xmi_real, xmi_link)
    assert main(["convert", str(real), str(xmi_link)]) == 0
    assert xmi_link.is_symlink() and read_xmi(xmi_real).data.name == "Support"
    svg_real = tmp_path / "shared" / "main.svg"
    svg_real.write_bytes(b"old")
    svg_link = tmp_path / "desk" / "main.svg"
    os.symlink(svg_real, svg_link)
    assert main(["export", str(real), "-o", str(svg_link)]) == 0
    assert svg_link.is_symlink() and svg_real.read_bytes().startswith(b"<?xml")


def leftover(path: Path, age: float) -> Path:
    temp = path.parent / f".{path.name}.ab12cd34.tmp"
    temp.write_bytes(b"half a save")
    past = time.time() - age
    os.utime(temp, (past, past))
    return temp


def test_a_killed_save_leaves_no_temporary_file_after_the_next_save(tmp_path) -> None:
    path = tmp_path / "model.ucd"
    save(support_document(), path)
    stale = leftover(path, age=3600)
    fresh = leftover(path, age=0).rename(tmp_path / f".{path.name}.zz99zz99.tmp")
    other = leftover(tmp_path / "other.ucd", age=3600)
    save(support_document(), path)
    assert not stale.exists()
    assert fresh.exists()  # seconds old: perhaps another program's save in progress
    assert other.exists()  # another document's
    assert atomic.temporaries(path) == [fresh]


def test_opening_removes_leftovers_too(tmp_path) -> None:
    path = tmp_path / "model.ucd"
    save(support_document(), path)
    stale = leftover(path, age=3600)
    load(path)
    assert not stale.exists()


def test_a_report_failing_on_a_full_disk_leaves_no_folder(tmp_path, monkeypatch) -> None:
    calls = []
    real_write = atomic.atomic_write_bytes

    def full_after_one(path, data):
        calls.append(path)
        if len(calls) > 1:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_write(path, data)

    monkeypatch.setattr("ucdesigner.io.report.atomic_write_bytes", full_after_one)
    target = tmp_path / "handout.md"
    with pytest.raises(ReportError, match="No space left"):
        write_report(support_document(), target)
    assert len(calls) == 2
    assert not (tmp_path / asset_folder(target)).exists()
    assert list(tmp_path.iterdir()) == []
