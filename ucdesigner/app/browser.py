"""The model browser: every element by package and kind, each with its relationships.
Drag elements onto a diagram to show them there; selection follows the canvas and back;
rename in place (F2 or double-click), delete with the Delete key or the context menu."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QItemSelection,
    QItemSelectionModel,
    QMimeData,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QMenu, QTreeWidget, QTreeWidgetItem, QWidget

from ..canvas.labels import kind_name
from ..canvas.view import ELEMENTS_MIME
from ..collector import collector_paused
from ..commands import UndoStack, texts
from ..commands import operations as ops
from ..model import Document, Element, ModelError, Relationship, Transaction
from ..model.changes import (
    DiagramAdded,
    DiagramChanged,
    DiagramMoved,
    DiagramRemoved,
    DocumentInfoChanged,
    ElementAdded,
    ElementChanged,
    ElementRemoved,
)
from . import context_menus

ID_ROLE = Qt.ItemDataRole.UserRole
DIAGRAM_ROLE = Qt.ItemDataRole.UserRole + 1

_TREE_CHANGES = (
    ElementAdded,
    ElementRemoved,
    DiagramAdded,
    DiagramRemoved,
    DiagramChanged,
    DiagramMoved,
    DocumentInfoChanged,
)
"""The changes that alter what the tree shows (shapes and edges do not)."""
_TREE_FIELDS = frozenset({"name", "body", "package", "source", "target"})
"""The fields of an element the tree shows or is arranged by."""


def _shows_in_tree(change: object) -> bool:
    """Whether ``change`` alters the tree: not a shape moved, nor a use case joining a
    boundary by being dragged into it."""
    if isinstance(change, ElementChanged):
        return bool(change.changed_fields() & _TREE_FIELDS)
    return isinstance(change, _TREE_CHANGES)


# Combined once: or-ing Qt's flag enums costs microseconds, paid per row of a large model.
_SELECTABLE_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_FIXED_NAME_FLAGS = _SELECTABLE_FLAGS | Qt.ItemFlag.ItemIsDragEnabled
_ELEMENT_FLAGS = _FIXED_NAME_FLAGS | Qt.ItemFlag.ItemIsEditable

GROUPS = (
    ("package", QT_TRANSLATE_NOOP("ModelBrowser", "Packages")),
    ("actor", QT_TRANSLATE_NOOP("ModelBrowser", "Actors")),
    ("usecase", QT_TRANSLATE_NOOP("ModelBrowser", "Use Cases")),
    ("subject", QT_TRANSLATE_NOOP("ModelBrowser", "System Boundaries")),
    ("comment", QT_TRANSLATE_NOOP("ModelBrowser", "Comments")),
)
"""The tree's groups (titles translated where shown, with ``self.tr``)."""


def tree_label(element: Element) -> str:
    """What the tree shows for an element: its name, or a comment's first line."""
    if element.kind == "comment" and not element.name:
        text = (getattr(element, "body", "").strip().splitlines() or [""])[0]
        return text if len(text) <= 48 else text[:47] + "…"
    return element.name or element.describe()


SELECT_ROWS = (
    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
)


