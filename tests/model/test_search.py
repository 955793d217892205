"""Find and Replace in the model: what is searched, how matches are addressed, and what
a replacement writes back (through commands.replace) or refuses."""

from __future__ import annotations

import pytest

from ucdesigner.commands.replace import apply_replacements
from ucdesigner.model import (
    Actor,
    Association,
    AssociationEnd,
    DiagramInfo,
    Document,
    Extend,
    ScenarioExtension,
    Specification,
    Step,
    UseCase,
)
from ucdesigner.model.errors import ModelError
from ucdesigner.model.journey import JourneyStep, Kpi
from ucdesigner.model.search import SearchError, SearchQuery, plan_replacements, search


def sample() -> Document:
    document = Document("Shop")
    spec = Specification(
        goal="Customer pays for the order",
        main_scenario=(Step(id="s1", text="Customer enters card"), Step(id="s2", text="Pay")),
        extensions=(
            ScenarioExtension(
                id="x1",
                step="s2",
                condition="Card refused",
                steps=(Step(id="s3", text="Ask for another card"),),
            ),
        ),
        preconditions=("Cart is not empty",),
    )
    document.add(
        Actor(id="a1", name="Customer", stereotypes=("human",), properties={"Owner": "Sales"}),
        UseCase(
            id="u1",
            name="Pay Order",
            documentation="Paying by card",
            specification=spec,
            journey=JourneyStep(
                stage="stage_purchase",
                pain_points=("Card form is slow",),
                kpis=(Kpi(name="Card conversion"),),
            ),
        ),
        UseCase(id="u2", name="Refund"),
        Association(
            id="r1", source="a1", target="u1", target_end=AssociationEnd(role="card payer")
        ),
        Extend(id="r2", source="u2", target="u1", condition="card declined"),
    )
    document.add_diagram(DiagramInfo(id="d1", name="Card payments"))
    return document


def where(matches) -> list[tuple[str, str, str]]:
    return [(m.owner, m.field, m.number) for m in matches]


def test_every_kind_of_text_is_searched():
    document = sample()
    found = search(document, SearchQuery("card").pattern())
    assert set(where(found)) == {
        ("u1", "documentation", ""),
        ("u1", "step", "1"),
        ("u1", "extension", "2a"),
        ("u1", "extension_step", "2a1"),
        ("u1", "pain_point", "1"),
        ("u1", "kpi", "1"),
        ("r1", "role", ""),
        ("r2", "condition", ""),
        ("d1", "name", ""),
    }
    assert search(document, SearchQuery("human").pattern())[0].field == "stereotype"
    assert {m.field for m in search(document, SearchQuery("owner").pattern())} == {"property_name"}
    assert search(document, SearchQuery("Sales").pattern())[0].detail == "Owner"
    assert search(document, SearchQuery("Purchase").pattern())[0].field == "stage"
    assert search(document, SearchQuery("empty").pattern())[0].field == "precondition"


def test_match_positions_case_and_whole_words():
    document = sample()
    (step,) = [m for m in search(document, SearchQuery("card").pattern()) if m.field == "step"]
    assert step.text[step.start : step.end] == "card"
    lower = search(document, SearchQuery("card", case_sensitive=True).pattern())
    assert lower and all(m.text[m.start : m.end] == "card" for m in lower)
    assert all(
        m.text[m.start : m.end] == "Card"
        for m in search(document, SearchQuery("Card", case_sensitive=True).pattern())
    )
    assert search(document, SearchQuery("Pay", whole_words=True).pattern()) != []
    whole = search(document, SearchQuery("pay", whole_words=True).pattern())
    assert {m.text for m in whole} == {"Pay Order", "Pay"}  # not "payer", not "pays"


def test_regular_expressions_and_invalid_ones():
    document = sample()
    found = search(document, SearchQuery(r"^Pay\b", regex=True).pattern())
    assert {m.owner for m in found} == {"u1"}
    with pytest.raises(SearchError) as error:
        SearchQuery("card(", regex=True).pattern()
    assert "missing )" in str(error.value)
    assert error.value.position == 4
    # The same text as plain text is fine.
    assert SearchQuery("card(").pattern() is not None
    assert search(document, SearchQuery("").pattern()) == []
    assert search(document, SearchQuery("x*", regex=True).pattern()) == []


