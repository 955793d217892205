"""Model elements and relationships of a use case model.

Every class here is an immutable pydantic model; a change produces a new object
(``Document.update``), so the old object is the undo snapshot. The classes are also
the schema of the ``.ucd`` file.
"""

from __future__ import annotations

import re
from typing import Annotated, ClassVar, Literal

from pydantic import Field, field_validator, model_serializer

from ..l10n import QT_TRANSLATE_NOOP, tr
from .base import MAX_NAME, MAX_TEXT, Frozen, Name, Text
from .ids import Id
from .journey import JourneyStep
from .specification import Specification

__all__ = ["MAX_NAME", "MAX_TEXT", "Frozen", "Name", "Text"]  # re-exported for the model

_MULTIPLICITY_RE = re.compile(r"^(\d+|\*)(\.\.(\d+|\*))?$")


class Element(Frozen):
    """Anything with an id, a name, documentation, stereotypes and free properties."""

    kind: str
    id: Id
    name: Name = ""
    documentation: Text = ""
    stereotypes: tuple[Name, ...] = ()
    properties: dict[Name, Text] = Field(default_factory=dict)

    label: ClassVar[str] = QT_TRANSLATE_NOOP("", "element")
    """How the kind is named in messages ("use case")."""

    @model_serializer(mode="wrap")
    def _always_write_kind(self, handler):
        # Files leave out default values, but the kind says which class to read back.
        data = handler(self)
        if isinstance(data, dict) and "kind" not in data:
            data = {"kind": self.kind, **data}
        return data

    @field_validator("properties")
    @classmethod
    def _sort_properties(cls, value: dict[str, str]) -> dict[str, str]:
        # Sorted keys keep the saved file stable whatever order properties were set in.
        return dict(sorted(value.items()))

    def describe(self) -> str:
        """The kind and the name, as used in messages: ``use case "Place Order"``."""
        kind = tr(self.label)
        if self.name:
            return tr('{kind} "{name}"').format(kind=kind, name=self.name)
        return f"{kind} {self.id}"


# --- nodes -----------------------------------------------------------------------------


class NodeElement(Element):
    """An element that is drawn as a shape and lives in a package (``None``: the model root)."""

    package: Id | None = None


class Actor(NodeElement):
    kind: Literal["actor"] = "actor"
    label: ClassVar[str] = QT_TRANSLATE_NOOP("", "actor")


class ExtensionPoint(Frozen):
    """A named point in a use case where an extending use case may be inserted."""

    id: Id
    name: Name = ""


class UseCase(NodeElement):
    kind: Literal["usecase"] = "usecase"
    label: ClassVar[str] = QT_TRANSLATE_NOOP("", "use case")
    extension_points: tuple[ExtensionPoint, ...] = ()
    subjects: tuple[Id, ...] = ()
    """The system boundaries (Subject ids) this use case belongs to."""
    specification: Specification | None = None
    """Goal, scenarios, conditions (see specification.py); None until one is written."""
    journey: JourneyStep = JourneyStep.model_construct()
    """Stage, touchpoints, pain points, emotion and KPIs (see journey.py)."""

    def extension_point(self, point_id: str) -> ExtensionPoint | None:
        """The extension point with this id, or None."""
        return next((p for p in self.extension_points if p.id == point_id), None)


class Subject(NodeElement):
    """A system boundary: the system whose behaviour the use cases inside it describe."""

    kind: Literal["subject"] = "subject"
    label: ClassVar[str] = QT_TRANSLATE_NOOP("", "system boundary")


class Package(NodeElement):
    kind: Literal["package"] = "package"
    label: ClassVar[str] = QT_TRANSLATE_NOOP("", "package")


class Comment(NodeElement):
    kind: Literal["comment"] = "comment"
    label: ClassVar[str] = QT_TRANSLATE_NOOP("", "comment")
    body: Text = ""

    def describe(self) -> str:
        text = self.body.strip().splitlines()[0] if self.body.strip() else ""
        if len(text) > 40:
            text = text[:39] + "…"
        kind = tr("comment")
        if text:
            return tr('{kind} "{name}"').format(kind=kind, name=text)
        return f"{kind} {self.id}"


# --- relationships ---------------------------------------------------------------------


class Relationship(Element):
    """A directed link between two elements (``source`` -> ``target``)."""

    source: Id
    target: Id


