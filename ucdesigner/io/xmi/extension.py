"""The ucdesigner extension: what UML cannot say about our documents.

UML carries names, documentation, packages, boundaries, extension points and the
relationships. Everything else of the pydantic model (diagrams, styles, waypoints,
stereotypes and properties, and any field added to the model later) goes, generically,
into ``<xmi:Extension extender="ucdesigner">`` as JSON: for each element, the fields
that ``UML_FIELDS`` does not list. On import the two are merged by id: what UML
expresses comes from UML (an edit made in another tool wins), the rest from the
extension. A UML value that only differs from ours by the way UML had to write it
(characters XML cannot hold, ``*`` written as ``0..*``) is taken as unedited.
"""

from __future__ import annotations

import json
import re
from typing import Any

from pydantic import ValidationError

from ...l10n import tr
from ...model import DocumentData
from ...model.elements import NODE_TYPES, RELATIONSHIP_TYPES, Element
from .common import multiplicity
from .errors import XMIError
from .report import ImportReport

EXTENDER = "ucdesigner"
EXTENSION_VERSION = 1

COMMON_FIELDS = frozenset({"id", "kind", "name", "documentation"})
UML_FIELDS: dict[str, frozenset[str]] = {
    "actor": COMMON_FIELDS | {"package"},
    "usecase": COMMON_FIELDS | {"package", "extension_points", "subjects"},
    "subject": COMMON_FIELDS | {"package"},
    "package": COMMON_FIELDS | {"package"},
    "comment": frozenset({"id", "kind", "package", "body"}),
    "association": COMMON_FIELDS | {"source", "target", "source_end", "target_end"},
    "include": COMMON_FIELDS | {"source", "target"},
    "extend": COMMON_FIELDS | {"source", "target", "condition", "extension_points"},
    "generalization": frozenset({"id", "kind", "documentation", "source", "target"}),
    "dependency": COMMON_FIELDS | {"source", "target"},
    "comment_link": frozenset({"id", "kind", "source", "target"}),
}
"""Fields written as UML (and read back from it); the rest goes into the extension."""
DOCUMENT_UML_FIELDS = frozenset({"name", "documentation", "elements", "relationships"})

_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(value: str) -> str:
    """``value`` without the characters XML 1.0 cannot hold (the extension keeps them)."""
    return _XML_ILLEGAL.sub("", value)


