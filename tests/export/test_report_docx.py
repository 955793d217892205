"""The Word report: the HTML report's chapters as Word headings, tables and pictures with
alternative text, opened in LibreOffice when it is installed; and the journey's pain
points, touchpoints, emotions and emotion curve in every report format."""

from __future__ import annotations

import re
from pathlib import Path

from docx import Document as WordDocument
from lxml import etree, html

from tests.conftest import run_cli
from tests.export.office import needs_office, pdf_pages_png, pdf_text, to_pdf
from ucdesigner.io.native import load
from ucdesigner.io.report import report_html, report_markdown

ROOT = Path(__file__).resolve().parents[2]
JOURNEY = ROOT / "resources" / "templates" / "full-customer-journey.ucd"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"


def headings(word) -> list[tuple[str, str]]:
    return [
        (p.style.name, p.text)
        for p in word.paragraphs
        if p.style.name.startswith("Heading") or p.style.name == "Title"
    ]


def test_the_word_report_has_the_html_chapters_as_headings(tmp_path, capsys, qapp) -> None:
    out = tmp_path / "report.docx"
    code, printed, err = run_cli(capsys, "report", str(JOURNEY), "-o", str(out))
    assert code == 0, err
    assert printed.strip() == str(out)
    word = WordDocument(str(out))
    page = html.document_fromstring(report_html(load(JOURNEY)))
    chapters = [h.text_content() for h in page.iter("h2")]
    found = headings(word)
    assert found[0] == ("Title", "Customer journey")
    assert [t for s, t in found if s == "Heading 1"] == chapters
    usecases = [h.text_content() for h in page.iter("h3")]
    assert [t for s, t in found if s == "Heading 2"] == usecases
    # Tables: the traceability matrix has a row per use case and a column per actor.
    document = load(JOURNEY)
    matrix = next(t for t in word.tables if t.rows[0].cells[0].text == "Use case")
    assert len(matrix.rows) == 1 + len(list(document.of_kind("usecase")))
    assert len(matrix.columns) == 1 + len(list(document.of_kind("actor")))
    kpis = next(
        t for t in word.tables if [c.text for c in t.rows[0].cells][4:6] == ["Target", "Current"]
    )
    assert any("met (higher is better)" in c.text for r in kpis.rows for c in r.cells)


def test_diagrams_and_the_emotion_curve_are_pictures_with_alt_text(tmp_path, qapp) -> None:
    from ucdesigner.io.describe import describe_diagram
    from ucdesigner.io.report import write_report

    document = load(JOURNEY)
    out = tmp_path / "report.docx"
    write_report(document, out)
    word = WordDocument(str(out))
    frames = [s._inline.docPr for s in word.inline_shapes]
    assert len(frames) == len(document.diagrams()) + 1
    diagram = document.diagrams()[0]
    assert frames[0].get("descr") == describe_diagram(document, diagram.id)
    assert frames[0].get("title") == diagram.name
    assert frames[1].get("descr").startswith("Emotion curve Awareness: +0.5")
    picture = word.inline_shapes[0]
    blob = word.part.related_parts[picture._inline.graphic.graphicData.pic.blipFill.blip.embed].blob
    from PySide6.QtGui import QImage

    image = QImage.fromData(blob, "PNG")
    # High resolution: three pixels per diagram pixel, whatever width it is shown at.
    assert image.width() >= 3 * picture.width / 9525 * 0.99


def test_every_report_tells_the_journey_stage_by_stage(qapp) -> None:
    document = load(JOURNEY)
    page = report_html(document)
    chapter = page[page.index('id="journey"') :]
    chapter = chapter[: chapter.index("</section>")]
    assert "<h3" in chapter and "Emotion across the stages" in chapter
    svg = re.search(r'<figure class="emotion-curve">(<svg.*?</svg>)', chapter)
    assert svg is not None
    root = etree.fromstring(svg[1].encode())
    stages = [s.name for s in document.journey.stages]
    labels = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
    for stage in stages:
        assert stage in " ".join(labels)
    pains = [
        int(t.text)
        for t in root.iter("{http://www.w3.org/2000/svg}text")
        if t.get("fill") == "#b42318"
    ]
    assert sum(pains) == sum(len(s.pain_points) for s in document.journey.stages) + sum(
        len(u.journey.pain_points) for u in document.of_kind("usecase")
    )
    for usecase in document.of_kind("usecase"):
        for pain in usecase.journey.pain_points:
            assert pain in chapter
        if usecase.journey.touchpoints:
            assert ", ".join(usecase.journey.touchpoints) in chapter
    for stage in document.journey.stages:
        for pain in stage.pain_points:
            assert pain in chapter
    assert "−2 (very negative)" in chapter  # Contact Support
    text, files = report_markdown(document, "r-diagrams")
    assert "### Emotion across the stages" in text
    assert "![Emotion curve](r-diagrams/emotion-curve.svg)" in text
    assert files["r-diagrams/emotion-curve.svg"].startswith(b"<svg")
    assert "| Contact Support | phone, chat, email | −2 (very negative) |" in text


@needs_office
def test_libreoffice_opens_the_word_report(tmp_path, qapp) -> None:
    from ucdesigner.io.report import write_report

    document = load(JOURNEY)
    out = tmp_path / "report.docx"
    write_report(document, out)
    pdf = to_pdf(out)
    text = pdf_text(pdf)
    for element in [*document.of_kind("usecase"), *document.of_kind("actor")]:
        assert element.name in text
    assert "Emotion across the stages" in text and "Model check results" in text
    pages = pdf_pages_png(pdf, dpi=30)
    assert len(pages) >= 6  # a title page, then each chapter on a new page
