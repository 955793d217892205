"""Issue 15, point 8 (the parts of the XMI reader): a size bound, names cut with a
word in the report, entities from an external DTD refused. (Laying out 20,000 actors
without a diagram is the layout engine's part of the point.)"""

from __future__ import annotations

import pytest

from ucdesigner.io.xmi import XMIError, read_xmi, read_xmi_bytes
from ucdesigner.io.xmi.safe import MAX_FILE_BYTES

XMI1 = (
    '<XMI xmi.version="1.2" xmlns:UML="org.omg.xmi.namespace.UML"><XMI.content>'
    '<UML:Model xmi.id="m" name="M"><UML:Namespace.ownedElement>{body}'
    "</UML:Namespace.ownedElement></UML:Model></XMI.content></XMI>"
)


def test_an_entity_from_an_external_dtd_is_refused_not_emptied() -> None:
    data = (
        '<?xml version="1.0"?>\n<!DOCTYPE XMI SYSTEM "http://example.com/uml.dtd">\n'
        + XMI1.format(body='<UML:Actor xmi.id="a" name="&secret;"/>')
    ).encode()
    with pytest.raises(XMIError, match="entities that are not defined"):
        read_xmi_bytes(data, "sent.xmi")


def test_predefined_and_character_references_still_read() -> None:
    data = (
        '<?xml version="1.0"?>\n<!DOCTYPE XMI SYSTEM "uml.dtd">\n'
        + XMI1.format(body='<UML:Actor xmi.id="a" name="A &amp; B &#233;&#x41;"/>')
    ).encode()
    (actor,) = read_xmi_bytes(data, "ok.xmi").data.elements
    assert actor.name == "A & B éA"


def test_a_name_cut_to_the_limit_is_in_the_report() -> None:
    data = XMI1.format(body=f'<UML:Actor xmi.id="a" name="{"n" * 20_000}"/>').encode()
    result = read_xmi_bytes(data, "long.xmi")
    (actor,) = result.data.elements
    assert len(actor.name) == 10_000
    (entry,) = [e for e in result.report.mapped if "20,000 characters" in e.detail]
    assert "cut to the first 10,000" in entry.detail


def test_a_file_above_the_documented_size_is_refused_before_reading(tmp_path) -> None:
    assert MAX_FILE_BYTES <= 64 * 2**20
    big = tmp_path / "huge.xmi"
    with big.open("wb") as stream:
        stream.truncate(MAX_FILE_BYTES + 1)  # sparse: no disk used, no memory either
    with pytest.raises(XMIError, match="larger than the 64 MB"):
        read_xmi(big)
