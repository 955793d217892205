"""A table pasted from a spreadsheet becomes elements, laid out, in their lanes."""

from __future__ import annotations

import pytest

from ucdesigner.io.table_import import TableError, column_for, parse_table, split_rows
from ucdesigner.io.text_model import add_to_document
from ucdesigner.model import Actor, DiagramInfo, Document, Shape, UseCase
from ucdesigner.model.lanes import stage_at

TSV = (
    "Actor\tUse Case\tRelationship\tTarget\tStage\tTouchpoints\tEmotion\tPain points\n"
    "Customer\tCompare products\t\t\tConsideration / Intent\tweb, app\t+1\t\n"
    "Customer\tPlace order\tinclude\tPay for order\tPurchase\tweb\t0\tToo many fields\n"
    "Payment Provider\tPay for order\t\t\tPurchase\t\t\t\n"
    "Customer\tApply voucher\textend\tPlace order\tPurchase\t\t1\t\n"
    "Customer\tReturn item\t\t\tPost-purchase support\tstore; kiosk\t-1\tQueue; Label\n"
)


def document() -> Document:
    doc = Document()
    doc.add_diagram(DiagramInfo(id="d", name="Journey"))
    return doc


def names(doc: Document, kind: str) -> list[str]:
    return sorted(n.name for n in doc.nodes() if n.kind == kind)


@pytest.mark.parametrize(
    ("header", "column"),
    [
        ("Use Case", "usecase"),
        ("  USE_CASE ", "usecase"),
        ("use-case", "usecase"),
        ("Journey stage", "stage"),
        ("Channels", "touchpoints"),
        ("Pain Points", "pain_points"),
        ("System boundary", "system"),
        ("Colour", None),
    ],
)
def test_headers_are_recognised_whatever_their_case(header: str, column: str | None) -> None:
    assert column_for(header) == column


@pytest.mark.parametrize(
    "text",
    [
        "actor\tuse case\nA\tB\n",
        "actor,use case\nA,B\n",
        "actor;use case\nA;B\n",
        '"actor","use case"\r\n"A","B"\r\n',
    ],
)
def test_tabs_commas_and_semicolons(text: str) -> None:
    assert split_rows(text)[1] == ["A", "B"]


def test_a_table_becomes_elements_relationships_and_journey_steps() -> None:
    doc = document()
    added = add_to_document(doc, parse_table(TSV), "d")
    assert added.problems == []
    assert names(doc, "actor") == ["Customer", "Payment Provider"]
    assert names(doc, "usecase") == [
        "Apply voucher",
        "Compare products",
        "Pay for order",
        "Place order",
        "Return item",
    ]
    by_name = {n.name: n for n in doc.nodes()}
    kinds = sorted(
        (r.kind, by_name_of(doc, r.source), by_name_of(doc, r.target)) for r in doc.relationships()
    )
    assert ("include", "Place order", "Pay for order") in kinds
    assert ("extend", "Apply voucher", "Place order") in kinds
    assert ("association", "Payment Provider", "Pay for order") in kinds
    assert sum(k[0] == "association" for k in kinds) == 5
    returned = by_name["Return item"].journey
    assert doc.journey.stage(returned.stage).name == "Post-purchase support"
    assert returned.touchpoints == ("store", "kiosk") and "kiosk" in doc.journey.touchpoints
    assert returned.emotion == -1 and returned.pain_points == ("Queue", "Label")
    assert by_name["Compare products"].journey.emotion == 1


def by_name_of(doc: Document, element_id: str) -> str:
    return doc.get(element_id).name


def test_the_layout_puts_every_use_case_in_its_lane_and_turns_lanes_on() -> None:
    doc = document()
    add_to_document(doc, parse_table(TSV), "d")
    lanes = doc.diagram_info("d").lanes
    assert lanes is not None
    shapes = doc.shapes("d")
    assert len(shapes) == 7
    assert len(doc.edges("d")) == 7
    for shape in shapes:
        element = doc.get(shape.element)
        if isinstance(element, UseCase):
            assert stage_at(doc.journey, lanes, shape) == element.journey.stage


