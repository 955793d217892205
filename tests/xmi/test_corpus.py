"""Every file of the third-party corpus imports with the hand-checked counts, and
survives export and re-import in every dialect without losing anything."""

from __future__ import annotations

from collections import Counter

import pytest

from ucdesigner.io.xmi import DIALECTS, ImportResult, dumps_xmi, read_xmi, read_xmi_bytes

from .conftest import corpus_file, corpus_params

COLUMNS = {
    "actors": "actor",
    "use_cases": "usecase",
    "subjects": "subject",
    "include": "include",
    "extend": "extend",
    "generalizations": "generalization",
    "associations": "association",
    "dependencies": "dependency",
    "dangling_refs": "dangling",
    "diagrams": "diagram",
}

_cache: dict[str, ImportResult] = {}


def imported(row: dict[str, str]) -> ImportResult:
    path = row["local_path"]
    if path not in _cache:
        _cache[path] = read_xmi(corpus_file(path))
    return _cache[path]


def placed_shapes(result: ImportResult) -> int:
    """Actor and use case shapes on the diagrams read from the file."""
    kinds = {e.id: e.kind for e in result.data.elements}
    generated = result.report.count("generated_diagram")
    read = (
        result.data.diagrams[: len(result.data.diagrams) - generated]
        if generated
        else result.data.diagrams
    )
    return sum(1 for d in read for s in d.shapes if kinds[s.element] in ("actor", "usecase"))


def grouping_packages(result: ImportResult) -> set[str]:
    """Packages that hold no actor, use case or boundary themselves, only packages that
    do. The import keeps them (users navigate by them); the table counts only the
    packages that hold such elements, and the comments on what it counts."""
    homes = {e.package for e in result.data.elements if e.kind in ("actor", "usecase", "subject")}
    return {e.id for e in result.data.elements if e.kind == "package" and e.id not in homes}


def counted_packages_and_comments(result: ImportResult) -> tuple[int, int]:
    """The table's "packages" and "comments": packages holding actors, use cases or
    boundaries; comments not attached only to grouping packages."""
    grouping = grouping_packages(result)
    packages = sum(1 for e in result.data.elements if e.kind == "package") - len(grouping)
    links: dict[str, set[str]] = {}
    for r in result.data.relationships:
        if r.kind == "comment_link":
            links.setdefault(r.source, set()).add(r.target)
    comments = sum(
        1
        for e in result.data.elements
        if e.kind == "comment" and not (links.get(e.id) and links[e.id] <= grouping)
    )
    return packages, comments


@pytest.mark.parametrize("row", corpus_params())
def test_counts_agree_with_the_hand_checked_table(row: dict[str, str]) -> None:
    result = imported(row)
    counts = result.report.counts
    found = {column: counts.get(key, 0) for column, key in COLUMNS.items()}
    found["placed_shapes"] = placed_shapes(result)
    found["packages"], found["comments"] = counted_packages_and_comments(result)
    wanted = {
        column: int(row[column]) for column in [*COLUMNS, "placed_shapes", "packages", "comments"]
    }
    assert found == wanted, row["notes"]


@pytest.mark.parametrize("row", corpus_params())
def test_report_accounts_for_the_file(row: dict[str, str]) -> None:
    result = imported(row)
    text = result.report.text()
    assert f"{result.report.count('actor')}  actors" in text
    for entry in result.report.dropped:
        assert entry.detail, entry
    data_counts = Counter(e.kind for e in (*result.data.elements, *result.data.relationships))
    for kind, n in data_counts.items():
        assert result.report.count(kind) == n
    if not int(row["diagrams"]) and (data_counts["actor"] or data_counts["usecase"]):
        assert result.report.count("generated_diagram") >= 1


@pytest.mark.parametrize("dialect", sorted(DIALECTS))
@pytest.mark.parametrize("row", corpus_params())
def test_export_and_reimport_loses_nothing(row: dict[str, str], dialect: str) -> None:
    first = imported(row).data
    again = read_xmi_bytes(dumps_xmi(first, dialect), f"export.{dialect}").data
    assert again == first


@pytest.mark.parametrize("row", corpus_params())
def test_uml_part_alone_keeps_actors_use_cases_and_relationships(row: dict[str, str]) -> None:
    """What another tool sees (the export without our extension) holds the same model."""
    from lxml import etree

    first = imported(row).data
    root = etree.fromstring(dumps_xmi(first))
    for extension in root.findall("{http://www.omg.org/XMI}Extension"):
        root.remove(extension)
    again = read_xmi_bytes(etree.tostring(root), "foreign.uml").data

    def summary(data):
        rels = Counter(
            (r.kind, r.source, r.target) for r in data.relationships if r.kind != "comment_link"
        )
        nodes = {
            (e.id, e.kind, e.name)
            for e in data.elements
            if e.kind in ("actor", "usecase", "subject")
        }
        return nodes, rels

    assert summary(again) == summary(first)
