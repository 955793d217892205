"""The model builds its validators without pydantic's plugin loader (see
ucdesigner.model.plugins): reading a document does not import importlib.metadata, and
pydantic still asks for plugins only through ``get_plugins``, which the stand-in
answers."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pydantic

from ucdesigner.model.plugins import LOADER

PROBE = """
import json, sys
from ucdesigner.io.native import loads
doc = loads(sys.argv[1].encode())
print(json.dumps({"metadata": "importlib.metadata" in sys.modules,
                  "loader": sys.modules["pydantic.plugin._loader"].__doc__,
                  "elements": len(doc.nodes())}))
"""


def test_reading_a_document_does_not_import_importlib_metadata(tmp_path: Path) -> None:
    source = json.dumps(
        {
            "format": "ucdesigner",
            "version": 2,
            "elements": [{"kind": "actor", "id": "a1", "name": "Clerk"}],
        }
    )
    done = subprocess.run(
        [sys.executable, "-c", PROBE, source],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])},
        check=True,
    )
    report = json.loads(done.stdout)
    assert report["elements"] == 1  # the document was validated and read
    assert report["metadata"] is False
    assert "No pydantic plugins" in report["loader"]


def test_pydantic_asks_for_plugins_through_get_plugins_alone() -> None:
    # If a pydantic release imports anything else from its loader, the stand-in would
    # break validation: this test names the place to look.
    package = Path(pydantic.__file__).parent
    uses: list[tuple[str, list[str]]] = []
    for path in package.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if "_loader" not in text or path.name == "_loader.py":
            continue
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.ImportFrom) and (node.module or "").endswith("_loader"):
                uses.append((path.name, [alias.name for alias in node.names]))
            elif isinstance(node, ast.Attribute) and node.attr == "_loader":
                uses.append((path.name, ["<attribute>"]))
    assert uses == [("_schema_validator.py", ["get_plugins"])]
    assert LOADER == "pydantic.plugin._loader"


def test_the_stand_in_finds_no_plugins_and_validation_works() -> None:
    from ucdesigner.model import Actor

    assert Actor.model_validate({"id": "a1", "name": "x\x00y"}).name == "x\ufffdy"
    loader = sys.modules[LOADER]
    assert list(loader.get_plugins()) == []
