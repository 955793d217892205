"""Foreign ids made into valid, unique document ids, deterministically.

Our ids are XML NCNames. Many tools write ids that are not (ArgoUML's
``127-0-1-1--1ff...:...``, ids with colons or a leading digit). Those are rewritten:
characters outside the pattern become ``_``, a leading character that may not start an
id gets a ``_`` in front, and a clash with an id already taken gets a numeric suffix.
Ids that are valid keep their value, so a file's own ids stay recognisable.
"""

from __future__ import annotations

import re

from ...model.ids import is_valid_id

_BAD = re.compile(r"[^A-Za-z0-9_.\-]+")
ORIGINAL_ID_KEY = "xmi:id"
"""The property that keeps the file's id of an element whose id had to change."""


def unique(base: str, taken: set[str]) -> str:
    """``base``, or ``base_2``, ``base_3``... whichever is not in ``taken``; it is added."""
    candidate, n = base, 2
    while candidate in taken:
        candidate = f"{base}_{n}"
        n += 1
    taken.add(candidate)
    return candidate


class IdMap:
    """Maps file ids to document ids. Call ``reserve`` for every id first, in file order,
    then ``get``; valid ids are reserved before rewritten ones so they never move."""

    def __init__(self) -> None:
        self._map: dict[str, str] = {}
        self._taken: set[str] = set()
        self._pending: list[str] = []

    def reserve(self, xid: str) -> None:
        """Note an id the document will use (valid ids keep their value)."""
        if xid in self._map or xid in self._pending:
            return
        if is_valid_id(xid) and xid not in self._taken:
            self._map[xid] = xid
            self._taken.add(xid)
        else:
            self._pending.append(xid)

    def settle(self) -> None:
        """Give every reserved id that is not valid its rewritten form."""
        for xid in self._pending:
            if xid in self._map:
                continue
            base = _BAD.sub("_", xid).strip("_.-")[:180] or "id"
            if not re.match(r"[A-Za-z_]", base):
                base = f"_{base}"
            self._map[xid] = unique(base, self._taken)
        self._pending.clear()

    def get(self, xid: str) -> str:
        """The document id for a file id (reserving it now if it was not reserved)."""
        if xid not in self._map:
            self.reserve(xid)
            self.settle()
        return self._map[xid]

    def fresh(self, base: str) -> str:
        """A new id, unused so far, starting with ``base``."""
        return unique(base, self._taken)

    def changed(self, xid: str) -> bool:
        """True when the document id differs from the file's id."""
        return self.get(xid) != xid
