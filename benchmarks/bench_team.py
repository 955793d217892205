"""Modelling as a team: diff and three-way merge of two versions of a document, and the
text conversion git diff runs, as ratios to loading the documents they read."""

from __future__ import annotations

from ucdesigner.io.native import dumps, loads_data
from ucdesigner.io.textconv import file_text
from ucdesigner.model import Document, DocumentData, UseCase
from ucdesigner.model.compare import diff, merge

from .core import Figure, measure
from .synthetic import make_document

BARE = "load the 3 documents"


def _branch(base: Document, prefix: str, share: int, offset: int) -> DocumentData:
    """A copy of ``base`` with one node in ``share`` renamed, moved or documented,
    starting at ``offset`` (so two branches touch different nodes), and a few added."""
    doc = base.copy()
    nodes = [n for n in doc.nodes() if n.kind in ("usecase", "actor")]
    first = doc.diagrams()[0].id
    for index, node in enumerate(nodes[offset::share]):
        if index % 3 == 0:
            doc.update(node.id, name=f"{node.name} ({prefix})")
        elif index % 3 == 1:
            doc.update(node.id, documentation=f"Changed on {prefix}.")
        elif doc.shape(first, node.id) is not None:
            doc.move_shapes(first, [node.id], 15, 10)
    for index in range(20):
        doc.add(UseCase(id=f"{prefix}_new_{index}", name=f"New {index} on {prefix}"))
    return doc.to_data()


def run(sizes: list[int], repeat: int) -> list[Figure]:
    figures = []
    for size in sizes:
        base_doc = make_document(size)
        base = base_doc.to_data()
        ours = _branch(base_doc, "ours", 50, 0)
        theirs = _branch(base_doc, "theirs", 50, 25)
        raws = [dumps(d) for d in (base, ours, theirs)]
        three = measure(lambda raws=raws: [loads_data(r) for r in raws], repeat)
        big = size >= 10_000
        figures.append(
            Figure(
                "team",
                "diff of two versions",
                size,
                measure(lambda b=base, o=ours: diff(b, o), repeat),
                three,
                limit=1.0 if big else None,
                baseline_name=BARE,
            )
        )
        result = merge(base, ours, theirs)
        assert result.clean
        figures.append(
            Figure(
                "team",
                "three-way merge",
                size,
                measure(lambda b=base, o=ours, t=theirs: merge(b, o, t), repeat),
                three,
                limit=1.0 if big else None,
                baseline_name=BARE,
                note="2 % of the nodes changed per side",
            )
        )
        one = measure(lambda raw=raws[0]: loads_data(raw), repeat)
        figures.append(
            Figure(
                "team",
                "text conversion (git diff, from the bytes)",
                size,
                measure(lambda raw=raws[0]: file_text(raw, "model.ucd"), repeat),
                one,
                limit=0.5 if big else None,
                baseline_name="load the document",
            )
        )
    return figures
