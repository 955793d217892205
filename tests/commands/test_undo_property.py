"""Whatever gestures run through the stack, undoing them all gives back the exact
original document, and redoing them all gives back the end state."""

from __future__ import annotations

import contextlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ucdesigner.commands import UndoStack
from ucdesigner.commands import operations as ops
from ucdesigner.commands.fragment import copy_fragment, paste_new
from ucdesigner.model import (
    Actor,
    DiagramInfo,
    Document,
    ModelError,
    Shape,
    Subject,
    UseCase,
)

IDS = ["a", "s", "u", "v", "w"]


def start() -> Document:
    d = Document()
    d.add(
        Actor(id="a", name="Customer"),
        Subject(id="s", name="Shop"),
        UseCase(id="u", name="Track", subjects=("s",)),
        UseCase(id="v", name="Return"),
        UseCase(id="w", name="Browse"),
    )
    d.add_diagram(DiagramInfo(id="d", name="Main"))
    d.add_shapes(
        "d",
        [
            Shape(element="a", x=0, y=100, width=48, height=84),
            Shape(element="s", x=200, y=40, width=300, height=300),
            Shape(element="u", x=260, y=100, width=140, height=60),
            Shape(element="v", x=600, y=100, width=140, height=60),
            Shape(element="w", x=600, y=300, width=140, height=60),
        ],
    )
    return d


def gesture(draw_ids, dx, dy, kind):
    ids = [i for i in IDS if i in draw_ids] or ["u"]

    def run(d: Document):
        present = [i for i in ids if d.find(i) is not None and d.shape("d", i) is not None]
        if not present:
            return None
        match kind:
            case "move":
                return ops.move(d, "d", present, dx, dy)
            case "align":
                return ops.align(d, "d", present, "top")
            case "size":
                return ops.same_size(d, "d", present)
            case "rename":
                return ops.rename(d, present[0], f"Name {dx}", lambda e: (150.0, 70.0), "d")
            case "paste":
                return paste_new(d, "d", copy_fragment(d, "d", present), 20, 20)
            case "hide":
                return d.remove_shapes("d", present)
            case _:
                return d.remove(present)

    return run


gestures = st.lists(
    st.builds(
        gesture,
        st.sets(st.sampled_from(IDS), min_size=1, max_size=3),
        st.integers(-300, 300),
        st.integers(-300, 300),
        st.sampled_from(["move", "align", "size", "rename", "paste", "hide", "delete"]),
    ),
    min_size=1,
    max_size=8,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(gestures, st.booleans())
def test_undo_all_and_redo_all(qapp, steps, merge) -> None:
    document = start()
    original = document.to_data()
    stack = UndoStack(document)
    for step in steps:
        with contextlib.suppress(ModelError):  # a refused step leaves nothing behind
            stack.run("step", step, merge_key="same" if merge else None)
    end = document.to_data()
    while stack.canUndo():
        stack.undo()
    assert document.to_data() == original
    while stack.canRedo():
        stack.redo()
    assert document.to_data() == end
