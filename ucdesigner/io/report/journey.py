"""The report's customer journey chapter: the coverage of the stages by use cases for
each actor (gaps said in words, and shaded), and the KPIs per stage and
balanced-scorecard perspective, then each KPI with its target and current value, then
the emotion curve and each stage in detail (``journey_detail``).
Left out when the model does not use the journey. The wording of the coverage is the
Coverage view's (``io.coverage_text``)."""

from __future__ import annotations

from ...l10n import format_number
from ...model.coverage import Coverage, coverage, journey_in_use
from ...model.journey import PERSPECTIVE_LABELS, PERSPECTIVES
from ..coverage_text import coverage_summary, kpi_tally, stage_heading
from .content import Report
from .journey_detail import details_html, details_markdown, emotion_curve_svg, stage_details
from .sections import Output, Section, e, md_cell, register
from .texts import tr

GAP_STYLE = "background:#fdecea;color:#8e1b1b;font-style:italic"
NO_USE_CASE = "— no use case —"


def _number(value: float | None) -> str:
    return "" if value is None else format_number(value)


def _summary(cov: Coverage) -> str:
    return coverage_summary(cov, tr("Every stage has a use case for every actor."), tr)


def journey(report: Report, out: Output) -> Section | None:
    """The chapter, or None for a model without journey data."""
    if not journey_in_use(report.document):
        return None
    cov = coverage(report.document)
    details = stage_details(report, cov)
    if out.format == "html":
        body = _html(report, cov) + details_html(report, details)
    else:
        chart = f"{out.asset_folder}/emotion-curve.svg"
        out.files[chart] = emotion_curve_svg(details).encode("utf-8")
        body = _markdown(report, cov) + "\n\n" + details_markdown(details, chart)
    return Section("journey", tr("Customer journey"), body)


