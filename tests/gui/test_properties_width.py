"""The properties panel fits its dock at the window's first size: every page of every
kind of element, nothing past the dock's right edge (it has no horizontal scroll bar)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QTabWidget

from ucdesigner.io.native import load

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"


@pytest.mark.parametrize("example", ["online-shop-intent.ucd", "retail-customer-journey.ucd"])
def test_every_page_fits_the_dock(make_window, example) -> None:
    window = make_window(load(EXAMPLES / example))
    view = window.current_view()
    shown = {
        window.document.get(s.element).kind: s.element
        for s in window.document.shapes(view.diagram_id)
    }
    edges = window.document.edges(view.diagram_id)
    picks = [[], *([element] for element in shown.values()), [edges[0].element]]
    assert len(picks) >= 4
    panel = window.properties
    for ids in picks:
        view.diagram_scene.select_ids(ids)
        QApplication.processEvents()
        content = panel.widget()
        pages = (
            [content.widget(i) for i in range(content.count())]
            if isinstance(content, QTabWidget)
            else [content]
        )
        for page in pages:
            needed = page.minimumSizeHint().width()
            assert needed <= panel.viewport().width(), (ids, page.objectName(), needed)
        assert content.width() <= panel.viewport().width(), ids
