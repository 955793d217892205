"""Export: a document as UML 2 XMI, in one of three dialects.

- ``eclipse`` (default): Eclipse UML2 5.x as Papyrus writes it (``xmi:version="2.0"``,
  references as attributes of space-separated ids, ``xmi:type`` on every element); read
  by Papyrus, MagicDraw/Cameo, Enterprise Architect, Modelio and GenMyModel.
- ``omg``: OMG canonical XMI 2.5.1 with the UML 2.5.1 namespaces (references as
  ``xmi:idref`` elements).
- ``ea``: XMI 2.1 as Enterprise Architect reads and writes it, with EA's extension so
  that boundaries and diagrams appear in EA.

Ownership follows UML 2: an Include is owned by the including use case, an Extend by
the extending one, extension points by their use case, generalizations by the specific
element; associations own both ends (typed by the actor and the use case); use cases
name their boundaries in ``subject``; documentation is an owned Comment. Ids are the
document's ids. The ``ucdesigner`` extension carries everything else (see extension).
"""

from __future__ import annotations

import os
from collections import defaultdict
from dataclasses import dataclass

from lxml import etree

from ...model import Document, DocumentData
from ...model.elements import (
    Association,
    AssociationEnd,
    Comment,
    Element,
    Extend,
    NodeElement,
    UseCase,
)
from ..atomic import atomic_write_bytes
from .errors import XMIError
from .extension import EXTENDER, UML_FIELDS, encode, xml_text
from .idmap import unique
from .journey_profile import PROFILE_NAME, PROFILE_URI, ProfileWriter
from .specs import associated_actors, comment_body
from .umldi import DC_URI, UMLDI_URI, DiagramWriter


@dataclass(frozen=True)
class Dialect:
    """An XMI flavour: its namespaces, version and how references are written."""

    name: str
    xmi: str
    uml: str
    version: str | None
    refs_as_elements: bool
    label: str


DIALECTS: dict[str, Dialect] = {
    "eclipse": Dialect(
        "eclipse",
        "http://www.omg.org/XMI",
        "http://www.eclipse.org/uml2/5.0.0/UML",
        "2.0",
        False,
        "Eclipse UML2 5.x (Papyrus)",
    ),
    "omg": Dialect(
        "omg",
        "http://www.omg.org/spec/XMI/20131001",
        "http://www.omg.org/spec/UML/20161101",
        None,
        True,
        "OMG XMI 2.5.1 / UML 2.5.1",
    ),
    "ea": Dialect(
        "ea",
        "http://schema.omg.org/spec/XMI/2.1",
        "http://schema.omg.org/spec/UML/2.1",
        "2.1",
        True,
        "XMI 2.1 for Enterprise Architect",
    ),
}
DEFAULT_DIALECT = "eclipse"


