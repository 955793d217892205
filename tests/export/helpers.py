"""Shared helpers for the export tests: documents, PNG reading, image comparison."""

from __future__ import annotations

import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from ucdesigner.model import (
    Actor,
    Association,
    Comment,
    CommentLink,
    DiagramInfo,
    Document,
    Edge,
    Extend,
    ExtensionPoint,
    Generalization,
    Include,
    Shape,
    Subject,
    UseCase,
)

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"
SVG = "{http://www.w3.org/2000/svg}"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium missing (Debian package chromium)"
)


def run_chromium(*args: str) -> None:
    """Run headless Chromium (no sandbox, GPU, network or first-run page) with ``args``,
    e.g. ``--screenshot=…`` or ``--print-to-pdf=…`` and a file URI; fails if it fails."""
    subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--no-first-run",
            *args,
        ],
        capture_output=True,
        timeout=120,
        check=True,
    )


def support_document() -> Document:
    """A small diagram with every kind of text: names, keywords, a condition note, a
    boundary title, a comment, extension points."""
    d = Document("Support")
    d.add(
        Subject(id="shop", name="Online Shop"),
        Actor(id="cust", name="Customer"),
        Actor(id="vip", name="Premium Customer"),
        UseCase(
            id="ret",
            name="Request Return",
            subjects=("shop",),
            extension_points=(ExtensionPoint(id="ep", name="Item damaged"),),
        ),
        UseCase(id="ver", name="Verify Purchase", subjects=("shop",)),
        UseCase(id="dmg", name="Report Damage", subjects=("shop",)),
        Comment(id="note", body="Within 30 days"),
        Association(id="r1", source="cust", target="ret"),
        Include(id="r2", source="ret", target="ver"),
        Extend(
            id="r3",
            source="dmg",
            target="ret",
            condition="box is crushed",
            extension_points=("ep",),
        ),
        Generalization(id="r4", source="vip", target="cust"),
        CommentLink(id="r5", source="note", target="ret"),
    )
    d.add_diagram(DiagramInfo(id="main", name="Returns: main/flow"))
    d.add_shapes(
        "main",
        [
            Shape(element="shop", x=200, y=0, width=520, height=420),
            Shape(element="cust", x=40, y=120, width=48, height=84),
            Shape(element="vip", x=40, y=320, width=48, height=84),
            Shape(element="ret", x=260, y=80, width=200, height=90),
            Shape(element="ver", x=520, y=80, width=160, height=70),
            Shape(element="dmg", x=260, y=300, width=160, height=70),
            Shape(element="note", x=760, y=40, width=160, height=50),
        ],
    )
    d.add_edges("main", [Edge(element=r) for r in ("r1", "r2", "r3", "r4", "r5")])
    return d


def names_on(document: Document, diagram_id: str) -> list[str]:
    """Every name (or comment body) drawn on the diagram."""
    found = []
    for shape in document.shapes(diagram_id):
        element = document.get(shape.element)
        found.append(getattr(element, "body", "") or element.name)
    return [n for n in found if n]


def svg_root(data: bytes) -> etree._Element:
    return etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))


def inherited(element: etree._Element, name: str) -> str | None:
    """The value of a presentation attribute as SVG inheritance gives it."""
    for node in (element, *element.iterancestors()):
        if name in node.attrib:
            return node.get(name)
    return None


def svg_text(data: bytes) -> str:
    """All text of the SVG's <text> elements, lines joined by spaces."""
    root = svg_root(data)
    return " ".join("".join(t.itertext()) for t in root.iter(f"{SVG}text"))


def png_chunks(data: bytes) -> dict[bytes, bytes]:
    """The chunks of a PNG file by type (the last of each type), read without Qt."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    chunks: dict[bytes, bytes] = {}
    pos = 8
    idat = b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])
        assert crc == zlib.crc32(kind + body), f"bad CRC in {kind!r}"
        if kind == b"IDAT":
            idat += body
        chunks[kind] = body
        pos += 12 + length
    chunks[b"IDAT"] = idat
    return chunks


def png_header(data: bytes) -> dict[str, int]:
    width, height, depth, colour, *_ = struct.unpack(">IIBBBBB", png_chunks(data)[b"IHDR"])
    return {"width": width, "height": height, "depth": depth, "colour": colour}


def png_dpi(data: bytes) -> float:
    x, y, unit = struct.unpack(">IIB", png_chunks(data)[b"pHYs"])
    assert unit == 1 and x == y
    return x * 0.0254


def image(data: bytes) -> QImage:
    result = QImage.fromData(data)
    assert not result.isNull()
    return result.convertToFormat(QImage.Format.Format_ARGB32)


def difference(a: QImage, b: QImage, cell: int = 4) -> tuple[float, float]:
    """Compare two pictures of the same size after shrinking both by ``cell`` (which
    forgives antialiasing and half-pixel differences in glyph placement): the mean
    absolute difference per channel (0-255) and the share of cells that differ by
    more than 48 in some channel."""
    assert (a.width(), a.height()) == (b.width(), b.height()), (a.size(), b.size())
    w, h = max(1, a.width() // cell), max(1, a.height() // cell)
    mode = Qt.TransformationMode.SmoothTransformation
    small_a = a.scaled(w, h, Qt.AspectRatioMode.IgnoreAspectRatio, mode).convertToFormat(
        QImage.Format.Format_RGBA8888
    )
    small_b = b.scaled(w, h, Qt.AspectRatioMode.IgnoreAspectRatio, mode).convertToFormat(
        QImage.Format.Format_RGBA8888
    )
    pa, pb = bytes(small_a.constBits()), bytes(small_b.constBits())
    stride = small_a.bytesPerLine()
    total, bad, count = 0, 0, 0
    for y in range(h):
        row_a = pa[y * stride : y * stride + w * 4]
        row_b = pb[y * stride : y * stride + w * 4]
        for x in range(0, w * 4, 4):
            diffs = [abs(row_a[x + k] - row_b[x + k]) for k in range(3)]
            total += sum(diffs)
            bad += max(diffs) > 48
            count += 1
    return total / (3 * count), bad / count
