"""Property tests of the three-way merge: random edits on two branches from one base."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.strategies import documents, names
from ucdesigner.io.native import dumps, loads_data
from ucdesigner.model import Association, Document, ModelError, Shape, UseCase
from ucdesigner.model.compare import merge
from ucdesigner.model.integrity import integrity_problems

Edit = tuple


def _referenced(doc: Document) -> set[str]:
    """Nodes that other nodes name in a field (deleting them would change those)."""
    found: set[str] = set()
    for node in doc.nodes():
        if node.package:
            found.add(node.package)
        if isinstance(node, UseCase):
            found.update(node.subjects)
            if node.specification is not None:
                found.update(node.specification.actor_ids())
    return found


@st.composite
def edits(draw: st.DrawFn, doc: Document, own: list[str], prefix: str) -> list[Edit]:
    """A random edit sequence that touches only the nodes in ``own`` (and new ones)."""
    result: list[Edit] = []
    diagrams = [d.id for d in doc.diagrams()]
    deletable = [n for n in own if n not in _referenced(doc) and doc.get(n).kind != "package"]
    for index in range(draw(st.integers(0, 6))):
        choices = ["add"]
        if own:
            choices += ["rename", "document", "move"]
        if deletable:
            choices.append("delete")
        op = draw(st.sampled_from(choices))
        if op == "add":
            diagram = draw(st.sampled_from(diagrams)) if diagrams else None
            result.append(("add", f"{prefix}{index}", draw(names), diagram))
        elif op == "delete":
            result.append(("delete", draw(st.sampled_from(deletable))))
        elif op == "move":
            result.append(
                (
                    "move",
                    draw(st.sampled_from(own)),
                    draw(st.integers(-50, 50)),
                    draw(st.integers(-50, 50)),
                )
            )
        else:
            result.append((op, draw(st.sampled_from(own)), draw(names)))
    return result


def apply(doc: Document, sequence: list[Edit]) -> None:
    """Apply edits through the Document API; an edit the current state refuses is skipped."""
    for edit in sequence:
        op, target = edit[0], edit[1]
        try:
            if op == "add":
                doc.add(UseCase(id=target, name=edit[2]))
                if edit[3] is not None:
                    doc.add_shapes(edit[3], [Shape(element=target, x=0, y=0, width=120, height=60)])
                actors = [
                    n.id for n in doc.nodes() if n.kind == "actor" and n.id.startswith(target[0])
                ]
                if actors:
                    doc.add(Association(id=f"{target}_a", source=actors[0], target=target))
            elif doc.find(target) is None:
                continue
            elif op == "rename":
                doc.update(target, name=edit[2])
            elif op == "document":
                doc.update(target, documentation=edit[2])
            elif op == "delete":
                doc.remove([target])
            elif op == "move":
                for diagram in doc.diagrams_showing(target):
                    doc.move_shapes(diagram, [target], edit[2], edit[3])
        except ModelError:
            continue


def _is_valid(data) -> bool:
    if integrity_problems(data):
        return False
    Document.from_data(data)
    return True


@st.composite
def branches(draw: st.DrawFn, disjoint: bool):
    base = draw(documents(max_nodes=8, max_relationships=8))
    ids = sorted(n.id for n in base.nodes())
    if disjoint:
        own_ours, own_theirs = ids[0::2], ids[1::2]
    else:
        own_ours = own_theirs = ids
    ours, theirs = base.copy(), base.copy()
    ours_edits = draw(edits(base, own_ours, "o_"))
    theirs_edits = draw(edits(base, own_theirs, "t_"))
    apply(ours, ours_edits)
    apply(theirs, theirs_edits)
    return base, ours, theirs, ours_edits + theirs_edits


FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(branches(disjoint=False))
def test_merge_is_always_a_valid_document(sides):
    base, ours, theirs = (d.to_data() for d in sides[:3])
    result = merge(base, ours, theirs)
    assert _is_valid(result.data)
    assert {c.id for c in result.conflicts} == {c.id for c in result.data.conflicts}
    assert dumps(loads_data(dumps(result.data))) == dumps(result.data)


@FAST
@given(branches(disjoint=False))
def test_merging_the_same_change_twice_gives_it(sides):
    base, ours, _ = (d.to_data() for d in sides[:3])
    result = merge(base, ours, ours)
    assert result.clean
    assert dumps(result.data) == dumps(ours)


@FAST
@given(branches(disjoint=False))
def test_a_side_without_changes_gives_the_other(sides):
    base, ours, theirs = (d.to_data() for d in sides[:3])
    assert dumps(merge(base, base, theirs).data) == dumps(theirs)
    assert dumps(merge(base, ours, base).data) == dumps(ours)


@FAST
@given(branches(disjoint=True))
def test_disjoint_edits_merge_to_both_applied(sides):
    base_doc, ours, theirs, both_edits = sides
    result = merge(base_doc.to_data(), ours.to_data(), theirs.to_data())
    assert result.clean, [c.message for c in result.conflicts]
    both = base_doc.copy()
    apply(both, both_edits)
    assert dumps(result.data) == dumps(both)
