"""Hypothesis strategies: random valid documents, built through the Document API so
that every document drawn obeys the rules table; byte flips for fuzzing the readers."""

from __future__ import annotations

import contextlib

from hypothesis import strategies as st

from ucdesigner.model import (
    Actor,
    Association,
    AssociationEnd,
    Comment,
    CommentLink,
    Dependency,
    DiagramInfo,
    Document,
    Edge,
    EdgeStyle,
    Extend,
    ExtensionPoint,
    Generalization,
    Include,
    ModelError,
    Package,
    Point,
    ScenarioExtension,
    Shape,
    ShapeStyle,
    Specification,
    Stakeholder,
    Step,
    Subject,
    UseCase,
)
from ucdesigner.model.diagram import Lanes
from ucdesigner.model.journey import PERSPECTIVES, Journey, JourneyStep, Kpi, Stage

names = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")),
    max_size=30,
)
plain_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",), exclude_characters="\x00"),
    max_size=60,
)
stereotype_lists = st.lists(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJ", min_size=1, max_size=10),
    max_size=2,
    unique=True,
).map(tuple)
property_maps = st.dictionaries(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz_:", min_size=1, max_size=12),
    plain_text,
    max_size=2,
)
coordinates = st.floats(min_value=-5000, max_value=5000, allow_nan=False).map(lambda v: round(v, 2))
lengths = st.floats(min_value=10, max_value=600, allow_nan=False).map(lambda v: round(v, 2))
colours = st.none() | st.from_regex(r"#[0-9a-f]{6}", fullmatch=True)
multiplicities = st.sampled_from(["", "1", "0..1", "*", "1..*", "0..*", "2..5"])


@st.composite
def specifications(
    draw: st.DrawFn, actors: list[str], points: list[str], prefix: str
) -> Specification:
    """A random use case specification naming some of ``actors`` and ``points``."""
    counter = iter(range(1000))

    def steps(n: int) -> tuple[Step, ...]:
        return tuple(
            Step(
                id=f"{prefix}s{next(counter)}",
                text=draw(plain_text),
                indent=draw(st.integers(0, 2)),
            )
            for _ in range(n)
        )

    main = steps(draw(st.integers(0, 4)))
    extensions = tuple(
        ScenarioExtension(
            id=f"{prefix}x{next(counter)}",
            step=draw(st.sampled_from([None, *(s.id for s in main)])),
            condition=draw(plain_text),
            steps=steps(draw(st.integers(0, 2))),
            extension_point=draw(st.sampled_from([None, *points])),
        )
        for _ in range(draw(st.integers(0, 2)))
    )
    lines = st.lists(plain_text, max_size=2).map(tuple)
    chosen = (
        st.lists(st.sampled_from(actors), unique=True, max_size=2).map(tuple)
        if actors
        else st.just(())
    )
    return Specification(
        goal=draw(plain_text),
        scope=draw(names),
        level=draw(st.sampled_from(["", "user goal", "summary", "subfunction"])),
        primary_actors=draw(chosen),
        supporting_actors=draw(chosen),
        stakeholders=tuple(
            Stakeholder(name=draw(names), interest=draw(plain_text))
            for _ in range(draw(st.integers(0, 2)))
        ),
        preconditions=draw(lines),
        trigger=draw(plain_text),
        main_scenario=main,
        extensions=extensions,
        postconditions=draw(lines),
        business_rules=draw(lines),
        open_issues=draw(lines),
    )


kpi_values = st.none() | st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)


@st.composite
def journeys(draw: st.DrawFn) -> Journey:
    """A random journey: the default one, or stages and touchpoints of its own."""
    if draw(st.booleans()):
        return Journey()
    stage_names = draw(
        st.lists(
            names.filter(lambda n: n.strip()),
            unique_by=lambda n: n.strip().casefold(),
            max_size=4,
        )
    )
    stages = tuple(
        Stage(
            id=f"stage{i}",
            name=name,
            description=draw(plain_text),
            pain_points=draw(st.lists(plain_text, max_size=2).map(tuple)),
        )
        for i, name in enumerate(stage_names)
    )
    touchpoints = draw(st.lists(st.text(min_size=1, max_size=15), unique=True, max_size=4))
    return Journey(stages=stages, touchpoints=tuple(touchpoints))


