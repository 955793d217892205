"""The layout quality report reads what the export really draws."""

from __future__ import annotations

from ucdesigner.io.render.drawn_geometry import drawn_geometry, layout_reports
from ucdesigner.model import (
    Actor,
    Association,
    AssociationEnd,
    DiagramInfo,
    Document,
    Edge,
    Extend,
    Point,
    Shape,
    UseCase,
)


def small_document(**use_case) -> Document:
    doc = Document("t")
    doc.add(
        Actor(id="a", name="Customer"),
        UseCase(id="u", name="Place Order", **use_case),
        UseCase(id="m", name="Browse Catalogue"),
    )
    doc.add(Association(id="r", source="a", target="u"))
    doc.add_diagram(DiagramInfo(id="d", name="Main"))
    doc.add_shapes(
        "d",
        [
            Shape(element="a", x=0, y=0, width=48, height=84),
            Shape(element="u", x=500, y=10, width=160, height=64),
            Shape(element="m", x=200, y=300, width=160, height=64),
        ],
    )
    doc.add_edges("d", [Edge(element="r")])
    return doc


def test_a_clean_diagram_reports_nothing_and_its_real_size() -> None:
    (found,) = layout_reports(small_document())
    assert found.clean and found.crossings == 0, found.findings
    assert (found.shapes, found.edges) == (3, 1)
    # From the actor's name (centred under the figure, wider than it) to the ellipse.
    assert found.width > 660 and found.height == 364


def test_a_shape_moved_onto_the_line_is_reported_with_both_ids() -> None:
    doc = small_document()
    doc.move_shapes("d", ["m"], 50, -290)
    (found,) = layout_reports(doc)
    assert found.lines_through == 1
    assert [f.ids for f in found.findings] == [("r", "m")]


def test_a_stereotype_and_name_too_big_for_their_ellipse_are_text_outside() -> None:
    doc = small_document(stereotypes=("business-critical-process",))
    doc.update_shapes("d", [Shape(element="u", x=500, y=10, width=100, height=40)])
    (found,) = layout_reports(doc)
    assert found.texts_outside == 1 and found.findings[0].ids == ("u",)


def test_a_condition_note_moved_onto_a_use_case_collides_with_it() -> None:
    doc = small_document()
    doc.add(Extend(id="x", source="m", target="u", condition="the basket is not empty"))
    doc.add_edges("d", [Edge(element="x")])
    assert layout_reports(doc)[0].label_collisions == 0
    note = next(e for e in drawn_geometry(doc, "d").edges if e.id == "x").labels[-1]
    # Move the note so that its centre lands on the middle of "Browse Catalogue".
    shift = Point(x=280 - (note.left + note.right) / 2, y=332 - (note.top + note.bottom) / 2)
    doc.update_edges("d", [Edge(element="x", note_offset=shift)])
    found = layout_reports(doc)[0]
    assert ("x", "m") in [f.ids for f in found.findings if f.kind == "label_collision"]
    assert (
        "the condition note of the line 'Browse Catalogue' - 'Place Order' covers "
        "'Browse Catalogue'"
    ) in [f.text for f in found.findings]


def test_role_names_and_multiplicities_of_a_short_line_pile_up() -> None:
    doc = small_document()
    ends = {
        "source_end": AssociationEnd(role="buyer", multiplicity="1..*"),
        "target_end": AssociationEnd(role="purchase", multiplicity="0..*"),
    }
    doc.update("r", **ends)
    doc.move_shapes("d", ["u"], -430, 30)
    found = layout_reports(doc)[0]
    assert found.label_collisions > 0
    assert any(f.text.startswith("the end label 'buyer' of the line") for f in found.findings)
    doc.update_edges("d", [Edge(element="r", hide_end_labels=True)])
    assert layout_reports(doc)[0].label_collisions == 0


def test_a_multiplicity_moves_along_its_line_clear_of_the_ellipse_it_ends_at() -> None:
    doc = small_document()
    doc.update("r", target_end=AssociationEnd(multiplicity="0..*", role="order"))
    ellipse_hits = []
    # The actor above, beside and below the use case: the line meets the ellipse where
    # it is flattest and where it is steepest.
    for dx, dy in ((380, -200), (0, 0), (300, 200), (520, 220), (560, -220)):
        doc.update_shapes("d", [Shape(element="a", x=dx, y=dy + 0, width=48, height=84)])
        found = layout_reports(doc)[0]
        ellipse_hits += [
            f.text for f in found.findings if f.kind == "label_collision" and "u" in f.ids
        ]
        edge = next(e for e in drawn_geometry(doc, "d").edges if e.id == "r")
        # Still beside its own line, near the use case's end.
        assert found.detached_labels == 0
        assert len(edge.labels) == 2
    assert ellipse_hits == []


def test_end_labels_of_a_steep_line_keep_off_it() -> None:
    doc = small_document()
    doc.update(
        "r",
        source_end=AssociationEnd(multiplicity="1..*", role="customer"),
        target_end=AssociationEnd(multiplicity="0..*", role="placed order"),
    )
    # The actor straight above, then steeply above, the use case: wide texts beside a
    # vertical line reach across it unless they stand farther off.
    for dx in (556, 500, 620):
        doc.update_shapes("d", [Shape(element="a", x=dx, y=-400, width=48, height=84)])
        found = layout_reports(doc)[0]
        own = [f.text for f in found.findings if f.kind == "label_on_line"]
        assert own == []
        assert found.detached_labels == 0 and found.label_collisions == 0
