"""The chapters of the report, each written as HTML and as Markdown.

A chapter is made by a builder ``builder(report, out) -> Section | None``; features add
their own with ``register`` (a customer journey coverage view, for instance). ``out``
says which format is written and collects the files a Markdown report puts beside it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape

from ...l10n import QT_TRANSLATE_NOOP
from ...model import ScenarioExtension, Specification, UseCase
from ...model.checks import element_title
from ...model.problems import Problem
from ..filenames import unique_names
from ..render import ExportOptions, render_svg
from .content import Link, Report, UseCaseFacts
from .svg_inline import inline_svg
from .texts import tr


@dataclass
class Output:
    """What is being written: "html" or "md"; ``files`` are written beside a Markdown
    report (relative path -> bytes)."""

    format: str
    asset_folder: str = ""
    files: dict[str, bytes] = field(default_factory=dict)


@dataclass
class Section:
    """One chapter: its anchor, its title and its body in the output's format."""

    id: str
    title: str
    body: str


SectionBuilder = Callable[[Report, Output], Section | None]
SECTIONS: list[tuple[str, SectionBuilder]] = []


def register(name: str, builder: SectionBuilder, after: str | None = None) -> None:
    """Add a chapter (once per name), at the end or after the chapter ``after``."""
    if any(existing == name for existing, _ in SECTIONS):
        return
    names = [n for n, _ in SECTIONS]
    index = names.index(after) + 1 if after in names else len(SECTIONS)
    SECTIONS.insert(index, (name, builder))


def e(text: str) -> str:
    """HTML-escaped text; line breaks kept."""
    return escape(text).replace("\n", "<br>")


def md(text: str) -> str:
    """Text safe in Markdown: characters that start markup escaped, lines joined."""
    special = "\\`*_{}[]<>#|"
    escaped = "".join("\\" + c if c in special else c for c in text)
    return "  \n".join(line.strip() for line in escaped.splitlines()) if escaped else ""


def md_cell(text: str) -> str:
    return md(text).replace("  \n", "<br>")


# ---------------------------------------------------------------------------- diagrams


def diagrams(report: Report, out: Output) -> Section | None:
    document = report.document
    infos = document.diagrams()
    if not infos:
        return None
    parts = []
    names = unique_names([i.name or i.id for i in infos], ".svg")
    for number, (info, file_name) in enumerate(zip(infos, names, strict=True), start=1):
        svg = render_svg(document, info.id, ExportOptions(format="svg")).data
        title = info.name or tr("Diagram {n}").format(n=number)
        if out.format == "html":
            caption = f"<figcaption><b>{e(title)}</b>"
            if info.documentation:
                caption += f" — {e(info.documentation)}"
            parts.append(
                f'<figure class="diagram" id="diagram-{e(info.id)}">'
                f"{inline_svg(svg, f'd{number}')}{caption}</figcaption></figure>"
            )
        else:
            path = f"{out.asset_folder}/{file_name}"
            out.files[path] = svg
            link = path.replace(" ", "%20").replace("(", "%28").replace(")", "%29")
            text = f"### {md(title)}\n\n![{md(title)}]({link})"
            if info.documentation:
                text += f"\n\n{md(info.documentation)}"
            parts.append(text)
    joiner = "\n" if out.format == "html" else "\n\n"
    return Section("diagrams", tr("Diagrams"), joiner.join(parts))


# ---------------------------------------------------------------------------- use cases


def _names(report: Report, ids: list[str], out: Output) -> str:
    if out.format == "html":
        return ", ".join(f'<a href="#{report.anchor(i)}">{e(report.name(i))}</a>' for i in ids)
    return ", ".join(md(report.name(i)) for i in ids)


def _links(report: Report, links: list[Link], out: Output) -> str:
    items = []
    for link in links:
        name = (
            f'<a href="#{report.anchor(link.other)}">{e(report.name(link.other))}</a>'
            if out.format == "html"
            else md(report.name(link.other))
        )
        note = (e if out.format == "html" else md)(link.note)
        items.append(f"{name} ({note})" if link.note else name)
    return "; ".join(items)


