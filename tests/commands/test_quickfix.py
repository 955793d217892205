"""Quick fixes: each solves its problem as one undo step, and undo restores the model."""

from __future__ import annotations

import pytest

from ucdesigner.commands import UndoStack
from ucdesigner.commands.quickfix import apply_fix
from ucdesigner.model import (
    Actor,
    Association,
    DiagramInfo,
    Document,
    Extend,
    ExtensionPoint,
    ModelError,
    Shape,
    Subject,
    UseCase,
)
from ucdesigner.model.checks import model_problems
from ucdesigner.model.problems import QuickFix


@pytest.fixture
def doc() -> Document:
    d = Document()
    d.add(
        Actor(id="a", name="Customer"),
        Subject(id="s", name="Shop"),
        UseCase(id="u", name="Request Return", subjects=("s",)),
        UseCase(id="v", name="Report Damage"),
        UseCase(id="w", name="Login", subjects=("s",)),
        Association(id="r", source="a", target="u"),
        Association(id="r2", source="a", target="w"),
        Extend(id="x", source="v", target="u", condition="damaged"),
    )
    d.add_diagram(DiagramInfo(id="d", name="Main"))
    d.add_shapes(
        "d",
        [
            Shape(element="a", x=0, y=100, width=40, height=80),
            Shape(element="s", x=100, y=0, width=300, height=300),
            Shape(element="u", x=150, y=60, width=140, height=60),
            Shape(element="w", x=150, y=160, width=140, height=60),
            Shape(element="v", x=500, y=60, width=140, height=60),
        ],
    )
    return d


def fix_for(doc: Document, code: str, element: str | None = None) -> QuickFix:
    problem = next(
        p
        for p in model_problems(doc.to_data())
        if p.code == code and (element is None or p.element_id == element)
    )
    return problem.fixes[0]


def run_fix(qapp, doc: Document, fix: QuickFix) -> UndoStack:
    stack = UndoStack(doc)
    before = doc.to_data()
    stack.run(fix.label, lambda d: apply_fix(d, fix))
    assert stack.count() == 1 and stack.undoText() == fix.label
    after = doc.to_data()
    stack.undo()
    assert doc.to_data() == before
    stack.redo()
    assert doc.to_data() == after
    return stack


def test_add_association_draws_it_where_both_are_shown(qapp, doc) -> None:
    doc.add(UseCase(id="t", name="Print Label", subjects=("s",)))
    doc.add_shapes("d", [Shape(element="t", x=150, y=230, width=140, height=50)])
    run_fix(qapp, doc, fix_for(doc, "usecase-without-actor", "t"))
    (rel,) = [r for r in doc.incoming("t", "association")]
    assert rel.source == "a" and doc.edge("d", rel.id) is not None
    assert not [p for p in model_problems(doc.to_data()) if p.code == "usecase-without-actor"]


def test_add_extension_point_names_it_and_the_extend_uses_it(qapp, doc) -> None:
    run_fix(qapp, doc, fix_for(doc, "extend-without-extension-point"))
    (point,) = doc.get("u").extension_points
    assert point.name == "Report Damage" and doc.get("x").extension_points == (point.id,)


def test_remove_unused_extension_point(qapp, doc) -> None:
    doc.update("w", extension_points=(ExtensionPoint(id="ep", name="Forgot password"),))
    run_fix(qapp, doc, fix_for(doc, "unused-extension-point"))
    assert doc.get("w").extension_points == ()


def test_rename_to_a_verb_phrase(qapp, doc) -> None:
    run_fix(qapp, doc, fix_for(doc, "usecase-name-not-verb"))
    assert doc.get("w").name == "Log In"


def test_move_into_boundary_finds_a_free_place_and_joins(qapp, doc) -> None:
    run_fix(qapp, doc, fix_for(doc, "usecase-outside-boundary"))
    frame, shape = doc.shape("d", "s"), doc.shape("d", "v")
    assert frame.contains_rect(shape)
    for other in ("u", "w"):
        o = doc.shape("d", other)
        assert (
            shape.bottom <= o.y or o.bottom <= shape.y or shape.right <= o.x or o.right <= shape.x
        )
    assert doc.get("v").subjects == ("s",)


def test_move_into_a_full_boundary_makes_it_taller(qapp, doc) -> None:
    doc.update_shapes("d", [doc.shape("d", "s").model_copy(update={"height": 230})])
    run_fix(qapp, doc, fix_for(doc, "usecase-outside-boundary"))
    assert doc.shape("d", "s").height > 230
    assert doc.shape("d", "s").contains_rect(doc.shape("d", "v"))
    assert "s" in doc.get("v").subjects


def test_a_fix_that_no_longer_applies_is_refused_and_leaves_no_step(qapp, doc) -> None:
    fix = fix_for(doc, "extend-without-extension-point")
    doc.remove(["x"])
    stack = UndoStack(doc)
    with pytest.raises(ModelError):
        stack.run(fix.label, lambda d: apply_fix(d, fix))
    assert stack.count() == 0


def test_delete_fix(qapp, doc) -> None:
    run_fix(qapp, doc, QuickFix("Delete the association", "delete", (("element", "r2"),)))
    assert doc.find("r2") is None
