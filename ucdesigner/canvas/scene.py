"""The scene of one diagram: built from the Document, kept up to date by listening to
its transactions, with id <-> item tables. It never changes the document itself."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from ..collector import collector_paused
from ..model import Document, Edge, Relationship, Shape, Transaction
from ..model.changes import (
    DiagramChanged,
    DiagramRemoved,
    DocumentInfoChanged,
    EdgeAdded,
    EdgeChanged,
    EdgeRemoved,
    ElementChanged,
    ShapeAdded,
    ShapeChanged,
    ShapeRemoved,
)
from .frame import FrameItem
from .items.base import NodeItem
from .items.edge import EdgeItem
from .items.registry import node_item_class
from .lanes import LaneLayer, sync_marks
from .theme import MODERN, Theme

BSP_INDEX = QGraphicsScene.ItemIndexMethod.BspTreeIndex
BULK_CHANGES = 200
"""Transactions with more changes than this are followed without a scene index."""


class DiagramScene(QGraphicsScene):
    """A projection of one diagram of a document.

    ``listen=False`` builds a snapshot (for pictures) that ignores later changes.
    """

    @collector_paused()
    def __init__(
        self,
        document: Document,
        diagram_id: str,
        theme: Theme = MODERN,
        parent=None,
        listen: bool = True,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.diagram_id = diagram_id
        self.theme = theme
        self._nodes: dict[str, NodeItem] = {}
        self._edges: dict[str, EdgeItem] = {}
        self._edges_at: defaultdict[str, set[str]] = defaultdict(set)
        self._batch_moving = False
        self.lanes: LaneLayer | None = None
        """The journey lanes, made when the diagram first shows them."""
        self._live_unindexed = False
        self.frame_item: FrameItem | None = None
        """The UML diagram frame, made when the diagram first shows it."""
        self._frame_setting: bool | None = None
        self._frame_ids: list[str] | None = None
        self._live_frame: tuple[frozenset[str], QRectF, list[QGraphicsItem]] | None = None
        self._unsubscribe = document.subscribe(self._on_transaction) if listen else None
        # (the colour, made a solid brush by Qt: PySide's QBrush(colour) looks at its
        # other constructors first and builds QImage's and QGradient's enums for it)
        self.setBackgroundBrush(QColor(theme.background))
        self.build()

    # ------------------------------------------------------------------ lookups

    def node_item(self, element_id: str) -> NodeItem | None:
        return self._nodes.get(element_id)

    def edge_item(self, relationship_id: str) -> EdgeItem | None:
        return self._edges.get(relationship_id)

    def node_items(self) -> list[NodeItem]:
        return list(self._nodes.values())

    def edge_items(self) -> list[EdgeItem]:
        return list(self._edges.values())

    def item_for(self, element_id: str) -> QGraphicsItem | None:
        """The node or edge item showing an element or relationship."""
        return self._nodes.get(element_id) or self._edges.get(element_id)

    def edges_at(self, element_id: str) -> list[EdgeItem]:
        """Edge items attached to a node."""
        return [self._edges[r] for r in self._edges_at.get(element_id, ())]

    def selected_ids(self) -> list[str]:
        """Ids of the selected elements and relationships, nodes first."""
        chosen = self.selectedItems()
        nodes = [i.element_id for i in chosen if isinstance(i, NodeItem)]
        edges = [i.element_id for i in chosen if isinstance(i, EdgeItem)]
        return nodes + edges

    def select_ids(self, ids: Iterable[str]) -> None:
        """Select exactly the items showing these ids (``selectionChanged`` fires once)."""
        wanted = set(ids)
        changed = False
        blocked = self.blockSignals(True)
        try:
            for item in [*self._nodes.values(), *self._edges.values()]:
                selected = item.element_id in wanted
                if item.isSelected() != selected:
                    item.setSelected(selected)
                    changed = True
        finally:
            self.blockSignals(blocked)
        if changed and not blocked:
            self.selectionChanged.emit()

    def node_at(self, point: QPointF, exclude: Iterable[str] = ()) -> NodeItem | None:
        """The topmost node item under a scene point (its outline, not its margin)."""
        skip = set(exclude)
        for item in self.items(point):
            if isinstance(item, NodeItem) and item.element_id not in skip:
                return item
        return None

    def edge_at(self, point: QPointF) -> EdgeItem | None:
        """The topmost edge item under a scene point."""
        for item in self.items(point):
            if isinstance(item, EdgeItem):
                return item
        return None

    def item_at(self, point: QPointF) -> NodeItem | EdgeItem | None:
        """The topmost node or edge under a scene point."""
        for item in self.items(point):
            if isinstance(item, NodeItem | EdgeItem):
                return item
        return None

    def set_marks(self, marks: dict[str, str | None]) -> None:
        """Show connection feedback on nodes (``{"id": "allowed"|"refused"|None}``)."""
        for element_id, mark in marks.items():
            item = self._nodes.get(element_id)
            if item is not None:
                item.set_mark(mark)

    def clear_marks(self) -> None:
        for item in self._nodes.values():
            if item.mark is not None:
                item.set_mark(None)

    def move_nodes_live(self, positions: dict[str, QPointF]) -> None:
        """Put node items at new positions while the mouse drags them (the document is
        changed once, on release). A line between two shapes that moved by the same
        offset is shifted; every other attached line is re-routed once.

        The scene stops indexing its items until ``end_live_move``: Qt's BSP index
        takes out and puts back every moved item and line on each mouse-move, which
        costs more than the rest of the move together."""
        if not self._live_unindexed and self.itemIndexMethod() == BSP_INDEX:
            self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
            self._live_unindexed = True
        deltas: dict[str, QPointF] = {}
        self._batch_moving = True
        try:
            for element_id, pos in positions.items():
                item = self._nodes.get(element_id)
                if item is not None:
                    deltas[element_id] = pos - item.pos()
                    item.setPos(pos)
        finally:
            self._batch_moving = False
        done: set[str] = set()
        for element_id in deltas:
            for rel_id in self._edges_at.get(element_id, ()):
                if rel_id in done:
                    continue
                done.add(rel_id)
                edge = self._edges[rel_id]
                rel = edge.relationship
                a, b = deltas.get(rel.source), deltas.get(rel.target)
                if a is not None and b is not None and a == b and not edge.model_edge.waypoints:
                    edge.shift(a.x(), a.y())
                else:
                    edge.update_geometry()
        if self.frame_shown():
            self._frame_follow_live(frozenset(deltas))

    def _frame_follow_live(self, moving: frozenset[str]) -> None:
        """The frame follows a drag: what stands still is measured once per drag, the
        dragged shapes and their lines on every move (all of them cost 10-20 ms a move
        in a diagram of 2,000 items)."""
        if self._live_frame is None or self._live_frame[0] != moving:
            items: list[QGraphicsItem] = [self._nodes[i] for i in moving]
            items += [self._edges[r] for i in moving for r in self._edges_at.get(i, ())]
            still = QRectF()
            moved = set(items)
            for item in [*self._nodes.values(), *self._edges.values()]:
                if item not in moved:
                    still = still.united(item.sceneBoundingRect())
            if self.lanes_shown():
                still = still.united(self.lanes.sceneBoundingRect())
            self._live_frame = (moving, still, list(dict.fromkeys(items)))
        _moving, rect, items = self._live_frame
        for item in items:
            rect = rect.united(item.sceneBoundingRect())
        assert self.frame_item is not None
        self.frame_item.place(rect, self.frame_item.name)

    def end_live_move(self) -> None:
        """The drag that ``move_nodes_live`` followed is over: index the items again."""
        self._live_frame = None
        if self._live_unindexed:
            self._live_unindexed = False
            self.setItemIndexMethod(BSP_INDEX)

    def content_rect(self, ids: Iterable[str] | None = None) -> QRectF:
        """The bounding rectangle of everything drawn (or of the given ids), scene coords;
        the whole drawing includes the diagram frame when it shows."""
        rect = self.drawing_rect(ids)
        if ids is None and self.frame_shown():
            rect = rect.united(self.frame_item.sceneBoundingRect())
        return rect

    def drawing_rect(self, ids: Iterable[str] | None = None) -> QRectF:
        """What the diagram frame goes around: the bounds of the shapes, lines and lanes
        (or of the given ids), scene coordinates."""
        items = (
            [*self._nodes.values(), *self._edges.values()]
            if ids is None
            else [i for i in (self.item_for(x) for x in ids) if i is not None]
        )
        rect = QRectF()
        for item in items:
            rect = rect.united(item.sceneBoundingRect())
        if ids is None and self.lanes_shown():
            rect = rect.united(self.lanes.sceneBoundingRect())
        return rect

    # ------------------------------------------------------------------ the frame

    def frame_shown(self) -> bool:
        """True when the UML diagram frame is drawn."""
        return self.frame_item is not None and self.frame_item.isVisible()

    def show_frame(self, shown: bool | None = None, ids: Iterable[str] | None = None) -> None:
        """Draw the frame or not (None: as the diagram's setting says), around the whole
        drawing or around the given ids (a picture of a selection)."""
        self._frame_setting = shown
        self._frame_ids = None if ids is None else list(ids)
        self.sync_frame()

    def sync_frame(self) -> None:
        """Put the frame around the drawing as it is now, or hide it; the one place that
        decides where the frame goes, for the canvas and for every picture."""
        has = self.document.has_diagram(self.diagram_id)
        info = self.document.diagram_info(self.diagram_id) if has else None
        wanted = self._frame_setting
        if wanted is None:
            wanted = info is not None and info.frame
        if not wanted or info is None:
            if self.frame_item is not None:
                self.frame_item.setVisible(False)
            return
        content = self.drawing_rect(self._frame_ids)
        if content.isNull():
            content = QRectF(0, 0, 0, 0)
        if self.frame_item is None:
            self.frame_item = FrameItem(content, info.name, self.theme)
            self.addItem(self.frame_item)
        else:
            self.frame_item.place(content, info.name)
            self.frame_item.setVisible(True)

    # ------------------------------------------------------------------ building

    def build(self) -> None:
        """(Re)create every item from the document."""
        for item in [*self._edges.values(), *self._nodes.values()]:
            self.removeItem(item)
        self._nodes.clear()
        self._edges.clear()
        self._edges_at.clear()
        if not self.document.has_diagram(self.diagram_id):
            self._sync_lanes()
            self.sync_frame()
            return
        for shape in self.document.shapes(self.diagram_id):
            self._add_node(shape)
        for edge in self.document.edges(self.diagram_id):
            self._add_edge(edge)
        self._sync_lanes()
        self.sync_frame()

    def lanes_shown(self) -> bool:
        """True when the diagram shows its journey lanes."""
        return self.lanes is not None and self.lanes.isVisible()

    def _sync_lanes(self) -> None:
        """Lanes and emotion marks follow the diagram's lane view and the journey."""
        if self.lanes is None:
            has = self.document.has_diagram(self.diagram_id)
            if not has or self.document.diagram_info(self.diagram_id).lanes is None:
                return
            self.lanes = LaneLayer(self.theme)
            self.addItem(self.lanes)
        self.lanes.sync(self.document, self.diagram_id)
        sync_marks(list(self._nodes.values()), self.lanes.isVisible(), self.theme)

    def detach(self) -> None:
        """Stop following the document (call before dropping the scene)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def _add_node(self, shape: Shape) -> NodeItem:
        element = self.document.get(shape.element)
        item = node_item_class(element.kind)(element, shape, self.theme)  # type: ignore[arg-type]
        if self.theme.show_selection:
            # On screen, a shape's picture is kept as a pixmap, so moving shapes is a copy
            # rather than a repaint. Pictures (print theme) always paint as vectors.
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._nodes[shape.element] = item
        self.addItem(item)
        return item

    def _add_edge(self, edge: Edge) -> EdgeItem:
        rel = self.document.get(edge.element)
        assert isinstance(rel, Relationship)
        item = EdgeItem(rel, edge, self._nodes[rel.source], self._nodes[rel.target], self.theme)
        self._edges[edge.element] = item
        self._edges_at[rel.source].add(edge.element)
        self._edges_at[rel.target].add(edge.element)
        self.addItem(item)
        return item

    def _remove_edge(self, relationship_id: str) -> None:
        item = self._edges.pop(relationship_id)
        for end in (item.relationship.source, item.relationship.target):
            attached = self._edges_at.get(end)
            if attached is not None:
                attached.discard(relationship_id)
                if not attached:
                    del self._edges_at[end]
        self.removeItem(item)

    # ------------------------------------------------------------------ following changes

    def node_moved(self, item: NodeItem) -> None:
        """Called by a node item while it moves: keep its lines attached."""
        if self._batch_moving:
            return
        for edge in self.edges_at(item.element_id):
            edge.update_geometry()

    def _on_transaction(self, transaction: Transaction) -> None:
        # Qt says "selection changed" for every selected item taken out of the scene;
        # deleting 3,000 selected shapes must tell the window once, not 3,000 times.
        selected = len(self.selectedItems())
        blocked = self.blockSignals(True)
        # Many items in or out at once: Qt's BSP index takes each one out of every leaf
        # it covers (half a millisecond an item); without an index while the transaction
        # is followed, and one new index afterwards, it is a small fraction of that.
        bulk = len(transaction.changes) > BULK_CHANGES and self.itemIndexMethod() == BSP_INDEX
        if bulk:
            self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        try:
            self._follow(transaction)
        finally:
            if bulk:
                self.setItemIndexMethod(BSP_INDEX)
            self.blockSignals(blocked)
        if not blocked and len(self.selectedItems()) != selected:
            self.selectionChanged.emit()

    def _follow(self, transaction: Transaction) -> None:
        mine = self.diagram_id
        dirty: set[str] = set()
        lanes = self.lanes_shown()
        framed = False
        for change in transaction.changes:
            match change:
                case ShapeAdded(diagram_id=d, shape=shape) if d == mine:
                    self._add_node(shape)
                case ShapeRemoved(diagram_id=d, shape=shape) if d == mine:
                    self.removeItem(self._nodes.pop(shape.element))
                case ShapeChanged(diagram_id=d, new=shape) if d == mine:
                    self._nodes[shape.element].set_shape(shape)
                    dirty.update(self._edges_at.get(shape.element, ()))
                case EdgeAdded(diagram_id=d, edge=edge) if d == mine:
                    self._add_edge(edge)
                case EdgeRemoved(diagram_id=d, edge=edge) if d == mine:
                    self._remove_edge(edge.element)
                case EdgeChanged(diagram_id=d, new=edge) if d == mine:
                    self._edges[edge.element].set_edge(edge)
                case ElementChanged(new=element):
                    if element.id in self._nodes:
                        self._nodes[element.id].set_element(element)  # type: ignore[arg-type]
                        dirty.update(self._edges_at.get(element.id, ()))
                    elif element.id in self._edges:
                        self._relationship_changed(element)  # type: ignore[arg-type]
                        dirty.discard(element.id)
                case DiagramRemoved(diagram=info) if info.id == mine:
                    self.build()
                case DiagramChanged(new=info) if info.id == mine:
                    lanes = framed = True
                case DocumentInfoChanged():
                    lanes = True
                case _:
                    pass
        for rel_id in dirty:
            edge = self._edges.get(rel_id)
            if edge is not None:
                edge.update_geometry()
        if lanes:
            self._sync_lanes()
        if framed or self.frame_shown():
            self.sync_frame()

    def _relationship_changed(self, rel: Relationship) -> None:
        item = self._edges[rel.id]
        old = item.relationship
        if (old.source, old.target) != (rel.source, rel.target):
            for end in (old.source, old.target):
                self._edges_at[end].discard(rel.id)
            self._edges_at[rel.source].add(rel.id)
            self._edges_at[rel.target].add(rel.id)
            item.relationship = rel
            item.set_ends(self._nodes[rel.source], self._nodes[rel.target])
        item.set_relationship(rel)
