"""A changed diagram as an SVG picture with its changes marked (for the comparison
report): the newer version drawn by the usual render path, the marks of
``canvas.diff_overlay`` on top, the picture widened to hold the ghosts of removed shapes."""

from __future__ import annotations

from ...canvas.diff_overlay import add_diff_overlay
from ...model import Document
from ...model.compare import DiagramDiff, DocumentDiff
from ...model.compare.words import title
from .options import ExportOptions
from .snapshot import Snapshot
from .svg import render_svg


def diff_svg(changes: DocumentDiff, diagram: DiagramDiff, margin: float = 30.0) -> bytes | None:
    """The SVG bytes of one changed diagram with its changes marked; None for a diagram
    that was removed (the list says so)."""
    if diagram.status == "removed":
        return None
    document = Document.from_data(changes.new)
    old_elements = {e.id: e for e in (*changes.old.elements, *changes.old.relationships)}
    names = {key: title(element) for key, element in old_elements.items()}
    old_ends = {
        r.id: (r.source, r.target) for r in changes.old.relationships if hasattr(r, "source")
    }

    old_diagram = next((d for d in changes.old.diagrams if d.id == diagram.id), None)
    old_shapes = {s.element: s for s in old_diagram.shapes} if old_diagram else {}

    def decorate(snapshot: Snapshot) -> None:
        overlay = add_diff_overlay(snapshot.scene, diagram, names, old_ends, old_shapes)
        wanted = snapshot.source.united(
            overlay.sceneBoundingRect().adjusted(-margin, -margin, margin, margin)
        )
        source = wanted.toAlignedRect().toRectF()
        snapshot.source = source
        snapshot.scene.setSceneRect(source)

    options = ExportOptions(format="svg", margin=margin)
    return render_svg(document, diagram.id, options, decorate).data
