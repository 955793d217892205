"""``check --layout``, ``layout`` and ``convert --layout`` on the command line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import run_cli
from ucdesigner.io.native import load, save
from ucdesigner.model import (
    Actor,
    Association,
    DiagramInfo,
    Document,
    Edge,
    Include,
    Shape,
    UseCase,
)

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "layout"
needs_dot = pytest.mark.skipif(
    shutil.which("dot") is None, reason="Graphviz dot missing (apt install graphviz)"
)


def document(crowded: bool) -> Document:
    """An actor and two use cases; ``crowded`` puts "Pay" on the line to "Order"."""
    doc = Document("t")
    doc.add(
        Actor(id="a", name="Customer"),
        UseCase(id="u", name="Order"),
        UseCase(id="p", name="Pay"),
        Association(id="r", source="a", target="u"),
        Include(id="i", source="u", target="p"),
    )
    doc.add_diagram(DiagramInfo(id="d", name="Main"))
    doc.add_shapes(
        "d",
        [
            Shape(element="a", x=0, y=0, width=48, height=84),
            Shape(element="u", x=500, y=10, width=160, height=64),
            Shape(
                element="p",
                x=250 if crowded else 500,
                y=10 if crowded else 300,
                width=160,
                height=64,
            ),
        ],
    )
    # The keyword in its default place, on its line over a halo: the usual look, clean.
    doc.add_edges("d", [Edge(element="r"), Edge(element="i")])
    return doc


def test_check_layout_passes_a_clean_diagram(tmp_path, capsys) -> None:
    path = tmp_path / "ok.ucd"
    save(document(crowded=False), path)
    code, out, err = run_cli(capsys, "check", "--layout", str(path))
    assert (code, err) == (0, "")
    assert "diagram 'Main': 3 shapes, 2 lines: 0 overlaps, 0 lines through shapes" in out
    assert out.rstrip().endswith("1 diagram, no layout problems")


def test_check_layout_fails_and_names_a_line_through_a_shape(tmp_path, capsys) -> None:
    path = tmp_path / "bad.ucd"
    save(document(crowded=True), path)
    code, out, _err = run_cli(capsys, "check", "--layout", str(path))
    assert code == 1
    assert "line through: the line 'Customer' - 'Order' passes through 'Pay'" in out
    code, out, _err = run_cli(capsys, "check", "--layout", "--json", str(path))
    report = json.loads(out)
    assert code == 1 and report["clean"] is False
    (diagram,) = report["diagrams"]
    assert diagram["lines_through"] == 1 and diagram["findings"][0]["ids"] == ["r", "p"]


@needs_dot
def test_check_layout_compares_with_dot(tmp_path, capsys) -> None:
    path = tmp_path / "ok.ucd"
    save(document(crowded=True), path)
    _code, out, _err = run_cli(capsys, "check", "--layout", "--compare-dot", "--json", str(path))
    (diagram,) = json.loads(out)["diagrams"]
    # dot routes the same graph without passing through "Pay".
    assert diagram["dot"]["lines_through"] == 0 and diagram["dot"]["shapes"] == 3


def test_check_layout_bad_input_is_one_line_exit_2(tmp_path, capsys) -> None:
    broken = tmp_path / "broken.ucd"
    broken.write_text("{not json", encoding="utf-8")
    code, out, err = run_cli(capsys, "check", "--layout", str(broken))
    assert code == 2 and out == "" and err.count("\n") == 1 and err.startswith("ucdesigner: error:")
    code, _out, err = run_cli(capsys, "check", "--compare-dot", str(broken))
    assert code == 2 and "--compare-dot goes with --layout" in err


def test_layout_command_lays_out_and_keeps_pinned_shapes(tmp_path, capsys) -> None:
    doc = document(crowded=True)
    doc.update_shapes("d", [doc.shape("d", "a").model_copy(update={"pinned": True})])
    source, target = tmp_path / "in.ucd", tmp_path / "out.ucd"
    save(doc, source)
    code, out, err = run_cli(capsys, "layout", str(source), "-o", str(target))
    assert (code, err) == (0, "") and "1 diagram laid out" in out
    laid = load(target)
    assert laid.shape("d", "a") == doc.shape("d", "a")
    assert laid.shape("d", "p") != doc.shape("d", "p")
    assert layout_figures(capsys, target)[0] == 0  # no overlaps
    assert load(source).shape("d", "p") == doc.shape("d", "p")  # the input is untouched


def test_layout_command_chooses_diagrams_by_name_and_refuses_unknown_ones(tmp_path, capsys) -> None:
    source = tmp_path / "in.ucd"
    save(document(crowded=True), source)
    code, out, _err = run_cli(
        capsys,
        "layout",
        str(source),
        "-o",
        str(tmp_path / "o.ucd"),
        "--diagram",
        "Main",
        "--direction",
        "tb",
    )
    assert code == 0 and "1 diagram laid out" in out
    code, out, err = run_cli(
        capsys, "layout", str(source), "-o", str(tmp_path / "x.ucd"), "--diagram", "Nope"
    )
    assert (
        code == 2
        and err == "ucdesigner: error: layout: no diagram named 'Nope' (diagrams: 'Main')\n"
    )
    assert not (tmp_path / "x.ucd").exists()
    code, _out, err = run_cli(
        capsys, "layout", str(source), "-o", str(tmp_path / "x.ucd"), "--direction", "up"
    )
    assert code == 2 and err.count("\n") == 1
    code, _out, err = run_cli(
        capsys, "layout", str(tmp_path / "missing.ucd"), "-o", str(tmp_path / "x.ucd")
    )
    assert code == 2 and "missing.ucd" in err and err.count("\n") == 1


def layout_figures(capsys, path: Path) -> tuple[int, int]:
    """Overlaps and lines through shapes of the file's only diagram."""
    _code, out, _err = run_cli(capsys, "check", "--layout", "--json", str(path))
    (diagram,) = json.loads(out)["diagrams"]
    return diagram["overlaps"], diagram["lines_through"]


