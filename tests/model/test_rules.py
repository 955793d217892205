"""Each allowed and refused pair of the rules table, through the Document API."""

from __future__ import annotations

import itertools

import pytest

from ucdesigner.model import (
    Actor,
    Comment,
    DiagramInfo,
    Document,
    Extend,
    Generalization,
    Include,
    ModelError,
    Package,
    RuleViolation,
    Shape,
    Subject,
    UseCase,
)
from ucdesigner.model.elements import NODE_KINDS, RELATIONSHIP_TYPES
from ucdesigner.model.rules import CONNECTION_RULES, allowed_kinds

NODES = {
    "actor": Actor(id="a", name="Customer"),
    "usecase": UseCase(id="u", name="Place Order"),
    "subject": Subject(id="s", name="Web Shop"),
    "package": Package(id="p", name="Sales"),
    "comment": Comment(id="c", body="A note"),
}
SECOND = {
    "actor": Actor(id="a2", name="Clerk"),
    "usecase": UseCase(id="u2", name="Pay for Order"),
    "subject": Subject(id="s2", name="Store"),
    "package": Package(id="p2", name="Support"),
    "comment": Comment(id="c2", body="Another note"),
}

EXPECTED_ALLOWED = {
    "association": {("actor", "usecase"), ("usecase", "actor")},
    "include": {("usecase", "usecase")},
    "extend": {("usecase", "usecase")},
    "generalization": {("actor", "actor"), ("usecase", "usecase")},
    "dependency": {
        (a, b)
        for a in ("actor", "usecase", "subject", "package")
        for b in ("actor", "usecase", "subject", "package")
    },
    "comment_link": {("comment", b) for b in ("actor", "usecase", "subject", "package")},
}


def fresh() -> Document:
    doc = Document()
    doc.add(*NODES.values(), *SECOND.values())
    return doc


def test_the_table_is_what_the_product_promises() -> None:
    assert {k: set(r.pairs) for k, r in CONNECTION_RULES.items()} == EXPECTED_ALLOWED


@pytest.mark.parametrize(
    ("kind", "source_kind", "target_kind"),
    list(itertools.product(RELATIONSHIP_TYPES, NODE_KINDS, NODE_KINDS)),
)
def test_each_pair_is_allowed_or_refused_by_the_table(kind, source_kind, target_kind) -> None:
    doc = fresh()
    source = NODES[source_kind]
    target = SECOND[target_kind]
    rel = RELATIONSHIP_TYPES[kind](id="r", source=source.id, target=target.id)
    if (source_kind, target_kind) in EXPECTED_ALLOWED[kind]:
        doc.add(rel)
        assert doc.find("r") == rel
        assert kind in allowed_kinds(source_kind, target_kind)
    else:
        with pytest.raises(RuleViolation) as refused:
            doc.add(rel)
        message = str(refused.value)
        assert source.describe() in message and target.describe() in message
        assert CONNECTION_RULES[kind].rule in message
        assert doc.find("r") is None
        assert kind not in allowed_kinds(source_kind, target_kind)


def test_include_from_an_actor_names_both_ends_and_the_rule() -> None:
    doc = fresh()
    with pytest.raises(
        RuleViolation,
        match=r'include cannot go from actor "Customer" to use case "Pay for Order": an include goes from a use case',
    ):
        doc.add(Include(id="r", source="a", target="u2"))


def test_generalization_between_actor_and_use_case_is_refused() -> None:
    with pytest.raises(RuleViolation, match="generalization joins two actors or two use cases"):
        fresh().add(Generalization(id="r", source="a", target="u"))


@pytest.mark.parametrize("kind", ["include", "extend", "generalization", "dependency"])
def test_a_relationship_to_itself_is_refused(kind) -> None:
    with pytest.raises(RuleViolation, match="to itself"):
        fresh().add(RELATIONSHIP_TYPES[kind](id="r", source="u", target="u"))


@pytest.mark.parametrize("kind", ["include", "generalization"])
def test_cycles_are_refused(kind) -> None:
    doc = fresh()
    doc.add(UseCase(id="u3", name="Sign In"))
    cls = RELATIONSHIP_TYPES[kind]
    doc.add(cls(id="r1", source="u", target="u2"), cls(id="r2", source="u2", target="u3"))
    with pytest.raises(RuleViolation, match="must not form a cycle") as refused:
        doc.add(cls(id="r3", source="u3", target="u"))
    assert '"Sign In"' in str(refused.value) and '"Place Order"' in str(refused.value)


def test_extend_cycles_are_left_to_the_model_checks() -> None:
    doc = fresh()
    doc.add(Extend(id="r1", source="u", target="u2"), Extend(id="r2", source="u2", target="u"))
    assert len(doc.of_kind("extend")) == 2


def test_reconnecting_obeys_the_same_rules() -> None:
    doc = fresh()
    doc.add(Include(id="r", source="u", target="u2"))
    with pytest.raises(RuleViolation, match="actor"):
        doc.reconnect("r", target="a")
    assert doc.get("r").target == "u2"
    doc.add(UseCase(id="u3", name="Sign In"))
    doc.reconnect("r", target="u3")
    assert doc.get("r").target == "u3"


def test_reconnecting_into_a_cycle_is_refused_but_the_relationship_itself_is_ignored() -> None:
    doc = fresh()
    doc.add(UseCase(id="u3", name="Sign In"))
    doc.add(Include(id="r1", source="u", target="u2"), Include(id="r2", source="u2", target="u3"))
    doc.reconnect("r2", target="u3")  # no change, no false cycle
    with pytest.raises(RuleViolation, match="cycle"):
        doc.reconnect("r2", target="u")


def test_extend_may_only_use_extension_points_of_the_extended_use_case() -> None:
    doc = Document()
    doc.add(
        UseCase(id="base", name="Check Out", extension_points=({"id": "ep1", "name": "Pay"},)),
        UseCase(id="other", name="Browse", extension_points=({"id": "ep2", "name": "Filter"},)),
        UseCase(id="ext", name="Apply Voucher"),
    )
    with pytest.raises(RuleViolation, match="not an extension point of the extended"):
        doc.add(Extend(id="r", source="ext", target="base", extension_points=("ep2",)))
    doc.add(Extend(id="r", source="ext", target="base", extension_points=("ep1",)))


def test_containment_rules() -> None:
    doc = fresh()
    with pytest.raises(RuleViolation, match="only packages can"):
        doc.add(Actor(id="x", name="Inside", package="u"))
    with pytest.raises(RuleViolation, match="system boundary"):
        doc.add(UseCase(id="x", name="Inside", subjects=("a",)))
    doc.add(Package(id="p3", name="Child", package="p"))
    with pytest.raises(RuleViolation, match="inside itself"):
        doc.update("p", package="p3")


def test_a_shape_for_a_missing_element_is_refused() -> None:
    doc = fresh()
    doc.add_diagram(DiagramInfo(id="d", name="Main"))
    with pytest.raises(ModelError, match='missing element "ghost"'):
        doc.add_shapes("d", [Shape(element="ghost", x=0, y=0, width=10, height=10)])
