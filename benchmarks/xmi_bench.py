"""XMI speed: import of the largest corpus file and export of a 10,000-element document.

Prints the median of several runs, each as a ratio to lxml doing the bare work on the
same data (parsing the file; serialising the exported tree). The limits from the issue:
import at most 3x lxml's parse, export under 1 s.

    python benchmarks/xmi_bench.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.synthetic import make_data
from ucdesigner.io.xmi import dumps_xmi, read_xmi_bytes

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "xmi-corpus"


def median_time(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def largest_corpus_file() -> Path | None:
    files = [p for p in CORPUS.glob("*/*") if p.suffix not in (".tsv", ".md")]
    return max(files, key=lambda p: p.stat().st_size) if files else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    rows = []

    path = largest_corpus_file()
    if path is None:
        print("../shared/xmi-corpus is absent: import not measured", file=sys.stderr)
    else:
        data = path.read_bytes()
        bare = median_time(lambda: etree.fromstring(data), args.runs)
        ours = median_time(lambda: read_xmi_bytes(data, path.name), args.runs)
        what = f"import {path.name} ({len(data) // 1024} KB)"
        rows.append((what, ours, bare, ours / bare, "<= 3x"))

    snapshot = make_data(10_000)
    size = len(snapshot.elements) + len(snapshot.relationships)
    ours = median_time(lambda: dumps_xmi(snapshot), args.runs)
    tree = etree.fromstring(dumps_xmi(snapshot))
    bare = median_time(
        lambda: etree.tostring(tree, xml_declaration=True, encoding="UTF-8"), args.runs
    )
    rows.append((f"export {size} elements (eclipse)", ours, bare, ours / bare, "< 1 s"))

    print(f"{'what':48} {'ours (s)':>9} {'lxml (s)':>9} {'ratio':>7}  limit")
    for what, mine, theirs, ratio, limit in rows:
        print(f"{what:48} {mine:9.3f} {theirs:9.3f} {ratio:6.1f}x  {limit}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
