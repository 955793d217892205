"""The base of every model class, and the text types they share."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, GetCoreSchemaHandler
from pydantic_core import CoreSchema, core_schema

from .plugins import without_plugins

without_plugins()

MAX_NAME = 10_000
MAX_TEXT = 1_000_000

REPLACEMENT = "\ufffd"
FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\ufffe\uffff\ud800-\udfff]")
"""Characters no name or text may hold: C0 controls other than tab and line feed (a
carriage return is a line break written the old way), the non-characters U+FFFE and
U+FFFF and lone surrogates. No picture, report or XML file can carry them, and in a
terminal they act (ESC starts commands, BEL rings)."""


def clean_text(value: str) -> str:
    """``value`` as the model keeps it: CR LF and CR become LF, every other forbidden
    character becomes U+FFFD (visible, so an import can say what it replaced)."""
    if FORBIDDEN.search(value) is None:
        return value
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return FORBIDDEN.sub(REPLACEMENT, value)


def forbidden_character(value: str) -> str | None:
    """The first character the model would replace (for a message), or None."""
    found = FORBIDDEN.search(value)
    return None if found is None else found.group()


def clean_input(value: object) -> object:
    """The model's text rule as a pydantic ``BeforeValidator`` (strings only)."""
    return clean_text(value) if isinstance(value, str) else value


class _Cleaned:
    """``BeforeValidator(clean_input)``, made without pydantic inspecting the
    signature of ``clean_input`` for each of the hundred fields that use it (a fifth of
    the time it takes to build the document's validator)."""

    __slots__ = ()

    def __get_pydantic_core_schema__(
        self, source: type, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        return core_schema.no_info_before_validator_function(clean_input, handler(source))

    def __repr__(self) -> str:
        return "CLEANED"


CLEANED = _Cleaned()
"""The model's text rule on a field: ``Annotated[str, ..., CLEANED]``."""

Name = Annotated[str, Field(max_length=MAX_NAME), CLEANED]
Text = Annotated[str, Field(max_length=MAX_TEXT), CLEANED]


class Frozen(BaseModel):
    """Base of every model class: immutable, strict about unknown fields, no NaN.

    Validators are built at first use (``defer_build``), and defaults that are models
    are made with ``model_construct``, so that importing the model stays cheap: the
    empty main window is on screen before pydantic builds anything."""

    model_config = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False, defer_build=True)

    def __eq__(self, other: object) -> bool:
        # pydantic's own also weighs generic origins, private and extra attributes and
        # non-field entries of __dict__, none of which these models have. Writing a file
        # (defaults left out) compares every model-valued field with its default: this
        # took a tenth of an XMI export.
        if not isinstance(other, BaseModel):
            return NotImplemented
        return type(other) is type(self) and self.__dict__ == other.__dict__
