"""The file forms of a draw.io drawing, unpacked to its pages.

A ``.drawio`` (or ``.xml``) file is an ``mxfile`` of ``diagram`` pages, each holding an
``mxGraphModel`` as XML or compressed (base64, raw deflate, URL-encoding); a bare
``mxGraphModel`` is one page. A ``.drawio.png`` keeps the ``mxfile`` in a text chunk
named ``mxfile``; a ``.drawio.svg`` in its root's ``content`` attribute. Every piece of
XML goes through the hardened parser, and a page may not inflate beyond a limit.
"""

from __future__ import annotations

import base64
import binascii
import struct
import urllib.parse
import zlib

from lxml import etree

from .xmi import XMIError
from .xmi.names import local
from .xmi.safe import parse

MAX_PAGE_BYTES = 64 * 1024 * 1024
"""A compressed page may not inflate beyond this (a deflate bomb is refused)."""


class DrawioError(XMIError):
    """A file that is not a usable draw.io drawing; one line naming the file and why."""


def drawing_pages(data: bytes, source: str) -> list[tuple[str, etree._Element]]:
    """(page name, mxGraphModel element) for every page of the drawing."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        data = _png_text(data, source)
    root = parse(data, source).getroot()
    if local(root.tag) == "svg":
        content = root.get("content")
        if not content:
            raise DrawioError(f"{source}: is an SVG picture without a draw.io drawing in it")
        text = content if content.lstrip().startswith("<") else urllib.parse.unquote(content)
        root = parse(text.encode("utf-8"), f"{source} (embedded drawing)").getroot()
    if local(root.tag) == "mxGraphModel":
        return [("", root)]
    if local(root.tag) != "mxfile":
        raise DrawioError(
            f"{source}: is XML but not a draw.io drawing (its root element is <{local(root.tag)}>)"
        )
    pages = []
    for number, diagram in enumerate(root, start=1):
        if not isinstance(diagram.tag, str) or local(diagram.tag) != "diagram":
            continue
        name = diagram.get("name", "")
        model = next(
            (c for c in diagram if isinstance(c.tag, str) and local(c.tag) == "mxGraphModel"),
            None,
        )
        if model is None:
            where = f'{source} (page "{name or number}")'
            model = parse(_inflate(diagram.text or "", where), where).getroot()
            if local(model.tag) != "mxGraphModel":
                raise DrawioError(f"{where}: does not hold a drawing")
        pages.append((name, model))
    if not pages:
        raise DrawioError(f"{source}: is a draw.io file without pages")
    return pages


def _inflate(text: str, where: str) -> bytes:
    """A compressed page: base64, raw deflate, then URL-encoding."""
    try:
        packed = base64.b64decode(text.strip(), validate=False)
        inflater = zlib.decompressobj(-15)
        data = inflater.decompress(packed, MAX_PAGE_BYTES)
    except (binascii.Error, zlib.error, ValueError):
        raise DrawioError(f"{where}: is neither a drawing nor a compressed one") from None
    if not data:
        raise DrawioError(f"{where}: is neither a drawing nor a compressed one")
    if inflater.unconsumed_tail:
        raise DrawioError(f"{where}: expands beyond {MAX_PAGE_BYTES // 2**20} MB; refused")
    return urllib.parse.unquote(data.decode("utf-8", "replace")).encode("utf-8")


def _png_text(data: bytes, source: str) -> bytes:
    """The drawing kept in a PNG's ``mxfile`` text chunk."""
    offset = 8
    while offset + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[offset : offset + 8])
        body = data[offset + 8 : offset + 8 + length]
        offset += 12 + length
        if kind == b"tEXt":
            keyword, _, text = body.partition(b"\x00")
            if keyword == b"mxfile":
                return urllib.parse.unquote(text.decode("latin-1")).encode("utf-8")
        elif kind == b"zTXt":
            keyword, _, rest = body.partition(b"\x00")
            if keyword == b"mxfile":
                inflater = zlib.decompressobj()
                try:
                    text = inflater.decompress(rest[1:], MAX_PAGE_BYTES)
                except zlib.error:
                    break
                return urllib.parse.unquote(text.decode("latin-1")).encode("utf-8")
        elif kind == b"iTXt":
            keyword, _, rest = body.partition(b"\x00")
            if keyword == b"mxfile" and len(rest) > 2 and rest[0] == 0:
                text = rest[2:].split(b"\x00", 2)[-1]
                return urllib.parse.unquote(text.decode("utf-8", "replace")).encode("utf-8")
        elif kind == b"IEND":
            break
    raise DrawioError(f"{source}: is a PNG picture without a draw.io drawing in it")
