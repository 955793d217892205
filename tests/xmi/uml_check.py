"""Independent checks of exported XMI against the Eclipse UML2 metamodel (uml.ecore).

Two checkers, both driven by the published metamodel, not by our writer's code:

- ``load_with_pyecore``: pyecore, an EMF implementation written by others, loads the
  file as Eclipse UML2 XMI and refuses unknown types, features and broken references.
  pyecore does not implement XMI's rule that readers skip ``xmi:Extension`` elements, so
  they are removed first.
- ``conformance_problems``: walks any dialect (attribute or ``xmi:idref`` references) and
  checks every element type, feature, containment and reference target against the
  metamodel's classes and their inherited features.
"""

from __future__ import annotations

import itertools
from functools import cache
from pathlib import Path

from lxml import etree

from .conftest import METAMODELS

_numbers = itertools.count()

CONVERSIONS = {
    "Integer": int,
    "Real": float,
    "Boolean": lambda text: text == "true",
    "UnlimitedNatural": lambda text: -1 if text.strip() == "*" else int(text),
}


@cache
def metamodel():
    """(ResourceSet, uml EPackage) with the UML2 metamodel loaded, or None when absent."""
    if not (METAMODELS / "uml.ecore").is_file():
        return None
    import pyecore.ecore as ecore
    from pyecore.resources import URI, ResourceSet

    rset = ResourceSet()
    rset.metamodel_registry["platform:/plugin/org.eclipse.emf.ecore/model/Ecore.ecore"] = ecore
    types = rset.get_resource(URI(str(METAMODELS / "types.ecore"))).contents[0]
    for datatype in types.eClassifiers:
        # pyecore leaves Types.ecore's values as strings: give them their Python types.
        if datatype.name in CONVERSIONS:
            datatype.from_string = CONVERSIONS[datatype.name]
    rset.metamodel_registry["platform:/plugin/org.eclipse.uml2.types/model/Types.ecore"] = types
    rset.metamodel_registry[types.nsURI] = types
    uml = rset.get_resource(URI(str(METAMODELS / "uml.ecore"))).contents[0]
    for uri in ("2.0.0", "2.1.0", "3.0.0", "4.0.0", "5.0.0"):
        rset.metamodel_registry[f"http://www.eclipse.org/uml2/{uri}/UML"] = uml
    profile = journey_package(uml)
    rset.metamodel_registry[profile.nsURI] = profile
    return rset, uml


def journey_package(uml):
    """The CustomerJourney profile as the EPackage Eclipse UML2 derives from a profile's
    definition: one class per stereotype, ``base_<Metaclass>`` references to the UML
    metaclasses it extends, one attribute per tag. pyecore then reads (and checks) the
    stereotype applications of our exports."""
    import pyecore.ecore as ecore

    from ucdesigner.io.xmi.journey_profile import PROFILE_NAME, PROFILE_URI, STEREOTYPES

    types = {"String": ecore.EString, "Integer": ecore.EInt, "Real": ecore.EDouble}
    package = ecore.EPackage(PROFILE_NAME, nsURI=PROFILE_URI, nsPrefix=PROFILE_NAME)
    for name, (metaclass, tags) in STEREOTYPES.items():
        eclass = ecore.EClass(name)
        eclass.eStructuralFeatures.append(
            ecore.EReference(f"base_{metaclass}", uml.getEClassifier(metaclass))
        )
        for tag, kind, many in tags:
            eclass.eStructuralFeatures.append(
                ecore.EAttribute(tag, types.get(kind, ecore.EString), upper=-1 if many else 1)
            )
        package.eClassifiers.append(eclass)
    return package


def load_with_pyecore(xml: bytes, folder: Path):
    """The model root as pyecore reads it (after removing xmi:Extension elements)."""
    from pyecore.resources import URI

    rset, _uml = metamodel()
    root = etree.fromstring(xml)
    for extension in root.iter("{*}Extension"):
        extension.getparent().remove(extension)
    path = folder / f"export{next(_numbers)}.uml"
    path.write_bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
    resource = rset.get_resource(URI(str(path)))
    rset.remove_resource(resource)  # the resource set caches by URI; read each file afresh
    return resource.contents[0]


def _features(eclass) -> dict:
    return {f.name: f for f in eclass.eAllStructuralFeatures()}


def _conforms(eclass, expected) -> bool:
    return eclass is expected or expected in eclass.eAllSuperTypes()


def conformance_problems(xml: bytes) -> list[str]:
    """Every place where the file does not follow the UML metamodel (empty: it conforms)."""
    _rset, uml = metamodel()
    root = etree.fromstring(xml)
    xmi = root.nsmap["xmi"]
    xmi_id, xmi_type, xmi_idref = f"{{{xmi}}}id", f"{{{xmi}}}type", f"{{{xmi}}}idref"
    problems: list[str] = []
    classes: dict[str, object] = {}
    pending: list[tuple[str, object, str]] = []

    def eclass_of(element: etree._Element, feature=None):
        typed = element.get(xmi_type)
        if typed:
            found = uml.getEClassifier(typed.partition(":")[2])
            if found is None:
                problems.append(f"unknown type {typed}")
            return found
        return feature.eType if feature is not None else None

    def visit(element: etree._Element, eclass) -> None:
        if element.get(xmi_id):
            classes[element.get(xmi_id)] = eclass
        features = _features(eclass)
        for name, value in element.attrib.items():
            if name.startswith("{"):
                continue
            feature = features.get(name)
            if feature is None:
                problems.append(f"{eclass.name} has no feature {name!r}")
            elif not hasattr(feature, "containment") or feature.containment:
                continue
            else:
                for ident in value.split():
                    pending.append((ident, feature.eType, f"{eclass.name}.{name}"))
        for child in element:
            if not isinstance(child.tag, str) or child.tag.startswith("{"):
                continue
            feature = features.get(child.tag)
            if feature is None:
                problems.append(f"{eclass.name} has no feature {child.tag!r}")
                continue
            if child.get(xmi_idref):
                pending.append((child.get(xmi_idref), feature.eType, f"{eclass.name}.{child.tag}"))
                continue
            if child.get("href") and not getattr(feature, "containment", True):
                continue  # an element of another file: a UML metaclass or primitive type
            if not getattr(feature, "containment", False):
                if hasattr(feature, "containment"):
                    problems.append(
                        f"{eclass.name}.{child.tag} is a reference written as an element"
                    )
                continue  # an attribute written as an element (body)
            child_class = eclass_of(child, feature)
            if child_class is None:
                continue
            if not _conforms(child_class, feature.eType):
                problems.append(f"{child_class.name} cannot be in {eclass.name}.{child.tag}")
            visit(child, child_class)

    for top in root:
        if isinstance(top.tag, str) and top.tag.endswith("}Model"):
            visit(top, uml.getEClassifier("Model"))
    for ident, expected, where in pending:
        target = classes.get(ident)
        if target is None:
            problems.append(f"{where} refers to {ident}, which is not in the file")
        elif not _conforms(target, expected):
            problems.append(f"{where} refers to a {target.name}, not a {expected.name}")
    return problems
