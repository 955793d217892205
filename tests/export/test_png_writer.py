"""The band-by-band PNG writer: bands compressed side by side join into one valid zlib
stream whose rows are exactly the rows added, in order."""

from __future__ import annotations

import os
import zlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ucdesigner.io.png_writer import PngStream, adler32_combine, encode_png

from .helpers import png_chunks, png_header


def rows_of(width: int, height: int, seed: int) -> bytes:
    """PNG rows (filter byte 0, then RGB) mixing flat colour and noise, as pictures do."""
    rows = bytearray()
    for y in range(height):
        if (y + seed) % 3 == 0:
            pixels = os.urandom(width * 3)
        else:
            pixels = bytes([(y * 5 + seed) % 256, 200, 255]) * width
        rows += b"\x00" + pixels
    return bytes(rows)


@pytest.mark.parametrize("workers", [1, 2, 4])
def test_bands_join_into_the_rows_added(workers) -> None:
    width, height = 61, 97
    data = rows_of(width, height, workers)
    stride = 1 + width * 3
    stream = PngStream(width, height, alpha=False, dpi=192, workers=workers)
    for top, rows in [(0, 5), (5, 40), (45, 1), (46, 51)]:
        stream.add_rows(data[top * stride : (top + rows) * stride])
    png = stream.finish()
    assert png_header(png) == {"width": width, "height": height, "depth": 8, "colour": 2}
    # zlib checks the joined streams' Adler-32 as it decompresses.
    assert zlib.decompress(png_chunks(png)[b"IDAT"]) == data
    assert zlib.decompress(png_chunks(encode_png(data, width, height, False))[b"IDAT"]) == data


def test_missing_rows_are_refused() -> None:
    stream = PngStream(4, 3, alpha=True)
    stream.add_rows(bytes(1 + 4 * 4))
    with pytest.raises(ValueError, match="1 rows added, the image has 3"):
        stream.finish()
    with pytest.raises(ValueError, match="whole rows"):
        PngStream(4, 3, alpha=True).add_rows(bytes(7))


@given(st.binary(max_size=300), st.binary(max_size=300), st.integers(0, 200_000))
def test_adler32_combine_matches_zlib(first, second, zeros) -> None:
    second += bytes(zeros)
    assert adler32_combine(zlib.adler32(first), zlib.adler32(second), len(second)) == (
        zlib.adler32(first + second)
    )


def test_bands_written_on_the_workers_join_in_order() -> None:
    width, height = 23, 40
    data = rows_of(width, height, 5)
    stream = PngStream(width, height, alpha=False, workers=2)
    stride = stream.row_bytes

    def writer(top: int, rows: int):
        def write(buffer: bytearray) -> None:
            assert buffer[0 : rows * stride : stride] == bytes(rows)  # filter bytes are 0
            for k in range(rows):
                start = (top + k) * stride + 1
                buffer[k * stride + 1 : (k + 1) * stride] = data[start : start + stride - 1]

        return write

    written = [
        stream.add_band(rows, writer(top, rows)) for top, rows in [(0, 17), (17, 17), (34, 6)]
    ]
    png = stream.finish()
    assert all(future.done() for future in written)
    assert zlib.decompress(png_chunks(png)[b"IDAT"]) == data


def test_a_failing_band_fails_the_file() -> None:
    def fail(buffer: bytearray) -> None:
        raise MemoryError("no room")

    stream = PngStream(4, 2, alpha=False)
    written = stream.add_band(2, fail)
    with pytest.raises(MemoryError, match="no room"):
        stream.finish()
    assert isinstance(written.exception(), MemoryError)
