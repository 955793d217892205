"""Per-document settings that travel with the file (not user preferences, which live in
the application's settings)."""

from __future__ import annotations

from .elements import Frozen


class DocumentSettings(Frozen):
    """Settings saved in the document. Features add typed fields here (with defaults, so
    older files stay valid)."""
