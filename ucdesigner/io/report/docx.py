"""The report as a Word document (.docx): the HTML report's chapters, read back from
the page the HTML writer makes, so they are written once. Headings are Word's own
heading styles (the navigation pane and a table of contents work), tables are Word
tables, and each diagram is a high-resolution picture with its description as
alternative text; the report's charts (SVG in the page) become pictures too."""

from __future__ import annotations

import datetime as _dt
import io
import re

from docx import Document as WordDocument
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Inches, Pt, RGBColor
from lxml import etree, html

from ...model import Document
from ..describe import describe_diagram
from ..render import ExportOptions, render_png
from ..render.geometry import used_font_family
from ..render.svg_picture import svg_to_png
from .page import report_html

TEXT_WIDTH = Inches(6.3)
"""A4 less the margins."""
DIAGRAM_SCALE = 3.0
"""Diagram pictures at 288 dpi: sharp in print."""
HEADINGS = {"h1": 0, "h2": 1, "h3": 2, "h4": 3}
BLOCKS = {"p", "h1", "h2", "h3", "h4", "ul", "ol", "dl", "table", "figure", "footer"}
CONTAINERS = {"section", "article", "main", "header", "div", "nav", "body"}
BACKGROUND = re.compile(r"background:\s*#([0-9a-fA-F]{6})")
MUTED = RGBColor(0x52, 0x60, 0x6D)


def report_docx(document: Document, generated: _dt.date | None = None) -> bytes:
    """The whole report as the bytes of a .docx file."""
    page = html.document_fromstring(report_html(document, generated))
    writer = _Writer(document)
    body = page.find("body")
    assert body is not None
    writer.container(body)
    data = io.BytesIO()
    writer.word.save(data)
    return data.getvalue()


