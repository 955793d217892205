"""A long note becomes a block, not a strip, whether the canvas measures it with Qt or the
headless layout estimates it; and the estimate never leaves its text past the bottom."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF

from ucdesigner.canvas.items.base import TOP_LEFT_WRAP
from ucdesigner.canvas.items.comment import FOLD
from ucdesigner.canvas.items.registry import preferred_size
from ucdesigner.canvas.theme import MODERN
from ucdesigner.model import Comment
from ucdesigner.model.sizing import COMMENT_MAX_WIDTH, COMMENT_WIDTH, comment_size

PARAGRAPH = (
    "The role of managers is to register customer users, handle loans and returns, "
    "provide information to customers, and manage items: register new items, remove "
    "(discard) old items, edit item. Managers need to use this functionality only locally."
)
LIST = "Customers need:\n" + "\n".join(f"·Check item {n} (borrowed, reserved);" for n in range(14))
BODIES = ["", "Only when paid", PARAGRAPH, PARAGRAPH * 3, LIST, LIST + "\n" + PARAGRAPH * 2]


def _text_height(body: str, width: float) -> float:
    inner = width - 2 * MODERN.padding - FOLD / 2
    flags = int(TOP_LEFT_WRAP)
    return MODERN.name_metrics.boundingRect(QRectF(0, 0, inner, 100_000), flags, body).height()


@pytest.mark.parametrize("body", BODIES)
def test_the_estimated_note_holds_its_text_as_qt_wraps_it(qapp, body) -> None:
    width, height = comment_size(body)
    assert COMMENT_WIDTH <= width <= COMMENT_MAX_WIDTH
    assert _text_height(body, width) + 1.4 * MODERN.padding <= height


@pytest.mark.parametrize(
    "size", [comment_size, lambda b: preferred_size(Comment(id="n", body=b), MODERN)]
)
def test_a_long_note_grows_wider_before_it_grows_taller_than_wide(qapp, size) -> None:
    short_width, _ = size("Only when paid")
    assert short_width == COMMENT_WIDTH
    width, height = size(PARAGRAPH * 3)
    assert COMMENT_WIDTH < width <= COMMENT_MAX_WIDTH
    assert height <= width  # at 200 wide it was a strip about twice as tall as wide
    width, height = size(LIST + "\n" + PARAGRAPH * 4)
    assert width == COMMENT_MAX_WIDTH  # no wider than that, however long the text
