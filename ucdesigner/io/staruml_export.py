"""Export to a StarUML project (``.mdj``), so a model can go back to StarUML.

The document becomes a ``Project`` holding one ``UMLModel``; packages become
``UMLPackage``s holding their members; each relationship is owned by its source, as
StarUML keeps them; every diagram becomes a ``UMLUseCaseDiagram`` whose views carry
the shapes' boxes and the lines' points. Comments exist in StarUML only as note views,
so a comment is written as a ``UMLNoteView`` on each diagram that shows it (with a
``UMLNoteLinkView`` for each drawn comment link); a comment on no diagram is left out.
Ids are the document's own ids, so exporting twice gives the same file.
"""

from __future__ import annotations

import json
import os
from typing import Any

from ..model import Document, DocumentData
from ..model.diagram import Diagram, Shape
from ..model.elements import Association, Comment, Extend, Relationship, UseCase
from .atomic import atomic_write_bytes
from .xmi.errors import XMIError

NODE_TYPES = {
    "actor": "UMLActor",
    "usecase": "UMLUseCase",
    "subject": "UMLUseCaseSubject",
    "package": "UMLPackage",
}
RELATIONSHIP_TYPES = {
    "association": "UMLAssociation",
    "include": "UMLInclude",
    "extend": "UMLExtend",
    "generalization": "UMLGeneralization",
    "dependency": "UMLDependency",
}
PROJECT_ID = "ucdesigner-project"
MODEL_ID = "ucdesigner-model"


def _ref(ident: str) -> dict[str, str]:
    return {"$ref": ident}


def write_mdj(document: Document | DocumentData, path: str | os.PathLike[str]) -> None:
    """Write the document as a StarUML project to ``path`` atomically."""
    try:
        atomic_write_bytes(path, dumps_mdj(document))
    except OSError as error:
        raise XMIError(f"{path}: cannot be written ({error.strerror or error})") from None


def dumps_mdj(document: Document | DocumentData) -> bytes:
    """The StarUML project as UTF-8 JSON bytes."""
    data = document.to_data() if isinstance(document, Document) else document
    return json.dumps(project(data), indent="\t", ensure_ascii=False).encode("utf-8") + b"\n"


def project(data: DocumentData) -> dict[str, Any]:
    """The StarUML project as plain data."""
    objects: dict[str, dict[str, Any]] = {}
    model: dict[str, Any] = {
        "_type": "UMLModel",
        "_id": MODEL_ID,
        "_parent": _ref(PROJECT_ID),
        "name": data.name or "Model",
        "ownedElements": [],
    }
    for element in data.elements:
        kind = NODE_TYPES.get(element.kind)
        if kind is None:
            continue
        item: dict[str, Any] = {"_type": kind, "_id": element.id, "name": element.name}
        if element.documentation:
            item["documentation"] = element.documentation
        if isinstance(element, UseCase) and element.extension_points:
            item["extensionPoints"] = [
                {
                    "_type": "UMLExtensionPoint",
                    "_id": point.id,
                    "_parent": _ref(element.id),
                    "name": point.name,
                }
                for point in element.extension_points
            ]
        objects[element.id] = item
    for element in data.elements:
        if element.id not in objects:
            continue
        owner = objects.get(element.package or "", model)
        objects[element.id]["_parent"] = _ref(owner["_id"])
        owner.setdefault("ownedElements", []).append(objects[element.id])
    for rel in data.relationships:
        item = relationship(rel)
        owner = objects.get(rel.source)
        if item is None or owner is None:
            continue
        item["_parent"] = _ref(owner["_id"])
        owner.setdefault("ownedElements", []).append(item)
    nodes = {e.id: e for e in data.elements}
    relationships = {r.id: r for r in data.relationships}
    for diagram in data.diagrams:
        owner = objects.get(diagram.package or "", model)
        item = _diagram(diagram, nodes, relationships)
        item["_parent"] = _ref(owner["_id"])
        owner.setdefault("ownedElements", []).append(item)
    return {
        "_type": "Project",
        "_id": PROJECT_ID,
        "name": data.name or "Model",
        "ownedElements": [model],
    }


