"""The import report: what a file held, what became of it, and why.

Nothing read from a file disappears silently: every element or relationship that is not
imported is either listed in ``dropped`` with a reason, or counted in ``ignored`` (whole
kinds of UML that a use case model does not hold, such as classes and activities).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

from ...l10n import QT_TRANSLATE_NOOP, tr
from ...model.elements import KIND_PLURALS

COUNT_LABELS: dict[str, str] = {
    **KIND_PLURALS,
    "extension_point": QT_TRANSLATE_NOOP("", "extension points"),
    "diagram": QT_TRANSLATE_NOOP("", "diagrams read from the file"),
    "shape": QT_TRANSLATE_NOOP("", "shapes placed on them"),
    "generated_diagram": QT_TRANSLATE_NOOP("", "diagrams laid out automatically"),
    "dangling": QT_TRANSLATE_NOOP("", "references to elements in other files"),
}
"""What each count is (English; shown through ``tr``)."""


@dataclass(frozen=True)
class Entry:
    """One line of the report: what (kind and name in the file), and what happened."""

    what: str
    detail: str
    xid: str = ""


@dataclass
class ImportReport:
    """The outcome of one import; ``text()`` for people, ``as_dict()`` for JSON."""

    source: str
    dialect: str = ""
    exporter: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    mapped: list[Entry] = field(default_factory=list)
    dropped: list[Entry] = field(default_factory=list)
    ignored: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def map(self, what: str, detail: str, xid: str = "") -> None:
        """Record that something was imported in a way worth telling."""
        self.mapped.append(Entry(what, detail, xid))

    def drop(self, what: str, reason: str, xid: str = "") -> None:
        """Record that something was not imported, and why."""
        self.dropped.append(Entry(what, reason, xid))

    def count(self, key: str) -> int:
        """One count (0 when absent)."""
        return self.counts.get(key, 0)

    def as_dict(self) -> dict[str, Any]:
        """The report as plain data (what ``--report FILE.json`` writes)."""
        return {
            "source": self.source,
            "dialect": self.dialect,
            "exporter": self.exporter,
            "counts": dict(self.counts),
            "mapped": [asdict(e) for e in self.mapped],
            "dropped": [asdict(e) for e in self.dropped],
            "ignored": dict(sorted(self.ignored.items())),
            "notes": list(self.notes),
        }

    def to_json(self) -> str:
        """The report as indented JSON."""
        return json.dumps(self.as_dict(), indent=2, ensure_ascii=False)

    def summary(self) -> str:
        """One line: the main counts."""
        parts = [
            f"{self.counts.get(k, 0)} {tr(COUNT_LABELS[k])}"
            for k in ("actor", "usecase", "subject", "association", "include", "extend")
        ]
        return ", ".join(parts)

    def text(self) -> str:
        """The whole report as plain text, as printed by ``convert --report``."""
        lines = [tr("Import of {source}").format(source=self.source)]
        if self.dialect and self.exporter:
            lines.append(
                tr("Format: {dialect}, written by {exporter}").format(
                    dialect=self.dialect, exporter=self.exporter
                )
            )
        elif self.dialect or self.exporter:
            lines.append(tr("Format: {dialect}").format(dialect=self.dialect))
        lines.append("")
        lines.append(tr("Imported:"))
        for key, label in COUNT_LABELS.items():
            if key in self.counts:
                lines.append(f"  {self.counts[key]:6d}  {tr(label)}")
        if self.mapped:
            lines.append("")
            lines.append(tr("Mapped ({count}):").format(count=len(self.mapped)))
            lines.extend(_grouped(self.mapped))
        if self.dropped:
            lines.append("")
            lines.append(tr("Not imported ({count}):").format(count=len(self.dropped)))
            lines.extend(_grouped(self.dropped))
        if self.ignored:
            lines.append("")
            total = sum(self.ignored.values())
            lines.append(tr("Outside use case models, not imported ({count}):").format(count=total))
            for metaclass, n in sorted(self.ignored.items(), key=lambda kv: (-kv[1], kv[0])):
                lines.append(f"  {n:6d}  {metaclass}")
        if self.notes:
            lines.append("")
            lines.append(tr("Notes:"))
            lines.extend(f"  - {note}" for note in self.notes)
        return "\n".join(lines) + "\n"


def _grouped(entries: list[Entry]) -> list[str]:
    """Entries with the same detail are shown once under it, the names listed below."""
    by_detail: dict[str, list[str]] = {}
    for entry in entries:
        by_detail.setdefault(entry.detail, []).append(entry.what)
    lines = []
    for detail, whats in by_detail.items():
        if len(whats) == 1:
            lines.append(f"  - {whats[0]}: {detail}")
        else:
            counted = Counter(whats)
            lines.append(f"  - {detail} ({len(whats)}):")
            for what, n in counted.items():
                lines.append(f"      {what}" + (f" (x{n})" if n > 1 else ""))
    return lines
