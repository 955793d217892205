"""Fuzzing the XMI reader with mutations of real files: ours (every example in every
dialect) and, when ../shared is present, the smaller files of the corpus that other tools
wrote. Whatever the bytes, reading gives a document or raises XMIError; nothing else."""

from __future__ import annotations

import csv
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from ucdesigner.io.native import load
from ucdesigner.io.xmi import DIALECTS, XMIError, dumps_xmi, read_xmi_bytes

from ..strategies import byte_flips, flipped

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "xmi-corpus"
SMALL = 40_000


def seeds() -> list[bytes]:
    found = [
        dumps_xmi(load(example).to_data(), dialect)
        for example in sorted((ROOT / "resources" / "examples").glob("*.ucd"))[:2]
        for dialect in sorted(DIALECTS)
    ]
    manifest = CORPUS / "MANIFEST.tsv"
    if manifest.exists():
        with manifest.open(encoding="utf-8") as rows:
            for row in csv.DictReader(rows, delimiter="\t"):
                file = CORPUS / row["local_path"]
                if file.exists() and file.stat().st_size <= SMALL and file.suffix != ".notation":
                    found.append(file.read_bytes())
    return found


SEEDS = seeds()
FUZZ = settings(max_examples=1200, deadline=None, suppress_health_check=list(HealthCheck))


def read(raw: bytes) -> None:
    try:
        read_xmi_bytes(raw, "fuzzed.xmi")
    except XMIError as error:
        message = str(error)
        assert message.startswith("fuzzed.xmi") and "\n" not in message and len(message) < 2000


@FUZZ
@given(st.sampled_from(SEEDS), byte_flips(max_size=6))
def test_byte_flips(seed: bytes, flips: list[tuple[float, int]]) -> None:
    read(flipped(seed, flips))


@FUZZ
@given(st.sampled_from(SEEDS), st.floats(0, 1))
def test_truncations(seed: bytes, where: float) -> None:
    read(seed[: int(where * len(seed))])


@FUZZ
@given(st.sampled_from(SEEDS), st.data())
def test_element_drops_and_attribute_damage(seed: bytes, data: st.DataObject) -> None:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.fromstring(seed, parser)
    everything = [e for e in root.iter() if isinstance(e.tag, str)]
    for _ in range(data.draw(st.integers(1, 4))):
        victim = data.draw(st.sampled_from(everything))
        action = data.draw(
            st.sampled_from(["drop", "clear-attribute", "bad-reference", "duplicate"])
        )
        parent = victim.getparent()
        if action == "drop" and parent is not None:
            parent.remove(victim)
        elif action == "clear-attribute" and victim.attrib:
            key = data.draw(st.sampled_from(sorted(victim.attrib)))
            victim.set(
                key,
                data.draw(
                    st.sampled_from(["", "x y z", "-1", "1e999", "#missing", "\u00e9\u2028"])
                ),
            )
        elif action == "bad-reference" and victim.attrib:
            key = data.draw(st.sampled_from(sorted(victim.attrib)))
            victim.set(key, "no_such_id another_missing_id")
        elif action == "duplicate" and parent is not None:
            parent.append(etree.fromstring(etree.tostring(victim)))
        everything = [e for e in root.iter() if isinstance(e.tag, str)] or everything
    read(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))


def test_the_seeds_themselves_import() -> None:
    for seed in SEEDS:
        assert read_xmi_bytes(seed, "seed.xmi").data is not None


def _export_with(change) -> bytes:
    raw = dumps_xmi(
        load(ROOT / "resources" / "examples" / "post-purchase-support.ucd").to_data(), "ea"
    )
    root = etree.fromstring(raw)
    change(root)
    return etree.tostring(root)


def test_found_a_negative_drawn_width_falls_back_to_the_default_size() -> None:
    def shrink(root) -> None:
        for element in root.iter("element"):
            if element.get("subject") == "uc_track_order":
                element.set("geometry", "Left=300;Top=100;Right=200;Bottom=90;")

    shapes = {
        s.element: s for s in read_xmi_bytes(_export_with(shrink), "t.xmi").data.diagrams[0].shapes
    }
    assert shapes["uc_track_order"].width > 0 and shapes["uc_track_order"].height > 0


def test_found_a_relationship_to_an_element_that_was_not_imported_is_reported() -> None:
    """A comment and a use case share an id: the comment (first) wins the id, so the
    include the use case owned has an end that was never imported."""
    xmi_id = "{http://schema.omg.org/spec/XMI/2.1}id"

    def clash(root) -> None:
        for element in root.iter():
            if element.get(xmi_id) in ("model_documentation", "uc_request_return"):
                element.set(xmi_id, "shared_id")

    result = read_xmi_bytes(_export_with(clash), "t.xmi")
    dropped = {entry.xid: entry.detail for entry in result.report.dropped}
    assert (
        dropped["include_request_return__verify_purchase"]
        == "joins an element that was not imported"
    )
    assert "include_request_return__verify_purchase" not in {
        r.id for r in result.data.relationships
    }
