"""Model checks: each finds what it should, in words an analyst understands, and stays
quiet on sound models; checks can be switched off per document."""

from __future__ import annotations

import heapq

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ucdesigner import l10n
from ucdesigner.model import (
    Actor,
    Association,
    DiagramInfo,
    Document,
    DocumentData,
    DocumentSettings,
    Extend,
    ExtensionPoint,
    Generalization,
    Include,
    Shape,
    Specification,
    Step,
    Subject,
    UseCase,
)
from ucdesigner.model.checks import CHECKS, all_problems, model_problems, verb_phrase_problem


def codes(data: DocumentData, **kw) -> list[str]:
    return [p.code for p in model_problems(data, **kw)]


def hand_edited(data: DocumentData, *relationships) -> DocumentData:
    """``data`` with ``relationships`` added as a hand-edited file could: past the rules
    the Document API enforces."""
    return data.model_copy(update={"relationships": (*data.relationships, *relationships)})


def shop() -> Document:
    d = Document("Shop")
    d.add(
        Actor(id="customer", name="Customer"),
        Actor(id="clerk", name="Clerk"),
        UseCase(id="order", name="Place Order"),
        UseCase(id="pay", name="Pay for Order"),
        UseCase(id="voucher", name="Apply Voucher"),
        Association(id="a1", source="customer", target="order"),
        Association(id="a2", source="clerk", target="order"),
        Include(id="i1", source="order", target="pay"),
    )
    return d


def test_a_sound_model_has_no_problems() -> None:
    d = shop()
    d.remove(["voucher"])
    assert model_problems(d.to_data()) == []


def test_use_case_without_actor_names_it_and_offers_the_nearest_actors() -> None:
    d = shop()
    d.add_diagram(DiagramInfo(id="dg", name="Main"))
    d.add_shapes(
        "dg",
        [
            Shape(element="customer", x=0, y=0, width=40, height=80),
            Shape(element="clerk", x=600, y=0, width=40, height=80),
            Shape(element="voucher", x=100, y=0, width=120, height=60),
        ],
    )
    (problem,) = [p for p in model_problems(d.to_data()) if p.element_id == "voucher"]
    assert problem.code == "usecase-without-actor" and problem.severity == "warning"
    assert "“Apply Voucher”" in problem.message and problem.fix
    assert [f.label for f in problem.fixes] == [
        "Add association to “Customer”",
        "Add association to “Clerk”",
    ]
    assert problem.fixes[0].param("actor") == "customer"


@pytest.mark.parametrize(
    "link",
    [
        Include(id="r", source="order", target="voucher"),
        Extend(id="r", source="voucher", target="order", condition="has one"),
        Generalization(id="r", source="voucher", target="order"),
        Generalization(id="r", source="order", target="voucher"),
    ],
    ids=["included", "extending", "specialising", "generalising"],
)
def test_a_use_case_reached_from_one_with_an_actor_is_fine(link) -> None:
    d = shop()
    d.add(link)
    assert "usecase-without-actor" not in codes(d.to_data(), disabled=["duplicate-name"])


def test_an_extended_use_case_does_not_get_the_extenders_actors() -> None:
    d = shop()
    d.add(UseCase(id="base", name="Browse Catalogue"))
    d.add(Extend(id="r", source="order", target="base", condition="c"))
    found = [p.element_id for p in model_problems(d.to_data()) if p.code == "usecase-without-actor"]
    assert "base" in found


def test_actor_without_use_case_unless_a_generalization_gives_it_some() -> None:
    d = shop()
    d.add(Actor(id="vip", name="VIP Customer"))
    problems = [p for p in model_problems(d.to_data()) if p.code == "actor-without-usecase"]
    assert [p.element_id for p in problems] == ["vip"]
    assert "“VIP Customer” takes part in no use case" in problems[0].message
    d.add(Generalization(id="g", source="vip", target="customer"))
    assert "actor-without-usecase" not in codes(d.to_data())


