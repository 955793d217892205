"""The code and the regular expressions compiled by the start's imports, kept between
runs, as Python keeps a module's bytecode.

Every program's first ``from PySide6 import QtCore`` runs shiboken's support package
(``shibokensupport``: the signature parser, the ``__feature__`` hook, the stub
generator) from an archive inside shiboken's library. Its loader compiles the 14
modules' source, 129,000 characters, with ``compile`` at every start (~23 ms on the
development machine), and the modules then compile 15 regular expressions (~16 ms):
half of a bare ``import PySide6.QtWidgets`` (``benchmarks/pyside_import.py``). The
model's import (pydantic, the standard library's ``platform``, ``ipaddress``...)
compiles 28 more patterns (7-9 ms).

Both results depend on their text alone, so ``importing()`` keeps them in a file of
the user's cache folder:

- A text compiled meanwhile: its code object, keyed by a hash of the text, the file
  name, the mode and the compiler flags in effect (the caller's ``__future__`` imports
  included, as ``compile`` itself inherits them).
- A regular expression compiled meanwhile: the arguments ``re``'s compiler gives
  ``_sre.compile`` (the pattern's opcodes and its groups). The pattern object is made
  by that same call, which also validates the opcodes.

Only imports are covered (``importing()`` wraps the model's import and PySide's, no
reading of a file), and only once a program's entry point has called ``enable()`` (the
editor and the command line's document commands): no text a user types, no regular
expression of a search, is ever written. The file is tied to the Python build (its
bytecode magic number, its version text and ``re``'s engine version), dropped when it
does not match or cannot be read, and written back only when something was compiled
afresh (tests/test_start_cache.py).
"""

from __future__ import annotations
import __future__

import _sre
import builtins
import contextlib
import hashlib
import os
import re
import re._compiler as re_compiler
import sys
from collections.abc import Iterator
from importlib._bootstrap_external import MAGIC_NUMBER
from types import CodeType
from typing import Any

from .kept_file import cache_folder, read_kept, write_kept

_HEADER = (
    b"ucdesigner start code 1\n"
    + MAGIC_NUMBER
    + f"{sys.version}\n{_sre.MAGIC}\n".encode("utf-8", "replace")
)
_LIMIT = 400
"""Entries kept at most of each kind (the editor's start: 14 modules' code, about 50
patterns)."""
_FUTURE_FLAGS = 0
for _feature in __future__.all_feature_names:
    _FUTURE_FLAGS |= getattr(__future__, _feature).compiler_flag


class _Cache:
    def __init__(self) -> None:
        self.path: str | None = None
        self.loaded = False
        self.code: dict[str, CodeType] = {}
        self.patterns: dict[tuple, tuple] = {}
        self.compiled = 0
        """Texts and patterns compiled in this process (not found in the cache)."""

    def load(self) -> None:
        if not self.loaded and self.path:
            self.code, self.patterns = _read(self.path)
        self.loaded = True

    def compile(
        self,
        source: Any,
        filename: Any,
        mode: str,
        flags: int = 0,
        dont_inherit: bool = False,
        optimize: int = -1,
        **options: Any,
    ) -> Any:
        """``compile`` during the start's imports: a text is compiled once, ever. A tree,
        a file name that is no text, or an option such as ``ast.parse``'s
        ``_feature_version`` is compiled as the built-in does, and not kept."""
        if not dont_inherit:  # what the built-in inherits from the code calling it
            flags |= sys._getframe(1).f_code.co_flags & _FUTURE_FLAGS
        if options or type(source) not in (str, bytes) or type(filename) is not str:
            return _BUILTIN_COMPILE(source, filename, mode, flags, True, optimize, **options)
        text = source.encode("utf-8", "surrogatepass") if type(source) is str else source
        digest = hashlib.sha256(text).hexdigest()
        key = f"{type(source).__name__} {mode} {flags} {optimize} {digest} {filename}"
        code = self.code.get(key)
        if code is None:
            code = _BUILTIN_COMPILE(source, filename, mode, flags, True, optimize)
            if isinstance(code, CodeType):  # (an AST asked for by the flags is not kept)
                self.code[key] = code
                self.compiled += 1
        return code

    def compile_pattern(self, pattern: Any, flags: int = 0) -> Any:
        """``re``'s pattern compiler during the start's imports: a pattern's opcodes are
        worked out once, ever."""
        if type(pattern) not in (str, bytes) or type(flags) is not int or flags & re.DEBUG:
            return _PATTERN_COMPILE(pattern, flags)
        key = (pattern, flags)
        arguments = self.patterns.get(key)
        if arguments is not None:
            return _sre.compile(*arguments)
        recorder = _SreRecorder()
        re_compiler._sre = recorder  # type: ignore[attr-defined]
        try:
            compiled = _PATTERN_COMPILE(pattern, flags)
        finally:
            re_compiler._sre = _sre  # type: ignore[attr-defined]
        if recorder.arguments is not None:
            self.patterns[key] = recorder.arguments
            self.compiled += 1
        return compiled


