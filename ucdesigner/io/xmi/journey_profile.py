"""The CustomerJourney UML profile: the journey written so that other UML tools show it.

Our own extension already restores every journey field exactly; this profile is for the
architects' tools. The file gets:

- the profile itself inside the model (``uml:Profile`` "CustomerJourney", URI
  ``PROFILE_URI``) with its stereotypes, tag definitions and metaclass extensions, and a
  ``profileApplication`` on the model (not in the Enterprise Architect dialect: EA makes
  the stereotypes from their applications and would show the definition as a package);
- the stages as a ``uml:Enumeration`` "Customer journey stages" whose literals (ids:
  the stage ids) are the stages in order;
- each KPI as a ``uml:Constraint`` owned by its use case (``ownedRule``), named after the
  KPI, with a readable specification ("target 40 points, now 32");
- stereotype applications after the model, in the profile's namespace:

  ==================  ======================  =========================================
  stereotype          extends                 tagged values
  ==================  ======================  =========================================
  «CustomerJourney»   Enumeration (stages)    touchpoints: String[*]
  «JourneyStage»      EnumerationLiteral      description: String, painPoints: String[*]
  «JourneyStep»       UseCase                 stage: String (the stage's name),
                                              touchpoints: String[*],
                                              painPoints: String[*],
                                              emotion: Integer (-2..2)
  «KPI»               Constraint              perspective: Perspective (financial,
                                              customer, internal_process,
                                              learning_growth), target: Real,
                                              current: Real, unit: String,
                                              better: String (higher or lower)
  ==================  ======================  =========================================

Many-valued tags are repeated child elements (``<touchpoints>web</touchpoints>``).

On import, a file holding the profile's applications gives the journey back: when the
file also holds our extension, a value edited in another tool wins over the extension's
(values that only differ by what XML cannot hold count as unedited); a use case whose
application another tool dropped keeps the extension's values.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from lxml import etree
from pydantic import ValidationError

from ...l10n import tr
from ...model import DocumentData, UseCase
from ...model.journey import PERSPECTIVES, Journey, JourneyStep, Kpi, carried_step
from .extension import xml_text
from .names import is_xmi_ns, local, split
from .report import ImportReport

if TYPE_CHECKING:
    from .writer import _Writer

PROFILE_NAME = "CustomerJourney"
PROFILE_URI = "http://ucdesigner.org/profiles/CustomerJourney/1"
ENUMERATION_NAME = "Customer journey stages"

STRING, INTEGER, REAL = "String", "Integer", "Real"
STEREOTYPES: dict[str, tuple[str, list[tuple[str, str, bool]]]] = {
    "CustomerJourney": ("Enumeration", [("touchpoints", STRING, True)]),
    "JourneyStage": (
        "EnumerationLiteral",
        [("description", STRING, False), ("painPoints", STRING, True)],
    ),
    "JourneyStep": (
        "UseCase",
        [
            ("stage", STRING, False),
            ("touchpoints", STRING, True),
            ("painPoints", STRING, True),
            ("emotion", INTEGER, False),
        ],
    ),
    "KPI": (
        "Constraint",
        [
            ("perspective", "Perspective", False),
            ("target", REAL, False),
            ("current", REAL, False),
            ("unit", STRING, False),
            ("better", STRING, False),
        ],
    ),
}
"""Stereotype -> (the metaclass it extends, its tags: name, type, many-valued)."""

LIBRARIES = {
    "eclipse": (
        "pathmap://UML_METAMODELS/UML.metamodel.uml#",
        "pathmap://UML_LIBRARIES/UMLPrimitiveTypes.library.uml#",
    ),
    "omg": (
        "http://www.omg.org/spec/UML/20161101/UML.xmi#",
        "http://www.omg.org/spec/UML/20161101/PrimitiveTypes.xmi#",
    ),
}
"""Where the UML metaclasses and primitive types live, for each dialect."""


def uses_journey(data: DocumentData) -> bool:
    """True when the document holds journey data worth a profile."""
    return (
        data.journey != Journey()
        or any(isinstance(e, UseCase) and not e.journey.is_empty() for e in data.elements)
        or any(d.lanes is not None for d in data.diagrams)
    )


def _number(value: float) -> str:
    return repr(float(value))


def kpi_summary(kpi: Kpi) -> str:
    """A KPI in words, for the constraint's specification: "target 40 points, now 32"."""
    unit = f" {kpi.unit}" if kpi.unit else ""
    parts = []
    if kpi.target is not None:
        parts.append(f"target {kpi.target:g}{unit}")
    if kpi.current is not None:
        parts.append(f"now {kpi.current:g}{unit}")
    parts.append(f"{kpi.better} is better")
    return ", ".join(parts)


