"""PlantUML and pasted-table reading: many lines, and single hostile long lines.

The reader must be linear: 100,000 ``actor`` lines under 5 s, and any one line (60 KB
of spaces between two words, a 60,000-dash arrow, 30,000 stereotype openings, a table
cell of 60 KB of spaces) under 0.1 s. The bare cost is splitting the same text into
stripped lines, the least any line reader does.
"""

from __future__ import annotations

from ucdesigner.io.plantuml import parse_plantuml
from ucdesigner.io.table_import import parse_table

from .core import Figure, measure

SPACES = " " * 60_000
HOSTILE_LINES = {
    "60 KB of spaces between two names": "a" + SPACES + "b",
    "60 KB of spaces in a declaration": "actor a" + SPACES + "x",
    "a 60,000-dash arrow": "a " + "-" * 60_000 + " b c",
    "30,000 direction words": "a -" + "u-" * 30_000,
    "30,000 stereotype openings": "actor a " + "<<" * 30_000,
    "an unclosed quote and 60 KB": '"' + SPACES,
}


def _bare(text: str) -> None:
    [line.strip() for line in text.split("\n")]


def run(sizes: list[int], repeat: int) -> list[Figure]:
    figures = []
    for size in sizes:
        text = "@startuml\n" + "\n".join(f"actor A{i}" for i in range(size)) + "\n@enduml\n"
        figures.append(
            Figure(
                "text",
                "PlantUML: read N actor lines",
                size,
                measure(lambda t=text: parse_plantuml(t), repeat),
                measure(lambda t=text: _bare(t), repeat),
                limit=5.0 if size >= 100_000 else None,
                baseline_name="split lines",
            )
        )
    for name, line in HOSTILE_LINES.items():
        text = f"@startuml\n{line}\n@enduml\n"
        figures.append(
            Figure(
                "text",
                f"PlantUML: one line, {name}",
                1,
                measure(lambda t=text: parse_plantuml(t), repeat),
                limit=0.1,
            )
        )
    cell = f"Actor,Use case,Touchpoints,Pain points\nA,B,{SPACES}x{SPACES};y,{SPACES};{SPACES}"
    figures.append(
        Figure(
            "text",
            "table: one row with 60 KB cells of spaces",
            1,
            measure(lambda: parse_table(cell), repeat),
            limit=0.1,
        )
    )
    return figures
