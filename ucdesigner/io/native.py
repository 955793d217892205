"""The native ``.ucd`` file: UTF-8 JSON written from the pydantic model.

The file names its ``format`` and ``version``. Older versions are brought up to date by
small upgrade functions (one per version step) before validation; a newer version than
this program knows is refused with a clear message. Saving is atomic.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..collector import collector_paused
from ..model import FORMAT_NAME, FORMAT_VERSION, Document, DocumentData, IntegrityError
from ..textutil import one_line
from ..validator_cache import use_cached_validator
from .atomic import atomic_write_bytes, real_target, remove_stale_temporaries
from .files import read_input
from .journey_properties import upgrade_1_to_2

SUFFIX = ".ucd"
MAX_FILE_BYTES = 200 * 1024 * 1024

Upgrade = Callable[[dict[str, Any]], dict[str, Any]]
UPGRADES: dict[int, Upgrade] = {1: upgrade_1_to_2}
"""``UPGRADES[n]`` turns a version-n file (as a dict) into a version n+1 file."""


class NativeFormatError(Exception):
    """A ``.ucd`` file that cannot be read; the message names the file and the problem."""

    def __init__(self, message: str) -> None:
        # What came from the file (names, keys) may hold line breaks: keep one line.
        super().__init__(one_line(message, limit=1000))


def dumps(document: Document | DocumentData) -> bytes:
    """The bytes of a ``.ucd`` file for this document (identical for identical content).

    Fields at their default value are left out (small files, small diffs); ``format``
    and ``version`` are always written first.
    """
    data = document.to_data() if isinstance(document, Document) else document
    body = data.model_dump_json(indent=2, exclude_defaults=True)
    head = f'{{\n  "format": "{FORMAT_NAME}",\n  "version": {data.version}'
    rest = body[1:].lstrip()
    return (head + (",\n  " + rest if rest != "}" else "\n}")).encode("utf-8") + b"\n"


BACKUP_SUFFIX = ".bak"


def save(
    document: Document | DocumentData, path: str | os.PathLike[str], backup: bool = False
) -> None:
    """Write the document to ``path`` atomically (the old file survives any failure).

    With ``backup``, the previous version is first kept as ``path + ".bak"`` (written
    atomically too), so the last good version is always on disk.
    """
    raw = dumps(document)
    target = real_target(path)  # through a symbolic link: its file, and the backup beside it
    if backup:
        try:
            previous = target.read_bytes()
        except FileNotFoundError:
            previous = None
        if previous is not None and previous != raw:
            atomic_write_bytes(backup_path(target), previous)
    atomic_write_bytes(target, raw)


def backup_path(path: str | os.PathLike[str]) -> Path:
    """Where ``save(..., backup=True)`` keeps the previous version of ``path``."""
    file = Path(path)
    return file.with_name(file.name + BACKUP_SUFFIX)


def read_data(path: str | os.PathLike[str]) -> DocumentData:
    """Read and validate a ``.ucd`` file against the schema (references are not checked).

    Raises NativeFormatError with one clear sentence for anything unreadable.
    """
    raw = read_input(path, "a .ucd file", MAX_FILE_BYTES, NativeFormatError)
    return loads_data(raw, str(path))


_CURRENT_HEAD = re.compile(
    rb'^\s*\{\s*"format"\s*:\s*"ucdesigner"\s*,\s*"version"\s*:\s*(\d+)\s*[,}]'
)


@collector_paused()
def loads_data(raw: bytes, source: str = "<data>") -> DocumentData:
    """Validate the bytes of a ``.ucd`` file; ``source`` names it in error messages."""
    use_cached_validator(DocumentData)
    head = _CURRENT_HEAD.match(raw[:200])
    if head and int(head.group(1)) == FORMAT_VERSION:
        # The usual case: validate straight from the bytes (pydantic's own parser).
        try:
            return DocumentData.model_validate_json(raw)
        except (ValidationError, ValueError, RecursionError):
            pass  # take the careful path below for a precise message
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise NativeFormatError(
            f"{source}: is not UTF-8 text (byte {error.start}: 0x{raw[error.start]:02x}); "
            "is it a .ucd file?"
        ) from None
    import json  # the careful path only: the usual one validates the bytes directly

    try:
        content = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as error:
        raise NativeFormatError(
            f"{source}: is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from None
    except RecursionError:
        raise NativeFormatError(f"{source}: is nested too deeply to be a .ucd file") from None
    except ValueError as error:
        raise NativeFormatError(f"{source}: {error}") from None
    if not isinstance(content, dict):
        raise NativeFormatError(f"{source}: is JSON but not a ucdesigner document (no object)")
    if content.get("format") != FORMAT_NAME:
        raise NativeFormatError(
            f'{source}: is JSON but not a ucdesigner document (its "format" is '
            f'{json.dumps(content.get("format"))[:60]}, not "{FORMAT_NAME}")'
        )
    content = upgrade(content, source)
    try:
        return DocumentData.model_validate(content)
    except ValidationError as error:
        raise NativeFormatError(f"{source}: {describe_validation_error(error, content)}") from None
    except RecursionError:
        raise NativeFormatError(f"{source}: is nested too deeply to be a .ucd file") from None


def upgrade(content: dict[str, Any], source: str = "<data>") -> dict[str, Any]:
    """Bring a file's content from its version up to ``FORMAT_VERSION``."""
    version = content.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise NativeFormatError(f'{source}: "version" must be a whole number of 1 or more')
    if version > FORMAT_VERSION:
        raise NativeFormatError(
            f"{source}: was written by a newer ucdesigner (file format version {version}; "
            f"this version reads up to {FORMAT_VERSION}); please update ucdesigner"
        )
    while version < FORMAT_VERSION:
        step = UPGRADES.get(version)
        if step is None:
            raise NativeFormatError(f"{source}: file format version {version} is not supported")
        content = step(content)
        version += 1
        content["version"] = version
    return content


