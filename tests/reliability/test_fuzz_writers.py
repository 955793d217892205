"""Fuzzing the writers: names and texts that try to break out of what they are written
into (control characters, bidirectional overrides, 1 MB texts, markup, spreadsheet
formulas, PlantUML commands) go through every exporter, and each output is read back
with its own reader: lxml for SVG and XMI, the csv module, our PlantUML reader, Qt for
PNG and the clipboard. In the HTML report and the SVG nothing can run in a browser."""

from __future__ import annotations

import csv
import io
import json
import re

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from lxml import etree, html
from PySide6.QtGui import QImage

from ucdesigner.io.coverage_csv import coverage_csv
from ucdesigner.io.native import dumps, loads
from ucdesigner.io.plantuml import parse_plantuml, to_plantuml
from ucdesigner.io.render import ExportOptions, render_pdf, render_png, render_svg
from ucdesigner.io.report import report_html, report_markdown
from ucdesigner.io.xmi import DIALECTS, dumps_xmi, read_xmi_bytes
from ucdesigner.model import (
    Actor,
    Association,
    Comment,
    CommentLink,
    DiagramInfo,
    Document,
    Edge,
    Extend,
    Shape,
    Subject,
    UseCase,
)
from ucdesigner.model.coverage import coverage
from ucdesigner.model.journey import JourneyStep, Kpi

HOSTILE_PIECES = [
    "\x00", "\x07", "\x1b[2J", "\x1b]0;title\x07", "\r", "\r\n", "\x0b", "\x0c", "\x7f",
    "\x85", "\x9b", "\u2028", "\u2029", "\u202e", "\u2066", "\ufeff", "\ufffe", "\uffff",
    "\ud800", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "]]>", "<!--",
    "&amp;", "&#0;", "&xxe;", '"', "'", "\\", "\\n", "C:\\new folder", "javascript:alert(1)",
    "=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\n@enduml\n",
    "\n!include /etc/passwd\n", "x>>", "<<include>>", "}", "{", "`", "*", "_", "#", "[x](y)",
    "|", "$(rm -rf /)", "\U0001f600", "é",
]  # fmt: skip
RENDER_CASES = 6
TEXT_CASES = 40
QUICK = {
    "deadline": None,
    "suppress_health_check": list(HealthCheck),
    "phases": (Phase.explicit, Phase.reuse, Phase.generate),  # shrinking 1 MB texts is slow
}
RENDERS = settings(max_examples=RENDER_CASES, **QUICK)
TEXTS = settings(max_examples=TEXT_CASES, **QUICK)

pieces = st.lists(st.sampled_from(HOSTILE_PIECES) | st.text(max_size=6), min_size=1, max_size=6)
hostile = pieces.map("".join)
huge = st.sampled_from(["", "x" * 1_000_000, "\x1b" * 200_000 + "<script>" * 1000])


def hostile_document(texts: list[str], big: str) -> Document:
    """Every kind of text the outputs carry, filled with ``texts``; ``big`` (up to 1 MB)
    is the documentation (reports, XMI, .ucd) and starts the note drawn on the diagram."""
    t = (texts * 12)[:12]
    doc = Document(t[0])
    doc.set_info(documentation=big)
    doc.add(
        Subject(id="s", name=t[1], stereotypes=(t[2],)),
        Actor(id="a", name=t[3] or "a", documentation=big),
        UseCase(
            id="u",
            name=t[4] or "u",
            subjects=("s",),
            journey=JourneyStep(
                stage="stage_purchase",
                pain_points=(t[5],) if t[5].strip() else (),
                kpis=(Kpi(name=t[6] or "k", perspective="customer", target=1),),
            ),
        ),
        UseCase(id="v", name=t[7] or "v", subjects=("s",)),
        Comment(id="c", body=t[8] + big[:10_000]),  # drawn: a page of text, not a book
    )
    doc.add(
        Association(id="r", source="a", target="u", name=t[9]),
        Extend(id="x", source="v", target="u", condition=t[10]),
        CommentLink(id="l", source="c", target="a"),
    )
    doc.add_diagram(DiagramInfo(id="d", name=t[11] or "d"))
    doc.add_shapes(
        "d",
        [
            Shape(element="s", x=200, y=20, width=320, height=360),
            Shape(element="a", x=20, y=120, width=60, height=100),
            Shape(element="u", x=260, y=80, width=200, height=80),
            Shape(element="v", x=260, y=240, width=200, height=80),
            Shape(element="c", x=20, y=300, width=140, height=80),
        ],
    )
    doc.add_edges("d", [Edge(element=e) for e in ("r", "x", "l")])
    return doc


