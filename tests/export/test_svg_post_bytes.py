"""The SVG post-processor reads and writes with the standard library (expat), not lxml:
it must write, byte for byte, what the lxml version wrote (tests/export/
svg_post_lxml_oracle.py) from the same raw QSvgGenerator output, on real diagrams and
on the corner cases of XML that Qt's output does not show today (text beside elements,
xml:space, comments, images with xlink, characters to escape)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import ucdesigner.io.render.svg as svg_writer
from ucdesigner.io import svg_post
from ucdesigner.io.native import load
from ucdesigner.io.render import ExportOptions, render_svg
from ucdesigner.model import (
    Actor,
    Association,
    Comment,
    DiagramInfo,
    Document,
    Edge,
    Shape,
    UseCase,
)

from . import svg_post_lxml_oracle as oracle
from .helpers import EXAMPLES, support_document

ROOT = Path(__file__).resolve().parents[2]


def _same_bytes_as_lxml(monkeypatch, document: Document, diagram_id: str, **options) -> int:
    """Renders the diagram; checks both post-processors on the raw SVG; returns its size."""
    seen: list[int] = []

    def both(raw: bytes, facts: svg_post.SvgFacts, text_width) -> bytes:
        ours = svg_post.finish_svg(raw, facts, text_width)
        assert ours == oracle.finish_svg(raw, facts, text_width)
        seen.append(len(ours))
        return ours

    monkeypatch.setattr(svg_writer, "finish_svg", both)
    render_svg(document, diagram_id, ExportOptions(format="svg", **options))
    assert len(seen) == 1
    return seen[0]


@pytest.mark.parametrize("example", sorted(EXAMPLES.glob("*.ucd")), ids=lambda p: p.stem)
def test_every_example_diagram_comes_out_as_lxml_wrote_it(qapp, monkeypatch, example) -> None:
    document = load(example)
    for info in document.diagrams():
        assert _same_bytes_as_lxml(monkeypatch, document, info.id) > 1000
        assert _same_bytes_as_lxml(monkeypatch, document, info.id, frame=True, margin=0) > 1000


def test_a_generated_diagram_with_many_shapes_comes_out_as_lxml_wrote_it(qapp, monkeypatch) -> None:
    from benchmarks.synthetic import diagram_with_shapes

    document, diagram_id = diagram_with_shapes(120)
    assert _same_bytes_as_lxml(monkeypatch, document, diagram_id) > 20_000


def test_names_with_characters_to_escape_come_out_as_lxml_wrote_them(qapp, monkeypatch) -> None:
    document = support_document()
    _same_bytes_as_lxml(monkeypatch, document, "main")
    _same_bytes_as_lxml(monkeypatch, document, "main", ids=["ret", "ver", "r2", "note"])

    odd = Document("Odd")
    names = ["R&D <team> \"quoted\" 'single'", "Über\tTab  spaced ", "漢字 → ✓ 😀", "a > b"]
    odd.add(
        Actor(id="a", name=names[0]),
        *(UseCase(id=f"u{i}", name=name) for i, name in enumerate(names[1:])),
        Association(id="as", source="a", target="u0"),
        Comment(id="c", body="A note & more\nsecond <line>"),
    )
    odd.add_diagram(DiagramInfo(id="d", name='Odd & "names"'))
    odd.add_shapes(
        "d",
        [
            Shape(element="a", x=10, y=10, width=48, height=84),
            *(
                Shape(element=f"u{i}", x=150, y=20 + 80 * i, width=160, height=60)
                for i in range(len(names) - 1)
            ),
            Shape(element="c", x=400, y=20, width=160, height=80),
        ],
    )
    odd.add_edges("d", [Edge(element="as")])
    _same_bytes_as_lxml(monkeypatch, odd, "d")


FACTS = svg_post.SvgFacts(
    width=120.5,
    height=80,
    title='A & B <"title">',
    description="x\ty\nz",
    font_families=("Inter", "Segoe UI", "sans-serif"),
    left_aligned=((0.0, 0.0, 50.0, 50.0),),
)
CORNERS = [
    # Qt's shape of file: groups, empty groups, defs, text with xml:space.
    b'<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<svg width="10mm" height="5mm"\n'
    b' viewBox="0 0 10 5"\n xmlns="http://www.w3.org/2000/svg" '
    b'xmlns:xlink="http://www.w3.org/1999/xlink" version="1.2" baseProfile="tiny">\n'
    b"<title>Qt SVG Document</title>\n<desc>Generated with Qt</desc>\n<defs>\n</defs>\n"
    b'<g fill="none" font-family="Sans Serif" font-size="12">\n<g transform="matrix(1,0,0,1,3,4)"'
    b' font-family="X" fill-opacity="1">\n</g>\n<g font-family="X" fill="#fff" '
    b'transform="matrix(2,0,0,2,60,60)">\n<text xml:space="preserve" x="1" y="2" '
    b'font-family="X" font-size="12" fill="#fff"> a &amp; b &lt; &#13;c\t</text>\n'
    b'<text x="3" y="4">  </text>\n<text x="0" y="0" text-anchor="start">left</text>\n'
    b'<text x="10" y="10" font-size="big">bad size</text>\n</g>\n</g>\n</svg>\n',
    # Text beside elements (mixed content), a comment, a nested unformatted part.
    b'<svg xmlns="http://www.w3.org/2000/svg"><g><!-- a comment --><g>\n  <rect x="1"/>\n'
    b"</g>text <tspan>in</tspan> tail\n  <g><rect/></g></g>\n<defs><g/></defs>"
    b'<g> </g><text x="70" y="70">A<tspan font-weight="700">B</tspan>C</text>'
    # Blanks after text stay; an empty group removed takes the text after it along.
    b"<g>lead<rect/>   <rect/></g><g>x<g></g>tail<rect/><defs>\n</defs>  </g>"
    b"<g><?pi some data?>\n<?bare?><rect/></g></svg>",
    # An image keeps the xlink namespace; attributes with characters to escape.
    b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
    b'width="1" height="1"><image xlink:href="data:image/png;base64,AAAA" x="0"/>'
    b'<rect id="a&amp;b" data-x="&quot;q&quot; &lt;&gt; &#10;nl &#9;tab &#13;cr \'s\'"/>'
    b"<text x='1' y='1'>\xc3\xbc\xe2\x9c\x93 \xf0\x9f\x98\x80</text></svg>",
    # Bytes XML 1.0 cannot hold, replaced before parsing; deep nesting past 30 levels.
    b'<svg xmlns="http://www.w3.org/2000/svg"><text x="5" y="5">a\x01b\x1fc</text>'
    + b"<g><rect/>" * 34
    + b"</g>" * 34
    + b"</svg>",
    # xml:space on a group: blanks between its children stay.
    b'<svg xmlns="http://www.w3.org/2000/svg"><g xml:space="preserve">\n <rect/>\n '
    b'<g xml:space="default">\n <rect/>\n</g>\n</g><g>\n<text x="1" y="1"></text>\n</g></svg>',
]


@pytest.mark.parametrize("raw", CORNERS, ids=range(len(CORNERS)))
def test_corner_cases_come_out_as_lxml_wrote_them(raw: bytes) -> None:
    def width(text: str, size: float, weight: int, italic: bool) -> float:
        return len(text) * size * (0.6 if weight < 600 else 0.7) * (1.1 if italic else 1)

    ours = svg_post.finish_svg(raw, FACTS, width)
    assert ours == oracle.finish_svg(raw, FACTS, width)
    assert ours.startswith(b"<?xml version='1.0' encoding='UTF-8'?>\n<svg xmlns=")


def test_the_post_processor_does_not_load_lxml() -> None:
    probe = (
        "import json, sys\n"
        "from ucdesigner.io.svg_post import SvgFacts, finish_svg, external_references\n"
        f"raw = {CORNERS[0]!r}\n"
        "facts = SvgFacts(10, 5, 't', 'd', ('Inter',))\n"
        "out = finish_svg(raw, facts, lambda *a: 10.0)\n"
        "print(json.dumps({'out': out.decode(), 'refs': external_references(out),"
        " 'modules': sorted(sys.modules)}))\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT)]))}
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, env=env
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert '<title id="title">t</title>' in report["out"]
    assert report["refs"] == []
    assert [m for m in report["modules"] if m == "lxml" or m.startswith("lxml.")] == []