def _facts_rows(report: Report, f: UseCaseFacts, out: Output) -> list[tuple[str, str]]:
    """(label, value) rows about a use case: its place, actors and relationships."""
    spec = f.specification
    rows: list[tuple[str, str]] = []
    plain = e if out.format == "html" else md
    if spec and spec.goal:
        rows.append((tr("Goal"), plain(spec.goal)))
    scope = spec.scope if spec and spec.scope else ", ".join(report.name(b) for b in f.boundaries)
    if scope:
        rows.append((tr("Scope"), plain(scope)))
    if spec and spec.level:
        rows.append((tr("Level"), plain(spec.level)))
    if f.primary:
        label = tr("Primary actors")
        rows.append((label, _names(report, f.primary, out)))
    if f.supporting:
        rows.append((tr("Supporting actors"), _names(report, f.supporting, out)))
    for label, links in (
        (tr("Includes"), f.includes),
        (tr("Included by"), f.included_by),
        (tr("Extends"), f.extends),
        (tr("Extended by"), f.extended_by),
        (tr("Specialises"), f.specialises),
        (tr("Specialised by"), f.specialised_by),
    ):
        if links:
            rows.append((label, _links(report, links, out)))
    if spec and spec.trigger:
        rows.append((tr("Trigger"), plain(spec.trigger)))
    return rows


def _steps_html(steps, prefix: str) -> str:
    items = []
    for number, step in enumerate(steps, start=1):
        items.append(
            f'<li class="step indent-{step.indent}"><span class="num">{e(prefix)}{number}</span>'
            f"<span>{e(step.text)}</span></li>"
        )
    return f'<ol class="steps">{"".join(items)}</ol>'


def _steps_md(steps, prefix: str) -> str:
    lines = []
    for number, step in enumerate(steps, start=1):
        lines.append(f"{'&emsp;' * step.indent}**{md(prefix)}{number}.** {md(step.text)}")
    return "  \n".join(lines)


def _lists(spec: Specification) -> list[tuple[str, tuple[str, ...]]]:
    return [
        (tr("Preconditions"), spec.preconditions),
        (tr("Postconditions (expected outcome)"), spec.postconditions),
        (tr("Business rules"), spec.business_rules),
        (tr("Open issues"), spec.open_issues),
    ]


def _extensions(
    usecase: UseCase, spec: Specification
) -> list[tuple[str, ScenarioExtension, str | None]]:
    """Each extension with its label ("3a") and the name of the extension point it is
    at (None when it names none; "" when the use case no longer has that point)."""
    labels = spec.extension_labels()
    points = {p.id: p.name or p.id for p in usecase.extension_points}
    return [
        (
            labels[extension.id],
            extension,
            points.get(extension.extension_point, "") if extension.extension_point else None,
        )
        for extension in spec.extensions
    ]


def _usecase_html(report: Report, f: UseCaseFacts) -> str:
    usecase = f.usecase
    spec = f.specification
    cls = "usecase full" if spec else "usecase"
    out = [f'<article class="{cls}" id="{report.anchor(usecase.id)}">']
    out.append(f"<h3>{e(usecase.name or usecase.describe())}</h3>")
    if usecase.stereotypes:
        out.append(
            f'<p class="stereotypes">{e(" ".join(f"«{s}»" for s in usecase.stereotypes))}</p>'
        )
    if usecase.documentation:
        out.append(f'<p class="doc">{e(usecase.documentation)}</p>')
    rows = _facts_rows(report, f, Output("html"))
    if f.primary and f.primary_derived and spec:
        rows = [
            (label, value + f' <span class="hint">({e(tr("from the associations"))})</span>')
            if label == tr("Primary actors")
            else (label, value)
            for label, value in rows
        ]
    if rows:
        out.append('<dl class="facts">')
        out.extend(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in rows)
        out.append("</dl>")
    if spec:
        if spec.stakeholders:
            out.append(f"<h4>{e(tr('Stakeholders and interests'))}</h4><ul>")
            out.extend(
                f"<li><b>{e(h.name)}</b>{': ' + e(h.interest) if h.interest else ''}</li>"
                for h in spec.stakeholders
            )
            out.append("</ul>")
        if spec.preconditions:
            out.append(f"<h4>{e(tr('Preconditions'))}</h4><ul>")
            out.extend(f"<li>{e(t)}</li>" for t in spec.preconditions)
            out.append("</ul>")
        out.append(f"<h4>{e(tr('Main success scenario'))}</h4>")
        if spec.main_scenario:
            out.append(_steps_html(spec.main_scenario, ""))
        else:
            out.append(f'<p class="missing">{e(tr("No steps written yet."))}</p>')
        if spec.extensions:
            out.append(f'<h4>{e(tr("Extensions"))}</h4><dl class="extensions">')
            for label, extension, point_name in _extensions(usecase, spec):
                point = (
                    f' <span class="point">{e(tr("at extension point"))} “{e(point_name)}”</span>'
                    if point_name is not None
                    else ""
                )
                out.append(
                    f'<dt><span class="num">{e(label)}</span> {e(extension.condition)}{point}</dt>'
                    f"<dd>{_steps_html(extension.steps, label) if extension.steps else ''}</dd>"
                )
            out.append("</dl>")
        for title, values in _lists(spec)[1:]:
            if values:
                out.append(f"<h4>{e(title)}</h4><ul>")
                out.extend(f"<li>{e(t)}</li>" for t in values)
                out.append("</ul>")
    out.append("</article>")
    return "".join(out)


