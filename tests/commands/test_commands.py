"""The undo stack: every gesture is one step that undoes exactly and redoes exactly."""

from __future__ import annotations

import pytest

from ucdesigner.commands import UndoStack, texts
from ucdesigner.commands import operations as ops
from ucdesigner.commands.fragment import copy_fragment, decode, encode, paste_new, paste_shown
from ucdesigner.model import (
    Actor,
    Association,
    DiagramInfo,
    Document,
    Edge,
    Extend,
    ExtensionPoint,
    Include,
    RuleViolation,
    Shape,
    Subject,
    UseCase,
)


@pytest.fixture
def doc() -> Document:
    d = Document()
    d.add(
        Actor(id="a", name="Customer"),
        Subject(id="s", name="Shop"),
        UseCase(
            id="u",
            name="Return",
            subjects=("s",),
            extension_points=(ExtensionPoint(id="ep", name="Damage"),),
        ),
        UseCase(id="v", name="Report Damage"),
        Association(id="r", source="a", target="u"),
        Extend(id="x", source="v", target="u", extension_points=("ep",)),
    )
    d.add_diagram(DiagramInfo(id="d", name="Main"))
    d.add_diagram(DiagramInfo(id="e", name="Other"))
    d.add_shapes(
        "d",
        [
            Shape(element="a", x=0, y=100, width=48, height=84),
            Shape(element="s", x=200, y=50, width=400, height=400),
            Shape(element="u", x=300, y=100, width=160, height=70),
            Shape(element="v", x=700, y=100, width=160, height=70),
        ],
    )
    d.add_edges("d", [Edge(element="r"), Edge(element="x")])
    return d


def test_undo_and_redo_replay_the_recorded_transaction(qapp, doc: Document) -> None:
    stack = UndoStack(doc)
    before = doc.to_data()
    stack.run(texts.move(1), lambda d: ops.move(d, "d", ["a"], 10, 5))
    after = doc.to_data()
    assert doc.shape("d", "a").x == 10
    stack.undo()
    assert doc.to_data() == before
    stack.redo()
    assert doc.to_data() == after
    assert stack.undoText() == "Move 1 element"


def test_a_refused_change_leaves_no_step_and_raises(qapp, doc: Document) -> None:
    stack = UndoStack(doc)
    before = doc.to_data()
    with pytest.raises(RuleViolation):
        stack.run("Add", lambda d: d.add(Include(id="i", source="a", target="u")))
    assert stack.count() == 0
    assert doc.to_data() == before


def test_a_change_that_changes_nothing_leaves_no_step(qapp, doc: Document) -> None:
    stack = UndoStack(doc)
    stack.run("Nothing", lambda d: d.update("a", name="Customer"))
    assert stack.count() == 0


def test_arrow_moves_of_one_selection_merge(qapp, doc: Document) -> None:
    stack = UndoStack(doc)
    before = doc.to_data()
    key = ("nudge", "d", frozenset({"a"}))
    for _ in range(5):
        stack.run(texts.move(1), lambda d: ops.move(d, "d", ["a"], 1, 0), merge_key=key)
    assert stack.count() == 1
    assert doc.shape("d", "a").x == 5
    # another selection does not merge
    stack.run(
        texts.move(1),
        lambda d: ops.move(d, "d", ["v"], 1, 0),
        merge_key=("nudge", "d", frozenset({"v"})),
    )
    assert stack.count() == 2
    stack.undo()
    stack.undo()
    assert doc.to_data() == before


def test_moving_a_boundary_carries_its_use_cases(qapp, doc: Document) -> None:
    stack = UndoStack(doc)
    stack.run("Move", lambda d: ops.move(d, "d", ["s"], 50, 20))
    assert (doc.shape("d", "u").x, doc.shape("d", "u").y) == (350, 120)
    assert doc.get("u").subjects == ("s",)
    assert stack.count() == 1


def test_a_use_case_dragged_out_leaves_and_dragged_in_joins(qapp, doc: Document) -> None:
    stack = UndoStack(doc)
    stack.run("Move", lambda d: ops.move(d, "d", ["u"], 600, 0))
    assert doc.get("u").subjects == ()
    stack.run("Move", lambda d: ops.move(d, "d", ["v"], -400, 200))
    assert doc.get("v").subjects == ("s",)
    stack.undo()
    stack.undo()
    assert doc.get("u").subjects == ("s",) and doc.get("v").subjects == ()


