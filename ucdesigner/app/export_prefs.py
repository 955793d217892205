"""The export dialog's last settings (the defaults of the next export). They live with
every other preference in ``preferences.json`` (``app/preferences.py``), under
``"export"``; a missing or damaged file gives the defaults."""

from __future__ import annotations

from pathlib import Path

from .preferences import ExportPrefs, Preferences, preferences_path

__all__ = ["ExportPrefs", "load_prefs", "prefs_path", "save_prefs"]


def prefs_path() -> Path:
    """The file the settings are kept in (the preferences file)."""
    return preferences_path()


def load_prefs() -> ExportPrefs:
    """The saved settings, or the defaults for anything missing or unreadable."""
    return Preferences.load().export


def save_prefs(prefs: ExportPrefs) -> None:
    """Remember ``prefs`` (a failure to write them is not worth bothering the user)."""
    shared = Preferences.shared()
    shared.export = ExportPrefs(**vars(prefs))
    shared.save()
