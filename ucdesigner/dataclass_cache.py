"""Dataclasses and type hints built without compiling their code at every start.

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

Type hints written as text (``from __future__ import annotations``, and pydantic-core's
TypedDicts) are compiled the same way, one ``typing.ForwardRef`` each: ~900 expressions
at an export (625 of them in ``import pydantic_core``), ~15 ms. ``install()`` gives the
``typing`` module a ``compile`` that takes them from the same file; the evaluation of
each hint (``eval`` of its code in the class's namespace) is unchanged.
"""

from __future__ import annotations

import builtins
import contextlib
import dataclasses
import os
import sys
import typing
from importlib._bootstrap_external import MAGIC_NUMBER
from types import CodeType
from typing import Any

from .kept_file import cache_folder, read_kept, write_kept

_HEADER = b"ucdesigner dataclass code 2\n" + MAGIC_NUMBER
_compile = builtins.compile
"""The built-in, as this module found it: what it compiles is kept here, not also by
``start_cache``, which may stand in for the built-in meanwhile."""
_LIMIT = 4000
"""Entries kept at most of each kind (the editor and all commands make about 600
dataclass methods and 1,000 type hints)."""


class _Cache:
    def __init__(self) -> None:
        self.path: str | None = None
        self.code: dict[str, CodeType] = {}
        self.hints: dict[str, CodeType] = {}
        """Type hint text -> its code (``compile(text, "<string>", "eval")``)."""
        self.compiled = 0
        """Texts compiled in this process (not found in the cache)."""

    def exec(self, source: Any, globals: dict | None = None, locals: Any = None) -> None:
        """``exec`` for the ``dataclasses`` module: a text is compiled once, ever."""
        if isinstance(source, str):
            code = self.code.get(source)
            if code is None:
                # As exec(text) in dataclasses.py compiles it: no __future__ flags there.
                code = _compile(source, "<string>", "exec", dont_inherit=True)
                self.code[source] = code
                self.compiled += 1
            source = code
        builtins.exec(source, globals, locals)

    def compile(self, source: Any, filename: Any, mode: str, *args: Any, **kwargs: Any) -> Any:
        """``compile`` for the ``typing`` module: a type hint's text is compiled once,
        ever. Any other use goes to the built-in ``compile`` untouched."""
        if args or kwargs or mode != "eval" or filename != "<string>" or type(source) is not str:
            return _compile(source, filename, mode, *args, **kwargs)
        code = self.hints.get(source)
        if code is None:
            # As ForwardRef compiles it in typing.py: no __future__ flags there. A text
            # that is no expression raises here, as it would there.
            code = _compile(source, "<string>", "eval", dont_inherit=True)
            self.hints[source] = code
            self.compiled += 1
        return code


_CACHE = _Cache()


def install(path: str | None = None) -> None:
    """Let ``@dataclass`` take its methods' code from the cache at ``path`` (default:
    ``dataclasses-<python>.bin`` in ucdesigner's folder of the user's cache). Call it
    before the modules with dataclasses are imported; calling it again does nothing."""
    if getattr(dataclasses, "exec", None) is not None:
        return
    _CACHE.path = path or _default_path()
    _CACHE.code, _CACHE.hints = _read(_CACHE.path) if _CACHE.path else ({}, {})
    dataclasses.exec = _CACHE.exec  # type: ignore[attr-defined]
    # typing looks ``compile`` up in its own globals first, the built-in after.
    typing.compile = _CACHE.compile  # type: ignore[attr-defined]


def save() -> None:
    """Write the cache back if this process compiled anything new (atomically: a file
    written aside, then renamed; a cache folder that cannot be written is no error)."""
    if not _CACHE.compiled or not _CACHE.path:
        return
    code = (dict(list(_CACHE.code.items())[-_LIMIT:]), dict(list(_CACHE.hints.items())[-_LIMIT:]))
    if write_kept(_CACHE.path, _HEADER, code):
        _CACHE.compiled = 0
        if _CACHE.path == _default_path():
            _remove_superseded(os.path.dirname(_CACHE.path))


def _remove_superseded(folder: str) -> None:
    """Delete the file an earlier version of this cache kept in ``folder`` (about half a
    megabyte that nothing reads any more), once the current one is written."""
    with contextlib.suppress(OSError):
        os.remove(os.path.join(folder, f"dataclasses-{sys.implementation.cache_tag}.bin"))


def compiled_here() -> int:
    """How many texts (dataclass methods, type hints) this process compiled (0 when all
    came from the cache)."""
    return _CACHE.compiled


def _read(path: str) -> tuple[dict[str, CodeType], dict[str, CodeType]]:
    """The dataclass methods' and the type hints' code kept at ``path`` (empty when the
    file is missing, damaged or from another version)."""
    kept = read_kept(path, _HEADER)
    if not (isinstance(kept, tuple) and len(kept) == 2):
        return {}, {}
    return _entries(kept[0]), _entries(kept[1])


def _entries(kept: object) -> dict[str, CodeType]:
    if not isinstance(kept, dict):
        return {}
    return {k: v for k, v in kept.items() if isinstance(k, str) and isinstance(v, CodeType)}


def _default_path() -> str | None:
    folder = cache_folder()
    if folder is None:
        return None
    return os.path.join(folder, f"dataclasses-{sys.implementation.cache_tag}-2.bin")
