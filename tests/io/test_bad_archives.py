"""Archives built to hurt (.mdzip, .zargo) are refused with one clear line, through
the CLI (exit 2, nothing written) and the readers, never with a traceback."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from ucdesigner.io import archive
from ucdesigner.io.argouml import read_zargo_bytes
from ucdesigner.io.mdzip import read_mdzip_bytes
from ucdesigner.io.xmi import XMIError

ROOT = Path(__file__).resolve().parents[2]

MODEL = b"""<?xml version="1.0" encoding="UTF-8"?>
<xmi:XMI xmlns:xmi="http://www.omg.org/spec/XMI/20131001"
         xmlns:uml="http://www.omg.org/spec/UML/20131001">
  <uml:Model xmi:id="m" name="Shop">
    <packagedElement xmi:type="uml:Actor" xmi:id="a1" name="Customer"/>
    <packagedElement xmi:type="uml:UseCase" xmi:id="u1" name="Buy"/>
  </uml:Model>
</xmi:XMI>
"""


def zipped(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive_file:
        for name, data in members.items():
            archive_file.writestr(name, data)
    return buffer.getvalue()


def test_a_small_synthetic_mdzip_imports() -> None:
    result = read_mdzip_bytes(zipped({"com.nomagic.magicdraw.uml_model.model": MODEL}), "x")
    assert {e.name for e in result.data.elements} == {"Customer", "Buy"}


def test_a_zip_bomb_is_refused_by_its_ratio() -> None:
    bomb = zipped({"com.nomagic.magicdraw.uml_model.model": b"<" + b" " * (8 * 2**20)})
    with pytest.raises(XMIError, match="zip bomb"):
        read_mdzip_bytes(bomb, "bomb.mdzip")


def test_an_archive_larger_than_the_total_limit_is_refused(monkeypatch) -> None:
    monkeypatch.setattr(archive, "MAX_TOTAL_BYTES", len(MODEL) + 10)
    data = zipped({"a.xmi": MODEL, "b.pgml": MODEL}, zipfile.ZIP_STORED)
    with pytest.raises(XMIError, match="would expand to more than"):
        read_zargo_bytes(data, "big.zargo")


def test_a_member_that_lies_about_its_size_is_stopped_while_reading(monkeypatch) -> None:
    monkeypatch.setattr(archive, "MAX_MEMBER_BYTES", 100)
    data = zipped({"com.nomagic.magicdraw.uml_model.model": MODEL})
    with pytest.raises(XMIError, match="expands to more than"):
        read_mdzip_bytes(data, "liar.mdzip")


@pytest.mark.parametrize("name", ["../evil.xmi", "/etc/evil.xmi", "a/../../evil.xmi", "C:evil"])
def test_member_names_that_leave_the_archive_are_refused(name: str) -> None:
    with pytest.raises(XMIError, match="points outside the archive"):
        read_zargo_bytes(zipped({name: MODEL}), "evil.zargo")


def test_too_many_members_are_refused(monkeypatch) -> None:
    monkeypatch.setattr(archive, "MAX_MEMBERS", 3)
    data = zipped({f"m{i}.xmi": MODEL for i in range(5)})
    with pytest.raises(XMIError, match="members, more than"):
        read_zargo_bytes(data, "many.zargo")


def test_a_nested_archive_is_listed_in_the_report_and_not_opened() -> None:
    inner = zipped({"inner.xmi": MODEL})
    data = zipped({"model.xmi": MODEL, "more.zargo": inner})
    result = read_zargo_bytes(data, "nested.zargo")
    assert any(
        e.what == "archive member more.zargo" and "not opened" in e.detail
        for e in result.report.dropped
    )


def test_a_nested_archive_as_the_model_is_refused() -> None:
    data = zipped({"com.nomagic.magicdraw.uml_model.model": zipped({"x.xmi": MODEL})})
    with pytest.raises(XMIError, match="archive inside the archive"):
        read_mdzip_bytes(data, "nested.mdzip")


def test_a_model_member_that_is_not_xml_is_named() -> None:
    data = zipped({"project.xmi": b"\x00\x01binary junk"})
    with pytest.raises(XMIError, match=r"nested.zargo \(member project.xmi\): is binary data"):
        read_zargo_bytes(data, "nested.zargo")


def test_a_missing_model_member_is_named() -> None:
    with pytest.raises(XMIError, match=r"no \.xmi member"):
        read_zargo_bytes(zipped({"diagram.pgml": b"<pgml/>"}), "empty.zargo")
    with pytest.raises(XMIError, match="holds no MagicDraw model"):
        read_mdzip_bytes(zipped({"notes.txt": b"hello"}), "empty.mdzip")


def test_xml_members_go_through_the_hardened_parser() -> None:
    evil = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        b"<pgml name='&e;'/>"
    )
    data = zipped({"m.xmi": MODEL, "d.pgml": evil})
    with pytest.raises(XMIError, match="entit"):
        read_zargo_bytes(data, "evil.zargo")


def test_not_a_zip_at_all() -> None:
    with pytest.raises(XMIError, match="is not a readable ZIP archive"):
        read_mdzip_bytes(b"PK\x03\x04 but nothing else", "broken.mdzip")


def test_utf8_member_names_without_the_utf8_flag_are_read_as_utf8() -> None:
    info = zipfile.ZipInfo("x")
    info.filename = "模型.mdxml".encode().decode("cp437")
    info.flag_bits = 0
    assert archive.member_name(info) == "模型.mdxml"


@pytest.mark.parametrize(
    ("name", "payload"),
    [
        ("bomb.mdzip", zipped({"com.nomagic.magicdraw.uml_model.model": b" " * (8 * 2**20)})),
        ("evil.zargo", zipped({"../evil.xmi": MODEL})),
        ("absolute.zargo", zipped({"/tmp/evil.xmi": MODEL})),
        (
            "nested.mdzip",
            zipped({"com.nomagic.magicdraw.uml_model.model": zipped({"x.xmi": MODEL})}),
        ),
        ("binary.zargo", zipped({"project.xmi": b"\x00\x01binary junk"})),
        ("empty.mdzip", zipped({"notes.txt": b"hello"})),
        (
            "entity.zargo",
            zipped(
                {
                    "m.xmi": MODEL,
                    "d.pgml": b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><pgml/>',
                }
            ),
        ),
        ("fake.mdj", b'{"_type": "Package", "name": "not a project"}'),
        ("page.drawio", b"<mxfile><diagram name='p'>!!!notbase64</diagram></mxfile>"),
        (
            "flow.drawio",
            b"<mxGraphModel><root><mxCell id='0'/><mxCell id='s' value='Start' vertex='1' "
            b"parent='0'><mxGeometry width='80' height='40' as='geometry'/></mxCell>"
            b"</root></mxGraphModel>",
        ),
    ],
)
def test_the_cli_prints_one_line_exits_2_and_writes_nothing(tmp_path, name, payload) -> None:
    source = tmp_path / name
    source.write_bytes(payload)
    target = tmp_path / "out.ucd"
    run = subprocess.run(
        [sys.executable, "-m", "ucdesigner", "convert", str(source), str(target)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    assert run.returncode == 2
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("ucdesigner: error: ")
    assert "Traceback" not in run.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]
