"""Synthetic documents of a chosen size for benchmarks: actors, use cases in system
boundaries, every relationship kind, several diagrams laid out on a grid.

Deterministic for a given size and seed, so figures are comparable between runs.
"""

from __future__ import annotations

import random

from ucdesigner.model import (
    Actor,
    Association,
    Comment,
    CommentLink,
    Dependency,
    Diagram,
    DiagramInfo,
    Document,
    DocumentData,
    Edge,
    Extend,
    ExtensionPoint,
    Generalization,
    Include,
    Package,
    Shape,
    Subject,
    UseCase,
)
from ucdesigner.model.sizing import ACTOR_SIZE, default_size, use_case_size

USE_CASES_PER_BOUNDARY = 40
COLUMNS = 5


def make_data(elements: int, diagrams: int = 3, seed: int = 1) -> DocumentData:
    """A valid document of about ``elements`` elements and relationships in all.

    Roughly: 12 % actors, 48 % use cases, 40 % relationships; a boundary per 40 use
    cases; a package per 200 elements; ``diagrams`` diagrams that together show every
    node (the first one shows about half of them).
    """
    rng = random.Random(seed)
    n_actors = max(2, elements * 12 // 100)
    n_usecases = max(4, elements * 48 // 100)
    n_subjects = max(1, n_usecases // USE_CASES_PER_BOUNDARY)
    n_packages = max(1, elements // 200)
    packages = [Package(id=f"pkg{i}", name=f"Area {i + 1}") for i in range(n_packages)]
    subjects = [
        Subject(id=f"sub{i}", name=f"System {i + 1}", package=packages[i % n_packages].id)
        for i in range(n_subjects)
    ]
    actors = [
        Actor(id=f"a{i}", name=f"Actor {i + 1}", package=packages[i % n_packages].id)
        for i in range(n_actors)
    ]
    usecases = [
        UseCase(
            id=f"u{i}",
            name=f"Handle Request Number {i + 1}",
            package=packages[i % n_packages].id,
            subjects=(subjects[i // USE_CASES_PER_BOUNDARY % n_subjects].id,),
            extension_points=(ExtensionPoint(id=f"u{i}_ep", name="Exception"),)
            if i % 10 == 0
            else (),
        )
        for i in range(n_usecases)
    ]
    comments = [Comment(id=f"c{i}", body=f"Note {i + 1}") for i in range(max(1, elements // 500))]
    relationships: list = []
    n_rels = max(4, elements - n_actors - n_usecases - n_subjects - n_packages - len(comments))

    def rel_id() -> str:
        return f"r{len(relationships)}"

    for i, uc in enumerate(usecases):
        relationships.append(Association(id=rel_id(), source=actors[i % n_actors].id, target=uc.id))
        if len(relationships) >= n_rels // 2:
            break
    i = 0
    while len(relationships) < n_rels:
        base = usecases[i % n_usecases]
        other = usecases[(i + 1) % n_usecases]
        kind = i % 6
        # Relationships always go from a lower to a higher index: no cycles.
        if i + 1 >= n_usecases:
            i = 0
            continue
        if kind in (0, 1):
            relationships.append(Include(id=rel_id(), source=base.id, target=other.id))
        elif kind == 2:
            points = tuple(p.id for p in other.extension_points)
            relationships.append(
                Extend(
                    id=rel_id(),
                    source=base.id,
                    target=other.id,
                    condition="when needed" if rng.random() < 0.5 else "",
                    extension_points=points,
                )
            )
        elif kind == 3:
            relationships.append(Generalization(id=rel_id(), source=base.id, target=other.id))
        elif kind == 4:
            relationships.append(Dependency(id=rel_id(), source=base.id, target=other.id))
        else:
            relationships.append(
                CommentLink(id=rel_id(), source=comments[i % len(comments)].id, target=base.id)
            )
        i += 1

    nodes = [*packages, *subjects, *actors, *usecases, *comments]
    shown = [n for n in nodes if n.kind in ("actor", "usecase", "comment", "subject")]
    groups = [shown[: len(shown) // 2]] + [
        shown[k :: max(1, diagrams - 1)] for k in range(diagrams - 1)
    ]
    diagram_values = []
    for index, group in enumerate(groups[:diagrams]):
        shapes = _grid(group)
        on = {s.element for s in shapes}
        edges = [Edge(element=r.id) for r in relationships if r.source in on and r.target in on]
        diagram_values.append(
            Diagram(
                id=f"d{index}",
                name=f"Diagram {index + 1}",
                shapes=tuple(sorted(shapes, key=lambda s: s.element)),
                edges=tuple(sorted(edges, key=lambda e: e.element)),
            )
        )
    return DocumentData(
        name=f"Synthetic {elements}",
        elements=tuple(sorted(nodes, key=lambda n: n.id)),
        relationships=tuple(sorted(relationships, key=lambda r: r.id)),
        diagrams=tuple(diagram_values),
    )


def _grid(group: list) -> list[Shape]:
    """Boundaries as big frames around their use cases; actors in a column at the left."""
    shapes: list[Shape] = []
    actors = [n for n in group if n.kind == "actor"]
    for row, actor in enumerate(actors):
        shapes.append(
            Shape(
                element=actor.id, x=20, y=40 + row * 140, width=ACTOR_SIZE[0], height=ACTOR_SIZE[1]
            )
        )
    subjects = {n.id: n for n in group if n.kind == "subject"}
    members: dict[str, list] = {s: [] for s in subjects}
    loose = []
    for node in group:
        if node.kind == "usecase" and node.subjects and node.subjects[0] in members:
            members[node.subjects[0]].append(node)
        elif node.kind in ("usecase", "comment"):
            loose.append(node)
    x, y = 200.0, 40.0
    for subject_id, inside in members.items():
        rows = max(1, -(-len(inside) // COLUMNS))
        width, height = COLUMNS * 230 + 40, rows * 110 + 70
        shapes.append(Shape(element=subject_id, x=x, y=y, width=width, height=height))
        for k, uc in enumerate(inside):
            w, h = use_case_size(uc.name)
            shapes.append(
                Shape(
                    element=uc.id,
                    x=x + 30 + (k % COLUMNS) * 230,
                    y=y + 50 + (k // COLUMNS) * 110,
                    width=w,
                    height=h,
                )
            )
        y += height + 60
    for k, node in enumerate(loose):
        w, h = (200.0, 50.0) if node.kind == "comment" else use_case_size(node.name)
        shapes.append(
            Shape(
                element=node.id,
                x=200 + (k % COLUMNS) * 230,
                y=y + (k // COLUMNS) * 110,
                width=w,
                height=h,
            )
        )
    return shapes


def make_document(elements: int, diagrams: int = 3, seed: int = 1) -> Document:
    """``make_data`` as a Document."""
    return Document.from_data(make_data(elements, diagrams, seed))


def diagram_with_shapes(shapes: int) -> tuple[Document, str]:
    """A document whose first diagram has about ``shapes`` shapes, and that diagram's id."""
    # The first diagram shows about half of the nodes, and nodes are 60 % of elements.
    doc = make_document(int(shapes / 0.30) + 10, diagrams=2)
    return doc, doc.diagrams()[0].id


def slide_diagram(shapes: int) -> tuple[Document, str]:
    """A diagram of about ``shapes`` shapes laid out the way people draw them for slides:
    four system boundaries in a 2 x 2 block, ten use cases a row, actors down the left;
    associations, includes and extends between neighbours. Returns the document and the
    diagram's id. (500 shapes give a 4,500 x 3,800 px picture at 1x.)"""
    doc = Document("Benchmark")
    doc.add_diagram(DiagramInfo(id="d", name="Benchmark"))
    n_actors = max(2, shapes // 20)
    n_subjects = 4
    n_usecases = max(n_subjects, shapes - n_actors - n_subjects)
    per_subject = -(-n_usecases // n_subjects)
    rows = -(-per_subject // 10)
    elements, placed = [], []
    for s in range(n_subjects):
        x0 = 200 + (s % 2) * 2140
        y0 = 40 + (s // 2) * (rows * 100 + 120)
        elements.append(Subject(id=f"s{s}", name=f"System {s + 1}"))
        placed.append(Shape(element=f"s{s}", x=x0, y=y0, width=2100, height=rows * 100 + 80))
    for i in range(n_usecases):
        s, k = divmod(i, per_subject)
        x0 = 200 + (s % 2) * 2140
        y0 = 40 + (s // 2) * (rows * 100 + 120)
        name = f"Handle Request {i + 1}"
        points = (ExtensionPoint(id=f"u{i}_ep", name="Exception"),) if i % 10 == 1 else ()
        elements.append(
            UseCase(id=f"u{i}", name=name, subjects=(f"s{s}",), extension_points=points)
        )
        w, h = use_case_size(name)
        placed.append(
            Shape(
                element=f"u{i}",
                x=x0 + 20 + (k % 10) * 208,
                y=y0 + 50 + (k // 10) * 100,
                width=min(w, 190),
                height=h,
            )
        )
    for a in range(n_actors):
        elements.append(Actor(id=f"a{a}", name=f"Actor {a + 1}"))
        placed.append(
            Shape(element=f"a{a}", x=40, y=60 + a * 150, width=ACTOR_SIZE[0], height=ACTOR_SIZE[1])
        )
    rels: list = []
    for i in range(n_usecases):
        if i % 10 == 0:
            rels.append(Association(id=f"as{i}", source=f"a{(i // 10) % n_actors}", target=f"u{i}"))
        if i % 10 < 9 and i + 1 < n_usecases and i // per_subject == (i + 1) // per_subject:
            if i % 3 == 0:
                rels.append(Include(id=f"in{i}", source=f"u{i}", target=f"u{i + 1}"))
            elif i % 10 == 0:
                rels.append(
                    Extend(
                        id=f"ex{i}",
                        source=f"u{i}",
                        target=f"u{i + 1}",
                        condition="when needed",
                        extension_points=(f"u{i + 1}_ep",),
                    )
                )
    doc.add(*elements, *rels)
    doc.add_shapes("d", placed)
    doc.add_edges("d", [Edge(element=r.id) for r in rels])
    return doc, "d"


def use_case_model(use_cases: int, seed: int = 1) -> tuple[Document, str]:
    """A use case model of ``use_cases`` use cases that needs a layout: one diagram
    showing everything, every shape at its default size and all of them at the same
    place. Built as analysts build them: a system boundary per 40 use cases, an actor
    per six use cases (a third of them supporting systems), each use case used by one
    or two actors, includes and extends (half with a condition) from a use case to a
    later one, actor generalizations, and a comment per fifteen use cases. Returns the
    document and the diagram's id."""
    rng = random.Random(seed)
    doc = Document(f"Use cases {use_cases}")
    n_subjects = max(1, -(-use_cases // USE_CASES_PER_BOUNDARY))
    n_actors = max(2, use_cases // 6)
    subjects = [Subject(id=f"s{i}", name=f"System {i + 1}") for i in range(n_subjects)]
    actors = [
        Actor(
            id=f"a{i}",
            name=f"Payment Service {i + 1}" if i % 3 == 2 else f"Customer Role {i + 1}",
            stereotypes=("system",) if i % 3 == 2 else (),
        )
        for i in range(n_actors)
    ]
    verbs = ["Place", "Review", "Cancel", "Approve", "Track", "Update", "Export", "Request"]
    nouns = ["Order", "Invoice", "Refund", "Delivery Slot", "Customer Account", "Report"]
    cases = [
        UseCase(
            id=f"u{i}",
            name=f"{verbs[i % len(verbs)]} {nouns[(i // len(verbs)) % len(nouns)]} {i + 1}",
            subjects=(subjects[i // USE_CASES_PER_BOUNDARY].id,),
            extension_points=(ExtensionPoint(id=f"u{i}_ep", name="Problem found"),)
            if i % 9 == 4
            else (),
        )
        for i in range(use_cases)
    ]
    comments = [
        Comment(id=f"c{i}", body=f"Agreed with the business on workshop {i + 1}.")
        for i in range(use_cases // 15)
    ]
    doc.add(*subjects, *actors, *cases, *comments)
    relationships: list = []
    for i, case in enumerate(cases):
        relationships.append(
            Association(id=f"r{len(relationships)}", source=actors[i % n_actors].id, target=case.id)
        )
        if rng.random() < 0.25:
            other = actors[rng.randrange(n_actors)].id
            if other != actors[i % n_actors].id:
                relationships.append(
                    Association(id=f"r{len(relationships)}", source=other, target=case.id)
                )
    for i in range(use_cases - 1):
        target = cases[min(use_cases - 1, i + 1 + rng.randrange(3))]
        roll = rng.random()
        if roll < 0.2:
            relationships.append(
                Include(id=f"r{len(relationships)}", source=cases[i].id, target=target.id)
            )
        elif roll < 0.32 and target.extension_points:
            relationships.append(
                Extend(
                    id=f"r{len(relationships)}",
                    source=cases[i].id,
                    target=target.id,
                    condition="the order is late" if rng.random() < 0.5 else "",
                    extension_points=(target.extension_points[0].id,),
                )
            )
    for i in range(1, n_actors // 4 + 1):
        relationships.append(
            Generalization(
                id=f"r{len(relationships)}", source=actors[i * 4 - 1].id, target=actors[0].id
            )
        )
    for k, comment in enumerate(comments):
        relationships.append(
            CommentLink(id=f"r{len(relationships)}", source=comment.id, target=cases[k * 15].id)
        )
    doc.add(*relationships)
    doc.add_diagram(DiagramInfo(id="d", name=f"{use_cases} use cases"))
    doc.add_shapes(
        "d",
        [
            Shape(element=node.id, x=0, y=0, width=w, height=h)
            for node in (*subjects, *actors, *cases, *comments)
            for w, h in [default_size(node)]
        ],
    )
    doc.add_edges("d", [Edge(element=r.id) for r in relationships])
    return doc, "d"