def no_active_content(root) -> None:
    """Nothing in a parsed SVG or HTML tree that a browser would run."""
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        assert etree.QName(element).localname.lower() not in ("script", "iframe", "object")
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), name
            assert not value.strip().lower().startswith("javascript:"), value


@RENDERS
@given(st.lists(hostile, min_size=12, max_size=12), huge)
def test_pictures(texts: list[str], big: str) -> None:
    doc = hostile_document(texts, big)
    svg = render_svg(doc, "d", ExportOptions(format="svg")).data
    no_active_content(etree.fromstring(svg))
    png = render_png(doc, "d", ExportOptions(format="png", scale=1)).data
    assert not QImage.fromData(png, "PNG").isNull()
    selection = render_png(doc, "d", ExportOptions(format="png", ids=["a", "u", "r"])).data
    assert not QImage.fromData(selection, "PNG").isNull()  # what Copy as Image puts out
    assert render_pdf(doc, "d", ExportOptions(format="pdf")).data.startswith(b"%PDF")


@RENDERS
@given(st.lists(hostile, min_size=12, max_size=12), huge)
def test_reports(texts: list[str], big: str) -> None:
    doc = hostile_document(texts, big)
    page = report_html(doc)
    tree = html.document_fromstring(page)
    for element in tree.iter("script"):  # the report's own script, if any, is not ours
        assert not any(t for t in texts if t.strip() and t in (element.text or ""))
    for element in tree.iter():
        if isinstance(element.tag, str) and element.tag != "script":
            for name, value in element.attrib.items():
                assert not name.lower().startswith("on"), name
                assert not value.strip().lower().startswith("javascript:"), value
    text, files = report_markdown(doc, "doc-diagrams")
    raw_markup = re.search(r"(?<!\\)<(script|img)", text)  # ``\<`` is escaped text
    assert raw_markup is None, text[raw_markup.start() - 100 : raw_markup.end() + 40]
    for data in files.values():
        no_active_content(etree.fromstring(data))


@TEXTS
@given(st.lists(hostile, min_size=12, max_size=12))
def test_csv_plantuml_and_native(texts: list[str]) -> None:
    doc = hostile_document(texts, "")
    rows = list(csv.reader(io.StringIO(coverage_csv(coverage(doc)), newline="")))
    for cell in (c for row in rows for c in row):
        assert not cell.startswith(("=", "+", "@", "\t", "\r")) or cell.lstrip("+-").isdigit()
    text = to_plantuml(doc)
    lines = text.splitlines()
    assert [line for line in lines if line.strip().startswith("@")] == ["@startuml", "@enduml"]
    assert not any(line.strip().startswith("!") for line in lines)
    model = parse_plantuml(text)
    assert model.problems == []
    assert sorted(n.name for n in model.nodes.values()) == sorted(
        (n.name.strip() or n.id) for n in doc.nodes() if n.kind != "comment"
    )  # a nameless element is written by its id
    assert loads(dumps(doc)).to_data() == doc.to_data()
    json.loads(dumps(doc))


@TEXTS
@given(st.lists(hostile, min_size=12, max_size=12), st.sampled_from(sorted(DIALECTS)), huge)
def test_xmi(texts: list[str], dialect: str, big: str) -> None:
    doc = hostile_document(texts, big)
    data = dumps_xmi(doc, dialect)
    etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    again = read_xmi_bytes(data, f"fuzzed.{dialect}").data
    assert {e.id for e in again.elements} == {n.id for n in doc.nodes()}
    assert again.documentation == doc.to_data().documentation
