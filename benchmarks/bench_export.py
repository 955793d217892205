"""SVG and 2x PNG export per size, as a ratio to the bare cost of painting the same items
with QPainter on a QImage; and PlantUML (``plantuml -tsvg``) drawing the same diagram,
written as PlantUML text, side by side with our SVG export."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from ucdesigner.canvas.scene import DiagramScene
from ucdesigner.canvas.theme import print_theme
from ucdesigner.io.render import ExportOptions, ensure_app, render_png, render_svg
from ucdesigner.model import Document, Relationship

from .core import Figure, measure, note
from .synthetic import slide_diagram

RATIO_LIMIT = 2.0
SECONDS_LIMIT = 0.5
LIMIT_AT = 500


def bare_paint(document: Document, diagram_id: str, scale: float) -> Callable[[], QImage]:
    """Paint every item of the diagram straight onto a white QImage of the picture's
    size: no export machinery, no encoding. The scene is built once, outside the
    timing."""
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


def plantuml_samples(text: str, repeat: int) -> list[float]:
    """Seconds per ``plantuml -tsvg`` run on ``text`` (JVM start and layout included)."""
    import time

    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "diagram.puml"
        source.write_text(text, encoding="utf-8")
        samples = []
        for _ in range(repeat):
            start = time.perf_counter()
            subprocess.run(
                ["plantuml", "-tsvg", "-nometadata", str(source)],
                check=True,
                capture_output=True,
                env={**os.environ, "PLANTUML_LIMIT_SIZE": "65536"},
            )
            samples.append(time.perf_counter() - start)
        return samples


def run(sizes: list[int], repeat: int, plantuml: bool = True) -> list[Figure]:
    ensure_app()
    svg_figures, png_figures, peer_figures = [], [], []
    has_plantuml = plantuml and shutil.which("plantuml") is not None
    for size in sizes:
        document, diagram_id = slide_diagram(size)
        shapes = len(document.shapes(diagram_id))
        png = render_png(document, diagram_id, ExportOptions(format="png", scale=2.0))
        svg_options = ExportOptions(format="svg")
        png_options = ExportOptions(format="png", scale=2.0)
        # One warm-up each (fonts, glyph caches), as a user's second export would be.
        render_svg(document, diagram_id, svg_options)
        bare_1x, bare_2x = (
            bare_paint(document, diagram_id, 1.0),
            bare_paint(document, diagram_id, 2.0),
        )
        bare_1x()
        svg = measure(lambda d=document, i=diagram_id, o=svg_options: render_svg(d, i, o), repeat)
        svg_figures.append(
            Figure(
                "export",
                "SVG",
                shapes,
                svg,
                measure(bare_1x, repeat),
                limit=RATIO_LIMIT,
                limit_kind="ratio",
                baseline_name="bare QPainter 1x",
            )
        )
        png_figures.append(
            Figure(
                "export",
                "PNG at 2x",
                shapes,
                measure(
                    lambda d=document, i=diagram_id, o=png_options: render_png(d, i, o), repeat
                ),
                measure(bare_2x, repeat),
                limit=RATIO_LIMIT,
                limit_kind="ratio",
                baseline_name="bare QPainter 2x",
                note=f"{png.width:,} x {png.height:,} px",
            )
        )
        if size == LIMIT_AT:
            svg_figures.append(Figure("export", "SVG, seconds", shapes, svg, limit=SECONDS_LIMIT))
            png_figures.append(
                Figure(
                    "export",
                    "PNG at 2x, seconds",
                    shapes,
                    png_figures[-1].samples,
                    limit=SECONDS_LIMIT,
                )
            )
        if has_plantuml:
            peer_figures.append(
                Figure(
                    "export",
                    "SVG, ours vs PlantUML",
                    shapes,
                    svg,
                    plantuml_samples(plantuml_text(document, diagram_id), min(repeat, 3)),
                    baseline_name="plantuml -tsvg",
                )
            )
    if not has_plantuml:
        note(
            "PlantUML: not run"
            + (" (--smoke)." if not plantuml else " (plantuml is not installed).")
        )
    return svg_figures + png_figures + peer_figures
