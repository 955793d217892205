"""The heart of the journey in the report: per stage, the pain points customers have
there and, per use case, its touchpoints, the customer's emotion and its pain points;
and the emotion curve across the stages with the pain points marked (a small SVG
chart, made here without Qt so every report format can carry it)."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from ...model import UseCase
from ...model.coverage import Coverage
from ...model.journey import EMOTION_LABELS, emotion_text
from .content import Report
from .sections import e, md
from .texts import tr

WIDTH, HEIGHT = 680, 300
LEFT, RIGHT, TOP, BOTTOM = 56, 20, 46, 64
INK, MUTED, GRID, CURVE, PAIN = "#1f2933", "#52606d", "#d9dee4", "#1c5d99", "#b42318"
FONT = "Inter, Segoe UI, Helvetica Neue, Arial, DejaVu Sans, sans-serif"


@dataclass
class StageDetail:
    """One stage of the journey as the report tells it."""

    name: str
    pain_points: list[str]
    """The stage's own pain points (from research)."""
    usecases: list[UseCase]
    emotion: float | None
    """The mean emotion of its use cases that have one."""
    pain_count: int
    """Its pain points and those of its use cases."""


def stage_details(report: Report, cov: Coverage) -> list[StageDetail]:
    """The stages in journey order (and the use cases without a stage, when any)."""
    details = []
    for row in cov.rows:
        usecases = [report.document.get(i) for i in row.use_cases]
        cases = [u for u in usecases if isinstance(u, UseCase)]
        feelings = [u.journey.emotion for u in cases if u.journey.emotion is not None]
        details.append(
            StageDetail(
                name=row.stage.name if row.stage else tr("(no stage)"),
                pain_points=list(row.stage.pain_points) if row.stage else [],
                usecases=cases,
                emotion=sum(feelings) / len(feelings) if feelings else None,
                pain_count=row.pain_points,
            )
        )
    return details


def _emotion(value: int | None) -> str:
    if value is None:
        return ""
    return f"{emotion_text(value)} ({tr(EMOTION_LABELS[value])})"


# ---------------------------------------------------------------------------- chart


