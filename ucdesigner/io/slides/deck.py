"""The slide deck: one slide per diagram (or per step of a sequence), titled with the
diagram's name, the diagram scaled to fit the content area and centred, the use cases
shown listed with their goals in the speaker notes."""

from __future__ import annotations

import io
from dataclasses import dataclass, replace

from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.package import Part
from pptx.opc.packuri import PackURI
from pptx.oxml.ns import qn
from pptx.util import Emu, Inches, Pt

from ...model import Document, UseCase
from ..render import ExportOptions, render_png, render_svg
from ..render.geometry import DiagramGeometry, diagram_geometry
from ..report.texts import tr
from .drawingml import append_to
from .sequences import SEQUENCES, Frame, frames
from .shapes import SlideDrawer, fit

SLIDE_SIZES = {"16:9": (Emu(12192000), Emu(6858000)), "4:3": (Emu(9144000), Emu(6858000))}
MODES = ("shapes", "picture")
TITLE_ONLY = 5
"""The default template's "Title Only" layout: a real title (outline view, screen
readers) and nothing else."""
MARGIN = Inches(0.4)
TITLE_TOP = Inches(0.3)
TITLE_HEIGHT = Inches(0.8)
MOST = 2 * 9525
"""A small diagram is enlarged at most to twice its size (EMU per diagram unit)."""
PICTURE_DPI = 192
SVG_BLIP = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}"
SVG_NS = "http://schemas.microsoft.com/office/drawing/2016/SVG/main"


class SlidesError(Exception):
    """A deck that cannot be made; the message is one sentence for the user."""


@dataclass(frozen=True)
class SlideOptions:
    """How the deck is made: slide size, diagrams as shapes or pictures, and the
    sequence each diagram is told in (see ``sequences.SEQUENCES``)."""

    size: str = "16:9"
    mode: str = "shapes"
    sequence: str = "single"
    theme_name: str = "modern"

    def __post_init__(self) -> None:
        if self.size not in SLIDE_SIZES:
            raise SlidesError(f"unknown slide size {self.size!r} (use 16:9 or 4:3)")
        if self.mode not in MODES:
            raise SlidesError(f"unknown slide content {self.mode!r} (use shapes or picture)")
        if self.sequence not in SEQUENCES:
            raise SlidesError(
                f"unknown slide sequence {self.sequence!r} (use {', '.join(SEQUENCES)})"
            )


def deck_bytes(document: Document, diagram_ids: list[str], options: SlideOptions) -> bytes:
    """The .pptx file of the diagrams, as bytes."""
    if not diagram_ids:
        raise SlidesError("there are no diagrams to put on slides")
    deck = Presentation()
    width, height = SLIDE_SIZES[options.size]
    deck.slide_width, deck.slide_height = width, height
    for diagram_id in diagram_ids:
        if not document.has_diagram(diagram_id):
            raise SlidesError(f"there is no diagram with id {diagram_id!r}")
        geometry = diagram_geometry(
            document, diagram_id, ExportOptions(format="svg", theme_name=options.theme_name)
        )
        steps = frames(document, diagram_id, options.sequence)
        for number, frame in enumerate(steps, start=1):
            _slide(deck, document, diagram_id, geometry, frame, options, (number, len(steps)))
    data = io.BytesIO()
    deck.save(data)
    return data.getvalue()


def _slide(
    deck,
    document: Document,
    diagram_id: str,
    geometry: DiagramGeometry,
    frame: Frame,
    options: SlideOptions,
    step: tuple[int, int],
) -> None:
    slide = deck.slides.add_slide(deck.slide_layouts[TITLE_ONLY])
    width, height = deck.slide_width, deck.slide_height
    name = geometry.name or tr("Diagram")
    title = name if step[1] == 1 else f"{name} ({step[0]}/{step[1]}): {frame.title}"
    _title(slide, title, geometry, width)
    area = (
        MARGIN,
        TITLE_TOP + TITLE_HEIGHT + Inches(0.15),
        width - 2 * MARGIN,
        height - TITLE_TOP - TITLE_HEIGHT - Inches(0.15) - MARGIN,
    )
    if not geometry.nodes:
        _empty(slide, area, geometry)
    elif options.mode == "picture":
        _picture(slide, document, diagram_id, geometry, frame, area, options)
    else:
        tree = slide.shapes._spTree
        first = tree.max_shape_id + 1
        drawer = SlideDrawer(geometry, fit(geometry, area, MOST), frame, first)
        append_to(tree, drawer.draw())
    slide.notes_slide.notes_text_frame.text = speaker_notes(document, diagram_id, frame)


