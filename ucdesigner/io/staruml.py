"""StarUML projects (``.mdj``, JSON), read into a use case model with their diagrams.

A project is a tree of objects with ``_type`` and ``_id``; references are
``{"$ref": id}``. Model elements (``UMLActor``, ``UMLUseCase``, ``UMLUseCaseSubject``,
``UMLInclude``, ``UMLExtend``, ``UMLAssociation`` with ``end1``/``end2``, ...) sit in
``ownedElements``; a ``UMLUseCaseDiagram`` holds ``ownedViews`` whose ``model`` names the
element, boxes in ``left``/``top``/``width``/``height`` (left out when 0) and lines in
``points`` (``"x:y;x:y"``). Notes and plain rectangles exist only as views.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..l10n import tr
from .files import read_input
from .xmi import ImportReport, ImportResult, XMIError, result_from_raw
from .xmi.raw import RawDiagram, RawEdge, RawElement, RawEnd, RawModel, RawRelationship, RawShape
from .xmi.safe import MAX_FILE_BYTES

NODES = {
    "UMLActor": "Actor",
    "UMLUseCase": "UseCase",
    "UMLUseCaseSubject": "UseCaseSubject",
    "UMLPackage": "Package",
    "UMLModel": "Package",
    "UMLSubsystem": "Package",
}
RELATIONSHIPS = {
    "UMLAssociation": "association",
    "UMLInclude": "include",
    "UMLExtend": "extend",
    "UMLGeneralization": "generalization",
    "UMLDependency": "dependency",
    "UMLRealization": "dependency",
    "UMLAbstraction": "dependency",
}
NODE_VIEWS = {
    "UMLActorView",
    "UMLUseCaseView",
    "UMLUseCaseSubjectView",
    "UMLPackageView",
    "UMLModelView",
    "UMLSubsystemView",
}
EDGE_VIEWS = {
    "UMLAssociationView",
    "UMLIncludeView",
    "UMLExtendView",
    "UMLGeneralizationView",
    "UMLDependencyView",
    "UMLRealizationView",
}


class StarUMLError(XMIError):
    """A file that is not a usable StarUML project; one line naming the file and why."""


def read_mdj(path: str | os.PathLike[str]) -> ImportResult:
    """Import a StarUML ``.mdj`` project with its use case diagrams."""
    file = Path(path)
    data = read_input(file, "a StarUML project (.mdj)", MAX_FILE_BYTES, StarUMLError)
    return read_mdj_bytes(data, str(file))


def read_mdj_bytes(data: bytes, source: str = "<data>") -> ImportResult:
    """Import the bytes of a StarUML project."""
    if not data.strip():
        raise StarUMLError(f"{source}: is empty, not a StarUML project")
    try:
        project = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise StarUMLError(f"{source}: is not UTF-8 text, not a StarUML project") from None
    except json.JSONDecodeError as error:
        raise StarUMLError(
            f"{source}: is not JSON (line {error.lineno}: {error.msg}), not a StarUML project"
        ) from None
    except RecursionError:
        raise StarUMLError(f"{source}: nests too deeply to be a StarUML project") from None
    if not isinstance(project, dict) or project.get("_type") != "Project":
        raise StarUMLError(
            f'{source}: is JSON but not a StarUML project (no top-level "_type": "Project")'
        )
    raw = RawModel(dialect="StarUML project (.mdj)", exporter="StarUML")
    report = ImportReport(source=source, dialect=raw.dialect, exporter=raw.exporter)
    _Reader(project, raw, report).read()
    return result_from_raw(raw, source, report)


def _ref(value: Any) -> str | None:
    if isinstance(value, dict) and isinstance(value.get("$ref"), str):
        return value["$ref"]
    return None


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return 0.0
    return float(value)


def _walk(value: Any) -> Iterator[dict[str, Any]]:
    """Every object in the tree (not following references)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if "_type" in item:
                yield item
            stack.extend(v for v in item.values() if isinstance(v, dict | list))
        elif isinstance(item, list):
            stack.extend(v for v in item if isinstance(v, dict | list))


def _points(text: Any) -> list[tuple[float, float]]:
    points = []
    for pair in _text(text).split(";"):
        x, sep, y = pair.partition(":")
        try:
            if sep:
                points.append((float(x), float(y)))
        except ValueError:
            return []
    return points


