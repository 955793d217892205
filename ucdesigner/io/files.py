"""Reading a file the user named, with one-line errors for the usual mishaps."""

from __future__ import annotations

import os
from pathlib import Path


def read_input(
    path: str | os.PathLike[str], what: str, max_bytes: int, error: type[Exception]
) -> bytes:
    """The bytes of ``path``; ``error`` (one line naming the file) when it is missing,
    a folder, unreadable or larger than ``max_bytes``. ``what`` names the kind of file
    expected ("a .ucd file")."""
    file = Path(path)
    try:
        if file.is_dir():
            raise error(f"{file}: is a folder, not {what}")
        size = file.stat().st_size
        if size > max_bytes:
            raise error(
                f"{file}: is {size / 2**20:.0f} MB, larger than the {max_bytes // 2**20} MB "
                f"{what} may have"
            )
        return file.read_bytes()
    except FileNotFoundError:
        raise error(f"{file}: no such file") from None
    except PermissionError:
        raise error(f"{file}: permission denied") from None
    except OSError as failure:
        raise error(f"{file}: cannot be read ({failure.strerror or failure})") from None
