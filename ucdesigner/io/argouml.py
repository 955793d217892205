"""ArgoUML projects (``.zargo``, ``.zuml``): the model and the diagrams' geometry.

The archive holds the model as XMI 1.2 (UML 1.4) in a ``.xmi`` member and each diagram
as a ``.pgml`` member (PGML, XML): the root names the diagram and its owner
(``description="...UMLUseCaseDiagram|owner-id"``); each top-level ``group`` is a figure
whose ``description`` gives its class and box (``FigUseCase[x, y, w, h]``) and whose
``href`` is the model element's id; an edge figure holds a ``path`` of ``moveto`` and
``lineto`` points. A plain ``rectangle`` drawn around use cases is the system boundary
ArgoUML has no element for.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from lxml import etree

from ..l10n import tr
from .archive import Archive
from .files import read_input
from .xmi import ImportReport, ImportResult, XMIError, read_xmi_root
from .xmi.names import local
from .xmi.raw import RawDiagram, RawEdge, RawElement, RawModel, RawShape
from .xmi.safe import MAX_FILE_BYTES, parse_declaring

PGML_PREFIXES = {"argouml": "http://argouml.tigris.org/pgml"}
"""ArgoUML writes ``argouml:pathitem`` without declaring the prefix."""
_BOX = re.compile(r"\.(\w+)\[\s*(-?\d+),\s*(-?\d+),\s*(\d+),\s*(\d+)\]")
_EDGE_CLASS = re.compile(r"\.(Fig\w+)$")
_DIAGRAM_KINDS = {
    "UMLUseCaseDiagram": "Use Case Diagram",
    "UMLClassDiagram": "Class Diagram",
    "UMLSequenceDiagram": "Sequence Diagram",
    "UMLActivityDiagram": "Activity Diagram",
    "UMLStateDiagram": "State Diagram",
    "UMLCollaborationDiagram": "Collaboration Diagram",
    "UMLDeploymentDiagram": "Deployment Diagram",
}


def read_zargo(path: str | os.PathLike[str]) -> ImportResult:
    """Import an ArgoUML ``.zargo`` or ``.zuml`` project with its diagrams."""
    file = Path(path)
    data = read_input(file, "an ArgoUML project (.zargo)", MAX_FILE_BYTES, XMIError)
    return read_zargo_bytes(data, str(file))


def read_zargo_bytes(data: bytes, source: str = "<data>") -> ImportResult:
    """Import the bytes of a ``.zargo`` archive."""
    archive = Archive.open(data, source)
    models = [n for n in archive.names if n.lower().endswith(".xmi")]
    if not models:
        raise XMIError(f"{source}: holds no ArgoUML model (no .xmi member)")
    model = models[0]
    root = archive.xml(model)
    diagrams = [
        (n, parse_declaring(archive.read(n), archive.label(n), PGML_PREFIXES))
        for n in archive.names
        if n.lower().endswith(".pgml")
    ]

    def add_diagrams(raw: RawModel, report: ImportReport) -> None:
        raw.dialect = report.dialect = f"ArgoUML project, {raw.dialect}"
        if not raw.exporter:
            raw.exporter = report.exporter = "ArgoUML"
        report.map(tr("archive member {member}").format(member=model), tr("the model"))
        for member, pgml in diagrams:
            diagram = read_pgml(pgml, member, raw, report)
            raw.diagrams.append(diagram)
            report.map(
                tr("archive member {member}").format(member=member),
                tr('diagram "{name}"').format(name=diagram.name),
            )
        for member in archive.nested:
            report.drop(
                tr("archive member {member}").format(member=member),
                tr("an archive inside the archive; not opened"),
            )

    return read_xmi_root(root, source, prepare=add_diagrams)


def read_pgml(root: etree._Element, member: str, raw: RawModel, report: ImportReport) -> RawDiagram:
    """One diagram from a PGML document; a rectangle drawn around use cases becomes a
    system boundary of the model (recorded in ``raw``)."""
    description = root.get("description", "")
    cls, _, owner = description.partition("|")
    kind = _DIAGRAM_KINDS.get(cls.rsplit(".", 1)[-1], "")
    diagram = RawDiagram(f"pgml:{member}", root.get("name", ""), owner or None, kind)
    rectangles = []
    figures = {g.get("name", ""): g.get("href", "") for g in root if isinstance(g.tag, str)}
    for index, figure in enumerate(root):
        if not isinstance(figure.tag, str):
            continue
        tag = local(figure.tag)
        if tag == "group" and figure.get("description", "").endswith(".FigEdgeNote"):
            ends = _note_ends(figure, figures)
            if ends is not None:
                diagram.note_links.append(ends)
        elif tag == "group":
            _figure(figure, diagram)
        elif tag == "rectangle":
            rectangles.append((figure, f"{diagram.xid}#{index}"))
    for figure, xid in rectangles:
        _rectangle(figure, diagram, raw, report, xid)
    return diagram


def _figure(group: etree._Element, diagram: RawDiagram) -> None:
    description = group.get("description", "")
    href = group.get("href")
    box = _BOX.search(description)
    if box is not None:
        if href:
            x, y, w, h = (float(v) for v in box.groups()[1:])
            diagram.shapes.append(RawShape(href, x, y, w or None, h or None))
        return
    if href and _EDGE_CLASS.search(description):
        diagram.edges.append(RawEdge(href, _bends(group)))


_PRIVATE_REF = re.compile(r'(sourceFigNode|destFigNode)="([^"]*)"')


def _note_ends(group: etree._Element, figures: dict[str, str]) -> tuple[str, str] | None:
    """The elements a note's line joins (its private part names the two figures)."""
    private = next((c for c in group if isinstance(c.tag, str) and local(c.tag) == "private"), None)
    found = dict(_PRIVATE_REF.findall(private.text or "")) if private is not None else {}
    source = figures.get(found.get("sourceFigNode", ""))
    target = figures.get(found.get("destFigNode", ""))
    return (source, target) if source and target else None


def _bends(group: etree._Element) -> list[tuple[float, float]]:
    """The inner points of an edge's path (its ends sit on the shapes' outlines)."""
    for path in group:
        if isinstance(path.tag, str) and local(path.tag) == "path":
            points = []
            for step in path:
                if isinstance(step.tag, str) and local(step.tag) in ("moveto", "lineto"):
                    try:
                        points.append((float(step.get("x", "")), float(step.get("y", ""))))
                    except ValueError:
                        return []
            return points[1:-1]
    return []


def _rectangle(
    element: etree._Element, diagram: RawDiagram, raw: RawModel, report: ImportReport, xid: str
) -> None:
    try:
        x, y, w, h = (float(element.get(k, "")) for k in ("x", "y", "width", "height"))
    except ValueError:
        return
    inside = [
        s
        for s in diagram.shapes
        if s.x >= x
        and s.y >= y
        and s.x + (s.width or 0) <= x + w
        and s.y + (s.height or 0) <= y + h
    ]
    if w <= 0 or h <= 0 or not inside:
        return
    name = element.get("name", "")
    raw.add(RawElement(xid, "Rectangle", "", owner=diagram.owner, boundary=True))
    report.map(
        tr('rectangle {name} on diagram "{diagram}"').format(name=name, diagram=diagram.name),
        tr("read as an unnamed system boundary"),
    )
    diagram.shapes.insert(0, RawShape(xid, x, y, w, h))