def _usecase_md(report: Report, f: UseCaseFacts) -> str:
    usecase = f.usecase
    spec = f.specification
    out = [f"### {md(usecase.name or usecase.describe())}"]
    if usecase.documentation:
        out.append(md(usecase.documentation))
    rows = _facts_rows(report, f, Output("md"))
    if rows:
        out.append("  \n".join(f"**{label}:** {value}" for label, value in rows))
    if spec:
        if spec.stakeholders:
            out.append(f"**{tr('Stakeholders and interests')}**")
            out.append(
                "\n".join(
                    f"- **{md(h.name)}**{': ' + md(h.interest) if h.interest else ''}"
                    for h in spec.stakeholders
                )
            )
        if spec.preconditions:
            out.append(f"**{tr('Preconditions')}**")
            out.append("\n".join(f"- {md(t)}" for t in spec.preconditions))
        out.append(f"**{tr('Main success scenario')}**")
        out.append(
            _steps_md(spec.main_scenario, "") if spec.main_scenario else tr("No steps written yet.")
        )
        if spec.extensions:
            out.append(f"**{tr('Extensions')}**")
            for label, extension, point_name in _extensions(usecase, spec):
                point = (
                    f" ({tr('at extension point')} “{md(point_name)}”)"
                    if point_name is not None
                    else ""
                )
                text = f"**{md(label)}.** {md(extension.condition)}{point}"
                if extension.steps:
                    text += "  \n" + _steps_md(
                        [s.model_copy(update={"indent": s.indent + 1}) for s in extension.steps],
                        label,
                    )
                out.append(text)
        for title, values in _lists(spec)[1:]:
            if values:
                out.append(f"**{title}**")
                out.append("\n".join(f"- {md(t)}" for t in values))
    return "\n\n".join(out)


def usecases(report: Report, out: Output) -> Section | None:
    if not report.usecases:
        return None
    if out.format == "html":
        body = "\n".join(_usecase_html(report, f) for f in report.usecases)
    else:
        body = "\n\n".join(_usecase_md(report, f) for f in report.usecases)
    return Section("use-cases", tr("Use cases"), body)


# ---------------------------------------------------------------------------- actors


def actors(report: Report, out: Output) -> Section | None:
    if not report.actors:
        return None
    entries = []
    for f in report.actors:
        actor = f.actor
        rows = []
        if f.kind_of:
            rows.append((tr("A kind of"), _names(report, f.kind_of, out)))
        if f.specialised_by:
            rows.append((tr("Specialised by"), _names(report, f.specialised_by, out)))
        rows.append(
            (
                tr("Takes part in"),
                _names(report, f.usecases, out) if f.usecases else tr("no use case"),
            )
        )
        stereotypes = " ".join(f"«{s}»" for s in actor.stereotypes)
        if out.format == "html":
            head = f'<dt id="{report.anchor(actor.id)}">{e(actor.name or actor.describe())}'
            if stereotypes:
                head += f' <span class="stereotypes">{e(stereotypes)}</span>'
            body = f'<p class="doc">{e(actor.documentation)}</p>' if actor.documentation else ""
            body += "".join(f'<p class="fact"><b>{label}:</b> {value}</p>' for label, value in rows)
            entries.append(f"{head}</dt><dd>{body}</dd>")
        else:
            head = f"**{md(actor.name or actor.describe())}**"
            if stereotypes:
                head += f" {md(stereotypes)}"
            lines = [head]
            if actor.documentation:
                lines.append(md(actor.documentation))
            lines.extend(f"*{label}:* {value}" for label, value in rows)
            entries.append("  \n".join(lines))
    if out.format == "html":
        body = f'<dl class="glossary">{"".join(entries)}</dl>'
    else:
        body = "\n\n".join(entries)
    return Section("actors", tr("Actors"), body)


# ---------------------------------------------------------------------------- matrix

MARKS = {"primary": "P", "supporting": "S", "associated": "●"}


