"""The changes between two versions of a model as a file: Markdown, JSON, or one
self-contained HTML page with each changed diagram drawn with its changes marked (the
pictures come from ``io.render.diff_picture``, the page style from ``io.report``)."""

from __future__ import annotations

import json
import os
from html import escape
from pathlib import Path

from ..model.compare import DiagramDiff, DocumentDiff
from .atomic import atomic_write_bytes

FORMATS = {".html": "html", ".htm": "html", ".md": "md", ".json": "json"}


class DiffReportError(Exception):
    """A comparison that cannot be written; one sentence for the user."""


def diff_format(path: str | os.PathLike[str]) -> str:
    """The format a comparison file is written in, from its suffix."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise DiffReportError(f"{path}: write the changes to a .html, .md or .json file")
    return FORMATS[suffix]


def write_diff(
    changes: DocumentDiff,
    path: str | os.PathLike[str],
    fmt: str | None = None,
    names: tuple[str, str] = ("old", "new"),
) -> None:
    """Write the comparison to ``path`` (atomically) as html, md or json."""
    fmt = fmt or diff_format(path)
    if fmt == "json":
        text = json.dumps(
            {"old": names[0], "new": names[1], **changes.to_json()}, indent=2, ensure_ascii=False
        )
    elif fmt == "md":
        text = diff_markdown(changes, names)
    else:
        text = diff_html(changes, names)
    try:
        atomic_write_bytes(path, (text + "\n").encode("utf-8"))
    except OSError as error:
        raise DiffReportError(f"{path}: cannot be written ({error.strerror or error})") from None


def _groups(changes: DocumentDiff) -> list[tuple[str, list[str]]]:
    old_names = {e.id: e for e in changes.old.elements}
    new_names = {e.id: e for e in changes.new.elements}
    return [
        ("The model", [f"{c.words()[0].upper()}{c.words()[1:]}." for c in changes.document]),
        ("Elements", [d.sentence(old_names, new_names) for d in changes.elements]),
        ("Relationships", [d.sentence(old_names, new_names) for d in changes.relationships]),
    ]


def diff_markdown(changes: DocumentDiff, names: tuple[str, str]) -> str:
    """The comparison as Markdown: the model changes, then one list per diagram."""
    lines = [f"# Changes in {changes.new.name}", "", f"From `{names[0]}` to `{names[1]}`.", ""]
    if changes.empty:
        lines.append("No changes.")
    for heading, items in _groups(changes):
        if items:
            lines += [f"## {heading}", "", *(f"- {item}" for item in items), ""]
    if changes.diagrams:
        lines += ["## Diagrams", ""]
        for diagram in changes.diagrams:
            lines += [f"### {diagram.name or diagram.id}", ""]
            lines += [f"- {item}" for item in diagram_items(changes, diagram)] + [""]
    return "\n".join(lines).rstrip("\n")


def diagram_items(changes: DocumentDiff, diagram: DiagramDiff) -> list[str]:
    """One line per changed shape or line of a diagram ("Contact Support: moved")."""
    if diagram.status != "changed":
        return [f"The diagram was {diagram.status}."]
    old = {e.id: e for e in (*changes.old.elements, *changes.old.relationships)}
    new = {e.id: e for e in (*changes.new.elements, *changes.new.relationships)}
    from ..model.compare.words import relationship_clause, title

    items = [f"{c.words()[0].upper()}{c.words()[1:]}." for c in diagram.fields]
    for shape in diagram.shapes:
        element = new.get(shape.element) or old.get(shape.element)
        name = title(element) if element else shape.element
        items.append(f"{name}: {', '.join(shape.aspects)}.")
    node_names = {**old, **new}
    for edge in diagram.edges:
        rel = new.get(edge.element) or old.get(edge.element)
        name = relationship_clause(rel, node_names, connective="") if rel else edge.element  # type: ignore[arg-type]
        items.append(f"Line {name}: {', '.join(edge.aspects)}.")
    return items


def diff_html(changes: DocumentDiff, names: tuple[str, str]) -> str:
    """One self-contained page: the model changes and each changed diagram drawn with
    its changes marked, the list of them beside it."""
    from .render.diff_picture import diff_svg
    from .report.page import CSS
    from .report.svg_inline import inline_svg

    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>Changes in {escape(changes.new.name)}</title>",
        f"<style>{CSS}{DIFF_CSS}</style></head><body>",
        f"<h1>Changes in {escape(changes.new.name)}</h1>",
        f'<p class="lead">From <code>{escape(names[0])}</code> to '
        f"<code>{escape(names[1])}</code>.</p>",
    ]
    if changes.empty:
        parts.append("<p>No changes.</p>")
    for heading, items in _groups(changes):
        if items:
            parts.append(f"<h2>{escape(heading)}</h2><ul class='changes'>")
            parts += [f"<li>{escape(item)}</li>" for item in items]
            parts.append("</ul>")
    if changes.diagrams:
        parts.append("<h2>Diagrams</h2>" + LEGEND)
    for index, diagram in enumerate(changes.diagrams):
        parts.append(
            f"<section class='diagram-change'><h3>{escape(diagram.name or diagram.id)}</h3>"
        )
        parts.append("<div class='side-by-side'>")
        svg = diff_svg(changes, diagram)
        if svg is not None:
            parts.append(f"<figure class='diagram'>{inline_svg(svg, f'd{index}')}</figure>")
        parts.append("<ul class='changes'>")
        parts += [f"<li>{escape(item)}</li>" for item in diagram_items(changes, diagram)]
        parts.append("</ul></div></section>")
    parts.append("</body></html>")
    return "\n".join(parts)


LEGEND = (
    "<p class='legend'><span class='key added'>added</span> outlined in green · "
    "<span class='key removed'>removed</span> as a red ghost · "
    "<span class='key moved'>moved</span> old place faint, arrow to the new one · "
    "<span class='key restyled'>restyled / resized</span> outlined in orange</p>"
)

DIFF_CSS = """
body { max-width: 90rem; }
.side-by-side { display: grid; grid-template-columns: minmax(0, 3fr) minmax(14rem, 1fr);
  gap: 1.5rem; align-items: start; }
ul.changes li { margin: .2rem 0; }
.key { font-weight: 700; padding: 0 .3rem; border-radius: 3px; }
.key.added { color: #11692f; border: 2px solid #1a8a3e; }
.key.removed { color: #b42318; border: 2px dashed #b42318; }
.key.moved { color: #52606d; border: 2px dashed #9aa5b1; }
.key.restyled { color: #8a5300; border: 2px solid #d97706; }
@media (max-width: 60rem) { .side-by-side { grid-template-columns: 1fr; } }
"""
