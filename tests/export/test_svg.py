"""SVG export: a standalone, well-formed file, cropped to the content, with its text as
text, a title and a description, in the print theme."""

from __future__ import annotations

import pytest

from ucdesigner.canvas.scene import DiagramScene
from ucdesigner.canvas.theme import print_theme
from ucdesigner.io.render import ExportError, ExportOptions, render_svg
from ucdesigner.io.render.snapshot import drawn_rect
from ucdesigner.io.svg_post import css_font_stack, external_references

from .helpers import SVG, inherited, names_on, support_document, svg_root, svg_text


@pytest.fixture
def doc():
    return support_document()


def test_svg_parses_and_is_cropped_to_content_plus_margin(qapp, doc) -> None:
    data = render_svg(doc, "main", ExportOptions(format="svg", margin=30)).data
    root = svg_root(data)
    scene = DiagramScene(doc, "main", print_theme(), listen=False)
    content = drawn_rect(scene, scene.content_rect())
    width, height = float(root.get("width")), float(root.get("height"))
    # Whole pixels: the drawn content plus the margin, rounded outward.
    assert content.width() + 60 <= width <= content.width() + 62
    assert content.height() + 60 <= height <= content.height() + 62
    assert root.get("viewBox") == f"0 0 {root.get('width')} {root.get('height')}"
    assert "mm" not in root.get("width")


def test_margin_changes_the_size_by_twice_its_value(qapp, doc) -> None:
    small = svg_root(render_svg(doc, "main", ExportOptions(format="svg", margin=0)).data)
    large = svg_root(render_svg(doc, "main", ExportOptions(format="svg", margin=50)).data)
    assert float(large.get("width")) - float(small.get("width")) == pytest.approx(100, abs=1)


def test_every_name_is_text_and_title_and_desc_are_present(qapp, doc) -> None:
    data = render_svg(doc, "main").data
    text = svg_text(data)
    for name in names_on(doc, "main"):
        for word in name.split():
            assert word in text
    assert "«include»" in text and "«extend»" in text and "box is crushed" in text
    root = svg_root(data)
    assert root.find(f"{SVG}title").text == "Returns: main/flow"
    desc = root.find(f"{SVG}desc").text
    assert "Customer participates in Request Return" in desc
    assert "Request Return includes Verify Purchase" in desc
    assert "Report Damage extends Request Return at Item damaged when box is crushed" in desc
    assert "Premium Customer is a kind of Customer" in desc


def test_standalone_with_the_whole_font_stack(qapp, doc) -> None:
    data = render_svg(doc, "main").data
    assert external_references(data) == []
    root = svg_root(data)
    families = {inherited(t, "font-family") for t in root.iter(f"{SVG}text")}
    assert len(families) == 1
    (family,) = families
    for name in ("Inter", "'Segoe UI'", "Arial", "sans-serif"):
        assert name in family
    assert family.rstrip().endswith("sans-serif")


def test_external_references_are_found(qapp) -> None:
    bad = (
        b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
        b'<image xlink:href="http://example.org/a.png"/><rect fill="url(#ok)"/>'
        b'<rect style="fill:url(other.svg#g)"/></svg>'
    )
    assert external_references(bad) == ["http://example.org/a.png", "other.svg#g"]


def test_font_size_matches_the_screen(qapp, doc) -> None:
    # 11 pt names at 96 dpi are 14.67 px, as on screen (QSvgGenerator's 72 dpi gave 11 px).
    root = svg_root(render_svg(doc, "main").data)
    sizes = {round(float(inherited(t, "font-size")), 2) for t in root.iter(f"{SVG}text")}
    assert 14.67 in sizes


def test_centred_text_is_anchored_at_the_centre_of_its_shape(qapp, doc) -> None:
    root = svg_root(render_svg(doc, "main", ExportOptions(format="svg", margin=20)).data)
    scene = DiagramScene(doc, "main", print_theme(), listen=False)
    left = drawn_rect(scene, scene.content_rect()).toAlignedRect().left() - 20
    centre = scene.node_item("ver").scene_body_rect().center().x() - left
    (label,) = [t for t in root.iter(f"{SVG}text") if "".join(t.itertext()) == "Verify Purchase"]
    offset = sum(
        float(g.get("transform")[7:-1].split(",")[4])
        for g in label.iterancestors()
        if g.get("transform")
    )
    assert label.get("text-anchor") == "middle"
    assert float(label.get("x")) + offset == pytest.approx(centre, abs=1.0)
    # The boundary's title is left-aligned and stays so.
    (title,) = [t for t in root.iter(f"{SVG}text") if "".join(t.itertext()) == "Online Shop"]
    assert title.get("text-anchor") is None


def test_qt_repetitions_are_dropped(qapp, doc) -> None:
    root = svg_root(render_svg(doc, "main").data)
    for element in root.iter():
        assert element.get("vector-effect") != "none"
        assert element.get("fill-opacity") != "1"
        if element.tag == f"{SVG}g":
            assert len(element) > 0
    # The halo behind keywords keeps its see-through fill.
    assert any(e.get("fill-opacity") not in (None, "1") for e in root.iter())


def test_no_selection_marks_in_the_picture(qapp, doc) -> None:
    theme = print_theme()
    data = render_svg(doc, "main").data.decode()
    assert theme.accent not in data and theme.accent.upper() not in data


def test_selection_only_shows_the_chosen_elements(qapp, doc) -> None:
    data = render_svg(doc, "main", ExportOptions(format="svg", ids=["ret", "ver", "r2"])).data
    text = svg_text(data)
    assert "Request" in text and "Verify" in text and "«include»" in text
    assert "Customer" not in text and "Damage" not in text
    whole = svg_root(render_svg(doc, "main").data)
    assert float(svg_root(data).get("width")) < float(whole.get("width"))
    assert svg_root(data).find(f"{SVG}desc").text == "Request Return includes Verify Purchase."


def test_unknown_ids_and_diagrams_are_refused(qapp, doc) -> None:
    with pytest.raises(ExportError, match="not on diagram 'Returns: main/flow': nope"):
        render_svg(doc, "main", ExportOptions(format="svg", ids=["nope"]))
    with pytest.raises(ExportError, match="no diagram"):
        render_svg(doc, "other")


def test_an_empty_diagram_gives_a_small_blank_picture(qapp) -> None:
    from ucdesigner.model import DiagramInfo, Document

    d = Document()
    d.add_diagram(DiagramInfo(id="e", name="Empty"))
    root = svg_root(render_svg(d, "e").data)
    assert float(root.get("width")) == 40 and root.find(f"{SVG}desc").text == "An empty diagram."


def test_css_font_stack_quotes_names_with_spaces() -> None:
    assert css_font_stack(["Inter", "Segoe UI", "sans-serif"]) == "Inter, 'Segoe UI', sans-serif"
