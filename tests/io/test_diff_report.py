"""``ucdesigner diff``: the changes as text, Markdown, JSON and one HTML page whose
pictures mark the changes on the diagram."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ucdesigner.cli import main
from ucdesigner.io import native
from ucdesigner.model import Include, Shape, UseCase

EXAMPLE = Path(__file__).resolve().parents[2] / "resources/examples/post-purchase-support.ucd"
DIAGRAM = "diagram_post_purchase"


@pytest.fixture
def versions(tmp_path: Path) -> tuple[Path, Path]:
    old, new = tmp_path / "old.ucd", tmp_path / "new.ucd"
    document = native.load(EXAMPLE)
    native.save(document, old)
    document.add(UseCase(id="uc_rate", name="Rate the Answer"))
    document.add_shapes(DIAGRAM, [Shape(element="uc_rate", x=700, y=60, width=150, height=60)])
    document.add(Include(id="incl_rate", source="uc_contact_support", target="uc_rate"))
    document.move_shapes(DIAGRAM, ["uc_track_order"], -60, 40)
    document.remove(["note_returns_window"])
    native.save(document, new)
    return old, new


def test_printed_changes(versions, capsys) -> None:
    assert main(["diff", *map(str, versions)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "Added use case Rate the Answer." in out
    assert "Contact Support now includes Rate the Answer." in out


def test_json_and_markdown(versions, tmp_path, capsys) -> None:
    assert main(["diff", *map(str, versions), "-o", str(tmp_path / "c.json")]) == 0
    data = json.loads((tmp_path / "c.json").read_text())
    (diagram,) = data["diagrams"]
    changes = {s["element"]: s["changes"] for s in diagram["shapes"]}
    assert changes == {
        "uc_rate": ["added"],
        "uc_track_order": ["moved"],
        "note_returns_window": ["removed"],
    }
    assert main(["diff", *map(str, versions), "-o", str(tmp_path / "c.md")]) == 0
    text = (tmp_path / "c.md").read_text()
    assert "- Track Order: moved." in text and "## Relationships" in text


def test_html_is_one_file_with_the_changes_drawn(versions, tmp_path, qapp) -> None:
    out = tmp_path / "changes.html"
    assert main(["diff", *map(str, versions), "-o", str(out)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["changes.html", "new.ucd", "old.ucd"]
    page = out.read_text()
    assert page.count("<svg") == 1 and "http" not in page.replace("http://www.w3.org", "")
    picture = page[page.index("<svg") : page.index("</svg>")]
    # The marks are in the picture: the words beside them, in their colours.
    for word, colour in (("added", "#1a8a3e"), ("moved", "#7b8794"), ("removed", "#b42318")):
        assert f'fill="{colour}"' in picture and f">{word}</text>" in picture
    assert "Returns are accep" in picture  # the removed note's ghost is named


def test_bad_output_suffix_is_one_line(versions, capsys) -> None:
    assert main(["diff", *map(str, versions), "-o", "changes.pdf"]) == 2
    assert capsys.readouterr().err == (
        "ucdesigner: error: changes.pdf: write the changes to a .html, .md or .json file\n"
    )
