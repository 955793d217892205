"""Slides and the Word report: a 20-diagram deck of the retail example, the build-up
deck of a 40-use-case diagram, and the Word report of the full customer journey
template, each against what it replaces or builds on: the deck against putting a PNG
of each diagram on a slide (what users did by hand), the build-up deck against the
same diagram on one slide, the Word report against the HTML report it is made from."""

from __future__ import annotations

import io
from pathlib import Path

from pptx import Presentation

from ucdesigner.io.native import load
from ucdesigner.io.render import ExportOptions, ensure_app, render_png
from ucdesigner.io.report import report_html
from ucdesigner.io.report.docx import report_docx
from ucdesigner.io.slides import SlideOptions, deck_bytes
from ucdesigner.model import Document

from .core import Figure, measure
from .synthetic import slide_diagram

ROOT = Path(__file__).resolve().parents[1]
RETAIL = ROOT / "resources" / "examples" / "retail-customer-journey.ucd"
JOURNEY = ROOT / "resources" / "templates" / "full-customer-journey.ucd"


def pictures_on_slides(document: Document, diagram_ids: list[str]) -> bytes:
    """The by-hand way: a 2x PNG of each diagram placed on a title-only slide."""
    deck = Presentation()
    for diagram_id in diagram_ids:
        slide = deck.slides.add_slide(deck.slide_layouts[5])
        slide.shapes.title.text = document.diagram_info(diagram_id).name
        png = render_png(document, diagram_id, ExportOptions(format="png", scale=2.0)).data
        slide.shapes.add_picture(io.BytesIO(png), 0, 0)
    data = io.BytesIO()
    deck.save(data)
    return data.getvalue()


def run(repeat: int, smoke: bool = False) -> list[Figure]:
    ensure_app()
    retail = load(RETAIL)
    ids = [d.id for d in retail.diagrams()]
    count = 3 if smoke else 20
    deck_ids = (ids * count)[:count]
    deck_bytes(retail, ids, SlideOptions())  # warm-up: fonts, python-pptx's template
    figures = [
        Figure(
            "slides",
            "deck of the retail example, as shapes",
            f"{count} diagrams",
            measure(lambda: deck_bytes(retail, deck_ids, SlideOptions()), repeat),
            measure(lambda: pictures_on_slides(retail, deck_ids), repeat),
            limit=3.0,
            baseline_name="a PNG per slide",
        )
    ]
    size = 16 if smoke else 46  # 46 shapes: 40 use cases, 4 boundaries, 2 actors
    synthetic, diagram_id = slide_diagram(size)
    usecases = sum(1 for s in synthetic.shapes(diagram_id) if s.element.startswith("u"))
    figures.append(
        Figure(
            "slides",
            "build-up deck",
            f"{usecases} use cases",
            measure(
                lambda: deck_bytes(synthetic, [diagram_id], SlideOptions(sequence="build-up")),
                repeat,
            ),
            measure(lambda: deck_bytes(synthetic, [diagram_id], SlideOptions()), repeat),
            limit=2.0,
            baseline_name="one slide",
        )
    )
    journey = load(JOURNEY)
    figures.append(
        Figure(
            "report",
            "Word report of the full customer journey",
            "template",
            measure(lambda: report_docx(journey), repeat),
            measure(lambda: report_html(journey), repeat),
            limit=3.0,
            baseline_name="HTML report",
        )
    )
    return figures
