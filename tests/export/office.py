"""LibreOffice as the tests' office suite: .pptx and .docx files converted headless to
PDF, then read with poppler (pdftotext for the words and where they are, pdftoppm for
pictures of the pages)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_office = pytest.mark.skipif(
    SOFFICE is None or shutil.which("pdftotext") is None,
    reason="LibreOffice or poppler missing (Debian libreoffice-impress, libreoffice-writer, "
    "poppler-utils)",
)


PROFILE = Path(tempfile.gettempdir()) / f"ucdesigner-tests-lo-profile-{os.getuid()}"
"""One LibreOffice profile for every test: it is made once (the slow part of the first
start) and needs no home folder."""


def to_pdf(path: Path) -> Path:
    """Convert ``path`` to PDF beside it with LibreOffice; the PDF's path."""
    profile = PROFILE
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(path.parent),
            str(path),
        ],
        capture_output=True,
        timeout=240,
        check=True,
    )
    pdf = path.with_suffix(".pdf")
    assert pdf.exists(), f"LibreOffice did not convert {path.name}"
    return pdf


def pdf_text(pdf: Path) -> str:
    """The words of the PDF with every run of white space made one space."""
    done = subprocess.run(
        ["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return re.sub(r"\s+", " ", done.stdout)


def pdf_words(pdf: Path) -> list[tuple[int, str, float, float, float, float]]:
    """Every word with its page (from 1) and box in points: (page, word, x0, y0, x1, y1)."""
    done = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    words = []
    page = 0
    for line in done.stdout.splitlines():
        if "<page " in line:
            page += 1
        found = re.search(
            r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
            line,
        )
        if found:
            x0, y0, x1, y1 = (float(found[i]) for i in range(1, 5))
            words.append((page, found[5], x0, y0, x1, y1))
    return words


def pdf_pages_png(pdf: Path, dpi: int = 60) -> list[Path]:
    """The pages as PNG files beside the PDF."""
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(pdf.with_suffix(""))], check=True
    )
    return sorted(pdf.parent.glob(pdf.stem + "-*.png"))
