"""The export dialog's last settings, kept per user (platformdirs' config folder, JSON,
written atomically). A missing or damaged file gives the defaults."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from platformdirs import user_config_path

from ..io.atomic import atomic_write_bytes

FILE_NAME = "export.json"


@dataclass
class ExportPrefs:
    format: str = "png"
    scale: float = 2.0
    background: str = "white"
    margin: float = 20.0
    folder: str = ""
    """The folder last exported to; empty: the document's folder."""


def prefs_path() -> Path:
    """Where the settings live: ``<user config dir>/ucdesigner/export.json``."""
    return user_config_path("ucdesigner", appauthor=False) / FILE_NAME


def load_prefs(path: Path | None = None) -> ExportPrefs:
    """The saved settings, or the defaults for anything missing or unreadable."""
    try:
        raw = json.loads((path or prefs_path()).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ExportPrefs()
    if not isinstance(raw, dict):
        return ExportPrefs()
    defaults = ExportPrefs()
    values = {}
    for f in fields(ExportPrefs):
        value = raw.get(f.name, getattr(defaults, f.name))
        expected = type(getattr(defaults, f.name))
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        values[f.name] = value if isinstance(value, expected) else getattr(defaults, f.name)
    prefs = ExportPrefs(**values)
    if prefs.format not in ("svg", "png", "pdf"):
        prefs.format = defaults.format
    if prefs.background not in ("white", "transparent"):
        prefs.background = defaults.background
    if not 0 < prefs.scale <= 16:
        prefs.scale = defaults.scale
    if not 0 <= prefs.margin <= 1000:
        prefs.margin = defaults.margin
    return prefs


def save_prefs(prefs: ExportPrefs, path: Path | None = None) -> None:
    """Write the settings; a failure to write them is not worth bothering the user."""
    target = path or prefs_path()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(target, json.dumps(asdict(prefs), indent=2).encode("utf-8"))
    except OSError:
        pass
