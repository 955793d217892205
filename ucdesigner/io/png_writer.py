"""A small PNG writer for the picture export: 8-bit RGB or RGBA rows that already carry
their filter byte, compressed with zlib, and the DPI in a pHYs chunk.

Why not QImage.save: on a large picture (a 500-shape diagram at 2x is 68 megapixels)
libpng's adaptive row filtering takes 2.5 s, more than twice the painting itself. zlib
at level 3 on unfiltered rows gives a file of the same size (diagrams are mostly flat
colour) in 0.45 s. No Qt here: the caller supplies the bytes.
"""

from __future__ import annotations

import struct
import zlib

SIGNATURE = b"\x89PNG\r\n\x1a\n"
LEVEL = 3
"""Measured on the 500-shape benchmark: level 3 is as fast as 1 and 3 % smaller; level 6
is 20 % smaller and 3.5 times slower."""


def chunk(kind: bytes, data: bytes) -> bytes:
    """One PNG chunk: length, type, data, CRC."""
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def encode_png(
    rows: memoryview | bytes, width: int, height: int, alpha: bool, dpi: float | None = None
) -> bytes:
    """A PNG file from ``height`` rows of a filter byte (0) and ``width`` RGB or RGBA
    pixels; ``dpi`` goes into the pHYs chunk as pixels per metre."""
    channels = 4 if alpha else 3
    if len(rows) != height * (1 + width * channels):
        raise ValueError("the rows do not match the image size")
    header = struct.pack(">IIBBBBB", width, height, 8, 6 if alpha else 2, 0, 0, 0)
    parts = [SIGNATURE, chunk(b"IHDR", header)]
    if dpi:
        per_metre = round(dpi / 0.0254)
        parts.append(chunk(b"pHYs", struct.pack(">IIB", per_metre, per_metre, 1)))
    parts.append(chunk(b"IDAT", zlib.compress(rows, LEVEL)))
    parts.append(chunk(b"IEND", b""))
    return b"".join(parts)
