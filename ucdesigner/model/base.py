"""The base of every model class, and the text types they share."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

MAX_NAME = 10_000
MAX_TEXT = 1_000_000

Name = Annotated[str, Field(max_length=MAX_NAME)]
Text = Annotated[str, Field(max_length=MAX_TEXT)]


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