def emotion_curve_svg(details: list[StageDetail]) -> str:
    """The mean emotion per stage as a line from −2 to +2, each stage's pain points as a
    red mark with their number; with a title and a description for screen readers."""
    stages = [d for d in details if d.name != tr("(no stage)")] or details
    count = max(1, len(stages))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    step = plot_w / count

    def x(index: int) -> float:
        return LEFT + step * (index + 0.5)

    def y(value: float) -> float:
        return TOP + plot_h * (2 - value) / 4

    title = tr("Emotion curve")
    said = "; ".join(
        f"{d.name}: "
        + (tr("no emotion set") if d.emotion is None else f"{d.emotion:+.1f}".replace("-", "−"))
        + (", " + tr("{n} pain points").format(n=d.pain_count) if d.pain_count else "")
        for d in stages
    )
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" role="img" font-family="{FONT}">',
        f"<title>{escape(title)}</title><desc>{escape(said)}.</desc>",
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="#ffffff"/>',
    ]
    for value in (-2, -1, 0, 1, 2):
        weight = "1.2" if value == 0 else "0.8"
        parts.append(
            f'<line x1="{LEFT}" y1="{y(value):.1f}" x2="{WIDTH - RIGHT}" y2="{y(value):.1f}" '
            f'stroke="{MUTED if value == 0 else GRID}" stroke-width="{weight}"/>'
            f'<text x="{LEFT - 8}" y="{y(value) + 4:.1f}" font-size="12" fill="{MUTED}" '
            f'text-anchor="end">{escape(emotion_text(value))}</text>'
        )
    points = [(x(i), y(d.emotion)) for i, d in enumerate(stages) if d.emotion is not None]
    if len(points) > 1:
        path = " ".join(f"{px:.1f},{py:.1f}" for px, py in points)
        parts.append(
            f'<polyline points="{path}" fill="none" stroke="{CURVE}" stroke-width="2.5" '
            'stroke-linejoin="round"/>'
        )
    for index, detail in enumerate(stages):
        cx = x(index)
        if detail.emotion is not None:
            cy = y(detail.emotion)
            parts.append(
                f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="5" fill="{CURVE}" stroke="#ffffff" '
                'stroke-width="1.5"/>'
            )
        if detail.pain_count:
            # A warning triangle above the plot, with the number: shape and number carry
            # the meaning, the colour helps.
            ty = TOP - 24
            parts.append(
                f'<path d="M{cx:.1f},{ty:.1f} l9,15 h-18 z" fill="{PAIN}"/>'
                f'<text x="{cx:.1f}" y="{ty + 13:.1f}" font-size="10" font-weight="bold" '
                f'fill="#ffffff" text-anchor="middle">!</text>'
                f'<text x="{cx + 13:.1f}" y="{ty + 13:.1f}" font-size="12" fill="{PAIN}">'
                f"{detail.pain_count}</text>"
            )
        for line_no, text in enumerate(_label_lines(detail.name, step)):
            parts.append(
                f'<text x="{cx:.1f}" y="{HEIGHT - BOTTOM + 20 + 15 * line_no:.1f}" '
                f'font-size="12" fill="{INK}" text-anchor="middle">{escape(text)}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)


def _label_lines(name: str, room: float) -> list[str]:
    """A stage name in at most two lines that fit ``room`` (about 7 px a character)."""
    most = max(6, int(room / 7))
    lines: list[str] = []
    for word in name.split():
        if lines and len(lines[-1]) + 1 + len(word) <= most:
            lines[-1] += " " + word
        else:
            lines.append(word)
    if len(lines) > 2:
        lines = [lines[0], " ".join(lines[1:])]
    return [line if len(line) <= most else line[: most - 1] + "…" for line in lines]


# ---------------------------------------------------------------------------- text


def details_html(report: Report, details: list[StageDetail]) -> str:
    """The emotion curve and each stage's pain points and use cases, as HTML."""
    caption = tr(
        "The mean emotion of the use cases in each stage (−2 to +2); ! marks the pain points."
    )
    out = [
        f'<h3 style="margin-top:1.6rem">{e(tr("Emotion across the stages"))}</h3>',
        f'<figure class="emotion-curve">{emotion_curve_svg(details)}'
        f"<figcaption>{e(caption)}</figcaption></figure>",
        f'<h3 style="margin-top:1.6rem">{e(tr("Stages in detail"))}</h3>',
    ]
    heads = [tr("Use case"), tr("Touchpoints"), tr("Emotion"), tr("Pain points")]
    for detail in details:
        out.append(f"<h4>{e(detail.name)}</h4>")
        if detail.pain_points:
            out.append(f"<p><b>{e(tr('Pain points of the stage'))}:</b></p><ul>")
            out.extend(f"<li>{e(p)}</li>" for p in detail.pain_points)
            out.append("</ul>")
        if not detail.usecases:
            out.append(f'<p class="missing">{e(tr("No use case in this stage."))}</p>')
            continue
        rows = "".join(
            f'<tr><td><a href="#{report.anchor(u.id)}">{e(u.name or u.id)}</a></td>'
            f"<td>{e(', '.join(u.journey.touchpoints))}</td>"
            f"<td>{e(_emotion(u.journey.emotion))}</td>"
            f"<td>{'<br>'.join(e(p) for p in u.journey.pain_points)}</td></tr>"
            for u in detail.usecases
        )
        out.append(
            '<table class="stage-detail"><thead><tr>'
            + "".join(f'<th scope="col">{e(h)}</th>' for h in heads)
            + f"</tr></thead><tbody>{rows}</tbody></table>"
        )
    return "".join(out)


def details_markdown(details: list[StageDetail], chart_path: str) -> str:
    """The same as Markdown; the chart is the SVG file at ``chart_path``."""
    out = [
        f"### {tr('Emotion across the stages')}",
        f"![{md(tr('Emotion curve'))}]({chart_path.replace(' ', '%20')})",
        f"### {tr('Stages in detail')}",
    ]
    for detail in details:
        out.append(f"#### {md(detail.name)}")
        if detail.pain_points:
            out.append(
                f"**{tr('Pain points of the stage')}:**\n\n"
                + "\n".join(f"- {md(p)}" for p in detail.pain_points)
            )
        if not detail.usecases:
            out.append(f"*{tr('No use case in this stage.')}*")
            continue
        lines = [
            f"| {tr('Use case')} | {tr('Touchpoints')} | {tr('Emotion')} | {tr('Pain points')} |",
            "|---|---|---|---|",
        ]
        lines.extend(
            f"| {md(u.name or u.id)} | {md(', '.join(u.journey.touchpoints))} | "
            f"{_emotion(u.journey.emotion)} | "
            + "<br>".join(md(p) for p in u.journey.pain_points)
            + " |"
            for u in detail.usecases
        )
        out.append("\n".join(lines))
    return "\n\n".join(out)