def test_convert_layout_lays_out_an_import_even_when_it_has_positions(tmp_path, capsys) -> None:
    doc = document(crowded=True)
    doc.update_shapes(
        "d", [s.model_copy(update={"x": 0.0, "y": 0.0}) for s in doc.diagram("d").shapes]
    )
    save(doc, tmp_path / "stacked.ucd")
    xmi = tmp_path / "stacked.uml"
    assert run_cli(capsys, "convert", str(tmp_path / "stacked.ucd"), str(xmi))[0] == 0
    as_is, laid = tmp_path / "as-is.ucd", tmp_path / "laid.ucd"
    assert run_cli(capsys, "convert", str(xmi), str(as_is))[0] == 0
    assert layout_figures(capsys, as_is) == (3, 1)  # the positions the file came with
    code, _out, err = run_cli(capsys, "convert", str(xmi), str(laid), "--layout")
    assert (code, err) == (0, "")
    assert layout_figures(capsys, laid) == (0, 0)
    plantuml = tmp_path / "laid-puml.ucd"
    assert run_cli(capsys, "convert", str(FIXTURES / "atm.puml"), str(plantuml), "--layout")[0] == 0
    assert layout_figures(capsys, plantuml)[0] == 0
    code, _out, err = run_cli(capsys, "convert", str(as_is), str(tmp_path / "x.puml"), "--layout")
    assert code == 2 and "--layout applies to imports" in err


@needs_dot
def test_layout_chooses_top_to_bottom_only_when_no_direction_is_asked(tmp_path, capsys) -> None:
    """A chain too wide left to right reads top to bottom by default, and stays left to
    right when ``--direction lr`` asks for it."""
    from tests.layout.test_slide_choices import CHAIN
    from ucdesigner.io.plantuml_files import document_from_plantuml

    source = tmp_path / "chain.ucd"
    asked = CHAIN.replace("@startuml\n", "@startuml\nleft to right direction\n")
    save(document_from_plantuml(asked).document, source)

    def aspect(path: Path) -> float:
        _code, out, _err = run_cli(capsys, "check", "--layout", "--json", str(path))
        return json.loads(out)["diagrams"][0]["aspect"]

    assert aspect(source) > 2.0
    chosen, kept = tmp_path / "chosen.ucd", tmp_path / "kept.ucd"
    assert run_cli(capsys, "layout", str(source), "-o", str(chosen))[0] == 0
    assert run_cli(capsys, "layout", str(source), "-o", str(kept), "--direction", "lr")[0] == 0
    assert 4 / 3 <= aspect(chosen) <= 2.0
    assert aspect(kept) > 2.0
