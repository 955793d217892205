"""Exports checked by readers we did not write: pyecore and the UML2 metamodel."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from ucdesigner.io.xmi import DIALECTS, dumps_xmi, read_xmi
from ucdesigner.model import Document, DocumentData

from ..strategies import documents
from .conftest import corpus_file, corpus_params
from .uml_check import conformance_problems, load_with_pyecore, metamodel

pytestmark = pytest.mark.skipif(
    metamodel() is None, reason="../shared/metamodels (uml.ecore) is absent"
)


def _check_with_pyecore(data: DocumentData, folder: Path) -> None:
    model = load_with_pyecore(dumps_xmi(data, "eclipse"), folder)
    contents = list(model.eAllContents())
    found = Counter(o.eClass.name for o in contents)
    ours = Counter(e.kind for e in (*data.elements, *data.relationships))
    assert found["Actor"] == ours["actor"]
    assert found["UseCase"] == ours["usecase"]
    assert found["Include"] == ours["include"]
    assert found["Extend"] == ours["extend"]
    assert found["Association"] == ours["association"]
    assert found["Generalization"] == ours["generalization"]
    assert found["Dependency"] == ours["dependency"]
    assert found["Package"] == ours["package"]
    by_id = {e.id: e for e in (*data.elements, *data.relationships)}
    for item in contents:
        kind = item.eClass.name
        if kind == "Include":
            rel = by_id[item._internal_id]
            assert item.eContainer()._internal_id == rel.source  # owned by the includer
            assert item.addition.eClass.name == "UseCase"
            assert item.addition._internal_id == rel.target
        elif kind == "Extend":
            rel = by_id[item._internal_id]
            assert item.eContainer()._internal_id == rel.source  # owned by the extender
            assert item.extendedCase._internal_id == rel.target
            for point in item.extensionLocation:
                assert point.eContainer() is item.extendedCase  # owned by the extended case
        elif kind == "Association":
            rel = by_id[item._internal_id]
            assert [end.type._internal_id for end in item.memberEnd] == [rel.source, rel.target]
            assert sorted(end.type.eClass.name for end in item.memberEnd) == ["Actor", "UseCase"]
            assert all(end.association is item for end in item.memberEnd)
        elif kind == "UseCase":
            assert all(s.eClass.name == "Component" for s in item.subject)


@pytest.mark.parametrize("row", corpus_params())
def test_pyecore_reads_the_export_of_every_corpus_file(row, tmp_path: Path) -> None:
    _check_with_pyecore(read_xmi(corpus_file(row["local_path"])).data, tmp_path)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(document=documents())
def test_pyecore_reads_the_export_of_random_documents(document: Document, tmp_path: Path) -> None:
    data = document.to_data()
    _check_with_pyecore(data, tmp_path)


@pytest.mark.parametrize("dialect", sorted(DIALECTS))
@pytest.mark.parametrize("row", corpus_params())
def test_every_dialect_conforms_to_the_metamodel(row, dialect: str) -> None:
    data = read_xmi(corpus_file(row["local_path"])).data
    assert conformance_problems(dumps_xmi(data, dialect)) == []


@pytest.mark.parametrize("dialect", sorted(DIALECTS))
@settings(max_examples=30, deadline=None)
@given(document=documents())
def test_random_documents_conform_in_every_dialect(dialect: str, document: Document) -> None:
    data = document.to_data()
    assert conformance_problems(dumps_xmi(data, dialect)) == []


def test_the_checker_catches_what_is_wrong() -> None:
    bad = b"""<xmi:XMI xmlns:xmi="http://www.omg.org/XMI" xmlns:uml="http://www.eclipse.org/uml2/5.0.0/UML">
      <uml:Model xmi:id="m" name="m">
        <packagedElement xmi:type="uml:UseCase" xmi:id="u" name="u">
          <include xmi:type="uml:Include" xmi:id="i" addition="a"/>
          <ownedEnd xmi:type="uml:Property" xmi:id="p"/>
        </packagedElement>
        <packagedElement xmi:type="uml:Actor" xmi:id="a" colour="red"/>
      </uml:Model>
    </xmi:XMI>"""
    problems = conformance_problems(bad)
    assert "UseCase has no feature 'ownedEnd'" in problems
    assert "Actor has no feature 'colour'" in problems
    assert "Include.addition refers to a Actor, not a UseCase" in problems
