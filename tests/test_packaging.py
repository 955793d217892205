"""Desktop integration files: valid for the freedesktop tools, and consistent."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
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


# ---------------------------------------------------------------------------- per-user install


def run_install(home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
    }
    return subprocess.run(
        ["bash", str(PACKAGING / "install-desktop-integration.sh"), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.fixture
def fake_program(tmp_path: Path) -> Path:
    """A stand-in for the installed program, in a folder whose name has a space."""
    program = tmp_path / "my apps" / "ucdesigner"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\nexit 0\n")
    program.chmod(0o755)
    return program


def test_desktop_integration_installs_for_one_user(tmp_path: Path, fake_program: Path) -> None:
    home = tmp_path / "home"
    done = run_install(home, "--exec", str(fake_program))
    assert done.returncode == 0, done.stderr
    data = home / "data"
    entry = data / "applications" / "ucdesigner.desktop"
    text = entry.read_text()
    assert f'Exec="{fake_program}" %f' in text and f"TryExec={fake_program}" in text
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(
            ["desktop-file-validate", str(entry)], capture_output=True, text=True
        )
        assert check.returncode == 0, check.stdout
    assert (data / "mime" / "packages" / "ucdesigner.xml").is_file()
    assert (data / "metainfo" / "io.github.ucdesigner.ucdesigner.metainfo.xml").is_file()
    for size in (16, 48, 256):
        assert (data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "ucdesigner.png").is_file()
        assert (
            data
            / "icons"
            / "hicolor"
            / f"{size}x{size}"
            / "mimetypes"
            / "application-x-ucdesigner.png"
        ).is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / "ucdesigner.svg").is_file()
    if shutil.which("update-mime-database"):
        assert "application/x-ucdesigner:*.ucd" in (data / "mime" / "globs2").read_text()
    if shutil.which("xdg-mime"):
        mimeapps = (home / "config" / "mimeapps.list").read_text()
        assert "application/x-ucdesigner=ucdesigner.desktop" in mimeapps

    again = run_install(home, "--exec", str(fake_program))  # running it twice is fine
    assert again.returncode == 0, again.stderr

    gone = run_install(home, "--uninstall")
    assert gone.returncode == 0, gone.stderr
    assert not entry.exists()
    assert not list(data.rglob("ucdesigner.png")) and not list(data.rglob("ucdesigner.xml"))
    if shutil.which("update-mime-database"):
        assert "ucdesigner" not in (data / "mime" / "globs2").read_text()


def test_qt_file_dialogs_know_the_file_type_once_installed(
    tmp_path: Path, fake_program: Path
) -> None:
    if not shutil.which("update-mime-database"):
        pytest.skip(NEEDS.format("shared-mime-info"))
    home = tmp_path / "home"
    assert run_install(home, "--exec", str(fake_program), "--no-default").returncode == 0
    example = ROOT / "resources" / "examples" / "post-purchase-support.ucd"
    probe = (
        "import sys; from PySide6.QtCore import QMimeDatabase; "
        "db = QMimeDatabase(); "
        "print(db.mimeTypeForFile(sys.argv[1]).name(), db.mimeTypeForData(open(sys.argv[1], 'rb').read()).name())"
    )
    env = {**os.environ, "XDG_DATA_HOME": str(home / "data"), "HOME": str(home)}
    done = subprocess.run(
        [sys.executable, "-c", probe, str(example)], capture_output=True, text=True, env=env
    )
    assert done.stdout.split() == ["application/x-ucdesigner", "application/x-ucdesigner"]
    assert not (home / "config" / "mimeapps.list").exists()  # --no-default


def test_without_a_program_it_says_how_to_get_one(tmp_path: Path) -> None:
    done = run_install(tmp_path / "home", "--exec", str(tmp_path / "missing"))
    assert done.returncode == 2 and "no such program" in done.stderr
