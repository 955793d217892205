"""Open (load + scene build) and save of .ucd files per size, load as a ratio to bare
``json.loads`` + pydantic validation of the same bytes."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from ucdesigner.canvas.scene import DiagramScene
from ucdesigner.io.native import dumps, loads, save
from ucdesigner.model import DocumentData

from .core import Figure, measure
from .synthetic import make_document

BARE = "json+pydantic"


def run(sizes: list[int], repeat: int) -> list[Figure]:
    loads_, opens, saves = [], [], []
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            doc = make_document(size)
            raw = dumps(doc)
            first = doc.diagrams()[0].id
            bare = measure(lambda raw=raw: DocumentData.model_validate(json.loads(raw)), repeat)
            load = measure(lambda raw=raw: loads(raw), repeat)
            loads_.append(Figure("files", "load .ucd", size, load, bare, baseline_name=BARE))

            def open_document(raw=raw, first=first) -> None:
                opened = loads(raw)
                DiagramScene(opened, first, listen=False)

            opens.append(
                Figure(
                    "files",
                    "open (load + scene of the first diagram)",
                    size,
                    measure(open_document, repeat),
                    bare,
                    limit=1.0 if size >= 10_000 else None,
                    baseline_name=BARE,
                    note=f"{len(doc.shapes(first)):,} shapes",
                )
            )
            target = Path(folder) / f"doc{size}.ucd"
            saves.append(
                Figure(
                    "files",
                    "save .ucd (atomic)",
                    size,
                    measure(lambda d=doc, t=target: save(d, t), repeat),
                )
            )
    return loads_ + opens + saves
