"""Quick fixes say everything they change and offer the likely choice (issue 18)."""

from __future__ import annotations

from ucdesigner.model import (
    Actor,
    Association,
    DiagramInfo,
    Document,
    ExtensionPoint,
    Include,
    Shape,
    UseCase,
)
from ucdesigner.model.checks import model_problems
from ucdesigner.model.specification import ScenarioExtension, Specification


def test_add_association_offers_the_actors_of_related_use_cases_not_the_nearest() -> None:
    d = Document("Shop")
    d.add(
        Actor(id="customer", name="Customer"),
        Actor(id="auditor", name="Auditor"),
        UseCase(id="order", name="Place Order"),
        UseCase(id="checkout", name="Check Out"),
        Association(id="a1", source="customer", target="order"),
        Include(id="i1", source="checkout", target="order"),
    )
    d.add_diagram(DiagramInfo(id="d", name="Main"))
    d.add_shapes(
        "d",
        [
            Shape(element="auditor", x=0, y=0, width=48, height=84),
            Shape(element="checkout", x=80, y=0, width=140, height=60),
            Shape(element="customer", x=900, y=600, width=48, height=84),
            Shape(element="order", x=700, y=600, width=140, height=60),
        ],
    )
    (problem,) = [
        p
        for p in model_problems(d.to_data())
        if p.code == "usecase-without-actor" and p.element_id == "checkout"
    ]
    assert [fix.label for fix in problem.fixes] == ["Add association to “Customer”"]


def test_removing_an_extension_point_says_it_unlinks_the_scenario_extension() -> None:
    d = Document("Shop")
    spec = Specification(
        extensions=(ScenarioExtension(id="x1", condition="Card refused", extension_point="ep"),)
    )
    d.add(
        UseCase(
            id="pay",
            name="Pay",
            extension_points=(ExtensionPoint(id="ep", name="Payment"),),
            specification=spec,
        )
    )
    (problem,) = [p for p in model_problems(d.to_data()) if p.code == "unused-extension-point"]
    (fix,) = problem.fixes
    assert fix.label == (
        "Remove extension point “Payment” (unlinks the scenario extension “Card refused”)"
    )
