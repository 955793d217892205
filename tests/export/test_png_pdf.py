"""PNG and PDF export: size, DPI, background, nothing cut off; vector PDF with text."""

from __future__ import annotations

import math
import shutil
import subprocess

import pytest
from PySide6.QtGui import QColor

from ucdesigner.canvas.scene import DiagramScene
from ucdesigner.canvas.theme import print_theme
from ucdesigner.io.render import ExportOptions, raster, render_pdf, render_png, render_svg
from ucdesigner.model import Actor, DiagramInfo, Document, Shape, UseCase

from .helpers import image, names_on, png_chunks, png_dpi, png_header, support_document


@pytest.fixture
def doc():
    return support_document()


def test_png_default_is_2x_at_192_dpi_on_white(qapp, doc) -> None:
    rendered = render_png(doc, "main")
    svg = render_svg(doc, "main")
    header = png_header(rendered.data)
    assert (header["width"], header["height"]) == (svg.width * 2, svg.height * 2)
    assert header["colour"] == 2  # RGB, no alpha channel
    assert png_dpi(rendered.data) == pytest.approx(192, abs=0.1)
    picture = image(rendered.data)
    assert picture.pixelColor(1, 1) == QColor("#ffffff")


@pytest.mark.parametrize(
    ("options", "factor", "dpi"),
    [
        ({"scale": 1.0}, 1.0, 96.0),
        ({"scale": 3.0}, 3.0, 288.0),
        ({"dpi": 300.0}, 300 / 96, 300.0),
    ],
)
def test_scale_or_dpi_set_size_and_resolution(qapp, doc, options, factor, dpi) -> None:
    base = render_svg(doc, "main")
    rendered = render_png(doc, "main", ExportOptions(**options))
    header = png_header(rendered.data)
    assert header["width"] == math.ceil(base.width * factor)
    assert png_dpi(rendered.data) == pytest.approx(dpi, abs=0.1)


def test_transparent_background_has_alpha_and_clear_corners(qapp, doc) -> None:
    data = render_png(doc, "main", ExportOptions(background="transparent")).data
    assert png_header(data)["colour"] == 6  # RGBA
    picture = image(data)
    assert picture.pixelColor(2, 2).alpha() == 0
    # The use case's fill is opaque.
    scene = DiagramScene(doc, "main", print_theme(), listen=False)
    origin = scene.content_rect().toAlignedRect().topLeft()
    centre = scene.node_item("ver").scene_body_rect().center()
    x, y = (centre.x() - origin.x() + 20) * 2, (centre.y() - origin.y() + 20) * 2 - 30
    assert picture.pixelColor(int(x), int(y)).alpha() == 255


def test_png_is_what_qt_reads_back(qapp, doc) -> None:
    data = render_png(doc, "main", ExportOptions(scale=1.0)).data
    picture = image(data)
    assert picture.dotsPerMeterX() == round(96 / 0.0254)
    assert set(png_chunks(data)) >= {b"IHDR", b"pHYs", b"IDAT", b"IEND"}


def test_text_is_antialiased(qapp, doc) -> None:
    picture = image(render_png(doc, "main").data)
    greys = {
        picture.pixelColor(x, y).name()
        for x in range(0, picture.width(), 3)
        for y in range(0, picture.height(), 3)
    }
    # Smooth edges give many shades between the ink and the fills, not a handful.
    assert len(greys) > 100


def wide_document(width: float) -> Document:
    d = Document()
    d.add(Actor(id="a", name="Left"), UseCase(id="u", name="Far Right End"))
    d.add_diagram(DiagramInfo(id="d", name="Wide"))
    d.add_shapes(
        "d",
        [
            Shape(element="a", x=0, y=0, width=48, height=84),
            Shape(element="u", x=width, y=0, width=160, height=70),
        ],
    )
    return d


def test_a_wide_diagram_is_not_cut_off(qapp) -> None:
    d = wide_document(12_000)
    rendered = render_png(d, "d", ExportOptions(scale=1.0))
    picture = image(rendered.data)
    assert picture.width() >= 12_000 + 160
    # The far use case's outline is drawn near the right edge.
    right = [
        picture.pixelColor(x, y).name()
        for x in range(picture.width() - 40, picture.width() - 20)
        for y in range(picture.height())
    ]
    assert any(c != "#ffffff" for c in right)
    assert rendered.warnings == []