def test_rows_that_cannot_be_used_are_named_with_the_reason() -> None:
    text = (
        "Actor,Use case,Relationship,Target,Emotion,Colour\n"
        "Customer,Buy,,,,red\n"
        ",,,,,\n"
        ",,include,Pay,,\n"
        "Customer,Buy,contains,Pay,,\n"
        "Customer,Rate,,,great,\n"
        "Customer,Buy,include,,,\n"
        "Customer,Buy,,Pay,,\n"
    )
    model = parse_table(text)
    assert model.problems == [
        "Row 1: column 'Colour' not recognised and left out.",
        "Row 4: it names no actor and no use case.",
        'Row 5: the relationship "contains" is not one of include, extend, generalization, association or dependency.',
        'Row 6: the emotion "great" is not a number from −2 to +2; left out (the rest of '
        "the row is used).",
        "Row 7: the include has no target: name the other element in the target column.",
        "Row 8: it has a target but no relationship (include, extend, ...).",
    ]


def test_a_bad_cell_drops_only_that_cell_and_keeps_the_row_and_its_stage() -> None:
    doc = document()
    model = parse_table("Actor,Use case,Stage,Emotion\nCustomer,Return Item,Returns,awful\n")
    assert model.problems == [
        'Row 2: the emotion "awful" is not a number from −2 to +2; left out (the rest of '
        "the row is used)."
    ]
    add_to_document(doc, model, "d")
    (returned,) = [e for e in doc.of_kind("usecase") if e.name == "Return Item"]
    assert returned.journey.emotion is None
    stage = next(s for s in doc.journey.stages if s.id == returned.journey.stage)
    assert stage.name == "Returns"
    assert "Customer" in names(doc, "actor")


def test_a_refused_relationship_is_reported_and_the_rest_added() -> None:
    doc = document()
    model = parse_table("Actor,Relationship,Target\nCustomer,include,Pay\n")
    added = add_to_document(doc, model, "d")
    assert names(doc, "actor") == ["Customer"]
    assert len(added.problems) == 1 and added.problems[0].startswith("Row 2: ")
    assert "include" in added.problems[0]


def test_no_header_is_a_clear_error() -> None:
    with pytest.raises(
        TableError, match=r'first row must name the columns.*found "Customer", "Buy"'
    ):
        parse_table("Customer\tBuy\nAgent\tHelp\n")
    with pytest.raises(TableError, match="no table"):
        parse_table("\n\n")


def test_existing_elements_are_reused_and_new_ones_go_below_what_is_shown() -> None:
    doc = document()
    doc.add(Actor(id="c", name="customer"), UseCase(id="u", name="Browse"))
    doc.add_shapes(
        "d",
        [
            Shape(element="c", x=0, y=0, width=48, height=84),
            Shape(element="u", x=200, y=0, width=140, height=60),
        ],
    )
    added = add_to_document(
        doc, parse_table("Actor,Use case\nCustomer,Browse\nCustomer,Buy\n"), "d"
    )
    assert added.reused == 2 and added.created == 1
    assert names(doc, "actor") == ["customer"]
    buy = next(n for n in doc.nodes() if n.name == "Buy")
    assert doc.shape("d", buy.id).y >= 84 + 60
    assert len(doc.relationships()) == 2  # customer-Browse and customer-Buy, once each


def test_use_cases_of_a_system_column_join_its_boundary() -> None:
    doc = document()
    add_to_document(doc, parse_table("Use case,System\nBuy,Shop\nPay,Shop\nRate,\n"), "d")
    shop = next(n for n in doc.nodes() if n.kind == "subject")
    members = sorted(u.name for u in doc.members(shop.id))
    assert members == ["Buy", "Pay"]
    frame = doc.shape("d", shop.id)
    for member in doc.members(shop.id):
        assert frame.contains_rect(doc.shape("d", member.id))
