"""The user's preferences and recent files, kept in the platform's config folder
(``UCDESIGNER_CONFIG_DIR`` overrides it, which the tests use)."""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from platformdirs import user_config_dir

from ..io.atomic import atomic_write_bytes

MAX_RECENT = 10


def config_dir() -> Path:
    override = os.environ.get("UCDESIGNER_CONFIG_DIR")
    return Path(override) if override else Path(user_config_dir("ucdesigner", "ucdesigner"))


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

    @classmethod
    def load(cls) -> Preferences:
        """The saved preferences; defaults when there are none or they are unreadable."""
        try:
            raw = json.loads((config_dir() / "preferences.json").read_text("utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(raw, dict):
            return cls()
        prefs = cls()
        recent = raw.get("recent_files")
        if isinstance(recent, list):
            prefs.recent_files = [str(p) for p in recent if isinstance(p, str)][:MAX_RECENT]
        grid = raw.get("grid_size")
        if isinstance(grid, int) and 2 <= grid <= 200:
            prefs.grid_size = grid
        for name in ("snap_to_grid", "show_grid", "keep_backup"):
            if isinstance(raw.get(name), bool):
                setattr(prefs, name, raw[name])
        for name, low, high in (("autosave_seconds", 10, 3600), ("autosave_changes", 1, 1000)):
            value = raw.get(name)
            if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
                setattr(prefs, name, value)
        return prefs

    def save(self) -> None:
        """Write the preferences; a failure is not worth bothering the user with."""
        with contextlib.suppress(OSError):
            folder = config_dir()
            folder.mkdir(parents=True, exist_ok=True)
            data = json.dumps(asdict(self), indent=2).encode("utf-8")
            atomic_write_bytes(folder / "preferences.json", data)

    def add_recent(self, path: str | os.PathLike[str]) -> None:
        """Put a file at the top of the recent files."""
        text = str(Path(path).resolve())
        self.recent_files = [text, *[p for p in self.recent_files if p != text]][:MAX_RECENT]
