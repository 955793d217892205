"""What the dialect readers produce: the file's content in the file's own terms.

A reader fills a ``RawModel`` with elements, relationships and diagrams keyed by the
file's ids, without judging them. ``build`` then decides what becomes part of the use
case model and reports the rest. Keeping the two apart lets every dialect share one set
of rules for what is kept, mapped and dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class RawElement:
    """A named model element as found in the file."""

    xid: str
    metaclass: str
    """The UML metaclass as the file names it ("Actor", "UseCase", "Class", ...)."""
    name: str = ""
    owner: str | None = None
    """The xid of the nearest enclosing element that has an id."""
    documentation: str = ""
    stereotypes: list[str] = field(default_factory=list)
    properties: dict[str, str] = field(default_factory=dict)
    extension_points: list[tuple[str, str]] = field(default_factory=list)
    subjects: list[str] = field(default_factory=list)
    body: str = ""
    annotated: list[str] = field(default_factory=list)
    boundary: bool = False
    """The tool marks this element as a system boundary."""
    external: bool = False
    """A stand-in for an element defined in another file (EA stubs, hrefs)."""


@dataclass
class RawEnd:
    """One end of an association: the element it is attached to and its properties."""

    element: str | None
    multiplicity: str = ""
    navigable: bool | None = None
    role: str = ""


@dataclass
class RawRelationship:
    """A relationship as found in the file; ``kind`` is already the use case kind."""

    xid: str
    kind: str
    """association, include, extend, generalization, dependency."""
    source: str | None
    target: str | None
    metaclass: str = ""
    name: str = ""
    documentation: str = ""
    stereotypes: list[str] = field(default_factory=list)
    properties: dict[str, str] = field(default_factory=dict)
    condition: str = ""
    extension_points: list[str] = field(default_factory=list)
    ends: tuple[RawEnd, RawEnd] | None = None
    owner: str | None = None


@dataclass
class RawShape:
    """An element drawn on a diagram; no size means the default size."""

    element: str
    x: float
    y: float
    width: float | None = None
    height: float | None = None


@dataclass
class RawEdge:
    """A relationship drawn on a diagram."""

    element: str
    waypoints: list[tuple[float, float]] = field(default_factory=list)
    hide_end_labels: bool = False
    """The tool hides the association's role names and multiplicities on this line."""


@dataclass
class RawDiagram:
    """A diagram as the tool stored it."""

    xid: str
    name: str
    owner: str | None = None
    kind: str = ""
    """The tool's diagram type, for the report."""
    hides_end_labels: bool = False
    """The tool does not draw association end names and multiplicities on it."""
    shapes: list[RawShape] = field(default_factory=list)
    edges: list[RawEdge] = field(default_factory=list)
    note_links: list[tuple[str, str]] = field(default_factory=list)
    """Lines the tool draws from a note to what it annotates: (note, element) xids."""
    frame: bool = False
    """The tool draws the UML diagram frame around it (UMLDI's ``isFrame``)."""


@dataclass
class RawModel:
    """Everything a reader found in one file."""

    dialect: str
    """A short description of the dialect, for the report ("XMI 1.2 (UML 1.4)")."""
    exporter: str = ""
    name: str = "Model"
    root_id: str | None = None
    documentation: str = ""
    elements: dict[str, RawElement] = field(default_factory=dict)
    relationships: list[RawRelationship] = field(default_factory=list)
    diagrams: list[RawDiagram] = field(default_factory=list)
    ignored: dict[str, int] = field(default_factory=dict)
    """Metaclasses of elements outside the use case model, with their counts."""
    notes: list[str] = field(default_factory=list)
    """Things the reader wants the report to say."""
    extension: str | None = None
    """The ucdesigner extension, when the file was written by ucdesigner."""
    subject_claims: list[tuple[str, str]] = field(default_factory=list)
    """(classifier, use case) pairs from a classifier's ``useCase`` list."""
    external_ids: set[str] = field(default_factory=set)
    """Ids that references name in other files (``href="other.uml#id"``)."""
    id_scan: Callable[[], set[str]] | None = None
    """Lists every id defined in the file (asked only when a reference does not resolve)."""

    def all_ids(self) -> set[str]:
        """Every id defined anywhere in the file, recorded or not."""
        cached = self.__dict__.get("_all_ids")
        if cached is None:
            cached = self.id_scan() if self.id_scan else set()
            self.__dict__["_all_ids"] = cached
        return cached

    def relationship_by_id(self, xid: str) -> RawRelationship | None:
        """The relationship with this id (the index is rebuilt when the list grew)."""
        index = self.__dict__.get("_rel_index")
        if index is None or len(index) != len(self.relationships):
            index = {r.xid: r for r in self.relationships}
            self.__dict__["_rel_index"] = index
        return index.get(xid)

    def add(self, element: RawElement) -> None:
        """Record an element (the first one with an id wins)."""
        self.elements.setdefault(element.xid, element)

    def ignore(self, metaclass: str) -> None:
        """Count an element of a kind outside use case models."""
        self.ignored[metaclass] = self.ignored.get(metaclass, 0) + 1
