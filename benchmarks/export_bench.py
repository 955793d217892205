"""Export speed: a 500-shape diagram to SVG and to PNG at 2x, each as a ratio to the bare
cost of painting the same items with QPainter on a QImage, and beside PlantUML
(``plantuml -tsvg``) drawing the same diagram from PlantUML text.

    .venv/bin/python benchmarks/export_bench.py [--shapes 500] [--runs 7]

Targets: each export at most 2x the bare painting, and under 0.5 s.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from ucdesigner.canvas.scene import DiagramScene
from ucdesigner.canvas.theme import print_theme
from ucdesigner.io.render import ExportOptions, ensure_app, render_png, render_svg
from ucdesigner.model import (
    Actor,
    Association,
    DiagramInfo,
    Document,
    Edge,
    Extend,
    ExtensionPoint,
    Include,
    Relationship,
    Shape,
    Subject,
    UseCase,
)
from ucdesigner.model.sizing import ACTOR_SIZE, use_case_size

LIMIT_RATIO = 2.0
LIMIT_SECONDS = 0.5


def slide_diagram(shapes: int) -> tuple[Document, str]:
    """A diagram of about ``shapes`` shapes laid out the way people draw them: four
    system boundaries in a 2 x 2 block, ten use cases a row, actors down the left;
    associations, includes and extends between neighbours."""
    doc = Document("Benchmark")
    doc.add_diagram(DiagramInfo(id="d", name="Benchmark"))
    n_actors = max(2, shapes // 20)
    n_subjects = 4
    n_usecases = shapes - n_actors - n_subjects
    per_subject = -(-n_usecases // n_subjects)
    rows = -(-per_subject // 10)
    elements, placed = [], []
    for s in range(n_subjects):
        x0 = 200 + (s % 2) * 2140
        y0 = 40 + (s // 2) * (rows * 100 + 120)
        elements.append(Subject(id=f"s{s}", name=f"System {s + 1}"))
        placed.append(Shape(element=f"s{s}", x=x0, y=y0, width=2100, height=rows * 100 + 80))
    for i in range(n_usecases):
        s, k = divmod(i, per_subject)
        x0 = 200 + (s % 2) * 2140
        y0 = 40 + (s // 2) * (rows * 100 + 120)
        name = f"Handle Request {i + 1}"
        points = (ExtensionPoint(id=f"u{i}_ep", name="Exception"),) if i % 10 == 1 else ()
        elements.append(
            UseCase(id=f"u{i}", name=name, subjects=(f"s{s}",), extension_points=points)
        )
        w, h = use_case_size(name)
        placed.append(
            Shape(
                element=f"u{i}",
                x=x0 + 20 + (k % 10) * 208,
                y=y0 + 50 + (k // 10) * 100,
                width=min(w, 190),
                height=h,
            )
        )
    for a in range(n_actors):
        elements.append(Actor(id=f"a{a}", name=f"Actor {a + 1}"))
        placed.append(
            Shape(element=f"a{a}", x=40, y=60 + a * 150, width=ACTOR_SIZE[0], height=ACTOR_SIZE[1])
        )
    rels = []
    for i in range(n_usecases):
        if i % 10 == 0:
            rels.append(Association(id=f"as{i}", source=f"a{(i // 10) % n_actors}", target=f"u{i}"))
        if i % 10 < 9 and i + 1 < n_usecases and i // per_subject == (i + 1) // per_subject:
            if i % 3 == 0:
                rels.append(Include(id=f"in{i}", source=f"u{i}", target=f"u{i + 1}"))
            elif i % 10 == 0:
                rels.append(
                    Extend(
                        id=f"ex{i}",
                        source=f"u{i}",
                        target=f"u{i + 1}",
                        condition="when needed",
                        extension_points=(f"u{i + 1}_ep",),
                    )
                )
    doc.add(*elements, *rels)
    doc.add_shapes("d", placed)
    doc.add_edges("d", [Edge(element=r.id) for r in rels])
    return doc, "d"


def median_time(work: Callable[[], object], runs: int) -> float:
    work()  # warm up: fonts, caches
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bare_paint(document: Document, diagram_id: str, scale: float) -> Callable[[], QImage]:
    """Paint every item of the diagram straight onto a QImage: no export machinery, no
    encoding. The scene is built once, outside the timing."""
    scene = DiagramScene(document, diagram_id, print_theme(), listen=False)
    rect = scene.content_rect().adjusted(-20, -20, 20, 20)
    items = sorted(scene.items(), key=lambda i: i.zValue())
    option = QStyleOptionGraphicsItem()

    def work() -> QImage:
        assert scene is not None  # the items live as long as their scene
        image = QImage(
            int(rect.width() * scale) + 1,
            int(rect.height() * scale) + 1,
            QImage.Format.Format_RGB32,
        )
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.scale(scale, scale)
        painter.translate(-rect.topLeft())
        for item in items:
            painter.save()
            painter.translate(item.pos())
            item.paint(painter, option, None)
            painter.restore()
        painter.end()
        return image

    return work


def plantuml_text(document: Document, diagram_id: str) -> str:
    """The same diagram as PlantUML use case text: actors, notes, use cases inside their
    system boundaries, and the relationships."""
    lines = ["@startuml", "left to right direction"]
    shown = [document.get(s.element) for s in document.shapes(diagram_id)]
    alias = {e.id: e.id.replace("-", "_").replace(".", "_") for e in shown}

    def quoted(text: str) -> str:
        return text.replace('"', "'").replace("\n", " ")

    for element in shown:
        if element.kind == "actor":
            lines.append(f'actor "{quoted(element.name)}" as {alias[element.id]}')
        elif element.kind == "comment":
            lines.append(f'note "{quoted(element.body)}" as {alias[element.id]}')
    placed = set()
    for subject in (e for e in shown if e.kind == "subject"):
        lines.append(f'rectangle "{quoted(subject.name)}" {{')
        for uc in shown:
            if uc.kind == "usecase" and subject.id in uc.subjects and uc.id not in placed:
                lines.append(f'  usecase "{quoted(uc.name)}" as {alias[uc.id]}')
                placed.add(uc.id)
        lines.append("}")
    for uc in shown:
        if uc.kind == "usecase" and uc.id not in placed:
            lines.append(f'usecase "{quoted(uc.name)}" as {alias[uc.id]}')
    arrows = {
        "association": "--",
        "include": "..> : <<include>>",
        "extend": "..> : <<extend>>",
        "generalization": "--|>",
        "dependency": "..>",
        "comment_link": "..",
    }
    for edge in document.edges(diagram_id):
        rel = document.get(edge.element)
        assert isinstance(rel, Relationship)
        if rel.source in alias and rel.target in alias:
            head, _, label = arrows[rel.kind].partition(" : ")
            text = f"{alias[rel.source]} {head} {alias[rel.target]}"
            lines.append(text + (f" : {label}" if label else ""))
    lines.append("@enduml")
    return "\n".join(lines) + "\n"


def plantuml_seconds(text: str, runs: int) -> float | None:
    if shutil.which("plantuml") is None:
        return None
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "diagram.puml"
        source.write_text(text, encoding="utf-8")
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(
                ["plantuml", "-tsvg", "-nometadata", str(source)],
                check=True,
                capture_output=True,
                env={**os.environ, "PLANTUML_LIMIT_SIZE": "65536"},
            )
            times.append(time.perf_counter() - start)
        return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shapes", type=int, default=500)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--plantuml-runs", type=int, default=3)
    args = parser.parse_args()
    ensure_app()
    document, diagram_id = slide_diagram(args.shapes)
    shapes = len(document.shapes(diagram_id))
    edges = len(document.edges(diagram_id))
    print(f"diagram: {shapes} shapes, {edges} lines")

    svg = render_svg(document, diagram_id, ExportOptions(format="svg"))
    png = render_png(document, diagram_id, ExportOptions(format="png", scale=2.0))
    print(
        f"sizes: SVG {len(svg.data) / 1024:.0f} KiB ({svg.width} x {svg.height}); "
        f"PNG {len(png.data) / 1024:.0f} KiB ({png.width} x {png.height})"
    )
    bare_1x = median_time(bare_paint(document, diagram_id, 1.0), args.runs)
    bare_2x = median_time(bare_paint(document, diagram_id, 2.0), args.runs)
    t_svg = median_time(
        lambda: render_svg(document, diagram_id, ExportOptions(format="svg")), args.runs
    )
    t_png = median_time(
        lambda: render_png(document, diagram_id, ExportOptions(format="png", scale=2.0)),
        args.runs,
    )
    ok = True
    print(f"{'':24}{'median':>10}{'bare paint':>12}{'ratio':>8}  target")
    for label, seconds, bare in (("SVG", t_svg, bare_1x), ("PNG 2x", t_png, bare_2x)):
        ratio = seconds / bare
        good = ratio <= LIMIT_RATIO and seconds < LIMIT_SECONDS
        ok &= good
        print(
            f"{label:24}{seconds:>9.3f}s{bare:>11.3f}s{ratio:>7.2f}x  "
            f"<= {LIMIT_RATIO:g}x and < {LIMIT_SECONDS:g} s: {'ok' if good else 'MISSED'}"
        )
    plant = plantuml_seconds(plantuml_text(document, diagram_id), args.plantuml_runs)
    if plant is None:
        print("PlantUML: not installed (Debian package plantuml)")
    else:
        print(
            f"{'PlantUML -tsvg':24}{plant:>9.3f}s   (layout + SVG, JVM start included; "
            f"ours is {plant / t_svg:.0f}x faster)"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
