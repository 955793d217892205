"""The whole document as one immutable value: the schema of the ``.ucd`` file."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .conflict import Conflict
from .diagram import Diagram
from .elements import AnyNode, AnyRelationship, Frozen, Name, Text
from .journey import Journey
from .settings import DocumentSettings

FORMAT_NAME = "ucdesigner"
FORMAT_VERSION = 2


class DocumentData(Frozen):
    """Everything a document holds; ``Document.to_data`` / ``Document.from_data`` convert.

    Elements and relationships are kept sorted by id in this form, so that a file's bytes
    do not depend on the order of editing (small, stable diffs under version control).
    """

    format: Literal["ucdesigner"] = FORMAT_NAME
    version: int = FORMAT_VERSION
    name: Name = "Model"
    documentation: Text = ""
    properties: dict[Name, Text] = Field(default_factory=dict)
    settings: DocumentSettings = DocumentSettings.model_construct()
    journey: Journey = Journey.model_construct()
    elements: tuple[AnyNode, ...] = ()
    relationships: tuple[AnyRelationship, ...] = ()
    diagrams: tuple[Diagram, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    """Merge conflicts left to resolve (``ucdesigner merge``); empty in a settled file,
    and then left out of it, so files without conflicts keep their bytes."""
