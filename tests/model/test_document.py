"""The mutation API: events carry the right old and new values, cascades say what went
with a removal, and every transaction inverts exactly."""

from __future__ import annotations

import pytest

from ucdesigner.model import (
    Actor,
    Association,
    Comment,
    CommentLink,
    DiagramInfo,
    Document,
    Edge,
    Extend,
    ExtensionPoint,
    Include,
    ModelError,
    Package,
    Shape,
    Subject,
    Transaction,
    UseCase,
)
from ucdesigner.model.changes import (
    DiagramAdded,
    DiagramMoved,
    DiagramRemoved,
    EdgeRemoved,
    ElementAdded,
    ElementChanged,
    ElementRemoved,
    ShapeChanged,
    ShapeRemoved,
)


@pytest.fixture
def doc() -> Document:
    d = Document("Shop")
    d.add(
        Subject(id="s", name="Web Shop"),
        Actor(id="a", name="Customer"),
        UseCase(
            id="u1",
            name="Check Out",
            subjects=("s",),
            extension_points=(ExtensionPoint(id="ep", name="Payment"),),
        ),
        UseCase(id="u2", name="Pay", subjects=("s",)),
        UseCase(id="u3", name="Apply Voucher"),
        Association(id="r1", source="a", target="u1"),
        Include(id="r2", source="u1", target="u2"),
        Extend(id="r3", source="u3", target="u1", extension_points=("ep",)),
    )
    d.add_diagram(DiagramInfo(id="d1", name="Main"))
    d.add_shapes(
        "d1",
        [
            Shape(element="s", x=100, y=0, width=400, height=400),
            Shape(element="a", x=0, y=100, width=48, height=84),
            Shape(element="u1", x=200, y=50, width=140, height=60),
            Shape(element="u2", x=200, y=200, width=140, height=60),
        ],
    )
    d.add_edges("d1", [Edge(element="r1"), Edge(element="r2")])
    return d


def record(doc: Document) -> list[Transaction]:
    seen: list[Transaction] = []
    doc.subscribe(seen.append)
    return seen


def test_update_emits_old_and_new(doc: Document) -> None:
    seen = record(doc)
    before = doc.get("u1")
    doc.update("u1", name="Check Out Basket")
    (transaction,) = seen
    (change,) = transaction.changes
    assert isinstance(change, ElementChanged)
    assert change.old == before and change.new.name == "Check Out Basket"
    assert change.changed_fields() == {"name"}
    assert transaction.label == 'Change use case "Check Out"'


def test_update_without_a_difference_emits_nothing(doc: Document) -> None:
    seen = record(doc)
    assert not doc.update("u1", name="Check Out")
    assert seen == []


def test_invalid_values_are_refused_with_the_field_named(doc: Document) -> None:
    with pytest.raises(ModelError, match="name"):
        doc.update("u1", name="x" * 20_000)
    with pytest.raises(ModelError, match="multiplicity"):
        doc.update("r1", source_end={"multiplicity": "many"})
    with pytest.raises(ModelError, match="no field"):
        doc.update("u1", colour="red")
    with pytest.raises(ModelError, match="cannot be changed"):
        doc.update("u1", id="other")


def test_removing_an_element_says_what_went_with_it(doc: Document) -> None:
    seen = record(doc)
    doc.remove(["u1"])
    (transaction,) = seen
    removed = {c.element.id for c in transaction.of_type(ElementRemoved)}
    assert removed == {"u1", "r1", "r2", "r3"}
    assert {c.edge.element for c in transaction.of_type(EdgeRemoved)} == {"r1", "r2"}
    assert [c.shape.element for c in transaction.of_type(ShapeRemoved)] == ["u1"]
    assert doc.find("r3") is None and doc.shape("d1", "u1") is None
    assert transaction.label == 'Delete use case "Check Out"'


def test_removing_a_boundary_updates_its_members(doc: Document) -> None:
    transaction = doc.remove(["s"])
    changed = {c.new.id: c for c in transaction.of_type(ElementChanged)}
    assert set(changed) == {"u1", "u2"}
    assert changed["u1"].old.subjects == ("s",) and changed["u1"].new.subjects == ()


def test_removing_an_extension_point_updates_the_extends_that_use_it(doc: Document) -> None:
    transaction = doc.update("u1", extension_points=())
    changes = transaction.of_type(ElementChanged)
    assert [c.new.id for c in changes] == ["u1", "r3"]
    assert doc.get("r3").extension_points == ()
    doc.apply(transaction.inverse())
    assert doc.get("r3").extension_points == ("ep",)


def test_removing_a_package_removes_its_contents_and_diagrams() -> None:
    doc = Document()
    doc.add(
        Package(id="p", name="Sales"),
        Package(id="p2", name="Inner", package="p"),
        Actor(id="a", name="Buyer", package="p2"),
        UseCase(id="u", name="Buy"),
        Association(id="r", source="a", target="u"),
    )
    doc.add_diagram(DiagramInfo(id="d", name="Sales", package="p"))
    before = doc.to_data()
    transaction = doc.remove(["p"])
    assert {c.element.id for c in transaction.of_type(ElementRemoved)} == {"p", "p2", "a", "r"}
    assert [c.diagram.id for c in transaction.of_type(DiagramRemoved)] == ["d"]
    assert doc.find("u") is not None
    doc.apply(transaction.inverse())
    assert doc.to_data() == before


