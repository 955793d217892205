"""draw.io / diagrams.net drawings (``.drawio``, ``.xml``, ``.drawio.svg``, ``.drawio.png``)
turned into a use case model.

A drawing has no model behind it, only shapes, so the model is read from what is drawn:
``shape=umlActor`` is an actor, an ellipse with text a use case, a note a comment, a
container or rectangle that encloses use cases a system boundary (its title may be a
separate text inside or just above it). Lines are told by their label (``«include»``,
``<<extend>>``, on the line, in a label of the line, or in a free text next to it), a
hollow triangle arrowhead (generalization) or by what they join (actor and use case: an
association). A line's loose end counts where it lies on a shape. Every page with use
case content becomes a diagram with the drawn positions; everything else is listed in
the import report with its page.

The file forms (plain or compressed pages, PNG and SVG with the drawing embedded) are
unpacked by ``drawio_file``.
"""

from __future__ import annotations

import html
import math
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ..l10n import tr
from .drawio_file import DrawioError, drawing_pages
from .files import read_input
from .xmi import ImportReport, ImportResult, result_from_raw
from .xmi.names import local
from .xmi.raw import RawDiagram, RawEdge, RawElement, RawModel, RawRelationship, RawShape
from .xmi.safe import MAX_FILE_BYTES

SNAP = 20.0
"""How far (px) a line's loose end may lie from a shape's outline and still join it."""
ACTOR_LABEL = 30.0
"""The height of an actor's name under its figure, where lines also end."""
LABEL_REACH = 60.0
"""How far (px) a free «include»/«extend» text may lie from a line's middle to label it."""


@dataclass
class Cell:
    """One mxCell with what the reader needs of it."""

    id: str
    value: str
    style: dict[str, str]
    parent: str
    vertex: bool
    edge: bool
    source: str = ""
    target: str = ""
    box: tuple[float, float, float, float] | None = None
    relative: bool = False
    points: list[tuple[float, float]] = field(default_factory=list)
    source_point: tuple[float, float] | None = None
    target_point: tuple[float, float] | None = None

    @property
    def text(self) -> str:
        """The label as plain text (HTML markup reduced, entities decoded)."""
        return plain_text(self.value)


def read_drawio(path: str | os.PathLike[str]) -> ImportResult:
    """Import a draw.io drawing (any of its file forms) as a use case model."""
    file = Path(path)
    data = read_input(file, "a draw.io drawing", MAX_FILE_BYTES, DrawioError)
    return read_drawio_bytes(data, str(file))


def read_drawio_bytes(data: bytes, source: str = "<data>") -> ImportResult:
    """Import the bytes of a draw.io drawing."""
    pages = drawing_pages(data, source)
    raw = RawModel(dialect="draw.io drawing", exporter="draw.io")
    raw.name = Path(source).name.split(".")[0] or "Drawing"
    report = ImportReport(source=source, dialect=raw.dialect, exporter=raw.exporter)
    for number, (name, model) in enumerate(pages, start=1):
        _Page(number, name or f"Page {number}", model, raw, report).read()
    if not raw.diagrams:
        names = ", ".join(f'"{name or number}"' for number, (name, _m) in enumerate(pages, 1))
        raise DrawioError(
            f"{source}: is not a use case diagram: no page draws use cases (pages {names})"
        )
    return result_from_raw(raw, source, report)


# ---------------------------------------------------------------------- text and style

_TAG = re.compile(r"<[^>]*>")
_BREAK = re.compile(r"<\s*(br|/?div|/?p|/?li)\b[^>]*>", re.I)
_SPACES = re.compile(r"[ \t\u00a0]+")


def plain_text(value: str) -> str:
    """A label with its HTML markup reduced to plain text."""
    text = _BREAK.sub("\n", value)
    text = html.unescape(_TAG.sub("", text))
    lines = [_SPACES.sub(" ", line).strip() for line in text.splitlines()]
    return " ".join(line for line in lines if line)


def parse_style(style: str) -> dict[str, str]:
    """``ellipse;whiteSpace=wrap;html=1`` as ``{"ellipse": "", "whiteSpace": "wrap", ...}``."""
    parsed: dict[str, str] = {}
    for part in style.split(";"):
        key, _, value = part.partition("=")
        if key.strip():
            parsed[key.strip()] = value.strip()
    return parsed


def keyword(text: str) -> str | None:
    """ "include" or "extend" when a label names one (``«include»``, ``<<extend>>``)."""
    lowered = text.lower()
    for word in ("include", "extend"):
        if re.search(rf"(«|<<|&lt;&lt;)\s*{word}[s]?\s*(»|>>)", lowered) or lowered.strip() in (
            word,
            word + "s",
        ):
            return word
    return None


# ---------------------------------------------------------------------- one page


