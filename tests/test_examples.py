"""The bundled examples: what the generator writes, and the stories they tell."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "resources" / "examples"


def _generator():
    spec = importlib.util.spec_from_file_location("example_generator", EXAMPLES / "generate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


def test_committed_examples_are_what_the_generator_writes(tmp_path: Path) -> None:
    _generator().main(tmp_path)
    for written in tmp_path.glob("*.ucd"):
        assert written.read_bytes() == (EXAMPLES / written.name).read_bytes(), written.name


def info(name: str) -> dict:
    out = subprocess.run(
        [sys.executable, "-m", "ucdesigner", "info", str(EXAMPLES / name), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)


def test_post_purchase_support_counts() -> None:
    summary = info("post-purchase-support.ucd")
    assert summary["elements"] == {
        "actor": 3,
        "usecase": 6,
        "subject": 1,
        "package": 0,
        "comment": 1,
    }
    assert summary["relationships"] == {
        "association": 8,
        "include": 2,
        "extend": 1,
        "generalization": 0,
        "dependency": 0,
        "comment_link": 1,
    }
    assert summary["diagrams"] == [
        {"id": "diagram_post_purchase", "name": "Post-purchase support", "shapes": 11, "edges": 12}
    ]


def test_intent_phase_counts() -> None:
    summary = info("online-shop-intent.ucd")
    assert summary["elements"]["actor"] == 4 and summary["elements"]["usecase"] == 10
    assert summary["relationships"]["include"] == 2 and summary["relationships"]["extend"] == 1
    assert summary["relationships"]["generalization"] == 2
    assert [d["shapes"] for d in summary["diagrams"]] == [15]


def test_large_example_has_every_kind() -> None:
    summary = info("retail-customer-journey.ucd")
    assert summary["elements"]["usecase"] >= 40 and summary["elements"]["actor"] >= 8
    assert summary["elements"]["subject"] == 2
    assert len(summary["diagrams"]) == 3
    assert all(n > 0 for n in summary["relationships"].values()), summary["relationships"]


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.glob("*.ucd")))
def test_examples_pass_the_checks(name: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "ucdesigner", "check", str(EXAMPLES / name)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.glob("*.ucd")))
def test_every_example_diagram_fits_a_slide_with_no_line_through_a_shape(name: str) -> None:
    from ucdesigner.io.native import load
    from ucdesigner.io.render.drawn_geometry import drawn_geometry
    from ucdesigner.layout.quality import measure

    document = load(EXAMPLES / name)
    for info in document.diagrams():
        report = measure(drawn_geometry(document, info.id))  # as the export draws it
        assert 4 / 3 <= report.aspect <= 2.0, (info.name, report.aspect)
        assert report.lines_through == 0, info.name
        assert report.overlaps == 0, info.name
