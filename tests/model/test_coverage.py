"""Journey coverage: stages x actors, gaps, KPI tallies, and its CSV."""

from __future__ import annotations

import csv

from ucdesigner.io.coverage_csv import coverage_csv
from ucdesigner.model import (
    Actor,
    Association,
    Document,
    Extend,
    Include,
    Specification,
    UseCase,
)
from ucdesigner.model.coverage import NO_STAGE, coverage
from ucdesigner.model.journey import JourneyStep, Kpi


def journey_document() -> Document:
    doc = Document()
    stages = list(doc.journey.stages)
    stages[4] = stages[4].model_copy(update={"pain_points": ("Nobody asks for reviews",)})
    doc.set_journey(doc.journey.model_copy(update={"stages": tuple(stages)}))
    doc.add(
        Actor(id="c", name="Customer"),
        Actor(id="g", name="Agent"),
        UseCase(
            id="buy",
            name="Buy",
            journey=JourneyStep(
                stage="stage_purchase",
                pain_points=("Slow checkout",),
                kpis=(
                    Kpi(name="Conversion", perspective="financial", target=3, current=3.5),
                    Kpi(name="Cart value", perspective="financial", target=60, current=40),
                    Kpi(name="NPS", perspective="customer", target=40),
                ),
            ),
        ),
        UseCase(id="pay", name="Pay", journey=JourneyStep(stage="stage_purchase")),
        UseCase(id="coupon", name="Use coupon", journey=JourneyStep(stage="stage_purchase")),
        UseCase(
            id="help",
            name="Get help",
            journey=JourneyStep(stage="stage_support"),
            specification=Specification(primary_actors=("g",)),
        ),
        UseCase(id="idea", name="Idea"),
        Association(id="r1", source="c", target="buy"),
        Include(id="i", source="buy", target="pay"),
        Extend(id="x", source="coupon", target="buy"),
    )
    return doc


def test_cells_hold_the_use_cases_of_each_stage_and_actor() -> None:
    cov = coverage(journey_document())
    assert [a.name if a else None for a in cov.actors] == ["Agent", "Customer", None]
    customer, agent = cov.actors[1], cov.actors[0]
    assert set(cov.cell("stage_purchase", customer)) == {
        "buy",
        "pay",
        "coupon",
    }  # included, extending
    assert cov.cell("stage_support", agent) == ("help",)  # named by its specification
    assert cov.cell(NO_STAGE, None) == ("idea",)
    assert [r.stage.name if r.stage else None for r in cov.rows][-1] is None


def test_gaps_are_empty_cells_and_stages_with_pain_points_but_no_use_case() -> None:
    cov = coverage(journey_document())
    assert ("stage_awareness", "c") in cov.empty_cells()
    assert ("stage_purchase", "c") not in cov.empty_cells()
    unsupported = [r.stage.name for r in cov.rows if r.unsupported]
    assert unsupported == ["Advocacy"]
    purchase = next(r for r in cov.rows if r.key == "stage_purchase")
    assert purchase.pain_points == 1 and not purchase.unsupported


def test_kpis_are_tallied_per_stage_and_perspective() -> None:
    cov = coverage(journey_document())
    financial = cov.kpis[("stage_purchase", "financial")]
    assert (financial.met, financial.missed, financial.unknown) == (1, 1, 0)
    assert cov.kpis[("stage_purchase", "customer")].unknown == 1
    assert cov.kpis[("stage_awareness", "financial")].total == 0


def test_the_csv_has_the_table_then_the_kpis() -> None:
    rows = list(csv.reader(coverage_csv(coverage(journey_document())).splitlines()))
    assert rows[0] == ["Stage", "Agent", "Customer", "(no actor)", "Pain points", "Status"]
    purchase = next(r for r in rows if r and r[0] == "Purchase")
    assert purchase[1] == "" and set(purchase[2].split("; ")) == {"Buy", "Pay", "Use coupon"}
    assert purchase[-1] == "1 empty cell"
    advocacy = next(r for r in rows if r and r[0] == "Advocacy")
    assert advocacy[-1] == "pain points but no use case; 2 empty cells"
    assert ["(no stage)", "", "", "Idea", "0", "covered"] in rows
    assert [] in rows
    kpis = rows[rows.index([]) + 1 :]
    assert kpis[0][:4] == ["Stage", "Perspective", "Use case", "KPI"]
    assert [
        "Purchase",
        "Financial",
        "Buy",
        "Cart value",
        "60",
        "40",
        "",
        "higher",
        "missed",
    ] in kpis