def test_every_transaction_inverts_exactly(doc: Document) -> None:
    original = doc.to_data()
    history = [
        doc.remove(["a"]),
        doc.update("u2", name="Pay Now", documentation="Card or wallet"),
        doc.move_shapes("d1", ["u1", "u2"], 15, -5),
        doc.remove_shapes("d1", ["u2"]),
        doc.add_diagram(DiagramInfo(id="d2", name="Second"), index=0),
        doc.remove_diagram("d1"),
    ]
    for transaction in reversed(history):
        doc.apply(transaction.inverse())
    assert doc.to_data() == original
    for transaction in history:
        doc.apply(transaction)
    assert [d.name for d in doc.diagrams()] == ["Second"]
    assert doc.get("u2").name == "Pay Now"


def test_moving_shapes_records_positions(doc: Document) -> None:
    transaction = doc.move_shapes("d1", ["u1"], 10, 20)
    (change,) = transaction.changes
    assert isinstance(change, ShapeChanged)
    assert (change.old.x, change.old.y) == (200, 50)
    assert (change.new.x, change.new.y) == (210, 70)
    assert transaction.label == "Move 1 element"


def test_nan_geometry_is_refused(doc: Document) -> None:
    shape = doc.shape("d1", "u1")
    with pytest.raises(ModelError):
        doc.update_shapes("d1", [shape.model_copy(update={"x": float("nan")})])


def test_a_failed_step_rolls_back_the_whole_transaction(doc: Document) -> None:
    seen = record(doc)
    original = doc.to_data()
    with pytest.raises(ModelError), doc.transaction("Two steps"):
        doc.update("u1", name="Renamed")
        doc.add(Include(id="bad", source="a", target="u1"))
    assert doc.to_data() == original
    assert seen == []


def test_nested_calls_make_one_transaction(doc: Document) -> None:
    seen = record(doc)
    with doc.transaction("Rename two"):
        doc.update("u1", name="A")
        doc.update("u2", name="B")
    (transaction,) = seen
    assert transaction.label == "Rename two" and len(transaction.changes) == 2


def test_diagram_order_is_restored_on_undo(doc: Document) -> None:
    doc.add_diagram(DiagramInfo(id="d2", name="Second"))
    doc.add_diagram(DiagramInfo(id="d3", name="Third"))
    moved = doc.move_diagram("d3", 0)
    assert isinstance(moved.changes[0], DiagramMoved)
    assert [d.id for d in doc.diagrams()] == ["d3", "d1", "d2"]
    removed = doc.remove_diagram("d1")
    doc.apply(removed.inverse())
    assert [d.id for d in doc.diagrams()] == ["d3", "d1", "d2"]
    assert len(doc.shapes("d1")) == 4
    added = doc.add_diagram(DiagramInfo(id="d4", name="Fourth"), index=1)
    assert added.changes[0] == DiagramAdded(doc.diagram_info("d4"), 1)


def test_edges_need_both_ends_on_the_diagram(doc: Document) -> None:
    with pytest.raises(ModelError, match='actor "Customer" is not on it'):
        doc.remove_shapes("d1", ["a"])
        doc.add_edges("d1", [Edge(element="r1")])


def test_reconnecting_drops_edges_that_can_no_longer_be_drawn(doc: Document) -> None:
    doc.add(UseCase(id="u4", name="Track"))
    transaction = doc.reconnect("r1", target="u4")
    assert [c.edge.element for c in transaction.of_type(EdgeRemoved)] == ["r1"]


def test_reconnecting_an_extend_clears_points_of_the_old_target(doc: Document) -> None:
    doc.add(UseCase(id="u4", name="Track"))
    doc.reconnect("r3", target="u4")
    assert doc.get("r3").extension_points == ()


def test_duplicate_ids_are_refused(doc: Document) -> None:
    for element in (Actor(id="u1"), Actor(id="ep"), Actor(id="d1")):
        with pytest.raises(ModelError, match="already in use"):
            doc.add(element)


def test_an_element_is_on_a_diagram_at_most_once(doc: Document) -> None:
    with pytest.raises(ModelError, match="already on diagram"):
        doc.add_shapes("d1", [Shape(element="a", x=0, y=0, width=10, height=10)])


def test_queries(doc: Document) -> None:
    assert [r.id for r in doc.outgoing("u1")] == ["r2"]
    assert [r.id for r in doc.incoming("u1")] == ["r1", "r3"]
    assert {m.id for m in doc.members("s")} == {"u1", "u2"}
    assert doc.extension_point_owner("ep").id == "u1"
    assert doc.diagrams_showing("u1") == ["d1"]
    assert [e.id for e in doc.of_kind("usecase")] == ["u1", "u2", "u3"]


def test_comment_links_go_from_a_comment(doc: Document) -> None:
    doc.add(Comment(id="c", body="Note"), CommentLink(id="l", source="c", target="u1"))
    removed = doc.remove(["c"])
    assert {c.element.id for c in removed.of_type(ElementRemoved)} == {"c", "l"}


def test_added_elements_are_validated_again() -> None:
    doc = Document()
    sneaky = Actor(id="a").model_copy(update={"name": 5})
    with pytest.raises(ModelError):
        doc.add(sneaky)
    assert len(doc) == 0


def test_apply_emits_the_replayed_changes(doc: Document) -> None:
    transaction = doc.add(Actor(id="b", name="Clerk"))
    seen = record(doc)
    doc.apply(transaction.inverse())
    assert isinstance(seen[0].changes[0], ElementRemoved)
    doc.apply(transaction)
    assert isinstance(seen[1].changes[0], ElementAdded)