def _split(dumped: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """An element's dumped fields as (what the extension keeps, the UML values)."""
    keep = UML_FIELDS.get(dumped["kind"], COMMON_FIELDS)
    ours = {k: v for k, v in dumped.items() if k not in keep or k == "kind"}
    return ours, {k: v for k, v in dumped.items() if k in keep}


def encode(
    data: DocumentData,
    documentation_comments: list[str],
    specification_comments: list[str] | None = None,
) -> str:
    """The extension's JSON for a document; ``documentation_comments`` are the ids of the
    UML comments that carry documentation (so they are not read back as comments), and
    ``specification_comments`` those that show specifications as text (the extension
    restores the specifications themselves).

    Values at their defaults are left out, as in ``.ucd`` files; for each element the
    extension keeps the fields UML does not carry and, under ``originals``, the UML
    values as written, to tell an edit in another tool from the way UML wrote a value.
    """
    dumped = data.model_dump(mode="json", exclude_defaults=True)
    elements: dict[str, Any] = {}
    relationships: dict[str, Any] = {}
    originals: dict[str, Any] = {}
    for key, target in (("elements", elements), ("relationships", relationships)):
        for item in dumped.pop(key, []):
            target[item["id"]], originals[item["id"]] = _split(item)
    diagrams = dumped.pop("diagrams", [])
    document = {k: v for k, v in dumped.items() if k not in DOCUMENT_UML_FIELDS}
    settings = document.get("settings", {})
    settings.pop("export_on_save", None)  # one person's choice on one machine
    if not settings:
        document.pop("settings", None)
    payload = {
        "format": EXTENDER,
        "version": EXTENSION_VERSION,
        "document": document,
        "uml": {"name": data.name, "documentation": data.documentation},
        "elements": elements,
        "relationships": relationships,
        "originals": originals,
        "diagrams": diagrams,
        "documentation_comments": documentation_comments,
    }
    if specification_comments:
        payload["specification_comments"] = specification_comments
    return json.dumps(payload, ensure_ascii=True, separators=(",", ":"))


def decode(text: str, source: str) -> dict[str, Any]:
    """The extension's JSON as data; XMIError when damaged or from a newer version."""
    try:
        payload = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as error:
        raise XMIError(f"{source}: its ucdesigner extension is damaged ({error})") from None
    if not isinstance(payload, dict) or payload.get("format") != EXTENDER:
        raise XMIError(f"{source}: its ucdesigner extension is not one this program wrote")
    version = payload.get("version")
    if not isinstance(version, int) or version > EXTENSION_VERSION:
        raise XMIError(
            f"{source}: was written by a newer ucdesigner (extension version {version}); "
            "please update ucdesigner"
        )
    return payload


def _normal(kind: str, field: str, value: Any) -> Any:
    """A field's value as UML would give it back, to compare ours with the file's."""
    if isinstance(value, str):
        return xml_text(value)
    if field in ("source_end", "target_end") and isinstance(value, dict):
        text = value.get("multiplicity", "")
        low, _, up = text.partition("..")
        return {
            **value,
            "role": xml_text(value.get("role", "")),
            "multiplicity": multiplicity(low or None, up or low or None),
        }
    if isinstance(value, list):
        return [_normal(kind, field, v) for v in value]
    if isinstance(value, dict):
        return {k: _normal(kind, field, v) for k, v in value.items()}
    return value


_ABSENT = object()


def _merge_item(
    uml: Element, ext: dict[str, Any] | None, original: dict[str, Any] | None
) -> dict[str, Any]:
    """One element's fields: the extension's, then the UML's where the UML was edited."""
    fields = uml.model_dump(mode="json")
    if ext is None or ext.get("kind") != uml.kind:
        return fields
    merged = {
        **fields,
        **{k: v for k, v in ext.items() if k not in UML_FIELDS[uml.kind] or k == "kind"},
    }
    # Where the UML says what we wrote (the usual case) there is nothing to compare.
    if original and any(fields.get(k, _ABSENT) != v for k, v in original.items()):
        try:  # the extension leaves defaults out: complete the originals to compare them
            written = type(uml).model_validate({**fields, **original}).model_dump(mode="json")
        except ValidationError:
            return merged
        for name in UML_FIELDS[uml.kind] & set(fields):
            ours, theirs = written[name], fields[name]
            if ours != theirs and _normal(uml.kind, name, ours) == _normal(uml.kind, name, theirs):
                merged[name] = ours
    return merged


def merge_extension(
    data: DocumentData, payload: dict[str, Any], source: str, report: ImportReport
) -> DocumentData:
    """Combine the UML read from a ucdesigner file with its decoded extension."""
    elements_ext: dict[str, Any] = payload.get("elements", {})
    rels_ext: dict[str, Any] = payload.get("relationships", {})
    originals: dict[str, Any] = payload.get("originals", {})
    ext_links: dict[tuple[str, str], list[str]] = {}
    for ident, fields in rels_ext.items():
        if fields.get("kind") == "comment_link" and ident in originals:
            pair = (originals[ident].get("source"), originals[ident].get("target"))
            ext_links.setdefault(pair, []).append(ident)
    elements = []
    for item in data.elements:
        fields = _merge_item(item, elements_ext.get(item.id), originals.get(item.id))
        elements.append(_validate(NODE_TYPES, fields, item, report))
    relationships = []
    linked: set[tuple[str, str]] = set()
    for rel in data.relationships:
        if rel.kind == "comment_link":
            # UML keeps one annotatedElement per pair and no ids: our links come back
            # by their ends, every one of them, with their ids.
            pair = (rel.source, rel.target)
            if pair in linked:
                continue
            linked.add(pair)
            for ident in ext_links.get(pair, []):
                fields = _merge_item(
                    rel.model_copy(update={"id": ident}), rels_ext[ident], originals[ident]
                )
                relationships.append(_validate(RELATIONSHIP_TYPES, fields, rel, report))
            if pair in ext_links:
                continue
        fields = _merge_item(rel, rels_ext.get(rel.id), originals.get(rel.id))
        relationships.append(_validate(RELATIONSHIP_TYPES, fields, rel, report))
    present = {e.id for e in elements} | {r.id for r in relationships}
    gone = [k for k in (*elements_ext, *rels_ext) if k not in present]
    for ident in gone:
        report.drop(
            ident,
            tr("is in the ucdesigner extension but no longer in the UML (removed in another tool)"),
        )
    diagrams = []
    for raw in payload.get("diagrams", []):
        raw = dict(raw)
        raw["shapes"] = [s for s in raw.get("shapes", []) if s.get("element") in present]
        raw["edges"] = [e for e in raw.get("edges", []) if e.get("element") in present]
        diagrams.append(raw)
    document = _without_export_on_save(dict(payload.get("document", {})), report)
    uml_doc = payload.get("uml", {})
    for name in ("name", "documentation"):
        ours = uml_doc.get(name)
        value = getattr(data, name)
        document[name] = ours if ours is not None and xml_text(ours) == xml_text(value) else value
    try:
        merged = DocumentData.model_validate(
            {
                **document,
                # Validated already: pydantic takes model instances as they are.
                "elements": elements,
                "relationships": relationships,
                "diagrams": diagrams,
            }
        )
    except ValidationError as error:
        problem = error.errors()[0]["msg"]
        raise XMIError(
            f"{source}: its ucdesigner extension does not fit the model ({problem})"
        ) from None
    report.map(
        tr("ucdesigner extension"),
        tr("diagrams, styles, stereotypes and properties restored from it"),
    )
    return merged


def _without_export_on_save(document: dict[str, Any], report: ImportReport) -> dict[str, Any]:
    """The document's fields without export-on-save targets: they are one person's choice
    on one machine, and an imported file must not choose what a save overwrites."""
    settings = document.get("settings")
    if isinstance(settings, dict) and "export_on_save" in settings:
        document["settings"] = {k: v for k, v in settings.items() if k != "export_on_save"}
        report.drop(
            tr("export on save"),
            tr("pictures the file asked to write on every save were not imported"),
        )
    return document


def _validate(
    types: dict[str, Any], fields: dict[str, Any], fallback: Element, report: ImportReport
) -> Element:
    try:
        return types[fields["kind"]].model_validate(fields)
    except ValidationError:
        report.map(
            fallback.describe(),
            tr("the extension's fields for it did not fit; the UML was used"),
        )
        return fallback
