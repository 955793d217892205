"""A small PNG writer for the picture export: 8-bit RGB or RGBA rows that already carry
their filter byte, compressed with zlib, and the DPI in a pHYs chunk.

Why not QImage.save: on a large picture (a 500-shape diagram at 2x is 68 megapixels)
libpng's adaptive row filtering takes 2.5 s, more than twice the painting itself. zlib
at level 3 on unfiltered rows gives a file of the same size (diagrams are mostly flat
colour) in 0.45 s. No Qt here: the caller supplies the bytes.
"""

from __future__ import annotations

import os
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
    first) to worker threads that compress bands side by side (zlib releases the GIL),
    so the caller can paint the next band meanwhile; ``finish`` returns the file.

    Each band is its own raw deflate stream ending on a byte boundary (a sync flush),
    so the streams join into one, as pigz does; the checksum is combined from the
    bands' own. At most ``2 * workers`` bands wait, which bounds the memory held.
    """

    def __init__(
        self,
        width: int,
        height: int,
        alpha: bool,
        dpi: float | None = None,
        workers: int = 0,
    ) -> None:
        self.width, self.height, self.alpha, self.dpi = width, height, alpha, dpi
        self._row_bytes = 1 + width * (4 if alpha else 3)
        self._rows_seen = 0
        self._workers = workers or default_workers()
        self._pool = ThreadPoolExecutor(max_workers=self._workers, thread_name_prefix="png")
        self._parts: list[Future[tuple[bytes, int, int]]] = []

    def add_rows(self, rows: memoryview | bytes | bytearray) -> None:
        """Queue whole rows; the buffer must stay unchanged until ``finish``."""
        if len(rows) % self._row_bytes:
            raise ValueError("a band must hold whole rows")
        waiting = [part for part in self._parts if not part.done()]
        if len(waiting) >= 2 * self._workers:
            waiting[0].result()
        self._rows_seen += len(rows) // self._row_bytes
        self._parts.append(self._pool.submit(_deflate_band, rows))

    def finish(self) -> bytes:
        """The PNG file, once every row has been added."""
        try:
            if self._rows_seen != self.height:
                raise ValueError(f"{self._rows_seen} rows added, the image has {self.height}")
            pieces = [_ZLIB_HEADER]
            checksum = 1
            for part in self._parts:
                deflated, adler, length = part.result()
                pieces.append(deflated)
                checksum = adler32_combine(checksum, adler, length)
            pieces.append(_FINAL_BLOCK)
            pieces.append(struct.pack(">I", checksum))
        finally:
            self._pool.shutdown(wait=True, cancel_futures=True)
        return _file(self.width, self.height, self.alpha, self.dpi, b"".join(pieces))


def default_workers() -> int:
    """Compression threads: two at least (one band compresses while the last is
    finished off), one per core beyond the painting thread, four at most."""
    return max(2, min(4, (os.cpu_count() or 2) - 1))


_ZLIB_HEADER = b"\x78\x5e"
"""Deflate with a 32 KB window, "default" level, no dictionary (RFC 1950)."""
_FINAL_BLOCK = b"\x03\x00"
"""An empty final block with fixed codes: what closes the joined raw streams."""
_ADLER_BASE = 65521


def _deflate_band(rows: memoryview | bytes | bytearray) -> tuple[bytes, int, int]:
    engine = zlib.compressobj(LEVEL, zlib.DEFLATED, -15)
    deflated = engine.compress(rows) + engine.flush(zlib.Z_SYNC_FLUSH)
    return deflated, zlib.adler32(rows), len(rows)


def adler32_combine(first: int, second: int, second_length: int) -> int:
    """The Adler-32 of two byte strings joined, from the checksum of each and the
    length of the second (zlib's ``adler32_combine``, which Python does not expose)."""
    remainder = second_length % _ADLER_BASE
    low = (first & 0xFFFF) + (second & 0xFFFF) - 1
    high = (first >> 16) + (second >> 16) + remainder * (first & 0xFFFF) - remainder
    return (low % _ADLER_BASE) | ((high % _ADLER_BASE) << 16)


def _file(width: int, height: int, alpha: bool, dpi: float | None, idat: bytes) -> bytes:
    header = struct.pack(">IIBBBBB", width, height, 8, 6 if alpha else 2, 0, 0, 0)
    parts = [SIGNATURE, chunk(b"IHDR", header)]
    if dpi:
        per_metre = round(dpi / 0.0254)
        parts.append(chunk(b"pHYs", struct.pack(">IIB", per_metre, per_metre, 1)))
    parts.append(chunk(b"IDAT", idat))
    parts.append(chunk(b"IEND", b""))
    return b"".join(parts)
