"""Model values compare by class and field values (the file writers lean on it to leave
defaults out), and frozen models without mutable fields stay hashable."""

from __future__ import annotations

from ucdesigner.model import Actor, Association, Shape, UseCase
from ucdesigner.model.elements import AssociationEnd


def test_equal_by_class_and_values() -> None:
    assert UseCase(id="u", name="Pay") == UseCase(id="u", name="Pay")
    assert UseCase(id="u", name="Pay") != UseCase(id="u", name="Pay by card")
    assert UseCase(id="u", name="Pay") != Actor(id="u", name="Pay")
    assert UseCase(id="u", name="Pay") != "Pay"
    assert AssociationEnd() == Association(id="r", source="a", target="u").source_end


def test_equal_values_hash_alike() -> None:
    shape = Shape(element="u", x=10, y=20, width=140, height=60)
    copy = shape.model_copy()
    assert shape == copy and hash(shape) == hash(copy)
    assert len({shape, copy, shape.model_copy(update={"x": 11.0})}) == 2
