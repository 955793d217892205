"""The Compare panel: what changed between another version (a file, or a git revision
of the open file) and the document in the window. The list says each change in plain
words; Previous and Next step through them, showing each on the canvas; the current
diagram carries the changes drawn over it (``canvas.diff_overlay``) until the
comparison is closed."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr
from ..model import DocumentData, Transaction

if TYPE_CHECKING:
    # The comparison, its report texts and its overlay are imported when a comparison
    # is first made: every window has this panel, few compare.
    from ..canvas.diff_overlay import DiffOverlay
    from ..model.compare import DocumentDiff

TARGET_ROLE = Qt.ItemDataRole.UserRole


class ComparePanel(QWidget):
    """See the module docstring."""

    def __init__(self, window: Any) -> None:
        super().__init__()
        self.setObjectName("comparePanel")
        self.window_ = window
        self.old: DocumentData | None = None
        self.changes: DocumentDiff | None = None
        self.overlay: DiffOverlay | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.recompute)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Changes"))
        self.list.currentRowChanged.connect(lambda _row: self._show_current())
        self.previous = QPushButton(tr("&Previous"))
        self.previous.setToolTip(tr("Show the previous change"))
        self.next = QPushButton(tr("&Next"))
        self.next.setToolTip(tr("Show the next change"))
        self.close_button = QPushButton(tr("Close Comparison"))
        self.close_button.setToolTip(tr("Take the changes off the canvas"))
        self.previous.clicked.connect(lambda: self.step(-1))
        self.next.clicked.connect(lambda: self.step(1))
        self.close_button.clicked.connect(self.close_comparison)
        buttons = QHBoxLayout()
        for button in (self.previous, self.next):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        window.tabs.currentViewChanged.connect(lambda _view: self.draw_overlay())

    # ------------------------------------------------------------------ comparing

    def compare(self, old: DocumentData, label: str) -> None:
        """Compare ``old`` (named ``label``) with the window's document and show it."""
        self.old = old
        self.label = label
        if self._unsubscribe is not None:
            self._unsubscribe()
        self._unsubscribe = self.window_.document.subscribe(lambda _t: self._timer.start())
        self.recompute()

    def recompute(self, _transaction: Transaction | None = None) -> None:
        if self.old is None:
            return
        from ..model.compare import diff

        self.changes = diff(self.old, self.window_.document.to_data())
        self._fill()
        self.draw_overlay()

    def _fill(self) -> None:
        from ..io.diff_report import diagram_items

        assert self.changes is not None
        changes = self.changes
        old_names = {e.id: e for e in changes.old.elements}
        new_names = {e.id: e for e in changes.new.elements}
        self.list.blockSignals(True)
        self.list.clear()
        for item in (*changes.elements, *changes.relationships):
            self._add(item.sentence(old_names, new_names), item.id, None)
        for diagram in changes.diagrams:
            texts = diagram_items(changes, diagram)
            targets = [s.element for s in diagram.shapes] + [e.element for e in diagram.edges]
            offset = len(texts) - len(targets)
            for index, text in enumerate(texts):
                target = targets[index - offset] if index >= offset else None
                name = diagram.name or diagram.id
                self._add(f"{name}: {text}", target, diagram.id)
        self.list.blockSignals(False)
        count = self.list.count()
        self.heading.setText(
            tr("Compared with {version}: {n} change(s).").format(version=self.label, n=count)
            if count
            else tr("Compared with {version}: no changes.").format(version=self.label)
        )

    def _add(self, text: str, target: str | None, diagram: str | None) -> None:
        item = QListWidgetItem(text)
        item.setData(TARGET_ROLE, (target, diagram))
        self.list.addItem(item)

    # ------------------------------------------------------------------ the canvas

    def draw_overlay(self) -> None:
        """Draw the changes of the diagram on screen over it (none when not comparing)."""
        self._remove_overlay()
        scene = self.window_.current_scene()
        if self.changes is None or scene is None:
            return
        change = next((d for d in self.changes.diagrams if d.id == scene.diagram_id), None)
        if change is None or change.status == "removed":
            return
        from ..canvas.diff_overlay import add_diff_overlay
        from ..model.compare.words import title

        old = self.changes.old
        names = {e.id: title(e) for e in old.elements}
        ends = {r.id: (r.source, r.target) for r in old.relationships}
        old_diagram = next((d for d in old.diagrams if d.id == change.id), None)
        shapes = {s.element: s for s in old_diagram.shapes} if old_diagram else {}
        self.overlay = add_diff_overlay(scene, change, names, ends, shapes)

    def _remove_overlay(self) -> None:
        if self.overlay is not None and self.overlay.scene() is not None:
            self.overlay.scene().removeItem(self.overlay)
        self.overlay = None

    def step(self, delta: int) -> None:
        """Go to the next (1) or previous (-1) change."""
        count = self.list.count()
        if count:
            self.list.setCurrentRow((self.list.currentRow() + delta) % count)

    def _show_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        target, diagram = item.data(TARGET_ROLE)
        if target and self.window_.document.find(target) is not None:
            self.window_.reveal([target], diagram)
        elif diagram and self.window_.document.has_diagram(diagram):
            self.window_.tabs.show_diagram(diagram)
        view = self.window_.current_view()
        if view is not None and self.overlay is not None and target in self.overlay.marks:
            view.centerOn(self.overlay.marks[target].center())

    def close_comparison(self) -> None:
        """Stop comparing: the overlay goes, the list empties."""
        self._remove_overlay()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.old = self.changes = None
        self.list.clear()
        self.heading.setText(tr("Not comparing."))
        dock = self.parentWidget()
        if dock is not None:
            dock.hide()