def test_extend_cycles_are_found_and_include_cycles_reported_once() -> None:
    d = shop()
    d.add(
        Extend(id="e1", source="voucher", target="pay", condition="x"),
        Extend(id="e2", source="pay", target="voucher", condition="y"),
    )
    cycles = [p for p in model_problems(d.to_data()) if p.code == "extend-cycle"]
    assert len(cycles) == 1 and cycles[0].severity == "error"
    assert "“" not in cycles[0].message and '"Apply Voucher" extends' in cycles[0].message
    # An include cycle written by hand: integrity reports it; all_problems says it once.
    data = d.to_data()
    looped = hand_edited(data, Include(id="i2", source="pay", target="order"))
    include_cycles = [p for p in all_problems(looped) if p.code == "include-cycle"]
    assert len(include_cycles) == 1


def test_extend_without_point_or_condition() -> None:
    d = shop()
    d.add(Extend(id="e", source="voucher", target="order"))
    found = {p.code: p for p in model_problems(d.to_data()) if p.element_id == "e"}
    assert set(found) == {"extend-without-extension-point", "extend-without-condition"}
    assert found["extend-without-condition"].severity == "info"
    fix = found["extend-without-extension-point"].fixes[0]
    assert fix.action == "add-extension-point" and fix.param("name") == "Apply Voucher"
    assert "extend-without-condition" not in codes(
        d.to_data(), disabled=["extend-without-condition"]
    )


def test_unused_extension_point() -> None:
    d = shop()
    d.update("order", extension_points=(ExtensionPoint(id="ep", name="Payment"),))
    (problem,) = [p for p in model_problems(d.to_data()) if p.code == "unused-extension-point"]
    assert "“Payment” of “Place Order”" in problem.message
    d.add(Extend(id="e", source="voucher", target="order", condition="c", extension_points=("ep",)))
    assert "unused-extension-point" not in codes(d.to_data())


def test_associations_between_two_actors_or_two_use_cases_in_a_hand_edited_file() -> None:
    data = shop().to_data()
    bad = hand_edited(
        data,
        Association(id="aa", source="customer", target="clerk"),
        Association(id="uu", source="order", target="pay"),
    )
    found = {p.element_id: p for p in all_problems(bad) if p.element_id in ("aa", "uu")}
    assert {p.code for p in found.values()} == {"association-between-same-kind"}
    assert "two actors, “Customer” and “Clerk”" in found["aa"].message
    assert "generalization" in found["aa"].fix
    assert found["uu"].fixes[0].action == "delete"
    # the integrity check's rule violation for them is not repeated
    assert not [p for p in all_problems(bad) if p.code == "rule-violation"]


def test_duplicate_names_of_the_same_kind_only() -> None:
    d = shop()
    d.add(UseCase(id="order2", name="place  order"), Actor(id="x", name="Place Order"))
    dup = [p for p in model_problems(d.to_data()) if p.code == "duplicate-name"]
    assert [p.element_id for p in dup] == ["order2"]
    assert "two use cases named" in dup[0].message


@pytest.mark.parametrize(
    "name",
    ["Order Tracking", "Registration", "Tracking Orders", "The Checkout", "Payment of Order", ""],
)
def test_names_that_are_not_verb_phrases(name) -> None:
    assert verb_phrase_problem(name) is not None


@pytest.mark.parametrize(
    "name",
    [
        "Track Order",
        "Request Return",
        "Refund Payment",
        "Document Requirements",
        "Bring Friend",
        "Contact Support",
        "Ship Order",
        "Manage Account Registration",
        "Pay",
    ],
)
def test_verb_phrases_are_accepted(name) -> None:
    assert verb_phrase_problem(name) is None


@pytest.fixture
def language():
    """Speak another language for one test (conftest speaks English)."""
    yield l10n.use_language
    l10n.use_language("en")


def _verb_flags(name: str) -> list[str]:
    d = shop()
    d.update("voucher", name=name)
    return [p.element_id for p in model_problems(d.to_data()) if p.code == "usecase-name-not-verb"]


