"""Atomic file writing: the target is either the complete old file or the complete new
one, whatever happens during the write (crash, power cut, full disk)."""

from __future__ import annotations

import contextlib
import os
import re
import stat
import sys
import tempfile
import time
from pathlib import Path

STALE_SECONDS = 2.0
"""A temporary file this old that no writer holds is a leftover of a killed save."""


def real_target(path: str | os.PathLike[str]) -> Path:
    """The file a write to ``path`` must change: a symbolic link's target (followed to
    the end), so that saving through a link updates the real file instead of replacing
    the link with a plain file."""
    return Path(os.path.realpath(path))


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` atomically.

    The bytes go to a temporary file in the same folder, which is flushed and fsynced and
    then renamed over ``path``; the folder is fsynced so the rename itself is durable.
    A symbolic link is followed: the file it points to is replaced (beside itself) and
    the link stays. The previous file keeps its permission bits. On failure the temporary
    file is removed and the error propagates; ``path`` is untouched. Leftovers of earlier
    writes of the same file that were killed before their rename are removed.
    """
    target = real_target(path)
    folder = target.parent
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        mode = 0o666 & ~_current_umask()  # what open() would have given a new file
    remove_stale_temporaries(target)
    handle, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    try:
        _hold(handle)  # tells remove_stale_temporaries in other processes: in use
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp_name, mode)
        os.replace(temp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    _fsync_folder(folder)


def temporaries(path: str | os.PathLike[str]) -> list[Path]:
    """The temporary files ``atomic_write_bytes`` makes (or left) for ``path``."""
    target = real_target(path)
    pattern = re.compile(rf"\.{re.escape(target.name)}\.[a-z0-9_]{{8}}\.tmp")
    try:
        names = os.listdir(target.parent)
    except OSError:
        return []
    return [target.parent / n for n in names if pattern.fullmatch(n)]


def remove_stale_temporaries(path: str | os.PathLike[str]) -> list[Path]:
    """Delete the temporary files of ``path`` that a killed save left behind; returns
    them. A temporary file that another writer still holds (it keeps a lock on it) or
    that is only seconds old is left alone."""
    removed = []
    now = time.time()
    for temp in temporaries(path):
        try:
            if now - temp.stat().st_mtime < STALE_SECONDS or _in_use(temp):
                continue
            temp.unlink()
        except OSError:
            continue
        removed.append(temp)
    return removed


def _hold(handle: int) -> None:
    if sys.platform != "win32":
        import fcntl

        with contextlib.suppress(OSError):
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _in_use(temp: Path) -> bool:
    if sys.platform == "win32":  # pragma: no cover - Windows refuses to delete open files
        return False
    import fcntl

    fd = os.open(temp, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)
    return False


def _current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems cannot fsync a folder; the rename is still atomic
    finally:
        os.close(fd)
