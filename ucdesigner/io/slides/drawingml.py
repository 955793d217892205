"""The few DrawingML shapes a slide of a diagram is made of, written as XML text.

python-pptx builds every shape through dozens of property calls, each searching the
slide's XML again (a 20-diagram deck took 8 s, nearly all of it there); a diagram
needs only preset shapes, straight connectors, groups and text, so they are written
here in one pass and added to the slide's shape tree at once. Nothing is inherited
from a theme style: every fill, line and font is said on the shape itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from lxml import etree

NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
HEADS = {"open": "arrow", "triangle": "triangle"}
"""Our arrowheads as DrawingML line ends (DrawingML has no hollow triangle: a
generalization gets the filled one). They are drawn large: DrawingML sizes a line end
by the line's width, and "lg" (five widths) comes closest to the canvas's."""


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of text: the text, size in points, bold, colour (#rrggbb)."""

    text: str
    points: float
    bold: bool
    colour: str


@dataclass(frozen=True)
class Text:
    """A shape's text: paragraphs, alignment "l"/"c", anchor "t"/"m", insets in EMU and
    whether office programs may shrink it further to fit the shape."""

    paragraphs: tuple[Paragraph, ...]
    font: str
    align: str = "c"
    anchor: str = "m"
    insets: tuple[int, int] = (0, 0)
    shrink: bool = False
    wrap: bool = True
    """False for labels on lines: one line each, as measured, whatever the font."""


def _colour(colour: str, alpha: float = 1.0) -> str:
    value = colour.lstrip("#")[-6:].upper()
    inner = f'<a:alpha val="{round(alpha * 100000)}"/>' if alpha < 1.0 else ""
    return f'<a:srgbClr val="{value}">{inner}</a:srgbClr>'


def fill_xml(colour: str | None, alpha: float = 1.0) -> str:
    return (
        "<a:noFill/>" if colour is None else f"<a:solidFill>{_colour(colour, alpha)}</a:solidFill>"
    )


def line_xml(
    colour: str | None,
    width: int = 0,
    dashed: bool = False,
    head: str | None = None,
    tail: str | None = None,
) -> str:
    if colour is None:
        return "<a:ln><a:noFill/></a:ln>"
    parts = [f'<a:ln w="{width}"><a:solidFill>{_colour(colour)}</a:solidFill>']
    if dashed:
        parts.append('<a:prstDash val="dash"/>')
    parts.append("<a:round/>")
    for tag, end in (("headEnd", head), ("tailEnd", tail)):
        if end is not None:
            parts.append(f'<a:{tag} type="{HEADS[end]}" w="lg" len="lg"/>')
    parts.append("</a:ln>")
    return "".join(parts)


def text_xml(text: Text | None) -> str:
    if text is None:
        return ""
    ix, iy = text.insets
    anchor = "t" if text.anchor == "t" else "ctr"
    fit = "<a:normAutofit/>" if text.shrink else "<a:noAutofit/>"
    font = quoteattr(text.font)
    paragraphs = []
    for paragraph in text.paragraphs:
        size = max(100, round(paragraph.points * 100))
        bold = ' b="1"' if paragraph.bold else ' b="0"'
        for line in paragraph.text.split("\n"):
            paragraphs.append(
                f'<a:p><a:pPr algn="{"l" if text.align == "l" else "ctr"}"/>'
                f'<a:r><a:rPr lang="en-US" sz="{size}"{bold} dirty="0">'
                f"<a:solidFill>{_colour(paragraph.colour)}</a:solidFill>"
                f"<a:latin typeface={font}/><a:cs typeface={font}/></a:rPr>"
                f"<a:t>{escape(line)}</a:t></a:r></a:p>"
            )
    wrap = "square" if text.wrap else "none"
    return (
        f'<p:txBody><a:bodyPr wrap="{wrap}" lIns="{ix}" tIns="{iy}" rIns="{ix}" bIns="{iy}" '
        f'anchor="{anchor}" rtlCol="0">{fit}</a:bodyPr><a:lstStyle/>'
        f"{''.join(paragraphs) or '<a:p/>'}</p:txBody>"
    )


def _xfrm(x: int, y: int, w: int, h: int, flip_h: bool = False, flip_v: bool = False) -> str:
    flips = (' flipH="1"' if flip_h else "") + (' flipV="1"' if flip_v else "")
    return f'<a:xfrm{flips}><a:off x="{x}" y="{y}"/><a:ext cx="{w}" cy="{h}"/></a:xfrm>'


