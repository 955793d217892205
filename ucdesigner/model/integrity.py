"""Integrity of a document as loaded from a file: unique ids, references that resolve,
relationships the rules table allows, no include or generalization cycles.

It works on the raw ``DocumentData`` so that ``ucdesigner check`` can list every problem
of a file that ``Document.from_data`` refuses to open.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from itertools import pairwise

from ..l10n import QT_TRANSLATE_NOOP, tr
from .data import DocumentData
from .elements import Element, Extend, NodeElement, Relationship, UseCase
from .journey import step_problems
from .problems import Problem
from .rules import CONNECTION_RULES, connection_refusal, containment_refusal, membership_refusal


class _DataLookup:
    def __init__(self, data: DocumentData) -> None:
        self.by_id: dict[str, Element] = {}
        for item in (*data.elements, *data.relationships):
            self.by_id.setdefault(item.id, item)
        self.out: defaultdict[tuple[str, str], list[Relationship]] = defaultdict(list)
        for rel in data.relationships:
            self.out[(rel.source, rel.kind)].append(rel)

    def find(self, element_id: str) -> Element | None:
        return self.by_id.get(element_id)

    def outgoing(self, element_id: str, kind: str) -> Iterable[Relationship]:
        return self.out.get((element_id, kind), ())


def _name(element: Element) -> str:
    return element.name or element.id


def integrity_problems(data: DocumentData) -> list[Problem]:
    """Every integrity problem of ``data``, in file order; empty when it is sound."""
    problems: list[Problem] = []
    add = problems.append
    lookup = _DataLookup(data)
    nodes: dict[str, NodeElement] = {n.id: n for n in data.elements}

    seen: dict[str, str] = {}

    def claim(any_id: str, where: str) -> None:
        if any_id in seen:
            add(
                Problem(
                    "duplicate-id",
                    f'The id "{any_id}" is used twice (first at {seen[any_id]}).',
                    element_id=any_id,
                    where=where,
                )
            )
        else:
            seen[any_id] = where

    for index, node in enumerate(data.elements):
        where = f"elements[{index}]"
        claim(node.id, where)
        if isinstance(node, UseCase):
            for p_index, point in enumerate(node.extension_points):
                claim(point.id, f"{where}.extension_points[{p_index}]")
    for index, rel in enumerate(data.relationships):
        claim(rel.id, f"relationships[{index}]")
    for index, diagram in enumerate(data.diagrams):
        claim(diagram.id, f"diagrams[{index}]")
    for index, stage in enumerate(data.journey.stages):
        claim(stage.id, f"journey.stages[{index}]")
    for index, node in enumerate(data.elements):
        if isinstance(node, UseCase):
            for text in step_problems(node.journey, data.journey):
                add(
                    Problem(
                        "dangling-reference",
                        f"{node.describe()}: {text}.",
                        element_id=node.id,
                        where=f"elements[{index}].journey",
                        fix="Choose a stage and touchpoints from the journey's lists.",
                    )
                )

    for index, node in enumerate(data.elements):
        where = f"elements[{index}]"
        container = None
        if node.package is not None:
            container = nodes.get(node.package)
            if container is None:
                add(
                    Problem(
                        "dangling-reference",
                        f'{node.describe()} is in package "{node.package}", which does not exist.',
                        element_id=node.id,
                        where=f"{where}.package",
                        fix="Move it to an existing package or to the model root.",
                    )
                )
        if node.package is None or container is not None:
            refusal = containment_refusal(container, node)
            if refusal:
                add(
                    Problem("rule-violation", refusal, element_id=node.id, where=f"{where}.package")
                )
        if isinstance(node, UseCase):
            for subject_id in node.subjects:
                subject = nodes.get(subject_id)
                if subject is None:
                    add(
                        Problem(
                            "dangling-reference",
                            f'{node.describe()} belongs to system boundary "{subject_id}", '
                            "which does not exist.",
                            element_id=node.id,
                            where=f"{where}.subjects",
                        )
                    )
                elif refusal := membership_refusal(subject, node):
                    add(
                        Problem(
                            "rule-violation", refusal, element_id=node.id, where=f"{where}.subjects"
                        )
                    )
    for index, node in enumerate(data.elements):
        if isinstance(node, UseCase) and node.specification is not None:
            problems.extend(_specification_problems(node, nodes, f"elements[{index}]"))
    problems.extend(_package_cycles(data))

    for index, rel in enumerate(data.relationships):
        where = f"relationships[{index}]"
        ends = []
        for role in ("source", "target"):
            end_id = getattr(rel, role)
            end = nodes.get(end_id)
            if end is None:
                add(
                    Problem(
                        "dangling-reference",
                        f'{rel.describe()} has {role} "{end_id}", which is not an element of '
                        "the model.",
                        element_id=rel.id,
                        where=f"{where}.{role}",
                        fix="Delete the relationship or connect it to an existing element.",
                    )
                )
            ends.append(end)
        if None in ends:
            continue
        refusal = connection_refusal(rel.kind, ends[0], ends[1], lookup, check_cycles=False)
        if refusal:
            add(Problem("rule-violation", refusal, element_id=rel.id, where=where))
        if isinstance(rel, Extend) and isinstance(ends[1], UseCase):
            for point_id in rel.extension_points:
                if ends[1].extension_point(point_id) is None:
                    add(
                        Problem(
                            "dangling-reference",
                            f'{rel.describe()} uses extension point "{point_id}", which '
                            f"{ends[1].describe()} does not have.",
                            element_id=rel.id,
                            where=f"{where}.extension_points",
                        )
                    )
    for kind, rule in CONNECTION_RULES.items():
        if rule.acyclic:
            problems.extend(_cycles(data, lookup, kind, rule.cycle_verb))

    for index, diagram in enumerate(data.diagrams):
        where = f'diagrams[{index}] "{diagram.name or diagram.id}"'
        if diagram.package is not None and (
            diagram.package not in nodes or nodes[diagram.package].kind != "package"
        ):
            add(
                Problem(
                    "dangling-reference",
                    f'The diagram is in package "{diagram.package}", which does not exist.',
                    where=f"{where}.package",
                )
            )
        shown: set[str] = set()
        for s_index, shape in enumerate(diagram.shapes):
            if shape.element not in nodes:
                add(
                    Problem(
                        "dangling-reference",
                        f'A shape shows element "{shape.element}", which does not exist.',
                        element_id=shape.element,
                        where=f"{where}.shapes[{s_index}]",
                        fix="Delete the shape.",
                    )
                )
            elif shape.element in shown:
                add(
                    Problem(
                        "duplicate-shape",
                        f"{nodes[shape.element].describe()} is drawn twice on the diagram.",
                        element_id=shape.element,
                        where=f"{where}.shapes[{s_index}]",
                    )
                )
            shown.add(shape.element)
        drawn: set[str] = set()
        for e_index, edge in enumerate(diagram.edges):
            rel = lookup.find(edge.element)
            if not isinstance(rel, Relationship):
                add(
                    Problem(
                        "dangling-reference",
                        f'A line shows relationship "{edge.element}", which does not exist.',
                        element_id=edge.element,
                        where=f"{where}.edges[{e_index}]",
                        fix="Delete the line.",
                    )
                )
                continue
            if edge.element in drawn:
                add(
                    Problem(
                        "duplicate-edge",
                        f"{rel.describe()} is drawn twice on the diagram.",
                        element_id=rel.id,
                        where=f"{where}.edges[{e_index}]",
                    )
                )
            drawn.add(edge.element)
            for end in (rel.source, rel.target):
                if end not in shown:
                    add(
                        Problem(
                            "dangling-reference",
                            f'A line shows {rel.describe()}, but its end "{end}" is not on '
                            "the diagram.",
                            element_id=rel.id,
                            where=f"{where}.edges[{e_index}]",
                        )
                    )
                    break
    return problems


def _specification_problems(
    usecase: UseCase, nodes: dict[str, NodeElement], where: str
) -> list[Problem]:
    spec = usecase.specification
    assert spec is not None
    found = []
    for actor_id in sorted(spec.actor_ids()):
        if actor_id not in nodes or nodes[actor_id].kind != "actor":
            found.append(
                Problem(
                    "dangling-reference",
                    f'The specification of {usecase.describe()} names actor "{actor_id}", '
                    "which does not exist.",
                    element_id=usecase.id,
                    where=f"{where}.specification",
                )
            )
    points = {p.id for p in usecase.extension_points}
    main = {s.id for s in spec.main_scenario}
    for extension in spec.extensions:
        if extension.extension_point is not None and extension.extension_point not in points:
            found.append(
                Problem(
                    "dangling-reference",
                    f"An extension in the specification of {usecase.describe()} uses "
                    f'extension point "{extension.extension_point}", which the use case '
                    "does not have.",
                    element_id=usecase.id,
                    where=f"{where}.specification.extensions",
                )
            )
        if extension.step is not None and extension.step not in main:
            found.append(
                Problem(
                    "dangling-reference",
                    f"An extension in the specification of {usecase.describe()} branches "
                    f'from step "{extension.step}", which is not in the main scenario.',
                    element_id=usecase.id,
                    where=f"{where}.specification.extensions",
                )
            )
    steps = [s.id for s in spec.main_scenario]
    for extension in spec.extensions:
        steps += [extension.id, *(s.id for s in extension.steps)]
    if len(steps) != len(set(steps)):
        found.append(
            Problem(
                "duplicate-id",
                f"The specification of {usecase.describe()} uses a step id twice.",
                element_id=usecase.id,
                where=f"{where}.specification",
            )
        )
    return found


def _package_cycles(data: DocumentData) -> list[Problem]:
    parent = {n.id: n.package for n in data.elements}
    problems = []
    reported: set[str] = set()
    for start in parent:
        path: list[str] = []
        current: str | None = start
        while current is not None and current in parent and current not in path:
            if current in reported:
                break
            path.append(current)
            current = parent[current]
        if current is not None and current in path:
            loop = path[path.index(current) :]
            reported.update(loop)
            problems.append(
                Problem(
                    "package-cycle",
                    "Packages contain each other in a circle: " + " in ".join(loop) + ".",
                    element_id=loop[0],
                )
            )
        reported.update(path)
    return problems


_CYCLE_LINKS = {
    # One template per link, not a verb joined between names: "includes" alone is also
    # the plural noun of the counts, which the languages translate differently.
    "include": QT_TRANSLATE_NOOP("", '"{source}" includes "{target}"'),
    "extend": QT_TRANSLATE_NOOP("", '"{source}" extends "{target}"'),
    "generalization": QT_TRANSLATE_NOOP("", '"{source}" specialises "{target}"'),
}
_CYCLE_TEXTS = {
    "include": (
        QT_TRANSLATE_NOOP(
            "", "These includes form a cycle: {path}; includes must not go round in a circle."
        ),
        QT_TRANSLATE_NOOP("", "Delete one of the includes in the cycle."),
    ),
    "extend": (
        QT_TRANSLATE_NOOP(
            "", "These extends form a cycle: {path}; extends must not go round in a circle."
        ),
        QT_TRANSLATE_NOOP("", "Delete one of the extends in the cycle."),
    ),
    "generalization": (
        QT_TRANSLATE_NOOP(
            "",
            "These generalizations form a cycle: {path}; generalizations must not go round "
            "in a circle.",
        ),
        QT_TRANSLATE_NOOP("", "Delete one of the generalizations in the cycle."),
    ),
}
"""The cycle problem's sentence and fix for each kind, as ``tr`` templates."""


