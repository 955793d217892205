"""Where the recovery copies live, and whether there are any: light enough for the
editor to look before its first window, importing the recovery store (and the model's
readers it needs) only when a crashed session left copies to offer."""

from __future__ import annotations

import os
from pathlib import Path

RECOVERY_SUFFIX = ".ucdrecovery"
"""The name ending of a recovery copy (``io.recovery.SUFFIX``; a test keeps them equal)."""


def recovery_dir() -> Path:
    """The recovery folder: ``UCDESIGNER_RECOVERY_DIR``, else ``recovery`` beside the
    preferences when ``UCDESIGNER_CONFIG_DIR`` is set (tests), else the user's state
    folder."""
    if os.environ.get("UCDESIGNER_RECOVERY_DIR"):
        return Path(os.environ["UCDESIGNER_RECOVERY_DIR"])
    if os.environ.get("UCDESIGNER_CONFIG_DIR"):
        return Path(os.environ["UCDESIGNER_CONFIG_DIR"]) / "recovery"
    from platformdirs import user_state_dir

    return Path(user_state_dir("ucdesigner", "ucdesigner")) / "recovery"


def has_recovery_copies(folder: Path | None = None) -> bool:
    """Whether the recovery folder holds any copy (of a crashed session or of one still
    running: the store tells them apart)."""
    try:
        with os.scandir(recovery_dir() if folder is None else folder) as entries:
            return any(entry.name.endswith(RECOVERY_SUFFIX) for entry in entries)
    except OSError:  # no folder yet, or unreadable: the store would find nothing either
        return False