def relationship(rel: Relationship) -> dict[str, Any] | None:
    """A relationship as a StarUML object (None for comment links: views only)."""
    kind = RELATIONSHIP_TYPES.get(rel.kind)
    if kind is None:
        return None
    item: dict[str, Any] = {"_type": kind, "_id": rel.id}
    if rel.name:
        item["name"] = rel.name
    if rel.documentation:
        item["documentation"] = rel.documentation
    if isinstance(rel, Association):
        for key, end, element in (
            ("end1", rel.source_end, rel.source),
            ("end2", rel.target_end, rel.target),
        ):
            item[key] = {
                "_type": "UMLAssociationEnd",
                "_id": f"{rel.id}-{key}",
                "_parent": _ref(rel.id),
                "reference": _ref(element),
                "name": end.role,
                "multiplicity": end.multiplicity,
                "navigable": end.navigable,
            }
        return item
    item["source"] = _ref(rel.source)
    item["target"] = _ref(rel.target)
    if isinstance(rel, Extend):
        if rel.condition:
            item["condition"] = rel.condition
        if rel.extension_points:
            item["extensionLocations"] = [_ref(p) for p in rel.extension_points]
    return item


NODE_VIEWS = {
    "actor": "UMLActorView",
    "usecase": "UMLUseCaseView",
    "subject": "UMLUseCaseSubjectView",
    "package": "UMLPackageView",
}
EDGE_VIEWS = {
    "association": "UMLAssociationView",
    "include": "UMLIncludeView",
    "extend": "UMLExtendView",
    "generalization": "UMLGeneralizationView",
    "dependency": "UMLDependencyView",
    "comment_link": "UMLNoteLinkView",
}


def _diagram(
    diagram: Diagram, nodes: dict[str, Any], relationships: dict[str, Relationship]
) -> dict[str, Any]:
    views: list[dict[str, Any]] = []
    view_of: dict[str, Shape] = {}
    for shape in sorted(diagram.shapes, key=lambda s: s.z):
        node = nodes.get(shape.element)
        view_id = f"{diagram.id}:{shape.element}"
        box = {
            "left": round(shape.x, 2),
            "top": round(shape.y, 2),
            "width": round(shape.width, 2),
            "height": round(shape.height, 2),
        }
        if isinstance(node, Comment):
            views.append({"_type": "UMLNoteView", "_id": view_id, "text": node.body, **box})
        elif node is not None and node.kind in NODE_VIEWS:
            views.append(_node_view(NODE_VIEWS[node.kind], view_id, node, box))
        else:
            continue
        view_of[shape.element] = shape
    for edge in diagram.edges:
        rel = relationships.get(edge.element)
        if rel is None or rel.source not in view_of or rel.target not in view_of:
            continue
        source, target = view_of[rel.source], view_of[rel.target]
        points = [
            _centre(source),
            *((p.x, p.y) for p in edge.waypoints),
            _centre(target),
        ]
        views.append(_edge_view(diagram.id, rel, points))
    for view in views:
        view["_parent"] = _ref(diagram.id)
    return {
        "_type": "UMLUseCaseDiagram",
        "_id": diagram.id,
        "name": diagram.name,
        "ownedViews": views,
    }


HIDDEN = {"visible": False, "left": 0, "top": 0, "width": 10, "height": 10}
"""StarUML's empty, hidden compartments and labels (it expects each one to exist)."""
CLASSIFIER_COMPARTMENTS = (
    ("attributeCompartment", "UMLAttributeCompartmentView"),
    ("operationCompartment", "UMLOperationCompartmentView"),
    ("receptionCompartment", "UMLReceptionCompartmentView"),
    ("templateParameterCompartment", "UMLTemplateParameterCompartmentView"),
)


