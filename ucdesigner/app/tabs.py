"""The diagrams of a document as tabs, one DiagramView each, following the document as
diagrams are added, renamed, moved and deleted (by the user or by undo)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QWidget

from ..canvas.scene import DiagramScene
from ..canvas.view import DiagramView
from ..commands import UndoStack
from ..model import Document, Transaction
from ..model.changes import DiagramAdded, DiagramChanged, DiagramMoved, DiagramRemoved

ViewSetup = Callable[[DiagramView], None]


class DiagramTabs(QTabWidget):
    """One tab per diagram of the document, in the document's order."""

    currentViewChanged = Signal(object)
    """The DiagramView now shown (or None)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diagramTabs")
        self.setAccessibleName(self.tr("Diagrams"))
        self.setAccessibleDescription(
            self.tr("One tab per diagram; Ctrl+Tab and Ctrl+Shift+Tab switch between them")
        )
        self.setDocumentMode(True)
        self.setMovable(False)
        self.document: Document | None = None
        self.stack: UndoStack | None = None
        self._setup: ViewSetup = lambda view: None
        self._views: dict[str, DiagramView] = {}
        self._unsubscribe: Callable[[], None] | None = None
        self._empty = QLabel(self.tr("This document has no diagram. Use Diagram ▸ New Diagram."))
        self.currentChanged.connect(lambda _i: self.currentViewChanged.emit(self.current_view()))

    def bind(self, document: Document, stack: UndoStack, setup: ViewSetup) -> None:
        """Show the diagrams of ``document``; ``setup`` is called on every new view."""
        self.release()
        self.document, self.stack, self._setup = document, stack, setup
        self._unsubscribe = document.subscribe(self._on_transaction)
        self._rebuild()

    def release(self) -> None:
        """Drop every view and stop following the document."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        for view in self._views.values():
            view.detach()
        self._views.clear()
        while self.count():
            widget = self.widget(0)
            self.removeTab(0)
            if widget is not self._empty:
                widget.deleteLater()

    # ------------------------------------------------------------------ lookups

    def views(self) -> list[DiagramView]:
        return list(self._views.values())

    def view_for(self, diagram_id: str) -> DiagramView | None:
        return self._views.get(diagram_id)

    def current_view(self) -> DiagramView | None:
        widget = self.currentWidget()
        return widget if isinstance(widget, DiagramView) else None

    def show_diagram(self, diagram_id: str) -> None:
        view = self._views.get(diagram_id)
        if view is not None:
            self.setCurrentWidget(view)

    # ------------------------------------------------------------------ following

    def _new_view(self, diagram_id: str) -> DiagramView:
        assert self.document is not None and self.stack is not None
        view = DiagramView(DiagramScene(self.document, diagram_id, parent=None), self.stack)
        view.diagram_scene.setParent(view)
        self._views[diagram_id] = view
        self._setup(view)
        return view

    def _rebuild(self) -> None:
        assert self.document is not None
        self.blockSignals(True)
        for info in self.document.diagrams():
            view = self._new_view(info.id)
            self.addTab(view, info.name or self.tr("(unnamed)"))
        if not self._views:
            self.addTab(self._empty, self.tr("No diagram"))
        self.blockSignals(False)
        self.setCurrentIndex(0)
        self.currentViewChanged.emit(self.current_view())

    def _on_transaction(self, transaction: Transaction) -> None:
        assert self.document is not None
        for change in transaction.changes:
            match change:
                case DiagramAdded(diagram=info, index=index):
                    if self.indexOf(self._empty) >= 0:
                        self.removeTab(self.indexOf(self._empty))
                    view = self._new_view(info.id)
                    self.insertTab(index, view, info.name or self.tr("(unnamed)"))
                case DiagramRemoved(diagram=info):
                    view = self._views.pop(info.id, None)
                    if view is not None:
                        self.removeTab(self.indexOf(view))
                        view.detach()
                        view.deleteLater()
                    if not self._views:
                        self.addTab(self._empty, self.tr("No diagram"))
                case DiagramChanged(new=info):
                    view = self._views.get(info.id)
                    if view is not None:
                        self.setTabText(self.indexOf(view), info.name or self.tr("(unnamed)"))
                case DiagramMoved(diagram_id=diagram_id, new_index=index):
                    view = self._views.get(diagram_id)
                    if view is not None:
                        current = self.currentWidget()
                        self.tabBar().moveTab(self.indexOf(view), index)
                        self.setCurrentWidget(current)
                case _:
                    pass
