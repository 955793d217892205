"""Slides: decks of editable shapes with glued connectors, read back with python-pptx and
opened in a real office suite (LibreOffice) when it is installed."""

from __future__ import annotations

import html
from pathlib import Path

from pptx import Presentation
from pptx.oxml.ns import qn
from PySide6.QtGui import QImage

from tests.conftest import run_cli
from tests.export.office import needs_office, pdf_pages_png, pdf_text, pdf_words, to_pdf
from ucdesigner.io.native import load, save
from ucdesigner.io.slides import SlideOptions, frames, write_slides
from ucdesigner.model import Actor, Association, DiagramInfo, Document, Edge, Shape, UseCase

ROOT = Path(__file__).resolve().parents[2]
RETAIL = ROOT / "resources" / "examples" / "retail-customer-journey.ucd"
JOURNEY = ROOT / "resources" / "templates" / "full-customer-journey.ucd"
KIND_TITLES = {
    "actor": "Actor",
    "usecase": "Use case",
    "subject": "System boundary",
    "package": "Package",
    "comment": "Comment",
}


def all_shapes(shapes):
    for shape in shapes:
        yield shape
        if shape.shape_type is not None and shape.shape_type == 6:  # a group
            yield from all_shapes(shape.shapes)


def connectors_of(slide) -> list:
    return [
        s for s in all_shapes(slide.shapes) if s._element.tag == qn("p:cxnSp") and "→" in s.name
    ]


def glued(connector) -> tuple[int, int]:
    properties = connector._element.nvCxnSpPr.cNvCxnSpPr
    start, end = properties.find(qn("a:stCxn")), properties.find(qn("a:endCxn"))
    assert start is not None and end is not None, f"{connector.name} is not glued at both ends"
    return int(start.get("id")), int(end.get("id"))


def line_end(connector, tag: str) -> str | None:
    element = connector._element.find(f".//{qn('a:ln')}/{qn(tag)}")
    return None if element is None else element.get("type")


def test_every_line_is_one_connector_glued_to_the_shapes_of_its_ends(tmp_path, qapp) -> None:
    document = load(RETAIL)
    ids = [d.id for d in document.diagrams()]
    path = tmp_path / "deck.pptx"
    assert write_slides(document, path, ids) == len(ids)
    deck = Presentation(str(path))
    assert len(deck.slides) == len(ids)
    assert deck.slide_width * 9 == deck.slide_height * 16  # 16:9 by default
    for slide, diagram_id in zip(deck.slides, ids, strict=True):
        assert slide.shapes.title.text == document.diagram_info(diagram_id).name
        by_id = {s.shape_id: s for s in all_shapes(slide.shapes)}
        connectors = connectors_of(slide)
        edges = document.edges(diagram_id)
        assert len(connectors) == len(edges)
        for connector, edge in zip(connectors, edges, strict=True):
            rel = document.get(edge.element)
            start, end = glued(connector)
            for shape_id, end_id in ((start, rel.source), (end, rel.target)):
                element = document.get(end_id)
                name = by_id[shape_id].name
                said = element.body if element.kind == "comment" else element.name
                assert name.startswith(f"{KIND_TITLES[element.kind]}: {said}"), (
                    rel.kind,
                    name,
                )
            dashed = connector._element.find(f".//{qn('a:prstDash')}")
            if rel.kind in ("include", "extend"):
                assert dashed is not None and dashed.get("val") == "dash"
                assert line_end(connector, "a:tailEnd") == "arrow"
            elif rel.kind == "association":
                assert dashed is None and line_end(connector, "a:tailEnd") is None
            elif rel.kind == "generalization":
                assert line_end(connector, "a:tailEnd") == "triangle"


def test_an_actor_is_a_grouped_stick_figure_and_keywords_are_text_boxes(tmp_path, qapp) -> None:
    document = load(RETAIL)
    purchase = next(d.id for d in document.diagrams() if d.name == "Purchase")
    path = tmp_path / "deck.pptx"
    write_slides(document, path, [purchase])
    slide = Presentation(str(path)).slides[0]
    groups = [s for s in slide.shapes if s.name == "Actor: Customer"]
    assert len(groups) == 1
    parts = [s.name for s in groups[0].shapes]
    assert "Actor: Customer (head)" in parts and parts.count("Actor: Customer (figure)") == 5
    names = [s.text_frame.text for s in groups[0].shapes if s.name.endswith("(name)")]
    assert names == ["Customer"]
    # Lines glue to the figure at sites where the canvas ends them, so an office program
    # that re-routes glued connectors draws them where the picture does.
    frame = next(s for s in groups[0].shapes if s.name == "Actor: Customer (figure)")
    sites = [
        (frame.left + int(p.get("x")), frame.top + int(p.get("y")))
        for p in frame._element.iter(qn("a:pos"))
    ]
    glued_here = 0
    for connector in connectors_of(slide):
        start, end = glued(connector)
        for shape_id, tag, x, y in (
            (start, "a:stCxn", connector.begin_x, connector.begin_y),
            (end, "a:endCxn", connector.end_x, connector.end_y),
        ):
            if shape_id == frame.shape_id:
                link = connector._element.nvCxnSpPr.cNvCxnSpPr.find(qn(tag))
                sx, sy = sites[int(link.get("idx"))]
                assert abs(sx - x) <= 2 and abs(sy - y) <= 2
                glued_here += 1
    assert glued_here == sum(
        1
        for e in document.edges(purchase)
        if "actor_customer" in (document.get(e.element).source, document.get(e.element).target)
    )
    labels = [s for s in slide.shapes if s.name.startswith("Label: ")]
    includes = sum(1 for e in document.edges(purchase) if document.get(e.element).kind == "include")
    assert sum(1 for s in labels if s.text_frame.text == "«include»") == includes
    conditions = [s for s in slide.shapes if s.name.startswith("Condition: ")]
    assert conditions and all("Condition: {" in s.text_frame.text for s in conditions)