class _Writer:
    def __init__(self, data: DocumentData, dialect: Dialect) -> None:
        self.data = data
        self.d = dialect
        self.XMI_ID = f"{{{dialect.xmi}}}id"
        self.XMI_TYPE = f"{{{dialect.xmi}}}type"
        self.XMI_IDREF = f"{{{dialect.xmi}}}idref"
        self.taken: set[str] = {e.id for e in data.elements} | {r.id for r in data.relationships}
        self.taken |= {d.id for d in data.diagrams}
        self.taken |= {s.id for s in data.journey.stages}
        for element in data.elements:
            if isinstance(element, UseCase):
                self.taken |= {p.id for p in element.extension_points}
        self.nodes = {e.id: e for e in data.elements}
        self.xml: dict[str, etree._Element] = {}
        self.documentation_comments: list[str] = []
        self.specification_comments: list[str] = []
        self.actors_of = associated_actors(data)

    def fresh(self, base: str) -> str:
        """An id for a part UML needs (an association end, a comment), unused so far."""
        return unique(base, self.taken)

    # ------------------------------------------------------------------ helpers

    def sub(
        self, parent: etree._Element, feature: str, uml_type: str | None, ident: str | None
    ) -> etree._Element:
        element = etree.SubElement(parent, feature)
        if uml_type:
            element.set(self.XMI_TYPE, f"uml:{uml_type}")
        if ident:
            element.set(self.XMI_ID, ident)
        return element

    def refs(self, element: etree._Element, feature: str, ids: list[str] | tuple[str, ...]) -> None:
        if not ids:
            return
        if self.d.refs_as_elements:
            for ident in ids:
                etree.SubElement(element, feature).set(self.XMI_IDREF, ident)
        else:
            element.set(feature, " ".join(ids))

    def named(self, element: etree._Element, item: Element) -> None:
        if item.name and "name" in UML_FIELDS[item.kind]:
            element.set("name", xml_text(item.name))

    def documentation(self, element: etree._Element, item: Element) -> None:
        if item.documentation:
            ident = self.fresh(f"{item.id}_documentation")
            self.documentation_comments.append(ident)
            self.comment(element, ident, item.documentation, [item.id])

    def specification(self, element: etree._Element, usecase: UseCase) -> None:
        """The specification as text in a second comment, for other tools to show."""
        if usecase.specification is None or usecase.specification.is_empty():
            return
        ident = self.fresh(f"{usecase.id}_specification")
        self.specification_comments.append(ident)
        body = comment_body(self.data, usecase, self.actors_of)
        self.comment(element, ident, body, [usecase.id])

    def comment(self, parent: etree._Element, ident: str, body: str, annotated: list[str]) -> None:
        comment = self.sub(parent, "ownedComment", "Comment", ident)
        self.refs(comment, "annotatedElement", annotated)
        etree.SubElement(comment, "body").text = xml_text(body)

    # ------------------------------------------------------------------ the model

    def write(self) -> bytes:
        """The XMI document's bytes."""
        nsmap = {"xmi": self.d.xmi, "uml": self.d.uml}
        umldi = self.d.name == "omg" and bool(self.data.diagrams)
        if umldi:
            nsmap |= {"umldi": UMLDI_URI, "dc": DC_URI}
        root = etree.Element(f"{{{self.d.xmi}}}XMI", nsmap=nsmap)
        if self.d.version:
            root.set(f"{{{self.d.xmi}}}version", self.d.version)
        if self.d.name != "eclipse":
            documentation = etree.SubElement(root, f"{{{self.d.xmi}}}Documentation")
            documentation.set("exporter", "ucdesigner")
            documentation.set("exporterVersion", _version())
        model_id = self.fresh("model")
        model = etree.SubElement(root, f"{{{self.d.uml}}}Model")
        model.set(self.XMI_ID, model_id)
        if self.d.name != "eclipse":
            model.set(self.XMI_TYPE, "uml:Model")
        model.set("name", xml_text(self.data.name))
        if self.data.documentation:
            ident = self.fresh("model_documentation")
            self.comment(model, ident, self.data.documentation, [model_id])
        self.xml[""] = model
        self.packages(model)
        self.members()
        self.relationships()
        ProfileWriter(self).write(root, model)
        if umldi:
            # The standard's own diagrams (UMLDI), with the frame in isFrame.
            DiagramWriter(self.data, self.d.xmi, self.refs, self.fresh).write(root, model_id)
        etree.cleanup_namespaces(
            root,
            top_nsmap={PROFILE_NAME: PROFILE_URI},
            keep_ns_prefixes=["dc"] if umldi else None,  # named only in xmi:type values
        )
        extension = etree.SubElement(root, f"{{{self.d.xmi}}}Extension", extender=EXTENDER)
        if self.d.name == "ea":
            self.ea_extension(root, extension)
        etree.SubElement(extension, "document").text = encode(
            self.data, self.documentation_comments, self.specification_comments
        )
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)

    def packages(self, model: etree._Element) -> None:
        children: dict[str | None, list[NodeElement]] = defaultdict(list)
        for node in self.data.elements:
            if node.kind == "package":
                children[node.package].append(node)
        stack: list[tuple[str | None, etree._Element]] = [(None, model)]
        while stack:
            parent_id, parent_xml = stack.pop()
            for package in children.get(parent_id, []):
                element = self.sub(parent_xml, "packagedElement", "Package", package.id)
                self.named(element, package)
                self.documentation(element, package)
                self.xml[package.id] = element
                stack.append((package.id, element))

    def home(self, node: NodeElement) -> etree._Element:
        return self.xml[node.package or ""] if (node.package or "") in self.xml else self.xml[""]

    def members(self) -> None:
        subjects_of: dict[str, list[str]] = defaultdict(list)
        for node in self.data.elements:
            if isinstance(node, UseCase):
                for subject in node.subjects:
                    subjects_of[subject].append(node.id)
        types = {
            "actor": "Actor",
            "usecase": "UseCase",
            "subject": "Component" if self.d.name != "ea" else "Class",
        }
        for node in self.data.elements:
            if node.kind not in types:
                continue
            element = self.sub(self.home(node), "packagedElement", types[node.kind], node.id)
            self.named(element, node)
            self.documentation(element, node)
            if isinstance(node, UseCase):
                self.specification(element, node)
                self.refs(element, "subject", node.subjects)
                for point in node.extension_points:
                    ep = self.sub(element, "extensionPoint", "ExtensionPoint", point.id)
                    if point.name:
                        ep.set("name", xml_text(point.name))
            elif node.kind == "subject":
                self.refs(element, "useCase", subjects_of.get(node.id, []))
            self.xml[node.id] = element
        links: dict[str, list[str]] = defaultdict(list)
        for rel in self.data.relationships:
            if rel.kind == "comment_link" and rel.target not in links[rel.source]:
                links[rel.source].append(rel.target)
        for node in self.data.elements:
            if isinstance(node, Comment):
                self.comment(self.home(node), node.id, node.body, links.get(node.id, []))

    def relationships(self) -> None:
        for rel in self.data.relationships:
            source = self.nodes[rel.source]
            if rel.kind == "include":
                element = self.sub(self.xml[rel.source], "include", "Include", rel.id)
                self.refs(element, "addition", [rel.target])
            elif rel.kind == "extend":
                assert isinstance(rel, Extend)
                element = self.sub(self.xml[rel.source], "extend", "Extend", rel.id)
                self.refs(element, "extendedCase", [rel.target])
                self.refs(element, "extensionLocation", rel.extension_points)
                if rel.condition:
                    condition = self.sub(
                        element, "condition", "Constraint", self.fresh(f"{rel.id}_condition")
                    )
                    spec = self.sub(
                        condition,
                        "specification",
                        "OpaqueExpression",
                        self.fresh(f"{rel.id}_expression"),
                    )
                    etree.SubElement(spec, "body").text = xml_text(rel.condition)
            elif rel.kind == "generalization":
                element = self.sub(self.xml[rel.source], "generalization", "Generalization", rel.id)
                self.refs(element, "general", [rel.target])
            elif rel.kind == "association":
                assert isinstance(rel, Association)
                element = self.association(self.home(source), rel)
            elif rel.kind == "dependency":
                element = self.sub(self.home(source), "packagedElement", "Dependency", rel.id)
                self.refs(element, "client", [rel.source])
                self.refs(element, "supplier", [rel.target])
            else:
                continue
            if rel.kind != "association":
                self.named(element, rel)
            self.documentation(element, rel)
            self.xml[rel.id] = element

    def association(self, parent: etree._Element, rel: Association) -> etree._Element:
        element = self.sub(parent, "packagedElement", "Association", rel.id)
        self.named(element, rel)
        ends = [
            (self.fresh(f"{rel.id}_source"), rel.source, rel.source_end),
            (self.fresh(f"{rel.id}_target"), rel.target, rel.target_end),
        ]
        self.refs(element, "memberEnd", [e[0] for e in ends])
        self.refs(element, "navigableOwnedEnd", [e[0] for e in ends if e[2].navigable])
        for ident, typed, end in ends:
            prop = self.sub(element, "ownedEnd", "Property", ident)
            if end.role:
                prop.set("name", xml_text(end.role))
            self.refs(prop, "type", [typed])
            self.refs(prop, "association", [rel.id])
            self.bounds(prop, ident, end)
        return element

    def bounds(self, prop: etree._Element, ident: str, end: AssociationEnd) -> None:
        if not end.multiplicity:
            return
        low, _, up = end.multiplicity.partition("..")
        if not up:
            up = low
        if low == "*":
            low = "0"
        lower = self.sub(prop, "lowerValue", "LiteralInteger", self.fresh(f"{ident}_lower"))
        lower.set("value", low)
        upper = self.sub(
            prop, "upperValue", "LiteralUnlimitedNatural", self.fresh(f"{ident}_upper")
        )
        upper.set("value", up)

    # ------------------------------------------------------------------ Enterprise Architect

    def ea_extension(self, root: etree._Element, ours: etree._Element) -> None:
        """EA's own extension: boundaries and diagrams, so EA shows them after import."""
        ea = etree.Element(
            f"{{{self.d.xmi}}}Extension", extender="Enterprise Architect", extenderID="6.5"
        )
        root.insert(root.index(ours), ea)
        elements = etree.SubElement(ea, "elements")
        for node in self.data.elements:
            if node.kind == "subject":
                item = etree.SubElement(elements, "element")
                item.set(self.XMI_IDREF, node.id)
                item.set(self.XMI_TYPE, "uml:Boundary")
                item.set("name", xml_text(node.name))
                etree.SubElement(item, "model", package=node.package or "")
        diagrams = etree.SubElement(ea, "diagrams")
        for diagram in self.data.diagrams:
            item = etree.SubElement(diagrams, "diagram")
            item.set(self.XMI_ID, diagram.id)
            etree.SubElement(
                item, "model", package=diagram.package or "", owner=diagram.package or ""
            )
            etree.SubElement(item, "properties", name=xml_text(diagram.name), type="Use Case")
            shown = etree.SubElement(item, "elements")
            for seq, shape in enumerate(diagram.shapes, 1):
                geometry = (
                    f"Left={round(shape.x)};Top={round(shape.y)};"
                    f"Right={round(shape.right)};Bottom={round(shape.bottom)};"
                )
                etree.SubElement(
                    shown, "element", geometry=geometry, subject=shape.element, seqno=str(seq)
                )
            for edge in diagram.edges:
                etree.SubElement(shown, "element", geometry="EDGE=0;", subject=edge.element)


def _version() -> str:
    from ... import __version__

    return __version__


def dumps_xmi(document: Document | DocumentData, dialect: str = DEFAULT_DIALECT) -> bytes:
    """The XMI bytes of a document in one of ``DIALECTS``."""
    if dialect not in DIALECTS:
        raise XMIError(f"unknown XMI dialect {dialect!r} (choose {', '.join(DIALECTS)})")
    data = document.to_data() if isinstance(document, Document) else document
    return _Writer(data, DIALECTS[dialect]).write()


def write_xmi(
    document: Document | DocumentData, path: str | os.PathLike[str], dialect: str = DEFAULT_DIALECT
) -> None:
    """Write the document as XMI to ``path`` atomically."""
    payload = dumps_xmi(document, dialect)
    try:
        atomic_write_bytes(path, payload)
    except OSError as error:
        raise XMIError(f"{path}: cannot be written ({error.strerror or error})") from None
