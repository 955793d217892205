"""Diagram > Connect… (Ctrl+L): draw a relationship without the mouse.

Tab to an element on the canvas, press Ctrl+L, choose the kind and type a few letters of
the other element's name, Enter. The list offers the elements of the diagram; those the
rules refuse are greyed out, with the reason in their tooltip. With two elements
selected, the line goes from the first selected to the second (as Connect Selected).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..canvas.focus_order import reading_order, spoken
from ..canvas.labels import kind_title
from ..canvas.view import DiagramView
from ..i18n import tr
from ..model.elements import RELATIONSHIP_KINDS
from ..model.rules import connection_refusal
from .actions import new_action

SHORTCUT = "Ctrl+L"
ID_ROLE = Qt.ItemDataRole.UserRole


class ConnectDialog(QDialog):
    """Choose the kind and the two ends of a new relationship on ``view``'s diagram."""

    def __init__(self, view: DiagramView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.setObjectName("connectDialog")
        self.setWindowTitle(tr("Connect"))
        scene = view.diagram_scene
        self.node_ids = [i for i in reading_order(scene) if scene.node_item(i) is not None]
        chosen = [i for i in view.selection_order() if i in self.node_ids]

        self.kind_box = QComboBox()
        self.kind_box.setAccessibleName(tr("Relationship"))
        for kind in RELATIONSHIP_KINDS:
            self.kind_box.addItem(kind_title(kind), kind)
        self.source_box = QComboBox()
        self.source_box.setAccessibleName(tr("From"))
        for element_id in self.node_ids:
            self.source_box.addItem(spoken(scene, element_id), element_id)
        if chosen:
            self.source_box.setCurrentIndex(self.node_ids.index(chosen[0]))
        self.filter = QLineEdit()
        self.filter.setAccessibleName(tr("Find the other element"))
        self.filter.setPlaceholderText(tr("Type to find the other element"))
        self.filter.setClearButtonEnabled(True)
        self.targets = QListWidget()
        self.targets.setAccessibleName(tr("To"))
        self.targets.setAccessibleDescription(
            tr("The elements of this diagram; the rules refuse the greyed ones")
        )
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setAccessibleName(tr("Why not"))

        form = QFormLayout()
        form.addRow(tr("&Relationship:"), self.kind_box)
        form.addRow(tr("&From:"), self.source_box)
        form.addRow(tr("&To:"), self.filter)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Connect"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.targets, 1)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)

        self.kind_box.currentIndexChanged.connect(lambda _i: self.fill())
        self.source_box.currentIndexChanged.connect(lambda _i: self.fill())
        self.filter.textChanged.connect(lambda _t: self.fill())
        self.targets.currentItemChanged.connect(lambda *_: self._explain())
        self.targets.itemActivated.connect(lambda _item: self.accept())
        self.fill(chosen[1] if len(chosen) > 1 else None)
        self.filter.setFocus()
        self.resize(420, 440)

    # ------------------------------------------------------------------ state

    @property
    def kind(self) -> str:
        return self.kind_box.currentData()

    @property
    def source_id(self) -> str | None:
        return self.source_box.currentData()

    @property
    def target_id(self) -> str | None:
        item = self.targets.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return None
        return item.data(ID_ROLE)

    def refusal(self, target_id: str) -> str | None:
        """Why the rules refuse the line to ``target_id`` (None: allowed)."""
        document = self.view.document
        source_id = self.source_id
        if source_id is None:
            return tr("Choose the element the line starts from.")
        return connection_refusal(
            self.kind, document.get(source_id), document.get(target_id), document
        )

    def fill(self, select: str | None = None) -> None:
        """List the possible other ends, keeping the current one (or ``select``)."""
        current = self.targets.currentItem()
        keep = select or (current.data(ID_ROLE) if current is not None else None)
        wanted = self.filter.text().strip().lower()
        scene = self.view.diagram_scene
        self.targets.clear()
        first_allowed = None
        for element_id in self.node_ids:
            if element_id == self.source_id:
                continue
            text = spoken(scene, element_id)
            if wanted and wanted not in text.lower():
                continue
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, element_id)
            refusal = self.refusal(element_id)
            if refusal:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                item.setToolTip(refusal)
            elif first_allowed is None:
                first_allowed = item
            self.targets.addItem(item)
            if element_id == keep and not refusal:
                self.targets.setCurrentItem(item)
        if self.targets.currentItem() is None and first_allowed is not None:
            self.targets.setCurrentItem(first_allowed)
        self._explain()

    def _explain(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.target_id is not None)
        if self.target_id is not None:
            self.reason.setText("")
        elif self.targets.count():
            self.reason.setText(
                tr("The rules allow no {kind} from here to these elements.").format(
                    kind=kind_title(self.kind)
                )
            )
        else:
            self.reason.setText(tr("No element of this diagram matches."))

    def keyPressEvent(self, event: Any) -> None:
        # Up and Down in the find field walk the list, as in a search box.
        if self.filter.hasFocus() and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            row = self.targets.currentRow()
            for _ in range(self.targets.count()):
                row = (row + step) % max(self.targets.count(), 1)
                if self.targets.item(row).flags() & Qt.ItemFlag.ItemIsEnabled:
                    self.targets.setCurrentRow(row)
                    break
            return
        super().keyPressEvent(event)

    def accept(self) -> None:
        source, target = self.source_id, self.target_id
        if source is None or target is None:
            return
        said: list[str] = []

        def hear(text: str) -> None:
            said.append(text)

        self.view.statusMessage.connect(hear)
        try:
            created = self.view.connect(self.kind, source, target)
        finally:
            self.view.statusMessage.disconnect(hear)
        if created is not None:
            super().accept()
        else:  # refused after all (the rules' last word is the document's)
            self.reason.setText(said[-1] if said else "")


def connect_with_dialog(window: Any) -> ConnectDialog | None:
    """Open the Connect dialog on the current diagram (modal); None without one."""
    view = window.current_view()
    if view is None:
        window.show_status(tr("Add a diagram first (Diagram ▸ New Diagram)."))
        return None
    if len(view.diagram_scene.node_items()) < 2:
        window.show_status(tr("A relationship needs two elements on the diagram."))
        return None
    dialog = ConnectDialog(view, window)
    dialog.exec()
    view.setFocus()
    return dialog


def install(window: Any) -> None:
    """Add Diagram > Connect… (Ctrl+L) to ``window``."""
    action = new_action(
        window,
        tr("C&onnect…"),
        lambda: connect_with_dialog(window),
        name="connect_dialog",
        tip=tr("Draw a relationship from the selected element, choosing the other end by name"),
        status_tip=True,
        keys=[SHORTCUT],
    )
    window.addAction(action)
    window.add_to_menu("diagram", [action])
    window.actions_by_name.setdefault("connect_dialog", action)
