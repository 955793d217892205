"""The report: one self-contained HTML file (checked with lxml, and rendered by headless
Chromium when it is installed), the Markdown variant with its diagrams beside it, and
the ``report`` command."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from lxml import etree, html
from PySide6.QtGui import QImage

from ucdesigner.cli import main
from ucdesigner.io.native import load
from ucdesigner.io.report import report_html, report_markdown, write_report
from ucdesigner.model import Actor, UseCase

from .helpers import EXAMPLES, needs_chromium, run_chromium

DAY = dt.date(2025, 3, 14)
SVG_NS = "http://www.w3.org/2000/svg"


@pytest.fixture(scope="module")
def support():
    return load(EXAMPLES / "post-purchase-support.ucd")


@pytest.fixture(scope="module")
def page(qapp, support):
    return report_html(support, DAY)


def tree(text: str):
    return html.fromstring(text.encode("utf-8"))


def test_the_page_stands_alone(page) -> None:
    root = tree(page)
    assert not root.xpath("//link | //script | //img | //iframe | //object")
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for name, value in element.attrib.items():
            if name.endswith("href"):
                assert value.startswith("#"), value
    assert "url(http" not in page and "@import" not in page
    ids = [e.get("id") for e in root.iter() if isinstance(e.tag, str) and e.get("id")]
    assert len(ids) == len(set(ids)), "ids are unique across the inline diagrams"
    assert all(a.get("href")[1:] in ids for a in root.xpath("//a[@href]"))


def test_title_page_and_chapters(page) -> None:
    root = tree(page)
    assert root.findtext(".//title") == "Post-purchase support"
    header = root.xpath("//header[@class='title-page']")[0]
    assert header.findtext("h1") == "Post-purchase support"
    assert "6 use cases · 3 actors · 1 diagram · 3 specifications" in header.text_content()
    assert "2025-03-14" in header.text_content()
    chapters = [s.get("id") for s in root.xpath("//section[@class='chapter']")]
    assert chapters == ["diagrams", "use-cases", "actors", "traceability", "checks"]
    assert [a.get("href") for a in header.xpath(".//nav//a")] == [f"#{c}" for c in chapters]


def test_each_diagram_is_inline_svg_from_the_render_path(page) -> None:
    root = tree(page)
    (figure,) = root.xpath("//figure[@class='diagram']")
    svg = figure.xpath(".//*[local-name()='svg']")[0]
    # (the HTML parser lowercases attribute names; browsers restore SVG's spelling)
    assert svg.get("viewbox") == "0 0 902 682" and svg.get("width") is None
    texts = {t.text for t in svg.iter() if isinstance(t.tag, str) and t.tag.endswith("text")}
    assert {"Contact Support", "Customer", "Support Agent"} <= texts
    assert svg.get("aria-labelledby") == "d1-title d1-desc"


def test_a_specification_reads_like_a_page(page) -> None:
    root = tree(page)
    article = root.xpath("//article[@id='uc-uc_contact_support']")[0]
    assert "full" in article.get("class")
    facts = dict(
        zip(
            [dt_.text_content() for dt_ in article.xpath("./dl[@class='facts']/dt")],
            [dd.text_content() for dd in article.xpath("./dl[@class='facts']/dd")],
            strict=True,
        )
    )
    assert facts["Goal"] == "Get a question or a problem with an order solved by a person."
    assert facts["Primary actors"] == "Customer" and facts["Supporting actors"] == "Support Agent"
    assert facts["Extended by"].startswith("Escalate to Specialist (when the first contact")
    steps = [li.text_content() for li in article.xpath("./ol[@class='steps']/li")]
    assert steps[0] == "1The customer chooses a channel and describes the problem."
    extensions = [d.text_content() for d in article.xpath(".//dl[@class='extensions']/dt")]
    assert extensions[0] == "4a The issue is still unresolved at extension point “Issue unresolved”"
    assert extensions[1].startswith("*a The customer leaves the chat")
    derived = root.xpath("//article[@id='uc-uc_request_return']//span[@class='hint']")
    assert derived and "from the associations" in derived[0].text


def test_actor_glossary_and_traceability_matrix(page) -> None:
    root = tree(page)
    glossary = root.xpath("//dl[@class='glossary']/dt")
    assert [d.text.strip() for d in glossary] == [
        "Customer",
        "Self-service Portal",
        "Support Agent",
    ]
    matrix = root.xpath("//table[@class='matrix']")[0]
    actors = [th.text_content() for th in matrix.xpath(".//thead/tr/th[@class='actor']")]
    assert actors == ["Customer", "Self-service Portal", "Support Agent"]
    rows = {
        tr.xpath("./th")[0].text_content(): [td.text_content() for td in tr.xpath("./td")]
        for tr in matrix.xpath(".//tbody/tr")
    }
    assert rows["Contact Support"] == ["P", "", "S"]
    assert rows["Escalate to Specialist"] == ["", "", "P"]
    assert rows["Verify Purchase"] == ["", "", ""]
    assert matrix.xpath(".//td[@class='supporting']")[0].get("title") == "supporting actor"


def test_check_results_name_the_element(qapp, support) -> None:
    document = support.copy()
    document.add(UseCase(id="lonely", name="Order Tracking"), Actor(id="nobody", name="Auditor"))
    root = tree(report_html(document, DAY))
    rows = [
        [td.text_content() for td in tr.xpath("./td")]
        for tr in root.xpath("//table[@class='problems']/tbody/tr")
    ]
    assert ["Warning", "Order Tracking"] in [r[:2] for r in rows]
    assert ["Warning", "Auditor"] in [r[:2] for r in rows]
    assert root.xpath("//section[@id='checks']/p[@class='summary']")[0].text.startswith(
        "0 errors, 3 warnings"
    )


def test_names_are_escaped(qapp) -> None:
    from ucdesigner.model import Document

    document = Document("<b>Shop</b> & co")
    document.add(UseCase(id="u", name="<script>alert(1)</script>"))
    page = report_html(document, DAY)
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert tree(page).findtext(".//h1") == "<b>Shop</b> & co"


def test_markdown_with_the_diagrams_beside_it(qapp, support, tmp_path) -> None:
    written = write_report(support, tmp_path / "handout.md", generated=DAY)
    text = (tmp_path / "handout.md").read_text()
    assert written == [
        tmp_path / "handout.md",
        tmp_path / "handout-diagrams/Post-purchase support.svg",
    ]
    (link,) = re.findall(r"!\[[^]]*\]\(([^)]+)\)", text)
    picture = tmp_path / link.replace("%20", " ")
    assert picture.is_file()
    assert etree.fromstring(picture.read_bytes()).tag == f"{{{SVG_NS}}}svg"
    assert text.startswith("# Post-purchase support\n")
    assert "**1.** The customer chooses a channel and describes the problem." in text
    assert "&emsp;**6.** The customer prints the label" in text
    assert "**4a.** The issue is still unresolved (at extension point “Issue unresolved”)" in text
    assert "**\\*a.** The customer leaves the chat  \n&emsp;**\\*a1.** The shop e-mails" in text
    assert "| Contact Support | P |  | S |" in text
    assert "No problems found" in text


def test_markdown_gives_its_files_to_the_caller(qapp, support) -> None:
    _text, files = report_markdown(support, "pics", DAY)
    assert list(files) == ["pics/Post-purchase support.svg"]


@needs_chromium
def test_chromium_renders_and_prints_it(qapp, support, tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    write_report(support, target, generated=DAY)
    shot = tmp_path / "shot.png"
    run_chromium(f"--screenshot={shot}", "--window-size=1200,1600", target.as_uri())
    image = QImage(str(shot))
    assert image.width() == 1200
    # Something is drawn: the title in dark ink on white.
    dark = sum(
        1
        for y in range(0, image.height(), 4)
        for x in range(0, image.width(), 4)
        if image.pixelColor(x, y).lightness() < 80
    )
    assert dark > 200
    pdf = tmp_path / "report.pdf"
    run_chromium(f"--print-to-pdf={pdf}", "--no-pdf-header-footer", target.as_uri())
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes()))
    # title page, the diagram, the use cases, actors, matrix, checks: several pages
    assert pages >= 5


def test_report_command(capsys, tmp_path) -> None:
    out = tmp_path / "model.html"
    assert main(["report", str(EXAMPLES / "online-shop-intent.ucd"), "-o", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert tree(out.read_text()).findtext(".//h1") == "Online shop: intent phase"
    md = tmp_path / "notes.txt"
    assert (
        main(["report", str(EXAMPLES / "online-shop-intent.ucd"), "-o", str(md), "--format", "md"])
        == 0
    )
    assert "and 1 diagram beside it" in capsys.readouterr().out
    assert (tmp_path / "notes-diagrams" / "Intent phase.svg").is_file()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-o", "{tmp}/report.pdf"], "cannot tell the format from the name"),
        (["-o", "{tmp}/missing/report.html"], "no such folder"),
        (["-o", "{tmp}"], "is a folder"),
        (["-o", "{tmp}/r.html", "--format", "rtf"], "invalid choice"),
    ],
)
def test_report_command_errors_are_one_line(capsys, tmp_path, args, message) -> None:
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    if args[1] == str(tmp_path):
        args[1] = str(tmp_path) + "/"
        (tmp_path / "x.html").mkdir()
        args[1] = str(tmp_path / "x.html")
    code = main(["report", str(EXAMPLES / "post-purchase-support.ucd"), *args])
    _, err = capsys.readouterr()
    assert code == 2 and message in err and err.count("\n") == 1


def test_report_of_a_broken_file_is_one_line(capsys, tmp_path) -> None:
    broken = tmp_path / "broken.ucd"
    broken.write_text(
        '{"format": "ucdesigner", "version": 1, "relationships": '
        '[{"kind": "include", "id": "r", "source": "a", "target": "b"}]}'
    )
    code = main(["report", str(broken), "-o", str(tmp_path / "r.html")])
    _, err = capsys.readouterr()
    assert code == 2 and err.startswith("ucdesigner: error:") and err.count("\n") == 1
