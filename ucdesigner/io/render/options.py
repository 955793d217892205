"""What a picture export is asked for, and what went wrong or was adjusted."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

FORMATS = ("svg", "png", "pdf")
BACKGROUNDS = ("white", "transparent")
SCREEN_DPI = 96.0
"""One diagram unit is one CSS pixel: 96 of them to the inch."""


class ExportError(Exception):
    """A picture that cannot be made; the message is one sentence for the user."""


@dataclass(frozen=True)
class ExportOptions:
    """How to draw a picture. ``scale`` (PNG only) is ignored when ``dpi`` is given."""

    format: str = "png"
    scale: float = 2.0
    dpi: float | None = None
    background: str = "white"
    margin: float = 20.0
    ids: Sequence[str] | None = None
    """Only these elements and relationships (the selection); None: the whole diagram."""
    theme_name: str = "modern"
    frame: bool | None = None
    """The UML diagram frame (``uc [name]``) around the picture: None as the diagram's
    own setting says, True or False whatever it says."""
    hidden: frozenset[str] = frozenset()
    """Left out of the picture, which keeps the whole diagram's extent (one step of a
    build-up)."""
    faded: frozenset[str] = frozenset()
    """Drawn pale (what is outside a focus)."""

    def __post_init__(self) -> None:
        if self.format not in FORMATS:
            raise ExportError(f"unknown picture format {self.format!r} (use svg, png or pdf)")
        if self.background not in BACKGROUNDS:
            raise ExportError(f"unknown background {self.background!r} (use white or transparent)")
        if not 0 < self.effective_scale <= 16:
            raise ExportError(
                f"scale {self.effective_scale:g} is out of range "
                f"(0 < scale <= 16, or 1 to {16 * SCREEN_DPI:g} dpi)"
            )
        if not 0 <= self.margin <= 1000:
            raise ExportError(f"margin {self.margin:g} px is out of range (0 to 1000)")

    @property
    def effective_scale(self) -> float:
        """Picture pixels per diagram unit."""
        return self.dpi / SCREEN_DPI if self.dpi is not None else self.scale

    @property
    def effective_dpi(self) -> float:
        """The resolution written into a PNG."""
        return self.dpi if self.dpi is not None else self.scale * SCREEN_DPI


@dataclass
class Rendered:
    """The bytes of a picture, with notes about adjustments made (e.g. a clamped size)."""

    data: bytes
    width: int
    height: int
    warnings: list[str] = field(default_factory=list)
