"""Desktop integration files: valid for the freedesktop tools, and consistent."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
NEEDS = "installed by packaging/install-from-source.sh (Debian package {})"


def tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(NEEDS.format(package))
    return path


def test_desktop_entry_validates() -> None:
    entry = PACKAGING / "ucdesigner.desktop"
    done = subprocess.run(
        [tool("desktop-file-validate", "desktop-file-utils"), str(entry)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0 and "error" not in done.stdout, done.stdout
    text = entry.read_text()
    assert "Exec=ucdesigner %f" in text and "MimeType=application/x-ucdesigner;" in text


def test_appstream_metainfo_validates() -> None:
    metainfo = PACKAGING / "io.github.ucdesigner.ucdesigner.metainfo.xml"
    done = subprocess.run(
        [tool("appstreamcli", "appstream"), "validate", "--no-net", "--pedantic", str(metainfo)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "ucdesigner.desktop" in metainfo.read_text()


def test_mime_type_matches_our_files() -> None:
    tree = etree.parse(str(PACKAGING / "ucdesigner-mime.xml"))
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    (mime,) = tree.findall("m:mime-type", ns)
    assert mime.get("type") == "application/x-ucdesigner"
    assert [g.get("pattern") for g in mime.findall("m:glob", ns)] == ["*.ucd"]
    magic = mime.find("m:magic/m:match", ns)
    start, end = (int(n) for n in magic.get("offset").split(":"))
    for example in (ROOT / "resources" / "examples").glob("*.ucd"):
        head = example.read_bytes()[: end + len(magic.get("value"))]
        assert magic.get("value").encode() in head[start:], example.name


def test_icon_sizes(qapp) -> None:
    svg = ROOT / "resources" / "icons" / "ucdesigner.svg"
    assert etree.parse(str(svg)).getroot().get("viewBox") == "0 0 256 256"
    folders = sorted((ROOT / "resources" / "icons" / "hicolor").iterdir())
    sizes = sorted(int(re.match(r"(\d+)x\1", f.name).group(1)) for f in folders)
    assert sizes == [16, 24, 32, 48, 64, 128, 256, 512]
    for size in sizes:
        image = QImage(
            str(
                ROOT
                / "resources"
                / "icons"
                / "hicolor"
                / f"{size}x{size}"
                / "apps"
                / "ucdesigner.png"
            )
        )
        assert (image.width(), image.height()) == (size, size)
