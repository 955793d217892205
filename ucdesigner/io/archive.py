"""Reading ZIP archives that other tools save their projects in (.mdzip, .zargo), safely.

An archive from the internet may be built to hurt: members that expand a thousandfold
(zip bombs), names that climb out of a folder (``../../.bashrc``) or start at the root,
archives inside archives, tens of thousands of members. Nothing is ever extracted to
disk here: members are read into memory, each within limits on its size, on the total
and on the compression ratio, counted while reading (the sizes an archive declares may
lie). XML members go through the same hardened parser as XMI files.
"""

from __future__ import annotations

import contextlib
import io
import zipfile
from dataclasses import dataclass, field

from lxml import etree

from .xmi.errors import XMIError
from .xmi.safe import MAX_FILE_BYTES, parse

MAX_MEMBERS = 5000
MAX_TOTAL_BYTES = MAX_FILE_BYTES
MAX_MEMBER_BYTES = 128 * 1024 * 1024
MAX_RATIO = 100
"""Real models compress 5 to 30 times; a member that expands more than this (and to more
than ``RATIO_FLOOR`` bytes) is a zip bomb."""
RATIO_FLOOR = 1024 * 1024
NESTED_SUFFIXES = (".zip", ".mdzip", ".zargo", ".zuml", ".jar", ".gz", ".7z", ".rar")
_CHUNK = 1 << 16


class ArchiveError(XMIError):
    """An archive that cannot be read safely; the message names the archive and why."""


@dataclass
class Archive:
    """The members of one ZIP archive, read on demand within the limits above."""

    source: str
    data: bytes
    names: list[str] = field(default_factory=list)
    nested: list[str] = field(default_factory=list)
    """Members that are themselves archives: listed, never opened."""
    _infos: dict[str, zipfile.ZipInfo] = field(default_factory=dict)
    _read_total: int = 0
    _zip: zipfile.ZipFile | None = None

    @classmethod
    def open(cls, data: bytes, source: str) -> Archive:
        """Check the archive's directory; ArchiveError when it is not a usable ZIP."""
        archive = cls(source, data)
        try:
            # Kept open for reading the members (in memory: nothing to close but the object).
            archive._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = archive._zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as error:
            raise ArchiveError(f"{source}: is not a readable ZIP archive ({error})") from None
        if len(infos) > MAX_MEMBERS:
            raise ArchiveError(
                f"{source}: has {len(infos)} members, more than the {MAX_MEMBERS} allowed"
            )
        declared = 0
        for info in infos:
            if info.is_dir():
                continue
            name = member_name(info)
            _check_name(name, source)
            if info.flag_bits & 0x1:
                raise ArchiveError(f"{source}: member {name!r} is encrypted")
            declared += info.file_size
            if declared > MAX_TOTAL_BYTES:
                raise ArchiveError(
                    f"{source}: would expand to more than {MAX_TOTAL_BYTES // 2**20} MB"
                )
            archive._infos[name] = info
            archive.names.append(name)
            if name.lower().endswith(NESTED_SUFFIXES):
                archive.nested.append(name)
        if not archive.names:
            raise ArchiveError(f"{source}: is an empty archive")
        return archive

    def label(self, name: str) -> str:
        """How a member is named in messages: ``project.mdzip (member model.xmi)``."""
        return f"{self.source} (member {name})"

    def read(self, name: str) -> bytes:
        """A member's bytes; ArchiveError when it breaks a limit or is itself an archive."""
        info = self._infos.get(name)
        if info is None:
            raise ArchiveError(f"{self.source}: has no member {name!r}")
        if name in self.nested:
            raise ArchiveError(f"{self.label(name)}: is an archive inside the archive")
        limit = min(MAX_MEMBER_BYTES, MAX_TOTAL_BYTES - self._read_total)
        chunks: list[bytes] = []
        size = 0
        try:
            if self._zip is None:
                raise ArchiveError(f"{self.source}: was not opened")
            with self._zip.open(info) as stream:
                while chunk := stream.read(_CHUNK):
                    size += len(chunk)
                    if size > limit:
                        raise ArchiveError(
                            f"{self.label(name)}: expands to more than "
                            f"{limit // 2**20} MB; refused as a zip bomb"
                        )
                    if size > RATIO_FLOOR and size > MAX_RATIO * max(info.compress_size, 1):
                        raise ArchiveError(
                            f"{self.label(name)}: expands more than {MAX_RATIO} times; "
                            "refused as a zip bomb"
                        )
                    chunks.append(chunk)
        except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError) as error:
            raise ArchiveError(f"{self.label(name)}: cannot be read ({error})") from None
        self._read_total += size
        data = b"".join(chunks)
        if data.startswith(b"PK\x03\x04"):
            raise ArchiveError(f"{self.label(name)}: is an archive inside the archive")
        return data

    def xml(self, name: str) -> etree._Element:
        """A member parsed as XML by the hardened parser (its root element)."""
        return parse(self.read(name), self.label(name)).getroot()


def member_name(info: zipfile.ZipInfo) -> str:
    """The member's name; UTF-8 names written without the ZIP's UTF-8 flag (MagicDraw,
    older Java) are read as UTF-8, not as the DOS code page."""
    name = info.filename
    if not info.flag_bits & 0x800:
        with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
            name = name.encode("cp437").decode("utf-8")
    return name


def _check_name(name: str, source: str) -> None:
    parts = name.replace("\\", "/").split("/")
    if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":") or ".." in parts:
        raise ArchiveError(
            f"{source}: member name {name!r} points outside the archive; refused for safety"
        )


def is_zip(data: bytes) -> bool:
    """True when ``data`` starts like a ZIP archive."""
    return data.startswith((b"PK\x03\x04", b"PK\x05\x06"))
