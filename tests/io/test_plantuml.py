"""PlantUML use case text in and out; what we write, the real plantuml renders, and
reading it back gives the same model."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from ucdesigner.cli import main
from ucdesigner.io.native import load, read_data, save
from ucdesigner.io.plantuml import PlantUMLError, parse_plantuml, to_plantuml
from ucdesigner.io.plantuml_files import document_from_plantuml
from ucdesigner.model import Actor, Association, Document, Extend, Include, UseCase

ROOT = Path(__file__).resolve().parents[2]
DOCUMENTS = sorted((ROOT / "resources" / "examples").glob("*.ucd")) + sorted(
    p for p in (ROOT / "resources" / "templates").glob("*.ucd") if p.name != "blank.ucd"
)

DOCS_EXAMPLE = """@startuml
left to right direction
skinparam packageStyle rectangle
' a comment
/' a block
   comment '/
title Shop
:First Actor:
:Another\\nactor: as Man2
actor Woman3 <<Human>>
actor :Last actor: as Man4
"Main Admin" as Admin
(First usecase)
(Another usecase) as (UC2)
usecase UC3
usecase (Last\\nusecase) as UC4
usecase UC5 as "You can use
several lines to define your usecase."
rectangle checkout {
  (checkout) .> (payment) : <<include>>
  (help) .> (checkout) : extends
  usecase "Apply voucher" as V
}
package Members {
  actor Member
}
Man2 --> (First usecase)
Woman3 -left-> UC2 : buys
Admin -[#red]-> UC3
:First Actor: -- (checkout)
Member -up-|> Woman3
(payment) <.. V : <<extend>>\\n[has a voucher]
note right of UC3 : a short note
note "Shared note" as N1
N1 .. UC2
note left of Admin
  two lines
  of text
end note
@enduml
"""


def test_the_documented_syntax_is_read() -> None:
    model = parse_plantuml(DOCS_EXAMPLE)
    assert model.problems == []
    assert model.title == "Shop"
    doc = document_from_plantuml(DOCS_EXAMPLE).document
    actors = sorted(n.name for n in doc.nodes() if n.kind == "actor")
    assert actors == [
        "Another\nactor",
        "First Actor",
        "Last actor",
        "Main Admin",
        "Member",
        "Woman3",
    ]
    cases = sorted(n.name for n in doc.nodes() if n.kind == "usecase")
    assert "Last\nusecase" in cases and "Another usecase" in cases and "UC3" in cases
    assert "You can use\nseveral lines to define your usecase." in cases
    woman = next(n for n in doc.nodes() if n.name == "Woman3")
    assert woman.stereotypes == ("Human",)
    checkout = next(n for n in doc.nodes() if n.kind == "subject")
    assert sorted(u.name for u in doc.members(checkout.id)) == [
        "Apply voucher",
        "checkout",
        "help",
        "payment",
    ]
    member = next(n for n in doc.nodes() if n.name == "Member")
    assert doc.get(member.package).name == "Members"

    def rel(kind: str, source: str, target: str) -> bool:
        return any(
            r.kind == kind and doc.get(r.source).name == source and doc.get(r.target).name == target
            for r in doc.relationships()
        )

    assert rel("include", "checkout", "payment")
    assert rel("extend", "help", "checkout")
    assert rel("association", "Woman3", "Another usecase")
    assert rel("association", "First Actor", "checkout")
    assert rel("generalization", "Member", "Woman3")
    extend = next(
        r
        for r in doc.relationships()
        if isinstance(r, Extend) and doc.get(r.target).name == "payment"
    )
    assert doc.get(extend.source).name == "Apply voucher" and extend.condition == "has a voucher"
    notes = sorted(n.body for n in doc.nodes() if n.kind == "comment")
    assert notes == ["Shared note", "a short note", "two lines\n  of text"]
    assert len(doc.diagrams()) == 1 and len(doc.shapes(doc.diagrams()[0].id)) == len(doc.nodes())


def test_lines_that_are_not_understood_are_reported_by_number() -> None:
    model = parse_plantuml(
        "@startuml\nactor A\nA --> (Buy)\nthis is not plantuml\n!include x.puml\nB\n@enduml\n"
    )
    assert model.problems == [
        'Line 4: not understood as a use case diagram line: "this is not plantuml".',
        "Line 5: !include x.puml (preprocessor) is not supported.",
        'Line 6: "B" alone is not a use case diagram line (write actor, usecase, (…) or :…:).',
    ]


def test_a_line_the_rules_refuse_is_reported() -> None:
    result = document_from_plantuml("@startuml\n(Buy) --> (Pay)\n@enduml\n")
    assert len(result.problems) == 1 and result.problems[0].startswith("Line 2: ")


def test_empty_text_is_refused() -> None:
    with pytest.raises(PlantUMLError, match="empty"):
        parse_plantuml("  \n")
    with pytest.raises(PlantUMLError, match="holds no actor"):
        document_from_plantuml("@startuml\n@enduml\n", "x.puml")


def signature(doc: Document) -> tuple:
    """What PlantUML carries: names and kinds, stereotypes, journey steps by stage name,
    memberships, relationships by names and conditions, comments."""
    name = {n.id: (n.kind, n.name if n.kind != "comment" else n.body) for n in doc.nodes()}
    nodes = sorted(
        (
            n.kind,
            n.name if n.kind != "comment" else n.body,
            n.stereotypes,
            tuple(sorted(doc.get(s).name for s in n.subjects)) if isinstance(n, UseCase) else (),
            (
                doc.journey.stage(n.journey.stage).name if n.journey.stage else None,
                n.journey.touchpoints,
                n.journey.pain_points,
                n.journey.emotion,
                n.journey.kpis,
            )
            if isinstance(n, UseCase)
            else None,
        )
        for n in doc.nodes()
    )
    rels = sorted(
        (r.kind, name[r.source], name[r.target], getattr(r, "condition", ""))
        for r in doc.relationships()
    )
    return nodes, rels, doc.journey.touchpoints, [s.name for s in doc.journey.stages]


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_what_we_write_reads_back_as_the_same_model(path: Path) -> None:
    original = load(path)
    again = document_from_plantuml(to_plantuml(original)).document
    assert signature(again) == signature(original)
    assert again.journey.stages == original.journey.stages  # ids too: the comment keeps them


def test_one_diagram_can_be_written() -> None:
    doc = Document("Shop")
    doc.add(Actor(id="a", name="Buyer"), UseCase(id="u", name="Buy"), UseCase(id="v", name="Pay"))
    doc.add(Association(id="r", source="a", target="u"), Include(id="i", source="u", target="v"))
    from ucdesigner.model import DiagramInfo, Edge, Shape

    doc.add_diagram(DiagramInfo(id="d", name="Just buying"))
    doc.add_shapes(
        "d",
        [
            Shape(element="a", x=0, y=0, width=48, height=84),
            Shape(element="u", x=100, y=0, width=140, height=60),
        ],
    )
    doc.add_edges("d", [Edge(element="r")])
    text = to_plantuml(doc, "d")
    assert "title Just buying" in text
    assert 'usecase "Buy" as u' in text and "Pay" not in text
    assert "a -- u" in text


PLANTUML = shutil.which("plantuml")


@pytest.mark.skipif(PLANTUML is None, reason="plantuml is not installed")
@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_the_real_plantuml_renders_what_we_write(path: Path, tmp_path: Path) -> None:
    source = tmp_path / (path.stem + ".puml")
    source.write_text(to_plantuml(load(path)), encoding="utf-8")
    run = subprocess.run(
        [PLANTUML, "-tsvg", "-failfast2", "-nometadata", str(source)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    svg = source.with_suffix(".svg")
    assert run.returncode == 0, run.stdout + run.stderr
    text = svg.read_text(encoding="utf-8")
    assert "Syntax Error" not in text
    document = load(path)
    for node in document.nodes():
        if node.kind in ("actor", "usecase") and "\n" not in node.name:
            assert node.name.replace("&", "&amp;") in text, node.name


def test_convert_both_ways_by_extension(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = ROOT / "resources" / "templates" / "full-customer-journey.ucd"
    puml = tmp_path / "journey.puml"
    assert main(["convert", str(source), str(puml)]) == 0
    assert puml.read_text().startswith("@startuml")
    back = tmp_path / "back.ucd"
    assert main(["convert", str(puml), str(back)]) == 0
    out = capsys.readouterr().out
    assert "3 actors, 12 use cases, 14 relationships" in out
    data = read_data(back)
    assert data.diagrams[0].lanes is not None


def test_convert_reports_lines_it_could_not_use(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    puml = tmp_path / "bad.puml"
    puml.write_text("@startuml\nactor A\nA -- (Buy)\nwhat is this\n@enduml\n")
    assert main(["convert", str(puml), str(tmp_path / "bad.ucd")]) == 0
    captured = capsys.readouterr()
    assert "1 line not imported" in captured.out
    assert "warning: " in captured.err and "Line 4" in captured.err


def test_convert_without_graphviz_says_so_and_counts_no_line_as_left_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("UCDESIGNER_GRAPHVIZ_DIR", str(tmp_path / "no-graphviz-here"))
    puml = tmp_path / "shop.puml"
    puml.write_text(
        "@startuml\nactor Customer\nCustomer -- (Buy)\n(Buy) .> (Pay) : include\n@enduml\n"
    )
    assert main(["convert", str(puml), str(tmp_path / "shop.ucd")]) == 0
    captured = capsys.readouterr()
    assert "not imported" not in captured.out
    assert "1 actors, 2 use cases, 2 relationships" in captured.out
    assert "Graphviz was not found" in captured.err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.puml", "x.ucd"], "missing.puml: no such file"),
        (["x.ucd", "y.puml", "--dialect", "omg"], "--dialect and --report apply to XMI"),
    ],
)
def test_convert_errors_are_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    save(Document(), tmp_path / "x.ucd")
    paths = [str(tmp_path / a) if not a.startswith("-") and a != "omg" else a for a in args]
    assert main(["convert", *paths]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_the_file_dialog_offers_every_plantuml_suffix() -> None:
    from ucdesigner.app.text_actions import FILTER
    from ucdesigner.io.plantuml import SUFFIXES

    assert all(f"*{suffix}" in FILTER for suffix in SUFFIXES)


@pytest.mark.parametrize(
    ("line", "heads"),
    [
        ("UC --> A", (True, False)),
        ("A --> UC", (False, True)),
        ("A <-- UC", (True, False)),
        ("A <--> UC", (True, True)),
        ("A -- UC", (False, False)),
    ],
)
def test_the_arrowhead_marks_the_end_it_points_at_and_survives_the_round_trip(
    line: str, heads: tuple[bool, bool]
) -> None:
    """An association is stored actor -> use case; the navigable end is the one the
    arrow points at, however the line was written (UC --> A points at the actor)."""
    text = f'@startuml\nactor A\nusecase "U" as UC\n{line}\n@enduml\n'
    (rel,) = document_from_plantuml(text).document.relationships()
    assert (rel.source_end.navigable, rel.target_end.navigable) == heads
    again = document_from_plantuml(to_plantuml(document_from_plantuml(text).document))
    (back,) = again.document.relationships()
    assert (back.source_end.navigable, back.target_end.navigable) == heads


# Unnamed in the text's terms (no alias that could be an id): every id is made up.
UNNAMED = """@startuml
title Clinic
actor "Front desk clerk"
actor Patient
rectangle "Front desk" {
  usecase "Book appointment"
  usecase "Check in"
}
Patient --> (Book appointment)
"Front desk clerk" --> (Check in)
(Check in) ..> (Book appointment) : <<include>>
note right of (Check in) : Only with an appointment
@enduml
"""


def test_importing_the_same_text_twice_gives_the_same_document() -> None:
    """Made-up ids come from the text, not at random: a model kept in git does not
    change when the same file is imported again."""
    from ucdesigner.io.native import dumps
    from ucdesigner.model.ids import ID_PATTERN

    first = document_from_plantuml(UNNAMED).document
    second = document_from_plantuml(UNNAMED).document
    assert dumps(first) == dumps(second)
    ids = [n.id for n in first.nodes()] + [r.id for r in first.relationships()]
    # 2 actors, a boundary, 2 use cases, a note; 3 lines and the note's link
    assert len(set(ids)) == len(ids) == 10
    assert all(re.match(ID_PATTERN, key) for key in ids)
    # The same form as before: the kind's prefix and ten hex digits.
    case = next(n for n in first.nodes() if n.name == "Check in")
    assert case.id.startswith("uc_") and len(case.id) == 13


def test_a_made_up_id_already_in_use_is_never_given_again() -> None:
    """Pasted into a document that has the element under another name, the id made from
    the text is taken: the next one is given, the same each time."""
    from ucdesigner.io.plantuml import parse_plantuml
    from ucdesigner.io.text_model import add_to_document

    def pasted_again() -> tuple[Document, str]:
        document = document_from_plantuml(UNNAMED).document
        old = next(n for n in document.nodes() if n.name == "Check in")
        document.update(old.id, name="Check in at the desk")
        added = add_to_document(document, parse_plantuml(UNNAMED), document.diagrams()[0].id)
        assert added.problems == []
        return document, old.id

    document, old_id = pasted_again()
    ids = [n.id for n in document.nodes()] + [r.id for r in document.relationships()]
    assert len(set(ids)) == len(ids)
    new = next(n for n in document.nodes() if n.name == "Check in")
    assert new.id != old_id and new.id.startswith("uc_")
    other, _ = pasted_again()
    assert next(n for n in other.nodes() if n.name == "Check in").id == new.id
