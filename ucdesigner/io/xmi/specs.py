"""Use case specifications in XMI, in a form other tools show.

UML has no place for a use case's goal and scenarios, so the writer adds, beside the
documentation comment, a second ``ownedComment`` of the use case whose body is the
specification as text (``model/spec_text.py``: "Use case specification: ..." then the
goal, the numbered steps, the "3a." extensions). Enterprise Architect, MagicDraw,
Papyrus and Modelio list it with the use case's notes.

On import:

- in files we wrote, the ids of these comments are listed in our extension, which
  restores the specification with its ids: the comment is skipped (it would otherwise
  be read back as documentation);
- in other files (or ours after a tool dropped our extension), a comment of a use case
  whose body starts with the header is read back as its specification.
"""

from __future__ import annotations

from collections import defaultdict

from ...model import DocumentData, NodeElement, UseCase
from ...model.spec_text import parse_specification_text, specification_text


def associated_actors(data: DocumentData) -> dict[str, list[str]]:
    """For every use case, the actors associated with it (the derived primary actors)."""
    kinds = {e.id: e.kind for e in data.elements}
    found: defaultdict[str, list[str]] = defaultdict(list)
    for rel in data.relationships:
        if rel.kind != "association":
            continue
        for usecase, actor in ((rel.target, rel.source), (rel.source, rel.target)):
            pair = (kinds.get(usecase), kinds.get(actor)) == ("usecase", "actor")
            if pair and actor not in found[usecase]:
                found[usecase].append(actor)
    return found


def comment_body(data: DocumentData, usecase: UseCase, actors: dict[str, list[str]]) -> str:
    """The text of a use case's specification, as the comment body."""
    spec = usecase.specification
    assert spec is not None
    names = {e.id: e.name or e.id for e in data.elements}
    points = {p.id: p.name or p.id for p in usecase.extension_points}
    primary = spec.primary_actors or tuple(actors.get(usecase.id, ()))
    return specification_text(
        usecase.name, spec, lambda i: names.get(i, i), lambda i: points.get(i, i), primary
    )


def read_back(
    usecase: UseCase, body: str, nodes: dict[str, NodeElement], associated: list[str]
) -> UseCase:
    """The use case with the specification read from a comment's text (actors and
    extension points are found by name; unknown names are left out). Primary actors
    that are exactly the ``associated`` ones are taken as derived from them."""
    actors = {n.name: n.id for n in nodes.values() if n.kind == "actor" and n.name}
    points = {p.name: p.id for p in usecase.extension_points if p.name}
    spec = parse_specification_text(body, usecase.id, actors.get, points.get)
    if spec.is_empty():
        return usecase
    if list(spec.primary_actors) == associated:
        spec = spec.model_copy(update={"primary_actors": ()})
    return usecase.model_copy(update={"specification": spec})
