"""Issue 15, points 5, 6, 7 and 11: PlantUML written from names can never add a line
or end the diagram, the round trip keeps every character and what PlantUML cannot say
(in ``' ucdesigner`` comments), and the reader is linear in the length of a line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ucdesigner.cli import main
from ucdesigner.io import plantuml, table_import
from ucdesigner.io.native import load
from ucdesigner.io.plantuml import parse_plantuml, to_plantuml
from ucdesigner.io.plantuml_files import document_from_plantuml
from ucdesigner.model import (
    Actor,
    Association,
    AssociationEnd,
    Comment,
    DiagramInfo,
    Document,
    Extend,
    Package,
    Shape,
    Subject,
    UseCase,
)
from ucdesigner.model.specification import Specification

ROOT = Path(__file__).resolve().parents[2]
INJECTED = "x>>\n!include /etc/passwd\n@enduml\nactor Evil"


def hostile_document() -> Document:
    doc = Document("Title\r\n@enduml\r!include /etc/shadow")
    doc.add(
        Actor(id="a", name='Say "hi" \\ C:\\new folder', stereotypes=(INJECTED, "a,b")),
        Subject(id="s", name="Shop\n@enduml"),
        UseCase(id="u", name="Pay <<include>> (now)", subjects=("s",)),
        UseCase(id="v", name="&#34; stays as typed & more", subjects=("s",)),
        Comment(id="c", body='note "quoted"\n@enduml\nend note'),
        Association(id="r", source="a", target="u", name="include this\n@enduml"),
        Extend(id="x", source="v", target="u", condition="[a] {b} \\n\n@enduml"),
    )
    return doc


def test_no_text_starts_a_line_or_ends_the_diagram() -> None:
    text = to_plantuml(hostile_document())
    lines = text.splitlines()
    assert lines[0] == "@startuml" and lines[-1] == "@enduml"
    assert sum(line.strip().startswith("@") for line in lines) == 2
    assert not any(line.lstrip().startswith(("!", "end note", "actor Evil")) for line in lines)
    assert "\r" not in text


def test_the_round_trip_keeps_quotes_backslashes_and_line_breaks() -> None:
    original = hostile_document()
    model = parse_plantuml(to_plantuml(original))
    assert model.problems == []
    assert model.title == original.name.replace("\r\n", "\n").replace("\r", "\n")
    again = document_from_plantuml(to_plantuml(original)).document
    names = {n.kind + ":" + (n.name if n.kind != "comment" else n.body) for n in again.nodes()}
    for node in original.nodes():
        text = node.name if node.kind != "comment" else node.body
        assert f"{node.kind}:{text}" in names
    actor = next(n for n in again.nodes() if n.kind == "actor")
    assert actor.stereotypes == (INJECTED, "a,b")
    (extend,) = [r for r in again.relationships() if r.kind == "extend"]
    assert extend.condition == "[a] {b} \\n\n@enduml"
    (association,) = [r for r in again.relationships() if r.kind == "association"]
    assert association.name == "include this\n@enduml"


def test_control_characters_in_an_import_are_replaced_and_said() -> None:
    text = '@startuml\nactor "Bell\x07 and \x1b]0;title\x07" as A\n(Use\x00case)\n@enduml\n'
    result = document_from_plantuml(text)
    names = sorted(n.name for n in result.document.nodes())
    assert names == ["Bell\ufffd and \ufffd]0;title\ufffd", "Use\ufffdcase"]
    assert any("Line 2: control characters were replaced" in p for p in result.problems)


def test_the_line_grammar_has_no_backtracking_regular_expressions() -> None:
    """Adjacent unbounded white space (``\\s*\\s*``, also across an optional group)
    or a split pattern that starts with ``\\s*`` costs time in a power of the line's
    length; none of the readers' patterns may have either."""
    patterns = [
        value
        for module in (plantuml, table_import)
        for value in vars(module).values()
        if isinstance(value, re.Pattern)
    ]
    assert patterns
    for pattern in patterns:
        source = re.sub(r"\(\?(?::|P<\w+>)|[()?]", "", pattern.pattern)
        assert not re.search(r"\\s[*+]\\s[*+]", source), pattern.pattern
        assert not pattern.pattern.startswith(("\\s*", "\\s+")), pattern.pattern


