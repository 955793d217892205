"""Find as you type: the time ``model.search`` takes for each keystroke of a query typed
letter by letter, over a synthetic document whose use cases carry documentation and a
written specification, as a ratio to the bare cost of running the same pattern over
the same texts already gathered in one list (the regular expression work alone). As
the Find panel does, the first ``LISTED`` matches are made and the rest counted."""

from __future__ import annotations

import time

from ucdesigner.model import Document, Specification, Step, UseCase
from ucdesigner.model.search import (
    LISTED,
    SearchQuery,
    _diagram_fields,
    _element_fields,
    search_limited,
)

from .core import Figure
from .synthetic import make_document

LIMIT = 0.050
"""Seconds per keystroke (issue 19), for documents of up to ``LIMIT_UP_TO`` elements."""
LIMIT_UP_TO = 1_000
TYPED = "request number 42"


def written_document(elements: int) -> Document:
    """``make_document(elements)`` with documentation and a five-step specification on
    every use case, as a written-up model has."""
    document = make_document(elements)
    for element in document.of_kind("usecase"):
        assert isinstance(element, UseCase)
        steps = tuple(
            Step(id=f"{element.id}_s{i}", text=f"The actor does thing {i} of {element.name}")
            for i in range(5)
        )
        document.update(
            element.id,
            documentation=f"Why {element.name} matters to the business.",
            specification=Specification(goal=f"Goal of {element.name}", main_scenario=steps),
        )
    return document


def bare_texts(document: Document) -> list[str]:
    """Every text the search looks at, gathered once (outside the timing)."""
    texts = [
        field[4]
        for element in (*document.nodes(), *document.relationships())
        for field in _element_fields(element, document)
    ]
    texts += [field[4] for info in document.diagrams() for field in _diagram_fields(info)]
    return texts


def keystrokes(document: Document, texts: list[str]) -> tuple[list[float], list[float]]:
    """Seconds per keystroke for the search and for the bare pattern run."""
    searched, bare = [], []
    for length in range(1, len(TYPED) + 1):
        pattern = SearchQuery(TYPED[:length]).pattern()
        assert pattern is not None
        start = time.perf_counter()
        search_limited(document, pattern, LISTED)
        searched.append(time.perf_counter() - start)
        start = time.perf_counter()
        for text in texts:
            for _hit in pattern.finditer(text):
                pass
        bare.append(time.perf_counter() - start)
    return searched, bare


def run(sizes: list[int], repeat: int) -> list[Figure]:
    figures = []
    for size in sizes:
        document = written_document(size)
        texts = bare_texts(document)
        keystrokes(document, texts)  # warm-up: the pattern cache, the first walk
        searched, bare = [], []
        for _ in range(repeat):
            one, other = keystrokes(document, texts)
            searched += one
            bare += other
        figures.append(
            Figure(
                "find",
                "search per keystroke",
                size,
                searched,
                bare,
                limit=LIMIT if size <= LIMIT_UP_TO else None,
                note=f"typing “{TYPED}”; worst keystroke {max(searched) * 1000:.1f} ms",
                baseline_name="regex over the gathered texts",
            )
        )
    return figures
