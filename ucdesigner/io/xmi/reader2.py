"""Reader for XMI 2.x: OMG XMI 2.0-2.5.1 and Eclipse UML2/EMF files (UML 2.0-2.5.1).

The model is walked once. An element's metaclass comes from ``xmi:type``, from its own
tag when that is in a UML namespace (``<uml:Model>``), or from the feature it sits in
when the metaclass is implied (``<include>`` is an Include). References are read from
attributes holding space-separated ids, and from child elements carrying ``xmi:idref``
or ``href``. Tool extensions with layout are handed to the diagram readers.
"""

from __future__ import annotations

from lxml import etree

from ...l10n import tr
from . import layout_ea, layout_gmf, layout_magicdraw, layout_umbrello, layout_uml14di, umldi
from .common import NODE_METACLASSES, PACKAGE_METACLASSES, RELATIONSHIP_KINDS, multiplicity
from .journey_profile import PROFILE_URI
from .names import is_notation_ns, is_uml2_ns, is_xmi_ns, local, qname_value, split
from .raw import RawElement, RawEnd, RawModel, RawRelationship

XSI_TYPE = "{http://www.w3.org/2001/XMLSchema-instance}type"

IMPLIED: dict[str, str] = {
    "include": "Include",
    "extend": "Extend",
    "extensionPoint": "ExtensionPoint",
    "generalization": "Generalization",
    "ownedComment": "Comment",
    "ownedUseCase": "UseCase",
    "useCase": "UseCase",
    "nestedPackage": "Package",
    "ownedEnd": "Property",
    "ownedAttribute": "Property",
    "navigableOwnedEnd": "Property",
    "condition": "Constraint",
    "specification": "OpaqueExpression",
    "lowerValue": "LiteralInteger",
    "upperValue": "LiteralUnlimitedNatural",
    "interfaceRealization": "InterfaceRealization",
    "substitution": "Substitution",
    "packageImport": "PackageImport",
}
"""Metaclass implied by the feature name, for elements written without ``xmi:type``."""

MEMBER_FEATURES = frozenset(
    {
        "packagedElement",
        "ownedMember",
        "ownedUseCase",
        "nestedPackage",
        "nestedClassifier",
        "ownedType",
        "ownedElement",
    }
)
"""Features whose elements are owned members worth recording even when not kept."""

SKIPPED_FEATURES = frozenset(
    {"eAnnotations", "packageImport", "profileApplication", "elementImport"}
)


