"""What a benchmark figure is, how it is timed, and how the table is printed."""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Figure:
    """One measured figure: samples (seconds, or bytes for memory) of one size.

    ``baseline`` holds samples of the bare cost of the same work (json + pydantic,
    lxml, QPainter...) or of a peer (PlantUML), named by ``baseline_name``, so the
    figure can be given as a ratio to it. ``limit`` is the target: seconds
    (``limit_kind="time"``), a ratio to the baseline (``"ratio"``) or bytes (``"memory"``).
    """

    group: str
    name: str
    size: int | str
    samples: list[float]
    baseline: list[float] = field(default_factory=list)
    limit: float | None = None
    limit_kind: str = "time"
    unit: str = "s"
    note: str = ""
    baseline_name: str = "bare"

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def ratio(self) -> float | None:
        if not self.baseline:
            return None
        base = statistics.median(self.baseline)
        return self.median / base if base else None

    def vs_limit(self) -> float | None:
        """The figure as a share of its limit (1.0 = exactly at the limit; < 1 is good)."""
        if self.limit is None:
            return None
        value = self.ratio if self.limit_kind == "ratio" else self.median
        return None if value is None else value / self.limit


NOTES: list[str] = []
"""What a suite could not measure and why (printed under the table)."""


def note(text: str) -> None:
    """Record a line for under the table (a skipped figure, a caveat)."""
    NOTES.append(text)


SECTIONS: list[str] = []
"""Tables of their own that a suite adds under the main one (layout quality)."""


def section(text: str) -> None:
    """Add a Markdown block to print under the table."""
    SECTIONS.append(text)


def measure(
    work: Callable[[], object], repeat: int, setup: Callable[[], object] | None = None
) -> list[float]:
    """Seconds taken by ``work`` in each of ``repeat`` runs (``setup`` untimed before each)."""
    samples = []
    for _ in range(repeat):
        if setup is not None:
            setup()
        gc.collect()
        start = time.perf_counter()
        work()
        samples.append(time.perf_counter() - start)
    return samples


def percentile(values: list[float], share: float) -> float:
    """The ``share`` (0..1) percentile of ``values``, by nearest rank."""
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, round(share * len(ordered) + 0.5) - 1))
    return ordered[index]


def format_value(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"
    if unit == "B":
        return f"{value / 2**20:.0f} MB"
    return f"{value:.2f} {unit}"


def table(figures: list[Figure]) -> str:
    """A Markdown table: median (min-max), ratio to the bare cost, share of the limit,
    and the growth factor from the previous size of the same figure."""
    lines = [
        "| figure | size | median (min-max) | ratio | limit | of limit | growth |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    previous: dict[tuple[str, str], Figure] = {}
    for fig in figures:
        spread = (
            f"{format_value(min(fig.samples), fig.unit)}-{format_value(max(fig.samples), fig.unit)}"
        )
        ratio = f"{fig.ratio:.2f}x {fig.baseline_name}" if fig.ratio is not None else ""
        if fig.limit is None:
            limit = ""
        elif fig.limit_kind == "ratio":
            limit = f"<= {fig.limit:g}x"
        else:
            limit = f"< {format_value(fig.limit, fig.unit)}"
        share = fig.vs_limit()
        share_text = "" if share is None else f"{share:.2f}" + (" MISSED" if share > 1 else "")
        key = (fig.group, fig.name)
        growth = ""
        before = previous.get(key)
        if before is not None and isinstance(fig.size, int) and isinstance(before.size, int):
            size_factor = fig.size / before.size
            growth = f"{fig.median / before.median:.1f}x for {size_factor:g}x size"
        previous[key] = fig
        name = f"{fig.group}: {fig.name}" + (f" ({fig.note})" if fig.note else "")
        size = f"{fig.size:,}" if isinstance(fig.size, int) else fig.size
        lines.append(
            f"| {name} | {size} | {format_value(fig.median, fig.unit)} ({spread}) | {ratio} "
            f"| {limit} | {share_text} | {growth} |"
        )
    return "\n".join(lines)
