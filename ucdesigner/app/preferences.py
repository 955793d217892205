"""The user's preferences and recent files: one JSON file, ``preferences.json``, in the
platform's config folder (``UCDESIGNER_CONFIG_DIR`` overrides it, which the tests use).

Every window of a process shares one ``Preferences`` object (``Preferences.shared()``),
so a window never writes back a stale copy over what another one changed. Settings
that change at run time are announced through ``app/settings_apply.py``."""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from ..io.atomic import atomic_write_bytes
from ..l10n import config_folder

MAX_RECENT = 10
FILE_NAME = "preferences.json"
LEGACY_EXPORT_FILE = "export.json"
"""Where the export dialog kept its settings before they joined this file."""

ACTOR_NOTATIONS = ("stick", "box")
APPEARANCES = ("system", "light", "dark")
LANGUAGE_CHOICES = ("", "en", "de", "fr")
"""The Settings choices of language ("": the system's; see ``ucdesigner.l10n``)."""


def config_dir() -> Path:
    """The folder of the preferences (and of anything else the application keeps); one
    definition with the command line's, which reads the language choice from it."""
    return config_folder()


def preferences_path() -> Path:
    return config_dir() / FILE_NAME


@dataclass
class ExportPrefs:
    """The export dialog's last settings: the defaults of the next export."""

    format: str = "png"
    scale: float = 2.0
    background: str = "white"
    margin: float = 20.0
    folder: str = ""
    """The folder last exported to; empty: the document's folder."""

    @classmethod
    def from_json(cls, raw: Any) -> ExportPrefs:
        """Values read from JSON; the default for anything missing or out of range."""
        defaults = cls()
        if not isinstance(raw, dict):
            return defaults
        values = {}
        for f in fields(cls):
            value = raw.get(f.name, getattr(defaults, f.name))
            expected = type(getattr(defaults, f.name))
            if expected is float and isinstance(value, int) and not isinstance(value, bool):
                value = float(value)
            values[f.name] = value if isinstance(value, expected) else getattr(defaults, f.name)
        prefs = cls(**values)
        if prefs.format not in ("svg", "png", "pdf"):
            prefs.format = defaults.format
        if prefs.background not in ("white", "transparent"):
            prefs.background = defaults.background
        if not 0 < prefs.scale <= 16:
            prefs.scale = defaults.scale
        if not 0 <= prefs.margin <= 1000:
            prefs.margin = defaults.margin
        return prefs


@dataclass
class Preferences:
    """What the application remembers between runs."""

    recent_files: list[str] = field(default_factory=list)
    grid_size: int = 10
    snap_to_grid: bool = True
    show_grid: bool = True
    autosave_seconds: int = 60
    """Write recovery copies of unsaved documents this often (10 to 3600 s)."""
    autosave_changes: int = 50
    """... and after this many changes (1 to 1000)."""
    keep_backup: bool = True
    """Keep the previous version as ``name.ucd.bak`` when saving."""
    actor_notation: str = "stick"
    """How new actors are drawn: ``"stick"`` (UML's figure) or ``"box"`` («actor» box)."""
    appearance: str = "system"
    """The window's colours: ``"system"`` (follow the desktop), ``"light"`` or ``"dark"``.
    The diagram itself is always light paper."""
    language: str = ""
    """The interface's language ("en", "de", "fr"); empty: the system's. Read at start."""
    export: ExportPrefs = field(default_factory=ExportPrefs)
    trusted_exports: dict[str, str] = field(default_factory=dict)
    """Document file -> fingerprint of the export-on-save targets the user allowed for it
    (``app/export_on_save.py``)."""

    @classmethod
    def load(cls) -> Preferences:
        """The saved preferences; defaults when there are none or they are unreadable."""
        try:
            raw = json.loads(preferences_path().read_text("utf-8"))
        except (OSError, ValueError):
            raw = {}
        if not isinstance(raw, dict):
            raw = {}
        prefs = cls()
        recent = raw.get("recent_files")
        if isinstance(recent, list):
            prefs.recent_files = [str(p) for p in recent if isinstance(p, str)][:MAX_RECENT]
        for name, low, high in (
            ("grid_size", 2, 200),
            ("autosave_seconds", 10, 3600),
            ("autosave_changes", 1, 1000),
        ):
            value = raw.get(name)
            if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
                setattr(prefs, name, value)
        for name in ("snap_to_grid", "show_grid", "keep_backup"):
            if isinstance(raw.get(name), bool):
                setattr(prefs, name, raw[name])
        if raw.get("actor_notation") in ACTOR_NOTATIONS:
            prefs.actor_notation = raw["actor_notation"]
        if raw.get("appearance") in APPEARANCES:
            prefs.appearance = raw["appearance"]
        if raw.get("language") in LANGUAGE_CHOICES:
            prefs.language = raw["language"]
        export = raw.get("export")
        if export is None:
            export = _legacy_export_settings()
        prefs.export = ExportPrefs.from_json(export)
        trusted = raw.get("trusted_exports")
        if isinstance(trusted, dict):
            prefs.trusted_exports = {
                k: v for k, v in trusted.items() if isinstance(k, str) and isinstance(v, str)
            }
        return prefs

    def save(self) -> None:
        """Write the preferences; a failure is not worth bothering the user with."""
        with contextlib.suppress(OSError):
            folder = config_dir()
            folder.mkdir(parents=True, exist_ok=True)
            data = json.dumps(asdict(self), indent=2).encode("utf-8")
            atomic_write_bytes(folder / FILE_NAME, data)

    def add_recent(self, path: str | os.PathLike[str]) -> None:
        """Put a file at the top of the recent files."""
        text = str(Path(path).resolve())
        self.recent_files = [text, *[p for p in self.recent_files if p != text]][:MAX_RECENT]

    @classmethod
    def shared(cls) -> Preferences:
        """The one instance every window of this process uses (loaded on first use; a
        new one when the config folder changes, as it does between tests)."""
        folder = config_dir()
        cached = _SHARED.get("instance")
        if cached is None or _SHARED.get("folder") != folder:
            cached = cls.load()
            _SHARED.update(instance=cached, folder=folder)
        return cached  # type: ignore[return-value]


_SHARED: dict[str, object] = {}


def _legacy_export_settings() -> Any:
    """The export settings of older versions, from ``export.json`` beside this file."""
    try:
        return json.loads((config_dir() / LEGACY_EXPORT_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return None