@pytest.mark.parametrize(
    "line",
    [
        "a" + " " * 60_000 + "b",
        "actor a" + " " * 60_000 + "x",
        "a " + "-" * 60_000 + " b c",
        "a -" + "u-" * 30_000,
        "actor a " + "<<" * 30_000,
        '"' + " " * 60_000,
    ],
    ids=["spaces", "declaration", "dashes", "directions", "stereotypes", "open quote"],
)
def test_a_60_kb_line_is_read(line) -> None:
    model = parse_plantuml(f"@startuml\n{line}\n@enduml\n")
    assert len(model.problems) <= 1


def test_long_pasted_cells_are_split_without_backtracking() -> None:
    spaces = " " * 60_000
    model = table_import.parse_table(f"Actor,Use case,Touchpoints\nA,B,{spaces}x{spaces};y")
    (case,) = [n for n in model.nodes.values() if n.kind == "usecase"]
    assert case.touchpoints == ["x", "y"]


def test_too_long_or_too_large_is_one_line_and_exit_2(tmp_path, capsys) -> None:
    long_name = tmp_path / "long.puml"
    long_name.write_text('@startuml\nactor "' + "x" * 20_000 + '" as A\n@enduml\n')
    assert main(["convert", str(long_name), str(tmp_path / "long.ucd")]) == 0
    assert len(load(tmp_path / "long.ucd").get("A").name) == 10_000
    assert "cut to the first 10,000" in capsys.readouterr().err
    tall = tmp_path / "tall.puml"
    tall.write_text('@startuml\nnote "' + "\\n".join(["line"] * 100_000) + '" as N\n@enduml\n')
    assert main(["convert", str(tall), str(tmp_path / "tall.ucd")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("ucdesigner: error: ")
    assert "does not fit" in err and not (tmp_path / "tall.ucd").exists()


def documented() -> Document:
    doc = Document("Shop")
    doc.add(
        Package(id="p", name="Sales"),
        Subject(id="s", name="Shop", package="p"),
        Actor(id="a", name="Buyer", documentation="Anyone with an account"),
        Actor(id="b", name="Bank"),
        UseCase(
            id="u",
            name="Pay",
            subjects=("s",),
            package="p",
            documentation="Pays for the basket",
            specification=Specification(goal="Paid", primary_actors=("a",)),
        ),
        Association(
            id="r",
            source="a",
            target="u",
            source_end=AssociationEnd(multiplicity="1"),
            target_end=AssociationEnd(multiplicity="0..*", navigable=True),
        ),
    )
    doc.add_diagram(DiagramInfo(id="d", name="Shop"))
    doc.add_shapes("d", [Shape(element="a", x=0, y=0, width=60, height=100)])
    return doc


def test_the_round_trip_keeps_documentation_specifications_ends_and_packages() -> None:
    again = document_from_plantuml(to_plantuml(documented())).document
    assert again.get("a").documentation == "Anyone with an account"
    pay = again.get("u")
    assert pay.documentation == "Pays for the basket"
    assert pay.specification.goal == "Paid" and pay.specification.primary_actors == ("a",)
    assert pay.package == "p" and pay.subjects == ("s",)
    (association,) = [r for r in again.relationships() if r.kind == "association"]
    assert association.source_end.multiplicity == "1"
    assert association.target_end.multiplicity == "0..*" and association.target_end.navigable


def test_the_blank_template_exported_imports_again() -> None:
    blank = load(ROOT / "resources" / "templates" / "blank.ucd")
    again = document_from_plantuml(to_plantuml(blank)).document
    assert again.name == blank.name
    assert [n for n in again.nodes()] == []


def test_pasting_a_diagram_too_large_for_the_canvas_is_refused_in_words(
    make_window, tmp_path
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ucdesigner.app.text_actions import paste_text

    from ..gui.conftest import answer_dialog

    window = make_window(documented(), None)
    before = window.document.to_data()
    said: list[str] = []
    answer_dialog(QMessageBox.StandardButton.Ok, said)
    tall = '@startuml\nnote "' + "\\n".join(["line"] * 100_000) + '" as N\n@enduml\n'
    assert paste_text(window, tall) is None
    assert "does not fit the canvas" in said[0]
    assert window.document.to_data() == before