def _title(slide, text: str, geometry: DiagramGeometry, width: int) -> None:
    title = slide.shapes.title
    title.left, title.top = MARGIN, TITLE_TOP
    title.width, title.height = width - 2 * MARGIN, TITLE_HEIGHT
    title.text = text
    frame = title.text_frame
    frame.word_wrap = True
    frame.vertical_anchor = MSO_ANCHOR.MIDDLE
    for paragraph in frame.paragraphs:
        paragraph.alignment = PP_ALIGN.LEFT
        for run in paragraph.runs:
            run.font.name = geometry.font_family
            run.font.size = Pt(28 if len(text) < 60 else 22)
            run.font.bold = True
            run.font.color.rgb = RGBColor.from_string(geometry.theme.ink.lstrip("#").upper())


def _empty(slide, area, geometry: DiagramGeometry) -> None:
    left, top, width, height = area
    box = slide.shapes.add_textbox(left, top, width, height)
    box.name = "Empty diagram"
    frame = box.text_frame
    frame.word_wrap = True
    frame.vertical_anchor = MSO_ANCHOR.MIDDLE
    paragraph = frame.paragraphs[0]
    paragraph.alignment = PP_ALIGN.CENTER
    run = paragraph.add_run()
    run.text = tr("This diagram is empty.")
    run.font.size = Pt(24)
    run.font.name = geometry.font_family
    run.font.color.rgb = RGBColor.from_string(geometry.theme.muted_ink.lstrip("#").upper())


def frame_options(
    document: Document, diagram_id: str, frame: Frame, fmt: str, theme_name: str = "modern"
) -> ExportOptions:
    """The render path's options for one frame of a sequence."""
    every = [s.element for s in document.shapes(diagram_id)] + [
        e.element for e in document.edges(diagram_id)
    ]
    return ExportOptions(
        format=fmt,
        hidden=frame.hidden(every),
        faded=frame.faded,
        theme_name=theme_name,
    )


def _picture(
    slide,
    document: Document,
    diagram_id: str,
    geometry: DiagramGeometry,
    frame: Frame,
    area,
    options: SlideOptions,
) -> None:
    place = fit(geometry, area, MOST)
    width_emu = geometry.width * place.scale
    pixels = width_emu / 914400 * PICTURE_DPI
    base = frame_options(document, diagram_id, frame, "png", options.theme_name)
    scale = max(0.25, min(8.0, pixels / max(geometry.width, 1.0)))
    png = render_png(document, diagram_id, replace(base, scale=scale)).data
    picture = slide.shapes.add_picture(
        io.BytesIO(png),
        Emu(round(place.left)),
        Emu(round(place.top)),
        Emu(round(width_emu)),
        Emu(round(geometry.height * place.scale)),
    )
    picture.name = geometry.name or tr("Diagram")
    svg = render_svg(document, diagram_id, replace(base, format="svg")).data
    _add_svg(slide, picture, svg)


def _add_svg(slide, picture, svg: bytes) -> None:
    """The SVG beside the PNG (Office 2016 and later show it; others the PNG)."""
    package = slide.part.package
    number = sum(1 for p in package.iter_parts() if str(p.partname).endswith(".svg")) + 1
    part = Part(PackURI(f"/ppt/media/ucd-image{number}.svg"), "image/svg+xml", package, svg)
    rel_id = slide.part.relate_to(part, RT.IMAGE)
    blip = picture._element.find(".//" + qn("a:blip"))
    ext_list = blip.find(qn("a:extLst"))
    if ext_list is None:
        ext_list = etree.SubElement(blip, qn("a:extLst"))
    ext = etree.SubElement(ext_list, qn("a:ext"))
    ext.set("uri", SVG_BLIP)
    svg_blip = etree.SubElement(ext, f"{{{SVG_NS}}}svgBlip", nsmap={"asvg": SVG_NS})
    svg_blip.set(qn("r:embed"), rel_id)


def speaker_notes(document: Document, diagram_id: str, frame: Frame) -> str:
    """The use cases a slide shows, each with its goal, so the presenter has the story."""
    shown = [
        document.get(s.element)
        for s in sorted(document.shapes(diagram_id), key=lambda s: (round(s.y / 40), s.x))
        if frame.shows(s.element) and s.element not in frame.faded
    ]
    usecases = [u for u in shown if isinstance(u, UseCase)]
    if frame.focus is not None:
        usecases.sort(key=lambda u: u.id != frame.focus)
    if not usecases:
        return tr("No use cases on this slide.")
    lines = [tr("Use cases on this slide:")]
    for usecase in usecases:
        spec = usecase.specification
        goal = spec.goal.strip() if spec is not None and spec.goal.strip() else ""
        lines.append(
            f"• {usecase.name}: {goal}"
            if goal
            else f"• {usecase.name} " + tr("(no goal written yet)")
        )
    return "\n".join(lines)