# --------------------------------------------------------------------------- writing


class ProfileWriter:
    """Writes the profile, the stage enumeration, the KPI constraints and the
    stereotype applications for one export."""

    def __init__(self, writer: _Writer) -> None:
        self.w = writer
        self.applications: list[tuple[str, str, str, dict[str, Any]]] = []
        """(stereotype, metaclass, base id, tags) in file order."""

    def write(self, root: etree._Element, model: etree._Element) -> None:
        w = self.w
        data = w.data
        if not uses_journey(data):
            return
        if w.d.name in LIBRARIES:
            profile_id = self.definition(model)
            application = w.sub(
                model,
                "profileApplication",
                "ProfileApplication",
                w.fresh("CustomerJourney_application"),
            )
            w.refs(application, "appliedProfile", [profile_id])
            model.remove(application)
            model.insert(0, application)
        self.stages(model)
        for element in data.elements:
            if isinstance(element, UseCase) and not element.journey.is_empty():
                self.step(element)
        self.applications_xml(root)

    # -- the profile definition

    def definition(self, model: etree._Element) -> str:
        w = self.w
        metaclasses, primitives = LIBRARIES[w.d.name]
        profile_id = w.fresh(PROFILE_NAME)
        profile = w.sub(model, "packagedElement", "Profile", profile_id)
        profile.set("name", PROFILE_NAME)
        profile.set("URI", PROFILE_URI)
        imports = []
        for metaclass in dict.fromkeys(m for m, _ in STEREOTYPES.values()):
            ident = w.fresh(f"{profile_id}_{metaclass}")
            imported = w.sub(profile, "elementImport", "ElementImport", ident)
            self.href(imported, "importedElement", "Class", metaclasses + metaclass)
            imports.append(ident)
        w.refs(profile, "metaclassReference", imports)
        perspective = w.sub(
            profile, "packagedElement", "Enumeration", w.fresh(f"{profile_id}_Perspective")
        )
        perspective.set("name", "Perspective")
        for name in PERSPECTIVES:
            literal = w.sub(
                perspective,
                "ownedLiteral",
                "EnumerationLiteral",
                w.fresh(f"{profile_id}_Perspective_{name}"),
            )
            literal.set("name", name)
        for name, (metaclass, tags) in STEREOTYPES.items():
            stereotype_id = w.fresh(f"{profile_id}_{name}")
            stereotype = w.sub(profile, "packagedElement", "Stereotype", stereotype_id)
            stereotype.set("name", name)
            extension_id = w.fresh(f"{profile_id}_E_{name}_{metaclass}")
            base_id = w.fresh(f"{stereotype_id}_base_{metaclass}")
            end_id = w.fresh(f"{extension_id}_end")
            base = w.sub(stereotype, "ownedAttribute", "Property", base_id)
            base.set("name", f"base_{metaclass}")
            w.refs(base, "association", [extension_id])
            self.href(base, "type", "Class", metaclasses + metaclass)
            for tag, kind, many in tags:
                attribute = w.sub(
                    stereotype, "ownedAttribute", "Property", w.fresh(f"{stereotype_id}_{tag}")
                )
                attribute.set("name", tag)
                if kind == "Perspective":
                    w.refs(attribute, "type", [perspective.get(w.XMI_ID)])
                else:
                    self.href(attribute, "type", "PrimitiveType", primitives + kind)
                lower = w.sub(
                    attribute,
                    "lowerValue",
                    "LiteralInteger",
                    w.fresh(f"{stereotype_id}_{tag}_lower"),
                )
                lower.set("value", "0")
                upper = w.sub(
                    attribute,
                    "upperValue",
                    "LiteralUnlimitedNatural",
                    w.fresh(f"{stereotype_id}_{tag}_upper"),
                )
                upper.set("value", "*" if many else "1")
            extension = w.sub(profile, "packagedElement", "Extension", extension_id)
            extension.set("name", f"E_{name}_{metaclass}")
            w.refs(extension, "memberEnd", [end_id, base_id])
            end = w.sub(extension, "ownedEnd", "ExtensionEnd", end_id)
            end.set("name", f"extension_{name}")
            end.set("aggregation", "composite")
            w.refs(end, "type", [stereotype_id])
            w.refs(end, "association", [extension_id])
        return profile_id

    def href(self, parent: etree._Element, feature: str, uml_type: str, target: str) -> None:
        """A reference to an element of another file (UML metaclass, primitive type)."""
        element = etree.SubElement(parent, feature)
        element.set(self.w.XMI_TYPE, f"uml:{uml_type}")
        element.set("href", target)

    # -- the model's journey

    def stages(self, model: etree._Element) -> None:
        w = self.w
        journey = w.data.journey
        enumeration_id = w.fresh("journey_stages")
        enumeration = w.sub(model, "packagedElement", "Enumeration", enumeration_id)
        enumeration.set("name", ENUMERATION_NAME)
        for stage in journey.stages:
            literal = w.sub(enumeration, "ownedLiteral", "EnumerationLiteral", stage.id)
            literal.set("name", xml_text(stage.name))
            tags: dict[str, Any] = {}
            if stage.description:
                tags["description"] = stage.description
            if stage.pain_points:
                tags["painPoints"] = list(stage.pain_points)
            self.applications.append(("JourneyStage", "EnumerationLiteral", stage.id, tags))
        self.applications.append(
            (
                "CustomerJourney",
                "Enumeration",
                enumeration_id,
                {"touchpoints": list(journey.touchpoints)},
            )
        )

    def step(self, use_case: UseCase) -> None:
        w = self.w
        self.applications.append(
            ("JourneyStep", "UseCase", use_case.id, step_tags(w.data, use_case))
        )
        owner = w.xml[use_case.id]
        for index, kpi in enumerate(use_case.journey.kpis, 1):
            constraint_id = w.fresh(f"{use_case.id}_kpi{index}")
            constraint = w.sub(owner, "ownedRule", "Constraint", constraint_id)
            if kpi.name:
                constraint.set("name", xml_text(kpi.name))
            w.refs(constraint, "constrainedElement", [use_case.id])
            spec = w.sub(
                constraint, "specification", "OpaqueExpression", w.fresh(f"{constraint_id}_spec")
            )
            etree.SubElement(spec, "body").text = xml_text(kpi_summary(kpi))
            self.applications.append(("KPI", "Constraint", constraint_id, kpi_tags(kpi)))

    def applications_xml(self, root: etree._Element) -> None:
        w = self.w
        for stereotype, metaclass, base, tags in self.applications:
            element = etree.SubElement(
                root, f"{{{PROFILE_URI}}}{stereotype}", nsmap={PROFILE_NAME: PROFILE_URI}
            )
            element.set(w.XMI_ID, w.fresh(f"{base}_{stereotype}"))
            element.set(f"base_{metaclass}", base)
            for tag, value in tags.items():
                if isinstance(value, list):
                    for item in value:
                        etree.SubElement(element, tag).text = xml_text(item)
                elif value is not None:
                    element.set(tag, xml_text(str(value)))


