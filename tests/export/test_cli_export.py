"""``ucdesigner export``: files written, one-line errors with exit 2, headless."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ucdesigner.io.native import save

from ..conftest import run_cli
from .helpers import EXAMPLES, png_dpi, png_header, support_document, svg_root

RETAIL = EXAMPLES / "retail-customer-journey.ucd"
SUPPORT = EXAMPLES / "post-purchase-support.ucd"


def test_one_diagram_to_a_file(qapp, capsys, tmp_path) -> None:
    target = tmp_path / "support.png"
    code, out, err = run_cli(capsys, "export", str(SUPPORT), "-o", str(target), "--dpi", "300")
    assert (code, err) == (0, "")
    assert out.startswith(str(target))
    assert png_dpi(target.read_bytes()) == pytest.approx(300, abs=0.1)


def test_format_comes_from_the_suffix_or_the_flag(qapp, capsys, tmp_path) -> None:
    code, _, _ = run_cli(capsys, "export", str(SUPPORT), "-f", "svg", "-o", str(tmp_path))
    assert code == 0
    (written,) = tmp_path.iterdir()
    assert written.name == "Post-purchase support.svg"
    assert svg_root(written.read_bytes()).get("viewBox")


def test_all_diagrams_go_to_a_folder(qapp, capsys, tmp_path) -> None:
    out_dir = tmp_path / "pictures"
    code, out, _ = run_cli(capsys, "export", str(RETAIL), "--all", "-f", "pdf", "-o", str(out_dir))
    assert code == 0
    assert sorted(p.name for p in out_dir.iterdir()) == [
        "After the purchase.pdf",
        "Discover and choose.pdf",
        "Purchase.pdf",
    ]
    assert out.count("\n") == 3


def test_diagrams_by_name_or_id_with_options(qapp, capsys, tmp_path) -> None:
    code, _, _ = run_cli(
        capsys,
        "export",
        str(RETAIL),
        "-d",
        "Purchase",
        "-d",
        "diagram_discover",
        "-f",
        "png",
        "-o",
        str(tmp_path),
        "--scale",
        "1",
        "--background",
        "transparent",
        "--margin",
        "5",
    )
    assert code == 0
    files = sorted(tmp_path.iterdir())
    assert [p.name for p in files] == ["Discover and choose.png", "Purchase.png"]
    assert png_header(files[0].read_bytes())["colour"] == 6


def test_selection_ids(qapp, capsys, tmp_path) -> None:
    path = tmp_path / "doc.ucd"
    save(support_document(), path)
    whole, part = tmp_path / "whole.svg", tmp_path / "part.svg"
    assert run_cli(capsys, "export", str(path), "-o", str(whole))[0] == 0
    code, _, _ = run_cli(
        capsys, "export", str(path), "-o", str(part), "--selection-ids", "ret", "ver"
    )
    assert code == 0
    assert float(svg_root(part.read_bytes()).get("width")) < float(
        svg_root(whole.read_bytes()).get("width")
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-d", "Nope", "-f", "png"], "no diagram named 'Nope'; available: 'Discover and choose'"),
        (["-f", "png"], "has 3 diagrams; choose with -d NAME or use --all"),
        (["--all", "-d", "Purchase", "-f", "png"], "either -d DIAGRAM or --all"),
        (["-d", "Purchase", "-o", "picture"], "say which format, with a suffix"),
        (["-d", "Purchase", "-o", "x.gif"], "GIF is not supported"),
        (["-d", "Purchase", "-f", "svg", "-o", "x.png"], "ends in .png, but -f asks for svg"),
        (["-d", "Purchase", "-f", "gif"], "argument -f/--format: invalid choice: 'gif'"),
        (["-d", "Purchase", "-f", "png", "--scale", "0"], "scale 0 is out of range"),
        (["-d", "Purchase", "-f", "png", "--scale", "2", "--dpi", "300"], "not allowed with"),
        (["-d", "Purchase", "-f", "png", "--margin", "-3"], "margin -3 px is out of range"),
        (["--all", "-f", "png", "--selection-ids", "x"], "--selection-ids needs exactly one"),
        (["-d", "Purchase", "-f", "png", "--selection-ids", "zz"], "not on diagram 'Purchase': zz"),
        (["-d", "Purchase", "-o", "/nonexistent/dir/p.png"], "/nonexistent/dir: no such folder"),
    ],
)
def test_errors_are_one_line_and_exit_2(qapp, capsys, args, message) -> None:
    code, out, err = run_cli(capsys, "export", str(RETAIL), *args)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("ucdesigner: error: ")
    assert message in err


def test_a_missing_file_is_one_line(qapp, capsys, tmp_path) -> None:
    code, _, err = run_cli(capsys, "export", str(tmp_path / "none.ucd"), "-f", "png")
    assert code == 2 and "none.ucd: no such file" in err and err.count("\n") == 1


def test_headless_without_a_display(tmp_path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    target = tmp_path / "out.png"
    done = subprocess.run(
        [sys.executable, "-m", "ucdesigner", "export", str(SUPPORT), "-o", str(target)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr
    assert png_header(target.read_bytes())["width"] > 1000
