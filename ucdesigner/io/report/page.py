"""The report as one self-contained HTML page (inline CSS, diagrams as inline SVG,
nothing fetched), and as Markdown with the diagrams as SVG files beside it."""

from __future__ import annotations

import datetime as _dt
from html import escape

from ... import __version__
from ...l10n import format_date
from ...model import Document
from .content import Report, gather
from .sections import SECTIONS, Output, Section, e, md
from .texts import tr

CSS = """
:root { --ink: #1f2933; --muted: #52606d; --line: #cbd2d9; --soft: #f5f7fa;
  --accent: #1c5d99; --warn: #8a5300; --err: #b42318; }
* { box-sizing: border-box; }
html { font-family: Inter, "Segoe UI", "Helvetica Neue", Arial, "DejaVu Sans", sans-serif;
  color: var(--ink); background: #fff; line-height: 1.5; font-size: 15px; }
body { margin: 0 auto; max-width: 62rem; padding: 2rem 2.5rem 4rem; }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
h1 { font-size: 2.3rem; line-height: 1.15; margin: 0 0 .75rem; }
h2 { font-size: 1.55rem; margin: 0 0 1rem; padding-bottom: .3rem;
  border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.2rem; margin: 0 0 .4rem; }
h4 { font-size: .8rem; text-transform: uppercase; letter-spacing: .06em;
  color: var(--muted); margin: 1.1rem 0 .3rem; }
.title-page { border-bottom: 1px solid var(--line); margin-bottom: 2.5rem;
  padding: 3rem 0 2rem; }
.kicker { text-transform: uppercase; letter-spacing: .12em; color: var(--muted);
  font-size: .8rem; margin: 0 0 .5rem; }
.lead { font-size: 1.15rem; color: var(--muted); max-width: 44rem; }
.facts-line { color: var(--muted); font-size: .9rem; }
nav.toc ol { padding-left: 1.2rem; }
nav.toc li { margin: .15rem 0; }
.chapter { margin: 0 0 3rem; }
figure.diagram { margin: 0 0 2rem; text-align: center; }
figure.diagram svg { width: 100%; height: auto; border: 1px solid var(--line);
  border-radius: 4px; }
figcaption { font-size: .9rem; color: var(--muted); margin-top: .4rem; }
article.usecase { border: 1px solid var(--line); border-radius: 6px;
  padding: 1rem 1.25rem; margin: 0 0 1.25rem; }
article.usecase.full { border-top: 4px solid var(--accent); }
.stereotypes { color: var(--muted); font-size: .9rem; margin: 0; }
.doc { margin: .2rem 0 .6rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem;
  margin: .5rem 0; }
dl.facts dt { font-weight: 600; color: var(--muted); }
dl.facts dd { margin: 0; }
.hint { color: var(--muted); font-size: .85em; }
ol.steps { list-style: none; padding: 0; margin: .2rem 0; }
ol.steps li { display: flex; gap: .6rem; margin: .15rem 0; }
ol.steps .num { min-width: 2.4rem; text-align: right; font-variant-numeric: tabular-nums;
  color: var(--muted); font-weight: 600; }
ol.steps .indent-1 { padding-left: 1.5rem; } ol.steps .indent-2 { padding-left: 3rem; }
ol.steps .indent-3 { padding-left: 4.5rem; } ol.steps .indent-4 { padding-left: 6rem; }
ol.steps .indent-5 { padding-left: 7.5rem; }
dl.extensions dt { font-weight: 600; margin-top: .4rem; }
dl.extensions dt .num { display: inline-block; min-width: 2.4rem; text-align: right;
  margin-right: .6rem; color: var(--muted); }
dl.extensions dd { margin: 0 0 0 1.5rem; }
.point { font-weight: 400; color: var(--muted); }
.missing { color: var(--warn); }
dl.glossary dt { font-weight: 700; font-size: 1.05rem; margin-top: 1rem; }
dl.glossary dd { margin: .1rem 0 0 0; padding-left: 1rem; border-left: 3px solid var(--line); }
dl.glossary p { margin: .15rem 0; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; vertical-align: top;
  text-align: left; }
thead th { background: var(--soft); }
table.matrix td { text-align: center; font-weight: 700; width: 2.2rem; }
table.matrix td.primary { background: #dbe9f6; }
table.matrix td.supporting { background: #eef3f8; }
table.matrix th.actor { vertical-align: bottom; height: 9rem; white-space: nowrap;
  padding: .4rem .2rem; }
table.matrix th.actor span { writing-mode: vertical-rl; transform: rotate(180deg); }
table.matrix tbody th { font-weight: 400; }
.legend { color: var(--muted); font-size: .9rem; }
table.problems td.severity { font-weight: 700; white-space: nowrap; }
tr.error td.severity { color: var(--err); } tr.warning td.severity { color: var(--warn); }
tr.info td.severity { color: var(--muted); }
footer { margin-top: 3rem; color: var(--muted); font-size: .8rem;
  border-top: 1px solid var(--line); padding-top: .6rem; }
@page { size: A4; margin: 16mm 15mm 18mm; }
@media print {
  html { font-size: 10.5pt; }
  body { max-width: none; padding: 0; }
  a { color: inherit; }
  .title-page { min-height: 230mm; display: flex; flex-direction: column;
    justify-content: center; border: none; break-after: page; padding: 0; }
  .chapter { break-before: page; }
  figure.diagram { break-inside: avoid; page-break-inside: avoid; }
  figure.diagram svg { max-height: 225mm; border: none; }
  article.usecase { break-inside: avoid; page-break-inside: avoid; }
  article.usecase.full { break-before: page; break-inside: auto; border: none; padding: 0; }
  h2, h3, h4, dt { break-after: avoid; page-break-after: avoid; }
  tr, li { break-inside: avoid; }
  thead { display: table-header-group; }
  nav.toc a::after { content: ""; }
}
"""


