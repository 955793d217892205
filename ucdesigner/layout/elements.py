"""The elements a layout reads, looked up by id: a ``Document``, or the same few look-ups
over plain lists for readers that lay out a model before there is a document (XMI and
PlantUML import)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from ..model import Document
from ..model.elements import Element, NodeElement, Relationship
from ..model.journey import Journey


class Elements:
    """``Document``'s look-ups (``find``, ``get``, ``relationships``, ``relationships_of``,
    ``journey``) over lists of elements."""

    def __init__(
        self,
        nodes: Sequence[NodeElement],
        relationships: Sequence[Relationship],
        journey: Journey | None = None,
    ) -> None:
        self._all: dict[str, Element] = {n.id: n for n in nodes}
        self._all.update({r.id: r for r in relationships})
        self._relationships = list(relationships)
        self._links: dict[str, list[Relationship]] = defaultdict(list)
        for rel in relationships:
            self._links[rel.source].append(rel)
            if rel.target != rel.source:
                self._links[rel.target].append(rel)
        self.journey = journey if journey is not None else Journey()

    def find(self, element_id: str) -> Element | None:
        return self._all.get(element_id)

    def get(self, element_id: str) -> Element:
        found = self._all.get(element_id)
        if found is None:
            raise KeyError(element_id)
        return found

    def relationships(self) -> list[Relationship]:
        return list(self._relationships)

    def relationships_of(self, element_id: str) -> list[Relationship]:
        return list(self._links.get(element_id, ()))


Model = Document | Elements
"""What a layout reads its elements from."""
