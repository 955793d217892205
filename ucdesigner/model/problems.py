"""A problem found in a model: what, where, how bad, and what to do about it."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Literal

Severity = Literal["error", "warning", "info"]


@dataclass(frozen=True, slots=True)
class Problem:
    code: str
    """A stable name for the kind of problem (``dangling-reference``, ``rule-violation``)."""
    message: str
    """One sentence an analyst understands, naming the element."""
    severity: Severity = "error"
    element_id: str | None = None
    where: str = ""
    """Where in the file or on which diagram (``diagrams[0] "Main"``)."""
    fix: str = ""
    """A suggested fix, when there is an obvious one."""

    def as_dict(self) -> dict:
        return asdict(self)
