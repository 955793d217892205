"""Import PySide6 without it reading the source of our modules.

Once PySide6 is loaded, every ``import`` statement passes through its ``__feature__``
hook: the first time the hook meets a module, it reads the module's whole source
(``inspect.getsource``) to see whether it mentions PySide6 and so may switch on
PySide's ``__feature__`` options (``snake_case``, ``true_property``). It does so for
modules imported before PySide6 too, the first time another module imports them
again: at the editor's start about 130 modules (the model, pydantic, the standard
library, the editor's own), 35-40 ms; at an export about as many.

ucdesigner uses none of these options, so the answer is known in advance: each module
already loaded, and each of ucdesigner's own, is entered in the hook's table as "not
using PySide" (-1, the value the hook itself gives a module that does not mention
PySide6; only a ``from __feature__ import ...`` in a module reads that value, and it
would still be obeyed). With a PySide6 that has no such table nothing is done: the
start is as slow as before, no more (tests/test_qt_import.py notices).
"""

from __future__ import annotations

import contextlib
import os
import sys
from types import ModuleType

_NOT_USING_PYSIDE = -1
_PURE_PACKAGES = ("ucdesigner", "pydantic")
"""Packages none of whose modules use PySide's options: ours, and pydantic, which
imports parts of itself on first use (reading a document), after PySide6."""


def import_pyside() -> ModuleType:
    """``PySide6.QtCore``, imported, with the modules loaded so far and all those of
    ucdesigner and pydantic entered in PySide's ``__feature__`` table (see the module's
    text), PySide's own start-up work taken from the cache where the program enabled it
    (``start_cache``). Call it before importing the first module that imports Qt."""
    from .start_cache import importing

    with importing():
        from PySide6 import QtCore

    table = feature_table()
    if table is not None:
        names = [*sys.modules]
        for package in _PURE_PACKAGES:
            names += _package_modules(package)
        for name in names:
            table.setdefault(name, _NOT_USING_PYSIDE)
    return QtCore


def feature_table() -> dict | None:
    """PySide's table of the modules its ``__feature__`` hook has looked at (module
    name -> feature flags, -1 for a module that does not use PySide), or None if this
    PySide6 keeps none."""
    feature = sys.modules.get("shibokensupport.feature") or sys.modules.get(
        "PySide6.support.feature"
    )
    table = getattr(feature, "pyside_feature_dict", None)
    return table if isinstance(table, dict) else None


def _package_modules(package: str) -> list[str]:
    """The dotted names of a loaded package's modules, from its files (half a
    millisecond for ucdesigner); none if the package is not loaded."""
    module = sys.modules.get(package)
    path = getattr(module, "__file__", None)
    if not path or not path.endswith("__init__.py"):
        return []
    names: list[str] = []

    def walk(folder: str, prefix: str) -> None:
        with os.scandir(folder) as entries:
            for entry in entries:
                name = entry.name
                if name.endswith(".py"):
                    names.append(prefix if name == "__init__.py" else f"{prefix}.{name[:-3]}")
                elif entry.is_dir() and name.isidentifier():
                    walk(entry.path, f"{prefix}.{name}")

    with contextlib.suppress(OSError):  # a bundle with its modules in an archive
        walk(os.path.dirname(path), package)
    return names
