"""Import: bytes or a file in, a document and its report out.

The dialect is told from the root element and its namespaces: XMI 1.x has an ``XMI``
root with an ``xmi.version`` attribute; XMI 2.x has ``xmi:XMI`` or a bare UML root in an
XMI 2 or Eclipse UML2 namespace.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from lxml import etree
from pydantic import ValidationError

from ...collector import collector_paused
from ...l10n import tr
from ...model import Document, DocumentData, IntegrityError
from ...model.document import format_validation_error
from ..journey_properties import lift
from . import java_escapes, layout_gmf
from .build import build_document
from .errors import XMIError
from .extension import decode, merge_extension
from .journey_profile import FoundJourney, ProfileReader, apply_profile
from .names import is_uml1_ns, is_uml2_ns, is_xmi_ns, split
from .raw import RawModel
from .reader1 import Reader1
from .reader2 import Reader2
from .report import ImportReport
from .safe import parse, read_bytes


@dataclass
class ImportResult:
    """A document read from XMI and the report of how it was read."""

    data: DocumentData
    report: ImportReport
    document: Document
    """The same document, ready to edit: the import has already checked it as one."""


def detect(root: etree._Element) -> str:
    """ "1" for XMI 1.x, "2" for XMI 2.x; XMIError for other XML."""
    uri, name = split(root.tag)
    if name == "XMI" and uri is None:
        return "1" if root.get("xmi.version") or not _xmi2_attr(root) else "2"
    if name == "XMI" and is_xmi_ns(uri):
        return "2"
    if is_uml2_ns(uri) or (uri and "uml2" in uri.lower()):
        return "2"
    if is_uml1_ns(uri) and root.get("xmi.id") is not None:
        return "1"
    shown = f"{{{uri}}}{name}" if uri else name
    raise XMIError(f"is XML but not XMI (its root element is <{shown}>)")


def _xmi2_attr(root: etree._Element) -> bool:
    return any(is_xmi_ns(split(a)[0]) for a in root.attrib)


def _version_label(root: etree._Element, version: str) -> str:
    if version == "1":
        return f"XMI {root.get('xmi.version', '1.x')} (UML 1.x)"
    for attr, value in root.attrib.items():
        if split(attr)[1] == "version" and is_xmi_ns(split(attr)[0]):
            return f"XMI {value} (UML 2)"
    return "XMI 2.x (UML 2)"


def read_xmi_bytes(
    data: bytes, source: str = "<data>", notation: bytes | None = None
) -> ImportResult:
    """Import XMI bytes; ``notation`` is a Papyrus ``.notation`` file's bytes, if any."""
    tree = parse(data, source)
    notation_root = (
        parse(notation, f"{source} (.notation)").getroot() if notation is not None else None
    )
    return read_xmi_root(tree.getroot(), source, notation_root)


def read_xmi_root(
    root: etree._Element,
    source: str,
    notation: etree._Element | None = None,
    prepare: Callable[[RawModel, ImportReport], None] | None = None,
) -> ImportResult:
    """Import an XMI document already parsed (by ``safe.parse``): the entry for readers
    of archives that hold XMI. ``prepare`` may add to what the XMI reader found (the
    diagrams of other archive members) and to the report before the model is built."""
    return _guarded(source, lambda: _read(root, source, notation, prepare))


def result_from_raw(raw: RawModel, source: str, report: ImportReport) -> ImportResult:
    """Build the document from what a reader of another format found, with the same
    rules, report and automatic layout as an XMI import."""
    return _guarded(source, lambda: _build(raw, source, report))


def _guarded(source: str, read: Callable[[], ImportResult]) -> ImportResult:
    try:
        return read()
    except ValidationError as error:
        # A value the builder let through and the model refuses: still the file's fault.
        raise XMIError(
            f"{source}: holds a value ucdesigner cannot use "
            f"({format_validation_error(error, 'the imported model')})"
        ) from None


@collector_paused()
def _build(raw: RawModel, source: str, report: ImportReport) -> ImportResult:
    document = _lift_properties(build_document(raw, report), report)
    return _result(document, source, report)


@collector_paused()
def _read(
    root: etree._Element,
    source: str,
    notation_root: etree._Element | None,
    prepare: Callable[[RawModel, ImportReport], None] | None,
) -> ImportResult:
    try:
        version = detect(root)
    except XMIError as error:
        raise XMIError(f"{source}: {error}") from None
    raw = RawModel(dialect=_version_label(root, version))
    found = FoundJourney()
    if version == "1":
        Reader1(root, raw).read()
    else:
        reader = Reader2(root, raw)
        reader.read()
        if notation_root is not None:
            raw.diagrams.extend(layout_gmf.read_notation_file(notation_root, reader.xid))
        found = ProfileReader(root).read()
        _claim_profile(raw, found)
    if "visual paradigm" in raw.exporter.lower():
        java_escapes.decode_model(raw)
    report = ImportReport(source=source, dialect=raw.dialect, exporter=raw.exporter)
    if prepare is not None:
        prepare(raw, report)
    if raw.extension is None:
        document = _lift_properties(build_document(raw, report), report)
        document = apply_profile(document, found, False, report)
        return _result(document, source, report)
    payload = decode(raw.extension, source)
    for ident, fields in payload.get("elements", {}).items():
        if fields.get("kind") == "subject" and ident in raw.elements:
            raw.elements[ident].boundary = True
    document = build_document(
        raw,
        report,
        set(payload.get("documentation_comments", [])),
        set(payload.get("specification_comments", [])),
    )
    document = merge_extension(document, payload, source, report)
    document = apply_profile(document, found, True, report)
    return _result(document, source, report)


def _claim_profile(raw: RawModel, found: FoundJourney) -> None:
    """The CustomerJourney profile and its stage enumeration are read into the journey,
    not ignored as UML outside use case models."""
    if found.enumeration is not None:
        raw.elements.pop(found.enumeration, None)
    if found.has_profile and raw.ignored.get("Profile"):
        raw.ignored["Profile"] -= 1
        if not raw.ignored["Profile"]:
            del raw.ignored["Profile"]


def _lift_properties(data: DocumentData, report: ImportReport) -> DocumentData:
    """Journey tagged values of other tools ("stage", "touchpoints", "emotion", "pain
    points" on use cases) become journey fields."""
    content = data.model_dump(mode="json")
    lifted = lift(content)
    if lifted is content:
        return data
    try:
        result = DocumentData.model_validate(lifted)
    except ValidationError:
        return data
    report.map(tr("customer journey"), tr("read from the use cases' journey tagged values"))
    return result


def _result(data: DocumentData, source: str, report: ImportReport) -> ImportResult:
    """The result, its data in the document's own order (as ``Document.to_data`` gives
    it); XMIError when the references do not hold."""
    # Elements in id order, as a document read back from its data holds them.
    ordered = data.model_copy(
        update={
            "elements": tuple(sorted(data.elements, key=lambda e: e.id)),
            "relationships": tuple(sorted(data.relationships, key=lambda r: r.id)),
        }
    )
    try:
        document = Document.from_data(ordered)
    except IntegrityError as error:
        raise XMIError(f"{source}: {error}") from None
    return ImportResult(document.to_data(), report, document)


def read_xmi(path: str | os.PathLike[str]) -> ImportResult:
    """Import an XMI file. A Papyrus model (``.uml``) brings its ``.notation`` sibling."""
    file = Path(path)
    data = read_bytes(file)
    notation = None
    sibling = file.with_suffix(".notation")
    if file.suffix.lower() == ".uml" and sibling.is_file():
        notation = read_bytes(sibling)
    return read_xmi_bytes(data, str(file), notation)