def test_german_names_with_the_verb_last_are_not_flagged(language) -> None:
    # Correct German names: the English word lists would flag "Ticket" and "Reklamation".
    language("de")
    for name in ("Ticket buchen", "Reklamation bearbeiten", "Information anzeigen"):
        assert _verb_flags(name) == []


def test_the_same_names_are_judged_in_english_and_french(language) -> None:
    language("en")
    assert _verb_flags("Ticket buchen") == ["voucher"]
    language("fr")
    assert _verb_flags("Création de compte") == ["voucher"]
    assert _verb_flags("Créer un compte") == []


def test_compound_nouns_get_a_rename_quick_fix() -> None:
    d = shop()
    d.update("voucher", name="Login")
    (problem,) = [p for p in model_problems(d.to_data()) if p.code == "usecase-name-not-verb"]
    assert problem.fixes[0].label == "Rename to “Log In”"


def test_use_case_outside_the_boundary_on_a_diagram_that_has_one() -> None:
    d = shop()
    d.add(Subject(id="sys", name="Web Shop"))
    d.add_diagram(DiagramInfo(id="dg", name="Main"))
    d.add_diagram(DiagramInfo(id="other", name="No boundary"))
    d.add_shapes(
        "dg",
        [
            Shape(element="sys", x=100, y=0, width=300, height=400),
            Shape(element="order", x=150, y=60, width=120, height=60),
            Shape(element="pay", x=500, y=60, width=120, height=60),
            Shape(element="customer", x=0, y=60, width=40, height=80),
        ],
    )
    d.add_shapes("other", [Shape(element="pay", x=0, y=0, width=120, height=60)])
    (problem,) = [p for p in model_problems(d.to_data()) if p.code == "usecase-outside-boundary"]
    assert problem.element_id == "pay" and problem.diagram_id == "dg"
    assert "“Main”" in problem.message and problem.fixes[0].label == "Move into “Web Shop”"


def test_specification_without_main_scenario() -> None:
    d = shop()
    d.update("order", specification=Specification(goal="Buy things"))
    (problem,) = [
        p for p in model_problems(d.to_data()) if p.code == "specification-without-scenario"
    ]
    assert problem.element_id == "order" and problem.fixes[0].action == "edit-specification"
    d.update(
        "order",
        specification=Specification(goal="Buy", main_scenario=(Step(id="s1", text="Choose"),)),
    )
    assert "specification-without-scenario" not in codes(d.to_data())


def test_checks_switched_off_in_the_document_settings() -> None:
    d = shop()
    assert "usecase-without-actor" in codes(d.to_data())
    d.set_info(settings=DocumentSettings(disabled_checks=("usecase-without-actor",)))
    assert "usecase-without-actor" not in codes(d.to_data())
    assert "usecase-without-actor" in codes(d.to_data(), disabled=())


def test_every_check_has_a_severity_and_a_title() -> None:
    assert all(c.severity in ("error", "warning", "info") and c.title for c in CHECKS.values())


def test_checks_tolerate_dangling_references() -> None:
    data = shop().to_data()
    broken = hand_edited(
        data,
        Association(id="x", source="ghost", target="order"),
        Extend(id="y", source="ghost", target="nowhere"),
    )
    assert all_problems(broken)  # no exception, integrity reports the ghosts


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.floats(-5000, 20000), st.floats(-5000, 20000)), max_size=60),
    st.tuples(st.floats(-8000, 25000), st.floats(-8000, 25000)),
    st.integers(1, 5),
)
def test_nearest_elements_by_grid_match_looking_at_every_one(points, query, limit) -> None:
    from ucdesigner.model.checks import _Grid

    named = [(f"p{i}", x, y) for i, (x, y) in enumerate(points)]
    x, y = query
    brute = heapq.nsmallest(
        limit, [((px - x) ** 2 + (py - y) ** 2, n) for n, px, py in named if n != "p0"]
    )
    assert _Grid(named).nearest(x, y, limit, "p0") == brute