def _cells(model: etree._Element) -> list[Cell]:
    root = next((c for c in model if isinstance(c.tag, str) and local(c.tag) == "root"), None)
    if root is None:
        return []
    cells = []
    for item in root:
        if not isinstance(item.tag, str):
            continue
        holder = item
        if local(item.tag) in ("object", "UserObject"):
            inner = next((c for c in item if isinstance(c.tag, str)), None)
            if inner is None:
                continue
            item = inner
            value = holder.get("label", "")
            ident = holder.get("id", "")
        elif local(item.tag) == "mxCell":
            value = item.get("value", "")
            ident = item.get("id", "")
        else:
            continue
        cell = Cell(
            id=ident,
            value=value,
            style=parse_style(item.get("style", "")),
            parent=item.get("parent", ""),
            vertex=item.get("vertex") == "1",
            edge=item.get("edge") == "1",
            source=item.get("source", ""),
            target=item.get("target", ""),
        )
        geometry = next(
            (c for c in item if isinstance(c.tag, str) and local(c.tag) == "mxGeometry"), None
        )
        if geometry is not None:
            _read_geometry(cell, geometry)
        cells.append(cell)
    return cells


def _number(value: str | None, default: float = 0.0) -> float:
    try:
        number = float(value) if value is not None else default
    except ValueError:
        return default
    return number if math.isfinite(number) else default


def _read_geometry(cell: Cell, geometry: etree._Element) -> None:
    cell.relative = geometry.get("relative") == "1"
    cell.box = (
        _number(geometry.get("x")),
        _number(geometry.get("y")),
        _number(geometry.get("width")),
        _number(geometry.get("height")),
    )
    for child in geometry:
        if not isinstance(child.tag, str):
            continue
        role = child.get("as", "")
        if local(child.tag) == "mxPoint" and role in ("sourcePoint", "targetPoint"):
            point = (_number(child.get("x")), _number(child.get("y")))
            if role == "sourcePoint":
                cell.source_point = point
            else:
                cell.target_point = point
        elif local(child.tag) == "Array" and role == "points":
            cell.points = [
                (_number(p.get("x")), _number(p.get("y")))
                for p in child
                if isinstance(p.tag, str) and local(p.tag) == "mxPoint"
            ]


Box = tuple[float, float, float, float]


def _inside(inner: Box, outer: Box) -> bool:
    return (
        inner[0] >= outer[0] - 1
        and inner[1] >= outer[1] - 1
        and inner[0] + inner[2] <= outer[0] + outer[2] + 1
        and inner[1] + inner[3] <= outer[1] + outer[3] + 1
    )


def _gap(point: tuple[float, float], box: Box) -> float:
    """Distance from a point to a box (0 inside)."""
    dx = max(box[0] - point[0], 0.0, point[0] - box[0] - box[2])
    dy = max(box[1] - point[1], 0.0, point[1] - box[1] - box[3])
    return math.hypot(dx, dy)


def _centre(box: Box) -> tuple[float, float]:
    return box[0] + box[2] / 2, box[1] + box[3] / 2