@st.composite
def journey_steps(draw: st.DrawFn, journey: Journey) -> JourneyStep:
    """A random journey step that fits ``journey``."""
    if draw(st.booleans()):
        return JourneyStep()
    kpis = tuple(
        Kpi(
            name=draw(names),
            perspective=draw(st.sampled_from(PERSPECTIVES)),
            target=draw(kpi_values),
            current=draw(kpi_values),
            unit=draw(names),
            better=draw(st.sampled_from(["higher", "lower"])),
        )
        for _ in range(draw(st.integers(0, 2)))
    )
    touchpoints = (
        draw(st.lists(st.sampled_from(journey.touchpoints), unique=True, max_size=3))
        if journey.touchpoints
        else []
    )
    return JourneyStep(
        stage=draw(st.sampled_from([None, *(s.id for s in journey.stages)])),
        touchpoints=tuple(touchpoints),
        pain_points=draw(st.lists(plain_text, max_size=2).map(tuple)),
        emotion=draw(st.none() | st.integers(-2, 2)),
        kpis=kpis,
    )


@st.composite
def documents(draw: st.DrawFn, max_nodes: int = 12, max_relationships: int = 16) -> Document:
    """A random valid document: every node kind, every relationship kind, diagrams."""
    doc = Document(draw(names))
    doc.set_journey(draw(journeys()))
    counter = iter(range(1_000_000))

    def next_id(prefix: str) -> str:
        return f"{prefix}{next(counter)}"

    def common() -> dict:
        return {
            "name": draw(names),
            "documentation": draw(plain_text),
            "stereotypes": draw(stereotype_lists),
            "properties": draw(property_maps),
        }

    packages: list[str] = []
    for _ in range(draw(st.integers(0, 2))):
        parent = draw(st.sampled_from([None, *packages]))
        package = Package(id=next_id("pkg"), package=parent, **common())
        doc.add(package)
        packages.append(package.id)
    subjects: list[str] = []
    for _ in range(draw(st.integers(0, 2))):
        subject = Subject(
            id=next_id("sub"), package=draw(st.sampled_from([None, *packages])), **common()
        )
        doc.add(subject)
        subjects.append(subject.id)
    for _ in range(draw(st.integers(1, max_nodes))):
        kind = draw(st.sampled_from(["actor", "usecase", "usecase", "comment"]))
        package = draw(st.sampled_from([None, *packages]))
        if kind == "actor":
            doc.add(Actor(id=next_id("a"), package=package, **common()))
        elif kind == "comment":
            doc.add(Comment(id=next_id("c"), package=package, body=draw(plain_text), **common()))
        else:
            points = tuple(
                ExtensionPoint(id=next_id("ep"), name=draw(names))
                for _ in range(draw(st.integers(0, 2)))
            )
            members = (
                tuple(draw(st.lists(st.sampled_from(subjects), unique=True))) if subjects else ()
            )
            doc.add(
                UseCase(
                    id=next_id("uc"),
                    package=package,
                    extension_points=points,
                    subjects=members,
                    journey=draw(journey_steps(doc.journey)),
                    **common(),
                )
            )
    actors = [n.id for n in doc.nodes() if n.kind == "actor"]
    for usecase in [n for n in doc.nodes() if n.kind == "usecase"]:
        if draw(st.booleans()):
            points = [p.id for p in usecase.extension_points]
            doc.update(
                usecase.id, specification=draw(specifications(actors, points, f"{usecase.id}_"))
            )
    nodes = [n for n in doc.nodes()]
    for _ in range(draw(st.integers(0, max_relationships))):
        kind = draw(
            st.sampled_from(
                ["association", "include", "extend", "generalization", "dependency", "comment_link"]
            )
        )
        source = draw(st.sampled_from(nodes))
        target = draw(st.sampled_from(nodes))
        fields = common()
        rel_id = next_id("r")
        if kind == "association":
            rel = Association(
                id=rel_id,
                source=source.id,
                target=target.id,
                source_end=AssociationEnd(
                    multiplicity=draw(multiplicities),
                    navigable=draw(st.booleans()),
                    role=draw(names),
                ),
                target_end=AssociationEnd(
                    multiplicity=draw(multiplicities), navigable=draw(st.booleans())
                ),
                **fields,
            )
        elif kind == "extend":
            points = tuple(p.id for p in getattr(target, "extension_points", ()))
            chosen = tuple(draw(st.lists(st.sampled_from(points), unique=True))) if points else ()
            rel = Extend(
                id=rel_id,
                source=source.id,
                target=target.id,
                condition=draw(plain_text),
                extension_points=chosen,
                **fields,
            )
        else:
            cls = {
                "include": Include,
                "generalization": Generalization,
                "dependency": Dependency,
                "comment_link": CommentLink,
            }[kind]
            rel = cls(id=rel_id, source=source.id, target=target.id, **fields)
        with contextlib.suppress(ModelError):  # the rules table refused this pair
            doc.add(rel)
    for _ in range(draw(st.integers(0, 3))):
        diagram_id = next_id("d")
        doc.add_diagram(
            DiagramInfo(
                id=diagram_id,
                name=draw(names),
                package=draw(st.sampled_from([None, *packages])),
                documentation=draw(plain_text),
                lanes=draw(
                    st.none()
                    | st.builds(
                        Lanes,
                        x=coordinates,
                        y=coordinates,
                        width=st.floats(min_value=80, max_value=600).map(lambda v: round(v, 1)),
                    )
                ),
            )
        )
        shown = draw(st.lists(st.sampled_from(doc.nodes()), unique_by=lambda n: n.id))
        doc.add_shapes(
            diagram_id,
            [
                Shape(
                    element=n.id,
                    x=draw(coordinates),
                    y=draw(coordinates),
                    width=draw(lengths),
                    height=draw(lengths),
                    z=draw(st.integers(-3, 3)),
                    style=ShapeStyle(
                        fill=draw(colours),
                        line=draw(colours),
                        font_size=draw(st.none() | st.sampled_from([9.0, 11.0, 14.5])),
                        notation=draw(st.sampled_from([None, "stick", "box"]))
                        if n.kind == "actor"
                        else None,
                    ),
                )
                for n in shown
            ],
        )
        ids = {n.id for n in shown}
        drawable = [r for r in doc.relationships() if r.source in ids and r.target in ids]
        chosen_edges = (
            draw(st.lists(st.sampled_from(drawable), unique_by=lambda r: r.id)) if drawable else []
        )
        doc.add_edges(
            diagram_id,
            [
                Edge(
                    element=r.id,
                    waypoints=tuple(
                        Point(x=draw(coordinates), y=draw(coordinates))
                        for _ in range(draw(st.integers(0, 2)))
                    ),
                    label_offset=Point(x=draw(coordinates), y=draw(coordinates)),
                    style=EdgeStyle(line=draw(colours)),
                )
                for r in chosen_edges
            ],
        )
    return doc


def byte_flips(max_size: int) -> st.SearchStrategy[list[tuple[float, int]]]:
    """One to ``max_size`` flips for ``flipped``: where (0 to 1, relative to the length of
    the file) and which bits (a non-zero mask) to flip."""
    return st.lists(st.tuples(st.floats(0, 1), st.integers(1, 255)), min_size=1, max_size=max_size)


def flipped(seed: bytes, flips: list[tuple[float, int]]) -> bytes:
    """``seed`` with the bits of each flip drawn by ``byte_flips`` XOR-ed in."""
    data = bytearray(seed)
    for where, mask in flips:
        data[min(int(where * len(data)), len(data) - 1)] ^= mask
    return bytes(data)