class AssociationEnd(Frozen):
    """One end of an association: multiplicity ("", "1", "0..1", "1..*", "*") and navigability."""

    multiplicity: Annotated[str, Field(max_length=40)] = ""
    navigable: bool = False
    role: Name = ""

    @field_validator("multiplicity")
    @classmethod
    def _check_multiplicity(cls, value: str) -> str:
        value = value.strip()
        if not value:
            return value
        match = _MULTIPLICITY_RE.match(value)
        if match is None:
            raise ValueError(f"multiplicity {value!r} is not of the form 1, 0..1, 1..*, * or 2..5")
        lower, upper = match.group(1), match.group(3)
        if lower == "*" and upper is not None:
            raise ValueError(f"multiplicity {value!r}: the lower bound cannot be *")
        if upper not in (None, "*") and lower != "*" and int(lower) > int(upper):
            raise ValueError(f"multiplicity {value!r}: the lower bound exceeds the upper bound")
        return value


class Association(Relationship):
    """An actor participates in a use case (source: actor, target: use case)."""

    kind: Literal["association"] = "association"
    label: ClassVar[str] = QT_TRANSLATE_NOOP("", "association")
    source_end: AssociationEnd = AssociationEnd.model_construct()
    target_end: AssociationEnd = AssociationEnd.model_construct()


class Include(Relationship):
    """The source use case always includes the behaviour of the target use case."""

    kind: Literal["include"] = "include"
    label: ClassVar[str] = QT_TRANSLATE_NOOP("", "include")


class Extend(Relationship):
    """The source use case may extend the target use case, at its extension points."""

    kind: Literal["extend"] = "extend"
    label: ClassVar[str] = QT_TRANSLATE_NOOP("", "extend")
    condition: Text = ""
    extension_points: tuple[Id, ...] = ()
    """Ids of extension points of the target (extended) use case."""


class Generalization(Relationship):
    """The source (specific) actor or use case specialises the target (general) one."""

    kind: Literal["generalization"] = "generalization"
    label: ClassVar[str] = QT_TRANSLATE_NOOP("", "generalization")


class Dependency(Relationship):
    """The source (client) depends on the target (supplier)."""

    kind: Literal["dependency"] = "dependency"
    label: ClassVar[str] = QT_TRANSLATE_NOOP("", "dependency")


class CommentLink(Relationship):
    """A comment (source) annotates an element (target)."""

    kind: Literal["comment_link"] = "comment_link"
    label: ClassVar[str] = QT_TRANSLATE_NOOP("", "comment link")


AnyNode = Annotated[Actor | UseCase | Subject | Package | Comment, Field(discriminator="kind")]
AnyRelationship = Annotated[
    Association | Include | Extend | Generalization | Dependency | CommentLink,
    Field(discriminator="kind"),
]

NODE_TYPES: dict[str, type[NodeElement]] = {
    cls.model_fields["kind"].default: cls for cls in (Actor, UseCase, Subject, Package, Comment)
}
RELATIONSHIP_TYPES: dict[str, type[Relationship]] = {
    cls.model_fields["kind"].default: cls
    for cls in (Association, Include, Extend, Generalization, Dependency, CommentLink)
}
NODE_KINDS: tuple[str, ...] = tuple(NODE_TYPES)
RELATIONSHIP_KINDS: tuple[str, ...] = tuple(RELATIONSHIP_TYPES)
KIND_LABELS: dict[str, str] = {
    kind: cls.label for kind, cls in {**NODE_TYPES, **RELATIONSHIP_TYPES}.items()
}
KIND_PLURALS: dict[str, str] = {
    "actor": QT_TRANSLATE_NOOP("", "actors"),
    "usecase": QT_TRANSLATE_NOOP("", "use cases"),
    "subject": QT_TRANSLATE_NOOP("", "system boundaries"),
    "package": QT_TRANSLATE_NOOP("", "packages"),
    "comment": QT_TRANSLATE_NOOP("", "comments"),
    "association": QT_TRANSLATE_NOOP("", "associations"),
    "include": QT_TRANSLATE_NOOP("", "includes"),
    "extend": QT_TRANSLATE_NOOP("", "extends"),
    "generalization": QT_TRANSLATE_NOOP("", "generalizations"),
    "dependency": QT_TRANSLATE_NOOP("", "dependencies"),
    "comment_link": QT_TRANSLATE_NOOP("", "comment links"),
}
"""How counts of each kind are worded ("3 use cases")."""
