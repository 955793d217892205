"""draw.io drawings and StarUML projects: synthetic files made here, every file form,
what is mapped, what is reported, and the StarUML export read back."""

from __future__ import annotations

import base64
import json
import struct
import urllib.parse
import zlib
from pathlib import Path

import pytest

from ucdesigner.io.drawio import plain_text, read_drawio, read_drawio_bytes
from ucdesigner.io.imports import read_model_file
from ucdesigner.io.native import load
from ucdesigner.io.staruml import read_mdj_bytes
from ucdesigner.io.staruml_export import dumps_mdj, write_mdj
from ucdesigner.io.xmi import XMIError

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"

PAGE = """<mxGraphModel><root>
<mxCell id="0"/><mxCell id="1" parent="0"/>
<mxCell id="box" value="" style="swimlane;startSize=0;" vertex="1" parent="1">
  <mxGeometry x="200" y="40" width="400" height="400" as="geometry"/></mxCell>
<mxCell id="title" value="Shop" style="text;html=1;" vertex="1" parent="box">
  <mxGeometry x="150" y="5" width="100" height="30" as="geometry"/></mxCell>
<mxCell id="a" value="Customer" style="shape=umlActor;html=1;" vertex="1" parent="1">
  <mxGeometry x="40" y="100" width="30" height="60" as="geometry"/></mxCell>
<mxCell id="u1" value="Buy &lt;b&gt;goods&lt;/b&gt;&lt;br&gt;online" style="ellipse;html=1;"
  vertex="1" parent="box"><mxGeometry x="100" y="60" width="200" height="80" as="geometry"/>
</mxCell>
<mxCell id="u2" value="Pay" style="shape=ellipse;html=1;" vertex="1" parent="box">
  <mxGeometry x="100" y="260" width="200" height="80" as="geometry"/></mxCell>
<mxCell id="e1" value="" style="endArrow=none;" edge="1" parent="1" source="a" target="u1">
  <mxGeometry relative="1" as="geometry"/></mxCell>
<mxCell id="e2" value="&amp;lt;&amp;lt;include&amp;gt;&amp;gt;" style="dashed=1;endArrow=open;"
  edge="1" parent="1" source="u1" target="u2"><mxGeometry relative="1" as="geometry"/></mxCell>
<mxCell id="ctl" value="Checkout" style="ellipse;shape=umlControl;" vertex="1" parent="1">
  <mxGeometry x="700" y="200" width="40" height="40" as="geometry"/></mxCell>
<mxCell id="cloud" value="Server" style="shape=cloud;" vertex="1" parent="1">
  <mxGeometry x="700" y="40" width="80" height="60" as="geometry"/></mxCell>
</root></mxGraphModel>"""

FLOWCHART = """<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>
<mxCell id="s" value="Start" style="rounded=1;" vertex="1" parent="1">
<mxGeometry x="10" y="10" width="80" height="40" as="geometry"/></mxCell>
</root></mxGraphModel>"""


def mxfile(*pages: tuple[str, str], compressed: bool = False) -> str:
    parts = []
    for name, page in pages:
        if compressed:
            deflater = zlib.compressobj(9, zlib.DEFLATED, -15)
            packed = deflater.compress(urllib.parse.quote(page).encode()) + deflater.flush()
            parts.append(f'<diagram name="{name}">{base64.b64encode(packed).decode()}</diagram>')
        else:
            parts.append(f'<diagram name="{name}">{page}</diagram>')
    return "<mxfile>" + "".join(parts) + "</mxfile>"


def png_with(text: str) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    encoded = urllib.parse.quote(text).encode("latin-1")
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"tEXt", b"mxfile\x00" + encoded)
        + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize("compressed", [False, True])
def test_a_drawing_becomes_a_model_with_its_positions(compressed: bool) -> None:
    result = read_drawio_bytes(mxfile(("Shop", PAGE), compressed=compressed).encode(), "s")
    by_name = {e.name: e for e in result.data.elements}
    assert set(by_name) == {"Customer", "Buy goods online", "Pay", "Shop"}
    assert by_name["Shop"].kind == "subject"
    assert {r.kind for r in result.data.relationships} == {"association", "include"}
    (diagram,) = result.data.diagrams
    assert diagram.name == "Shop"
    shapes = {by_name_of(result, s.element): s for s in diagram.shapes}
    # children of a container are placed relative to it
    assert shapes["Pay"].y > shapes["Buy goods online"].y
    assert shapes["Shop"].x < shapes["Pay"].x < shapes["Shop"].right
    assert shapes["Customer"].right < shapes["Shop"].x
    assert result.data.elements and result.report.count("generated_diagram") == 0


def by_name_of(result, element_id: str) -> str:
    return next(e.name for e in result.data.elements if e.id == element_id)


def test_what_cannot_be_mapped_is_reported_with_its_page() -> None:
    drawing = mxfile(("Shop", PAGE), ("Flow", FLOWCHART), compressed=True).encode()
    result = read_drawio_bytes(drawing, "two-pages.drawio")
    dropped = {(e.what, e.detail) for e in result.report.dropped}
    assert ('cloud "Server" on page "Shop"', "not a use case diagram element") in dropped
    assert ('umlControl "Checkout" on page "Shop"', "not a use case diagram element") in dropped
    assert any(
        what == 'page "Flow"' and detail.startswith("is not a use case diagram")
        for what, detail in dropped
    )
    assert [d.name for d in result.data.diagrams] == ["Shop"]


