"""The diagrams of a document as tabs, one DiagramView each, following the document as
diagrams are added, renamed, moved and deleted (by the user or by undo).

A tab's view and scene are made the first time the tab is shown: opening a document
with many large diagrams builds only the one on screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from ..canvas.scene import DiagramScene
from ..canvas.view import DiagramView
from ..commands import UndoStack
from ..model import Document, Transaction
from ..model.changes import DiagramAdded, DiagramChanged, DiagramMoved, DiagramRemoved

ViewSetup = Callable[[DiagramView], None]


class _DiagramPage(QWidget):
    """A tab's page: holds the diagram's view once the tab has been shown."""

    def __init__(self, diagram_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.diagram_id = diagram_id
        self.view: DiagramView | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def put(self, view: DiagramView) -> None:
        self.view = view
        self.layout().addWidget(view)


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
        self._pages: dict[str, _DiagramPage] = {}
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
        for view in self.views():
            view.detach()
        self._pages.clear()
        # Removing a tab makes the next one current; that must not build its diagram
        # only to drop it again (closing a window showed every other tab in turn).
        blocked = self.blockSignals(True)
        try:
            while self.count():
                widget = self.widget(0)
                self.removeTab(0)
                if widget is not self._empty:
                    widget.deleteLater()
        finally:
            self.blockSignals(blocked)

    # ------------------------------------------------------------------ lookups

    def views(self) -> list[DiagramView]:
        """The views made so far (a tab gets its view when it is first shown)."""
        return [page.view for page in self._pages.values() if page.view is not None]

    def view_for(self, diagram_id: str) -> DiagramView | None:
        page = self._pages.get(diagram_id)
        return page.view if page is not None else None

    def current_view(self) -> DiagramView | None:
        page = self.currentWidget()
        if not isinstance(page, _DiagramPage):
            return None
        if page.view is None:
            page.put(self._new_view(page.diagram_id))
        return page.view

    def show_diagram(self, diagram_id: str) -> None:
        page = self._pages.get(diagram_id)
        if page is not None:
            self.setCurrentWidget(page)

    # ------------------------------------------------------------------ following

    def _new_view(self, diagram_id: str) -> DiagramView:
        assert self.document is not None and self.stack is not None
        view = DiagramView(DiagramScene(self.document, diagram_id, parent=None), self.stack)
        view.diagram_scene.setParent(view)
        self._setup(view)
        return view

    def _new_page(self, diagram_id: str) -> _DiagramPage:
        page = _DiagramPage(diagram_id)
        self._pages[diagram_id] = page
        return page

    def _rebuild(self) -> None:
        assert self.document is not None
        self.blockSignals(True)
        for info in self.document.diagrams():
            self.addTab(self._new_page(info.id), info.name or self.tr("(unnamed)"))
        if not self._pages:
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
                    page = self._new_page(info.id)
                    self.insertTab(index, page, info.name or self.tr("(unnamed)"))
                case DiagramRemoved(diagram=info):
                    page = self._pages.pop(info.id, None)
                    if page is not None:
                        self.removeTab(self.indexOf(page))
                        if page.view is not None:
                            page.view.detach()
                        page.deleteLater()
                    if not self._pages:
                        self.addTab(self._empty, self.tr("No diagram"))
                case DiagramChanged(new=info):
                    page = self._pages.get(info.id)
                    if page is not None:
                        self.setTabText(self.indexOf(page), info.name or self.tr("(unnamed)"))
                case DiagramMoved(diagram_id=diagram_id, new_index=index):
                    page = self._pages.get(diagram_id)
                    if page is not None:
                        current = self.currentWidget()
                        self.tabBar().moveTab(self.indexOf(page), index)
                        self.setCurrentWidget(current)
                case _:
                    pass