class Reader2:
    """Reads one XMI 2.x document into a RawModel."""

    def __init__(self, root: etree._Element, raw: RawModel) -> None:
        self.root = root
        self.raw = raw
        uris = set(root.nsmap.values())
        for child in root:
            if isinstance(child.tag, str):
                uris.update(child.nsmap.values())
        self.xmi_uris = [u for u in uris if is_xmi_ns(u)] or [
            "http://www.omg.org/spec/XMI/20131001"
        ]
        xmi = self.xmi_uris[0]
        self.ID = f"{{{xmi}}}id"
        self.TYPE = f"{{{xmi}}}type"
        self.IDREF = f"{{{xmi}}}idref"
        self.properties: dict[str, etree._Element] = {}
        self.associations: list[tuple[str, etree._Element, str | None]] = []
        self.stereotype_names: dict[str, str] = {}
        self.stereotype_refs: list[tuple[RawElement | RawRelationship, str]] = []
        self.external: set[str] = set()
        self.relationship_index: dict[str, RawRelationship] | None = None

    # ------------------------------------------------------------------ attributes

    def xid(self, element: etree._Element) -> str | None:
        """The element's ``xmi:id`` (in whichever XMI namespace the file uses)."""
        value = element.get(self.ID)
        if value is None:
            for uri in self.xmi_uris[1:]:
                value = element.get(f"{{{uri}}}id")
                if value is not None:
                    break
        return value

    def xmi_type(self, element: etree._Element) -> str:
        """The element's ``xmi:type`` as written (``umldi:UMLShape``), or ""."""
        return element.get(self.TYPE) or element.get(XSI_TYPE) or ""

    def metaclass(self, element: etree._Element, feature: str) -> str | None:
        """The UML metaclass of ``element`` (local name), or None when it cannot be told."""
        typed = element.get(self.TYPE) or element.get(XSI_TYPE)  # EMF may write xsi:type
        if typed:
            uri, name = qname_value(element, typed)
            return None if is_notation_ns(uri) else name
        uri, name = split(element.tag)
        if uri is not None and is_uml2_ns(uri):
            return name
        return IMPLIED.get(feature)

    def refs(self, element: etree._Element, feature: str) -> list[str]:
        """Ids referenced by a feature: an attribute of space-separated ids and/or child
        elements with ``xmi:idref``, ``idref`` or ``href``."""
        found: list[str] = []
        value = element.get(feature)
        if value:
            found.extend(value.split())
        for child in element:
            if (
                isinstance(child.tag, str)
                and local(child.tag) == feature
                and not child.get(self.ID)
            ):
                ref = child.get(self.IDREF) or child.get("idref")
                if ref:
                    found.append(ref)
                    continue
                href = child.get("href")
                if href:
                    found.append(self.href_id(href))
        return found

    def href_id(self, href: str) -> str:
        """The id a ``file#id`` reference names; remembered as external when in another file."""
        file, _, fragment = href.rpartition("#")
        ident = fragment or href
        if file:
            self.external.add(ident)
        return ident

    def ref(self, element: etree._Element, feature: str) -> str | None:
        found = self.refs(element, feature)
        return found[0] if found else None

    def text_feature(self, element: etree._Element, feature: str) -> str:
        """A string feature written as an attribute or as a child element's text."""
        value = element.get(feature)
        if value is not None:
            return value
        for child in element:
            if isinstance(child.tag, str) and local(child.tag) == feature:
                return child.text or ""
        return ""

    # ------------------------------------------------------------------ reading

    def read(self) -> None:
        """Read the whole document into the RawModel."""
        root = self.root
        self.raw.id_scan = lambda: {
            str(v) for uri in self.xmi_uris for v in root.xpath("//@x:id", namespaces={"x": uri})
        }
        uri, name = split(root.tag)
        if name == "XMI" and (uri is None or is_xmi_ns(uri)):
            for child in root:
                if not isinstance(child.tag, str):
                    continue
                c_uri, c_name = split(child.tag)
                if c_uri is not None and is_xmi_ns(c_uri):
                    if c_name == "Extension":
                        self.extension(child, None)
                    elif c_name == "Documentation":
                        self.raw.exporter = self.raw.exporter or child.get("exporter", "")
                    continue
                if umldi.is_umldi_ns(c_uri):
                    self.raw.diagrams.append(
                        umldi.read_diagram(child, self.xid, self.refs, self.xmi_type)
                    )
                    continue
                if c_uri is not None and is_uml2_ns(c_uri) and c_name == "Diagram":
                    layout_uml14di.read_diagram(child, self.raw, self.xid, self.ref)
                    continue
                if c_uri is not None and is_notation_ns(c_uri):
                    self.raw.diagrams.extend(layout_gmf.read_diagram(child, self.xid, None))
                    continue
                if c_uri is not None and is_uml2_ns(c_uri):
                    self.top(child)
                    continue
                self.stereotype_application(child)
        else:
            self.top(root)
        self.finish()

    def top(self, element: etree._Element) -> None:
        metaclass = self.metaclass(element, "")
        if metaclass in PACKAGE_METACLASSES and self.raw.root_id is None:
            self.raw.root_id = self.xid(element)
            self.raw.name = element.get("name", self.raw.name)
            self.read_annotations(element)
            self.walk(element, self.raw.root_id)
            return
        self.element(element, "packagedElement", None)

    def walk(self, parent: etree._Element, owner: str | None, counting: bool = True) -> None:
        for child in parent:
            if not isinstance(child.tag, str):
                continue
            uri, name = split(child.tag)
            if uri is not None:
                if is_xmi_ns(uri) and name == "Extension":
                    self.extension(child, owner)
                if not is_uml2_ns(uri):
                    continue
            if name in SKIPPED_FEATURES:
                if name == "eAnnotations":
                    self.eannotation(child, owner)
                continue
            self.element(child, name, owner, counting)

    def element(
        self, element: etree._Element, feature: str, owner: str | None, counting: bool = True
    ) -> None:
        """Read one element found in ``feature`` of its owner."""
        metaclass = self.metaclass(element, feature)
        xid = self.xid(element)
        if metaclass is None:
            if xid and feature in MEMBER_FEATURES and counting:
                self.raw.notes.append(
                    tr('element {id} in "{feature}" has no xmi:type and was skipped').format(
                        id=xid, feature=feature
                    )
                )
            return
        if metaclass == "Property":
            if xid:
                self.properties[xid] = element
            return
        if metaclass in ("Profile", "Stereotype"):
            if xid and metaclass == "Stereotype":
                self.stereotype_names[xid] = element.get("name", xid)
            if counting:
                self.raw.ignore(metaclass)
            return
        kind = RELATIONSHIP_KINDS.get(metaclass)
        if kind is not None:
            self.relationship(element, metaclass, kind, xid or "", owner)
            return
        if metaclass in NODE_METACLASSES or metaclass in PACKAGE_METACLASSES:
            self.node(element, metaclass, xid, owner)
            return
        if metaclass == "Diagram":
            layout_uml14di.read_diagram(element, self.raw, self.xid, self.ref)
            return
        if xid and feature in MEMBER_FEATURES:
            # Classifiers are recorded: a use case's subject may name one, and tools draw
            # boundaries with them; what is not used is counted as ignored later.
            record = RawElement(xid, metaclass, element.get("name", ""), owner)
            self.common(element, record)
            self.raw.add(record)
            self.walk(element, xid, counting=False)
            return
        self.walk(element, owner, counting=False)

    def common(self, element: etree._Element, record: RawElement | RawRelationship) -> None:
        """Stereotype references, documentation comments and tool marks of any element."""
        for ref in self.refs(element, "stereotype"):
            self.stereotype_refs.append((record, ref))
        for child in element:
            if not isinstance(child.tag, str):
                continue
            uri, name = split(child.tag)
            if uri is not None and is_xmi_ns(uri) and name == "Extension":
                marks = {local(c.tag) for c in child if isinstance(c.tag, str)}
                if "system" in marks and isinstance(record, RawElement):
                    record.boundary = True

    def node(
        self, element: etree._Element, metaclass: str, xid: str | None, owner: str | None
    ) -> None:
        if not xid:
            if not self.is_reference(element):
                self.raw.notes.append(
                    tr("a {metaclass} without xmi:id was skipped").format(metaclass=metaclass)
                )
            return
        record = RawElement(xid, metaclass, element.get("name", ""), owner)
        self.common(element, record)
        if metaclass == "UseCase":
            record.subjects = self.refs(element, "subject")
            for child in element:
                if isinstance(child.tag, str) and local(child.tag) == "extensionPoint":
                    point = self.xid(child)
                    if point:
                        record.extension_points.append((point, child.get("name", "")))
        elif metaclass == "Comment":
            record.body = self.text_feature(element, "body")
            record.annotated = self.refs(element, "annotatedElement")
            self.raw.add(record)
            return
        # A classifier's "useCase" list names the use cases whose subject it is.
        for case in self.refs(element, "useCase"):
            self.raw.subject_claims.append((xid, case))
        self.raw.add(record)
        self.walk(element, xid)

    def relationship(
        self, element: etree._Element, metaclass: str, kind: str, xid: str, owner: str | None
    ) -> None:
        """Read an Include, Extend, Generalization, Association or dependency."""
        if not xid:
            if not self.is_reference(element):
                self.raw.notes.append(
                    tr("a {metaclass} without xmi:id was skipped").format(metaclass=metaclass)
                )
            return
        rel = RawRelationship(
            xid, kind, None, None, metaclass, element.get("name", ""), owner=owner
        )
        self.common(element, rel)
        if metaclass == "Include":
            rel.source = self.ref(element, "includingCase") or owner
            rel.target = self.ref(element, "addition")
        elif metaclass == "Extend":
            rel.source = self.ref(element, "extension") or owner
            rel.target = self.ref(element, "extendedCase")
            rel.extension_points = self.refs(element, "extensionLocation")
            rel.condition = self.condition(element)
        elif metaclass == "Generalization":
            rel.source = self.ref(element, "specific") or owner
            rel.target = self.ref(element, "general")
        elif metaclass == "Association":
            self.associations.append((xid, element, owner))
            for child in element:
                if isinstance(child.tag, str) and local(child.tag) in ("ownedEnd", "ownedMember"):
                    end_id = self.xid(child)
                    if end_id:
                        self.properties[end_id] = child
        else:
            rel.source = self.ref(element, "client")
            rel.target = self.ref(element, "supplier")
        self.raw.relationships.append(rel)
        for child in element:
            if isinstance(child.tag, str) and local(child.tag) == "ownedComment":
                self.element(child, "ownedComment", xid)

    def condition(self, extend: etree._Element) -> str:
        for child in extend:
            if isinstance(child.tag, str) and local(child.tag) == "condition":
                for spec in child.iter():
                    if not isinstance(spec.tag, str):
                        continue
                    if local(spec.tag) == "body" and spec.text:
                        return spec.text
                    if spec is not child and spec.get("body"):
                        return spec.get("body", "")
                    if spec is not child and spec.get("value"):
                        return spec.get("value", "")
                return child.get("name", "")
        return ""

    def association_ends(self, xid: str, element: etree._Element) -> tuple[RawEnd, RawEnd] | None:
        end_ids = self.refs(element, "memberEnd")
        owned = [
            c
            for c in element
            if isinstance(c.tag, str) and local(c.tag) in ("ownedEnd", "ownedMember")
        ]
        if not end_ids:
            end_ids = [self.xid(c) or "" for c in owned]
        navigable = set(self.refs(element, "navigableOwnedEnd"))
        owned_ids = {self.xid(c) for c in owned}
        ends = []
        for end_id in end_ids:
            prop = self.properties.get(end_id)
            if prop is None:
                continue
            is_nav: bool | None
            flag = prop.get("isNavigable")
            if flag is not None:
                is_nav = flag == "true"
            else:
                is_nav = end_id in navigable or end_id not in owned_ids
            ends.append(
                RawEnd(
                    self.ref(prop, "type"),
                    self.multiplicity(prop),
                    is_nav,
                    prop.get("name", ""),
                )
            )
        if len(ends) != 2:
            return None
        return (ends[0], ends[1])

    def multiplicity(self, prop: etree._Element) -> str:
        lower = prop.get("lower")
        upper = prop.get("upper")
        for child in prop:
            if not isinstance(child.tag, str):
                continue
            name = local(child.tag)
            if name == "lowerValue":
                lower = child.get("value", "0")  # EMF leaves out a LiteralInteger's 0
            elif name == "upperValue":
                upper = child.get("value")
        return multiplicity(lower, upper)

    # ------------------------------------------------------------------ extensions

    def extension(self, element: etree._Element, owner: str | None) -> None:
        extender = (element.get("extender") or "").lower()
        if extender == "ucdesigner":
            for child in element:
                if isinstance(child.tag, str) and local(child.tag) == "document":
                    self.raw.extension = child.text or ""
        elif "enterprise architect" in extender:
            layout_ea.read_extension(element, self.raw, self.IDREF, self.TYPE)
        elif "umbrello" in extender:
            layout_umbrello.read_extension(element, self.raw, owner)
        elif "magicdraw" in extender:
            self.magicdraw(element, owner)

    def magicdraw(self, element: etree._Element, owner: str | None) -> None:
        """MagicDraw keeps ``uml:Diagram``s in its extension; their views, when the file
        holds them as XML (not as a binary stream), carry the layout."""
        for item in element.iter("{*}mdElement", "mdElement"):
            if not layout_magicdraw.is_diagram(item):
                continue
            diagram = next(
                (
                    a
                    for a in item.iterancestors()
                    if self.metaclass(a, local(a.tag)) == "Diagram"
                    # MagicDraw 16.x: the diagram is an mdElement of class Diagram
                    or a.get("elementClass") == "Diagram"
                ),
                None,
            )
            name = diagram.get("name", "") if diagram is not None else ""
            context = (
                self.ref(diagram, "context") or self.ref(diagram, "ownerOfDiagram")
                if diagram is not None
                else None
            )
            raw_diagram = layout_magicdraw.read_diagram(
                item, self.xid, self.element_ref, name, context or owner
            )
            if diagram is not None and self.xid(diagram):
                raw_diagram.xid = self.xid(diagram) or raw_diagram.xid
            layout_magicdraw.add_notes(item, raw_diagram, self.raw, self.xid, self.element_ref)
            self.raw.diagrams.append(raw_diagram)

    def is_reference(self, element: etree._Element) -> bool:
        """A reference to an element defined elsewhere (``<useCase xmi:idref="..."/>`` in a
        subject, ``href`` to a profile), not an element: nothing of it is skipped."""
        return bool(element.get(self.IDREF) or element.get("idref") or element.get("href"))

    def element_ref(self, element: etree._Element) -> str | None:
        """The id an ``elementID``-style child names (``xmi:idref`` or ``href``)."""
        ref = element.get(self.IDREF) or element.get("idref")
        if ref:
            return ref
        href = element.get("href")
        return self.href_id(href) if href else None

    def eannotation(self, element: etree._Element, owner: str | None) -> None:
        for child in element:
            if isinstance(child.tag, str) and local(child.tag) == "contents":
                typed = child.get(self.TYPE) or ""
                uri, name = qname_value(child, typed) if typed else (None, "")
                if name == "Diagram" and is_notation_ns(uri):
                    self.raw.diagrams.extend(layout_gmf.read_diagram(child, self.xid, owner))

    def read_annotations(self, element: etree._Element) -> None:
        for child in element:
            if isinstance(child.tag, str) and local(child.tag) == "eAnnotations":
                source = child.get("source", "")
                if source == "Objing" and not self.raw.exporter:
                    self.raw.exporter = "Modelio"

    def stereotype_application(self, element: etree._Element) -> None:
        """``<Profile:Stereo base_Class="id" tag="value"/>``: a stereotype and its tags."""
        if split(element.tag)[0] == PROFILE_URI:
            return  # the customer journey: read into typed fields by journey_profile
        stereotype = local(element.tag)
        for attr, value in element.attrib.items():
            name = local(attr)
            if not name.startswith("base_"):
                continue
            if self.relationship_index is None:
                self.relationship_index = {r.xid: r for r in self.raw.relationships}
            record: RawElement | RawRelationship | None = self.raw.elements.get(value)
            if record is None:
                record = self.relationship_index.get(value)
            if record is None:
                continue
            label = element.get("__EAStereoName") or stereotype
            if label not in record.stereotypes:
                record.stereotypes.append(label)
            for tag_attr, tag_value in element.attrib.items():
                tag = local(tag_attr)
                if (
                    tag.startswith("base_")
                    or tag_attr in (self.ID, self.TYPE)
                    or tag.startswith("__")
                ):
                    continue
                record.properties[f"{label}::{tag}"] = tag_value
            for tag_child in element:
                if isinstance(tag_child.tag, str) and tag_child.text and tag_child.text.strip():
                    record.properties[f"{label}::{local(tag_child.tag)}"] = tag_child.text.strip()

    # ------------------------------------------------------------------ after the walk

    def finish(self) -> None:
        by_id = {r.xid: r for r in self.raw.relationships}
        for xid, element, _owner in self.associations:
            rel = by_id[xid]
            rel.ends = self.association_ends(xid, element)
            if rel.ends is not None:
                rel.source, rel.target = rel.ends[0].element, rel.ends[1].element
        for record, ref in self.stereotype_refs:
            name = self.stereotype_names.get(ref, ref)
            if name not in record.stereotypes:
                record.stereotypes.append(name)
        self.raw.external_ids.update(self.external)
