"""Find as you type: the time ``model.search`` takes for each keystroke of a query typed
letter by letter, over a synthetic document whose use cases carry documentation and a
written specification, as a ratio to the bare cost of running the same pattern over
the same texts already gathered in one list (the regular expression work alone). As
the Find panel does, the texts are gathered once (a ``SearchIndex``, again after each
change to the document: that time is in the note) and the first ``LISTED`` matches are
made and the rest counted.

The second figure is the whole keystroke in the Find panel of a real (offscreen) window:
the search, the list of matches filled and painted, as a ratio to the search alone."""

from __future__ import annotations

import time

from ucdesigner.model import Document, Specification, Step, UseCase
from ucdesigner.model.search import (
    LISTED,
    SearchIndex,
    SearchQuery,
    gather,
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
    return [row[-1] for row in gather(document)]


def keystrokes(
    document: Document, texts: list[str], index: SearchIndex
) -> tuple[list[float], list[float]]:
    """Seconds per keystroke for the search and for the bare pattern run."""
    searched, bare = [], []
    for length in range(1, len(TYPED) + 1):
        pattern = SearchQuery(TYPED[:length]).pattern()
        assert pattern is not None
        start = time.perf_counter()
        search_limited(document, pattern, LISTED, index)
        searched.append(time.perf_counter() - start)
        start = time.perf_counter()
        for text in texts:
            for _hit in pattern.finditer(text):
                pass
        bare.append(time.perf_counter() - start)
    return searched, bare


def gathering(document: Document, repeat: int) -> list[float]:
    """Seconds to gather the texts again, as after a change to the document."""
    times = []
    for _ in range(max(3, repeat)):
        index = SearchIndex(document)
        start = time.perf_counter()
        index.rows()
        times.append(time.perf_counter() - start)
        index.close()
    return times


def panel_keystrokes(document: Document) -> tuple[list[float], list[float]]:
    """Seconds per keystroke in the Find panel of a real window (search and list), and
    for the search alone."""
    from PySide6.QtWidgets import QApplication

    from ucdesigner.app.find_panel import panel_of

    from .bench_editor import close_window, open_window

    window = open_window(document)
    try:
        window.actions_by_name["find"].trigger()  # the panel shown, so the list paints
        QApplication.processEvents()
        panel = panel_of(window)
        whole, alone = [], []
        for length in range(1, len(TYPED) + 1):
            blocked = panel.find_field.blockSignals(True)  # the search is run below
            panel.find_field.setText(TYPED[:length])
            panel.find_field.blockSignals(blocked)
            start = time.perf_counter()
            panel.run_search()
            panel.results.viewport().repaint()
            whole.append(time.perf_counter() - start)
            pattern = SearchQuery(TYPED[:length]).pattern()
            start = time.perf_counter()
            search_limited(document, pattern, LISTED, panel.index)
            alone.append(time.perf_counter() - start)
        QApplication.processEvents()
    finally:
        close_window(window)
    return whole, alone


def run(sizes: list[int], repeat: int) -> list[Figure]:
    from ucdesigner.io.render.snapshot import ensure_app

    ensure_app()
    figures = []
    for size in sizes:
        document = written_document(size)
        texts = bare_texts(document)
        index = SearchIndex(document)
        keystrokes(document, texts, index)  # warm-up: the pattern cache, the gathering
        searched, bare = [], []
        for _ in range(repeat):
            one, other = keystrokes(document, texts, index)
            searched += one
            bare += other
        gathered = gathering(document, repeat)
        index.close()
        figures.append(
            Figure(
                "find",
                "search per keystroke",
                size,
                searched,
                bare,
                limit=LIMIT if size <= LIMIT_UP_TO else None,
                note=(
                    f"typing “{TYPED}”; worst keystroke {max(searched) * 1000:.1f} ms; "
                    f"gathering the texts after a change "
                    f"{sorted(gathered)[len(gathered) // 2] * 1000:.1f} ms"
                ),
                baseline_name="regex over the gathered texts",
            )
        )
        if size > LIMIT_UP_TO:
            continue
        whole, alone = [], []
        for _ in range(max(1, repeat // 2)):
            one, other = panel_keystrokes(document)
            whole += one
            alone += other
        figures.append(
            Figure(
                "find",
                "Find panel per keystroke (search, list, paint)",
                size,
                whole,
                alone,
                limit=LIMIT,
                note=f"worst keystroke {max(whole) * 1000:.1f} ms",
                baseline_name="the search alone",
            )
        )
    return figures
