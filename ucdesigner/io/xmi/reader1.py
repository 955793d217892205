"""Reader for XMI 1.0, 1.1 and 1.2 (UML 1.3 and 1.4).

Elements that define something carry ``xmi.id``; references carry ``xmi.idref`` (or an
attribute of space-separated ids, as Enterprise Architect and Umbrello write them).
Tags are ``Metaclass`` for elements and ``Metaclass.feature`` for the features that hold
other elements or references (``Namespace.ownedElement``, ``Include.addition``); XMI
1.0's long names (``Behavioral_Elements.Use_Cases.UseCase``) reduce to the same.
Stereotypes, tagged values and the tool extensions that carry diagrams (Enterprise
Architect, Umbrello, MagicDraw) are read along the way.
"""

from __future__ import annotations

from functools import lru_cache

from lxml import etree

from . import layout_magicdraw, layout_umbrello, layout_uml14di
from .common import NODE_METACLASSES, PACKAGE_METACLASSES, RELATIONSHIP_KINDS, multiplicity
from .names import is_uml1_ns, local, split, uml1_name
from .raw import RawElement, RawEnd, RawModel, RawRelationship

SKIPPED = frozenset({"ExtensionPoint", "TaggedValue", "Multiplicity", "MultiplicityRange"})
"""Definitions that are read as part of their owner, not as elements of their own."""

_NONE = RawElement("", "")

SPECIAL_TAGS = frozenset({"documentation", "stereotype", "ea_stype"})
"""Tagged values that mean more than a property (see ``set_tag``)."""

ID = "xmi.id"
IDREF = "xmi.idref"


@lru_cache(maxsize=4096)
def _tag_names(tag: str) -> tuple[str, str] | None:
    uri, name = split(tag)
    if (uri is not None and not is_uml1_ns(uri)) or name.startswith("XMI"):
        return None
    return uml1_name(name)


