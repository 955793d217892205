"""``ucdesigner info FILE [--json]``: what a document holds."""

from __future__ import annotations

import argparse
from collections import Counter

from ..l10n import QT_TRANSLATE_NOOP, tr
from ..textutil import printable
from .common import read_document_data

TYPE_CHECKING = False  # (typing's own costs --help, which imports this module, ~3 ms)
if TYPE_CHECKING:
    from typing import Any

    from ..model import DocumentData

HELP = QT_TRANSLATE_NOOP(
    "", "print counts of every element and relationship kind, and the diagrams"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help=QT_TRANSLATE_NOOP("", "a .ucd document"))
    parser.add_argument(
        "--json", action="store_true", help=QT_TRANSLATE_NOOP("", "print JSON instead of text")
    )


def summarize(data: DocumentData) -> dict[str, Any]:
    """Counts per kind and per diagram, as printed by ``info --json``."""
    from ..model.elements import NODE_KINDS, RELATIONSHIP_KINDS

    nodes = Counter(e.kind for e in data.elements)
    rels = Counter(r.kind for r in data.relationships)
    return {
        "name": data.name,
        "format_version": data.version,
        "elements": {kind: nodes.get(kind, 0) for kind in NODE_KINDS},
        "relationships": {kind: rels.get(kind, 0) for kind in RELATIONSHIP_KINDS},
        "extension_points": sum(len(getattr(e, "extension_points", ())) for e in data.elements),
        "diagrams": [
            {"id": d.id, "name": d.name, "shapes": len(d.shapes), "edges": len(d.edges)}
            for d in data.diagrams
        ],
    }


def _counted(counts: dict[str, int]) -> str:
    from ..model.elements import KIND_LABELS, KIND_PLURALS

    return ", ".join(
        f"{n} {tr(KIND_PLURALS[k] if n != 1 else KIND_LABELS[k])}" for k, n in counts.items()
    )


def run(args: argparse.Namespace) -> int:
    data = read_document_data(args.file)
    summary = summarize(data)
    if args.json:
        import json

        print(json.dumps({"file": args.file, **summary}, indent=2, ensure_ascii=False))
        return 0
    headings = [tr("Elements:"), tr("Relationships:"), tr("Diagrams:")]
    width = max(len(h) for h in headings) + 2
    lines = [
        f"{summary['name']} ({args.file})",
        f"{headings[0]:{width}}{_counted(summary['elements'])}",
        f"{headings[1]:{width}}{_counted(summary['relationships'])}",
        f"{headings[2]:{width}}{len(summary['diagrams'])}",
        *(
            "  "
            + tr("{name}: {shapes} shapes, {lines} lines").format(
                name=d["name"], shapes=d["shapes"], lines=d["edges"]
            )
            for d in summary["diagrams"]
        ),
    ]
    for line in lines:
        print(printable(line))  # a name must not drive the terminal (ESC, BEL, CR)
    return 0