def test_a_drawing_without_any_use_case_page_is_refused_with_its_pages() -> None:
    with pytest.raises(XMIError, match=r'no page draws use cases \(pages "Flow"\)'):
        read_drawio_bytes(mxfile(("Flow", FLOWCHART)).encode(), "flow.drawio")


def test_png_and_svg_with_the_drawing_embedded(tmp_path) -> None:
    drawing = mxfile(("Shop", PAGE), compressed=True)
    png = tmp_path / "shop.drawio.png"
    png.write_bytes(png_with(drawing))
    svg = tmp_path / "shop.drawio.svg"
    escaped = drawing.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
    svg.write_text(f'<svg xmlns="http://www.w3.org/2000/svg" content="{escaped}"></svg>')
    for path in (png, svg):
        names = {e.name for e in read_model_file(path).data.elements}
        assert "Pay" in names and "Customer" in names


def test_an_xml_file_is_told_apart_by_its_content(tmp_path) -> None:
    path = tmp_path / "shop.xml"
    path.write_text(mxfile(("Shop", PAGE)))
    assert read_model_file(path).report.dialect == "draw.io drawing"


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        (b"<svg xmlns='http://www.w3.org/2000/svg'/>", "without a draw.io drawing"),
        (b"<html/>", "not a draw.io drawing"),
        (b"<mxfile><diagram>%%%</diagram></mxfile>", "neither a drawing nor a compressed"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, "PNG picture without a draw.io drawing"),
    ],
)
def test_bad_drawings_are_named(tmp_path, payload: bytes, message: str) -> None:
    path = tmp_path / "bad.drawio"
    path.write_bytes(payload)
    with pytest.raises(XMIError, match=message):
        read_drawio(path)


def test_a_deflate_bomb_page_is_refused(monkeypatch) -> None:
    from ucdesigner.io import drawio_file

    monkeypatch.setattr(drawio_file, "MAX_PAGE_BYTES", 1000)
    with pytest.raises(XMIError, match="expands beyond"):
        read_drawio_bytes(mxfile(("Big", PAGE + " " * 5000), compressed=True).encode(), "b")


def test_html_labels_become_plain_text() -> None:
    assert plain_text("Buy&nbsp;<b>now</b><br>or <i>later</i>") == "Buy now or later"
    assert plain_text("&lt;&lt;include&gt;&gt;") == "<<include>>"
    assert plain_text("Add new marble<div>product</div>") == "Add new marble product"


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        (b"{not json", "is not JSON"),
        (b'{"_type": "Package"}', "not a StarUML project"),
        (b"[1, 2, 3]", "not a StarUML project"),
        (b"\xff\xfe\x00", "not UTF-8"),
        (b"", "is empty"),
    ],
)
def test_json_that_is_not_staruml_is_named(payload: bytes, message: str) -> None:
    with pytest.raises(XMIError, match=message):
        read_mdj_bytes(payload, "x.mdj")


def test_staruml_export_reads_back_with_names_relationships_and_positions(tmp_path) -> None:
    document = load(EXAMPLES / "post-purchase-support.ucd")
    path = tmp_path / "support.mdj"
    write_mdj(document, path)
    project = json.loads(path.read_text(encoding="utf-8"))
    assert project["_type"] == "Project"
    back = read_model_file(path).data
    original = document.to_data()

    def summary(data):
        names = {e.id: e.name for e in data.elements}
        return sorted(
            (r.kind, names[r.source], names[r.target]) for r in data.relationships
        ), sorted((e.kind, e.name) for e in data.elements)

    assert summary(back) == summary(original)
    (before,) = original.diagrams
    (after,) = back.diagrams

    # (comments exist in StarUML only as note views and come back under the view's id)
    def boxes(diagram):
        return sorted(
            (round(s.x, 2), round(s.y, 2), round(s.width), round(s.height)) for s in diagram.shapes
        )

    assert boxes(after) == boxes(before)
    assert len(after.edges) == len(before.edges)  # the note's line included
    assert dumps_mdj(document) == dumps_mdj(document)  # same input, same bytes


def test_staruml_export_references_resolve_and_views_are_complete() -> None:
    """Every $ref names an object of the file, each node view has the compartments
    StarUML keeps (name with its labels; a use case's extension points) and each line
    its labels, as in the files StarUML writes."""
    project = json.loads(dumps_mdj(load(EXAMPLES / "post-purchase-support.ucd")))
    objects: dict[str, dict] = {}
    refs: list[str] = []

    def walk(value) -> None:
        if isinstance(value, dict):
            if "$ref" in value:
                refs.append(value["$ref"])
            if "_id" in value:
                assert value["_id"] not in objects, value["_id"]
                objects[value["_id"]] = value
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(project)
    assert refs and all(ref in objects for ref in refs)
    cases = [o for o in objects.values() if o["_type"] == "UMLUseCaseView"]
    assert cases
    for view in cases:
        name = objects[view["nameCompartment"]["$ref"]]
        assert objects[name["nameLabel"]["$ref"]]["text"]
        assert objects[view["extensionPointCompartment"]["$ref"]]["visible"] is False
    for view in (o for o in objects.values() if o["_type"] == "UMLAssociationView"):
        assert objects[view["headMultiplicityLabel"]["$ref"]]["_type"] == "EdgeLabelView"
        assert objects[view["tail"]["$ref"]]["_type"] in ("UMLActorView", "UMLUseCaseView")