def shape(
    shape_id: int,
    name: str,
    preset: str,
    box: tuple[int, int, int, int],
    fill: str,
    line: str,
    text: Text | None = None,
    textbox: bool = False,
) -> str:
    """A preset shape (``rect``, ``ellipse``, ``foldedCorner``) with ``fill`` and
    ``line`` (from ``fill_xml`` and ``line_xml``) and its text."""
    flag = ' txBox="1"' if textbox else ""
    return (
        f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name={quoteattr(name)}/>'
        f"<p:cNvSpPr{flag}/><p:nvPr/></p:nvSpPr><p:spPr>{_xfrm(*box)}"
        f'<a:prstGeom prst="{preset}"><a:avLst/></a:prstGeom>{fill}{line}</p:spPr>'
        f"{text_xml(text)}</p:sp>"
    )


def glue_frame(
    shape_id: int, name: str, box: tuple[int, int, int, int], sites: list[tuple[int, int]]
) -> str:
    """An invisible rectangle whose connection sites are ``sites`` (EMU, on the slide):
    lines glued to it keep exactly the ends the render path gives them, in programs
    that re-route glued connectors too."""
    x, y, w, h = box
    links = "".join(
        f'<a:cxn ang="0"><a:pos x="{sx - x}" y="{sy - y}"/></a:cxn>' for sx, sy in sites
    )
    outline = (
        f'<a:path w="{w}" h="{h}" fill="none" stroke="0"><a:moveTo><a:pt x="0" y="0"/>'
        f'</a:moveTo><a:lnTo><a:pt x="{w}" y="0"/></a:lnTo><a:lnTo><a:pt x="{w}" y="{h}"/>'
        f'</a:lnTo><a:lnTo><a:pt x="0" y="{h}"/></a:lnTo><a:close/></a:path>'
    )
    return (
        f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name={quoteattr(name)}/>'
        f"<p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr>{_xfrm(*box)}"
        f"<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst>{links}</a:cxnLst>"
        f'<a:rect l="0" t="0" r="r" b="b"/><a:pathLst>{outline}</a:pathLst></a:custGeom>'
        f"<a:noFill/><a:ln><a:noFill/></a:ln></p:spPr></p:sp>"
    )


def connector(
    shape_id: int,
    name: str,
    start: tuple[int, int],
    end: tuple[int, int],
    line: str,
    glue: tuple[tuple[int, int] | None, tuple[int, int] | None] = (None, None),
) -> str:
    """A straight connector from ``start`` to ``end`` (EMU); ``glue`` gives, for each
    end, (shape id, connection site) to glue it to, or None."""
    (x1, y1), (x2, y2) = start, end
    glued = []
    for tag, to in (("stCxn", glue[0]), ("endCxn", glue[1])):
        if to is not None:
            glued.append(f'<a:{tag} id="{to[0]}" idx="{to[1]}"/>')
    box = _xfrm(min(x1, x2), min(y1, y2), abs(x2 - x1), abs(y2 - y1), x2 < x1, y2 < y1)
    return (
        f'<p:cxnSp><p:nvCxnSpPr><p:cNvPr id="{shape_id}" name={quoteattr(name)}/>'
        f"<p:cNvCxnSpPr>{''.join(glued)}</p:cNvCxnSpPr><p:nvPr/></p:nvCxnSpPr>"
        f'<p:spPr>{box}<a:prstGeom prst="straightConnector1"><a:avLst/></a:prstGeom>'
        f"{line}</p:spPr></p:cxnSp>"
    )


def group(shape_id: int, name: str, box: tuple[int, int, int, int], members: list[str]) -> str:
    """A group of ``members`` (XML of shapes) whose bounding box is ``box``."""
    x, y, w, h = box
    return (
        f'<p:grpSp><p:nvGrpSpPr><p:cNvPr id="{shape_id}" name={quoteattr(name)}/>'
        f"<p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm>"
        f'<a:off x="{x}" y="{y}"/><a:ext cx="{w}" cy="{h}"/>'
        f'<a:chOff x="{x}" y="{y}"/><a:chExt cx="{w}" cy="{h}"/></a:xfrm></p:grpSpPr>'
        f"{''.join(members)}</p:grpSp>"
    )


def append_to(tree, pieces: list[str]) -> None:
    """Add the shapes (XML text) to a slide's shape tree, in order (back to front)."""
    if not pieces:
        return
    holder = etree.fromstring(
        f'<p:spTree xmlns:p="{NS_P}" xmlns:a="{NS_A}" xmlns:r="{NS_R}">'
        + "".join(pieces)
        + "</p:spTree>"
    )
    ext = tree.find(f"{{{NS_P}}}extLst")
    for child in list(holder):
        if ext is not None:
            ext.addprevious(child)
        else:
            tree.append(child)