def step_tags(data: DocumentData, use_case: UseCase) -> dict[str, Any]:
    """A use case's journey step as the «JourneyStep» tagged values."""
    step = use_case.journey
    stage = data.journey.stage(step.stage)
    tags: dict[str, Any] = {}
    if stage is not None:
        tags["stage"] = stage.name
    if step.touchpoints:
        tags["touchpoints"] = list(step.touchpoints)
    if step.pain_points:
        tags["painPoints"] = list(step.pain_points)
    if step.emotion is not None:
        tags["emotion"] = str(step.emotion)
    return tags


def kpi_tags(kpi: Kpi) -> dict[str, Any]:
    """A KPI as the «KPI» tagged values (its name is the constraint's)."""
    tags: dict[str, Any] = {"perspective": kpi.perspective}
    if kpi.target is not None:
        tags["target"] = _number(kpi.target)
    if kpi.current is not None:
        tags["current"] = _number(kpi.current)
    if kpi.unit:
        tags["unit"] = kpi.unit
    tags["better"] = kpi.better
    return tags


# --------------------------------------------------------------------------- reading


@dataclass
class FoundJourney:
    """What a file says in the profile's terms (ids are the file's)."""

    touchpoints: list[str] | None = None
    stages: list[dict[str, Any]] = field(default_factory=list)
    """In order: {"id", "name", "description", "pain_points"}."""
    steps: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Use case id -> {"stage": name, "touchpoints", "pain_points", "emotion", "kpis"}."""
    enumeration: str | None = None
    has_profile: bool = False

    def __bool__(self) -> bool:
        return bool(self.steps) or self.touchpoints is not None


class ProfileReader:
    """Finds the profile's applications in an XMI 2 document."""

    def __init__(self, root: etree._Element) -> None:
        self.root = root
        self._by_id: dict[str, etree._Element] | None = None

    @property
    def by_id(self) -> dict[str, etree._Element]:
        """Elements by ``xmi:id``, indexed on first use (most files hold no journey, and
        walking a big file in Python costs more than parsing it)."""
        if self._by_id is None:
            self._by_id = {}
            for element in self.root.iter():
                if not isinstance(element.tag, str):
                    continue
                for attr, value in element.attrib.items():
                    uri, name = split(attr)
                    if name == "id" and is_xmi_ns(uri):
                        self._by_id.setdefault(value, element)
        return self._by_id

    def read(self) -> FoundJourney:
        found = FoundJourney()
        applications: list[tuple[str, str, etree._Element]] = []
        for element in self.root.iter(f"{{{PROFILE_URI}}}*"):
            stereotype = local(element.tag)
            base = next(
                (v for a, v in element.attrib.items() if local(a).startswith("base_")), None
            )
            if base is not None and stereotype in STEREOTYPES:
                applications.append((stereotype, base, element))
        found.has_profile = bool(self.root.xpath("boolean(//*[@URI=$uri])", uri=PROFILE_URI))
        by_stereotype: dict[str, dict[str, etree._Element]] = {}
        for stereotype, base, element in applications:
            by_stereotype.setdefault(stereotype, {}).setdefault(base, element)
        journeys = by_stereotype.get("CustomerJourney", {})
        for base, element in journeys.items():
            enumeration = self.by_id.get(base)
            if enumeration is None:
                continue
            found.enumeration = base
            found.touchpoints = _many(element, "touchpoints")
            stage_tags = by_stereotype.get("JourneyStage", {})
            for literal in enumeration:
                if not isinstance(literal.tag, str) or local(literal.tag) != "ownedLiteral":
                    continue
                ident = self._id(literal)
                if ident is None:
                    continue
                tags = stage_tags.get(ident)
                found.stages.append(
                    {
                        "id": ident,
                        "name": literal.get("name", ""),
                        "description": (tags.get("description") or "") if tags is not None else "",
                        "pain_points": _many(tags, "painPoints") if tags is not None else [],
                    }
                )
            break
        kpis: dict[str, list[dict[str, Any]]] = {}
        for base, element in by_stereotype.get("KPI", {}).items():
            constraint = self.by_id.get(base)
            owner = constraint.getparent() if constraint is not None else None
            owner_id = self._id(owner) if owner is not None else None
            if owner_id is None:
                continue
            kpis.setdefault(owner_id, []).append(_kpi(constraint, element))
        for base, element in by_stereotype.get("JourneyStep", {}).items():
            emotion = element.get("emotion")
            found.steps[base] = {
                "stage": element.get("stage"),
                "touchpoints": _many(element, "touchpoints"),
                "pain_points": _many(element, "painPoints"),
                "emotion": _integer(emotion),
                "kpis": [],
            }
        for owner_id, items in kpis.items():
            order = [self._id(c) for c in self.by_id[owner_id] if isinstance(c.tag, str)]
            items.sort(key=lambda k: order.index(k["_id"]) if k["_id"] in order else 0)
            step = found.steps.setdefault(
                owner_id,
                {"stage": None, "touchpoints": [], "pain_points": [], "emotion": None, "kpis": []},
            )
            step["kpis"] = [{k: v for k, v in item.items() if k != "_id"} for item in items]
        return found

    def _id(self, element: etree._Element) -> str | None:
        for attr, value in element.attrib.items():
            uri, name = split(attr)
            if name == "id" and is_xmi_ns(uri):
                return value
        return None


