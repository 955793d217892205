"""Every bundled example exports in every format; batch export names files safely;
export-on-save targets live in the document's settings."""

from __future__ import annotations

from pathlib import Path

import pytest

from ucdesigner.io.describe import describe_diagram
from ucdesigner.io.filenames import safe_stem, unique_names
from ucdesigner.io.native import dumps, load, loads
from ucdesigner.io.render import (
    ExportError,
    ExportOptions,
    export_all,
    export_diagram,
    export_on_save,
)
from ucdesigner.model import DiagramInfo, DocumentSettings
from ucdesigner.model.settings import ExportTarget

from .helpers import EXAMPLES, names_on, png_header, support_document, svg_root, svg_text

EXAMPLE_FILES = sorted(EXAMPLES.glob("*.ucd"))


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.stem)
def test_every_example_exports_in_all_three_formats(qapp, tmp_path, path: Path) -> None:
    doc = load(path)
    for fmt in ("svg", "png", "pdf"):
        results = export_all(doc, tmp_path / fmt, ExportOptions(format=fmt))
        assert len(results) == len(doc.diagrams())
        for result in results:
            data = result.path.read_bytes()
            assert result.path.suffix == f".{fmt}" and result.warnings == []
            if fmt == "svg":
                text = svg_text(data)
                for name in names_on(doc, result.diagram_id):
                    assert name.split()[0] in text, name
                assert svg_root(data).find("{http://www.w3.org/2000/svg}title").text
            elif fmt == "png":
                assert png_header(data)["width"] == result.width
            else:
                assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")


def test_batch_export_names_files_after_diagrams_safely(qapp, tmp_path) -> None:
    doc = support_document()
    doc.add_diagram(DiagramInfo(id="two", name="Returns: main/flow"))
    doc.add_diagram(DiagramInfo(id="three", name="con"))
    results = export_all(doc, tmp_path / "out", ExportOptions(format="svg"))
    names = [r.path.name for r in results]
    assert names == ["Returns- main-flow.svg", "Returns- main-flow (2).svg", "con_.svg"]
    assert all(r.path.parent == tmp_path / "out" for r in results)


def test_safe_names() -> None:
    assert safe_stem('a/b\\c:d*e?f"g<h>i|j') == "a-b-c-d-e-f-g-h-i-j"
    assert safe_stem("  ..hidden. ") == "hidden"
    assert safe_stem("") == "diagram" and safe_stem("///") == "diagram"
    assert safe_stem("LPT1.old") == "LPT1.old_"
    assert len(safe_stem("x" * 500)) <= 120
    assert unique_names(["A", "a", "A"], ".png") == ["A.png", "a (2).png", "A (3).png"]


def test_export_to_a_missing_folder_or_over_a_folder_is_refused(qapp, tmp_path) -> None:
    doc = support_document()
    with pytest.raises(ExportError, match="no such folder"):
        export_diagram(doc, "main", tmp_path / "nope" / "a.png", ExportOptions())
    with pytest.raises(ExportError, match="is a folder"):
        export_diagram(doc, "main", tmp_path, ExportOptions())
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ExportError, match="is a file, not a folder"):
        export_all(doc, blocker, ExportOptions())


def test_export_writes_atomically_over_an_old_picture(qapp, tmp_path) -> None:
    doc = support_document()
    target = tmp_path / "p.svg"
    target.write_bytes(b"old")
    export_diagram(doc, "main", target, ExportOptions(format="svg"))
    assert target.read_bytes().startswith(b"<?xml")
    assert [p.name for p in tmp_path.iterdir()] == ["p.svg"]


def test_export_on_save_targets_round_trip_and_run(qapp, tmp_path) -> None:
    doc = support_document()
    settings = DocumentSettings(
        export_on_save=(
            ExportTarget(path="pictures/main.png", diagram="main", scale=1.0),
            ExportTarget(path="all-svg", format="svg"),
            ExportTarget(path="gone.pdf", format="pdf", diagram="missing"),
        )
    )
    doc.set_info(settings=settings)
    again = loads(dumps(doc))
    assert again.settings == settings
    (tmp_path / "pictures").mkdir()
    written, failed = export_on_save(again, tmp_path / "doc.ucd")
    assert {p.path.relative_to(tmp_path).as_posix() for p in written} == {
        "pictures/main.png",
        "all-svg/Returns- main-flow.svg",
    }
    assert png_header((tmp_path / "pictures/main.png").read_bytes())["width"] == written[0].width
    assert failed == ["gone.pdf: the diagram 'missing' no longer exists"]


def test_older_files_without_export_settings_stay_valid() -> None:
    doc = load(EXAMPLE_FILES[0])
    assert doc.settings.export_on_save == ()


def test_description_covers_every_relationship_kind() -> None:
    text = describe_diagram(support_document(), "main")
    assert text.startswith("Customer participates in Request Return;")
    assert 'the note "Within 30 days" is about Request Return' in text
    assert (
        "the system Online Shop contains Request Return, Verify Purchase and Report Damage" in text
    )
    assert text.endswith(".")
