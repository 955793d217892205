"""Shared fixtures: the third-party corpus and the UML metamodel, read from ../shared.

Neither is copied into the repository; tests that need them are skipped when the
folder is absent (a checkout without ../shared beside it).
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
CORPUS = SHARED / "xmi-corpus"
METAMODELS = SHARED / "metamodels"


def expected_rows() -> list[dict[str, str]]:
    """Rows of EXPECTED.tsv (hand-checked counts), or [] without the corpus."""
    table = CORPUS / "EXPECTED.tsv"
    if not table.is_file():
        return []
    with table.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream, delimiter="\t"))


def corpus_file(local_path: str) -> Path:
    path = CORPUS / local_path
    if not path.is_file():
        pytest.skip(f"corpus file {local_path} is not available")
    return path


def corpus_params() -> list:
    rows = expected_rows()
    if not rows:
        return [pytest.param(None, marks=pytest.mark.skip(reason="../shared/xmi-corpus is absent"))]
    return [pytest.param(row, id=row["local_path"]) for row in rows]
