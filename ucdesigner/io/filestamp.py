"""Did someone else change a file since we opened it? A cheap stamp to compare."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class FileStamp:
    """What a file looked like: size, modification time and a hash of its bytes."""

    size: int
    mtime_ns: int
    digest: str

    @classmethod
    def of(cls, path: str | os.PathLike[str]) -> FileStamp | None:
        """The stamp of the file now, or None when it does not exist."""
        try:
            info = os.stat(path)
            data = Path(path).read_bytes()
        except FileNotFoundError:
            return None
        return cls(info.st_size, info.st_mtime_ns, hashlib.sha256(data).hexdigest())

    def changed(self, path: str | os.PathLike[str]) -> bool:
        """True when the file no longer has this content (edited, replaced or deleted).

        A new modification time with the same bytes (a ``touch``) is not a change.
        """
        now = FileStamp.of(path)
        return now is None or (now.size, now.digest) != (self.size, self.digest)
