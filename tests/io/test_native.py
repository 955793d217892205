"""The .ucd file: round trips, stable bytes, versions, clear errors, atomic saving."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from tests.strategies import documents
from ucdesigner.io import native
from ucdesigner.io.native import NativeFormatError, dumps, load, loads, read_data, save
from ucdesigner.model import Actor, Document

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_random_documents_survive_save_and_load_with_stable_bytes(doc: Document) -> None:
    raw = dumps(doc)
    again = loads(raw)
    assert again.to_data() == doc.to_data()
    assert dumps(again) == raw


def test_saving_twice_without_change_gives_identical_bytes(tmp_path: Path) -> None:
    doc = load(EXAMPLES / "post-purchase-support.ucd")
    save(doc, tmp_path / "a.ucd")
    save(load(tmp_path / "a.ucd"), tmp_path / "b.ucd")
    assert (tmp_path / "a.ucd").read_bytes() == (tmp_path / "b.ucd").read_bytes()


def test_the_file_names_its_format_and_version_and_is_utf8(tmp_path: Path) -> None:
    doc = Document("Ümlaut model")
    doc.add(Actor(id="a", name="Kundin 顧客"))
    save(doc, tmp_path / "x.ucd")
    raw = (tmp_path / "x.ucd").read_bytes()
    content = json.loads(raw.decode("utf-8"))
    assert content["format"] == "ucdesigner" and content["version"] == native.FORMAT_VERSION
    assert "顧客".encode() in raw  # readable text, not \u escapes
    assert list(content)[:2] == ["format", "version"]


def test_element_order_does_not_depend_on_editing_order() -> None:
    first, second = Document(), Document()
    first.add(Actor(id="b"), Actor(id="a"))
    second.add(Actor(id="a"), Actor(id="b"))
    assert dumps(first) == dumps(second)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"{", "is not valid JSON (line 1, column 2"),
        (b"\xff\xfe\x00", "is not UTF-8 text"),
        (b"[1, 2]", "not a ucdesigner document"),
        (b'{"format": "drawio"}', 'its "format" is "drawio"'),
        (b'{"format": "ucdesigner", "version": 99}', "newer ucdesigner (file format version 99"),
        (b'{"format": "ucdesigner", "version": "one"}', '"version" must be a whole number'),
        (
            b'{"format": "ucdesigner", "version": 1, "elements": [{"kind": "actor", "id": "a", "name": 3}]}',
            'elements[0] (id "a").name: Input should be a valid string',
        ),
        (
            b'{"format": "ucdesigner", "version": 1, "elements": [{"kind": "robot", "id": "a"}]}',
            'elements[0] (id "a"): unknown kind "robot"',
        ),
        (b'{"format": "ucdesigner", "version": 1, "name": NaN}', "contains NaN"),
        (
            b'{"format": "ucdesigner", "version": 1, "diagrams": [{"id": "d", "shapes": [{"element": "x", "x": 1e999, "y": 0, "width": 1, "height": 1}]}]}',
            'shapes[0] (element "x").x: Input should be a finite number',
        ),
        (
            b'{"format": "ucdesigner", "version": 1, "diagrams": [{"id": "d", "shapes": [{"element": "x", "x": 0, "y": 0, "width": 1, "height": 1}]}]}',
            'A shape shows element "x", which does not exist',
        ),
        (b"[" * 100_000, "nested too deeply"),
        (b'{"format": "ucdesigner", "version": 1, "x": ' + b"9" * 5000 + b"}", "digits"),
    ],
)
def test_bad_content_gives_one_clear_message(raw: bytes, message: str) -> None:
    with pytest.raises(NativeFormatError) as error:
        loads(raw, "bad.ucd")
    assert str(error.value).startswith("bad.ucd: ")
    assert message in str(error.value)
    assert "\n" not in str(error.value)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(NativeFormatError, match="no such file"):
        read_data(tmp_path / "absent.ucd")
    with pytest.raises(NativeFormatError, match="is a folder"):
        read_data(tmp_path)


def test_a_ten_megabyte_name_is_refused_with_its_path() -> None:
    raw = json.dumps(
        {
            "format": "ucdesigner",
            "version": 1,
            "elements": [{"kind": "actor", "id": "a", "name": "x" * 10_000_001}],
        }
    ).encode()
    with pytest.raises(
        NativeFormatError, match=r'elements\[0\] \(id "a"\)\.name: String should have at most 10000'
    ):
        loads(raw)


def test_older_versions_are_upgraded_step_by_step(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(native, "FORMAT_VERSION", native.FORMAT_VERSION + 1)

    def rename_title(content: dict) -> dict:
        content = dict(content)
        content["name"] = content.pop("title")
        return content

    monkeypatch.setitem(native.UPGRADES, native.FORMAT_VERSION - 1, rename_title)
    old = {"format": "ucdesigner", "version": native.FORMAT_VERSION - 1, "title": "Old model"}
    upgraded = native.upgrade(old)
    assert upgraded["name"] == "Old model" and upgraded["version"] == native.FORMAT_VERSION


def test_a_failed_save_leaves_the_old_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "model.ucd"
    old = Document("Old")
    save(old, target)
    before = target.read_bytes()

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="No space left"):
        save(Document("New"), target)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["model.ucd"]


def test_saving_keeps_the_permissions_of_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "model.ucd"
    save(Document(), target)
    os.chmod(target, 0o640)
    save(Document("Again"), target)
    assert target.stat().st_mode & 0o777 == 0o640


@pytest.mark.parametrize("example", sorted(p.name for p in EXAMPLES.glob("*.ucd")))
def test_examples_load_and_resave_identically(example: str) -> None:
    raw = (EXAMPLES / example).read_bytes()
    assert dumps(loads(raw)) == raw


def test_files_in_any_key_order_load_the_same() -> None:
    doc = load(EXAMPLES / "post-purchase-support.ucd")
    content = json.loads(dumps(doc))
    shuffled = {key: content[key] for key in reversed(list(content))}
    again = loads(json.dumps(shuffled).encode())
    assert again.to_data() == doc.to_data()


def test_default_values_are_left_out_but_kind_is_kept() -> None:
    doc = Document()
    doc.add(Actor(id="a"))
    content = json.loads(dumps(doc))
    assert content == {
        "format": "ucdesigner",
        "version": native.FORMAT_VERSION,
        "elements": [{"kind": "actor", "id": "a"}],
    }


def test_line_breaks_from_the_file_never_break_the_one_line_message() -> None:
    raw = b'{"format": "ucdesigner", "version": 1, "elements": [{"kind": "actor", "id": "a", "na\\nme": "x"}]}'
    with pytest.raises(NativeFormatError) as error:
        loads(raw, "bad.ucd")
    assert "\n" not in str(error.value) and "na\\nme" in str(error.value)
