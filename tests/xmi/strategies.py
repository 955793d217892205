"""Hypothesis strategies for random valid documents (until tests/strategies.py lands).

Documents are drawn step by step so that every reference holds and the rules table
accepts every relationship: a package tree, nodes in it, use cases with extension points
and boundaries, relationships of each kind between allowed ends (include and
generalization without cycles), and diagrams with shapes and edges.
"""

from __future__ import annotations

import contextlib

from hypothesis import strategies as st

from ucdesigner.model import Document, DocumentData, ModelError, Relationship
from ucdesigner.model.diagram import Diagram, Edge, EdgeStyle, Point, Shape, ShapeStyle
from ucdesigner.model.elements import (
    Actor,
    Association,
    AssociationEnd,
    Comment,
    CommentLink,
    Dependency,
    Extend,
    ExtensionPoint,
    Generalization,
    Include,
    Package,
    Subject,
    UseCase,
)

# Any text, including characters XML cannot hold and leading or trailing spaces.
texts = st.text(max_size=30)
plain = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=20)
props = st.dictionaries(plain, texts, max_size=3)
stereos = st.lists(plain, max_size=2, unique=True).map(tuple)
multiplicities = st.sampled_from(["", "1", "0..1", "*", "1..*", "0..*", "2..5", "3"])
colours = st.one_of(st.none(), st.from_regex(r"#[0-9a-f]{6}", fullmatch=True))
coords = st.floats(min_value=-5000, max_value=5000, allow_nan=False, allow_infinity=False)
sizes = st.floats(min_value=1, max_value=800, allow_nan=False, allow_infinity=False)


@st.composite
def documents(draw: st.DrawFn, max_nodes: int = 12) -> DocumentData:
    """A random document that Document.from_data accepts, in canonical order."""
    counter = iter(range(10_000))

    def ident(prefix: str) -> str:
        return f"{prefix}{next(counter)}"

    def common() -> dict:
        return {
            "name": draw(texts),
            "documentation": draw(texts),
            "stereotypes": draw(stereos),
            "properties": draw(props),
        }

    packages: list[Package] = []
    for _ in range(draw(st.integers(0, 3))):
        parent = draw(st.sampled_from([None, *[p.id for p in packages]]))
        packages.append(Package(id=ident("pkg"), package=parent, **common()))
    homes = [None, *[p.id for p in packages]]
    subjects = [
        Subject(id=ident("sub"), package=draw(st.sampled_from(homes)), **common())
        for _ in range(draw(st.integers(0, 2)))
    ]
    actors = [
        Actor(id=ident("actor"), package=draw(st.sampled_from(homes)), **common())
        for _ in range(draw(st.integers(0, max_nodes // 3)))
    ]
    cases = []
    for _ in range(draw(st.integers(0, max_nodes // 2))):
        points = tuple(
            ExtensionPoint(id=ident("ep"), name=draw(texts)) for _ in range(draw(st.integers(0, 2)))
        )
        chosen = (
            draw(st.lists(st.sampled_from([s.id for s in subjects]), unique=True, max_size=2))
            if subjects
            else []
        )
        cases.append(
            UseCase(
                id=ident("uc"),
                package=draw(st.sampled_from(homes)),
                extension_points=points,
                subjects=tuple(chosen),
                **common(),
            )
        )
    comments = [
        Comment(
            id=ident("note"), package=draw(st.sampled_from(homes)), body=draw(texts), **common()
        )
        for _ in range(draw(st.integers(0, 2)))
    ]
    nodes = [*packages, *subjects, *actors, *cases, *comments]
    document = Document.from_data(DocumentData(elements=tuple(nodes)))

    def try_add(rel: Relationship) -> None:
        with contextlib.suppress(ModelError):  # the rules refused it (a cycle): leave it out
            document.add(rel)

    for _ in range(draw(st.integers(0, max_nodes))):
        kind = draw(
            st.sampled_from(
                ["association", "include", "extend", "generalization", "dependency", "comment_link"]
            )
        )
        if kind == "association" and actors and cases:
            a, c = draw(st.sampled_from(actors)), draw(st.sampled_from(cases))
            source, target = (a.id, c.id) if draw(st.booleans()) else (c.id, a.id)
            ends = [
                AssociationEnd(
                    multiplicity=draw(multiplicities),
                    navigable=draw(st.booleans()),
                    role=draw(texts),
                )
                for _ in range(2)
            ]
            try_add(
                Association(
                    id=ident("assoc"),
                    source=source,
                    target=target,
                    source_end=ends[0],
                    target_end=ends[1],
                    **common(),
                )
            )
        elif kind in ("include", "extend") and len(cases) >= 2:
            s, t = draw(
                st.lists(st.sampled_from(cases), min_size=2, max_size=2, unique_by=lambda c: c.id)
            )
            if kind == "include":
                try_add(Include(id=ident("incl"), source=s.id, target=t.id, **common()))
            else:
                points = (
                    draw(st.lists(st.sampled_from([p.id for p in t.extension_points]), unique=True))
                    if t.extension_points
                    else []
                )
                try_add(
                    Extend(
                        id=ident("ext"),
                        source=s.id,
                        target=t.id,
                        condition=draw(texts),
                        extension_points=tuple(points),
                        **common(),
                    )
                )
        elif kind == "generalization":
            pool = draw(st.sampled_from([actors, cases]))
            if len(pool) >= 2:
                s, t = draw(
                    st.lists(
                        st.sampled_from(pool), min_size=2, max_size=2, unique_by=lambda n: n.id
                    )
                )
                try_add(Generalization(id=ident("gen"), source=s.id, target=t.id, **common()))
        elif kind == "dependency":
            named = [*packages, *subjects, *actors, *cases]
            if len(named) >= 2:
                s, t = draw(
                    st.lists(
                        st.sampled_from(named), min_size=2, max_size=2, unique_by=lambda n: n.id
                    )
                )
                try_add(Dependency(id=ident("dep"), source=s.id, target=t.id, **common()))
        elif kind == "comment_link" and comments:
            named = [*packages, *subjects, *actors, *cases]
            if named:
                try_add(
                    CommentLink(
                        id=ident("link"),
                        source=draw(st.sampled_from(comments)).id,
                        target=draw(st.sampled_from(named)).id,
                        **common(),
                    )
                )

    for _ in range(draw(st.integers(0, 2))):
        shown = draw(st.lists(st.sampled_from(nodes), unique_by=lambda n: n.id)) if nodes else []
        shapes = tuple(
            Shape(
                element=n.id,
                x=draw(coords),
                y=draw(coords),
                width=draw(sizes),
                height=draw(sizes),
                z=draw(st.integers(-2, 2)),
                style=ShapeStyle(fill=draw(colours), line=draw(colours)),
            )
            for n in shown
        )
        on = {s.element for s in shapes}
        edges = tuple(
            Edge(
                element=r.id,
                waypoints=tuple(
                    Point(x=draw(coords), y=draw(coords)) for _ in range(draw(st.integers(0, 2)))
                ),
                label_offset=Point(x=draw(coords), y=draw(coords)),
                style=EdgeStyle(line=draw(colours)),
            )
            for r in document.relationships()
            if r.source in on and r.target in on and draw(st.booleans())
        )
        document.add_diagram(
            Diagram(
                id=ident("diagram"),
                name=draw(texts),
                package=draw(st.sampled_from(homes)),
                documentation=draw(texts),
                properties=draw(props),
                shapes=shapes,
                edges=edges,
            )
        )
    document.set_info(name=draw(texts), documentation=draw(texts), properties=draw(props))
    return document.to_data()
