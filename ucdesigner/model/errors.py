"""Errors the model raises. Their messages are written for the user, not the developer."""

from __future__ import annotations

from .problems import Problem


class ModelError(ValueError):
    """A change the model refuses, or a lookup that found nothing."""


class RuleViolation(ModelError):
    """A change the rules table forbids (the message names both ends and the rule)."""


class NotFound(ModelError):
    """No element, relationship or diagram has the id asked for."""


class IntegrityError(ModelError):
    """A document whose references or rules do not hold (dangling ids, duplicates...)."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        first = problems[0]
        more = len(problems) - 1
        tail = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
        where = f"{first.where}: " if first.where else ""
        super().__init__(f"{where}{first.message}{tail}")