def load(path: str | os.PathLike[str]) -> Document:
    """Read a ``.ucd`` file into a Document; NativeFormatError for any problem.

    Temporary files that a save of this file left when it was killed are removed."""
    data = read_data(path)
    remove_stale_temporaries(path)
    try:
        return Document.from_data(data)
    except IntegrityError as error:
        raise NativeFormatError(f"{path}: {error}") from None


def loads(raw: bytes, source: str = "<data>") -> Document:
    """A Document from the bytes of a ``.ucd`` file."""
    data = loads_data(raw, source)
    try:
        return Document.from_data(data)
    except IntegrityError as error:
        raise NativeFormatError(f"{source}: {error}") from None


def describe_validation_error(error: ValidationError, content: Any) -> str:
    """The first schema error as ``elements[3] (id "uc_1"): name: ...``, plus a count."""
    first = error.errors()[0]
    parts: list[str] = []
    node = content
    for step in first["loc"]:
        if isinstance(step, int):
            node = node[step] if isinstance(node, list) and step < len(node) else None
            label = ""
            if isinstance(node, dict) and isinstance(node.get("id"), str):
                label = f' (id "{node["id"][:60]}")'
            elif isinstance(node, dict) and isinstance(node.get("element"), str):
                label = f' (element "{node["element"][:60]}")'
            index = f"[{step}]{label}"
            parts[-1:] = [f"{parts[-1]}{index}"] if parts else [index]
        elif isinstance(node, dict) and step not in node and step == node.get("kind"):
            continue  # the discriminator tag pydantic adds to the path
        else:
            node = node.get(step) if isinstance(node, dict) else None
            parts.append(str(step))
    path = ".".join(parts) or "document"
    message = first["msg"]
    if first["type"] == "union_tag_invalid":
        import json

        message = f"unknown kind {json.dumps(first.get('input', {}).get('kind'))[:40]}"
    more = error.error_count() - 1
    tail = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
    return f"{path}: {message}{tail}"


def _refuse_constant(name: str) -> None:
    raise ValueError(f"contains {name}, which is not a number a .ucd file may hold")
