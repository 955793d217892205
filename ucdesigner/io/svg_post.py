"""Post-processing of the SVG that Qt's QSvgGenerator writes, so the file stands on its
own in browsers, librsvg, LibreOffice and slide software.

What it fixes: the size is written in px (Qt writes mm from its own resolution); the
diagram's name and a plain-language description become ``<title>`` and ``<desc>``; the
whole font-family stack is written, quoted as CSS wants it (Qt writes one family, or an
unquoted list, depending on the version); centred text is anchored at its centre, so it
stays centred when the viewer substitutes a font of other widths; the empty groups and
unused font attributes Qt writes for every state change are dropped (they made up about
half of the file).

No Qt here: the caller passes a function that measures text. No lxml either: the file
is read with the standard library's expat into a small tree (``_Element``) and written
back the way libxml2 pretty-prints it (an SVG export used to spend ~25 ms importing
lxml alone; tests/export/test_svg_post_bytes.py checks the bytes are the same).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from xml.parsers import expat

from ..textutil import xml_safe

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
_FONT_ATTRS = ("font-family", "font-size", "font-weight", "font-style")
_MATRIX = re.compile(r"matrix\(([^)]*)\)")
_XML_ILLEGAL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_XML_ILLEGAL_DELETE = bytes(range(32)).translate(None, b"\t\n\r")
_EMPTY_GROUP = re.compile(rb"<(g|defs)(?:\s[^<>]*+)?(?<!/)>[ \t\n\r]*+</\1>[^<]*+")
"""An empty group (or ``defs``) with the text after it, which lxml took along when it
removed one."""

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
    if len(raw.translate(None, _XML_ILLEGAL_DELETE)) != len(raw):
        raw = _XML_ILLEGAL_BYTES.sub("\ufffd".encode(), raw)
    if b"<!" not in raw.partition(b"<svg")[2]:  # no comment or CDATA to look into
        raw = _without_empty_groups(raw)
    reader = _parse(raw)
    root = reader.root
    # First, as every later step walks the tree: Qt writes two empty groups per item.
    if reader.empty_groups:
        _drop_empty_groups(root)
    _set_root(root, facts)
    _set_title(root, facts)
    stack = css_font_stack(facts.font_families)
    transforms: dict[_Element, Matrix] = {}
    left_aligned = _LeftAligned(facts.left_aligned)
    for text in reader.texts:
        if not text.gone:
            _anchor(text, left_aligned, text_width, transforms)
    _tidy(root, None, stack, frozenset())
    _drop_unused_namespaces(reader.prefixed)
    out: list[str] = ["<?xml version='1.0' encoding='UTF-8'?>\n"]
    _write(root, out, 0, True)
    out.append("\n")
    return "".join(out).encode("utf-8")


def _without_empty_groups(raw: bytes) -> bytes:
    """``raw`` without the empty groups (about half of Qt's), cut out of the text before
    it is read, which is much quicker than reading them; a group left empty by this
    goes in the next round. ``_drop_empty_groups`` does the same on the tree."""
    count = 1
    while count:
        raw, count = _EMPTY_GROUP.subn(b"", raw)
    return raw


class _Element:
    """An element as read: its tag as written (``g``, ``text``; Qt writes SVG in the
    default namespace), its namespace declarations and attributes in order, and its
    content (text runs as ``str``, child elements, comments as ``_Comment``)."""

    __slots__ = ("attrib", "content", "gone", "namespaces", "parent", "tag")

    def __init__(
        self,
        tag: str,
        attrib: dict[str, str],
        parent: _Element | None,
        namespaces: dict[str, str] | None = None,
    ) -> None:
        self.tag = tag
        self.namespaces = namespaces
        self.attrib = attrib
        self.content: list[_Element | _Comment | str] = []
        self.parent = parent
        self.gone = False
        """Taken out of the tree (an old title and what it held)."""

    def get(self, name: str, default: str | None = None) -> str | None:
        return self.attrib.get(name, default)

    def set(self, name: str, value: str) -> None:
        self.attrib[name] = value

    def children(self) -> list[_Element]:
        return [node for node in self.content if isinstance(node, _Element)]

    def iter(self, *tags: str) -> Iterator[_Element]:
        """This element and its descendants in document order (those named ``tags``)."""
        if not tags or self.tag in tags:
            yield self
        for node in self.content:
            if isinstance(node, _Element):
                yield from node.iter(*tags)

    def itertext(self) -> Iterator[str]:
        for node in self.content:
            if isinstance(node, str):
                yield node
            elif isinstance(node, _Element):
                yield from node.itertext()


class _Comment:
    """A comment, or a processing instruction (written as it was read)."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text


class _Reader:
    """expat's events into ``_Element``s, keeping and dropping whitespace as lxml's
    ``remove_blank_text`` does (libxml2's heuristic, there being no DTD): a run of
    blanks is kept inside ``xml:space="preserve"``, as the whole content of an element,
    and beside text; between elements it goes."""

    def __init__(self) -> None:
        self.root: _Element | None = None
        self.current: _Element | None = None
        self.preserve: list[bool] = [False]
        self.pending = ""
        self.texts: list[_Element] = []
        """The ``text`` elements, in document order."""
        self.prefixed: list[_Element] = []
        """The elements with a prefixed name or attribute, or namespace declarations."""
        self.empty_groups = False
        """Whether an empty ``g`` or ``defs`` was read."""

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        self.pending = ""  # blanks before the first child go
        parent = self.current
        names = " ".join(attrib)
        namespaces = None
        if "xmlns" in names:
            declared = [k for k in attrib if k == "xmlns" or k.startswith("xmlns:")]
            namespaces = {k: attrib.pop(k) for k in declared}
        element = _Element(tag, attrib, parent, namespaces)
        preserve = self.preserve
        if ":" in names or ":" in tag or namespaces:
            self.prefixed.append(element)
            space = attrib.get("xml:space")
            preserve.append(preserve[-1] if space is None else space == "preserve")
        else:
            preserve.append(preserve[-1])
        if tag == "text":
            self.texts.append(element)
        if parent is None:
            self.root = element
        else:
            parent.content.append(element)
        self.current = element

    def end(self, tag: str) -> None:
        if self.pending:  # blanks as the whole content stay
            assert self.current is not None
            self.current.content.append(self.pending)
            self.pending = ""
        self.preserve.pop()
        element = self.current
        assert element is not None
        if (tag == "g" or tag == "defs") and _is_empty(element):
            self.empty_groups = True
        self.current = element.parent

    def comment(self, text: str) -> None:
        self.pending = ""
        if self.current is not None:
            self.current.content.append(_Comment(f"<!--{text}-->"))

    def instruction(self, target: str, data: str) -> None:
        self.pending = ""
        if self.current is not None:
            text = f"<?{target} {data}?>" if data else f"<?{target}?>"
            self.current.content.append(_Comment(text))

    def characters(self, data: str) -> None:
        """A whole run of text (the parser's buffer holds the whole file)."""
        element = self.current
        if element is None:
            return
        content = element.content
        if not data.strip(" \t\n\r") and not self.preserve[-1]:
            if not content:
                self.pending = data  # kept if the element ends next
                return
            if not (isinstance(content[-1], str) or isinstance(content[0], str)):
                return
        if content and isinstance(content[-1], str):
            content[-1] += data
        else:
            content.append(data)


def _parse(data: bytes) -> _Reader:
    reader = _Reader()
    parser = expat.ParserCreate()
    parser.buffer_text = True
    parser.buffer_size = max(len(data), 8192)  # so that each run of text comes whole
    parser.StartElementHandler = reader.start
    parser.EndElementHandler = reader.end
    parser.CharacterDataHandler = reader.characters
    parser.CommentHandler = reader.comment
    parser.ProcessingInstructionHandler = reader.instruction
    parser.Parse(data, True)
    assert reader.root is not None
    return reader


_TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_ATTR_ESCAPES = str.maketrans(
    {
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        '"': "&quot;",
        "\n": "&#10;",
        "\r": "&#13;",
        "\t": "&#9;",
    }
)
_INDENT_LEVELS = 30
"""libxml2 indents at most this many levels (60 spaces)."""


_ATTR_SPECIAL = re.compile('[&<>"\n\r\t]')
_TEXT_SPECIAL = re.compile("[&<>\r]")


def _attributes(element: _Element) -> str:
    attrib = element.attrib
    items = attrib.items()
    if element.namespaces:
        items = [*element.namespaces.items(), *items]
    elif not _ATTR_SPECIAL.search("".join(attrib.values())):
        return "".join([f' {name}="{value}"' for name, value in items])
    return "".join([f' {name}="{value.translate(_ATTR_ESCAPES)}"' for name, value in items])


def _write(element: _Element, out: list[str], level: int, formatted: bool) -> None:
    """``element`` written as lxml's ``tostring(pretty_print=True)`` writes it: two
    spaces per level and one element a line, except inside an element that holds text,
    whose content is written as it is."""
    tag = element.tag
    content = element.content
    if not content:
        out.append(f"<{tag}{_attributes(element)}/>")
        return
    inner = formatted and not any(isinstance(node, str) for node in content)
    out.append(f"<{tag}{_attributes(element)}>\n" if inner else f"<{tag}{_attributes(element)}>")
    indent = "  " * min(level + 1, _INDENT_LEVELS)
    for node in content:
        if inner:
            out.append(indent)
        if isinstance(node, _Element):
            _write(node, out, level + 1, inner)
        elif isinstance(node, str):
            out.append(node.translate(_TEXT_ESCAPES) if _TEXT_SPECIAL.search(node) else node)
        else:
            out.append(node.text)
        if inner:
            out.append("\n")
    if inner:
        out.append("  " * min(level, _INDENT_LEVELS))
    out.append(f"</{tag}>")


def _drop_unused_namespaces(prefixed: list[_Element]) -> None:
    """What ``lxml.etree.cleanup_namespaces`` does here: a prefix declared and used by
    no element or attribute still in the tree is dropped (``xmlns:xlink`` without
    images). ``prefixed``: the elements with prefixes or declarations, as read."""
    there = [element for element in prefixed if not element.gone]
    used = set()
    for element in there:
        for name in (element.tag, *element.attrib):
            if ":" in name:
                used.add(name.split(":", 1)[0])
    for element in there:
        for name in list(element.namespaces or ()):
            prefix = name.partition(":")[2]
            if prefix and prefix not in used:
                del element.namespaces[name]


def _number(value: float) -> str:
    return f"{value:.3f}".rstrip("0").rstrip(".")


def _set_root(root: _Element, facts: SvgFacts) -> None:
    root.set("width", _number(facts.width))
    root.set("height", _number(facts.height))
    root.set("viewBox", f"0 0 {_number(facts.width)} {_number(facts.height)}")
    root.set("version", "1.1")
    root.attrib.pop("baseProfile", None)
    root.set("role", "img")
    root.set("aria-labelledby", "title desc")


def _set_title(root: _Element, facts: SvgFacts) -> None:
    root.content = _without(root.content, ("title", "desc"))
    title = _Element("title", {"id": "title"}, root)
    title.content.append(xml_safe(facts.title))
    desc = _Element("desc", {"id": "desc"}, root)
    desc.content.append(xml_safe(facts.description))
    root.content[0:0] = [title, desc]


Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _own_matrix(node: _Element) -> Matrix | None:
    transform = node.get("transform")
    return _matrix(transform) if transform else None


@lru_cache(maxsize=4096)
def _matrix(transform: str) -> Matrix | None:
    """A ``transform`` attribute's matrix (Qt writes the same one on an item's groups)."""
    match = _MATRIX.search(transform)
    if not match:
        return None
    a, b, c, d, e, f = (float(v) for v in re.split(r"[ ,]+", match.group(1).strip()))
    return a, b, c, d, e, f


def _transform_of(element: _Element, known: dict[_Element, Matrix]) -> Matrix:
    """The element's ``matrix(...)`` transform composed with its ancestors'; ``known``
    keeps what was worked out for each element (texts share their groups)."""
    if element in known:
        return known[element]
    parent = element.parent
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
    text: _Element,
    left_aligned: _LeftAligned,
    text_width: TextWidth,
    transforms: dict[_Element, Matrix],
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
    element: _Element,
    parent: _Element | None,
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
    is_text = element.tag == "text"
    if is_text and parent is not None:
        inherited = parent.attrib
        for name in _INHERITED:
            value = attrib.get(name)
            if value is not None and inherited.get(name) == value:
                del attrib[name]
    for name in _INITIAL.keys() & attrib.keys():
        if attrib[name] == _INITIAL[name]:
            if name not in overridden:
                del attrib[name]
        else:
            overridden = overridden | {name}
    holds_text = is_text
    for child in element.content:
        if isinstance(child, _Element) and _tidy(child, element, font_stack, overridden):
            holds_text = True
    if not holds_text and element.tag == "g":
        for name in _FONT_ATTRS:
            attrib.pop(name, None)
    return holds_text


def _drop_empty_groups(element: _Element) -> None:
    # Children first, so that a group left empty by its children's removal goes too.
    # A removed element takes its tail (the text after it) along, as in lxml.
    kept: list[_Element | _Comment | str] = []
    dropping = False
    for node in element.content:
        if isinstance(node, str):
            if not dropping:
                kept.append(node)
            continue
        dropping = False
        if isinstance(node, _Element):
            _drop_empty_groups(node)
            if node.tag in ("g", "defs") and _is_empty(node):
                node.gone = True
                dropping = True
                continue
        kept.append(node)
    element.content = kept


def _is_empty(element: _Element) -> bool:
    return all(isinstance(node, str) for node in element.content) and not (
        "".join(element.content).strip()  # type: ignore[arg-type]
    )


def _without(content: list, tags: tuple[str, ...]) -> list:
    """``content`` without its elements named ``tags`` and their tails."""
    kept = []
    dropping = False
    for node in content:
        if isinstance(node, str):
            if not dropping:
                kept.append(node)
            continue
        dropping = isinstance(node, _Element) and node.tag in tags
        if dropping:
            for gone in node.iter():
                gone.gone = True
        else:
            kept.append(node)
    return kept


def external_references(svg: bytes) -> list[str]:
    """Every href or url(...) in the file that points outside it (not ``#id`` or data:)."""
    found = []
    href = ("href", f"{XLINK_NS} href")

    def start(tag: str, attrib: dict[str, str]) -> None:
        for name, value in attrib.items():
            if name in href and not value.startswith(("#", "data:")):
                found.append(value)
            for url in re.findall(r"url\(\s*['\"]?([^)'\"]*)", value):
                if not url.startswith(("#", "data:")):
                    found.append(url)

    parser = expat.ParserCreate(namespace_separator=" ")
    parser.StartElementHandler = start
    parser.Parse(svg, True)
    return found
