"""Diagram > Diagram Frame in Pictures in a real window: one undo step, the check mark
follows the diagram shown, and the picture the export path makes has the frame."""

from __future__ import annotations

from ucdesigner.io.render import ExportOptions, render_svg
from ucdesigner.model import Actor, DiagramInfo, Document, Shape


def document() -> Document:
    d = Document("Shop")
    d.add(Actor(id="a", name="Customer"))
    for diagram_id, name in (("d1", "Ordering"), ("d2", "Returns")):
        d.add_diagram(DiagramInfo(id=diagram_id, name=name))
        d.add_shapes(diagram_id, [Shape(element="a", x=0, y=0, width=60, height=100)])
    return d


def test_the_frame_action_sets_the_current_diagram_and_undoes(make_window):
    window = make_window(document())
    action = window.actions_by_name["diagram_frame"]
    assert action in window.menu("diagram").actions() and not action.isChecked()
    action.trigger()
    assert window.document.diagram_info("d1").frame is True
    assert window.document.diagram_info("d2").frame is False
    assert window.undo_stack.undoText() == "Show the frame of “Ordering”"
    assert window.statusBar().currentMessage() == (
        "The frame is drawn in this diagram's pictures, prints and report."
    )
    assert "[Ordering]" in render_svg(window.document, "d1", ExportOptions("svg")).data.decode()
    window.tabs.show_diagram("d2")
    assert not action.isChecked()
    window.tabs.show_diagram("d1")
    assert action.isChecked()
    window.actions_by_name["undo"].trigger()
    assert window.document.diagram_info("d1").frame is False
    assert not action.isChecked()
    assert window.undo_stack.isClean()