def test_membership_in_a_boundary_not_on_the_diagram_is_kept(qapp, doc: Document) -> None:
    doc.add(Subject(id="t", name="Other system"))
    doc.update("v", subjects=("t",))
    ops.move(doc, "d", ["v"], 5, 0)
    assert doc.get("v").subjects == ("t",)


def test_rename_grows_the_shape_around_its_centre(qapp, doc: Document) -> None:
    ops.rename(doc, "u", "A much longer name", lambda e: (220.0, 80.0), "d")
    shape = doc.shape("d", "u")
    assert doc.get("u").name == "A much longer name"
    assert (shape.width, shape.height) == (220, 80)
    assert shape.x + shape.width / 2 == 380  # the old centre


def test_align_distribute_and_same_size(qapp, doc: Document) -> None:
    ops.align(doc, "d", ["u", "v"], "top")
    doc.move_shapes("d", ["v"], 0, 40)
    ops.align(doc, "d", ["u", "v"], "top")
    assert doc.shape("d", "v").y == doc.shape("d", "u").y
    ops.align(doc, "d", ["u", "v"], "right")
    assert doc.shape("d", "v").right == doc.shape("d", "u").right
    doc.add(Actor(id="b", name="Agent"))
    doc.add_shapes("d", [Shape(element="b", x=1000, y=0, width=48, height=84)])
    doc.update_shapes("d", [doc.shape("d", "a").model_copy(update={"x": 0})])
    doc.update_shapes("d", [doc.shape("d", "v").model_copy(update={"x": 100})])
    ops.distribute(doc, "d", ["a", "v", "b"], "x")
    a, v, b = (doc.shape("d", i) for i in "avb")
    assert v.x - a.right == pytest.approx(b.x - v.right)
    ops.same_size(doc, "d", ["u", "v"])
    assert (doc.shape("d", "v").width, doc.shape("d", "v").height) == (160, 70)


def test_copy_paste_new_makes_fresh_elements(qapp, doc: Document) -> None:
    fragment = decode(encode(copy_fragment(doc, "d", ["u", "v"], source="doc1")))
    assert fragment is not None
    before = len(doc)
    new = paste_new(doc, "d", fragment, 20, 20)
    assert len(new) == 2 and not set(new) & {"u", "v"}
    assert len(doc) == before + 3  # two use cases and the extend between them
    pasted = [doc.get(i) for i in new]
    ext = next(r for r in doc.relationships_of(new[0]) if r.kind == "extend")
    target = doc.get(ext.target)
    assert ext.extension_points == tuple(p.id for p in target.extension_points)
    assert {p.name for p in pasted} == {"Return", "Report Damage"}
    assert doc.edge("d", ext.id) is not None


def test_paste_as_shown_elements_on_another_diagram(qapp, doc: Document) -> None:
    fragment = copy_fragment(doc, "d", ["a", "u"])
    shown = paste_shown(doc, "e", fragment, 0, 0)
    assert set(shown) == {"a", "u"}
    assert doc.edge("e", "r") is not None
    assert set(doc.diagrams_showing("u")) == {"d", "e"}


def test_the_reconnect_operation_checks_the_rules(qapp, doc: Document) -> None:
    with pytest.raises(RuleViolation):
        ops.reconnect(doc, "d", "r", target="a")  # an actor to an actor
    ops.set_waypoints(doc, "d", "r", [(100, 100)])
    ops.reconnect(doc, "d", "r", target="v")
    assert doc.get("r").target == "v" and doc.edge("d", "r").waypoints == ()


def test_a_boundary_moved_over_a_use_case_takes_it_in(qapp, doc: Document) -> None:
    ops.move(doc, "d", ["s"], 300, 0)  # the frame now spans x 500..900: v lies inside
    assert doc.get("v").subjects == ("s",)
    assert doc.get("u").subjects == ("s",)  # carried along


def test_showing_an_element_outside_its_boundary_keeps_its_membership(qapp, doc: Document) -> None:
    doc.add_shapes("e", [Shape(element="s", x=0, y=0, width=200, height=200)])
    ops.show(doc, "e", [Shape(element="u", x=500, y=500, width=140, height=60)])
    assert doc.get("u").subjects == ("s",)
    ops.show(doc, "e", [Shape(element="v", x=20, y=40, width=140, height=60)])
    assert doc.get("v").subjects == ("s",)  # placed inside: joins
