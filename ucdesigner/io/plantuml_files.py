"""PlantUML files: a document from a ``.puml`` file (laid out automatically) and a
document written as one. Shared by ``ucdesigner convert`` and the editor."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ..model import Document, ModelError
from .atomic import atomic_write_bytes
from .files import read_input
from .plantuml import PlantUMLError, parse_plantuml, to_plantuml
from .text_model import add_to_document

MAX_BYTES = 20 * 1024 * 1024


@dataclass
class PlantUMLImport:
    """A document read from PlantUML, with the lines that could not be used and what the
    automatic layout reported."""

    document: Document
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        counts: dict[str, int] = {}
        for node in self.document.nodes():
            counts[node.kind] = counts.get(node.kind, 0) + 1
        rels = len(self.document.relationships())
        return (
            f"{counts.get('actor', 0)} actors, {counts.get('usecase', 0)} use cases, "
            f"{rels} relationships"
        )


def document_from_plantuml(text: str, source: str = "<text>") -> PlantUMLImport:
    """A new document from PlantUML text: its aliases become the ids, one diagram laid
    out automatically (in journey lanes when the text carries stages)."""
    try:
        model = parse_plantuml(text)
    except PlantUMLError as error:
        raise PlantUMLError(f"{source}: {error}") from None
    if not (model.nodes or model.notes or model.title or model.journey):
        # An empty document of ours (the Blank template) still has its title and journey.
        raise PlantUMLError(f"{source}: holds no actor, use case or note")
    document = Document(model.title or Path(source).stem or "Model")
    try:
        with document.transaction("Import PlantUML"):
            added = add_to_document(document, model, None, use_aliases=True)
    except ModelError as error:
        raise PlantUMLError(f"{source}: {error}") from None
    return PlantUMLImport(document, added.problems, added.warnings)


def read_plantuml(path: str | os.PathLike[str]) -> PlantUMLImport:
    """Read a ``.puml`` file; PlantUMLError with one clear sentence when it cannot."""
    raw = read_input(path, "a PlantUML file", MAX_BYTES, PlantUMLError)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise PlantUMLError(f"{path}: is not UTF-8 text (byte {error.start})") from None
    return document_from_plantuml(text, str(path))


def write_plantuml(
    document: Document, path: str | os.PathLike[str], diagram_id: str | None = None
) -> None:
    """Write the document (or one diagram) as PlantUML, atomically."""
    atomic_write_bytes(path, to_plantuml(document, diagram_id).encode("utf-8"))
