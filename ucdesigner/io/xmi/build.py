"""From what a file holds (RawModel) to a use case document, with the report.

One set of rules for every dialect:

- actors and use cases are kept; a classifier becomes a system boundary when a use
  case names it as its ``subject`` or the tool marks it as a boundary;
- a package is kept when it holds actors, use cases or boundaries, itself or through
  the packages inside it (packages that only group are kept: users navigate by them);
  tools' folders and packages of other content are not; elements of packages that are
  not kept go to the nearest kept package above them;
- dependencies and associations marked «include» / «extend» (stereotype, tagged value or
  name) are includes and extends;
- every relationship is checked against the rules table; what it refuses is dropped
  with the table's reason, as is anything whose end is missing or outside the model;
- comments attached to a kept element become comments; a comment on its own owner (or
  on nothing, inside an actor, use case or boundary) becomes that element's
  documentation;
- diagrams that show actors or use cases are rebuilt; when none is, every package gets
  an automatic layout.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from pydantic import ValidationError

from ...l10n import tr
from ...model import Diagram, DocumentData
from ...model.base import MAX_NAME, clean_text
from ...model.elements import (
    NODE_TYPES,
    RELATIONSHIP_TYPES,
    Element,
    NodeElement,
    Relationship,
    UseCase,
)
from ...model.integrity import integrity_problems
from ...model.rules import connection_refusal
from ...model.spec_text import is_specification_text
from .build_diagrams import DiagramSteps
from .common import PACKAGE_METACLASSES
from .idmap import ORIGINAL_ID_KEY, IdMap
from .names import keyword
from .raw import RawElement, RawModel, RawRelationship
from .report import ImportReport
from .specs import read_back

KIND_OF = {"Actor": "actor", "UseCase": "usecase"}
KEPT_KINDS = frozenset({"actor", "usecase", "subject", "package", "comment"})
KIND_NAMES = frozenset({"usecasedependency"})
"""Names a tool writes on every include and extend to say what kind of element it is
(Modelio's metaclass for both, UseCaseDependency): they name the kind, not the line."""


def _generated_association_name(rel: RawRelationship) -> bool:
    """Papyrus names every association it draws "A_<end>_<end>" from its two end names
    (themselves the element names): a name no user chose, which would sit on every line."""
    if not rel.name.startswith("A_") or rel.ends is None:
        return False
    first, second = (end.role for end in rel.ends)
    return bool(first and second) and rel.name in (f"A_{first}_{second}", f"A_{second}_{first}")


def _describe(record: RawElement | RawRelationship) -> str:
    name = f' "{record.name}"' if record.name else ""
    return f"{record.metaclass or 'element'}{name} ({record.xid})"


class _Lookup:
    """The read-only model view the rules table needs, over what is accepted so far."""

    def __init__(self, nodes: dict[str, NodeElement]) -> None:
        self.nodes = nodes
        self.out: defaultdict[tuple[str, str], list[Relationship]] = defaultdict(list)

    def find(self, element_id: str) -> Element | None:
        return self.nodes.get(element_id)

    def outgoing(self, element_id: str, kind: str) -> Iterable[Relationship]:
        return self.out.get((element_id, kind), ())

    def accept(self, rel: Relationship) -> None:
        self.out[(rel.source, rel.kind)].append(rel)


class Builder(DiagramSteps):
    """Turns one RawModel into DocumentData and fills the report."""

    def __init__(
        self,
        raw: RawModel,
        report: ImportReport,
        documentation_comments: set[str] | None = None,
        specification_comments: set[str] | None = None,
    ) -> None:
        self.raw = raw
        self.report = report
        self.ours = documentation_comments is not None
        """A file ucdesigner wrote: its UML is taken as it is, without the heuristics
        that tidy other tools' files (package pruning, actor-first associations)."""
        self.documentation_comments = documentation_comments or set()
        self.specification_comments = specification_comments or set()
        self.specification_texts: dict[str, str] = {}
        self.ids = IdMap()
        self.kinds: dict[str, str] = {}
        self.nodes: dict[str, NodeElement] = {}
        self.relationships: list[Relationship] = []
        self.diagrams: list[Diagram] = []
        self.documentation: list[str] = [raw.documentation] if raw.documentation else []
        self.point_ids: dict[str, str] = {}
        self.relationship_docs: defaultdict[str, list[str]] = defaultdict(list)

    # ------------------------------------------------------------------ classification

    def classify(self) -> None:
        """Decide what each recorded element becomes: actor, use case, boundary, package,
        comment or a tool's folder."""
        raw = self.raw
        claimed = {subject for subject, _case in raw.subject_claims}
        for record in raw.elements.values():
            if record.metaclass == "UseCase" and not record.external:
                claimed.update(record.subjects)
        umbrello = "umbrello" in raw.exporter.lower()
        for xid, record in raw.elements.items():
            if record.external or xid == raw.root_id:
                continue
            kind = KIND_OF.get(record.metaclass)
            if kind is None and (record.boundary or xid in claimed):
                kind = "subject"
            elif kind is None and record.metaclass in PACKAGE_METACLASSES:
                folder = "folder" in record.stereotypes  # Umbrello's folders
                if umbrello and record.metaclass == "Model" and record.owner == raw.root_id:
                    folder = True  # Umbrello's fixed views: Logical View, Use Case View...
                kind = "folder" if folder else "package"
            elif kind is None and record.metaclass == "Comment":
                kind = "comment"
            if kind is not None:
                self.kinds[xid] = kind

    def container(self, xid: str | None) -> str | None:
        """The nearest package candidate enclosing ``xid`` (None: the model root)."""
        seen = set()
        current = self.raw.elements[xid].owner if xid in self.raw.elements else None
        while current is not None and current not in seen:
            seen.add(current)
            if self.kinds.get(current) == "package":
                return current
            record = self.raw.elements.get(current)
            current = record.owner if record else None
        return None

    def enclosing_subject(self, xid: str) -> str | None:
        """The boundary a use case sits inside in the file (Visual Paradigm nests them), if any."""
        current = self.raw.elements[xid].owner
        seen = set()
        while current is not None and current not in seen:
            seen.add(current)
            if self.kinds.get(current) == "subject":
                return current
            if self.kinds.get(current) == "package":
                return None
            record = self.raw.elements.get(current)
            current = record.owner if record else None
        return None

    def prune_packages(self) -> None:
        """Keep the packages users navigate by: those that hold actors, use cases or
        boundaries, themselves or through packages inside them (MagicDraw's "Use Case
        Model" around "Actors" and "High-Level Use Cases"). The others hold nothing of a
        use case model (classes, components, or nothing at all) and are left out."""
        if self.ours:
            return
        used: set[str] = set()
        for xid, kind in self.kinds.items():
            if kind in ("actor", "usecase", "subject"):
                home = self.container(xid)
                while home is not None and home not in used:
                    used.add(home)
                    home = self.container(home)
        for xid, kind in list(self.kinds.items()):
            record = self.raw.elements[xid]
            if kind == "package" and xid not in used:
                self.kinds[xid] = "folder"
                self.report.drop(
                    tr('package "{name}"').format(name=record.name),
                    tr("holds no actors, use cases or system boundaries, in it or in its packages"),
                    xid,
                )
            elif kind == "folder":
                self.report.map(
                    f'{record.metaclass} "{record.name}"',
                    tr("a tool's folder, not a package of the model: its content moved up"),
                    xid,
                )

    # ------------------------------------------------------------------ ids

    def reserve_ids(self) -> None:
        """Reserve every id the document will use, in file order, so rewritten ids are stable."""
        for xid, kind in self.kinds.items():
            if kind != "folder":
                self.ids.reserve(xid)
                if kind == "usecase":
                    for point, _name in self.raw.elements[xid].extension_points:
                        self.ids.reserve(point)
        for rel in self.raw.relationships:
            self.ids.reserve(rel.xid)
        for diagram in self.raw.diagrams:
            self.ids.reserve(diagram.xid)
        self.ids.settle()

    def properties(self, record: RawElement | RawRelationship) -> dict[str, str]:
        """An element's properties, with its original id when that had to change."""
        props = dict(record.properties)
        if self.ids.changed(record.xid):
            props[ORIGINAL_ID_KEY] = record.xid
        return props

    # ------------------------------------------------------------------ nodes

    def make(self, cls: type[Any], fields: dict[str, Any], what: str, xid: str) -> Any:
        """Construct a model object; a value the model refuses drops the element, reported."""
        try:
            return cls(**fields)
        except ValidationError as error:
            first = error.errors()[0]
            place = ".".join(str(p) for p in first["loc"])
            self.report.drop(
                what,
                tr("has a value this editor cannot hold ({place}: {problem})").format(
                    place=place, problem=first["msg"]
                ),
                xid,
            )
            return None

    def cut_name(self, name: str, kind: str, xid: str) -> str:
        """``name`` within the model's limit; a longer one is cut and listed."""
        if len(name) <= MAX_NAME:
            return name
        self.report.map(
            f"{kind} {name[:40]!r}…",
            tr("its name has {length} characters; cut to the first {limit}").format(
                length=f"{len(name):,}", limit=f"{MAX_NAME:,}"
            ),
            xid,
        )
        return name[:MAX_NAME]

    def build_nodes(self) -> None:
        """Actors, use cases, boundaries, packages and comments; documentation folded in."""
        documentation: dict[str, list[str]] = defaultdict(list)
        comments: list[RawElement] = []
        for xid, kind in self.kinds.items():
            record = self.raw.elements[xid]
            if kind == "comment":
                comments.append(record)
                continue
            if kind == "folder":
                continue
            fields: dict[str, Any] = {
                "id": self.ids.get(xid),
                "name": self.cut_name(record.name, kind, xid),
                "documentation": record.documentation,
                "stereotypes": tuple(s for s in record.stereotypes if s),
                "properties": self.properties(record),
            }
            home = self.container(xid)
            fields["package"] = self.ids.get(home) if home else None
            if kind == "usecase":
                points = []
                for point, name in record.extension_points:
                    points.append({"id": self.ids.get(point), "name": name})
                    self.point_ids[point] = self.ids.get(point)
                fields["extension_points"] = tuple(points)
            node = self.make(NODE_TYPES[kind], fields, f"{record.metaclass} {record.name!r}", xid)
            if node is None:
                continue
            self.nodes[node.id] = node
            if kind == "subject":
                how = (
                    tr("system boundary (marked as a system boundary by the tool)")
                    if record.boundary
                    else tr("system boundary (named as the subject of use cases)")
                )
                self.report.map(_describe(record), how, xid)
        self.assign_subjects()
        for record in comments:
            self.comment(record, documentation)
        for node_id, texts in documentation.items():
            node = self.nodes[node_id]
            joined = "\n\n".join(t for t in [node.documentation, *texts] if t)
            # model_copy does not validate: the model's text rule is applied here.
            self.nodes[node_id] = node.model_copy(update={"documentation": clean_text(joined)})

    def read_specifications(self) -> None:
        """Specifications written as text in comments (by us, for other tools)."""
        if not self.specification_texts:
            return
        associated: defaultdict[str, list[str]] = defaultdict(list)
        for rel in self.relationships:
            if rel.kind == "association":
                for usecase, actor in ((rel.target, rel.source), (rel.source, rel.target)):
                    kind = getattr(self.nodes.get(actor), "kind", None)
                    if kind == "actor" and actor not in associated[usecase]:
                        associated[usecase].append(actor)
        for node_id, body in self.specification_texts.items():
            node = self.nodes[node_id]
            if isinstance(node, UseCase) and node.specification is None:
                self.nodes[node_id] = read_back(node, body, self.nodes, associated[node_id])
                self.report.map(
                    tr("specification of {element}").format(element=node.describe()),
                    tr("read from its text"),
                )

    def assign_subjects(self) -> None:
        """Use cases' boundaries: UseCase.subject, a classifier's useCase list, nesting."""
        members: dict[str, list[str]] = defaultdict(list)
        for xid, kind in self.kinds.items():
            if kind != "usecase":
                continue
            record = self.raw.elements[xid]
            for subject in record.subjects:
                if self.kinds.get(subject) == "subject":
                    members[xid].append(self.ids.get(subject))
                else:
                    self.report.drop(
                        tr("subject {subject} of use case {name}").format(
                            subject=subject, name=repr(record.name)
                        ),
                        tr("is not in this file or not a classifier"),
                        xid,
                    )
            enclosing = self.enclosing_subject(xid)
            if enclosing is not None:
                members[xid].append(self.ids.get(enclosing))
        for subject, case in self.raw.subject_claims:
            if self.kinds.get(case) == "usecase" and self.kinds.get(subject) == "subject":
                members[case].append(self.ids.get(subject))
        for xid, subjects in members.items():
            node_id = self.ids.get(xid)
            if node_id in self.nodes:
                unique = tuple(dict.fromkeys(s for s in subjects if s in self.nodes))
                self.nodes[node_id] = self.nodes[node_id].model_copy(update={"subjects": unique})

    def relationship_ids(self) -> set[str]:
        cached = self.__dict__.get("_relationship_ids")
        if cached is None:
            cached = {r.xid for r in self.raw.relationships}
            self.__dict__["_relationship_ids"] = cached
        return cached

    def comment(self, record: RawElement, documentation: dict[str, list[str]]) -> None:
        """A UML comment becomes a comment, documentation of what it annotates, or a report line."""
        owner = record.owner
        owner_id = (
            self.ids.get(owner) if owner and self.kinds.get(owner) not in (None, "folder") else None
        )
        targets = [
            a
            for a in record.annotated
            if self.kinds.get(a) in ("actor", "usecase", "subject", "package")
        ]
        relationship_ids = self.relationship_ids()
        if record.xid in self.specification_comments:
            return  # our extension restores the specification itself
        if (
            owner_id in self.nodes
            and self.nodes[owner_id].kind == "usecase"
            and set(record.annotated) <= {owner}
            and is_specification_text(record.body)
            and owner_id not in self.specification_texts
        ):
            self.specification_texts[owner_id] = record.body
            return
        if record.xid in self.documentation_comments:
            if owner_id in self.nodes:
                documentation[owner_id].append(record.body)
            elif owner in relationship_ids:
                self.relationship_docs[owner].append(record.body)
            else:
                self.documentation.append(record.body)
            return
        if (
            record.annotated
            and len(record.annotated) == 1
            and record.annotated[0] in relationship_ids
        ):
            # A note on a relationship (UML lets comments annotate any element; our
            # comments attach to nodes): kept as the relationship's documentation.
            self.relationship_docs[record.annotated[0]].append(record.body)
            self.report.map(
                tr("comment {text}").format(text=repr(record.body[:40])),
                tr("documentation of the relationship it annotates"),
                record.xid,
            )
            return
        if (
            not record.annotated
            and owner_id in self.nodes
            and self.nodes[owner_id].kind != "package"
        ):
            documentation[owner_id].append(record.body)
            return
        if record.annotated and set(record.annotated) <= {self.raw.root_id}:
            self.documentation.append(record.body)
            return
        if record.annotated and not targets:
            self.report.drop(
                tr("comment {text}").format(text=repr(record.body[:40])),
                tr("annotates only relationships or elements outside the use case model"),
                record.xid,
            )
            return
        home = self.container(record.xid)
        fields = {
            "id": self.ids.get(record.xid),
            "name": record.name if record.name != record.body else "",
            "body": record.body,
            "documentation": record.documentation,
            "stereotypes": tuple(record.stereotypes),
            "properties": self.properties(record),
            "package": self.ids.get(home) if home else None,
        }
        node = self.make(NODE_TYPES["comment"], fields, f"comment {record.body[:40]!r}", record.xid)
        if node is None:
            return
        self.nodes[node.id] = node
        for target in targets:
            self.pending_links.append((record, target))

    # ------------------------------------------------------------------ relationships

    def is_external(self, end: str | None) -> bool:
        if end is None:
            return False
        record = self.raw.elements.get(end)
        return end in self.raw.external_ids or (record is not None and record.external)

    def end_problem(self, end: str | None) -> tuple[str, bool] | None:
        """Why an end cannot be used: (reason, dangling); None when it can."""
        if end is None:
            return (tr("has a missing end"), False)
        kind = self.kinds.get(end)
        if kind in ("actor", "usecase", "subject", "package", "comment"):
            return None
        record = self.raw.elements.get(end)
        if record is None:
            if end in self.raw.external_ids:
                return (tr("refers to {end}, defined in another file").format(end=end), True)
            if end in self.raw.all_ids():
                return (
                    tr("joins {end}, which is not part of a use case model").format(end=end),
                    False,
                )
            return (tr("refers to {end}, which is not in this file").format(end=end), True)
        if record.external:
            if record.metaclass in ("Actor", "UseCase", "Element"):
                return (
                    tr('refers to {kind} "{name}", defined in another file').format(
                        kind=record.metaclass, name=record.name
                    ),
                    True,
                )
            return (
                tr('joins {kind} "{name}" (in another file)').format(
                    kind=record.metaclass, name=record.name
                ),
                False,
            )
        return (
            tr('joins {kind} "{name}", which is not part of a use case model').format(
                kind=record.metaclass, name=record.name
            ),
            False,
        )

    def build_relationships(self) -> None:
        """Every relationship of the file, checked, then the comment links."""
        lookup = _Lookup(self.nodes)
        seen: set[str] = set()
        for rel in self.raw.relationships:
            if rel.xid in seen or not rel.xid:
                continue
            seen.add(rel.xid)
            self.relationship(rel, lookup)
        for record, target in self.pending_links:
            link_id = self.ids.fresh(f"{self.ids.get(record.xid)}_link")
            self.relationships.append(
                RELATIONSHIP_TYPES["comment_link"](
                    id=link_id, source=self.ids.get(record.xid), target=self.ids.get(target)
                )
            )

    def stand_in(self, rel: RawRelationship) -> str | None:
        """ "include" or "extend" when a dependency or association is marked as one."""
        for text in (*rel.stereotypes, rel.name):
            found = keyword(text)
            if found:
                return found
        return None

    def relationship(self, rel: RawRelationship, lookup: _Lookup) -> None:
        """One relationship: stand-ins mapped, ends checked, the rules table asked."""
        kind = rel.kind
        what = _describe(rel)
        marked = None
        if kind in ("dependency", "association"):
            marked = self.stand_in(rel)
            if marked:
                kind = marked
                self.report.map(
                    what,
                    tr("{kind} (a {metaclass} marked «{kind}»)").format(
                        kind=marked, metaclass=rel.metaclass
                    ),
                    rel.xid,
                )
        in_scope = [self.kinds.get(end) in KEPT_KINDS for end in (rel.source, rel.target)]
        if not any(in_scope):
            # Neither end is part of the use case model: no need to look further (and no
            # need to scan the file for the ids), unless an end is a known external stub.
            external = [
                self.end_problem(e) for e in (rel.source, rel.target) if self.is_external(e)
            ]
            if any(p and p[1] for p in external):
                self.count("dangling")
                self.report.drop(what, next(p[0] for p in external if p and p[1]), rel.xid)
            else:
                self.raw.ignore(rel.metaclass or kind)
            return
        problems = [
            None if ok else self.end_problem(end)
            for ok, end in zip(in_scope, (rel.source, rel.target), strict=True)
        ]
        problem = problems[0] or problems[1]
        if problem:
            if problem[1]:
                self.count("dangling")
            self.report.drop(what, problem[0], rel.xid)
            return
        assert rel.source is not None and rel.target is not None
        source, target = self.ids.get(rel.source), self.ids.get(rel.target)
        if source not in self.nodes or target not in self.nodes:
            self.report.drop(what, tr("joins an element that was not imported"), rel.xid)
            return
        ends = rel.ends
        if (
            kind == "association"
            and not self.ours
            and self.nodes[source].kind == "usecase"
            and self.nodes[target].kind == "actor"
        ):
            source, target = target, source
            ends = (ends[1], ends[0]) if ends else None
        refusal = connection_refusal(kind, self.nodes[source], self.nodes[target], lookup)
        if refusal:
            self.report.drop(what, refusal, rel.xid)
            return
        fields: dict[str, Any] = {
            "id": self.ids.get(rel.xid),
            "name": self.relationship_name(rel, marked, kind),
            "source": source,
            "target": target,
            "documentation": "\n\n".join(
                d for d in [rel.documentation, *self.relationship_docs.get(rel.xid, ())] if d
            ),
            "stereotypes": tuple(s for s in rel.stereotypes if s and keyword(s) != kind),
            "properties": self.properties(rel),
        }
        if kind == "extend":
            fields["condition"] = rel.condition
            target_node = self.nodes[target]
            assert isinstance(target_node, UseCase)
            points = []
            for point in rel.extension_points:
                mapped = self.point_ids.get(point)
                if mapped and target_node.extension_point(mapped):
                    points.append(mapped)
                else:
                    self.report.drop(
                        tr("extension point {point} of {what}").format(point=point, what=what),
                        tr("is not an extension point of the extended use case"),
                        rel.xid,
                    )
            fields["extension_points"] = tuple(dict.fromkeys(points))
        if kind == "association" and ends:
            fields["source_end"] = self.end_fields(ends[0])
            fields["target_end"] = self.end_fields(ends[1])
        made = self.make(RELATIONSHIP_TYPES[kind], fields, what, rel.xid)
        if made is not None:
            self.relationships.append(made)
            lookup.accept(made)

    def relationship_name(self, rel: RawRelationship, marked: str | None, kind: str) -> str:
        """The name to keep: none when the file's name only marks the kind."""
        if self.name_is_marker(rel.name, marked, kind):
            return ""
        if not self.ours and kind in ("include", "extend") and rel.name.lower() in KIND_NAMES:
            self.report.map(
                _describe(rel),
                tr('name "{name}" not kept: the tool writes it on every include and extend').format(
                    name=rel.name
                ),
                rel.xid,
            )
            return ""
        if not self.ours and kind == "association" and _generated_association_name(rel):
            self.report.map(
                _describe(rel),
                tr('name "{name}" not kept: the tool made it from the end names').format(
                    name=rel.name
                ),
                rel.xid,
            )
            return ""
        return rel.name

    def name_is_marker(self, name: str, marked: str | None, kind: str) -> bool:
        """A name that only says «include»/«extend» marks the relationship; it is not a
        name. Our own files keep every name as written."""
        said = keyword(name)
        return not self.ours and said is not None and said in (marked, kind)

    @staticmethod
    def end_fields(end: Any) -> dict[str, Any]:
        return {
            "multiplicity": end.multiplicity,
            "navigable": bool(end.navigable),
            "role": end.role,
        }

    def count(self, key: str, n: int = 1) -> None:
        """Add to one of the report's counts."""
        self.report.counts[key] = self.report.counts.get(key, 0) + n

    # ------------------------------------------------------------------ the whole

    def build(self) -> DocumentData:
        """The whole import: classify, build, lay out, check, count."""
        self.pending_links: list[tuple[RawElement, str]] = []
        self.classify()
        self.prune_packages()
        self.reserve_ids()
        self.build_nodes()
        self.build_relationships()
        self.read_specifications()
        if not self.ours:
            self.build_diagrams()
            self.subjects_from_diagrams()
            if not self.diagrams:
                self.generate_diagrams()
        data = self.data()
        data = self.repair(data)
        self.report.ignored = dict(self.raw.ignored)
        for record in self.raw.elements.values():
            if (
                record.xid not in self.kinds
                and record.xid != self.raw.root_id
                and not record.external
            ):
                self.report.ignored[record.metaclass] = (
                    self.report.ignored.get(record.metaclass, 0) + 1
                )
        for kind in (*NODE_TYPES, *RELATIONSHIP_TYPES):
            self.report.counts[kind] = 0
        for item in (*data.elements, *data.relationships):
            self.report.counts[item.kind] += 1
        self.report.counts["extension_point"] = sum(
            len(e.extension_points) for e in data.elements if isinstance(e, UseCase)
        )
        for key in ("diagram", "shape", "generated_diagram", "dangling"):
            self.report.counts.setdefault(key, 0)
        self.report.notes.extend(self.raw.notes[:50])
        if len(self.raw.notes) > 50:
            self.report.notes.append(
                tr("... and {count} more").format(count=len(self.raw.notes) - 50)
            )
        return data

    def data(self) -> DocumentData:
        """The document data from what was built, elements and relationships sorted by id."""
        return DocumentData(
            name=self.cut_name(self.raw.name, "model", "") or ("" if self.ours else "Model"),
            documentation="\n\n".join(d for d in self.documentation if d),
            elements=tuple(sorted(self.nodes.values(), key=lambda n: n.id)),
            relationships=tuple(sorted(self.relationships, key=lambda r: r.id)),
            diagrams=tuple(self.diagrams),
        )

    def repair(self, data: DocumentData) -> DocumentData:
        """A last guard: whatever still breaks the model's integrity is dropped, reported."""
        for _ in range(10):
            problems = integrity_problems(data)
            if not problems:
                return data
            bad = {p.element_id for p in problems if p.element_id}
            for problem in problems:
                self.report.drop(problem.element_id or tr("element"), problem.message)
            data = data.model_copy(
                update={
                    "elements": tuple(e for e in data.elements if e.id not in bad),
                    "relationships": tuple(
                        r
                        for r in data.relationships
                        if r.id not in bad and r.source not in bad and r.target not in bad
                    ),
                    "diagrams": tuple(
                        d.model_copy(
                            update={
                                "shapes": tuple(s for s in d.shapes if s.element not in bad),
                                "edges": tuple(e for e in d.edges if e.element not in bad),
                            }
                        )
                        for d in data.diagrams
                    ),
                }
            )
        return data


def build_document(
    raw: RawModel,
    report: ImportReport,
    documentation_comments: set[str] | None = None,
    specification_comments: set[str] | None = None,
) -> DocumentData:
    """The document for what a reader found; fills ``report`` on the way.

    ``documentation_comments`` is given for files ucdesigner wrote: the ids of the
    comments that carry documentation; ``specification_comments`` the ids of those
    that show specifications as text."""
    return Builder(raw, report, documentation_comments, specification_comments).build()
