"""A merge conflict kept inside the document until the user resolves it.

``ucdesigner merge`` writes the merged document with one of these per thing that the
two sides changed in two ways. The document holds the value it kept (ours, or the
side that kept a thing the other deleted); the conflict holds both values so the
editor can offer "Take Ours" and "Take Theirs". A value of ``None`` for a whole thing
(``field`` empty) means that side deleted it.
"""

from __future__ import annotations

from typing import Literal

from pydantic import JsonValue

from .base import Frozen, Name, Text
from .ids import Id

ConflictScope = Literal["document", "element", "diagram", "shape", "edge"]


class Conflict(Frozen):
    """Two sides of one merge conflict (see the module docstring)."""

    id: Id
    scope: ConflictScope
    target: Name = ""
    """Element or relationship id (scope element/shape/edge) or diagram id (diagram)."""
    diagram: Id | None = None
    """The diagram of a shape or edge conflict."""
    field: Name = ""
    """The field changed two ways; empty when one side deleted the thing."""
    message: Text = ""
    """What happened, in plain words ("ours changed the name, theirs deleted it")."""
    base: JsonValue = None
    ours: JsonValue = None
    theirs: JsonValue = None
