"""A problem found in a model: what, where, how bad, and what to do about it."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Literal

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")
"""From the worst to the mildest."""


@dataclass(frozen=True, slots=True)
class QuickFix:
    """A change that solves a problem, offered to the user ("Add association to
    “Customer”"). ``action`` names what to do and ``params`` its arguments (ids); the
    editor applies it as one undo step (``commands.quickfix``)."""

    label: str
    action: str
    params: tuple[tuple[str, str], ...] = ()

    def param(self, name: str) -> str:
        """The value of one parameter ("" when absent)."""
        return dict(self.params).get(name, "")


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
    diagram_id: str | None = None
    """The diagram the problem is seen on, when it is about a drawing."""
    fixes: tuple[QuickFix, ...] = ()
    """Changes that solve it, offered in the editor."""

    def as_dict(self) -> dict:
        """Plain data for JSON (a quick fix's parameters as an object)."""
        data = asdict(self)
        data["fixes"] = [
            {"label": f.label, "action": f.action, "params": dict(f.params)} for f in self.fixes
        ]
        return data