def test_replace_all_is_written_back_in_every_field():
    document = sample()
    pattern = SearchQuery("card").pattern()
    plan = plan_replacements(document, search(document, pattern), pattern, "voucher")
    with document.transaction("Replace") as recorder:
        changed = apply_replacements(document, plan)
    assert changed == len(plan) == 9
    usecase = document.get("u1")
    assert usecase.documentation == "Paying by voucher"
    assert usecase.specification.main_scenario[0].text == "Customer enters voucher"
    assert usecase.specification.extensions[0].condition == "voucher refused"
    assert usecase.specification.extensions[0].steps[0].text == "Ask for another voucher"
    assert usecase.journey.kpis[0].name == "voucher conversion"
    assert document.get("r1").target_end.role == "voucher payer"
    assert document.get("r2").condition == "voucher declined"
    assert document.diagram_info("d1").name == "voucher payments"
    # One transaction; its inverse gives back every text.
    document.apply(recorder.result.inverse())
    assert document.get("u1").documentation == "Paying by card"
    assert document.diagram_info("d1").name == "Card payments"


def test_replace_with_groups_and_one_occurrence():
    document = sample()
    pattern = SearchQuery(r"(\w+) Order", regex=True).pattern()
    plan = plan_replacements(document, search(document, pattern), pattern, r"Order \1", True)
    apply_replacements(document, plan)
    assert document.get("u1").name == "Order Pay"
    document.update("u2", name="card card card")
    pattern = SearchQuery("card").pattern()
    second = [m for m in search(document, pattern) if m.owner == "u2"][1]
    apply_replacements(document, plan_replacements(document, [second], pattern, "X"))
    assert document.get("u2").name == "card X card"


def test_empty_names_and_clashing_property_names_are_refused():
    document = sample()
    document.update("a1", properties={"Owner": "Sales", "Team": "Ops"})
    pattern = SearchQuery("Refund|Team|Purchase", regex=True).pattern()
    matches = search(document, pattern)
    everything = plan_replacements(document, matches, pattern, "")
    plan = {p.field: p for p in everything if p.owner_kind != "stage"}
    assert plan["name"].refused == "the name would be empty"
    # "Purchase" is a stage's whole name as well: refused there too.
    (stage,) = [p for p in everything if p.owner == "stage_purchase"]
    assert stage.refused == "the name would be empty"
    assert plan["stage"].refused.startswith("a journey stage")
    pattern = SearchQuery("Team").pattern()
    (clash,) = plan_replacements(document, search(document, pattern), pattern, "Owner")
    assert clash.refused == "another property would have the same name"
    apply_replacements(document, [*plan.values(), clash])
    assert document.get("u2").name == "Refund"
    assert document.get("a1").properties == {"Owner": "Sales", "Team": "Ops"}
    pattern = SearchQuery("Owner").pattern()
    renamed = [m for m in search(document, pattern) if m.field == "property_name"]
    apply_replacements(document, plan_replacements(document, renamed, pattern, "Lead"))
    assert document.get("a1").properties == {"Lead": "Sales", "Team": "Ops"}


def test_the_journey_stages_are_searched_and_replaced():
    document = sample()
    stages = document.journey.stages
    document.set_journey(
        document.journey.model_copy(
            update={
                "stages": (
                    stages[0].model_copy(
                        update={"description": "Hears of the card", "pain_points": ("No card",)}
                    ),
                    *stages[1:],
                )
            }
        )
    )
    first, stages = stages[0].id, document.journey.stages
    pattern = SearchQuery("card").pattern()
    found = [(m.owner, m.owner_kind, m.field, m.number) for m in search(document, pattern)]
    assert (first, "stage", "description", "") in found
    assert (first, "stage", "pain_point", "1") in found
    pattern = SearchQuery("Awareness").pattern()
    (match,) = search(document, pattern)
    assert (match.owner, match.owner_kind, match.field) == (first, "stage", "name")
    # Written back into the journey, use cases in the stage stay in it.
    pattern = SearchQuery("card|Purchase", regex=True).pattern()
    plan = plan_replacements(document, search(document, pattern), pattern, "Buy")
    with document.transaction("Replace") as recorder:
        apply_replacements(document, plan)
    journey = document.journey
    assert journey.stages[0].description == "Hears of the Buy"
    assert journey.stages[0].pain_points == ("No Buy",)
    assert journey.stage("stage_purchase").name == "Buy"
    assert document.get("u1").journey.stage == "stage_purchase"
    document.apply(recorder.result.inverse())
    assert document.journey.stages == stages
    # A stage renamed to the name of another one is refused by the document.
    pattern = SearchQuery("Awareness").pattern()
    plan = plan_replacements(document, search(document, pattern), pattern, "Purchase")
    with pytest.raises(ModelError, match="two stages are named"):
        apply_replacements(document, plan)
    assert document.journey.stages == stages