def relationship_cycles(data: DocumentData, kind: str) -> list[Problem]:
    """One problem per cycle of ``kind`` relationships ("include", "extend",
    "generalization"), worded as the integrity check words include cycles."""
    return _cycles(data, _DataLookup(data), kind, CONNECTION_RULES[kind].cycle_verb or kind)


def _cycles(data: DocumentData, lookup: _DataLookup, kind: str, verb: str) -> list[Problem]:
    """One problem per cycle of ``kind`` relationships (found by depth-first search)."""
    graph: defaultdict[str, list[str]] = defaultdict(list)
    for rel in data.relationships:
        if rel.kind == kind:
            graph[rel.source].append(rel.target)
    white, grey, black = 0, 1, 2
    colour: dict[str, int] = defaultdict(int)
    problems = []
    for root in list(graph):
        if colour[root] != white:
            continue
        stack: list[tuple[str, int]] = [(root, 0)]
        path: list[str] = [root]
        colour[root] = grey
        while stack:
            node, i = stack[-1]
            successors = graph.get(node, [])
            if i < len(successors):
                stack[-1] = (node, i + 1)
                nxt = successors[i]
                if colour[nxt] == grey:
                    loop = [*path[path.index(nxt) :], nxt]
                    names = [_name(lookup.by_id[n]) if n in lookup.by_id else n for n in loop]
                    link = tr(_CYCLE_LINKS.get(kind, f'"{{source}}" {verb} "{{target}}"'))
                    chain = ", ".join(link.format(source=a, target=b) for a, b in pairwise(names))
                    sentence, fix = _CYCLE_TEXTS.get(
                        kind,
                        (
                            f"These {kind}s form a cycle: {{path}}; {kind}s must not go round "
                            "in a circle.",
                            f"Delete one of the {kind}s in the cycle.",
                        ),
                    )
                    problems.append(
                        Problem(
                            f"{kind}-cycle",
                            tr(sentence).format(path=chain),
                            element_id=loop[0],
                            fix=tr(fix),
                        )
                    )
                elif colour[nxt] == white:
                    colour[nxt] = grey
                    stack.append((nxt, 0))
                    path.append(nxt)
            else:
                colour[node] = black
                stack.pop()
                path.pop()
    return problems
