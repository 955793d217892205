"""Dataclasses built without compiling their methods at every start.

``@dataclass`` writes the source of each class's ``__init__``, ``__repr__``, ``__eq__``,
``__hash__`` (and, frozen, ``__setattr__``/``__delattr__``) and compiles it with
``exec``. Python 3.11 does so for every class at every start: about 80 classes before
the editor's first paint (pydantic's, annotated_types', the model's, the canvas'),
~380 compilations, 70-80 ms, nearly a tenth of the start; an export pays most of it too.

The compiled code depends on the source text only, so it is kept between runs, as
Python keeps a module's bytecode in ``__pycache__``: ``install()`` makes the
``dataclasses`` module's ``exec`` look the text up in a cache (read from the user's
cache folder) and compile only what is not there; ``save()`` writes back what was
compiled. The functions are then made from the cached code exactly as before, with
the class's own globals and locals: same code, same behaviour (tests/test_dataclass_cache.py).
The file is tied to the Python version (its bytecode magic number) and dropped if it
does not match or cannot be read.
"""

from __future__ import annotations

import builtins
import contextlib
import dataclasses
import marshal
import os
import sys
from importlib._bootstrap_external import MAGIC_NUMBER
from types import CodeType
from typing import Any

_HEADER = b"ucdesigner dataclass code\n" + MAGIC_NUMBER
_LIMIT = 4000
"""Entries kept at most (the editor and all commands make about 600)."""


class _Cache:
    def __init__(self) -> None:
        self.path: str | None = None
        self.code: dict[str, CodeType] = {}
        self.compiled = 0
        """Texts compiled in this process (not found in the cache)."""

    def exec(self, source: Any, globals: dict | None = None, locals: Any = None) -> None:
        """``exec`` for the ``dataclasses`` module: a text is compiled once, ever."""
        if isinstance(source, str):
            code = self.code.get(source)
            if code is None:
                # As exec(text) in dataclasses.py compiles it: no __future__ flags there.
                code = compile(source, "<string>", "exec", dont_inherit=True)
                self.code[source] = code
                self.compiled += 1
            source = code
        builtins.exec(source, globals, locals)


_CACHE = _Cache()


def install(path: str | None = None) -> None:
    """Let ``@dataclass`` take its methods' code from the cache at ``path`` (default:
    ``dataclasses-<python>.bin`` in ucdesigner's folder of the user's cache). Call it
    before the modules with dataclasses are imported; calling it again does nothing."""
    if getattr(dataclasses, "exec", None) is not None:
        return
    _CACHE.path = path or _default_path()
    _CACHE.code = _read(_CACHE.path) if _CACHE.path else {}
    dataclasses.exec = _CACHE.exec  # type: ignore[attr-defined]


def save() -> None:
    """Write the cache back if this process compiled anything new (atomically: a file
    written aside, then renamed; a cache folder that cannot be written is no error)."""
    if not _CACHE.compiled or not _CACHE.path:
        return
    code = dict(list(_CACHE.code.items())[-_LIMIT:])
    folder = os.path.dirname(_CACHE.path)
    partial = f"{_CACHE.path}.{os.getpid()}.part"
    with contextlib.suppress(OSError, ValueError):
        os.makedirs(folder, exist_ok=True)
        with open(partial, "wb") as file:
            file.write(_HEADER + marshal.dumps(code))
        os.replace(partial, _CACHE.path)
        _CACHE.compiled = 0
    with contextlib.suppress(OSError):
        os.remove(partial)


def compiled_here() -> int:
    """How many method texts this process compiled (0 when all came from the cache)."""
    return _CACHE.compiled


def _read(path: str) -> dict[str, CodeType]:
    try:
        with open(path, "rb") as file:
            data = file.read()
        if not data.startswith(_HEADER):
            return {}
        code = marshal.loads(data[len(_HEADER) :])
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(code, dict):
        return {}
    return {k: v for k, v in code.items() if isinstance(k, str) and isinstance(v, CodeType)}


def _default_path() -> str | None:
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA")
        folder = os.path.join(base, "ucdesigner", "Cache") if base else None
    elif sys.platform == "darwin":
        folder = os.path.expanduser("~/Library/Caches/ucdesigner")
    else:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
        folder = os.path.join(base, "ucdesigner")
    if not folder or folder.startswith("~"):
        return None
    return os.path.join(folder, f"dataclasses-{sys.implementation.cache_tag}.bin")