class Reader1:
    """Reads one XMI 1.x document into a RawModel."""

    def __init__(self, root: etree._Element, raw: RawModel) -> None:
        self.root = root
        self.raw = raw
        self.stereotype_names: dict[str, str] = {}
        self.tag_names: dict[str, str] = {}
        self.stereotype_refs: list[tuple[RawElement | RawRelationship, str]] = []
        self.tag_refs: list[tuple[RawElement | RawRelationship, str, str]] = []

    # ------------------------------------------------------------------ names

    @staticmethod
    def name_of(element: etree._Element) -> tuple[str, str] | None:
        """(metaclass, feature) of a UML element, None for XMI's own and foreign tags."""
        return _tag_names(element.tag)

    def refs(self, element: etree._Element, feature: str) -> list[str]:
        """Ids a feature references: an attribute, and/or ``Meta.feature`` children."""
        found: list[str] = []
        value = element.get(feature)
        if value:
            found.extend(value.split())
        for child in element:
            if not isinstance(child.tag, str):
                continue
            names = self.name_of(child)
            if names is None or names[1] != feature:
                continue
            for item in child.iter():
                if item is child or not isinstance(item.tag, str):
                    continue
                ref = item.get(IDREF) or item.get(ID)
                if ref:
                    found.append(ref)
                    break
                href = item.get("href")
                if href:
                    ident = href.rpartition("#")[2] or href.rpartition("|")[2]
                    self.raw.external_ids.add(ident)
                    found.append(ident)
                    break
        return found

    def ref(self, element: etree._Element, *features: str) -> str | None:
        for feature in features:
            found = self.refs(element, feature)
            if found:
                return found[0]
        return None

    def name(self, element: etree._Element) -> str:
        """An element's name: an attribute, or (XMI 1.0) a ``ModelElement.name`` child."""
        value = element.get("name")
        return value if value is not None else self.feature_text(element, "name")

    def feature_text(self, element: etree._Element, feature: str) -> str:
        value = element.get(feature)
        if value is not None:
            return value
        for child in element:
            if isinstance(child.tag, str):
                names = self.name_of(child)
                if names is not None and names[1] == feature:
                    return "".join(child.itertext())
        return ""

    # ------------------------------------------------------------------ reading

    def read(self) -> None:
        """Read the whole document into the RawModel."""
        root = self.root
        self.raw.id_scan = lambda: {str(v) for v in root.xpath("//@xmi.id")}
        content = None
        for child in root:
            if isinstance(child.tag, str) and local(child.tag) == "XMI.content":
                content = child
            elif isinstance(child.tag, str) and local(child.tag) == "XMI.header":
                for item in child.iter():
                    if isinstance(item.tag, str) and local(item.tag) == "XMI.exporter":
                        self.raw.exporter = (item.text or "").strip()
            elif isinstance(child.tag, str) and local(child.tag) == "XMI.extensions":
                self.extensions(child)
        if content is None:
            content = root if self.name_of(root) else None
            if content is None:
                return
            self.definition(root, None, True)
        else:
            for child in content:
                if isinstance(child.tag, str):
                    self.definition(child, None, True)
        self.finish()

    def walk(
        self, parent: etree._Element, owner: str | None, counting: bool, in_comment: bool = False
    ) -> None:
        for child in parent:
            if isinstance(child.tag, str):
                self.definition(child, owner, counting, in_comment)

    def definition(
        self,
        element: etree._Element,
        owner: str | None,
        counting: bool,
        in_comment_feature: bool = False,
    ) -> None:
        """Read one element that may define something (it has an ``xmi.id``)."""
        if local(element.tag) == "XMI.extension":
            self.extension(element, owner)
            return
        names = self.name_of(element)
        if names is None:
            return
        metaclass, feature = names
        if feature:
            if feature not in ("taggedValue", "stereotype"):
                self.walk(element, owner, counting, feature == "comment")
            return
        xid = element.get(ID)
        if xid is None:
            return
        if metaclass == "Model" and self.raw.root_id is None:
            self.raw.root_id = xid
            self.raw.name = self.name(element) or self.raw.name
            self.common(element, RawElement(xid, metaclass))
            self.walk(element, xid, counting)
            return
        if metaclass in SKIPPED:
            return
        if metaclass == "Stereotype":
            self.stereotype_names[xid] = element.get("name", xid)
            return
        if metaclass == "TagDefinition":
            self.tag_names[xid] = element.get("name") or element.get("tagType") or xid
            return
        if metaclass == "Diagram":
            layout_uml14di.read_diagram(
                element, self.raw, lambda e: e.get(ID), lambda e, f: self.ref(e, f)
            )
            return
        kind = RELATIONSHIP_KINDS.get(metaclass)
        if kind is not None:
            self.relationship(element, metaclass, kind, xid, owner)
            return
        record = RawElement(xid, metaclass, self.name(element), owner)
        self.common(element, record)
        if metaclass == "UseCase":
            for child in element:
                names = self.name_of(child) if isinstance(child.tag, str) else None
                if names and names[1] == "extensionPoint":
                    for point in child:
                        if isinstance(point.tag, str) and point.get(ID):
                            record.extension_points.append(
                                (point.get(ID, ""), point.get("name", ""))
                            )
        elif metaclass == "Comment":
            record.body = element.get("body") or self.feature_text(element, "body") or record.name
            record.annotated = self.refs(element, "annotatedElement")
            if in_comment_feature and owner and owner not in record.annotated:
                # ModelElement.comment is the other end of Comment.annotatedElement
                record.annotated.append(owner)
        if metaclass in NODE_METACLASSES or metaclass in PACKAGE_METACLASSES or record.boundary:
            self.raw.add(record)
            self.walk(element, xid, counting)
        elif counting:
            self.raw.add(record)
            self.walk(element, xid, False)
        else:
            self.walk(element, owner, False)

    def common(self, element: etree._Element, record: RawElement | RawRelationship) -> None:
        """Stereotypes, tagged values and documentation of any element."""
        for ref in element.get("stereotype", "").split():
            self.stereotype_refs.append((record, ref))
        comment = element.get("comment")
        if comment:
            record.documentation = comment
        for child in element:
            if not isinstance(child.tag, str):
                continue
            names = self.name_of(child)
            if names is None:
                continue
            if names[1] == "stereotype":
                for item in child:
                    if not isinstance(item.tag, str):
                        continue
                    if item.get(IDREF):
                        self.stereotype_refs.append((record, item.get(IDREF, "")))
                    elif item.get("name"):
                        self.add_stereotype(record, item.get("name", ""))
            elif names[1] == "taggedValue":
                properties = record.properties
                for tagged in child:
                    if not isinstance(tagged.tag, str):
                        continue
                    tag, value = tagged.get("tag"), tagged.get("value")
                    if tag is not None and value is not None and tag.lower() not in SPECIAL_TAGS:
                        properties[tag] = value  # the common case, kept fast: EA writes thousands
                    else:
                        self.tagged_value(tagged, record)

    def tagged_value(self, tagged: etree._Element, record: RawElement | RawRelationship) -> None:
        tag = tagged.get("tag") or tagged.get("name")
        value = tagged.get("value")
        if value is None:
            value = self.feature_text(tagged, "dataValue") or self.feature_text(tagged, "value")
        if not tag:
            type_ref = self.ref(tagged, "type")
            if type_ref:
                self.tag_refs.append((record, type_ref, value))
            return
        self.set_tag(record, tag, value)

    def set_tag(self, record: RawElement | RawRelationship, tag: str, value: str) -> None:
        low = tag.lower()
        if low == "documentation":
            record.documentation = record.documentation or value
        elif low == "stereotype":
            self.add_stereotype(record, value)
        else:
            if low == "ea_stype" and value == "Boundary" and isinstance(record, RawElement):
                record.boundary = True
            record.properties[tag] = value

    @staticmethod
    def add_stereotype(record: RawElement | RawRelationship, name: str) -> None:
        if name and name not in record.stereotypes:
            record.stereotypes.append(name)

    def relationship(
        self, element: etree._Element, metaclass: str, kind: str, xid: str, owner: str | None
    ) -> None:
        """Read an Include, Extend, Generalization, Association or dependency."""
        rel = RawRelationship(xid, kind, None, None, metaclass, self.name(element), owner=owner)
        self.common(element, rel)
        # Written inside the use case that owns it, an Include or Extend may leave out
        # the end that is its owner.
        owner_case = (
            owner if owner and self.raw.elements.get(owner, _NONE).metaclass == "UseCase" else None
        )
        if metaclass == "Include":
            rel.source = self.ref(element, "base") or owner_case
            rel.target = self.ref(element, "addition")
        elif metaclass == "Extend":
            rel.source = self.ref(element, "extension") or owner_case
            rel.target = self.ref(element, "base")
            rel.extension_points = self.refs(element, "extensionPoint")
            rel.condition = self.condition(element)
        elif metaclass == "Generalization":
            rel.source = self.ref(element, "child", "subtype")
            rel.target = self.ref(element, "parent", "supertype")
        elif metaclass == "Association":
            ends = self.association_ends(element)
            if ends is not None:
                rel.ends = ends
                rel.source, rel.target = ends[0].element, ends[1].element
        else:
            rel.source = self.ref(element, "client")
            rel.target = self.ref(element, "supplier")
        self.raw.relationships.append(rel)

    def condition(self, extend: etree._Element) -> str:
        for child in extend:
            names = self.name_of(child) if isinstance(child.tag, str) else None
            if names and names[1] == "condition":
                for item in child.iter():
                    if isinstance(item.tag, str) and item.get("body"):
                        return item.get("body", "")
                return "".join(child.itertext()).strip()
        return extend.get("condition", "")

    def association_ends(self, element: etree._Element) -> tuple[RawEnd, RawEnd] | None:
        ends: list[RawEnd] = []
        connections = [
            c
            for c in element
            if isinstance(c.tag, str) and (self.name_of(c) or ("", ""))[1] == "connection"
        ]
        for end in (e for c in connections for e in c):
            if not isinstance(end.tag, str) or self.name_of(end) != ("AssociationEnd", ""):
                continue
            flag = end.get("isNavigable")
            ends.append(
                RawEnd(
                    self.ref(end, "participant", "type"),
                    self.end_multiplicity(end),
                    None if flag is None else flag == "true",
                    end.get("name", ""),
                )
            )
        if len(ends) != 2:
            return None
        return (ends[0], ends[1])

    def end_multiplicity(self, end: etree._Element) -> str:
        text = end.get("multiplicity")
        if text:
            low, _, up = text.partition("..")
            return multiplicity(low, up or low)
        for item in end.iter():
            if isinstance(item.tag, str) and local(item.tag).endswith("MultiplicityRange"):
                return multiplicity(item.get("lower"), item.get("upper"))
        return ""

    # ------------------------------------------------------------------ extensions

    def extension(self, element: etree._Element, owner: str | None) -> None:
        extender = (element.get("xmi.extender") or "").lower()
        if "umbrello" in extender:
            layout_umbrello.read_extension(element, self.raw, owner)

    def extensions(self, element: etree._Element) -> None:
        """``XMI.extensions`` after the content: EA stubs, MagicDraw and Umbrello diagrams."""
        extender = (element.get("xmi.extender") or "").lower()
        if "umbrello" in extender:
            return  # Umbrello's list view and settings; its diagrams sit in the model
        for item in element.iter():
            if not isinstance(item.tag, str):
                continue
            name = local(item.tag)
            if name == "EAStub" and item.get(ID):
                self.raw.add(
                    RawElement(
                        item.get(ID, ""),
                        item.get("UMLType", "Element"),
                        item.get("name", ""),
                        external=True,
                    )
                )
            elif layout_magicdraw.is_diagram(item):
                diagram = layout_magicdraw.read_diagram(
                    item, lambda e: e.get(ID), lambda e: e.get(IDREF)
                )
                layout_magicdraw.add_notes(
                    item, diagram, self.raw, lambda e: e.get(ID), lambda e: e.get(IDREF)
                )
                self.raw.diagrams.append(diagram)

    # ------------------------------------------------------------------ after the walk

    def finish(self) -> None:
        for record, ref in self.stereotype_refs:
            self.add_stereotype(record, self.stereotype_names.get(ref, ref))
        for record, ref, value in self.tag_refs:
            self.set_tag(record, self.tag_names.get(ref, ref), value)