def _many(element: etree._Element, tag: str) -> list[str]:
    """A many-valued tag: child elements (XMI), or one attribute (as some tools write)."""
    values = [
        child.text or ""
        for child in element
        if isinstance(child.tag, str) and local(child.tag) == tag
    ]
    if not values and element.get(tag):
        values = [element.get(tag, "")]
    return values


def _integer(text: str | None) -> int | None:
    try:
        return int(text) if text is not None else None
    except ValueError:
        return None


def _real(text: str | None) -> float | None:
    try:
        value = float(text) if text is not None else None
    except ValueError:
        return None
    return value if value is None or math.isfinite(value) else None


def _kpi(constraint: etree._Element, element: etree._Element) -> dict[str, Any]:
    perspective = element.get("perspective", "customer")
    better = element.get("better", "higher")
    return {
        "_id": next((v for a, v in constraint.attrib.items() if local(a) == "id"), ""),
        "name": constraint.get("name", ""),
        "perspective": perspective if perspective in PERSPECTIVES else "customer",
        "target": _real(element.get("target")),
        "current": _real(element.get("current")),
        "unit": element.get("unit", ""),
        "better": better if better in ("higher", "lower") else "higher",
    }


# --------------------------------------------------------------------------- merging


def _normal(value: Any) -> Any:
    if isinstance(value, str):
        return xml_text(value)
    if isinstance(value, list | tuple):
        return [_normal(v) for v in value]
    if isinstance(value, dict):
        return {k: _normal(v) for k, v in value.items()}
    return value