def _node_view(kind: str, view_id: str, node: Any, box: dict[str, float]) -> dict[str, Any]:
    """A node view as StarUML writes it: a name compartment with its four labels, and
    the classifier compartments it expects, hidden."""
    compartment = f"{view_id}:name"
    labels = {
        "stereotypeLabel": {"visible": False},
        "nameLabel": {"text": node.name},
        "namespaceLabel": {"visible": False},
        "propertyLabel": {"visible": False},
    }
    name_views = []
    name_refs = {}
    for key, extra in labels.items():
        label_id = f"{compartment}:{key}"
        name_views.append(
            {"_type": "LabelView", "_id": label_id, "_parent": _ref(compartment), **extra}
        )
        name_refs[key] = _ref(label_id)
    sub_views: list[dict[str, Any]] = [
        {
            "_type": "UMLNameCompartmentView",
            "_id": compartment,
            "_parent": _ref(view_id),
            "model": _ref(node.id),
            "subViews": name_views,
            **name_refs,
        }
    ]
    view: dict[str, Any] = {
        "_type": kind,
        "_id": view_id,
        "model": _ref(node.id),
        "nameCompartment": _ref(compartment),
        **box,
    }
    compartments = list(CLASSIFIER_COMPARTMENTS) if node.kind in ("actor", "usecase") else []
    if node.kind == "usecase":
        compartments.append(("extensionPointCompartment", "UMLExtensionPointCompartmentView"))
    for key, compartment_type in compartments:
        compartment_id = f"{view_id}:{key}"
        sub_views.append(
            {
                "_type": compartment_type,
                "_id": compartment_id,
                "_parent": _ref(view_id),
                "model": _ref(node.id),
                **HIDDEN,
            }
        )
        view[key] = _ref(compartment_id)
    if node.kind in ("actor", "usecase"):
        view["suppressAttributes"] = True
        view["suppressOperations"] = True
    view["subViews"] = sub_views
    return view


EDGE_LABELS = ("nameLabel", "stereotypeLabel", "propertyLabel")
ASSOCIATION_LABELS = (
    "tailRoleNameLabel",
    "tailPropertyLabel",
    "tailMultiplicityLabel",
    "headRoleNameLabel",
    "headPropertyLabel",
    "headMultiplicityLabel",
)


def _edge_view(
    diagram_id: str, rel: Relationship, points: list[tuple[float, float]]
) -> dict[str, Any]:
    """A line view with the labels StarUML expects (end labels hidden)."""
    view_id = f"{diagram_id}:{rel.id}"
    view: dict[str, Any] = {
        "_type": EDGE_VIEWS[rel.kind],
        "_id": view_id,
        "tail": _ref(f"{diagram_id}:{rel.source}"),
        "head": _ref(f"{diagram_id}:{rel.target}"),
        "lineStyle": 1,
        "points": ";".join(f"{round(x, 2):g}:{round(y, 2):g}" for x, y in points),
    }
    if rel.kind == "comment_link":
        return view
    view["model"] = _ref(rel.id)
    names = [*EDGE_LABELS, *(ASSOCIATION_LABELS if rel.kind == "association" else ())]
    sub_views = []
    for key in names:
        label_id = f"{view_id}:{key}"
        label: dict[str, Any] = {
            "_type": "EdgeLabelView",
            "_id": label_id,
            "_parent": _ref(view_id),
            "model": _ref(rel.id),
            "hostEdge": _ref(view_id),
            "edgePosition": 1,
        }
        if key != "nameLabel" or not rel.name:
            label["visible"] = False
        sub_views.append(label)
        view[key] = _ref(label_id)
    if rel.kind == "association":
        for end in ("tail", "head"):
            compartment_id = f"{view_id}:{end}Qualifiers"
            sub_views.append(
                {
                    "_type": "UMLQualifierCompartmentView",
                    "_id": compartment_id,
                    "_parent": _ref(view_id),
                    "model": _ref(rel.id),
                    **HIDDEN,
                }
            )
            view[f"{end}QualifiersCompartment"] = _ref(compartment_id)
    view["subViews"] = sub_views
    return view


def _centre(shape: Shape) -> tuple[float, float]:
    return shape.x + shape.width / 2, shape.y + shape.height / 2