def traceability(report: Report, out: Output) -> Section | None:
    if not report.usecases or not report.actors:
        return None
    legend = tr("P: primary actor · S: supporting actor · ●: associated")
    meaning = {
        "primary": tr("primary actor"),
        "supporting": tr("supporting actor"),
        "associated": tr("associated"),
    }
    actor_ids = [f.actor.id for f in report.actors]
    if out.format == "html":
        head = "".join(
            f'<th scope="col" class="actor"><span>{e(report.name(a))}</span></th>'
            for a in actor_ids
        )
        rows = []
        for f in report.usecases:
            cells = []
            for a in actor_ids:
                role = report.matrix.get((f.usecase.id, a))
                if role:
                    cells.append(
                        f'<td class="{role}" title="{e(meaning[role])}">{MARKS[role]}</td>'
                    )
                else:
                    cells.append("<td></td>")
            rows.append(
                f'<tr><th scope="row"><a href="#{report.anchor(f.usecase.id)}">'
                f"{e(report.name(f.usecase.id))}</a></th>{''.join(cells)}</tr>"
            )
        body = (
            f'<p class="legend">{e(legend)}</p><table class="matrix"><thead><tr>'
            f'<th scope="col">{e(tr("Use case"))}</th>{head}</tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table>"
        )
    else:
        lines = [
            "| "
            + " | ".join([tr("Use case"), *(md_cell(report.name(a)) for a in actor_ids)])
            + " |",
            "|" + "---|" * (len(actor_ids) + 1),
        ]
        for f in report.usecases:
            marks = [MARKS.get(report.matrix.get((f.usecase.id, a), ""), "") for a in actor_ids]
            lines.append("| " + " | ".join([md_cell(report.name(f.usecase.id)), *marks]) + " |")
        body = legend + "\n\n" + "\n".join(lines)
    return Section("traceability", tr("Traceability matrix"), body)


# ---------------------------------------------------------------------------- checks

SEVERITY_WORDS = {
    "error": QT_TRANSLATE_NOOP("", "Error"),
    "warning": QT_TRANSLATE_NOOP("", "Warning"),
    "info": QT_TRANSLATE_NOOP("", "Note"),
}


def _element_name(report: Report, problem: Problem) -> str:
    element = report.document.find(problem.element_id) if problem.element_id else None
    if element is None:
        return problem.element_id or ""
    return element_title(element, report.document.find)


def checks(report: Report, out: Output) -> Section:
    problems = report.problems
    counts = {s: sum(1 for p in problems if p.severity == s) for s in SEVERITY_WORDS}
    summary = (
        tr("{errors} errors, {warnings} warnings, {notes} notes.").format(
            errors=counts["error"], warnings=counts["warning"], notes=counts["info"]
        )
        if problems
        else tr("No problems found: every model check passed.")
    )
    off = report.document.settings.disabled_checks
    if off:
        summary += " " + tr("Checks switched off for this document: {codes}.").format(
            codes=", ".join(off)
        )
    if out.format == "html":
        rows = "".join(
            f'<tr class="{p.severity}">'
            f'<td class="severity">{e(tr(SEVERITY_WORDS[p.severity]))}</td>'
            f"<td>{e(_element_name(report, p))}</td><td>{e(p.message)}</td>"
            f"<td>{e(p.fix)}</td></tr>"
            for p in problems
        )
        body = f'<p class="summary">{e(summary)}</p>'
        if problems:
            body += (
                f'<table class="problems"><thead><tr><th>{e(tr("Severity"))}</th>'
                f"<th>{e(tr('Element'))}</th><th>{e(tr('Problem'))}</th>"
                f"<th>{e(tr('Suggested fix'))}</th></tr></thead><tbody>{rows}</tbody></table>"
            )
    else:
        body = summary
        if problems:
            lines = [
                f"| {tr('Severity')} | {tr('Element')} | {tr('Problem')} | {tr('Suggested fix')} |",
                "|---|---|---|---|",
            ]
            lines.extend(
                f"| {tr(SEVERITY_WORDS[p.severity])} | {md_cell(_element_name(report, p))} | "
                f"{md_cell(p.message)} | {md_cell(p.fix)} |"
                for p in problems
            )
            body += "\n\n" + "\n".join(lines)
    return Section("checks", tr("Model check results"), body)


for _name, _builder in (
    ("diagrams", diagrams),
    ("use-cases", usecases),
    ("actors", actors),
    ("traceability", traceability),
    ("checks", checks),
):
    register(_name, _builder)
