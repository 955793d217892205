"""The SVG post-processor as it was written with lxml (ucdesigner 2026-12-03,
``io/svg_post.py`` before it moved to the standard library's expat), kept only as
the oracle of tests/export/test_svg_post_bytes.py: the product's post-processor must
write the same bytes from the same raw SVG. Not imported by ucdesigner."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from lxml import etree

from ucdesigner.textutil import xml_safe

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
_S = f"{{{SVG_NS}}}"
_TEXT = f"{_S}text"
_GROUP = f"{_S}g"
_FONT_ATTRS = ("font-family", "font-size", "font-weight", "font-style")
_MATRIX = re.compile(r"matrix\(([^)]*)\)")
_XML_ILLEGAL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")

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
    root = etree.fromstring(_XML_ILLEGAL_BYTES.sub("\ufffd".encode(), raw), parser)
    # First, as every later step walks the tree: Qt writes two empty groups per item.
    _drop_empty_groups(root)
    _set_root(root, facts)
    _set_title(root, facts)
    stack = css_font_stack(facts.font_families)
    transforms: dict[etree._Element, Matrix] = {}
    left_aligned = _LeftAligned(facts.left_aligned)
    for text in root.iter(f"{_S}text"):
        _anchor(text, left_aligned, text_width, transforms)
    _tidy(root, None, stack, frozenset())
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
    title.text = xml_safe(facts.title)
    desc = etree.Element(f"{_S}desc", id="desc")
    desc.text = xml_safe(facts.description)
    root.insert(0, desc)
    root.insert(0, title)


Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _own_matrix(node: etree._Element) -> Matrix | None:
    match = _MATRIX.search(node.get("transform", ""))
    if not match:
        return None
    a, b, c, d, e, f = (float(v) for v in re.split(r"[ ,]+", match.group(1).strip()))
    return a, b, c, d, e, f


def _transform_of(element: etree._Element, known: dict[etree._Element, Matrix]) -> Matrix:
    """The element's ``matrix(...)`` transform composed with its ancestors'; ``known``
    keeps what was worked out for each element (texts share their groups)."""
    if element in known:
        return known[element]
    parent = element.getparent()
    outer = _transform_of(parent, known) if parent is not None else _IDENTITY
    own = _own_matrix(element)
    if own is None:
        result = outer
    else:
        pa, pb, pc, pd, pe, pf = outer
        a, b, c, d, e, f = own
        # parent * current
        result = (
            pa * a + pc * b,
            pb * a + pd * b,
            pa * c + pc * d,
            pb * c + pd * d,
            pa * e + pc * f + pe,
            pb * e + pd * f + pf,
        )
    known[element] = result
    return result


class _LeftAligned:
    """The left-aligned areas, filed by grid cell so that a text is checked against the
    few areas near it, not every one in the picture."""

    CELL = 64.0

    def __init__(self, boxes: Sequence[Box]) -> None:
        self._cells: dict[tuple[int, int], list[Box]] = {}
        for box in boxes:
            x0, y0, x1, y1 = box
            for cx in range(self._cell(x0 - 0.5), self._cell(x1) + 1):
                for cy in range(self._cell(y0), self._cell(y1 + 0.5) + 1):
                    self._cells.setdefault((cx, cy), []).append(box)

    def _cell(self, value: float) -> int:
        return int(value // self.CELL)

    def contains(self, x: float, y: float) -> bool:
        near = self._cells.get((self._cell(x), self._cell(y)), ())
        return any(x0 - 0.5 <= x <= x1 and y0 <= y <= y1 + 0.5 for x0, y0, x1, y1 in near)


def _anchor(
    text: etree._Element,
    left_aligned: _LeftAligned,
    text_width: TextWidth,
    transforms: dict[etree._Element, Matrix],
) -> None:
    content = "".join(text.itertext())
    if not content.strip() or text.get("text-anchor"):
        return
    try:
        x, y = float(text.get("x", "0")), float(text.get("y", "0"))
        size = float(text.get("font-size", "12"))
        weight = int(float(text.get("font-weight", "400")))
    except ValueError:
        return
    a, b, c, d, e, f = _transform_of(text, transforms)
    ax, ay = a * x + c * y + e, b * x + d * y + f
    if left_aligned.contains(ax, ay):
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


def _tidy(
    element: etree._Element,
    parent: etree._Element | None,
    font_stack: str,
    overridden: frozenset[str],
) -> bool:
    """One walk down the tree (parents before children): write the whole font stack;
    drop what Qt repeats of a group's attributes on every text, the initial values it
    writes everywhere (unless an ancestor, in ``overridden``, sets another), and the
    font attributes of groups that hold no text. None of it changes the drawing.
    Returns whether the element holds text."""
    attrib = element.attrib
    if "font-family" in attrib:
        attrib["font-family"] = font_stack
    is_text = element.tag == _TEXT
    if is_text and parent is not None:
        inherited = parent.attrib
        for name in _INHERITED:
            value = attrib.get(name)
            if value is not None and inherited.get(name) == value:
                del attrib[name]
    for name, initial in _INITIAL.items():
        value = attrib.get(name)
        if value is None:
            continue
        if value == initial:
            if name not in overridden:
                del attrib[name]
        else:
            overridden = overridden | {name}
    holds_text = is_text
    for child in element:
        if isinstance(child.tag, str) and _tidy(child, element, font_stack, overridden):
            holds_text = True
    if not holds_text and element.tag == _GROUP:
        for name in _FONT_ATTRS:
            attrib.pop(name, None)
    return holds_text


def _drop_empty_groups(root: etree._Element) -> None:
    # Children come before their parents in reverse document order, so a group left
    # empty by its children's removal is seen after them.
    for element in reversed(list(root.iter(f"{_S}g", f"{_S}defs"))):
        if len(element) == 0 and not (element.text or "").strip():
            element.getparent().remove(element)
