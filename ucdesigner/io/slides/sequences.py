"""Sequences of frames that tell a diagram's story one step at a time: what each slide
(or numbered picture) of a build-up, a stage-by-stage reveal or a focus tour shows.

Pure model work: a frame names the ids shown and the ids faded; the writers draw it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...model import Document, UseCase
from ..report.texts import tr

SEQUENCES = ("single", "build-up", "stages", "focus")
"""single: one slide per diagram; the others tell it step by step."""

BUILD_UP_STEPS: tuple[tuple[str, frozenset[str], frozenset[str]], ...] = (
    ("Actors", frozenset({"actor"}), frozenset()),
    (
        "Use cases",
        frozenset({"usecase", "subject", "package"}),
        frozenset({"association"}),
    ),
    ("Include and extend", frozenset(), frozenset({"include", "extend", "generalization"})),
    ("Notes", frozenset({"comment"}), frozenset({"comment_link", "dependency"})),
)
"""Each step of a build-up: its title, the shape kinds and the line kinds it adds."""
RELATED = ("include", "extend", "generalization")


@dataclass(frozen=True)
class Frame:
    """One step: its title (added to the diagram's name) and what it shows. ``shown``
    None means everything; ``faded`` ids are drawn pale."""

    title: str = ""
    shown: frozenset[str] | None = None
    faded: frozenset[str] = field(default_factory=frozenset)
    focus: str | None = None
    """The use case a focus frame is about."""

    def shows(self, element_id: str) -> bool:
        return self.shown is None or element_id in self.shown

    def hidden(self, all_ids: list[str]) -> frozenset[str]:
        """The ids of ``all_ids`` this frame leaves out."""
        if self.shown is None:
            return frozenset()
        return frozenset(i for i in all_ids if i not in self.shown)


def frames(document: Document, diagram_id: str, sequence: str = "single") -> list[Frame]:
    """The frames of ``diagram_id`` for ``sequence`` (see ``SEQUENCES``); at least one.
    A diagram without lanes told by stages, or without use cases told by focus, gets
    its single whole frame."""
    if sequence not in SEQUENCES:
        raise ValueError(f"unknown sequence {sequence!r} (use {', '.join(SEQUENCES)})")
    made: list[Frame] = []
    if sequence == "build-up":
        made = _build_up(document, diagram_id)
    elif sequence == "stages":
        made = _stages(document, diagram_id)
    elif sequence == "focus":
        made = _focus(document, diagram_id)
    return made or [Frame()]


def _kinds(document: Document, diagram_id: str) -> tuple[dict[str, str], dict[str, tuple]]:
    """Shape id -> kind, and line id -> (kind, source, target), of the diagram."""
    nodes = {s.element: document.get(s.element).kind for s in document.shapes(diagram_id)}
    lines = {}
    for edge in document.edges(diagram_id):
        rel = document.get(edge.element)
        lines[rel.id] = (rel.kind, rel.source, rel.target)
    return nodes, lines


def _with_lines(nodes: set[str], lines: dict[str, tuple], kinds: set[str] | None) -> set[str]:
    """``nodes`` and the lines (of ``kinds``; None: any) whose two ends are among them."""
    return nodes | {
        line_id
        for line_id, (kind, source, target) in lines.items()
        if (kinds is None or kind in kinds) and source in nodes and target in nodes
    }


def _build_up(document: Document, diagram_id: str) -> list[Frame]:
    nodes, lines = _kinds(document, diagram_id)
    node_kinds: set[str] = set()
    line_kinds: set[str] = set()
    made: list[Frame] = []
    previous: frozenset[str] = frozenset()
    for title, add_nodes, add_lines in BUILD_UP_STEPS:
        node_kinds |= add_nodes
        line_kinds |= add_lines
        shown_nodes = {i for i, k in nodes.items() if k in node_kinds}
        shown = frozenset(_with_lines(shown_nodes, lines, line_kinds))
        if shown and shown != previous:
            made.append(Frame(tr(title), shown))
            previous = shown
    if made and len(previous) == len(nodes) + len(lines):
        made[-1] = Frame(made[-1].title, None)
    return made


def _stages(document: Document, diagram_id: str) -> list[Frame]:
    if document.diagram_info(diagram_id).lanes is None:
        return []
    nodes, lines = _kinds(document, diagram_id)
    stages = document.journey.stages
    order = {s.id: i for i, s in enumerate(stages)}
    by_stage: dict[int, set[str]] = {}
    for node_id, kind in nodes.items():
        element = document.get(node_id)
        if kind == "usecase" and isinstance(element, UseCase):
            index = order.get(element.journey.stage or "", len(stages))
            by_stage.setdefault(index, set()).add(node_id)
    shown_nodes = {i for i, k in nodes.items() if k != "usecase"}
    made = [Frame(tr("Who takes part"), frozenset(_with_lines(shown_nodes, lines, None)))]
    for index in sorted(by_stage):
        shown_nodes |= by_stage[index]
        title = stages[index].name if index < len(stages) else tr("No stage")
        made.append(Frame(title, frozenset(_with_lines(shown_nodes, lines, None))))
    made[-1] = Frame(made[-1].title, None)
    return made


def _focus(document: Document, diagram_id: str) -> list[Frame]:
    nodes, lines = _kinds(document, diagram_id)
    shapes = {s.element: s for s in document.shapes(diagram_id)}
    usecases = [i for i, k in nodes.items() if k == "usecase"]
    usecases.sort(key=lambda i: (round(shapes[i].y / 40), shapes[i].x))
    everything = set(nodes) | set(lines)
    made = []
    for usecase in usecases:
        focused = {usecase}
        for line_id, (kind, source, target) in lines.items():
            if usecase in (source, target) and (kind == "association" or kind in RELATED):
                focused |= {line_id, source, target}
        name = document.get(usecase).name
        made.append(Frame(name, None, frozenset(everything - focused), focus=usecase))
    return made