def test_speaker_notes_list_the_use_cases_with_their_goals(tmp_path, qapp) -> None:
    document = load(JOURNEY)
    path = tmp_path / "deck.pptx"
    write_slides(document, path, [document.diagrams()[0].id])
    notes = Presentation(str(path)).slides[0].notes_slide.notes_text_frame.text
    usecases = [u for u in document.of_kind("usecase")]
    assert notes.startswith("Use cases on this slide:")
    for usecase in usecases:
        spec = usecase.specification
        if spec is not None and spec.goal:
            assert f"• {usecase.name}: {spec.goal}" in notes
        else:
            assert f"• {usecase.name} (no goal written yet)" in notes


def test_4_3_slides_and_pictures_with_svg_beside_the_png(tmp_path, qapp) -> None:
    document = load(RETAIL)
    first = document.diagrams()[0].id
    path = tmp_path / "deck.pptx"
    write_slides(document, path, [first], SlideOptions(size="4:3", mode="picture"))
    deck = Presentation(str(path))
    assert deck.slide_width * 3 == deck.slide_height * 4
    pictures = [s for s in deck.slides[0].shapes if s.shape_type == 13]
    assert len(pictures) == 1
    image = QImage.fromData(pictures[0].image.blob, "PNG")
    assert image.width() >= 1500  # slide resolution: about 192 dpi across the content
    svg_blip = pictures[0]._element.find(
        ".//{http://schemas.microsoft.com/office/drawing/2016/SVG/main}svgBlip"
    )
    assert svg_blip is not None
    part = deck.slides[0].part.related_part(svg_blip.get(qn("r:embed")))
    assert part.content_type == "image/svg+xml" and part.blob.startswith(b"<?xml")


def test_build_up_stages_and_focus_frames(qapp) -> None:
    document = load(RETAIL)
    purchase = next(d.id for d in document.diagrams() if d.name == "Purchase")
    steps = frames(document, purchase, "build-up")
    assert [f.title for f in steps] == ["Actors", "Use cases", "Include and extend", "Notes"]
    actors = {
        s.element for s in document.shapes(purchase) if document.get(s.element).kind == "actor"
    }
    assert steps[0].shown == frozenset(actors)
    assert steps[-1].shown is None  # the whole diagram at the end
    kinds = {document.get(i).kind for i in steps[1].shown}
    assert "include" not in kinds and "association" in kinds and "usecase" in kinds
    focus = frames(document, purchase, "focus")
    usecases = [
        s.element for s in document.shapes(purchase) if document.get(s.element).kind == "usecase"
    ]
    assert len(focus) == len(usecases)
    for frame in focus:
        assert frame.focus not in frame.faded
        for edge in document.edges(purchase):
            rel = document.get(edge.element)
            if frame.focus in (rel.source, rel.target) and rel.kind != "comment_link":
                assert rel.id not in frame.faded and rel.source not in frame.faded
    journey = load(JOURNEY)
    stages = frames(journey, journey.diagrams()[0].id, "stages")
    assert stages[0].title == "Who takes part"
    assert not any(journey.get(i).kind == "usecase" for i in stages[0].shown)
    assert [f.title for f in stages[1:]] == [s.name for s in journey.journey.stages]
    # A diagram without lanes is one slide when told by stages.
    assert frames(document, purchase, "stages") == frames(document, purchase)


def test_sequences_make_several_slides_and_numbered_pictures(tmp_path, capsys, qapp) -> None:
    code, out, err = run_cli(
        capsys,
        "export",
        str(RETAIL),
        "-d",
        "Purchase",
        "--slides",
        "build-up",
        "-o",
        str(tmp_path / "deck.pptx"),
    )
    assert code == 0, err
    assert out.strip().endswith("(4 slides)")
    titles = [s.shapes.title.text for s in Presentation(str(tmp_path / "deck.pptx")).slides]
    assert titles[0] == "Purchase (1/4): Actors" and titles[-1] == "Purchase (4/4): Notes"
    code, out, err = run_cli(
        capsys,
        "export",
        str(RETAIL),
        "-d",
        "Purchase",
        "--slides",
        "build-up",
        "-f",
        "png",
        "-o",
        str(tmp_path / "frames"),
    )
    assert code == 0, err
    files = sorted(p.name for p in (tmp_path / "frames").iterdir())
    assert files == [
        "01 Purchase - Actors.png",
        "02 Purchase - Use cases.png",
        "03 Purchase - Include and extend.png",
        "04 Purchase - Notes.png",
    ]
    code, out, err = run_cli(
        capsys,
        "export",
        str(RETAIL),
        "-d",
        "Purchase",
        "--slides",
        "stages",
        "-o",
        str(tmp_path / "stages.pptx"),
    )
    assert code == 0 and out.strip().endswith("(1 slide)")
    assert err == (
        "ucdesigner: warning: diagram 'Purchase' shows no journey lanes; it is told whole, "
        "not stage by stage\n"
    )
    first = QImage(str(tmp_path / "frames" / files[0]))
    last = QImage(str(tmp_path / "frames" / files[-1]))
    assert first.size() == last.size()  # the same frame throughout, things appear in it
    assert _ink(first) < _ink(last) / 3