class _Page:
    """Reads one page into the raw model: elements, relationships and one diagram."""

    def __init__(
        self,
        number: int,
        name: str,
        model: etree._Element,
        raw: RawModel,
        report: ImportReport,
    ) -> None:
        self.number = number
        self.name = name
        self.raw = raw
        self.report = report
        self.cells = {c.id: c for c in _cells(model) if c.id}
        self.kinds: dict[str, str] = {}
        self.boxes: dict[str, Box] = {}
        self.diagram = RawDiagram(f"page-{number}", name, kind="draw.io page")
        self.used: set[str] = set()
        self.titles: dict[str, str] = {}  # boundary cell -> the text that names it

    def xid(self, cell_id: str) -> str:
        return f"p{self.number}:{cell_id}"

    def where(self, what: str) -> str:
        return tr('{what} on page "{page}"').format(what=what, page=self.name)

    def absolute(self, cell: Cell) -> Box | None:
        """A vertex's box in page coordinates (children sit relative to their parent)."""
        if cell.box is None:
            return None
        x, y, w, h = cell.box
        seen = {cell.id}
        parent = self.cells.get(cell.parent)
        while parent is not None and parent.vertex and parent.id not in seen:
            seen.add(parent.id)
            if parent.box is not None:
                x, y = x + parent.box[0], y + parent.box[1]
            parent = self.cells.get(parent.parent)
        return (x, y, w, h)

    def read(self) -> None:
        vertices = [c for c in self.cells.values() if c.vertex]
        edges = [c for c in self.cells.values() if c.edge]
        for cell in vertices:
            box = self.absolute(cell)
            if box is not None:
                self.boxes[cell.id] = box
        self.classify(vertices)
        self.boundaries(vertices)
        relationships = self.lines(edges)
        if "usecase" not in self.kinds.values():  # actors alone: a sequence diagram's
            self.report.drop(
                tr('page "{name}"').format(name=self.name),
                tr(
                    "is not a use case diagram (no use cases among its "
                    "{shapes} shapes and {lines} lines); not imported"
                ).format(shapes=len(vertices), lines=len(edges)),
            )
            return
        for cell_id, kind in self.kinds.items():
            cell = self.cells[cell_id]
            metaclass = {"actor": "Actor", "usecase": "UseCase", "comment": "Comment"}.get(
                kind, "Boundary"
            )
            element = RawElement(
                self.xid(cell_id), metaclass, cell.text if kind != "comment" else ""
            )
            if kind == "comment":
                element.body = cell.text
            if kind == "subject":
                element.boundary = True
                element.name = self.titles.get(cell_id, cell.text)
            self.raw.add(element)
            x, y, w, h = self.boxes[cell_id]
            self.diagram.shapes.append(RawShape(self.xid(cell_id), x, y, w or None, h or None))
        self.raw.relationships.extend(r for r, _ in relationships)
        self.diagram.edges.extend(e for _, e in relationships)
        self.raw.diagrams.append(self.diagram)
        self.report.map(
            tr('page "{name}"').format(name=self.name),
            tr('diagram "{name}"').format(name=self.name),
        )
        for cell in vertices:
            if cell.id not in self.kinds and cell.id not in self.used and self.visible(cell):
                self.unmapped(cell)

    def visible(self, cell: Cell) -> bool:
        """Shapes worth telling about: not edge labels, not empty invisible helpers."""
        parent = self.cells.get(cell.parent)
        if "edgeLabel" in cell.style or (parent is not None and parent.edge):
            return False
        return bool(cell.text) or "text" not in cell.style

    def unmapped(self, cell: Cell) -> None:
        bare = [key for key, value in cell.style.items() if not value]
        shape = cell.style.get("shape") or (bare[0] if bare else "rectangle")
        if cell.text:
            label = tr('{kind} "{name}"').format(kind=shape, name=cell.text)
        else:
            label = tr("unlabelled {shape}").format(shape=shape)
        self.report.drop(self.where(label), tr("not a use case diagram element"), self.xid(cell.id))

    def classify(self, vertices: list[Cell]) -> None:
        for cell in vertices:
            if cell.id not in self.boxes or cell.relative:
                continue
            style = cell.style
            if style.get("shape") == "umlActor" or "umlActor" in style:
                self.kinds[cell.id] = "actor"
            elif (
                ("ellipse" in style or style.get("shape") == "ellipse")
                and style.get("shape", "ellipse") == "ellipse"
                and cell.text
            ):
                # (an ellipse with another shape, umlControl or a state, is not a use case)
                self.kinds[cell.id] = "usecase"
            elif style.get("shape") == "note" or "note" in style:
                self.kinds[cell.id] = "comment"

    def boundaries(self, vertices: list[Cell]) -> None:
        """Containers and rectangles that enclose use cases; their titles."""
        cases = [self.boxes[c] for c, k in self.kinds.items() if k == "usecase"]
        texts = [c for c in vertices if "text" in c.style and c.text and c.id in self.boxes]
        for cell in vertices:
            if cell.id in self.kinds or cell.id not in self.boxes or "text" in cell.style:
                continue
            if any(k in cell.style for k in ("edgeLabel", "line")):
                continue
            box = self.boxes[cell.id]
            if box[2] <= 0 or box[3] <= 0 or not any(_inside(c, box) for c in cases):
                continue
            self.kinds[cell.id] = "subject"
            if not cell.text:
                title = self.title(box, texts)
                if title is not None:
                    self.titles[cell.id] = title.text
                    self.used.add(title.id)

    def title(self, box: Box, texts: list[Cell]) -> Cell | None:
        """A text in the top part of a box, or just above it: the boundary's title."""
        best = None
        for text in texts:
            if text.id in self.used or keyword(text.text):
                continue
            cx, cy = _centre(self.boxes[text.id])
            if not box[0] <= cx <= box[0] + box[2]:
                continue
            near_top = box[1] - 40 <= cy <= box[1] + min(80.0, box[3] / 4)
            if near_top and (best is None or cy < _centre(self.boxes[best.id])[1]):
                best = text
        return best

    def end(self, cell: Cell, which: str) -> str | None:
        """The mapped shape a line's end joins: by id, or where its loose end lies."""
        ident = cell.source if which == "source" else cell.target
        if ident in self.kinds:
            return ident
        point = cell.source_point if which == "source" else cell.target_point
        if ident or point is None:
            return None
        point = self.edge_offset(cell, point)
        near = [
            (_gap(point, self.reach(k)), k)
            for k, kind in self.kinds.items()
            if kind in ("actor", "usecase") and _gap(point, self.reach(k)) <= SNAP
        ]
        return min(near)[1] if near else None

    def reach(self, cell_id: str) -> Box:
        """Where a line may end on a shape: an actor's name below its figure counts."""
        x, y, w, h = self.boxes[cell_id]
        if self.kinds[cell_id] == "actor":
            return (x, y, w, h + ACTOR_LABEL)
        return (x, y, w, h)

    def edge_offset(self, cell: Cell, point: tuple[float, float]) -> tuple[float, float]:
        parent = self.cells.get(cell.parent)
        if parent is not None and parent.vertex and parent.id in self.boxes:
            return point[0] + self.boxes[parent.id][0], point[1] + self.boxes[parent.id][1]
        return point

    def label(self, cell: Cell) -> str:
        """A line's label: its value, or the labels placed on it."""
        parts = [cell.text]
        parts += [
            c.text for c in self.cells.values() if c.parent == cell.id and c.vertex and c.text
        ]
        for c in self.cells.values():
            if c.parent == cell.id and c.vertex:
                self.used.add(c.id)
        return " ".join(p for p in parts if p)

    def free_labels(self, lines: dict[str, tuple[float, float]]) -> dict[str, str]:
        """Free «include»/«extend» texts next to unlabelled dashed lines (by the nearest
        line middle)."""
        found: dict[str, str] = {}
        for text in self.cells.values():
            word = keyword(text.text) if text.vertex and "text" in text.style else None
            if word is None or text.id not in self.boxes:
                continue
            centre = _centre(self.boxes[text.id])
            near = sorted(
                (math.dist(centre, middle), line)
                for line, middle in lines.items()
                if line not in found
            )
            if near and near[0][0] <= LABEL_REACH + max(self.boxes[text.id][2], 0) / 2:
                found[near[0][1]] = word
                self.used.add(text.id)
        return found

    def lines(self, edges: list[Cell]) -> list[tuple[RawRelationship, RawEdge]]:
        ends = {e.id: (self.end(e, "source"), self.end(e, "target")) for e in edges}
        labels = {e.id: self.label(e) for e in edges}
        loose = {}
        for edge in edges:
            source, target = ends[edge.id]
            if (
                source
                and target
                and not keyword(labels[edge.id])
                and edge.style.get("dashed") == "1"
            ):
                a, b = _centre(self.boxes[source]), _centre(self.boxes[target])
                loose[edge.id] = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
        free = self.free_labels(loose)
        found = []
        for edge in edges:
            source, target = ends[edge.id]
            word = keyword(labels[edge.id]) or free.get(edge.id)
            kind = self.kind(edge, source, target, word)
            if kind is None or source is None or target is None:
                what = (
                    tr('line "{name}"').format(name=labels[edge.id])
                    if labels[edge.id]
                    else tr("line")
                )
                self.report.drop(self.where(what), self.why(source, target), self.xid(edge.id))
                continue
            backwards = kind == "association" and self.kinds[source] != "actor"
            if kind == "generalization":  # the hollow head sits at the parent
                backwards = (
                    edge.style.get("startArrow") == "block"
                    and edge.style.get("endArrow") != "block"
                )
            if backwards:
                source, target = target, source
            rel = RawRelationship(
                self.xid(edge.id), kind, self.xid(source), self.xid(target), metaclass="line"
            )
            if word is None and labels[edge.id] and kind != "association":
                rel.name = labels[edge.id]
            points = [self.edge_offset(edge, p) for p in edge.points]
            found.append((rel, RawEdge(rel.xid, points)))
        return found

    def kind(
        self, edge: Cell, source: str | None, target: str | None, word: str | None
    ) -> str | None:
        if source is None or target is None or source == target:
            return None
        kinds = {self.kinds[source], self.kinds[target]}
        if word is not None:
            return word if kinds == {"usecase"} else None
        if "comment" in kinds:
            return None
        hollow = edge.style.get("endFill") == "0" or edge.style.get("startFill") == "0"
        triangle = "block" in (edge.style.get("endArrow"), edge.style.get("startArrow"))
        if triangle and hollow and len(kinds) == 1 and kinds <= {"actor", "usecase"}:
            return "generalization"
        if kinds == {"actor", "usecase"}:
            return "association"
        return None

    def why(self, source: str | None, target: str | None) -> str:
        if source is None or target is None:
            return tr("does not join two actors, use cases or notes at both ends")
        if source == target:
            return tr("joins a shape to itself")
        kinds = sorted({self.kinds[source], self.kinds[target]})
        if len(kinds) == 1:
            return tr("is not a use case relationship between {kind}").format(kind=kinds[0])
        return tr("is not a use case relationship between {first} and {second}").format(
            first=kinds[0], second=kinds[1]
        )