class _SreRecorder:
    """``_sre`` as ``re``'s compiler sees it: the same, but ``compile`` keeps what it
    was given."""

    def __init__(self) -> None:
        self.arguments: tuple | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(_sre, name)

    def compile(self, *arguments: Any) -> Any:
        pattern, flags, code, groups, groupindex, indexgroup = arguments
        # (plain ints: the opcodes are int subclasses, which marshal does not write)
        self.arguments = (
            pattern,
            int(flags),
            [int(word) for word in code],
            int(groups),
            {str(name): int(group) for name, group in groupindex.items()},
            tuple(indexgroup),
        )
        return _sre.compile(*arguments)


_BUILTIN_COMPILE = builtins.compile
_PATTERN_COMPILE = re_compiler.compile
_CACHE = _Cache()


def enable(path: str | None = None) -> None:
    """Let ``importing`` keep the start's compiled code at ``path`` (default:
    ``start-<python>.bin`` in ucdesigner's folder of the user's cache)."""
    if _CACHE.path is None:
        _CACHE.path = path or _default_path()


@contextlib.contextmanager
def importing() -> Iterator[None]:
    """While the block runs, texts and regular expressions compiled come from the cache
    (and new ones go into it); the cache is written back after it. Nothing is changed
    before ``enable()``; inside another such block, the outer one does the work. Meant
    for imports: the model's and PySide's at the start, nothing that reads a file."""
    if _CACHE.path is None or builtins.compile is not _BUILTIN_COMPILE:
        yield
        return
    _CACHE.load()
    before = _CACHE.compiled
    builtins.compile = _CACHE.compile
    re_compiler.compile = _CACHE.compile_pattern
    try:
        yield
    finally:
        builtins.compile = _BUILTIN_COMPILE
        re_compiler.compile = _PATTERN_COMPILE
    if _CACHE.compiled > before:
        _save()


def compiled_here() -> int:
    """How many texts and patterns this process compiled in ``importing`` blocks (0 when
    all came from the cache)."""
    return _CACHE.compiled


def _save() -> None:
    """Write the cache (atomically; a cache folder that cannot be written is no error)."""
    if _CACHE.path:
        kept = (
            dict(list(_CACHE.code.items())[-_LIMIT:]),
            dict(list(_CACHE.patterns.items())[-_LIMIT:]),
        )
        write_kept(_CACHE.path, _HEADER, kept)


def _read(path: str) -> tuple[dict[str, CodeType], dict[tuple, tuple]]:
    """The code and the patterns' arguments kept at ``path`` (empty when the file is
    missing, damaged or from another Python)."""
    kept = read_kept(path, _HEADER)
    if not (isinstance(kept, tuple) and len(kept) == 2):
        return {}, {}
    code, patterns = kept
    if not (isinstance(code, dict) and isinstance(patterns, dict)):
        return {}, {}
    return (
        {k: v for k, v in code.items() if isinstance(k, str) and isinstance(v, CodeType)},
        {k: v for k, v in patterns.items() if _pattern_entry(k, v)},
    )


def _pattern_entry(key: object, arguments: object) -> bool:
    return (
        isinstance(key, tuple)
        and len(key) == 2
        and isinstance(arguments, tuple)
        and len(arguments) == 6
        and arguments[0] == key[0]
        and isinstance(arguments[2], list)
        and isinstance(arguments[4], dict)
        and isinstance(arguments[5], tuple)
    )


def _default_path() -> str | None:
    folder = cache_folder()
    if folder is None:
        return None
    return os.path.join(folder, f"start-{sys.implementation.cache_tag}.bin")
