"""Crash recovery files: copies of unsaved documents in a folder of their own.

Every running instance is a *session* with a random id. It writes one recovery file per
unsaved document (atomically; the file records which document it belongs to) and holds
an exclusive lock on ``<session>.lock`` while it runs. Files whose session lock nobody
holds belong to a session that ended without cleaning up, i.e. crashed: those are the
ones the next start offers to restore. Two instances never touch each other's files.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from ..model import Document, DocumentData
from .atomic import atomic_write_bytes
from .filestamp import FileStamp
from .native import dumps, loads

SUFFIX = ".ucdrecovery"
RECOVERY_FORMAT = "ucdesigner-recovery"


class RecoveryHeader(BaseModel):
    """What a recovery file says about the document it holds."""

    model_config = ConfigDict(extra="ignore")

    format: str = RECOVERY_FORMAT
    session: str
    key: str
    """Which open document in that session (stable while the window is open)."""
    document_path: str | None = None
    """The file the document was opened from or saved to, absolute and resolved (a path
    as typed would name another file when the next start runs in another folder); None
    if never saved."""
    document_size: int | None = None
    document_digest: str | None = None
    """What that file held when the window last read or wrote it (``FileStamp``): a
    restore compares it with the file now, so Save asks before overwriting a file that
    changed or went away meanwhile. None: unknown (no file, or an older copy)."""
    title: str
    saved_at: datetime
    changes: int
    """Changes made since the document was last saved."""


@dataclass(frozen=True)
class RecoveryEntry:
    file: Path
    header: RecoveryHeader

    def target(self) -> Path | None:
        """The file this copy belongs to; None when never saved, or when an older copy
        recorded it relative to a folder nobody knows any more."""
        path = self.header.document_path
        if not path or not Path(path).is_absolute():
            return None
        return Path(path)

    def base_stamp(self) -> FileStamp:
        """What the file held when the copy was made; an impossible stamp when unknown,
        so that Save always asks before overwriting the file."""
        header = self.header
        if header.document_size is None or header.document_digest is None:
            return FileStamp(-1, 0, "")
        return FileStamp(header.document_size, 0, header.document_digest)

    def load(self) -> Document:
        """The document as it was when the recovery copy was written."""
        _, document = _split(self.file.read_bytes())
        return loads(document, str(self.file))


class RecoveryStore:
    """The recovery folder, seen from one running session."""

    def __init__(self, folder: str | os.PathLike[str], session: str | None = None) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.session = session or f"s{os.getpid()}x{secrets.token_hex(4)}"
        if not self.session.isalnum():
            raise ValueError("a session id is letters and digits only")
        self._lock = _SessionLock(self.folder / f"{self.session}.lock")

    def close(self) -> None:
        """End the session: release its lock. Recovery files that are still there (a
        document nobody saved or discarded) stay, and the next start offers them."""
        self._lock.release()
        self._drop_dead_lock(self.session)

    def write(
        self,
        key: str,
        document: Document | DocumentData,
        title: str,
        changes: int,
        document_path: str | os.PathLike[str] | None = None,
        base: FileStamp | None = None,
    ) -> Path:
        """Write (or replace) the recovery copy of one open document, atomically.

        ``base`` is the stamp of ``document_path`` as the window knows it (what the
        unsaved changes were made on top of)."""
        header = RecoveryHeader(
            session=self.session,
            key=key,
            document_path=str(Path(document_path).resolve()) if document_path else None,
            document_size=base.size if base else None,
            document_digest=base.digest if base else None,
            title=title,
            saved_at=datetime.now(UTC),
            changes=changes,
        )
        # The header's JSON object, with the document's own bytes spliced in as a member.
        head = header.model_dump_json().encode("utf-8")
        body = head[:-1] + b',"document":' + dumps(document) + b"}"
        target = self._file(key)
        atomic_write_bytes(target, body)
        return target

    def remove(self, key: str) -> None:
        """Forget the recovery copy of a document (after a clean save or close)."""
        with contextlib.suppress(FileNotFoundError):
            self._file(key).unlink()

    def orphans(self) -> list[RecoveryEntry]:
        """Recovery copies left behind by sessions that are not running any more."""
        found = []
        for file in sorted(self.folder.glob(f"*{SUFFIX}")):
            owner = file.name.split("--", 1)[0]
            if owner == self.session or _session_alive(self.folder, owner):
                continue
            header = _read_header(file)
            if header is not None:
                found.append(RecoveryEntry(file, header))
        return sorted(found, key=lambda e: e.header.saved_at, reverse=True)

    def discard(self, entry: RecoveryEntry) -> None:
        """Delete a left-behind recovery copy (the user chose Discard)."""
        with contextlib.suppress(FileNotFoundError):
            entry.file.unlink()
        self._drop_dead_lock(entry.header.session)

    def _drop_dead_lock(self, session: str) -> None:
        if not any(self.folder.glob(f"{session}--*{SUFFIX}")):
            with contextlib.suppress(OSError):
                (self.folder / f"{session}.lock").unlink()

    def _file(self, key: str) -> Path:
        safe = "".join(c if c.isalnum() or c in "_." else "_" for c in key)[:80]
        return self.folder / f"{self.session}--{safe}{SUFFIX}"


_DOCUMENT_MEMBER = b',"document":'


def _split(raw: bytes) -> tuple[bytes, bytes]:
    """The header object and the document's bytes of a recovery file.

    The writer puts the document last; inside the header's strings a quote is always
    escaped, so the first ``,"document":`` is the member itself.
    """
    at = raw.index(_DOCUMENT_MEMBER)
    if not raw.rstrip().endswith(b"}"):
        raise ValueError("truncated recovery file")
    return raw[:at] + b"}", raw[at + len(_DOCUMENT_MEMBER) : raw.rstrip().rfind(b"}")]


def _read_header(file: Path) -> RecoveryHeader | None:
    try:
        head, _ = _split(file.read_bytes())
        content = json.loads(head)
        if not isinstance(content, dict) or content.get("format") != RECOVERY_FORMAT:
            return None
        return RecoveryHeader.model_validate(content)
    except (OSError, ValueError, ValidationError):
        return None  # a half-written or foreign file is not offered


def _session_alive(folder: Path, session: str) -> bool:
    lock = folder / f"{session}.lock"
    if not lock.exists():
        return False
    probe = _SessionLock(lock, wait=False)
    if probe.held:
        probe.release()
        return False
    return True


class _SessionLock:
    """An exclusive lock on a file, held while the session runs."""

    def __init__(self, path: Path, wait: bool = True) -> None:
        self.path = path
        self.held = False
        self._fd: int | None = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            if sys.platform == "win32":  # pragma: no cover - not our CI's platform
                import msvcrt

                msvcrt.locking(self._fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            self.held = True
        except OSError:
            os.close(self._fd)
            self._fd = None
            if wait:
                raise

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor releases the lock
            self._fd = None
            self.held = False