def _sections(report: Report, out: Output) -> list[Section]:
    made = []
    for _name, builder in SECTIONS:
        section = builder(report, out)
        if section is not None:
            made.append(section)
    return made


def _facts_line(report: Report) -> str:
    written = sum(1 for f in report.usecases if f.specification)
    counts = (
        (len(report.usecases), tr("1 use case"), tr("{n} use cases")),
        (len(report.actors), tr("1 actor"), tr("{n} actors")),
        (len(report.document.diagrams()), tr("1 diagram"), tr("{n} diagrams")),
        (written, tr("1 specification"), tr("{n} specifications")),
    )
    return " · ".join(one if n == 1 else many.format(n=n) for n, one, many in counts)


def _generated(report: Report) -> str:
    if report.generated is None:
        return tr("Made with ucdesigner {version}").format(version=__version__)
    return tr("Made with ucdesigner {version} on {date}").format(
        version=__version__, date=format_date(report.generated)
    )


def report_html(document: Document, generated: _dt.date | None = None) -> str:
    """The whole report as one HTML page that needs no other file."""
    report = gather(document, generated)
    sections = _sections(report, Output("html"))
    title = document.name or tr("Use case model")
    toc = "".join(f'<li><a href="#{s.id}">{e(s.title)}</a></li>' for s in sections)
    lead = f'<p class="lead">{e(document.documentation)}</p>' if document.documentation else ""
    chapters = "\n".join(
        f'<section class="chapter" id="{s.id}"><h2>{e(s.title)}</h2>\n{s.body}\n</section>'
        for s in sections
    )
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="generator" content="ucdesigner {escape(__version__)}">'
        f"<title>{e(title)}</title><style>{CSS}</style></head>\n<body>\n"
        f'<header class="title-page"><p class="kicker">{e(tr("Use case model"))}</p>'
        f"<h1>{e(title)}</h1>{lead}"
        f'<p class="facts-line">{e(_facts_line(report))}</p>'
        f'<p class="facts-line">{e(_generated(report))}</p>'
        f'<nav class="toc" aria-label="{e(tr("Contents"))}"><h4>{e(tr("Contents"))}</h4>'
        f"<ol>{toc}</ol></nav></header>\n"
        f"<main>\n{chapters}\n</main>\n"
        f"<footer>{e(_generated(report))}</footer>\n</body></html>\n"
    )


def report_markdown(
    document: Document, asset_folder: str, generated: _dt.date | None = None
) -> tuple[str, dict[str, bytes]]:
    """The report as Markdown, and the files to write beside it (the diagrams as SVG in
    ``asset_folder``, by path relative to the Markdown file)."""
    report = gather(document, generated)
    out = Output("md", asset_folder)
    sections = _sections(report, out)
    title = document.name or tr("Use case model")
    parts = [f"# {md(title)}"]
    if document.documentation:
        parts.append(md(document.documentation))
    parts.append(f"*{md(_facts_line(report))}*  \n*{md(_generated(report))}*")
    parts.append(
        f"**{tr('Contents')}**\n\n"
        + "\n".join(f"{i}. [{md(s.title)}](#{s.id})" for i, s in enumerate(sections, 1))
    )
    for section in sections:
        parts.append(f'<a id="{section.id}"></a>\n\n## {md(section.title)}\n\n{section.body}')
    return "\n\n".join(parts) + "\n", out.files
