"""Editor speed: open a 1,000-shape diagram, and drag 100 selected shapes on it.

Not a test: run it and read the figures (medians of several runs).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/editor_bench.py [--runs 5]

Targets (issue 3): open (load + scene build) < 1 s; dragging 100 selected shapes,
p95 < 16 ms per mouse-move event with the repaint included.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from ucdesigner.canvas.scene import DiagramScene
from ucdesigner.canvas.view import DiagramView
from ucdesigner.commands import UndoStack
from ucdesigner.io.native import load, save
from ucdesigner.model import (
    Actor,
    Association,
    DiagramInfo,
    Document,
    Edge,
    Include,
    Shape,
    Subject,
    UseCase,
)

SHAPES = 1_000
DRAGGED = 100
MOVES = 60


def big_document() -> Document:
    """1,000 shapes: 10 boundaries each holding 80 use cases, 190 actors; about 1,000 lines."""
    doc = Document("Benchmark")
    elements, shapes, edges = [], [], []
    subjects = 10
    per_subject = 80
    for s in range(subjects):
        sx, sy = (s % 5) * 1400, (s // 5) * 2600
        elements.append(Subject(id=f"s{s}", name=f"System {s}"))
        shapes.append(Shape(element=f"s{s}", x=sx, y=sy, width=1300, height=2500))
        for u in range(per_subject):
            uid = f"u{s}_{u}"
            elements.append(UseCase(id=uid, name=f"Use case {s}.{u}", subjects=(f"s{s}",)))
            shapes.append(
                Shape(
                    element=uid,
                    x=sx + 40 + (u % 8) * 155,
                    y=sy + 60 + (u // 8) * 240,
                    width=140,
                    height=60,
                )
            )
            if u % 8:
                rid = f"i{s}_{u}"
                elements.append(Include(id=rid, source=uid, target=f"u{s}_{u - 1}"))
                edges.append(Edge(element=rid))
    actors = SHAPES - len(shapes)
    for a in range(actors):
        aid = f"a{a}"
        elements.append(Actor(id=aid, name=f"Actor {a}"))
        shapes.append(
            Shape(element=aid, x=-300 - (a % 4) * 120, y=(a // 4) * 110, width=48, height=84)
        )
        for k in range(2):
            target = f"u{(a + k) % subjects}_{(a * 7 + k) % per_subject}"
            rid = f"as{a}_{k}"
            elements.append(Association(id=rid, source=aid, target=target))
            edges.append(Edge(element=rid))
    doc.add(*elements)
    doc.add_diagram(DiagramInfo(id="d", name="Big"))
    doc.add_shapes("d", shapes)
    doc.add_edges("d", edges)
    return doc


def time_open(path: Path) -> tuple[float, float, float]:
    """Seconds to load the file, to build the scene, and to paint the first screen."""
    start = time.perf_counter()
    document = load(path)
    loaded = time.perf_counter()
    scene = DiagramScene(document, "d")
    built = time.perf_counter()
    view = DiagramView(scene, UndoStack(document))
    view.resize(1400, 900)
    view.show()
    view.centerOn(700, 600)
    view.viewport().repaint()
    painted = time.perf_counter()
    view.detach()
    view.close()
    view.deleteLater()
    QApplication.processEvents()
    return loaded - start, built - loaded, painted - built


def mouse(view: DiagramView, kind: QEvent.Type, point: QPointF, buttons) -> None:
    local = QPointF(view.mapFromScene(point))
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    event = QMouseEvent(
        kind, local, view.viewport().mapToGlobal(local), button, buttons,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(view.viewport(), event)


def time_drag(path: Path) -> list[float]:
    """Seconds per mouse-move event (event handling + repaint of the viewport)."""
    document = load(path)
    view = DiagramView(DiagramScene(document, "d"), UndoStack(document))
    view.resize(1400, 900)
    view.show()
    # 100 use cases of the first boundary, all on screen
    ids = [f"u{s}_{u}" for s in (0, 1) for u in range(DRAGGED // 2)]
    scene = view.diagram_scene
    scene.select_ids(ids)
    grab = free_point(scene, ids[0])
    view.centerOn(grab)
    view.viewport().repaint()
    left = Qt.MouseButton.LeftButton
    mouse(view, QEvent.Type.MouseButtonPress, grab, left)
    times = []
    for step in range(1, MOVES + 1):
        point = grab + QPointF(step * 3.0, step * 2.0)
        start = time.perf_counter()
        mouse(view, QEvent.Type.MouseMove, point, left)
        view.viewport().repaint()
        times.append(time.perf_counter() - start)
    mouse(
        view,
        QEvent.Type.MouseButtonRelease,
        grab + QPointF(MOVES * 3.0, MOVES * 2.0),
        Qt.MouseButton.NoButton,
    )
    assert document.shape("d", ids[0]).x != 40.0, "the drag did not move the shapes"
    assert view.stack.count() == 1
    view.detach()
    view.close()
    view.deleteLater()
    QApplication.processEvents()
    return times


def free_point(scene: DiagramScene, element_id: str) -> QPointF:
    """A point of the shape that no line covers (a press there grabs the shape)."""
    rect = scene.node_item(element_id).scene_body_rect()
    for fy in (0.5, 0.35, 0.65, 0.25, 0.75):
        for fx in (0.5, 0.35, 0.65, 0.25, 0.75):
            point = QPointF(rect.left() + rect.width() * fx, rect.top() + rect.height() * fy)
            item = scene.item_at(point)
            if item is not None and getattr(item, "element_id", None) == element_id:
                return point
    raise RuntimeError(f"no free point on {element_id}")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.ucd"
        document = big_document()
        save(document, path)
        print(
            f"document: {len(document.shapes('d'))} shapes, {len(document.edges('d'))} lines, "
            f"{path.stat().st_size / 1024:.0f} KB"
        )
        opens = [time_open(path) for _ in range(args.runs)]
        load_s = statistics.median(o[0] for o in opens)
        build_s = statistics.median(o[1] for o in opens)
        paint_s = statistics.median(o[2] for o in opens)
        total = statistics.median(o[0] + o[1] for o in opens)
        print(
            f"open: load {load_s * 1000:.0f} ms + scene build {build_s * 1000:.0f} ms = "
            f"{total * 1000:.0f} ms (target < 1000 ms, ratio {total / 1.0:.2f}); "
            f"first paint {paint_s * 1000:.0f} ms"
        )
        p50s, p95s = [], []
        for _ in range(args.runs):
            times = time_drag(path)
            p50s.append(percentile(times, 0.5))
            p95s.append(percentile(times, 0.95))
        p95 = statistics.median(p95s)
        print(
            f"drag {DRAGGED} selected shapes, {MOVES} mouse moves, repaint included: "
            f"median p50 {statistics.median(p50s) * 1000:.1f} ms, median p95 {p95 * 1000:.1f} ms "
            f"(target < 16 ms, ratio {p95 / 0.016:.2f})"
        )
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