def _ink(image: QImage) -> int:
    small = image.scaled(200, 200)
    return sum(
        1
        for x in range(small.width())
        for y in range(small.height())
        if small.pixelColor(x, y).lightness() < 160
    )


def test_a_file_that_cannot_be_written_is_one_line_and_leaves_nothing(
    tmp_path, capsys, qapp
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, out, err = run_cli(
        capsys, "export", str(RETAIL), "--all", "-o", str(blocker / "deck.pptx")
    )
    assert code == 2 and out == ""
    assert (
        err.count("\n") == 1 and err.startswith("ucdesigner: error: ") and "no such folder" in err
    )
    folder = tmp_path / "deck.pptx"
    folder.mkdir()
    code, _out, err = run_cli(capsys, "export", str(RETAIL), "--all", "-o", str(folder))
    assert code == 2 and "is a folder" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deck.pptx", "file"]
    assert list(folder.iterdir()) == []
    code, _out, err = run_cli(
        capsys, "export", str(RETAIL), "--all", "-o", str(tmp_path / "d.png"), "--as", "picture"
    )
    assert code == 2 and "--as applies to slides" in err


def long_and_empty(tmp_path: Path) -> Path:
    document = Document("Odd cases")
    long_name = " ".join(["Reconcile the quarterly supplier invoices"] * 4)
    document.add(Actor(id="a", name="Accounts Payable Clerk of the Northern Region Office"))
    document.add(UseCase(id="u", name=long_name))
    document.add(Association(id="r", source="a", target="u"))
    document.add_diagram(DiagramInfo(id="d", name="Long names"))
    document.add_shapes(
        "d",
        [
            Shape(element="a", x=0, y=0, width=48, height=84),
            Shape(element="u", x=200, y=10, width=160, height=70),
        ],
    )
    document.add_edges("d", [Edge(element="r")])
    document.add_diagram(DiagramInfo(id="e", name="Nothing yet"))
    path = tmp_path / "odd.ucd"
    save(document, path)
    return path


@needs_office
def test_libreoffice_shows_every_name_and_long_names_stay_inside(tmp_path, qapp) -> None:
    document = load(RETAIL)
    path = tmp_path / "deck.pptx"
    write_slides(document, path, [d.id for d in document.diagrams()])
    pdf = to_pdf(path)
    text = pdf_text(pdf)
    for diagram in document.diagrams():
        assert diagram.name in text
        for shape in document.shapes(diagram.id):
            element = document.get(shape.element)
            name = element.body if element.kind == "comment" else element.name
            for word in name.split():
                assert html.unescape(word) in text, (element.kind, name)
    pages = pdf_pages_png(pdf)
    assert len(pages) == len(document.diagrams())
    for page in pages:
        image = QImage(str(page))
        assert _ink(image) > 0

    odd = load(long_and_empty(tmp_path))
    deck = tmp_path / "odd.pptx"
    write_slides(odd, deck, ["d", "e"])
    ellipse = next(
        s for s in Presentation(str(deck)).slides[0].shapes if s.name.startswith("Use case: ")
    )
    words = pdf_words(to_pdf(deck))
    points = 1 / 12700
    left, top = ellipse.left * points, ellipse.top * points
    right, bottom = left + ellipse.width * points, top + ellipse.height * points
    inside = [w for w in words if w[0] == 1 and w[1] in ("Reconcile", "supplier", "invoices")]
    assert len(inside) == 12
    for _page, _word, x0, y0, x1, y1 in inside:
        assert left <= x0 and x1 <= right and top <= y0 and y1 <= bottom
    assert "This diagram is empty." in pdf_text(tmp_path / "odd.pdf")


def test_all_diagrams_go_into_one_deck(tmp_path, qapp, capsys) -> None:
    """With --all, -o deck.pptx is the one deck holding every diagram, not a folder."""
    deck = tmp_path / "deck.pptx"
    code, out, err = run_cli(capsys, "export", str(RETAIL), "--all", "-o", str(deck))
    assert code == 0, err
    names = [d.name for d in load(RETAIL).diagrams()]
    titles = [s.shapes.title.text for s in Presentation(str(deck)).slides]
    assert titles == names and len(names) > 1
    assert out.strip().endswith(f"({len(names)} slides)")
