"""Namespaces and names: how a reader recognises XMI and UML whatever the prefixes.

Elements and attributes are matched by namespace URI and local name, never by prefix.
The URIs differ between tools and versions (``http://schema.omg.org/spec/UML/2.1``,
``http://www.eclipse.org/uml2/5.0.0/UML``, ``omg.org/UML1.3``, ...), so they are
recognised by pattern.
"""

from __future__ import annotations

import re

from lxml import etree

_XMI_NS = re.compile(r"^(https?://)?(www\.|schema\.)?omg\.org/(spec/)?XMI(/[\w.]+)?/?$", re.I)
_UML2_NS = re.compile(
    r"^(https?://(www\.|schema\.)?omg\.org/spec/UML/(2[\d.]*|20\d{6})/?"
    r"|https?://www\.eclipse\.org/uml2/[\d.]+/UML/?"
    r"|https?://www\.omg\.org/spec/UML/?)$",
    re.I,
)
_UML1_NS = re.compile(r"(^|[/.:])UML[\d./]*$|omg\.org/UML|namespace\.UML|spec/UML/1[\d.]*$", re.I)
_NOTATION_NS = re.compile(r"gmf/runtime/[\d.]+/notation", re.I)


def is_xmi_ns(uri: str | None) -> bool:
    """True for the XMI namespaces of XMI 2.x (OMG, schema.omg.org, EMF's ``omg.org/XMI``)."""
    return bool(uri) and _XMI_NS.match(uri) is not None  # type: ignore[arg-type]


def is_uml2_ns(uri: str | None) -> bool:
    """True for UML 2 metamodel namespaces (OMG and Eclipse UML2)."""
    return bool(uri) and _UML2_NS.match(uri) is not None  # type: ignore[arg-type]


def is_uml1_ns(uri: str | None) -> bool:
    """True for the namespaces XMI 1.x writers give the UML 1.3/1.4 metamodel."""
    if not uri:
        return False
    return not is_uml2_ns(uri) and _UML1_NS.search(uri) is not None


def is_notation_ns(uri: str | None) -> bool:
    """True for GMF notation (the diagrams of Papyrus and IBM RSA)."""
    return bool(uri) and _NOTATION_NS.search(uri) is not None  # type: ignore[arg-type]


def split(tag: str) -> tuple[str | None, str]:
    """``{uri}local`` -> (uri, local)."""
    if tag[:1] == "{":
        uri, _, local = tag[1:].partition("}")
        return uri, local
    return None, tag


def local(tag: object) -> str:
    """The local name of an element tag (empty for comments and processing instructions)."""
    if not isinstance(tag, str):
        return ""
    return tag.rpartition("}")[2]


def qname_value(element: etree._Element, value: str) -> tuple[str | None, str]:
    """Resolve a QName written in an attribute value (``uml:Actor``) with the element's
    namespace declarations: (namespace URI, local name)."""
    prefix, _, name = value.rpartition(":")
    if not prefix:
        return element.nsmap.get(None), name
    return element.nsmap.get(prefix), name


def uml1_name(local_name: str) -> tuple[str, str]:
    """Split an XMI 1.x tag into (metaclass, feature).

    ``UseCase`` -> ("UseCase", ""); ``Namespace.ownedElement`` -> ("Namespace",
    "ownedElement"); XMI 1.0's ``Behavioral_Elements.Use_Cases.UseCase`` -> ("UseCase", "").
    """
    parts = local_name.split(".")
    if len(parts) > 1 and parts[-1][:1].islower():
        return parts[-2], parts[-1]
    return parts[-1], ""


INCLUDE_EXTEND_NAME = re.compile(
    r"^\s*(?:<<|«|<|&lt;&lt;)?\s*(include|extend)s?\s*(?:>>|»|>|&gt;&gt;)?\s*$", re.I
)


def keyword(text: str) -> str | None:
    """ "include" or "extend" when a stereotype, tagged value or name says so
    (``include``, ``<<include>>``, ``«extend»``, ``<extend>``, ``Includes``)."""
    match = INCLUDE_EXTEND_NAME.match(text or "")
    return match.group(1).lower() if match else None
