"""Diagrams: where and how elements are drawn. Geometry and style live here, meaning in
the elements. A shape or an edge points at a model element by id; an element may be on
many diagrams (at most once on each) or on none."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .elements import Frozen, Name, Text
from .ids import Id

LIMIT = 1_000_000.0
Coordinate = Annotated[float, Field(ge=-LIMIT, le=LIMIT)]
Length = Annotated[float, Field(gt=0, le=LIMIT)]
Colour = Annotated[str, Field(pattern=r"^#[0-9a-fA-F]{6}([0-9a-fA-F]{2})?$")]
FontSize = Annotated[float, Field(ge=4, le=144)]


class Point(Frozen):
    x: Coordinate
    y: Coordinate


class ShapeStyle(Frozen):
    """Per-shape overrides of the theme; None means "as the theme says"."""

    fill: Colour | None = None
    line: Colour | None = None
    font_size: FontSize | None = None
    notation: Literal["stick", "box"] | None = None
    """Actors only: a stick figure (UML default) or a «actor» box."""


class EdgeStyle(Frozen):
    line: Colour | None = None
    font_size: FontSize | None = None


class Shape(Frozen):
    """An element drawn on a diagram: top-left corner and size in scene units (px at 100 %)."""

    element: Id
    x: Coordinate
    y: Coordinate
    width: Length
    height: Length
    z: int = 0
    """Stacking order within the shape's layer (boundaries behind, nodes, notes)."""
    style: ShapeStyle = ShapeStyle.model_construct()
    pinned: bool = False
    """Keep Position: automatic layout leaves this shape where it is."""

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    def contains_rect(self, other: Shape) -> bool:
        """True when ``other`` lies entirely inside this shape."""
        return (
            self.x <= other.x
            and self.y <= other.y
            and other.right <= self.right
            and other.bottom <= self.bottom
        )


class Edge(Frozen):
    """A relationship drawn on a diagram between the shapes of its two ends."""

    element: Id
    waypoints: tuple[Point, ...] = ()
    label_offset: Point = Point.model_construct(x=0.0, y=0.0)
    """Where the keyword/name label sits, relative to its default place mid-line."""
    note_offset: Point = Point.model_construct(x=0.0, y=0.0)
    """Where an extend's condition note sits, relative to its default place beside the line."""
    style: EdgeStyle = EdgeStyle.model_construct()
    hide_end_labels: bool = False
    """An association's role names and multiplicities are not drawn on this diagram
    (the tool the diagram came from hid them)."""


class Lanes(Frozen):
    """The journey stages drawn as vertical lanes behind the shapes, one per stage in
    the journey's order, from ``x`` rightwards, each ``width`` wide. ``y`` is the top of
    the lane headers; the lanes reach down past the lowest shape of the diagram."""

    x: Coordinate = 0.0
    y: Coordinate = 0.0
    width: Annotated[float, Field(ge=80, le=5000)] = 240.0


class DiagramInfo(Frozen):
    """A diagram's own attributes, without its shapes and edges."""

    id: Id
    name: Name = ""
    package: Id | None = None
    documentation: Text = ""
    properties: dict[Name, Text] = Field(default_factory=dict)
    lanes: Lanes | None = None
    """Journey lanes shown on this diagram (None: the lane view is off)."""
    frame: bool = False
    """The canvas, pictures, prints and the report draw the UML diagram frame around this
    diagram, headed ``uc [name]`` (UML 2.5, annex A). Left out of files while False."""


class Diagram(DiagramInfo):
    """A diagram as stored in the file: its attributes plus shapes and edges."""

    shapes: tuple[Shape, ...] = ()
    edges: tuple[Edge, ...] = ()

    def info(self) -> DiagramInfo:
        """The diagram's attributes alone."""
        # Valid already (the same fields, the same rules): not validated a second time.
        values = {name: getattr(self, name) for name in DiagramInfo.model_fields}
        values["properties"] = dict(values["properties"])  # its own, as validation gives
        return DiagramInfo.model_construct(**values)
