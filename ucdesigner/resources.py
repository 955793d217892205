"""Where the bundled resources (examples, icons, templates) are: beside the source tree,
or inside a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The ``resources`` folder of this installation."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """A file under ``resources`` (``resource_path("examples", "x.ucd")``)."""
    return resources_dir().joinpath(*parts)
