"""Placing the labels of lines (keywords, names, extend condition notes)."""

from __future__ import annotations

from ..model import Diagram, Document, Point

ORIGIN = Point(x=0.0, y=0.0)


def tidy(document: Document, diagram: Diagram) -> Diagram:
    """See ``ucdesigner.layout.tidy_labels``."""
    del document
    edges = tuple(
        e.model_copy(update={"label_offset": ORIGIN, "note_offset": ORIGIN}) for e in diagram.edges
    )
    return diagram.model_copy(update={"edges": edges})
