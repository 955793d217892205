"""MagicDraw and Cameo projects (``.mdzip``): the model and its diagrams from the archive.

From MagicDraw 17 on, the model is the member ``com.nomagic.magicdraw.uml_model.model``
(XMI 2) and each diagram names the member that holds its views in
``binaryObject/@streamContentID``: a ``BINARY-<uuid>`` member of plain XML
(``<mdOwnedViews>``, the format older models keep inline), written with an ``xmi:``
prefix it never declares. ``Binaries.properties`` lists which members belong to the
model. Each such member is parsed by the hardened parser, declared in the model's XMI
namespace and put back where MagicDraw keeps inline views, so the XMI reader reads
both generations alike. MagicDraw 16.x projects hold one ``.mdxml`` member with the
views inline.
"""

from __future__ import annotations

import os
from pathlib import Path

from lxml import etree

from ..l10n import tr
from .archive import Archive
from .files import read_input
from .xmi import ImportReport, ImportResult, XMIError, read_xmi_root
from .xmi.names import is_xmi_ns, local, split
from .xmi.raw import RawModel
from .xmi.safe import MAX_FILE_BYTES, parse_declaring

MODEL_MEMBER = "com.nomagic.magicdraw.uml_model.model"
BINARIES = "Binaries.properties"
MODEL_SUFFIXES = (".mdxml", ".xmi", ".xml", ".uml")


def read_mdzip(path: str | os.PathLike[str]) -> ImportResult:
    """Import a MagicDraw/Cameo ``.mdzip`` project with its diagrams."""
    file = Path(path)
    data = read_input(file, "a MagicDraw project (.mdzip)", MAX_FILE_BYTES, XMIError)
    return read_mdzip_bytes(data, str(file))


def read_mdzip_bytes(data: bytes, source: str = "<data>") -> ImportResult:
    """Import the bytes of a ``.mdzip`` archive."""
    archive = Archive.open(data, source)
    model = model_member(archive)
    root = archive.xml(model)
    views = _attach_views(archive, model, root)

    def tell(raw: RawModel, report: ImportReport) -> None:
        report.map(tr("archive member {member}").format(member=model), tr("the model"))
        for member, diagram, kind in views:
            what = tr('{kind} "{name}"').format(kind=kind or tr("diagram"), name=diagram)
            report.map(
                tr("archive member {member}").format(member=member),
                tr("the views of {what}").format(what=what),
            )
        for member in archive.nested:
            report.drop(
                tr("archive member {member}").format(member=member),
                tr("an archive inside the archive; not opened"),
            )
        raw.dialect = report.dialect = f"MagicDraw project, {raw.dialect}"

    return read_xmi_root(root, source, prepare=tell)


def model_member(archive: Archive) -> str:
    """The member that holds the UML model."""
    if MODEL_MEMBER in archive.names:
        return MODEL_MEMBER
    candidates = [n for n in archive.names if n.lower().endswith(MODEL_SUFFIXES)]
    if not candidates:
        raise XMIError(
            f"{archive.source}: holds no MagicDraw model (no {MODEL_MEMBER} or .mdxml member)"
        )
    return candidates[0]


def _listed_binaries(archive: Archive, model: str) -> set[str] | None:
    """The BINARY members ``Binaries.properties`` assigns to the model (None: no list)."""
    if BINARIES not in archive.names:
        return None
    text = archive.read(BINARIES).decode("latin-1", "replace")
    listed: set[str] = set()
    for line in text.splitlines():
        key, sep, value = line.partition("=")
        if sep and not line.lstrip().startswith("#") and key.strip() == model:
            listed.update(v.strip() for v in value.split(",") if v.strip())
    return listed


def _attach_views(archive: Archive, model: str, root: etree._Element) -> list[tuple[str, str, str]]:
    """Read every diagram's views member into the model tree; (member, diagram name,
    diagram type)."""
    listed = _listed_binaries(archive, model)
    xmi_uri = next((u for u in root.nsmap.values() if is_xmi_ns(u)), None) or (
        "http://www.omg.org/spec/XMI/20131001"
    )
    attached: list[tuple[str, str, str]] = []
    for holder in root.iter("{*}binaryObject", "binaryObject"):
        member = holder.get("streamContentID", "")
        if member not in archive.names or (listed is not None and member not in listed):
            continue
        views = _parse_views(archive, member, xmi_uri)
        container = holder.getparent()
        if container is None:
            continue
        representation = container.getparent()
        diagram = etree.SubElement(
            container, "mdElement", elementClass="DiagramPresentationElement"
        )
        kind = representation.get("type", "") if representation is not None else ""
        if kind:
            etree.SubElement(diagram, "type").text = kind
        diagram.append(views)
        attached.append((member, _diagram_name(holder), kind))
    return attached


def _parse_views(archive: Archive, member: str, xmi_uri: str) -> etree._Element:
    """A ``BINARY-*`` member's views, its undeclared ``xmi:`` prefix bound to the model's
    XMI namespace."""
    return parse_declaring(archive.read(member), archive.label(member), {"xmi": xmi_uri})


def _diagram_name(holder: etree._Element) -> str:
    for ancestor in holder.iterancestors():
        if split(ancestor.tag)[0] is None and local(ancestor.tag) == "ownedDiagram":
            return ancestor.get("name", "")
        typed = next((v for k, v in ancestor.attrib.items() if local(k) == "type"), "")
        if typed.endswith(":Diagram"):
            return ancestor.get("name", "")
    return ""