def _view_of_step(data: DocumentData, use_case: UseCase) -> dict[str, Any]:
    """Our step as the profile would give it back."""
    step = use_case.journey
    stage = data.journey.stage(step.stage)
    return _normal(
        {
            "stage": stage.name if stage is not None else None,
            "touchpoints": list(step.touchpoints),
            "pain_points": list(step.pain_points),
            "emotion": step.emotion,
            "kpis": [k.model_dump() for k in step.kpis],
        }
    )


def _view_of_journey(journey: Journey) -> dict[str, Any]:
    return _normal(
        {
            "touchpoints": list(journey.touchpoints),
            "stages": [
                {
                    "id": s.id,
                    "name": s.name,
                    "description": s.description,
                    "pain_points": list(s.pain_points),
                }
                for s in journey.stages
            ],
        }
    )


def apply_profile(
    data: DocumentData, found: FoundJourney, has_extension: bool, report: ImportReport
) -> DocumentData:
    """``data`` with the journey the profile's applications give (see the module doc)."""
    if not found:
        return data
    journey = data.journey
    if found.touchpoints is not None:
        read = {"touchpoints": found.touchpoints, "stages": found.stages}
        if not has_extension or _normal(read) != _view_of_journey(journey):
            try:
                journey = Journey.model_validate(
                    {
                        "touchpoints": list(dict.fromkeys(t for t in found.touchpoints if t)),
                        "stages": found.stages,
                    }
                )
            except ValidationError as error:
                report.map(
                    tr("customer journey stages"),
                    tr(
                        "could not be read from the profile ({problem}); "
                        "the ucdesigner extension's were kept"
                    ).format(problem=error.errors()[0]["msg"]),
                )
    ids = {e.properties.get("xmi:id", e.id): e.id for e in data.elements}
    steps: dict[str, dict[str, Any]] = {ids.get(k, k): v for k, v in found.steps.items()}
    touchpoints = list(journey.touchpoints)
    elements = []
    changed = 0
    for element in data.elements:
        read = steps.get(element.id) if isinstance(element, UseCase) else None
        if read is not None and (
            not has_extension or _normal(read) != _view_of_step(data, element)
        ):
            step = _step_from(read, journey, touchpoints)
            if step is not None and step != element.journey:
                element = element.model_copy(update={"journey": step})
                changed += 1
        elements.append(element)
    journey = journey.model_copy(update={"touchpoints": tuple(touchpoints)})
    elements = [
        e.model_copy(update={"journey": carried_step(e.journey, journey)})
        if isinstance(e, UseCase)
        else e
        for e in elements
    ]
    if changed or journey != data.journey:
        report.map(
            tr("customer journey"),
            (
                tr(
                    "stages, touchpoints and 1 use case journey step read from the "
                    "CustomerJourney profile"
                )
                if changed == 1
                else tr(
                    "stages, touchpoints and {count} use case journey steps read from the "
                    "CustomerJourney profile"
                ).format(count=changed)
            ),
        )
    return data.model_copy(update={"journey": journey, "elements": tuple(elements)})


def _step_from(
    read: dict[str, Any], journey: Journey, touchpoints: list[str]
) -> JourneyStep | None:
    stage = journey.stage_named(read["stage"]) if read.get("stage") else None
    names = [t for t in dict.fromkeys(read.get("touchpoints", [])) if t and len(t) <= 200]
    for name in names:
        if name not in touchpoints:
            touchpoints.append(name)
    emotion = read.get("emotion")
    try:
        return JourneyStep.model_validate(
            {
                "stage": stage.id if stage is not None else None,
                "touchpoints": names,
                "pain_points": read.get("pain_points", []),
                "emotion": emotion if emotion is not None and -2 <= emotion <= 2 else None,
                "kpis": read.get("kpis", []),
            }
        )
    except ValidationError:
        return None
