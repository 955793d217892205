"""The Conflicts panel: the merge conflicts ``ucdesigner merge`` left in the document.

It opens by itself when a document with conflicts is shown. Each conflict shows the
base, ours and theirs; for a shape, both positions are drawn on the canvas too. Take
Ours, Take Theirs, or edit by hand and Mark Resolved: each is one undo step. When none
are left, saving writes a file without conflicts, and the panel says that ``git add``
is the user's step.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import (
    QDockWidget,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsSimpleTextItem,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr
from ..model import Document, ModelError, Transaction
from ..model.conflict import Conflict

CONFLICT_ROLE = Qt.ItemDataRole.UserRole
_PANELS: dict[int, ConflictsPanel] = {}
SIDE_COLOURS = {"ours": "#1c5d99", "theirs": "#8e24aa"}


def _shown(value: Any) -> str:
    if value is None:
        return tr("(deleted)")
    if isinstance(value, str):
        return value or tr("(empty)")
    return json.dumps(value, indent=1, ensure_ascii=False)


class ConflictsPanel(QWidget):
    """The conflicts of one window's document. See the module docstring."""

    def __init__(self, window: Any) -> None:
        super().__init__()
        self.setObjectName("conflictsPanel")
        self.window_ = window
        self.document: Document | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._marks: list[QGraphicsItem] = []
        self._listed: tuple[Conflict, ...] = ()
        self._had_conflicts = False
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("conflictsSummary")
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Merge conflicts"))
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        self.sides: dict[str, QPlainTextEdit] = {}
        sides = QHBoxLayout()
        for key, title in (("base", tr("Base")), ("ours", tr("Ours")), ("theirs", tr("Theirs"))):
            column = QVBoxLayout()
            label = QLabel(title)
            bold = label.font()
            bold.setBold(True)
            label.setFont(bold)
            text = QPlainTextEdit()
            text.setReadOnly(True)
            text.setObjectName(f"conflict_{key}")
            text.setAccessibleName(title)
            label.setBuddy(text)
            column.addWidget(label)
            column.addWidget(text)
            sides.addLayout(column)
            self.sides[key] = text
        self.take_ours = QPushButton(tr("Take &Ours"))
        self.take_ours.setToolTip(tr("Keep the value of your branch (one undo step)"))
        self.take_theirs = QPushButton(tr("Take &Theirs"))
        self.take_theirs.setToolTip(tr("Use the value of the branch being merged in"))
        self.mark_resolved = QPushButton(tr("&Mark Resolved"))
        self.mark_resolved.setToolTip(
            tr("Keep the model as it is now (after editing it by hand) and close the conflict")
        )
        self.take_ours.clicked.connect(lambda: self.choose("ours"))
        self.take_theirs.clicked.connect(lambda: self.choose("theirs"))
        self.mark_resolved.clicked.connect(lambda: self.choose("current"))
        buttons = QHBoxLayout()
        for button in (self.take_ours, self.take_theirs, self.mark_resolved):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 2)
        layout.addLayout(sides, 2)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    # ------------------------------------------------------------------ following

    def follow_window(self) -> None:
        self.bind(self.window_.document)

    def bind(self, document: Document) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
        self.document = document
        self._had_conflicts = bool(document.conflicts)
        self._unsubscribe = document.subscribe(self._changed)
        self.refresh()

    def _changed(self, _transaction: Transaction) -> None:
        # Only a change of the list itself refreshes (and reveals): editing by hand
        # must not pull the selection away.
        assert self.document is not None
        if self.document.conflicts is not self._listed:
            self.refresh()

    def refresh(self) -> None:
        """Fill the list from the document's conflicts."""
        assert self.document is not None
        conflicts = self._listed = self.document.conflicts
        current = self.current_conflict()
        self.list.blockSignals(True)
        self.list.clear()
        for conflict in conflicts:
            item = QListWidgetItem(conflict.message or conflict.id)
            item.setData(CONFLICT_ROLE, conflict.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        ids = [c.id for c in conflicts]
        if ids:
            keep = current.id if current is not None and current.id in ids else ids[0]
            self.list.setCurrentRow(ids.index(keep))
        file = self.window_.path.name if self.window_.path else tr("the file")
        if conflicts:
            self.summary.setText(
                tr(
                    "{n} merge conflict(s) to resolve. Choose a side for each (or edit by "
                    "hand and mark it resolved), save, then run “git add {file}”: git "
                    "keeps the file marked as conflicted until you do."
                ).format(n=len(conflicts), file=file)
            )
        elif self._had_conflicts:
            self.summary.setText(
                tr(
                    "All conflicts are resolved. Save, then run “git add {file}” and "
                    "git commit to finish the merge."
                ).format(file=file)
            )
        else:
            self.summary.setText(tr("No merge conflicts."))
        self._show_current()

    def current_conflict(self) -> Conflict | None:
        item = self.list.currentItem()
        if item is None or self.document is None:
            return None
        wanted = item.data(CONFLICT_ROLE)
        return next((c for c in self.document.conflicts if c.id == wanted), None)

    # ------------------------------------------------------------------ showing one

    def _show_current(self) -> None:
        self._clear_marks()
        conflict = self.current_conflict()
        for button in (self.take_ours, self.take_theirs, self.mark_resolved):
            button.setEnabled(conflict is not None)
        for key, text in self.sides.items():
            text.setPlainText(_shown(getattr(conflict, key)) if conflict else "")
        if conflict is None:
            return
        document = self.document
        on_canvas = conflict.scope in ("element", "shape", "edge")
        if on_canvas and document is not None and document.find(conflict.target) is not None:
            self.window_.reveal([conflict.target], conflict.diagram)
        if conflict.scope == "shape":
            self._mark_shape_sides(conflict)

    def _mark_shape_sides(self, conflict: Conflict) -> None:
        """Draw where ours and theirs put the shape (dashed, labelled) on the canvas."""
        from ..canvas.diff_overlay import OVERLAY_Z

        scene = self.window_.current_scene()
        if scene is None or self.document is None or conflict.diagram is None:
            return
        if scene.diagram_id != conflict.diagram:
            return
        current = self.document.shape(conflict.diagram, conflict.target)
        for side in ("ours", "theirs"):
            rect = _side_rect(conflict, getattr(conflict, side), current)
            if rect is None:
                continue
            colour = QColor(SIDE_COLOURS[side])
            box = QGraphicsRectItem(rect.adjusted(-4, -4, 4, 4))
            pen = QPen(colour, 2.0, Qt.PenStyle.DashLine)
            box.setPen(pen)
            box.setZValue(OVERLAY_Z)
            label = QGraphicsSimpleTextItem(tr("Ours") if side == "ours" else tr("Theirs"), box)
            label.setBrush(QBrush(colour))
            label.setPos(rect.left() - 4, rect.top() - 22)
            scene.addItem(box)
            self._marks.append(box)

    def _clear_marks(self) -> None:
        for item in self._marks:
            if item.scene() is not None:
                item.scene().removeItem(item)
        self._marks = []

    def marks(self) -> list[QGraphicsItem]:
        """The canvas marks of the current conflict (both sides of a shape)."""
        return list(self._marks)

    # ------------------------------------------------------------------ choosing

    def choose(self, choice: str) -> None:
        """Resolve the current conflict ("ours", "theirs" or "current")."""
        conflict = self.current_conflict()
        if conflict is None:
            return
        self.message.clear()
        # Imported here: the resolver builds the model's validators, which a window
        # without conflicts never needs.
        from ..commands.conflicts import resolve_conflict

        try:
            resolve_conflict(self.window_.undo_stack, conflict.id, choice)  # type: ignore[arg-type]
        except ModelError as error:
            self.message.setText(tr("Cannot take that side: {reason}").format(reason=error))
            return
        self.refresh()


def _side_rect(conflict: Conflict, value: Any, current: Any) -> QRectF | None:
    if current is None and not isinstance(value, dict):
        return None
    if conflict.field == "position" and isinstance(value, list) and current is not None:
        return QRectF(value[0], value[1], current.width, current.height)
    if conflict.field == "size" and isinstance(value, list) and current is not None:
        return QRectF(current.x, current.y, value[0], value[1])
    if isinstance(value, dict) and {"x", "y", "width", "height"} <= value.keys():
        return QRectF(value["x"], value["y"], value["width"], value["height"])
    return None


def install(window: Any) -> None:
    """Add the Conflicts panel (a dock, shown when the document has conflicts) and its
    View menu entry; once (see ``extensions.FIRST_PAINT_WHEN``)."""
    if getattr(_PANELS.get(id(window)), "window_", None) is window:
        return
    panel = ConflictsPanel(window)
    dock = QDockWidget(tr("Conflicts"), window)
    dock.setObjectName("conflictsDock")
    dock.setWidget(panel)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    dock.hide()
    toggle = dock.toggleViewAction()
    toggle.setText(tr("&Conflicts"))
    toggle.setToolTip(tr("Show or hide the merge conflicts of the document"))
    window.add_to_menu("view", [toggle])
    _PANELS[id(window)] = panel

    def follow() -> None:
        panel.follow_window()
        if window.document.conflicts:
            dock.show()
            dock.raise_()

    window.documentBound.connect(follow)
    window.documentSaved.connect(lambda _path: panel.refresh())
    follow()
    if isinstance(window, QObject):
        window.destroyed.connect(lambda *_: _PANELS.pop(id(window), None))


def panel_of(window: Any) -> ConflictsPanel:
    """The Conflicts panel ``install`` added to ``window``."""
    return _PANELS[id(window)]
