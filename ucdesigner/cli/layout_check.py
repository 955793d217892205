"""``ucdesigner check --layout FILE [--json] [--compare-dot]``: the layout quality report
of every diagram, measured on what an export draws.

Exit status 1 when a diagram has overlapping shapes, lines through shapes, colliding
labels, texts outside their shape, labels away from their own line or over a line, or
lines running along a boundary's or package's frame (line crossings
and the aspect ratio are reported, not failed); 2 when the file cannot be read.
"""

from __future__ import annotations

import argparse
import json

from ..layout.quality import QualityReport
from ..model import Document, IntegrityError
from .common import CLIError, read_document_data, use_offscreen_qt_without_display


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def describe(report: QualityReport, texts: bool = True) -> str:
    """One line of figures for a diagram (``texts=False``: without the label and text
    figures, for a reference layout that draws no texts)."""
    if not texts:
        return (
            f"{_plural(report.overlaps, 'overlap', 'overlaps')}, "
            f"{_plural(report.lines_through, 'line through a shape', 'lines through shapes')}, "
            f"{_plural(report.crossings, 'crossing', 'crossings')}; "
            f"aspect {report.aspect:.2f} ({report.width:.0f} x {report.height:.0f})"
        )
    return (
        f"{_plural(report.shapes, 'shape', 'shapes')}, {_plural(report.edges, 'line', 'lines')}: "
        f"{_plural(report.overlaps, 'overlap', 'overlaps')}, "
        f"{_plural(report.lines_through, 'line through a shape', 'lines through shapes')}, "
        f"{_plural(report.label_collisions, 'label collision', 'label collisions')}, "
        f"{_plural(report.texts_outside, 'text outside its shape', 'texts outside their shape')}, "
        f"{_plural(report.detached_labels, 'label off its line', 'labels off their line')}, "
        f"{_plural(report.labels_on_lines, 'label over a line', 'labels over lines')}, "
        f"{_plural(report.lines_on_frames, 'line along a frame', 'lines along frames')}, "
        f"{_plural(report.crossings, 'crossing', 'crossings')}; "
        f"aspect {report.aspect:.2f} ({report.width:.0f} x {report.height:.0f})"
    )


def run_layout_check(args: argparse.Namespace) -> int:
    """Print the report of each diagram; the exit status says whether all are clean."""
    data = read_document_data(args.file)
    try:
        document = Document.from_data(data)
    except IntegrityError as error:
        raise CLIError(f"{args.file}: {error}") from None
    use_offscreen_qt_without_display()
    from ..io.render.drawn_geometry import layout_reports

    reports = layout_reports(document)
    references = _dot_reports(document) if args.compare_dot else {}
    if args.json:
        diagrams = []
        for info, report in zip(document.diagrams(), reports, strict=True):
            entry = report.as_dict()
            if args.compare_dot:
                dot = references.get(info.id)
                entry["dot"] = (
                    None
                    if dot is None
                    else {k: v for k, v in dot.as_dict().items() if k != "findings"}
                )
            diagrams.append(entry)
        print(
            json.dumps(
                {"file": args.file, "clean": all(r.clean for r in reports), "diagrams": diagrams},
                indent=2,
                ensure_ascii=False,
            )
        )
    else:
        for info, report in zip(document.diagrams(), reports, strict=True):
            where = f"{args.file}: diagram {report.diagram or info.id!r}"
            print(f"{where}: {describe(report)}")
            for finding in report.findings:
                print(f"{where}: {finding.kind.replace('_', ' ')}: {finding.text}")
            if args.compare_dot:
                dot = references.get(info.id)
                print(f"{where}: dot: {describe(dot, texts=False) if dot else 'not available'}")
        bad = sum(1 for r in reports if not r.clean)
        print(
            f"{args.file}: {_plural(len(reports), 'diagram', 'diagrams')}, "
            + (f"{bad} with layout problems" if bad else "no layout problems")
        )
    return 0 if all(r.clean for r in reports) else 1


def _dot_reports(document: Document) -> dict[str, QualityReport]:
    from ..io.dot_reference import DotUnavailable, dot_geometry
    from ..layout.quality import measure

    found = {}
    for info in document.diagrams():
        try:
            found[info.id] = measure(dot_geometry(document, document.diagram(info.id)))
        except DotUnavailable as error:
            raise CLIError(f"check: --compare-dot: {error}") from None
    return found
