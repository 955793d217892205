"""These tests open real windows: keep their preferences and recovery copies private."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _private_settings(tmp_path, monkeypatch):
    """Recent files, preferences and recovery copies go to a temporary folder."""
    monkeypatch.setenv("UCDESIGNER_CONFIG_DIR", str(tmp_path / "config"))
