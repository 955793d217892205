"""pydantic without its plugins: the model's validators are built without looking for
pydantic plugins among the installed packages.

pydantic asks ``pydantic.plugin._loader.get_plugins()`` for plugins each time it builds
a validator; that module imports ``importlib.metadata`` (email, zipfile, csv ...) at its
top and then reads every installed package's entry points: 25-60 ms of a command that
exports one diagram in well under a second. ``PYDANTIC_DISABLE_PLUGINS=__all__`` skips
the reading but not the import. ucdesigner uses no pydantic plugin (they hook logging
and tracing tools into validation), so the loader is replaced, before pydantic imports
it, by one that finds none: what ``PYDANTIC_DISABLE_PLUGINS=__all__`` does, without the
import. tests/model/test_plugins.py checks that pydantic still asks for plugins through
``get_plugins`` alone, so that a pydantic release that changes this shows there.
"""

from __future__ import annotations

import sys
from types import ModuleType

LOADER = "pydantic.plugin._loader"


def _no_plugins() -> tuple[()]:
    return ()


def without_plugins() -> None:
    """Give pydantic a plugin loader that finds none (unless the real one is loaded)."""
    if LOADER in sys.modules:
        return
    loader = ModuleType(LOADER, "No pydantic plugins for ucdesigner (ucdesigner.model.plugins).")
    loader.get_plugins = _no_plugins  # type: ignore[attr-defined]
    sys.modules[LOADER] = loader
