"""The geometry a picture really shows, read from the canvas items that draw it.

The off-screen scene of a diagram is built exactly as for an export (print theme, same
items), and each item is asked where it draws: outlines, the lines of text inside a
shape (measured with Qt's own line breaking), an actor's name under its figure, the
clipped polylines of the lines, their labels, notes, role names, multiplicities and
arrowheads. ``ucdesigner.layout.quality`` turns that into the layout quality report.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption

from ...canvas.items.actor import ActorItem
from ...canvas.items.base import NodeItem, keyword_text
from ...canvas.items.comment import CommentItem
from ...canvas.items.edge import EdgeItem
from ...canvas.items.package import PackageItem
from ...canvas.items.subject import SubjectItem
from ...canvas.items.usecase import UseCaseItem
from ...canvas.scene import DiagramScene
from ...canvas.theme import THEMES, print_theme
from ...layout.quality import (
    Box,
    DiagramGeometry,
    EdgeGeometry,
    Outline,
    QualityReport,
    ShapeGeometry,
    measure,
)
from ...model import Document
from .snapshot import ensure_app


def drawn_geometry(
    document: Document, diagram_id: str, theme_name: str = "modern"
) -> DiagramGeometry:
    """The geometry of ``diagram_id`` as an export draws it."""
    ensure_app()
    scene = DiagramScene(
        document, diagram_id, print_theme(THEMES.get(theme_name, THEMES["modern"])), listen=False
    )
    try:
        shapes = tuple(_shape(item) for item in scene.node_items())
        edges = tuple(_edge(item) for item in scene.edge_items())
    finally:
        scene.detach()
    return DiagramGeometry(document.diagram_info(diagram_id).name, shapes, edges)


def layout_reports(
    document: Document, diagram_ids: Iterable[str] | None = None
) -> list[QualityReport]:
    """The layout quality report of each diagram (all of them by default), as drawn."""
    ids = [d.id for d in document.diagrams()] if diagram_ids is None else list(diagram_ids)
    return [measure(drawn_geometry(document, d)) for d in ids]


# ---------------------------------------------------------------------- shapes


def _box(rect: QRectF) -> Box:
    return Box(rect.left(), rect.top(), rect.right(), rect.bottom())


def _shape(item: NodeItem) -> ShapeGeometry:
    body = item.scene_body_rect()
    offset = item.pos()
    texts: list[Box] = []
    extras: list[Box] = []
    title: Box | None = None
    if isinstance(item, UseCaseItem):
        for block, text, font, _colour, flags in item.text_blocks():
            texts += _line_boxes(
                text, font, block.translated(offset), centred=True, top=_is_top(flags)
            )
    elif isinstance(item, ActorItem) and item.notation == "stick":
        extras += _actor_label(item)
    elif isinstance(item, ActorItem):
        inner = body.adjusted(item.theme.padding, item.theme.padding, -item.theme.padding, 0)
        texts += _line_boxes(
            item.element.name, item.text_font(bold=True), inner, centred=True, top=False
        )
    elif isinstance(item, SubjectItem):
        band = item.title_rect().translated(offset)
        title = _box(band)
        texts += _line_boxes(
            item.element.name, item.text_font(bold=True), band, centred=False, top=True, wrap=False
        )
    elif isinstance(item, PackageItem):
        band = item.body_only().translated(offset)
        title = Box(
            band.left(),
            band.top(),
            band.right(),
            band.top() + 2 * item.theme.padding + item.text_metrics(bold=True).height(),
        )
    elif isinstance(item, CommentItem):
        texts += _line_boxes(
            item.element.body,
            item.text_font(),
            item.text_rect().translated(offset),
            centred=False,
            top=True,
        )
    return ShapeGeometry(
        item.element_id,
        item.kind,
        Outline(_box(body), oval=isinstance(item, UseCaseItem)),
        getattr(item.element, "name", "") or getattr(item.element, "body", "")[:30],
        tuple(texts),
        tuple(extras),
        title,
    )


def _is_top(flags: int) -> bool:
    return not flags & int(Qt.AlignmentFlag.AlignVCenter)


def _actor_label(item: ActorItem) -> list[Box]:
    """The lines of the name (and stereotypes) under a stick figure, each as wide as its text."""
    label = item.label_rect().translated(item.pos())
    boxes: list[Box] = []
    if item.element.stereotypes:
        small = item.theme.small_metrics
        text_w = small.horizontalAdvance(keyword_text(item.element.stereotypes))
        cx = label.center().x()
        boxes.append(
            Box(cx - text_w / 2, label.top(), cx + text_w / 2, label.top() + small.height())
        )
        label = label.adjusted(0, small.height(), 0, 0)
    boxes += _line_boxes(item.element.name, item.text_font(), label, centred=True, top=True)
    return boxes


def _line_boxes(
    text: str, font: QFont, block: QRectF, *, centred: bool, top: bool, wrap: bool = True
) -> list[Box]:
    """Where each line of ``text`` lands when drawn in ``block`` as the items draw it
    (word-wrapped, never clipped: a word wider than the block overflows it)."""
    if not text.strip():
        return []
    metrics = QFontMetricsF(font)
    lines: list[tuple[float, float]] = []  # (width, height) per line
    for paragraph in text.split("\n"):
        layout = QTextLayout(paragraph, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap if wrap else QTextOption.WrapMode.NoWrap)
        layout.setTextOption(option)
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(block.width())
            lines.append((line.naturalTextWidth(), metrics.height()))
        layout.endLayout()
    total = sum(h for _w, h in lines)
    y = block.top() if top else block.center().y() - total / 2
    boxes = []
    for width, height in lines:
        left = block.center().x() - width / 2 if centred else block.left()
        boxes.append(Box(left, y, left + width, y + height))
        y += height
    return boxes


# ---------------------------------------------------------------------- lines


def _edge(item: EdgeItem) -> EdgeGeometry:
    labels: list[tuple[QRectF, str]] = []
    keyword = item.label_text().split("\n")[0]
    labels.append((item.label_rect(), f"the label {keyword!r}"))
    labels.append((item.note_rect(), "the condition note"))
    labels += [(rect, f"the end label {text!r}") for rect, text in item.end_labels()]
    haloed = 0 if item.label_rect().isNull() else 1
    labels = [(rect, name) for rect, name in labels if not rect.isNull()]
    heads = tuple(tuple((p.x(), p.y()) for p in polygon) for polygon in item.arrowhead_polygons())
    return EdgeGeometry(
        item.element_id,
        item.source_item.element_id,
        item.target_item.element_id,
        tuple((p.x(), p.y()) for p in item.points()),
        tuple(_box(rect) for rect, _name in labels),
        tuple(name for _rect, name in labels),
        heads,
        haloed,
    )
