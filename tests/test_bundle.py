"""The one-folder bundle builds and works headless (slow: builds it with PyInstaller)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    subprocess.run(
        ["bash", str(ROOT / "packaging" / "build-bundle.sh"), str(dist)],
        check=True,
        capture_output=True,
        timeout=900,
    )
    program = dist / "ucdesigner" / "ucdesigner"
    assert program.is_file()
    return program


def run(program: Path, *args: str) -> subprocess.CompletedProcess:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    return subprocess.run(
        [str(program), *args], capture_output=True, text=True, timeout=120, env=env
    )


def test_bundle_version(bundle: Path) -> None:
    from ucdesigner import __version__

    done = run(bundle, "--version")
    assert done.returncode == 0 and done.stdout.strip() == f"ucdesigner {__version__}"


def test_bundle_carries_the_examples_and_reads_them(bundle: Path) -> None:
    example = bundle.parent / "_internal" / "resources" / "examples" / "post-purchase-support.ucd"
    done = run(bundle, "info", str(example), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["elements"]["usecase"] == 6


def test_bundle_exports_headless(bundle: Path, tmp_path: Path) -> None:
    example = bundle.parent / "_internal" / "resources" / "examples" / "online-shop-intent.ucd"
    target = tmp_path / "intent.svg"
    done = run(bundle, "export", str(example), "-f", "svg", "-o", str(target))
    assert done.returncode == 0, done.stderr
    assert b"Place Order" in target.read_bytes()
    png = tmp_path / "intent.png"
    done = run(bundle, "export", str(example), "-f", "png", "-o", str(png))
    assert done.returncode == 0, done.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_bundle_writes_slides_and_word_reports(bundle: Path, tmp_path: Path) -> None:
    """python-pptx and python-docx read their templates from files beside their modules."""
    example = bundle.parent / "_internal" / "resources" / "examples" / "online-shop-intent.ucd"
    for args in (("--as", "shapes"), ("--as", "picture"), ("--slides", "build-up")):
        deck = tmp_path / f"deck{args[1]}.pptx"
        done = run(bundle, "export", str(example), "-o", str(deck), *args)
        assert done.returncode == 0, done.stderr
        assert deck.read_bytes()[:2] == b"PK"
    report = tmp_path / "report.docx"
    done = run(bundle, "report", str(example), "-o", str(report))
    assert done.returncode == 0, done.stderr
    assert report.read_bytes()[:2] == b"PK"


def test_bundle_carries_the_user_guide_and_the_icons(bundle: Path) -> None:
    internal = bundle.parent / "_internal"
    assert (internal / "README.md").is_file()  # Help > About links to it
    assert (
        internal / "resources" / "icons" / "hicolor" / "48x48" / "apps" / "ucdesigner.png"
    ).is_file()


def test_bundle_speaks_the_environment_s_language(bundle: Path, tmp_path: Path) -> None:
    """The bundle carries the compiled catalogs and its command line reads them."""
    from ucdesigner import l10n

    internal = bundle.parent / "_internal" / "resources" / "i18n"
    assert sorted(p.name for p in internal.iterdir()) == ["ucdesigner_de.qm", "ucdesigner_fr.qm"]
    source = "{path}: the file is empty (0 bytes), not a .ucd document"
    german = l10n.read_qm((internal / "ucdesigner_de.qm").read_bytes()).get(source)
    assert german, f"{source!r} is not translated into German"
    empty = tmp_path / "empty.ucd"
    empty.write_bytes(b"")
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES")}
    env.update(LANG="de_DE.UTF-8", UCDESIGNER_CONFIG_DIR=str(tmp_path))
    done = subprocess.run(
        [str(bundle), "info", str(empty)], capture_output=True, text=True, timeout=120, env=env
    )
    assert done.returncode == 2 and german.format(path=empty) in done.stderr
