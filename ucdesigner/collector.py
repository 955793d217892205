"""Bulk work with Python's cyclic garbage collector paused."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block (or, as ``@collector_paused()``, the function) with the cyclic
    collector off, and turn it back on afterwards if it was on.

    Reading or drawing a large document makes tens of thousands of objects that all live
    on; the collector would walk them again and again while they are made (a third of the
    time of a 10,000-element XMI import). Reference counting still frees what is dropped
    meanwhile, and cycles are collected once the collector is back."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
