"""Layout quality of every diagram the program lays out, beside Graphviz ``dot`` on the
same graph and node sizes, and the speed of Auto Layout.

Quality: the figures of ``ucdesigner check --layout`` (overlaps, lines through shapes,
colliding labels, labels over lines, lines along frames, texts outside their shape,
crossings, aspect ratio) measured on what
the export draws, for
- the models of ../shared/xmi-corpus, every diagram re-laid out by Auto Layout;
- the PlantUML files of tests/fixtures/layout, as the importer lays them out;
- generated use case models of 10 to 300 use cases, laid out by Auto Layout;
- the templates and examples, as shipped (their generators lay them out).

Speed: Auto Layout of a generated model of 40 and of 300 use cases, as a ratio to
``dot`` laying out the same graph (the engine's own cost of the same work); and of two
shipped diagrams in journey lanes (our own search, no engine to compare with).

Run alone for the full per-diagram table: ``python -m benchmarks.bench_layout``.
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from ucdesigner.commands.layout import lay_out
from ucdesigner.io.dot_reference import (
    DotUnavailable,
    dot_available,
    dot_geometry,
    dot_source,
    run_dot,
)
from ucdesigner.io.native import load
from ucdesigner.io.plantuml_files import read_plantuml
from ucdesigner.io.render.drawn_geometry import drawn_geometry
from ucdesigner.io.xmi import XMIError, read_xmi
from ucdesigner.layout import auto_layout
from ucdesigner.layout.quality import QualityReport, measure
from ucdesigner.model import Document

from .core import Figure, note, section
from .core import measure as timed
from .synthetic import use_case_model

ROOT = Path(__file__).resolve().parents[1]
XMI_CORPUS = ROOT / ".." / "shared" / "xmi-corpus"
PLANTUML = ROOT / "tests" / "fixtures" / "layout"
SHIPPED = [ROOT / "resources" / "templates", ROOT / "resources" / "examples"]
GENERATED = [10, 20, 40, 80, 150, 300]
SLIDE_USE_CASES = 40
"""Up to this many use cases a diagram should fit a slide: aspect 4:3 to 2:1."""
TIME_LIMITS = {40: 0.1, 300: 1.0}


@dataclass
class Row:
    """One diagram: where it came from, and its report beside dot's."""

    corpus: str
    source: str
    use_cases: int
    ours: QualityReport
    dot: QualityReport | None


def documents(smoke: bool) -> Iterator[tuple[str, str, Document, bool]]:
    """(corpus, source name, document, lay it out first?) for every corpus."""
    manifest = XMI_CORPUS / "MANIFEST.tsv"
    if manifest.is_file() and not smoke:
        with manifest.open(encoding="utf-8") as handle:
            for entry in csv.DictReader(handle, delimiter="\t"):
                path = XMI_CORPUS / entry["local_path"]
                if path.suffix == ".notation" or not path.is_file():
                    continue
                try:
                    data = read_xmi(path).data
                except XMIError as error:
                    note(f"layout: {path.name} not read ({error})")
                    continue
                yield "XMI corpus (re-laid out)", path.name, Document.from_data(data), True
    elif not smoke:
        note("layout: ../shared/xmi-corpus is absent; the XMI corpus was left out")
    for path in sorted(PLANTUML.glob("*.puml"))[: 1 if smoke else None]:
        yield "PlantUML imports", path.name, read_plantuml(path).document, False
    for size in [10] if smoke else GENERATED:
        doc, _diagram = use_case_model(size)
        yield "generated (Auto Layout)", f"{size} use cases", doc, True
    if not smoke:
        for folder in SHIPPED:
            for path in sorted(folder.glob("*.ucd")):
                yield "templates and examples", path.name, load(path), False