def _html(report: Report, cov: Coverage) -> str:
    actors = cov.actors
    head = "".join(
        f'<th scope="col">{e(a.name or a.id) if a else e(tr("(no actor)"))}</th>' for a in actors
    )
    rows = []
    for row in cov.rows:
        name, notes = stage_heading(row, tr)
        style = f' style="{GAP_STYLE}"' if row.unsupported else ""
        title = e(name) + "".join(f"<br><small>{e(n)}</small>" for n in notes)
        cells = []
        for actor in actors:
            ids = cov.cell(row.key, actor)
            if ids:
                links = "<br>".join(
                    f'<a href="#{report.anchor(i)}">{e(cov.names[i])}</a>' for i in ids
                )
                cells.append(f"<td>{links}</td>")
            elif row.stage is not None and actor is not None:
                cells.append(f'<td style="{GAP_STYLE}">{e(tr(NO_USE_CASE))}</td>')
            else:
                cells.append("<td></td>")
        rows.append(f'<tr><th scope="row"{style}>{title}</th>{"".join(cells)}</tr>')
    table = (
        f'<table class="coverage"><thead><tr><th scope="col">{e(tr("Stage"))}</th>{head}'
        f"</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )
    kpi_head = "".join(f'<th scope="col">{e(tr(PERSPECTIVE_LABELS[p]))}</th>' for p in PERSPECTIVES)
    kpi_rows = []
    for row in cov.rows:
        name, _notes = stage_heading(row, tr)
        cells = []
        for perspective in PERSPECTIVES:
            tally = cov.kpis[(row.key, perspective)]
            style = f' style="{GAP_STYLE}"' if tally.missed else ""
            cells.append(f"<td{style}>{e(kpi_tally(tally, tr))}</td>")
        kpi_rows.append(f'<tr><th scope="row">{e(name)}</th>{"".join(cells)}</tr>')
    body = (
        f'<p class="summary">{e(_summary(cov))}</p>{table}'
        f'<h3 style="margin-top:1.6rem">{e(tr("KPIs by stage and perspective"))}</h3>'
        f'<table class="kpi-summary"><thead><tr><th scope="col">{e(tr("Stage"))}</th>'
        f"{kpi_head}</tr></thead><tbody>{''.join(kpi_rows)}</tbody></table>"
    )
    if cov.kpi_rows:
        lines = "".join(
            f"<tr><td>{e(cov.stage_name(key) or tr('(no stage)'))}</td>"
            f'<td><a href="#{report.anchor(uc)}">{e(cov.names[uc])}</a></td>'
            f"<td>{e(kpi.name)}</td><td>{e(tr(PERSPECTIVE_LABELS[kpi.perspective]))}</td>"
            f"<td>{e(_number(kpi.target))}</td><td>{e(_number(kpi.current))}</td>"
            f"<td>{e(kpi.unit)}</td><td>{e(_status(kpi.status(), kpi.better))}</td></tr>"
            for key, uc, kpi in cov.kpi_rows
        )
        heads = [
            "Stage",
            "Use case",
            "KPI",
            "Perspective",
            "Target",
            "Current",
            "Unit",
            "Status",
        ]
        body += (
            f'<h3 style="margin-top:1.6rem">{e(tr("Every KPI"))}</h3>'
            '<table class="kpis"><thead><tr>'
            + "".join(f'<th scope="col">{e(tr(h))}</th>' for h in heads)
            + f"</tr></thead><tbody>{lines}</tbody></table>"
        )
    return body


def _status(status: str, better: str) -> str:
    words = {"met": tr("met"), "missed": tr("missed"), "unknown": tr("not measured")}
    direction = tr("higher is better") if better == "higher" else tr("lower is better")
    return f"{words[status]} ({direction})"


def _markdown(report: Report, cov: Coverage) -> str:
    actors = cov.actors
    names = [md_cell(a.name or a.id) if a else md_cell(tr("(no actor)")) for a in actors]
    lines = [
        "| " + " | ".join([tr("Stage"), *names]) + " |",
        "|" + "---|" * (len(actors) + 1),
    ]
    for row in cov.rows:
        name, notes = stage_heading(row, tr)
        title = md_cell(name) + "".join(f"<br>*{md_cell(n)}*" for n in notes)
        cells = []
        for actor in actors:
            ids = cov.cell(row.key, actor)
            if ids:
                cells.append("<br>".join(md_cell(cov.names[i]) for i in ids))
            elif row.stage is not None and actor is not None:
                cells.append(f"*{md_cell(tr(NO_USE_CASE))}*")
            else:
                cells.append("")
        lines.append("| " + " | ".join([title, *cells]) + " |")
    kpis = [
        "| " + " | ".join([tr("Stage"), *(tr(PERSPECTIVE_LABELS[p]) for p in PERSPECTIVES)]) + " |",
        "|" + "---|" * (len(PERSPECTIVES) + 1),
    ]
    for row in cov.rows:
        name, _notes = stage_heading(row, tr)
        tallies = [cov.kpis[(row.key, p)] for p in PERSPECTIVES]
        kpis.append("| " + " | ".join([md_cell(name), *(kpi_tally(t, tr) for t in tallies)]) + " |")
    body = (
        _summary(cov)
        + "\n\n"
        + "\n".join(lines)
        + f"\n\n### {tr('KPIs by stage and perspective')}\n\n"
        + "\n".join(kpis)
    )
    if cov.kpi_rows:
        every = [
            f"| {tr('Stage')} | {tr('Use case')} | {tr('KPI')} | {tr('Perspective')} | "
            f"{tr('Target')} | {tr('Current')} | {tr('Unit')} | {tr('Status')} |",
            "|---|---|---|---|---|---|---|---|",
        ]
        every.extend(
            f"| {md_cell(cov.stage_name(key) or tr('(no stage)'))} | {md_cell(cov.names[uc])} | "
            f"{md_cell(kpi.name)} | {tr(PERSPECTIVE_LABELS[kpi.perspective])} | "
            f"{_number(kpi.target)} | {_number(kpi.current)} | {md_cell(kpi.unit)} | "
            f"{_status(kpi.status(), kpi.better)} |"
            for key, uc, kpi in cov.kpi_rows
        )
        body += f"\n\n### {tr('Every KPI')}\n\n" + "\n".join(every)
    return body


register("journey", journey, after="traceability")
