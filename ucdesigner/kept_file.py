"""ucdesigner's folder of the user's cache, and a value kept between runs in a file
there: marshal's bytes behind a header that names what the file holds and the Python
that wrote it.

The dataclass cache and the start cache keep compiled code this way, as Python keeps a
module's bytecode: a file that is missing, damaged or written by another version reads
as nothing, and a file is written aside and then renamed, so a reader never meets half
of one."""

from __future__ import annotations

import contextlib
import marshal
import os
import sys


def read_kept(path: str, header: bytes) -> object | None:
    """The value kept at ``path``, or None when the file is missing, cannot be read,
    does not start with ``header`` or is damaged."""
    try:
        with open(path, "rb") as file:
            data = file.read()
        if not data.startswith(header):
            return None
        return marshal.loads(data[len(header) :])
    except (OSError, EOFError, ValueError, TypeError):
        return None


def write_kept(path: str, header: bytes, value: object) -> bool:
    """Write ``value`` at ``path`` behind ``header``, atomically. False, and nothing
    written, when the folder cannot be written or the value cannot be marshalled (a
    cache that cannot be kept is no error)."""
    partial = f"{path}.{os.getpid()}.part"
    written = False
    with contextlib.suppress(OSError, ValueError):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(partial, "wb") as file:
            file.write(header + marshal.dumps(value))
        os.replace(partial, path)
        written = True
    with contextlib.suppress(OSError):
        os.remove(partial)
    return written


def cache_folder() -> str | None:
    """ucdesigner's folder of the user's cache (None when there is no home to put it in).
    It is found without platformdirs, whose import costs more than the cache saves."""
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
    return folder
