"""A plain-language description of a diagram, for the ``<desc>`` of an exported SVG (read
by screen readers and search) and anywhere a picture needs alternative text."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import (
    Association,
    Comment,
    CommentLink,
    Dependency,
    Document,
    Element,
    Extend,
    Generalization,
    Include,
    NodeElement,
    Relationship,
    Subject,
    UseCase,
)


def name_of(element: Element) -> str:
    """How an element is named in a sentence."""
    if isinstance(element, Comment):
        text = " ".join(element.body.split())
        return f'the note "{text[:59] + "…" if len(text) > 60 else text}"'
    return element.name or f"an unnamed {element.label}"


def sentence(rel: Relationship, document: Document) -> str:
    """One relationship as a clause: "Customer participates in Request Return"."""
    source, target = name_of(document.get(rel.source)), name_of(document.get(rel.target))
    if isinstance(rel, Association):
        return f"{source} participates in {target}"
    if isinstance(rel, Include):
        return f"{source} includes {target}"
    if isinstance(rel, Extend):
        clause = f"{source} extends {target}"
        target_case = document.get(rel.target)
        if rel.extension_points and isinstance(target_case, UseCase):
            points = [
                p.name
                for p in (target_case.extension_point(x) for x in rel.extension_points)
                if p is not None and p.name
            ]
            if points:
                clause += " at " + ", ".join(points)
        if rel.condition.strip():
            clause += f" when {' '.join(rel.condition.split())}"
        return clause
    if isinstance(rel, Generalization):
        return f"{source} is a kind of {target}"
    if isinstance(rel, Dependency):
        return f"{source} depends on {target}"
    if isinstance(rel, CommentLink):
        return f"{source} is about {target}"
    return f"{source} is related to {target}"


def describe_diagram(document: Document, diagram_id: str, ids: Iterable[str] | None = None) -> str:
    """Every relationship drawn on the diagram (or among ``ids``) as a clause, then the
    system boundaries and what they contain, then the elements without any line.

    Clauses are joined with "; " and the text ends with a full stop.
    """
    wanted = None if ids is None else set(ids)
    shown_nodes = [
        document.get(s.element)
        for s in document.shapes(diagram_id)
        if wanted is None or s.element in wanted
    ]
    rels = [
        document.get(e.element)
        for e in document.edges(diagram_id)
        if wanted is None or e.element in wanted
    ]
    clauses = [sentence(r, document) for r in rels if isinstance(r, Relationship)]
    connected = {end for r in rels if isinstance(r, Relationship) for end in (r.source, r.target)}
    for subject in (n for n in shown_nodes if isinstance(n, Subject)):
        inside = [
            n.name or "an unnamed use case"
            for n in shown_nodes
            if isinstance(n, UseCase) and subject.id in n.subjects
        ]
        if inside:
            clauses.append(f"the system {name_of(subject)} contains {_listed(inside)}")
    alone = [
        name_of(n)
        for n in shown_nodes
        if isinstance(n, NodeElement) and not isinstance(n, Subject) and n.id not in connected
    ]
    if alone:
        clauses.append(f"also shown: {_listed(alone)}")
    if not clauses:
        return "An empty diagram."
    text = "; ".join(clauses)
    return text[0].upper() + text[1:] + "."


def _listed(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
