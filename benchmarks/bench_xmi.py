"""XMI import and export per size and for the largest file of ../shared/xmi-corpus.

Import is given as a ratio to lxml's bare parse of the same bytes. Export is given as a
ratio to lxml building and serialising the very same tree from plain data (tags,
attributes and text taken from our output beforehand): the cost any writer of that
XML would pay, so the ratio shows what our mapping adds on top.
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from ucdesigner.io.xmi import dumps_xmi, read_xmi_bytes

from .core import Figure, measure, note
from .synthetic import make_data

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "xmi-corpus"
RATIO_LIMIT = 3.0


def largest_corpus_file(corpus: Path = CORPUS) -> Path | None:
    """The biggest model file of the corpus (None when the corpus is absent)."""
    files = [
        p for p in corpus.glob("*/*") if p.is_file() and p.suffix.lower() not in (".tsv", ".md")
    ]
    return max(files, key=lambda p: p.stat().st_size) if files else None


def _replay(xml: bytes):
    """A function that builds ``xml``'s tree again with bare lxml calls and serialises it."""
    root = etree.fromstring(xml)
    nsmap = root.nsmap
    plan = []
    index = {root: 0}
    for position, element in enumerate(root.iter(), start=0):
        if position == 0:
            continue
        if not isinstance(element.tag, str):
            continue
        index[element] = len(index)
        parent = index[element.getparent()]
        plan.append((parent, element.tag, dict(element.attrib), element.text))

    def work() -> bytes:
        top = etree.Element(root.tag, dict(root.attrib), nsmap=nsmap)
        made = [top]
        append = made.append
        sub = etree.SubElement
        for parent, tag, attrib, text in plan:
            child = sub(made[parent], tag, attrib)
            if text is not None:
                child.text = text
            append(child)
        return etree.tostring(top, xml_declaration=True, encoding="UTF-8")

    return work


def run(sizes: list[int], repeat: int) -> list[Figure]:
    figures: list[Figure] = []
    imports: list[Figure] = []
    for size in sizes:
        data = make_data(size)
        xml = dumps_xmi(data)
        bare_write = measure(_replay(xml), repeat)
        figures.append(
            Figure(
                "xmi",
                "export (eclipse)",
                size,
                measure(lambda d=data: dumps_xmi(d), repeat),
                bare_write,
                limit=RATIO_LIMIT,
                limit_kind="ratio",
                baseline_name="lxml build+write",
                note=f"{len(xml) // 1024:,} KB",
            )
        )
        if size >= 10_000:
            figures.append(
                Figure(
                    "xmi",
                    "export (eclipse), seconds",
                    size,
                    figures[-1].samples,
                    limit=1.0,
                )
            )
        imports.append(
            Figure(
                "xmi",
                "import (our own export)",
                size,
                measure(lambda x=xml: read_xmi_bytes(x, "bench.xmi"), repeat),
                measure(lambda x=xml: etree.fromstring(x), repeat),
                limit=RATIO_LIMIT,
                limit_kind="ratio",
                baseline_name="lxml parse",
            )
        )
    figures += imports
    path = largest_corpus_file()
    if path is None:
        note("XMI: ../shared/xmi-corpus is absent, the corpus import was not measured.")
        return figures
    raw = path.read_bytes()
    figures.append(
        Figure(
            "xmi",
            f"import {path.parent.name}/{path.name}",
            f"{len(raw) // 1024:,} KB",
            measure(lambda: read_xmi_bytes(raw, path.name), repeat),
            measure(lambda: etree.fromstring(raw), repeat),
            limit=RATIO_LIMIT,
            limit_kind="ratio",
            baseline_name="lxml parse",
        )
    )
    return figures
