"""The document's validator built once per version of the model, not at every start.

The model's classes are made with ``defer_build``: pydantic builds a class's validator
the first time it validates. For ``DocumentData`` (every class of the model inside
it) that takes 25-30 ms of pydantic's Python, the largest single part of opening a
file after the imports: a one-diagram ``ucdesigner export`` pays it every time.

pydantic-core pickles a validator as the core schema it was built from (and unpickles
it by building the validator from that schema, in Rust, in 2-3 ms): the same schema,
the same checks. Functions in the schema (the model's validators, its text rule) are
kept by name and are those of the running code. The file is kept in the user's cache
folder beside the dataclass cache, with a key made of everything the schema depends
on: Python's, pydantic's and pydantic-core's versions and the source of every loaded
module of ``ucdesigner.model``. Any change there, or a file that cannot be read, and
the validator is built as pydantic builds it, then kept for next time.

Like the dataclass cache, it works only where a program's entry point asks for it
(``enable()``: the command line's document commands): elsewhere, and in tests, reading
a document leaves no file in the user's cache.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sys
from typing import Any

from .kept_file import cache_folder

_HEADER = b"ucdesigner validator 1\n"
_MODEL_PACKAGE = "ucdesigner.model"

_built: list[str] = []
"""Names of the classes whose validator this process built (not found in the cache)."""
_given: set[Any] = set()
"""The classes given their validator from the cache in this process."""


_folder: list[str] = []
"""The folder of the cache files, once ``enable`` has been called."""


def enable(folder: str | None = None) -> None:
    """Let ``use_cached_validator`` keep validators in ``folder`` (default: ucdesigner's
    folder of the user's cache). Without it, that function does nothing."""
    folder = folder or cache_folder()
    if folder is not None:
        _folder[:] = [folder]


def use_cached_validator(model: Any) -> None:
    """Give ``model`` (a pydantic model class not built yet) its validator from the
    cache, or build it as pydantic would and keep it there. Nothing happens before
    ``enable``, nor to a class already built."""
    if not _folder or model.__pydantic_complete__ or model in _given:
        return
    tag = sys.implementation.cache_tag
    path = os.path.join(_folder[0], f"validator-{model.__qualname__}-{tag}.pickle")
    key = _key(model)
    if key is not None:
        validator = _read(path, key)
        if validator is not None:
            # Validation only: anything else (serialising, the JSON schema) still
            # makes pydantic build the whole class, validator included, on first use.
            model.__pydantic_validator__ = validator
            _given.add(model)
            return
    model.model_rebuild()
    _built.append(model.__qualname__)
    if key is not None:
        _write(path, key, model.__pydantic_validator__)


def built_here() -> list[str]:
    """The classes whose validator this process built (empty when all came from the
    cache)."""
    return list(_built)


def _key(model: Any) -> bytes | None:
    """A digest of what ``model``'s schema depends on; None when a module's source
    cannot be read (a bundle with its modules in an archive): then nothing is cached."""
    import pydantic
    import pydantic_core

    digest = hashlib.sha256()
    for part in (
        sys.version,
        pydantic.VERSION,
        pydantic_core.__version__,
        model.__module__,
        model.__qualname__,
    ):
        digest.update(part.encode() + b"\0")
    for name in sorted(sys.modules):
        if name != _MODEL_PACKAGE and not name.startswith(_MODEL_PACKAGE + "."):
            continue
        source = getattr(sys.modules[name], "__file__", None)
        if not source:
            return None
        try:
            with open(source, "rb") as file:
                digest.update(name.encode() + b"\0" + file.read() + b"\0")
        except OSError:
            return None
    return digest.digest()


def _read(path: str, key: bytes) -> Any | None:
    try:
        with open(path, "rb") as file:
            data = file.read()
    except OSError:
        return None
    head = _HEADER + key
    if not data.startswith(head):
        return None
    try:
        return pickle.loads(data[len(head) :])
    except Exception:  # a damaged file: the validator is built again
        return None


def _write(path: str, key: bytes, validator: Any) -> None:
    """Keep ``validator`` at ``path`` (atomically; a validator that cannot be pickled or
    a folder that cannot be written is no error)."""
    try:
        data = pickle.dumps(validator, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # a function pickle cannot name: nothing is kept
        return
    partial = f"{path}.{os.getpid()}.part"
    with contextlib.suppress(OSError):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(partial, "wb") as file:
            file.write(_HEADER + key + data)
        os.replace(partial, path)
    with contextlib.suppress(OSError):
        os.remove(partial)
