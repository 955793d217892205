"""A specification as plain text (what other tools show), and read back from it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ucdesigner.model import ScenarioExtension, Specification, Stakeholder, Step
from ucdesigner.model.spec_text import (
    is_specification_text,
    parse_specification_text,
    specification_text,
)

ACTORS = {"a": "Customer", "b": "Payment Provider"}
POINTS = {"ep": "Item damaged"}


def write(spec: Specification, primary=None) -> str:
    return specification_text(
        "Request Return", spec, ACTORS.__getitem__, POINTS.__getitem__, primary
    )


def read(text: str) -> Specification:
    by_name = {v: k for k, v in ACTORS.items()}
    points = {v: k for k, v in POINTS.items()}
    return parse_specification_text(text, "uc", by_name.get, points.get)


SPEC = Specification(
    goal="Get the money back\nfor an item that does not suit.",
    level="user goal",
    primary_actors=("a",),
    supporting_actors=("b",),
    stakeholders=(Stakeholder(name="Customer", interest="a quick refund"),),
    preconditions=("The customer is signed in.",),
    trigger="The customer opens the order.",
    main_scenario=(
        Step(id="uc_s1", text="The customer chooses the items."),
        Step(id="uc_s2", text="The shop checks the return window.", indent=1),
        Step(id="uc_s3", text="The shop refunds the payment."),
    ),
    extensions=(
        ScenarioExtension(
            id="uc_x4",
            step="uc_s2",
            condition="The item is damaged",
            extension_point="ep",
            steps=(Step(id="uc_s5", text="The customer adds a photo."),),
        ),
        ScenarioExtension(id="uc_x6", condition="The customer cancels"),
    ),
    postconditions=("The refund is under way.",),
    business_rules=("Returns within 30 days.",),
    open_issues=("Who pays the postage?",),
)


def test_the_text_reads_like_a_written_specification() -> None:
    text = write(SPEC)
    assert text.splitlines()[:3] == [
        "Use case specification: Request Return",
        "Goal: Get the money back",
        "      for an item that does not suit.",
    ]
    assert "Primary actors: Customer" in text
    assert "Main success scenario:\n1. The customer chooses the items.\n   2. The shop" in text
    assert '2a. The item is damaged (at extension point "Item damaged"):' in text
    assert "   2a1. The customer adds a photo." in text
    assert "*a. The customer cancels:" in text
    assert is_specification_text(text) and not is_specification_text("Goal: x")


def test_read_back_gives_the_same_specification() -> None:
    assert read(write(SPEC)) == SPEC


def test_derived_primary_actors_are_printed() -> None:
    spec = SPEC.model_copy(update={"primary_actors": ()})
    assert "Primary actors: Payment Provider" in write(spec, primary=["b"])


line = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Zl", "Zp")), max_size=30
).map(str.strip)


@st.composite
def specs(draw) -> Specification:
    counter = iter(range(1, 100))
    main = tuple(
        Step(id=f"uc_s{next(counter)}", text=draw(line), indent=draw(st.integers(0, 3)))
        for _ in range(draw(st.integers(0, 4)))
    )
    extensions = []
    for _ in range(draw(st.integers(0, 3))):
        ext_id = f"uc_x{next(counter)}"
        steps = tuple(
            Step(id=f"uc_s{next(counter)}", text=draw(line), indent=draw(st.integers(0, 2)))
            for _ in range(draw(st.integers(0, 2)))
        )
        extensions.append(
            ScenarioExtension(
                id=ext_id,
                step=draw(st.sampled_from([None, *(s.id for s in main)])),
                condition=draw(line),
                steps=steps,
                extension_point=draw(st.sampled_from([None, "ep"])),
            )
        )
    # Steps are numbered in the order of the main scenario: extensions come back in
    # that order too.
    order = {s.id: i for i, s in enumerate(main)}
    extensions.sort(key=lambda e: order.get(e.step, len(main)))
    return Specification(
        goal=draw(line),
        main_scenario=main,
        extensions=tuple(extensions),
        preconditions=tuple(v for v in draw(st.lists(line, max_size=2)) if v),
        trigger=draw(line),
    )


def _renumbered(spec: Specification) -> Specification:
    """Ids as the reader makes them up (in reading order)."""
    counter = iter(range(1, 1000))
    ids: dict[str, str] = {}
    main = tuple(
        s.model_copy(update={"id": ids.setdefault(s.id, f"uc_s{next(counter)}")})
        for s in spec.main_scenario
    )
    extensions = []
    for ext in spec.extensions:
        new_id = f"uc_x{next(counter)}"
        steps = tuple(s.model_copy(update={"id": f"uc_s{next(counter)}"}) for s in ext.steps)
        extensions.append(
            ext.model_copy(
                update={
                    "id": new_id,
                    "steps": steps,
                    "step": ids.get(ext.step) if ext.step else None,
                }
            )
        )
    return spec.model_copy(update={"main_scenario": main, "extensions": tuple(extensions)})


@settings(max_examples=150, deadline=None)
@given(spec=specs())
def test_any_single_line_specification_survives_the_text(spec: Specification) -> None:
    assert read(write(spec)) == _renumbered(spec)