def test_too_large_a_picture_is_scaled_down_with_a_message(qapp, monkeypatch) -> None:
    monkeypatch.setattr(raster, "MAX_SIDE", 4000)
    d = wide_document(5_000)
    rendered = render_png(d, "d", ExportOptions(scale=2.0))
    assert rendered.width <= 4000
    assert len(rendered.warnings) == 1 and "drawn at scale 0.7" in rendered.warnings[0]
    assert "instead of 2" in rendered.warnings[0]


def test_fit_scale_respects_the_pixel_limit() -> None:
    scale, note = raster.fit_scale(20_000, 20_000, 2.0)
    assert note is not None and (20_000 * scale) ** 2 <= raster.MAX_PIXELS
    assert raster.fit_scale(100, 100, 2.0) == (2.0, None)


needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
    reason="pdftotext/pdfinfo missing (Debian package poppler-utils)",
)


@needs_poppler
def test_pdf_is_one_page_fitted_to_the_diagram_with_text(qapp, doc, tmp_path) -> None:
    rendered = render_pdf(doc, "main")
    path = tmp_path / "d.pdf"
    path.write_bytes(rendered.data)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    fields = dict(line.split(":", 1) for line in info.stdout.splitlines() if ":" in line)
    assert fields["Pages"].strip() == "1"
    size = fields["Page size"].split()
    svg = render_svg(doc, "main")
    assert float(size[0]) == pytest.approx(svg.width * 0.75, abs=1)
    assert float(size[2]) == pytest.approx(svg.height * 0.75, abs=1)
    assert fields["Title"].strip() == "Returns: main/flow"
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    for name in names_on(doc, "main"):
        for word in name.split():
            assert word in text
    assert "«include»" in text


def test_pdf_is_vector(qapp, doc) -> None:
    data = render_pdf(doc, "main").data
    assert data.startswith(b"%PDF-")
    assert b"/Subtype /Image" not in data and b"/Subtype/Image" not in data


@pytest.mark.parametrize("background", ["white", "transparent"])
def test_painting_in_bands_gives_the_same_picture(qapp, doc, monkeypatch, background) -> None:
    from ucdesigner.io.render.snapshot import build_snapshot

    options = ExportOptions(background=background)
    whole, _ = raster.render_image(build_snapshot(doc, "main", options), options)
    monkeypatch.setattr(raster, "BAND_PIXELS", whole.width() * 37)  # bands of 37 rows
    banded = image(render_png(doc, "main", options).data)
    reference = image(raster.png_bytes(whole))
    assert banded.size() == reference.size()
    # Qt's line rasteriser clips a line to the band before it antialiases it, which
    # moves edge coverage by up to a dozen levels in 255; anything misplaced differs by far more.
    worst = max(
        _channel_difference(banded.pixelColor(x, y), reference.pixelColor(x, y))
        for y in range(banded.height())
        for x in range(banded.width())
    )
    assert worst <= 16


def _channel_difference(a: QColor, b: QColor) -> int:
    return max(
        abs(a.red() - b.red()),
        abs(a.green() - b.green()),
        abs(a.blue() - b.blue()),
        abs(a.alpha() - b.alpha()),
    )


def test_an_error_while_painting_stops_the_png_workers(qapp, doc, monkeypatch) -> None:
    import threading

    from ucdesigner.io.render.snapshot import paint_on

    calls = []

    def failing(*args, **kwargs) -> None:
        calls.append(1)
        if len(calls) == 3:
            raise MemoryError("no room for the band")
        paint_on(*args, **kwargs)

    monkeypatch.setattr(raster, "paint_on", failing)
    monkeypatch.setattr(raster, "BAND_PIXELS", 20_000)  # many small bands
    with pytest.raises(MemoryError, match="no room"):
        render_png(doc, "main", ExportOptions())
    assert len(calls) == 3
    assert not [t for t in threading.enumerate() if t.name.startswith("png")]