class _Writer:
    """Walks the HTML report and writes Word paragraphs, tables and pictures."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.word = WordDocument()
        section = self.word.sections[0]
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2.0)
        section.top_margin = section.bottom_margin = Cm(2.0)
        family = used_font_family()
        for name in ("Normal", "Title", "Heading 1", "Heading 2", "Heading 3", "Caption"):
            style = self.word.styles[name]
            style.font.name = family
            fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
            for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
                fonts.set(qn(attribute), family)
        self.word.styles["Normal"].font.size = Pt(10.5)

    # ------------------------------------------------------------------ blocks

    def container(self, element) -> None:
        for child in element:
            if not isinstance(child.tag, str):
                continue
            classes = set((child.get("class") or "").split())
            if child.tag == "nav":
                self.contents(child)
            elif child.tag in CONTAINERS:
                if child.tag == "section" and "chapter" in classes:
                    self.word.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
                self.container(child)
            elif child.tag in BLOCKS:
                self.block(child, classes)

    def block(self, element, classes: set[str]) -> None:
        tag = element.tag
        if tag in HEADINGS:
            self.word.add_heading(_text(element).strip(), HEADINGS[tag])
        elif tag in ("p", "footer"):
            paragraph = self.word.add_paragraph()
            self.inline(paragraph, element)
            if classes & {"kicker", "facts-line", "legend", "stereotypes", "hint"} or (
                tag == "footer"
            ):
                for run in paragraph.runs:
                    run.font.color.rgb = MUTED
            if "lead" in classes:
                for run in paragraph.runs:
                    run.font.size = Pt(13)
        elif tag in ("ul", "ol"):
            self.items(element, classes)
        elif tag == "dl":
            self.definitions(element, classes)
        elif tag == "table":
            self.table(element)
        elif tag == "figure":
            self.figure(element, classes)

    def contents(self, nav) -> None:
        heading = nav.find(".//h4")
        if heading is not None:
            self.word.add_heading(_text(heading).strip(), 3)
        for number, item in enumerate(nav.iter("li"), start=1):
            self.word.add_paragraph(f"{number}. {_text(item).strip()}")

    def items(self, element, classes: set[str]) -> None:
        steps = "steps" in classes
        style = "List Bullet" if element.tag == "ul" else "List Number"
        for item in element.findall("li"):
            if steps:
                paragraph = self.word.add_paragraph()
                indent = re.search(r"indent-(\d)", item.get("class") or "")
                paragraph.paragraph_format.left_indent = Cm(0.8 * int(indent[1]) if indent else 0)
                number = item.find("span[@class='num']")
                if number is not None:
                    paragraph.add_run(_text(number) + "  ").bold = True
                    rest = [s for s in item.findall("span") if s is not number]
                    for span in rest:
                        self.inline(paragraph, span)
                else:
                    self.inline(paragraph, item)
            else:
                paragraph = self.word.add_paragraph(style=style)
                self.inline(paragraph, item)

    def definitions(self, element, classes: set[str]) -> None:
        pairs: list[tuple[object, object | None]] = []
        for child in element:
            if child.tag == "dt":
                pairs.append((child, None))
            elif child.tag == "dd" and pairs:
                pairs[-1] = (pairs[-1][0], child)
        if "facts" in classes:
            table = self.word.add_table(rows=0, cols=2)
            table.style = "Table Grid"
            for term, value in pairs:
                cells = table.add_row().cells
                run = cells[0].paragraphs[0].add_run(_text(term).strip())
                run.bold = True
                if value is not None:
                    self.inline(cells[1].paragraphs[0], value)
            _column_widths(table, [Cm(4.2), Cm(12.8)])
            self.word.add_paragraph()
            return
        for term, value in pairs:
            paragraph = self.word.add_paragraph()
            self.inline(paragraph, term, bold=True)
            paragraph.paragraph_format.keep_with_next = True
            if value is None:
                continue
            if any(isinstance(c.tag, str) and c.tag in BLOCKS for c in value):
                self.container_in(value)
            elif _text(value).strip():
                inner = self.word.add_paragraph()
                inner.paragraph_format.left_indent = Cm(0.8)
                self.inline(inner, value)

    def container_in(self, element) -> None:
        """Blocks inside a definition (a glossary entry, an extension's steps)."""
        for child in element:
            if isinstance(child.tag, str) and child.tag in BLOCKS:
                self.block(child, set((child.get("class") or "").split()))

    def table(self, element) -> None:
        rows = element.findall(".//tr")
        if not rows:
            return
        columns = max(len([c for c in r if c.tag in ("td", "th")]) for r in rows)
        table = self.word.add_table(rows=0, cols=columns)
        table.style = "Table Grid"
        for row in rows:
            head = row.getparent().tag == "thead"
            cells = table.add_row().cells
            for cell, source in zip(cells, [c for c in row if c.tag in ("td", "th")], strict=False):
                self.inline(cell.paragraphs[0], source, bold=head or source.tag == "th")
                colour = BACKGROUND.search(source.get("style") or "")
                if colour:
                    _shade(cell, colour[1])
                elif head:
                    _shade(cell, "f5f7fa")
            if head:
                _repeat_header(table.rows[-1])
        self.word.add_paragraph()

    def figure(self, element, classes: set[str]) -> None:
        caption = element.find("figcaption")
        ident = element.get("id") or ""
        if "diagram" in classes and ident.startswith("diagram-"):
            diagram_id = ident.removeprefix("diagram-")
            png = render_png(
                self.document, diagram_id, ExportOptions(format="png", scale=DIAGRAM_SCALE)
            )
            width_px = png.width / DIAGRAM_SCALE
            alt = describe_diagram(self.document, diagram_id)
            self.picture(png.data, width_px, alt, self.document.diagram_info(diagram_id).name)
        else:
            svg = element.find(".//svg")
            if svg is None:
                return
            data = etree.tostring(svg)
            png, width, _height = svg_to_png(data, DIAGRAM_SCALE)
            title = svg.find("title")
            desc = svg.find("desc")
            alt = " ".join(_text(t).strip() for t in (title, desc) if t is not None)
            self.picture(png, width, alt, _text(title).strip() if title is not None else "")
        if caption is not None:
            paragraph = self.word.add_paragraph(style="Caption")
            self.inline(paragraph, caption)

    def picture(self, png: bytes, width_px: float, alt: str, title: str) -> None:
        width = min(TEXT_WIDTH, Inches(width_px / 96))
        self.word.add_picture(io.BytesIO(png), width=width)
        shape = self.word.inline_shapes[-1]
        properties = shape._inline.docPr
        properties.set("descr", alt)
        if title:
            properties.set("title", title)
        self.word.paragraphs[-1].paragraph_format.keep_with_next = True

    # ------------------------------------------------------------------ inline

    def inline(self, paragraph, element, bold: bool = False, italic: bool = False) -> None:
        """The text of ``element`` as runs of ``paragraph``: bold, italic and line
        breaks kept, links as their text."""
        if element.text:
            _run(paragraph, element.text, bold, italic)
        for child in element:
            if isinstance(child.tag, str):
                if child.tag == "br":
                    paragraph.add_run().add_break()
                elif child.tag == "svg":
                    pass
                else:
                    self.inline(
                        paragraph,
                        child,
                        bold or child.tag in ("b", "strong", "th", "dt"),
                        italic or child.tag in ("i", "em", "small"),
                    )
            if child.tail:
                _run(paragraph, child.tail, bold, italic)


def _run(paragraph, text: str, bold: bool, italic: bool) -> None:
    text = re.sub(r"\s+", " ", text)
    if not text:
        return
    run = paragraph.add_run(text)
    run.bold = bold or None
    run.italic = italic or None


def _text(element) -> str:
    return "".join(element.itertext())


def _shade(cell, colour: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), colour)
    cell._tc.get_or_add_tcPr().append(shading)


def _repeat_header(row) -> None:
    """The header row repeats on every page the table runs over."""
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(flag)


def _column_widths(table, widths) -> None:
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=False):
            cell.width = width
