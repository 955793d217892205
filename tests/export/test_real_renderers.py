"""The SVG looks like the PNG when a real SVG renderer draws it, and the desktop's
palette never reaches the pictures."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from ucdesigner.io.native import load
from ucdesigner.io.render import ExportOptions, render_pdf, render_png, render_svg

from .helpers import EXAMPLES, difference, image, needs_chromium, run_chromium, support_document

needs_rsvg = pytest.mark.skipif(
    shutil.which("rsvg-convert") is None,
    reason="rsvg-convert missing (Debian package librsvg2-bin)",
)


def rsvg(svg: bytes, tmp_path, zoom: float = 1.0) -> bytes:
    source = tmp_path / "picture.svg"
    source.write_bytes(svg)
    return subprocess.run(
        ["rsvg-convert", "-z", str(zoom), str(source)], capture_output=True, check=True
    ).stdout


@needs_rsvg
@pytest.mark.parametrize("background", ["white", "transparent"])
def test_rsvg_draws_the_svg_like_the_png(qapp, tmp_path, background) -> None:
    doc = load(EXAMPLES / "post-purchase-support.ucd")
    diagram = doc.diagrams()[0].id
    svg = render_svg(doc, diagram, ExportOptions(format="svg", background=background)).data
    png = render_png(doc, diagram, ExportOptions(scale=1.0, background=background)).data
    drawn, ours = image(rsvg(svg, tmp_path)), image(png)
    mean, bad = difference(drawn, ours)
    print(f"rsvg vs png ({background}): mean {mean:.2f}, differing cells {bad:.4f}")
    assert mean < 3.0, mean
    assert bad < 0.01, bad


@needs_chromium
def test_chromium_draws_the_svg_like_the_png(qapp, tmp_path) -> None:
    doc = load(EXAMPLES / "post-purchase-support.ucd")
    diagram = doc.diagrams()[0].id
    svg = render_svg(doc, diagram, ExportOptions(format="svg"))
    (tmp_path / "picture.svg").write_bytes(svg.data)
    shot = tmp_path / "shot.png"
    run_chromium(
        "--hide-scrollbars",
        f"--user-data-dir={tmp_path / 'profile'}",
        f"--window-size={svg.width},{svg.height}",
        f"--screenshot={shot}",
        (tmp_path / "picture.svg").as_uri(),
    )
    png = render_png(doc, diagram, ExportOptions(scale=1.0)).data
    mean, bad = difference(image(shot.read_bytes()), image(png))
    assert mean < 3.0, mean
    assert bad < 0.01, bad


@needs_rsvg
def test_the_comparison_notices_a_different_picture(qapp, tmp_path) -> None:
    # The same check fails when the pictures differ: a moved use case.
    doc = support_document()
    svg = render_svg(doc, "main", ExportOptions(format="svg")).data
    doc.move_shapes("main", ["ver"], -20, 150)  # stays inside the picture's bounds
    png = render_png(doc, "main", ExportOptions(scale=1.0)).data
    drawn, ours = image(rsvg(svg, tmp_path)), image(png)
    assert drawn.size() == ours.size()
    mean, bad = difference(drawn, ours)
    assert mean >= 3.0 or bad >= 0.01


def dark_palette() -> QPalette:
    palette = QPalette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        palette.setColor(role, QColor("#1e1e1e"))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(role, QColor("#f0f0f0"))
    return palette


def test_a_dark_desktop_palette_does_not_change_the_pictures(qapp) -> None:
    doc = support_document()
    before = [
        render_png(doc, "main").data,
        render_svg(doc, "main").data,
        render_png(doc, "main", ExportOptions(background="transparent")).data,
    ]
    app = QApplication.instance()
    old = app.palette()
    app.setPalette(dark_palette())
    try:
        assert app.palette().color(QPalette.ColorRole.Window) == QColor("#1e1e1e")
        after = [
            render_png(doc, "main").data,
            render_svg(doc, "main").data,
            render_png(doc, "main", ExportOptions(background="transparent")).data,
        ]
    finally:
        app.setPalette(old)
    assert after == before
    assert image(after[0]).pixelColor(1, 1) == QColor("#ffffff")


def test_pictures_are_deterministic(qapp) -> None:
    doc = support_document()
    assert render_svg(doc, "main").data == render_svg(doc, "main").data
    assert render_png(doc, "main").data == render_png(doc, "main").data
    assert len(render_pdf(doc, "main").data) > 1000
