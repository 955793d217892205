"""The templates of File ▸ New from Template: what the generator writes, and complete,
laid-out examples of a customer journey."""

from __future__ import annotations

import importlib.util
import itertools
import sys
from pathlib import Path

import pytest

from ucdesigner.io.native import load
from ucdesigner.model import UseCase
from ucdesigner.model.lanes import stage_at

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = ROOT / "resources" / "templates"
EXAMPLES = [
    "post-purchase-support.ucd",
    "intent-phase-online-shop.ucd",
    "full-customer-journey.ucd",
]


def _generator():
    spec = importlib.util.spec_from_file_location("template_generator", TEMPLATES / "generate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_committed_templates_are_what_the_generator_writes(tmp_path: Path) -> None:
    _generator().main(tmp_path)
    written = sorted(p.name for p in tmp_path.glob("*.ucd"))
    assert written == sorted(p.name for p in TEMPLATES.glob("*.ucd"))
    for name in written:
        assert (tmp_path / name).read_bytes() == (TEMPLATES / name).read_bytes(), name


def test_the_blank_template_has_the_default_stages_and_a_lane_diagram() -> None:
    document = load(TEMPLATES / "blank.ucd")
    assert len(document) == 0
    assert document.journey.stages[0].name == "Awareness"
    (diagram,) = document.diagrams()
    assert diagram.lanes is not None


@pytest.mark.parametrize("name", EXAMPLES)
def test_a_template_is_a_complete_journey(name: str) -> None:
    document = load(TEMPLATES / name)
    cases = [n for n in document.nodes() if isinstance(n, UseCase)]
    assert len(cases) >= 8
    assert all(c.journey.stage for c in cases)
    specified = [c for c in cases if c.specification and c.specification.main_scenario]
    assert len(specified) >= 3
    kpis = [k for c in cases for k in c.journey.kpis]
    assert len(kpis) >= 3
    assert len({k.perspective for k in kpis}) >= 3
    assert any(c.journey.emotion is not None for c in cases)
    assert any(s.pain_points for s in document.journey.stages)


@pytest.mark.parametrize("name", EXAMPLES)
def test_a_template_is_laid_out_in_its_lanes_without_overlaps(name: str) -> None:
    document = load(TEMPLATES / name)
    (info,) = document.diagrams()
    assert info.lanes is not None
    shapes = document.shapes(info.id)
    assert {s.element for s in shapes} == {n.id for n in document.nodes()}
    for shape in shapes:
        element = document.get(shape.element)
        if isinstance(element, UseCase):
            assert stage_at(document.journey, info.lanes, shape) == element.journey.stage
            for subject in element.subjects:
                assert document.shape(info.id, subject).contains_rect(shape), element.name
    solid = [s for s in shapes if document.get(s.element).kind in ("usecase", "actor")]
    for a, b in itertools.combinations(solid, 2):
        apart = a.right <= b.x or b.right <= a.x or a.bottom <= b.y or b.bottom <= a.y
        assert apart, (document.get(a.element).name, document.get(b.element).name)


@pytest.mark.parametrize("name", EXAMPLES)
def test_a_template_fits_a_slide_with_no_line_through_a_shape(name: str) -> None:
    from ucdesigner.io.render.drawn_geometry import drawn_geometry
    from ucdesigner.layout.quality import measure

    document = load(TEMPLATES / name)
    (info,) = document.diagrams()
    report = measure(drawn_geometry(document, info.id))  # as the export draws it
    assert 4 / 3 <= report.aspect <= 2.0, report.aspect
    assert report.lines_through == 0
    assert report.overlaps == 0