class _Reader:
    def __init__(self, project: dict[str, Any], raw: RawModel, report: ImportReport) -> None:
        self.project = project
        self.raw = raw
        self.report = report
        self.objects = [o for o in _walk(project) if isinstance(o.get("_id"), str)]
        self.root = project.get("_id")
        models = [
            o
            for o in project.get("ownedElements") or []
            if isinstance(o, dict) and o.get("_type") == "UMLModel"
        ]
        if len(models) == 1 and isinstance(models[0].get("_id"), str):
            # The project's one model is the document itself, not a package in it.
            raw.root_id = models[0]["_id"]
            raw.name = _text(models[0].get("name")) or raw.name

    def owner(self, item: dict[str, Any]) -> str | None:
        parent = _ref(item.get("_parent"))
        return None if parent in (self.root, self.raw.root_id) else parent

    def read(self) -> None:
        diagrams = []
        for item in self.objects:
            kind = item.get("_type", "")
            if kind in NODES:
                self.node(item, NODES[kind])
            elif kind in RELATIONSHIPS:
                self.relationship(item, RELATIONSHIPS[kind])
            elif kind.startswith("UML") and kind.endswith("Diagram"):
                diagrams.append(item)  # after the elements: rectangles look at use cases
            elif kind.startswith("UML") and not kind.endswith(("View", "End", "Point")):
                self.raw.ignore(kind[3:])
        for item in diagrams:
            self.diagram(item)

    def node(self, item: dict[str, Any], metaclass: str) -> None:
        element = RawElement(
            item["_id"],
            metaclass,
            _text(item.get("name")),
            owner=self.owner(item),
            documentation=_text(item.get("documentation")),
            boundary=metaclass == "UseCaseSubject",
        )
        for point in item.get("extensionPoints") or []:
            if isinstance(point, dict) and isinstance(point.get("_id"), str):
                element.extension_points.append((point["_id"], _text(point.get("name"))))
        self.raw.add(element)

    def relationship(self, item: dict[str, Any], kind: str) -> None:
        rel = RawRelationship(
            item["_id"],
            kind,
            _ref(item.get("source")),
            _ref(item.get("target")),
            metaclass=item["_type"][3:],
            name=_text(item.get("name")),
            documentation=_text(item.get("documentation")),
            owner=self.owner(item),
        )
        if kind == "association":
            ends = [item.get("end1"), item.get("end2")]
            if all(isinstance(e, dict) for e in ends):
                rel.ends = (self.end(ends[0]), self.end(ends[1]))
                rel.source, rel.target = rel.ends[0].element, rel.ends[1].element
        if kind == "extend":
            rel.condition = _text(item.get("condition"))
            rel.extension_points = [r for r in map(_ref, item.get("extensionLocations") or []) if r]
        self.raw.relationships.append(rel)

    @staticmethod
    def end(end: dict[str, Any]) -> RawEnd:
        navigable = end.get("navigable")
        return RawEnd(
            _ref(end.get("reference")),
            _text(end.get("multiplicity")),
            navigable if isinstance(navigable, bool) else None,
            _text(end.get("name")),
        )

    def diagram(self, item: dict[str, Any]) -> None:
        kind = item["_type"][3:]
        diagram = RawDiagram(item["_id"], _text(item.get("name")), self.owner(item), kind)
        rectangles = []
        links = []
        shown: dict[str, str] = {}  # view id -> element id
        for view in _walk(item.get("ownedViews") or []):
            view_type = view.get("_type", "")
            model = _ref(view.get("model"))
            if view_type in NODE_VIEWS and model:
                shown[view.get("_id", "")] = model
                diagram.shapes.append(self.shape(model, view))
            elif view_type in EDGE_VIEWS and model:
                points = _points(view.get("points"))
                diagram.edges.append(RawEdge(model, points[1:-1]))
            elif view_type == "UMLNoteView" and isinstance(view.get("_id"), str):
                note = RawElement(view["_id"], "Comment", "", owner=diagram.owner)
                note.body = _text(view.get("text"))
                self.raw.add(note)
                shown[view["_id"]] = view["_id"]
                diagram.shapes.append(self.shape(view["_id"], view))
            elif view_type == "RectangleView" and isinstance(view.get("_id"), str):
                rectangles.append(view)
            elif view_type == "UMLNoteLinkView":
                links.append(view)
        for view in rectangles:
            self.rectangle(view, diagram)
        for view in links:  # a note's line to what it annotates
            ends = [shown.get(_ref(view.get(k)) or "") for k in ("tail", "head")]
            notes = [e for e in ends if e and self.raw.elements.get(e, None) is not None]
            for note, other in ((ends[0], ends[1]), (ends[1], ends[0])):
                record = self.raw.elements.get(note or "")
                if record is not None and record.metaclass == "Comment" and other and notes:
                    record.annotated.append(other)
                    diagram.note_links.append((record.xid, other))
                    break
        self.raw.diagrams.append(diagram)

    @staticmethod
    def shape(model: str, view: dict[str, Any]) -> RawShape:
        return RawShape(
            model,
            _number(view.get("left")),
            _number(view.get("top")),
            _number(view.get("width")) or None,
            _number(view.get("height")) or None,
        )

    def rectangle(self, view: dict[str, Any], diagram: RawDiagram) -> None:
        """A plain rectangle drawn around use cases: an unnamed system boundary."""
        box = self.shape(view["_id"], view)
        if not box.width or not box.height:
            return
        inside = [
            s
            for s in diagram.shapes
            if self.raw.elements.get(s.element) is not None
            and self.raw.elements[s.element].metaclass == "UseCase"
            and s.x >= box.x
            and s.y >= box.y
            and s.x + (s.width or 0) <= box.x + box.width
            and s.y + (s.height or 0) <= box.y + box.height
        ]
        if not inside:
            return
        self.raw.add(RawElement(view["_id"], "Rectangle", "", diagram.owner, boundary=True))
        self.report.map(
            tr('rectangle on diagram "{diagram}"').format(diagram=diagram.name),
            tr("read as an unnamed system boundary"),
        )
        diagram.shapes.insert(0, box)
