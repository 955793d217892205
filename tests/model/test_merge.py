"""The three-way merge's cases one by one: what merges by itself, what is a conflict,
and how a conflict is resolved (one undo step each)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ucdesigner.io import native
from ucdesigner.model import Document, Include, ModelError, UseCase
from ucdesigner.model.compare import diff, merge
from ucdesigner.model.compare.resolve import resolve
from ucdesigner.model.integrity import integrity_problems

EXAMPLE = Path(__file__).resolve().parents[2] / "resources/examples/post-purchase-support.ucd"
SUPPORT, TRACK, RETURN = "uc_contact_support", "uc_track_order", "uc_request_return"
DIAGRAM = "diagram_post_purchase"


@pytest.fixture
def base() -> Document:
    return native.load(EXAMPLE)


def _merge(base: Document, ours: Document, theirs: Document):
    result = merge(base.to_data(), ours.to_data(), theirs.to_data())
    assert integrity_problems(result.data) == []
    return result, Document.from_data(result.data)


def test_same_field_changed_two_ways_keeps_ours_and_records_both(base) -> None:
    ours, theirs = base.copy(), base.copy()
    ours.update(SUPPORT, name="Ask for Help")
    theirs.update(SUPPORT, name="Call Support")
    result, merged = _merge(base, ours, theirs)
    (conflict,) = result.conflicts
    assert (conflict.scope, conflict.target, conflict.field) == ("element", SUPPORT, "name")
    assert (conflict.base, conflict.ours, conflict.theirs) == (
        "Contact Support",
        "Ask for Help",
        "Call Support",
    )
    assert merged.get(SUPPORT).name == "Ask for Help"


def test_deleted_on_one_side_changed_on_the_other_keeps_it_with_its_lines(base) -> None:
    ours, theirs = base.copy(), base.copy()
    ours.remove([TRACK])
    theirs.update(TRACK, documentation="Changed by theirs.")
    result, merged = _merge(base, ours, theirs)
    (conflict,) = result.conflicts
    assert (conflict.target, conflict.field, conflict.ours) == (TRACK, "", None)
    assert merged.get(TRACK).documentation == "Changed by theirs."
    assert merged.shape(DIAGRAM, TRACK) == base.shape(DIAGRAM, TRACK)
    assert {r.id for r in merged.relationships_of(TRACK)} == {
        r.id for r in base.relationships_of(TRACK)
    }
    resolve(merged, conflict.id, "ours")
    assert merged.find(TRACK) is None and merged.conflicts == ()


def test_a_relationship_to_an_element_the_other_side_deleted_is_a_conflict(base) -> None:
    ours, theirs = base.copy(), base.copy()
    ours.remove([RETURN])
    theirs.add(Include(id="incl_new", source=SUPPORT, target=RETURN))
    result, merged = _merge(base, ours, theirs)
    assert merged.find("incl_new") is not None and merged.find(RETURN) is not None
    (conflict,) = result.conflicts
    assert conflict.target == RETURN and conflict.ours is None
    assert "still needs it" in conflict.message
    resolve(merged, conflict.id, "ours")
    assert merged.find(RETURN) is None and merged.find("incl_new") is None


def test_an_include_cycle_made_by_the_two_sides_is_a_conflict(base) -> None:
    ours, theirs = base.copy(), base.copy()
    ours.add(Include(id="incl_a", source=SUPPORT, target=TRACK))
    theirs.add(Include(id="incl_b", source=TRACK, target=SUPPORT))
    result, merged = _merge(base, ours, theirs)
    assert merged.find("incl_a") is not None and merged.find("incl_b") is None
    (conflict,) = result.conflicts
    assert conflict.target == "incl_b" and conflict.ours is None
    assert "circle" in conflict.message
    with pytest.raises(ModelError):
        resolve(merged, conflict.id, "theirs")  # would close the cycle: refused
    assert merged.conflicts == result.conflicts


def test_the_same_shape_moved_two_ways_is_a_conflict_taken_back_by_undo(base) -> None:
    ours, theirs = base.copy(), base.copy()
    ours.move_shapes(DIAGRAM, [SUPPORT], 40, 0)
    theirs.move_shapes(DIAGRAM, [SUPPORT], 0, 40)
    theirs.move_shapes(DIAGRAM, [TRACK], 0, 25)
    result, merged = _merge(base, ours, theirs)
    (conflict,) = result.conflicts
    assert (conflict.scope, conflict.field) == ("shape", "position")
    old = base.shape(DIAGRAM, SUPPORT)
    assert merged.shape(DIAGRAM, TRACK).y == base.shape(DIAGRAM, TRACK).y + 25
    done = []
    merged.subscribe(done.append)
    resolve(merged, conflict.id, "theirs")
    assert (merged.shape(DIAGRAM, SUPPORT).x, merged.shape(DIAGRAM, SUPPORT).y) == (
        old.x,
        old.y + 40,
    )
    assert merged.conflicts == () and len(done) == 1
    merged.apply(done[0].inverse())
    assert merged.conflicts == result.conflicts
    assert merged.shape(DIAGRAM, SUPPORT).x == old.x + 40


def test_diff_says_changes_in_plain_words(base) -> None:
    new = base.copy()
    new.update(SUPPORT, documentation="Reach a person.")
    new.add(UseCase(id="uc_escalate", name="Escalate to Specialist"))
    new.add(Include(id="incl_x", source=SUPPORT, target="uc_escalate"))
    new.move_shapes(DIAGRAM, [TRACK], 10, 10)
    lines = diff(base.to_data(), new.to_data()).sentences()
    assert "Contact Support: documentation changed." in lines
    assert "Added use case Escalate to Specialist." in lines
    assert "Contact Support now includes Escalate to Specialist." in lines
    assert 'Diagram "Post-purchase support": 1 shape moved.' in lines


def test_files_without_conflicts_keep_their_bytes() -> None:
    raw = EXAMPLE.read_bytes()
    assert native.dumps(native.loads(raw)) == raw
    assert b'"conflicts"' not in raw
