"""Default shape sizes estimated without a font engine.

The canvas measures text with Qt when the user places an element; places that must work
headless and without Qt (automatic layout of imported models, example documents) use
these estimates, tuned to the default theme's 11 pt sans-serif face.
"""

from __future__ import annotations

import math

from .elements import Element

AVERAGE_CHAR_WIDTH = 7.4
"""Average advance of the theme's 11 pt sans-serif text at 100 %, in px."""
LINE_HEIGHT = 17.0

ACTOR_SIZE = (48.0, 84.0)
"""The stick figure's box; the name is drawn below it."""
USE_CASE_MIN = (140.0, 60.0)
SUBJECT_MIN = (240.0, 200.0)
PACKAGE_MIN = (160.0, 100.0)
COMMENT_MIN = (140.0, 60.0)


def text_width(text: str) -> float:
    """Estimated width of ``text`` on one line."""
    return len(text) * AVERAGE_CHAR_WIDTH


def use_case_size(name: str) -> tuple[float, float]:
    """An ellipse that holds the name on up to three lines, about twice as wide as tall."""
    width = max(USE_CASE_MIN[0], min(text_width(name) * 0.75 + 56, 260.0))
    inner = width * 0.72
    lines = max(1, math.ceil(text_width(name) / inner)) if name else 1
    height = max(USE_CASE_MIN[1], lines * LINE_HEIGHT / 0.72 + 12)
    return (round(width), round(height))


def default_size(element: Element) -> tuple[float, float]:
    """A good first size for a shape showing ``element``."""
    if element.kind == "actor":
        return ACTOR_SIZE
    if element.kind == "usecase":
        return use_case_size(element.name)
    if element.kind == "subject":
        return SUBJECT_MIN
    if element.kind == "package":
        return (max(PACKAGE_MIN[0], text_width(element.name) + 40), PACKAGE_MIN[1])
    if element.kind == "comment":
        body = getattr(element, "body", "")
        lines = sum(max(1, math.ceil(text_width(line) / 180)) for line in body.splitlines() or [""])
        return (max(COMMENT_MIN[0], 200.0), max(COMMENT_MIN[1], lines * LINE_HEIGHT + 24))
    return (120.0, 60.0)
