"""Post-processing of the SVG that Qt's QSvgGenerator writes, so the file stands on its
own in browsers, librsvg, LibreOffice and slide software.

What it fixes: the size is written in px (Qt writes mm from its own resolution); the
diagram's name and a plain-language description become ``<title>`` and ``<desc>``; the
whole font-family stack is written, quoted as CSS wants it (Qt writes one family, or an
unquoted list, depending on the version); centred text is anchored at its centre, so it
stays centred when the viewer substitutes a font of other widths; the empty groups and
unused font attributes Qt writes for every state change are dropped (they made up about
half of the file).

No Qt here: the caller passes a function that measures text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from lxml import etree

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
_S = f"{{{SVG_NS}}}"
_FONT_ATTRS = ("font-family", "font-size", "font-weight", "font-style")
_MATRIX = re.compile(r"matrix\(([^)]*)\)")

TextWidth = Callable[[str, float, int, bool], float]
"""``(text, size_px, weight, italic) -> advance width in px``."""

Box = tuple[float, float, float, float]
"""``(left, top, right, bottom)`` in the SVG's user units."""


@dataclass(frozen=True)
class SvgFacts:
    """What the post-processing writes into the file."""

    width: float
    height: float
    title: str
    description: str
    font_families: Sequence[str]
    left_aligned: Sequence[Box] = ()
    """Areas whose text is left-aligned (a boundary's title, a comment, a note); all other
    text is centred on its line."""


def css_font_stack(families: Sequence[str]) -> str:
    """``Inter, 'Segoe UI', ..., sans-serif``: names with spaces quoted, generics bare."""
    generic = {"serif", "sans-serif", "monospace", "cursive", "fantasy", "system-ui"}
    return ", ".join(
        name if name in generic or name.isidentifier() else f"'{name}'" for name in families
    )


def finish_svg(raw: bytes, facts: SvgFacts, text_width: TextWidth) -> bytes:
    """The finished SVG document for the raw output of QSvgGenerator."""
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, remove_blank_text=True
    )
    root = etree.fromstring(raw, parser)
    _set_root(root, facts)
    _set_title(root, facts)
    stack = css_font_stack(facts.font_families)
    for text in root.iter(f"{_S}text"):
        _anchor(text, facts.left_aligned, text_width)
    for element in root.iter():
        if "font-family" in element.attrib:
            element.set("font-family", stack)
    _prune(root)
    _drop_repeats(root)
    etree.cleanup_namespaces(root)
    body = etree.tostring(root, encoding="UTF-8", xml_declaration=True, pretty_print=True)
    return body


def _number(value: float) -> str:
    return f"{value:.3f}".rstrip("0").rstrip(".")


def _set_root(root: etree._Element, facts: SvgFacts) -> None:
    root.set("width", _number(facts.width))
    root.set("height", _number(facts.height))
    root.set("viewBox", f"0 0 {_number(facts.width)} {_number(facts.height)}")
    root.set("version", "1.1")
    root.attrib.pop("baseProfile", None)
    root.set("role", "img")
    root.set("aria-labelledby", "title desc")


def _set_title(root: etree._Element, facts: SvgFacts) -> None:
    for old in [*root.findall(f"{_S}title"), *root.findall(f"{_S}desc")]:
        root.remove(old)
    title = etree.Element(f"{_S}title", id="title")
    title.text = facts.title
    desc = etree.Element(f"{_S}desc", id="desc")
    desc.text = facts.description
    root.insert(0, desc)
    root.insert(0, title)


def _transform_of(element: etree._Element) -> tuple[float, float, float, float, float, float]:
    """The element's ``matrix(...)`` transform composed with its ancestors'."""
    chain = [element, *element.iterancestors()]
    a, b, c, d, e, f = 1.0, 0.0, 0.0, 1.0, 0.0, 0.0
    for node in chain:
        match = _MATRIX.search(node.get("transform", ""))
        if not match:
            continue
        pa, pb, pc, pd, pe, pf = (float(v) for v in re.split(r"[ ,]+", match.group(1).strip()))
        # parent * current
        a, b, c, d, e, f = (
            pa * a + pc * b,
            pb * a + pd * b,
            pa * c + pc * d,
            pb * c + pd * d,
            pa * e + pc * f + pe,
            pb * e + pd * f + pf,
        )
    return a, b, c, d, e, f


def _anchor(text: etree._Element, left_boxes: Sequence[Box], text_width: TextWidth) -> None:
    content = "".join(text.itertext())
    if not content.strip() or text.get("text-anchor"):
        return
    try:
        x, y = float(text.get("x", "0")), float(text.get("y", "0"))
        size = float(text.get("font-size", "12"))
        weight = int(float(text.get("font-weight", "400")))
    except ValueError:
        return
    a, b, c, d, e, f = _transform_of(text)
    ax, ay = a * x + c * y + e, b * x + d * y + f
    if any(x0 - 0.5 <= ax <= x1 and y0 <= ay <= y1 + 0.5 for x0, y0, x1, y1 in left_boxes):
        return
    width = text_width(content, size, weight, text.get("font-style") == "italic")
    text.set("x", _number(x + width / 2))
    text.set("text-anchor", "middle")


_INHERITED = (
    "fill",
    "fill-opacity",
    "stroke",
    "stroke-opacity",
    "font-family",
    "font-size",
    "font-weight",
    "font-style",
)
_INITIAL = {"fill-opacity": "1", "stroke-opacity": "1", "vector-effect": "none"}


def _drop_repeats(root: etree._Element) -> None:
    """Qt repeats its group's attributes on every text and writes initial values
    everywhere; neither changes the drawing (inheritance gives the same values)."""
    for text in root.iter(f"{_S}text"):
        parent = text.getparent()
        for name in _INHERITED:
            if name in text.attrib and parent is not None and parent.get(name) == text.get(name):
                del text.attrib[name]
    for element in root.iter():
        for name, initial in _INITIAL.items():
            if element.get(name) == initial and all(
                a.get(name, initial) == initial for a in element.iterancestors()
            ):
                del element.attrib[name]


def _prune(root: etree._Element) -> None:
    """Drop empty groups and empty defs; drop font attributes where no text uses them."""
    changed = True
    while changed:
        changed = False
        for element in list(root.iter(f"{_S}g", f"{_S}defs")):
            if len(element) == 0 and not (element.text or "").strip():
                element.getparent().remove(element)
                changed = True
    for group in root.iter(f"{_S}g"):
        if next(group.iter(f"{_S}text"), None) is None:
            for name in _FONT_ATTRS:
                group.attrib.pop(name, None)


def external_references(svg: bytes) -> list[str]:
    """Every href or url(...) in the file that points outside it (not ``#id`` or data:)."""
    root = etree.fromstring(svg, etree.XMLParser(resolve_entities=False, no_network=True))
    found = []
    for element in root.iter():
        for name, value in element.attrib.items():
            if name in ("href", f"{{{XLINK_NS}}}href") and not value.startswith(("#", "data:")):
                found.append(value)
            for url in re.findall(r"url\(\s*['\"]?([^)'\"]*)", value):
                if not url.startswith(("#", "data:")):
                    found.append(url)
    return found
