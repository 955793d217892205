"""Reading untrusted XML safely.

No DTD is loaded, no entity is expanded, nothing is fetched from the network, and
libxml2's limits on tree size stay on. A document that declares entities is refused
outright rather than read with holes in it, so a file built to read ``/etc/passwd`` or
to expand a billion times yields a clear error and no content. Files that are not XML at
all (an archive or a picture renamed ``.xmi``) are named for what they are.
"""

from __future__ import annotations

import os
import re

from lxml import etree

from ..files import read_input
from .errors import XMIError

MAX_FILE_BYTES = 64 * 1024 * 1024
"""The largest XMI file imported. The tree lxml builds takes about 18 times the file's
size in memory (a 200 MB file took 3.6 GB), so 64 MB stays near 1 GB; the largest
real exports in the corpus are a few MB."""
_ENTITY_REFERENCE = re.compile(
    rb"&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)[A-Za-z_:][-\w.:]*;"
)

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "a ZIP archive (a .mdzip or .zargo project? import it under its own name)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\x89PNG\r\n\x1a\n", "a PNG picture"),
    (b"\xff\xd8\xff", "a JPEG picture"),
    (b"GIF8", "a GIF picture"),
    (b"%PDF", "a PDF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document (or an EA .eap project)"),
    (b"SQLite format 3\x00", "an SQLite database (an EA .qea project?)"),
)


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=False,
    )


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """The bytes of a file to import, with one-line errors for the usual mishaps."""
    return read_input(path, "an XMI file", MAX_FILE_BYTES, XMIError)


def parse(data: bytes, source: str = "<data>") -> etree._ElementTree:
    """Parse XML bytes safely; XMIError with one clear line when they are not usable."""
    if len(data) > MAX_FILE_BYTES:
        raise XMIError(f"{source}: is larger than {MAX_FILE_BYTES // 2**20} MB")
    stripped = data.lstrip()
    if not stripped:
        raise XMIError(f"{source}: is empty")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise XMIError(f"{source}: is {what}, not an XMI file")
    head = data[:4096]
    utf16 = head.startswith((b"\xff\xfe", b"\xfe\xff")) or head[:4] in (
        b"<\x00?\x00",
        b"\x00<\x00?",
    )
    if (
        b"\x00" in head
        and not utf16
        and not head.startswith((b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00"))
    ):
        raise XMIError(f"{source}: is binary data, not an XMI file")
    if not utf16 and not stripped.startswith((b"<", b"\xef\xbb\xbf")):
        raise XMIError(f"{source}: is not XML (it does not start with '<'), not an XMI file")
    try:
        tree = etree.ElementTree(etree.fromstring(data, _parser()))
    except etree.XMLSyntaxError as error:
        message = str(error.msg or error).strip().rstrip(".")
        if "entity" in message.lower():
            raise XMIError(
                f"{source}: uses entities ({message}); files with entities are refused for safety"
            ) from None
        line = f"line {error.lineno}: " if error.lineno else ""
        raise XMIError(f"{source}: is not well-formed XML ({line}{message})") from None
    except ValueError as error:  # lxml refuses some inputs (e.g. unicode with declaration)
        raise XMIError(f"{source}: cannot be parsed as XML ({error})") from None
    dtd = tree.docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise XMIError(
            f"{source}: declares XML entities in its DOCTYPE; such files can read other "
            "files or exhaust memory and are refused for safety"
        )
    if _has_entity_refs(tree.getroot()) or (
        tree.docinfo.doctype and _ENTITY_REFERENCE.search(data) is not None
    ):
        raise XMIError(
            f"{source}: refers to XML entities that are not defined in the file; "
            "such files are refused for safety"
        )
    return tree


def _has_entity_refs(root: etree._Element) -> bool:
    """True when an unexpanded entity reference is left anywhere in the tree."""
    return any(True for _ in root.iter(etree.Entity))


_PROLOG = re.compile(rb"^\s*(?:\xef\xbb\xbf)?(<\?xml[^>]*\?>)?\s*(<!DOCTYPE[^>\[]*>)?")
_ENCODING = re.compile(rb"encoding\s*=\s*['\"]([A-Za-z0-9._-]+)['\"]")


def parse_declaring(data: bytes, source: str, namespaces: dict[str, str]) -> etree._Element:
    """Parse XML whose writer uses prefixes it never declares (MagicDraw's view members,
    ArgoUML's PGML), with ``namespaces`` (prefix -> URI) declared around it; the
    document's root element. Same safety as ``parse``."""
    prolog = _PROLOG.match(data)
    body = data[prolog.end() :] if prolog else data
    declaration = prolog.group(1) if prolog else None
    found = _ENCODING.search(declaration) if declaration else None
    encoding = found.group(1).decode("ascii") if found else "utf-8"
    if encoding.lower().replace("_", "-") not in ("utf-8", "utf8"):
        try:
            body = body.decode(encoding).encode("utf-8")
        except (LookupError, UnicodeDecodeError):
            raise XMIError(f"{source}: is not text in its declared encoding {encoding}") from None
    if body.lstrip().startswith(b"<!DOCTYPE"):  # one with declarations: say why it is refused
        parse(data, source)
        raise XMIError(f"{source}: declares a DOCTYPE with declarations; refused for safety")
    if not body.lstrip().startswith(b"<"):
        raise XMIError(f"{source}: is not XML (it does not start with '<')")
    attributes = b" ".join(
        b'xmlns:%s="%s"' % (prefix.encode(), uri.encode()) for prefix, uri in namespaces.items()
    )
    wrapper = parse(b"<declared " + attributes + b">" + body + b"</declared>", source).getroot()
    root = next((child for child in wrapper if isinstance(child.tag, str)), None)
    if root is None:
        raise XMIError(f"{source}: holds no XML element")
    return root