class ModelBrowser(QTreeWidget):
    """The tree of the model. See the module docstring."""

    selectionIds = Signal(list)
    """The user selected these element/relationship ids in the tree."""
    diagramActivated = Signal(str)
    deleteRequested = Signal(list)
    """The user asked to delete these ids from the model."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modelBrowser")
        self.setAccessibleName(self.tr("Model browser"))
        self.setAccessibleDescription(
            self.tr("The elements of the model by package and kind, with their relationships")
        )
        self.setHeaderHidden(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self.document: Document | None = None
        self.stack: UndoStack | None = None
        self._rows: dict[str, list[QTreeWidgetItem]] = {}
        self._pending: dict[str, QTreeWidgetItem] = {}
        """Collapsed packages whose rows are made when first opened (or needed)."""
        self._expanded_before: set[str] | None = None
        self._deferrable: set[str] = set()
        self._children: dict[str | None, list[Element]] = {}
        self._unsubscribe: Callable[[], None] | None = None
        self._syncing = False
        self._selection: list[str] = []
        self._rebuild_timer = QTimer(self)
        self._rebuild_timer.setSingleShot(True)
        self._rebuild_timer.timeout.connect(self.rebuild)
        self.itemSelectionChanged.connect(self._selection_changed)
        self.itemChanged.connect(self._item_renamed)
        self.itemDoubleClicked.connect(self._double_clicked)
        self.itemExpanded.connect(self._opened)

    @property
    def _items(self) -> dict[str, list[QTreeWidgetItem]]:
        """The rows of every element and relationship id (those of the packages not
        opened yet are made first)."""
        self.fill_pending()
        return self._rows

    def bind(self, document: Document, stack: UndoStack) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
        self.document, self.stack = document, stack
        self._unsubscribe = document.subscribe(self._on_transaction)
        self.rebuild()

    # ------------------------------------------------------------------ building

    def _on_transaction(self, transaction: Transaction) -> None:
        # The tree lists elements and diagrams, not where they are drawn: moving,
        # resizing, showing or hiding shapes leaves it as it is.
        if any(_shows_in_tree(change) for change in transaction.changes):
            # One rebuild once the gesture is over, however many changes it made.
            self._rebuild_timer.start(0)

    @collector_paused()
    def rebuild(self) -> None:
        """Build the tree anew, keeping what was expanded and selected."""
        document = self.document
        if document is None:
            return
        self._rebuild_timer.stop()
        built = self._built_items()
        expanded = {self._key(item) for item in built if item.isExpanded()} or None
        # A package whose rows were never made has none opened below it: it may wait again.
        self._deferrable = set(self._pending)
        selected = list(self._selection)
        self._syncing = True
        self.blockSignals(True)
        self.clear()
        self._rows.clear()
        self._pending.clear()
        # The tree is built detached and inserted once (one insertion, not one per row).
        root = QTreeWidgetItem([document.name or self.tr("Model")])
        root.setData(0, ID_ROLE, "")
        root.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self._children = {}
        for node in document.nodes():
            self._children.setdefault(node.package, []).append(node)
        self._expanded_before = expanded
        self._fill(root, None)
        diagrams = QTreeWidgetItem(root, [self.tr("Diagrams")])
        diagrams.setFlags(Qt.ItemFlag.ItemIsEnabled)
        for info in document.diagrams():
            item = QTreeWidgetItem(diagrams, [info.name or self.tr("(unnamed)")])
            item.setData(0, DIAGRAM_ROLE, info.id)
            item.setFlags(_SELECTABLE_FLAGS)
        self.addTopLevelItem(root)
        # New rows are closed: open only those that were open (or, the first time, the
        # root and its groups).
        for item in self._built_items():
            if (expanded is None and item.parent() in (None, root)) or (
                expanded is not None and self._key(item) in expanded
            ):
                item.setExpanded(True)
        self.blockSignals(False)
        self.select_ids(selected)
        self._syncing = False

    def _fill(self, parent: QTreeWidgetItem, package_id: str | None) -> None:
        assert self.document is not None
        children = self._children.get(package_id, [])
        for kind, title in GROUPS:
            members = sorted(
                (c for c in children if c.kind == kind), key=lambda e: e.describe().lower()
            )
            if not members:
                continue
            group = QTreeWidgetItem(parent, [f"{self.tr(title)} ({len(members)})"])
            group.setData(0, ID_ROLE, f"group:{package_id}:{kind}")
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for element in members:
                item = self._element_item(group, element)
                if kind == "package" and self._may_wait(element.id):
                    # Its rows are made when it is opened: a large model's rows are
                    # mostly inside packages, which the tree first shows closed.
                    self._pending[element.id] = item
                    item.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
                    continue
                if kind == "package":
                    self._fill(item, element.id)
                self._add_relationships(item, element.id)

    def _may_wait(self, package_id: str) -> bool:
        """Whether a package's rows can be made later: it is shown closed and something
        is inside (an empty package shows no arrow)."""
        expanded, deferrable = self._expanded_before, self._deferrable
        if expanded is not None and (package_id in expanded or package_id not in deferrable):
            return False
        assert self.document is not None
        return bool(self._children.get(package_id)) or any(
            True for _ in self.document.outgoing(package_id)
        )

    def fill_pending(self) -> None:
        """Make the rows of every package not opened yet."""
        while self._pending:
            self._fill_package(next(iter(self._pending)))

    def _fill_package(self, package_id: str) -> None:
        item = self._pending.pop(package_id)
        syncing, self._syncing = self._syncing, True
        blocked = self.blockSignals(True)
        try:
            with collector_paused():
                self._fill(item, package_id)
                self._add_relationships(item, package_id)
            item.setChildIndicatorPolicy(
                QTreeWidgetItem.ChildIndicatorPolicy.DontShowIndicatorWhenChildless
            )
        finally:
            self.blockSignals(blocked)
            self._syncing = syncing

    def _opened(self, item: QTreeWidgetItem) -> None:
        package_id = item.data(0, ID_ROLE)
        if package_id in self._pending and self._pending[package_id] is item:
            self._fill_package(package_id)

    def _element_item(self, parent: QTreeWidgetItem, element: Element) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [tree_label(element)])
        item.setData(0, ID_ROLE, element.id)
        item.setToolTip(0, element.describe())
        item.setFlags(_FIXED_NAME_FLAGS if element.kind == "comment" else _ELEMENT_FLAGS)
        self._rows.setdefault(element.id, []).append(item)
        return item

    def _add_relationships(self, item: QTreeWidgetItem, element_id: str) -> None:
        assert self.document is not None
        labelled = sorted(
            ((self.relationship_text(rel), rel) for rel in self.document.outgoing(element_id)),
            key=lambda pair: pair[0],
        )
        for text, rel in labelled:
            child = QTreeWidgetItem(item, [text])
            child.setData(0, ID_ROLE, rel.id)
            child.setToolTip(0, rel.describe())
            child.setFlags(_SELECTABLE_FLAGS)
            self._rows.setdefault(rel.id, []).append(child)

    def relationship_text(self, rel: Relationship) -> str:
        """``→ «include» Verify Purchase``: the kind and the other end."""
        assert self.document is not None
        target = self.document.get(rel.target)
        name = target.name or target.describe()
        label = kind_name(rel.kind)
        keyword = f"«{label}»" if rel.kind in ("include", "extend") else label
        return f"→ {keyword} {name}"

    def _all_items(self) -> list[QTreeWidgetItem]:
        """Every row (those of the packages not opened yet are made first)."""
        self.fill_pending()
        return self._built_items()

    def _built_items(self) -> list[QTreeWidgetItem]:
        found, stack = [], [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        while stack:
            item = stack.pop()
            found.append(item)
            stack.extend(item.child(i) for i in range(item.childCount()))
        return found

    @staticmethod
    def _key(item: QTreeWidgetItem) -> str:
        return str(item.data(0, ID_ROLE) or item.data(0, DIAGRAM_ROLE) or item.text(0))

    # ------------------------------------------------------------------ selection

    def selected_ids(self) -> list[str]:
        ids = []
        for item in self.selectedItems():
            value = item.data(0, ID_ROLE)
            if value and not str(value).startswith("group:") and value not in ids:
                ids.append(value)
        return ids

    def select_ids(self, ids: list[str]) -> None:
        """Select the rows of these ids (without echoing the change back)."""
        self._selection = list(ids)
        syncing, self._syncing = self._syncing, True
        self.blockSignals(True)
        # One selection change for all the rows: selecting them one by one merges each
        # into the selection so far (seconds for a few thousand rows).
        if self._pending and any(i not in self._rows for i in ids):
            self.fill_pending()
        rows: dict[int, tuple[QTreeWidgetItem | None, set[int]]] = {}
        opened: set[int] = set()
        first = None
        for element_id in ids:
            for item in self._rows.get(element_id, ()):
                index = self.indexFromItem(item)
                rows.setdefault(id(item.parent()), (item.parent(), set()))[1].add(index.row())
                first = first or item
                parent = item.parent()
                while parent is not None and id(parent) not in opened:
                    opened.add(id(parent))
                    parent.setExpanded(True)
                    parent = parent.parent()
        chosen = QItemSelection()
        model_of = self.model() if rows else None
        for parent, numbers in rows.values():
            under = self.indexFromItem(parent) if parent is not None else QModelIndex()
            for top, bottom in _runs(sorted(numbers)):
                chosen.select(model_of.index(top, 0, under), model_of.index(bottom, 0, under))
        # The view repaints once below rather than per range of rows.
        model = self.selectionModel()
        quiet = model.blockSignals(True)
        model.select(chosen, SELECT_ROWS)
        model.blockSignals(quiet)
        if self.isVisible():  # (a widget not shown yet is painted whole when it is)
            self.viewport().update()
        if first is not None:
            self.scrollToItem(first)
        self.blockSignals(False)
        self._syncing = syncing

    def _selection_changed(self) -> None:
        if not self._syncing:
            self._selection = self.selected_ids()
            self.selectionIds.emit(self._selection)

    def mimeData(self, items: list[QTreeWidgetItem]) -> QMimeData:
        ids = [str(i.data(0, ID_ROLE)) for i in items if i.data(0, ID_ROLE)]
        data = QMimeData()
        data.setData(ELEMENTS_MIME, "\n".join(ids).encode("utf-8"))
        return data

    def mimeTypes(self) -> list[str]:
        return [ELEMENTS_MIME]

    # ------------------------------------------------------------------ editing

    def _item_renamed(self, item: QTreeWidgetItem, _column: int) -> None:
        if self._syncing or self.document is None or self.stack is None:
            return
        element_id = item.data(0, ID_ROLE)
        element = self.document.find(element_id) if element_id else None
        name = " ".join(item.text(0).split())
        if element is None or not name or name == element.name:
            self.rebuild()
            return
        try:
            self.stack.run(texts.rename(element), lambda d: ops.rename(d, element_id, name))
        except ModelError:
            self.rebuild()

    def _double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        diagram_id = item.data(0, DIAGRAM_ROLE)
        if diagram_id:
            self.diagramActivated.emit(diagram_id)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Delete and self.state() != self.State.EditingState:
            ids = self.selected_ids()
            if ids:
                self.deleteRequested.emit(ids)
                return
        super().keyPressEvent(event)

    def _context_menu(self, pos) -> None:
        ids = self.selected_ids()
        item = self.itemAt(pos)
        if not ids or item is None:
            return
        menu = QMenu(self)
        extra = context_menus.actions_for(self.window(), ids)
        menu.addActions(extra)
        if extra:
            menu.addSeparator()
        rename = menu.addAction(self.tr("Rename"))
        rename.setEnabled(bool(item.flags() & Qt.ItemFlag.ItemIsEditable))
        rename.triggered.connect(lambda: self.editItem(item))
        delete = menu.addAction(self.tr("Delete from Model"))
        delete.setToolTip(self.tr("Delete from the model, with its relationships and shapes"))
        delete.triggered.connect(lambda: self.deleteRequested.emit(ids))
        menu.exec(self.viewport().mapToGlobal(pos))


def _runs(numbers: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as (first, last) runs of consecutive rows."""
    runs: list[tuple[int, int]] = []
    for number in numbers:
        if runs and runs[-1][1] == number - 1:
            runs[-1] = (runs[-1][0], number)
        else:
            runs.append((number, number))
    return runs
