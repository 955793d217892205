"""Entries that features add to the context menus of the canvas and the model browser,
without editing either: a builder ``builder(window, ids) -> list[QAction]`` returns the
actions that apply to the elements ``ids`` (the selection under the pointer), or none.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

ContextBuilder = Callable[[Any, list[str]], list[Any]]

BUILDERS: list[ContextBuilder] = []


def register(builder: ContextBuilder) -> None:
    """Add a builder (once; registering the same builder again changes nothing)."""
    if all(existing is not builder for existing in BUILDERS):
        BUILDERS.append(builder)


def actions_for(window: Any, ids: list[str]) -> list[Any]:
    """The features' actions for these elements, in the order the builders came."""
    found: list[Any] = []
    for builder in BUILDERS:
        found.extend(builder(window, ids))
    return found
