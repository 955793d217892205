"""Default shape sizes estimated without a font engine.

The canvas measures text with Qt when the user places an element; places that must work
headless and without Qt (automatic layout of imported models, example documents) use
these estimates, tuned to the default theme's 11 pt sans-serif face.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import lru_cache

from .elements import Element

AVERAGE_CHAR_WIDTH = 8.5
"""Average advance of 11 pt text in the widest face of the theme's stack (DejaVu Sans)."""
SMALL_CHAR_WIDTH = 7.2
WIDE_CHAR_WIDTH = 9.2
POINTS_HEADER = "extension points"
"""The heading of a use case's extension points compartment (bold, small, one line)."""
POINTS_HEADER_WIDTH = 122.0
LINE_HEIGHT = 17.5
SMALL_LINE_HEIGHT = 15.2
TEXT_SHARE = 0.74
"""Share of a use case ellipse's width and height that its text may use."""
TOP_LINE_SHARE = 0.66
"""Share of a use case ellipse's width left at the top line of its text (the stereotype
line): the chord there is narrower than the middle."""

ACTOR_SIZE = (48.0, 84.0)
"""The stick figure's box; the name is drawn below it."""
USE_CASE_MIN = (140.0, 60.0)
SUBJECT_MIN = (240.0, 200.0)
PACKAGE_MIN = (160.0, 100.0)
COMMENT_MIN = (140.0, 40.0)
COMMENT_WIDTH = 200.0
"""A note's width while its text fits in a box no taller than wide."""
COMMENT_MAX_WIDTH = 420.0
"""A long note grows wider up to this, rather than into a tall strip."""
COMMENT_PADDING = (26.0, 18.0)
"""Room around a note's text: its margins and the folded corner."""


def text_width(text: str, char_width: float = AVERAGE_CHAR_WIDTH) -> float:
    """Estimated width of ``text`` on one line."""
    return len(text) * char_width


def wrapped_lines(text: str, width: float, char_width: float = AVERAGE_CHAR_WIDTH) -> int:
    """How many lines ``text`` takes when wrapped at word boundaries to ``width``."""
    total = 0
    for paragraph in text.split("\n"):
        lines, current = 1, 0.0
        for word in paragraph.split():
            advance = text_width(word, char_width)
            if current and current + char_width + advance > width:
                lines += 1 + int(advance // width)
                current = advance % width
            else:
                current += (char_width if current else 0) + advance
        total += lines
    return total


def fit_ellipse(
    name_width: float,
    longest_word: float,
    text_height_at: Callable[[float], float],
    minimum: tuple[float, float] = USE_CASE_MIN,
) -> tuple[float, float]:
    """The size of a use case ellipse for its text.

    ``name_width`` is the name's width on one line, ``longest_word`` the widest word's;
    ``text_height_at(inner_width)`` is the height of all the text wrapped to
    ``inner_width``. The name is wrapped into a block about twice as wide as tall, so the
    ellipse keeps near a 2:1 shape; no word is ever broken and the text never clipped.
    """
    lines = max(1, round(math.sqrt(name_width / 40)))
    width = max(minimum[0], name_width / lines / TEXT_SHARE + 12, longest_word / TEXT_SHARE + 8)
    while True:
        height = max(minimum[1], text_height_at(width * TEXT_SHARE) / TEXT_SHARE + 6)
        if height <= width * 0.55 or width >= 460:
            return (float(round(width / 2) * 2), float(round(height / 2) * 2))
        width += 10


def keyword_room(keyword_width: float) -> float:
    """The width of text in the middle of an ellipse that leaves room for a stereotype
    line ``keyword_width`` wide at the top of the text."""
    return keyword_width * TEXT_SHARE / TOP_LINE_SHARE + 4


@lru_cache(maxsize=4096)
def use_case_size(
    name: str, extension_points: tuple[str, ...] = (), stereotypes: tuple[str, ...] = ()
) -> tuple[float, float]:
    """Estimated size of a use case ellipse (see ``fit_ellipse``), wide enough for its
    stereotype line where the ellipse is narrowest."""
    stereotyped = bool(stereotypes)

    def text_height(inner: float) -> float:
        height = wrapped_lines(name, inner) * LINE_HEIGHT
        if stereotyped:
            height += SMALL_LINE_HEIGHT
        if extension_points:
            height += 8 + SMALL_LINE_HEIGHT * (
                1 + sum(wrapped_lines(p, inner, SMALL_CHAR_WIDTH) for p in extension_points)
            )
        return height

    # Single words are measured generously: a long word of wide letters cannot wrap.
    longest = max((text_width(w, WIDE_CHAR_WIDTH) for w in name.split()), default=0.0)
    if extension_points:
        longest = max(longest, POINTS_HEADER_WIDTH)
    if stereotypes:
        keywords = "«" + ", ".join(stereotypes) + "»"
        longest = max(longest, keyword_room(text_width(keywords, SMALL_CHAR_WIDTH)))
    return fit_ellipse(text_width(name), longest, text_height)


@lru_cache(maxsize=1024)
def comment_size(body: str) -> tuple[float, float]:
    """Estimated size of a note holding ``body``: 200 wide, or wider (up to 420) for a
    text that would make it taller than wide, so a long note reads as a block beside
    what it annotates, not as a strip down the picture."""
    width = COMMENT_WIDTH
    while True:
        # Estimated with a little less room and taller lines than the average: a note
        # whose text runs past its bottom edge is worse than one with a spare line.
        lines = wrapped_lines(body, (width - COMMENT_PADDING[0]) * 0.95)
        height = max(COMMENT_MIN[1], lines * LINE_HEIGHT * 1.04 + COMMENT_PADDING[1] + 2)
        if height <= width or width >= COMMENT_MAX_WIDTH:
            return (width, float(round(height)))
        width += 20.0


def default_size(element: Element) -> tuple[float, float]:
    """A good first size for a shape showing ``element``."""
    if element.kind == "actor":
        return ACTOR_SIZE
    if element.kind == "usecase":
        points = tuple(p.name for p in getattr(element, "extension_points", ()))
        return use_case_size(element.name, points, tuple(element.stereotypes))
    if element.kind == "subject":
        return SUBJECT_MIN
    if element.kind == "package":
        return (max(PACKAGE_MIN[0], text_width(element.name) + 40), PACKAGE_MIN[1])
    if element.kind == "comment":
        return comment_size(getattr(element, "body", ""))
    return (120.0, 60.0)
