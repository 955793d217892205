"""The report's customer journey chapter: coverage, gaps in words, KPIs."""

from __future__ import annotations

from pathlib import Path

from ucdesigner.io.native import load
from ucdesigner.io.report import report_html, report_markdown
from ucdesigner.model import Actor, Association, Document, UseCase

ROOT = Path(__file__).resolve().parents[2]


def test_the_report_of_a_journey_has_the_coverage_and_the_kpis(qapp) -> None:
    document = load(ROOT / "resources" / "templates" / "full-customer-journey.ucd")
    html = report_html(document)
    chapter = html[html.index('id="journey"') :]
    chapter = chapter[: chapter.index("</section>")]
    assert "<h2>Customer journey</h2>" in chapter
    assert "8 empty cells." in chapter
    assert chapter.count("— no use case —") == 8  # gaps in words, not by colour alone
    assert '<a href="#uc-uc_place_order">Place Order</a>' in chapter
    assert "Advocacy<br><small>1 pain point</small>" in chapter
    assert "Checkout conversion" in chapter and "met (higher is better)" in chapter
    assert html.index('id="traceability"') < html.index('id="journey"') < html.index('id="checks"')


def test_the_markdown_report_has_it_too(qapp) -> None:
    document = load(ROOT / "resources" / "templates" / "post-purchase-support.ucd")
    text, _files = report_markdown(document, "report-diagrams")
    assert "## Customer journey" in text
    assert "| Delivery<br>*1 pain point* |" in text
    assert "*— no use case —*" in text
    assert "### KPIs by stage and perspective" in text


def test_a_model_without_journey_data_has_no_journey_chapter(qapp) -> None:
    document = Document("Plain")
    document.add(Actor(id="a", name="Buyer"), UseCase(id="u", name="Buy"))
    document.add(Association(id="r", source="a", target="u"))
    assert 'id="journey"' not in report_html(document)
