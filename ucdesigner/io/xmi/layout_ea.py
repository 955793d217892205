"""Enterprise Architect's XMI 2.1 extension: element details and diagrams.

EA writes the UML model in standard form and adds ``<xmi:Extension extender="Enterprise
Architect">`` with ``elements`` (one per model element: its EA type, documentation,
stereotype and tags) and ``diagrams`` (geometry of every element shown). A system
boundary is a plain ``uml:Class`` in the model; only the extension's
``xmi:type="uml:Boundary"`` says what it is.
"""

from __future__ import annotations

from lxml import etree

from .layout_uml14di import add_element
from .names import local, split
from .raw import RawDiagram, RawElement, RawModel


def _children(element: etree._Element, name: str) -> list[etree._Element]:
    return [c for c in element if isinstance(c.tag, str) and local(c.tag) == name]


def read_extension(element: etree._Element, raw: RawModel, idref: str, xmi_type: str) -> None:
    """Read EA's ``elements`` and ``diagrams`` sections into ``raw``."""
    for section in _children(element, "elements"):
        for item in _children(section, "element"):
            _element(item, raw, idref, xmi_type)
    for section in _children(element, "connectors"):
        for item in _children(section, "connector"):
            _connector(item, raw, idref)
    for section in _children(element, "diagrams"):
        for item in _children(section, "diagram"):
            _diagram(item, raw, idref)


def _element(item: etree._Element, raw: RawModel, idref: str, xmi_type: str) -> None:
    ident = item.get(idref)
    if not ident:
        return
    ea_type = (item.get(xmi_type) or "").rpartition(":")[2]
    record = raw.elements.get(ident)
    model = next(iter(_children(item, "model")), None)
    if record is None:
        if ea_type != "Boundary":
            return
        owner = model.get("package") if model is not None else None
        record = RawElement(ident, "Boundary", item.get("name", ""), owner)
        raw.add(record)
    if ea_type == "Boundary":
        record.boundary = True
    for props in _children(item, "properties"):
        doc = props.get("documentation")
        if doc and not record.documentation:
            record.documentation = doc
        stereotype = props.get("stereotype")
        if stereotype and stereotype not in record.stereotypes:
            record.stereotypes.append(stereotype)
    _tags(item, record.properties)


def _tags(item: etree._Element, properties: dict[str, str]) -> None:
    for tags in _children(item, "tags"):
        for tag in _children(tags, "tag"):
            name = tag.get("name")
            if name:
                value = tag.get("value", "")
                notes = tag.get("notes")
                properties[name] = f"{value}\n{notes}" if notes and value != notes else value


def _connector(item: etree._Element, raw: RawModel, idref: str) -> None:
    ident = item.get(idref)
    if not ident:
        return
    record = raw.relationship_by_id(ident)
    if record is None:
        return
    for props in _children(item, "properties"):
        stereotype = props.get("stereotype")
        if stereotype and stereotype not in record.stereotypes:
            record.stereotypes.append(stereotype)
    for doc in _children(item, "documentation"):
        value = doc.get("value")
        if value and not record.documentation:
            record.documentation = value
    _tags(item, record.properties)


def _diagram(item: etree._Element, raw: RawModel, idref: str) -> None:
    ident = None
    for attr, value in item.attrib.items():
        if split(attr)[1] == "id":
            ident = value
    model = next(iter(_children(item, "model")), None)
    props = next(iter(_children(item, "properties")), None)
    diagram = RawDiagram(
        ident or f"diagram{len(raw.diagrams) + 1}",
        props.get("name", "") if props is not None else "",
        owner=(model.get("package") or model.get("owner")) if model is not None else None,
        kind=props.get("type", "") if props is not None else "",
    )
    for section in _children(item, "elements"):
        for element in _children(section, "element"):
            add_element(diagram, element.get("subject"), element.get("geometry", ""))
    raw.diagrams.append(diagram)
