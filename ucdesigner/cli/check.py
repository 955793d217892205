"""``ucdesigner check FILE [--json]``: problems in a document; exit 0 clean, 1 problems."""

from __future__ import annotations

import argparse
import json

from ..model.integrity import integrity_problems
from .common import read_document_data

HELP = "check a document (broken references, rule violations); exit 1 when problems are found"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="a .ucd document")
    parser.add_argument("--json", action="store_true", help="print the problems as JSON")


def run(args: argparse.Namespace) -> int:
    data = read_document_data(args.file)
    problems = integrity_problems(data)
    if args.json:
        print(
            json.dumps(
                {"file": args.file, "problems": [p.as_dict() for p in problems]},
                indent=2,
                ensure_ascii=False,
            )
        )
    elif problems:
        for problem in problems:
            where = f" {problem.where}:" if problem.where else ""
            fix = f" ({problem.fix})" if problem.fix else ""
            print(f"{args.file}:{where} {problem.severity}: {problem.message}{fix}")
    else:
        print(f"{args.file}: no problems found")
    return 1 if problems else 0
