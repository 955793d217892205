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
from concurrent.futures import Future, ThreadPoolExecutor

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
    return _file(width, height, alpha, dpi, zlib.compress(rows, LEVEL))


class PngStream:
    """A PNG written band by band: ``add_rows`` hands each band's rows (filter byte
    first) to a worker thread that compresses them in order, so the caller can paint
    the next band meanwhile (zlib releases the GIL); ``finish`` returns the file."""

    def __init__(self, width: int, height: int, alpha: bool, dpi: float | None = None) -> None:
        self.width, self.height, self.alpha, self.dpi = width, height, alpha, dpi
        self._row_bytes = 1 + width * (4 if alpha else 3)
        self._rows_seen = 0
        self._engine = zlib.compressobj(LEVEL)
        self._adder = ThreadPoolExecutor(max_workers=1, thread_name_prefix="png")
        self._parts: list[Future[bytes]] = []

    def add_rows(self, rows: memoryview | bytes | bytearray) -> None:
        """Queue whole rows; the buffer must stay unchanged until ``finish``."""
        if len(rows) % self._row_bytes:
            raise ValueError("a band must hold whole rows")
        self._rows_seen += len(rows) // self._row_bytes
        self._parts.append(self._adder.submit(self._engine.compress, rows))

    def finish(self) -> bytes:
        """The PNG file, once every row has been added."""
        try:
            if self._rows_seen != self.height:
                raise ValueError(f"{self._rows_seen} rows added, the image has {self.height}")
            self._parts.append(self._adder.submit(self._engine.flush))
            data = b"".join(part.result() for part in self._parts)
        finally:
            self._adder.shutdown(wait=True, cancel_futures=True)
        return _file(self.width, self.height, self.alpha, self.dpi, data)


def _file(width: int, height: int, alpha: bool, dpi: float | None, idat: bytes) -> bytes:
    header = struct.pack(">IIBBBBB", width, height, 8, 6 if alpha else 2, 0, 0, 0)
    parts = [SIGNATURE, chunk(b"IHDR", header)]
    if dpi:
        per_metre = round(dpi / 0.0254)
        parts.append(chunk(b"pHYs", struct.pack(">IIB", per_metre, per_metre, 1)))
    parts.append(chunk(b"IDAT", idat))
    parts.append(chunk(b"IEND", b""))
    return b"".join(parts)