def quality_rows(smoke: bool = False) -> list[Row]:
    """Lay out (where asked) and measure every diagram of every corpus."""
    rows = []
    with_dot = dot_available()
    if not with_dot:
        note("layout: Graphviz dot is not installed; no comparison (apt install graphviz)")
    for corpus, source, doc, relay in documents(smoke):
        for info in doc.diagrams():
            if relay:
                for warning in lay_out(doc, info.id):
                    note(f"layout: {source} {info.name!r}: {warning}")
            diagram = doc.diagram(info.id)
            if not diagram.shapes:
                continue
            ours = measure(drawn_geometry(doc, info.id))
            dot = None
            if with_dot:
                try:
                    dot = measure(dot_geometry(doc, diagram))
                except DotUnavailable as error:
                    note(f"layout: dot failed on {source} {info.name!r}: {error}")
            cases = sum(1 for s in diagram.shapes if doc.get(s.element).kind == "usecase")
            rows.append(Row(corpus, f"{source}: {info.name}", cases, ours, dot))
    return rows


def _slide(report: QualityReport) -> bool:
    return 4 / 3 <= report.aspect <= 2.0


def quality_table(rows: list[Row], detail: bool = True) -> str:
    """Per-corpus totals (and, with ``detail``, one line per diagram) in Markdown."""
    lines = ["### Layout quality (ours vs Graphviz dot on the same graph and node sizes)", ""]
    if detail:
        lines += [
            "| corpus | diagram | use cases | overlaps | through | label collisions | "
            "texts outside | detached labels | labels over lines | lines along frames | "
            "crossings (dot) | through (dot) | aspect (dot) |",
            "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
        ]
        for row in rows:
            o, d = row.ours, row.dot
            dot_crossings = str(d.crossings) if d else "-"
            dot_through = str(d.lines_through) if d else "-"
            dot_aspect = f"{d.aspect:.2f}" if d else "-"
            lines.append(
                f"| {row.corpus} | {row.source} | {row.use_cases} | {o.overlaps} | "
                f"{o.lines_through} | {o.label_collisions} | {o.texts_outside} | "
                f"{o.detached_labels} | {o.labels_on_lines} | {o.lines_on_frames} | "
                f"{o.crossings} ({dot_crossings}) | {dot_through} | {o.aspect:.2f} ({dot_aspect}) |"
            )
        lines.append("")
    lines += [
        "| corpus | diagrams | overlaps | through | label collisions | texts outside | "
        "detached labels | labels over lines | lines along frames | crossings ours / dot | "
        "diagrams with crossings <= dot | slide aspect (<= 40 use cases) |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for corpus in dict.fromkeys(r.corpus for r in rows):
        group = [r for r in rows if r.corpus == corpus]
        compared = [r for r in group if r.dot is not None]
        small = [r for r in group if r.use_cases <= SLIDE_USE_CASES]
        ours_x = sum(r.ours.crossings for r in compared)
        dot_x = sum(r.dot.crossings for r in compared if r.dot)
        fewer = sum(1 for r in compared if r.dot and r.ours.crossings <= r.dot.crossings)
        lines.append(
            f"| {corpus} | {len(group)} | {sum(r.ours.overlaps for r in group)} | "
            f"{sum(r.ours.lines_through for r in group)} | "
            f"{sum(r.ours.label_collisions for r in group)} | "
            f"{sum(r.ours.texts_outside for r in group)} | "
            f"{sum(r.ours.detached_labels for r in group)} | "
            f"{sum(r.ours.labels_on_lines for r in group)} | "
            f"{sum(r.ours.lines_on_frames for r in group)} | "
            + (f"{ours_x} / {dot_x} | {fewer} of {len(compared)} | " if compared else "- | - | ")
            + f"{sum(1 for r in small if _slide(r.ours))} of {len(small)} |"
        )
    return "\n".join(lines)


def timing_figures(sizes: list[int], repeat: int) -> list[Figure]:
    """Auto Layout of generated models, as a ratio to dot on the same graph: a ``dot``
    process per run (what laying the graph out costs on its own), and, beside it, the
    same graph sent to a ``dot`` started beforehand (Auto Layout starts its Graphviz
    processes ahead of the graphs, so this is the engine's bare layout work without its
    start-up)."""
    figures = []
    for size in sizes:
        doc, diagram_id = use_case_model(size)
        diagram = doc.diagram(diagram_id)
        auto_layout(doc, diagram)  # starts the kept Graphviz process, as a session does
        # Each run after a pause, as a user's Auto Layout comes after a moment of idle
        # time: the Graphviz processes it starts ahead for the next layout are ready.
        samples = timed(lambda d=diagram, doc=doc: auto_layout(doc, d), repeat, setup=_user_pause)
        baseline: list[float] = []
        warm: list[float] = []
        if dot_available():
            source = dot_source(doc, diagram)
            baseline = timed(lambda s=source: run_dot(s), repeat)
            warm = _kept_dot(source, repeat)
        figures.append(
            Figure(
                "layout",
                "Auto Layout",
                size,
                samples,
                baseline,
                limit=TIME_LIMITS.get(size),
                note="use cases",
                baseline_name="dot",
            )
        )
        if warm:
            figures.append(
                Figure(
                    "layout",
                    "Auto Layout (against dot started ahead)",
                    size,
                    samples,
                    warm,
                    note="use cases",
                    baseline_name="dot started ahead",
                )
            )
    return figures


JOURNEYS = [
    ROOT / "resources" / "templates" / "full-customer-journey.ucd",
    ROOT / "resources" / "examples" / "online-shop-intent.ucd",
]
"""Diagrams in journey lanes (laid out by our lane search, not by Graphviz), and one with
extend condition notes to place."""


def journey_figures(repeat: int) -> list[Figure]:
    """Auto Layout of the shipped journey diagrams: no engine to compare with (the lanes
    are our own search), so seconds only."""
    figures = []
    for path in JOURNEYS:
        doc = load(path)
        info = doc.diagrams()[0]
        diagram = doc.diagram(info.id)
        cases = sum(1 for s in diagram.shapes if doc.get(s.element).kind == "usecase")
        auto_layout(doc, diagram)
        samples = timed(lambda d=diagram, doc=doc: auto_layout(doc, d), repeat, setup=_user_pause)
        figures.append(
            Figure(
                "layout",
                f"Auto Layout of {path.name} ({info.name})",
                cases,
                samples,
                note="use cases",
            )
        )
    return figures


def _user_pause() -> None:
    import time

    time.sleep(0.3)


def _kept_dot(source: str, repeat: int) -> list[float]:
    """Seconds a ``dot`` process started ahead (as Auto Layout starts them) takes to lay
    ``source`` out: its answer, without the program's start."""
    import time

    from ucdesigner.layout import graphviz

    path = graphviz._program("dot")
    if path is None:
        return []
    samples = []
    for _ in range(repeat + 1):  # the first is a warm-up
        server = graphviz._Server((path, "-Tjson0"))
        try:
            time.sleep(0.2)  # started and waiting, as the ones started ahead are
            started = time.perf_counter()
            server.lay_out(source, "dot")
            samples.append(time.perf_counter() - started)
        finally:
            server.close()
    return samples[1:]


def run(smoke: bool, repeat: int) -> list[Figure]:
    """The suite for ``python -m benchmarks``: speed figures, and the quality totals as
    a section under the table."""
    figures = timing_figures([10] if smoke else [40, 300], repeat)
    if not smoke:
        figures += journey_figures(repeat)
    section(quality_table(quality_rows(smoke), detail=False))
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_layout")
    parser.add_argument("--smoke", action="store_true", help="one small case per corpus")
    args = parser.parse_args(argv)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])  # noqa: F841 - scenes need it
    print(quality_table(quality_rows(args.smoke)))
    from .core import NOTES

    for line in NOTES:
        print(f"- {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
