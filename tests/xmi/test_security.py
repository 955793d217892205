"""Hostile and wrong inputs: refused with one clear line, reading nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ucdesigner.io.xmi import XMIError, read_xmi, read_xmi_bytes

SECRET = "ucdesigner-secret-4711"

MODEL = (
    '<uml:Model xmlns:xmi="http://www.omg.org/spec/XMI/20131001" '
    'xmlns:uml="http://www.eclipse.org/uml2/5.0.0/UML" xmi:id="m" name="m">'
    '<packagedElement xmi:type="uml:Actor" xmi:id="a" name="{name}"/></uml:Model>'
)


def test_external_entity_is_refused_and_nothing_is_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    payload = (
        f'<?xml version="1.0"?><!DOCTYPE m [<!ENTITY x SYSTEM "file://{secret}">]>'
        + MODEL.format(name="&x;")
    ).encode()
    with pytest.raises(XMIError, match="entit") as caught:
        read_xmi_bytes(payload, "xxe.xmi")
    assert SECRET not in str(caught.value)


def test_passwd_entity_is_refused() -> None:
    payload = (
        '<?xml version="1.0"?><!DOCTYPE m [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        + MODEL.format(name="&x;")
    ).encode()
    with pytest.raises(XMIError, match="entit"):
        read_xmi_bytes(payload, "passwd.xmi")


def test_billion_laughs_is_refused() -> None:
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    payload = (
        f'<?xml version="1.0"?><!DOCTYPE m [{entities}]>' + MODEL.format(name="&lol9;")
    ).encode()
    with pytest.raises(XMIError, match="entit"):
        read_xmi_bytes(payload, "laughs.xmi")


def test_entity_declared_but_unused_is_refused_too() -> None:
    payload = ('<!DOCTYPE m [<!ENTITY x "y">]>' + MODEL.format(name="plain")).encode()
    with pytest.raises(XMIError, match="entities"):
        read_xmi_bytes(payload, "decl.xmi")


def test_external_dtd_is_not_loaded_but_the_file_reads() -> None:
    payload = (
        '<!DOCTYPE XMI SYSTEM "http://example.invalid/uml.dtd">' + MODEL.format(name="Buyer")
    ).encode()
    result = read_xmi_bytes(payload, "dtd.xmi")
    assert [e.name for e in result.data.elements] == ["Buyer"]


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"PK\x03\x04" + bytes(60), "ZIP archive"),
        (b"\x89PNG\r\n\x1a\n" + bytes(60), "PNG picture"),
        (b"%PDF-1.7\n", "PDF"),
        (b"", "empty"),
        (b"hello, world", "not XML"),
        (b"<a><b></a>", "not well-formed"),
        (b"<svg xmlns='http://www.w3.org/2000/svg'/>", "not XMI"),
        (b"\x00\x01\x02\x03binary", "binary"),
    ],
)
def test_wrong_files_give_one_clear_line(data: bytes, words: str) -> None:
    with pytest.raises(XMIError) as caught:
        read_xmi_bytes(data, "thing.xmi")
    message = str(caught.value)
    assert words in message
    assert message.startswith("thing.xmi: ")
    assert "\n" not in message


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(XMIError, match="no such file"):
        read_xmi(tmp_path / "absent.xmi")
    with pytest.raises(XMIError, match="folder"):
        read_xmi(tmp_path)


def test_cli_exit_2_with_one_line_for_a_renamed_png(tmp_path: Path) -> None:
    bad = tmp_path / "picture.xmi"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    out = tmp_path / "out.ucd"
    done = subprocess.run(
        [sys.executable, "-m", "ucdesigner", "convert", str(bad), str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("ucdesigner: error: ") and "PNG" in lines[0]
    assert not out.exists()
