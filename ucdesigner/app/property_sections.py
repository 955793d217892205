"""Extra tabs of the properties panel, added by features (use case specification,
customer journey...) without editing the panel itself.

A section is a title and a builder ``builder(panel, element) -> QWidget | None``; it
returns a widget for elements it applies to and None for the others. With at least one
section for the selected element, the panel shows tabs: "General" and the sections.
A builder changes the model only through ``panel.run(text, operation)`` (one undo step).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

SectionBuilder = Callable[[Any, Any], Any]

SECTIONS: list[tuple[str, SectionBuilder]] = []


def register(title: str, builder: SectionBuilder) -> None:
    """Add a section (once; registering the same builder again changes nothing)."""
    if all(existing is not builder for _, existing in SECTIONS):
        SECTIONS.append((title, builder))
