"""Diagram ▸ Journey Stages and Touchpoints…: edit the document's ordered stages (name,
description, the pain points customers have there) and the touchpoint list. OK applies
everything as one undo step; use cases follow (renamed touchpoints are renamed in them,
removed stages and touchpoints are taken out of them)."""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr
from ..model import Document, ModelError, new_id
from ..model.journey import Journey, Stage
from .buttons import push_button_row

ROLE_ID = Qt.ItemDataRole.UserRole
ROLE_DESCRIPTION = Qt.ItemDataRole.UserRole + 1
ROLE_PAINS = Qt.ItemDataRole.UserRole + 2
ROLE_ORIGINAL = Qt.ItemDataRole.UserRole


def _editable(text: str) -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
    return item


class JourneyDialog(QDialog):
    """Edits a copy of the journey; ``result_journey()`` and ``renamed()`` after OK."""

    def __init__(self, journey: Journey, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journeyDialog")
        self.setWindowTitle(tr("Journey Stages and Touchpoints"))
        self.resize(720, 520)
        layout = QVBoxLayout(self)
        columns = QHBoxLayout()
        layout.addLayout(columns, 1)

        stages_box = QGroupBox(tr("Stages, in the order of the journey"))
        stages_layout = QVBoxLayout(stages_box)
        self.stages = QListWidget()
        self.stages.setObjectName("stageList")
        self.stages.setAccessibleName(tr("Stages"))
        for stage in journey.stages:
            item = _editable(stage.name)
            item.setData(ROLE_ID, stage.id)
            item.setData(ROLE_DESCRIPTION, stage.description)
            item.setData(ROLE_PAINS, "\n".join(stage.pain_points))
            self.stages.addItem(item)
        self.stages.currentItemChanged.connect(self._stage_selected)
        stages_layout.addWidget(self.stages, 1)
        stages_layout.addLayout(
            push_button_row(
                [
                    (tr("Add"), tr("Add a stage at the end"), self.add_stage),
                    (tr("Remove"), tr("Remove the selected stage"), self.remove_stage),
                    (tr("Up"), tr("Move the selected stage earlier"), lambda: self.move_stage(-1)),
                    (tr("Down"), tr("Move the selected stage later"), lambda: self.move_stage(1)),
                ]
            )
        )
        details = QFormLayout()
        self.description = QPlainTextEdit()
        self.description.setAccessibleName(tr("Stage description"))
        self.description.setMaximumHeight(70)
        self.description.textChanged.connect(self._details_changed)
        self.pains = QPlainTextEdit()
        self.pains.setAccessibleName(tr("Stage pain points"))
        self.pains.setPlaceholderText(tr("one pain point a line, e.g. from customer research"))
        self.pains.setMaximumHeight(90)
        self.pains.textChanged.connect(self._details_changed)
        details.addRow(tr("Description"), self.description)
        details.addRow(tr("Pain points"), self.pains)
        stages_layout.addLayout(details)
        columns.addWidget(stages_box, 3)

        touch_box = QGroupBox(tr("Touchpoints to choose from"))
        touch_layout = QVBoxLayout(touch_box)
        self.touchpoints = QListWidget()
        self.touchpoints.setObjectName("touchpointList")
        self.touchpoints.setAccessibleName(tr("Touchpoints"))
        for name in journey.touchpoints:
            item = _editable(name)
            item.setData(ROLE_ORIGINAL, name)
            self.touchpoints.addItem(item)
        touch_layout.addWidget(self.touchpoints, 1)
        self.new_touchpoint = QLineEdit()
        self.new_touchpoint.setAccessibleName(tr("New touchpoint"))
        self.new_touchpoint.setPlaceholderText(tr("e.g. social media"))
        self.new_touchpoint.returnPressed.connect(self.add_touchpoint)
        touch_layout.addWidget(self.new_touchpoint)
        touch_layout.addLayout(
            push_button_row(
                [
                    (tr("Add"), tr("Add the touchpoint typed above"), self.add_touchpoint),
                    (tr("Remove"), tr("Remove the selected touchpoint"), self.remove_touchpoint),
                ]
            )
        )
        columns.addWidget(touch_box, 2)

        self.error = QLabel()
        self.error.setObjectName("journeyError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if self.stages.count():
            self.stages.setCurrentRow(0)
        self._journey: Journey | None = None

    # ------------------------------------------------------------------ stages

    def _stage_selected(self, current: QListWidgetItem | None, _previous=None) -> None:
        for box, role in ((self.description, ROLE_DESCRIPTION), (self.pains, ROLE_PAINS)):
            box.blockSignals(True)
            box.setPlainText(current.data(role) or "" if current is not None else "")
            box.setEnabled(current is not None)
            box.blockSignals(False)

    def _details_changed(self) -> None:
        item = self.stages.currentItem()
        if item is not None:
            item.setData(ROLE_DESCRIPTION, self.description.toPlainText())
            item.setData(ROLE_PAINS, self.pains.toPlainText())

    def add_stage(self) -> None:
        names = {self.stages.item(i).text().casefold() for i in range(self.stages.count())}
        n = self.stages.count() + 1
        name = tr("Stage {n}").format(n=n)
        while name.casefold() in names:
            n += 1
            name = tr("Stage {n}").format(n=n)
        item = _editable(name)
        item.setData(ROLE_ID, new_id("stage"))
        self.stages.addItem(item)
        self.stages.setCurrentItem(item)
        self.stages.editItem(item)

    def remove_stage(self) -> None:
        row = self.stages.currentRow()
        if row >= 0:
            self.stages.takeItem(row)

    def move_stage(self, step: int) -> None:
        row = self.stages.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.stages.count():
            return
        item = self.stages.takeItem(row)
        self.stages.insertItem(target, item)
        self.stages.setCurrentRow(target)

    # ------------------------------------------------------------------ touchpoints

    def add_touchpoint(self) -> None:
        name = self.new_touchpoint.text().strip()
        existing = [self.touchpoints.item(i).text() for i in range(self.touchpoints.count())]
        if not name:
            return
        if name in existing:
            self.error.setText(
                tr('The touchpoint "{name}" is in the list already.').format(name=name)
            )
            return
        self.touchpoints.addItem(_editable(name))
        self.new_touchpoint.clear()
        self.error.clear()

    def remove_touchpoint(self) -> None:
        row = self.touchpoints.currentRow()
        if row >= 0:
            self.touchpoints.takeItem(row)

    # ------------------------------------------------------------------ result

    def build_journey(self) -> Journey:
        """The journey as edited; ModelError naming the first problem."""
        stages = []
        for i in range(self.stages.count()):
            item = self.stages.item(i)
            name = item.text().strip()
            if not name:
                raise ModelError(tr("Stage {n} needs a name.").format(n=i + 1))
            pains = tuple(
                line.strip() for line in (item.data(ROLE_PAINS) or "").splitlines() if line.strip()
            )
            stages.append(
                Stage(
                    id=item.data(ROLE_ID),
                    name=name,
                    description=item.data(ROLE_DESCRIPTION) or "",
                    pain_points=pains,
                )
            )
        touchpoints = []
        for i in range(self.touchpoints.count()):
            name = self.touchpoints.item(i).text().strip()
            if not name:
                raise ModelError(tr("Touchpoint {n} needs a name.").format(n=i + 1))
            if name in touchpoints:
                raise ModelError(tr('The touchpoint "{name}" is listed twice.').format(name=name))
            touchpoints.append(name)
        try:
            return Journey(stages=tuple(stages), touchpoints=tuple(touchpoints))
        except ValidationError as error:
            raise ModelError(str(error.errors()[0]["msg"]).removeprefix("Value error, ")) from None

    def renamed(self) -> dict[str, str]:
        """Touchpoints renamed in the list: old name -> new name."""
        renames = {}
        for i in range(self.touchpoints.count()):
            item = self.touchpoints.item(i)
            original = item.data(ROLE_ORIGINAL)
            if original and original != item.text().strip():
                renames[original] = item.text().strip()
        return renames

    def accept(self) -> None:
        try:
            self._journey = self.build_journey()
        except ModelError as error:
            self.error.setText(str(error))
            return
        super().accept()

    def result_journey(self) -> Journey | None:
        return self._journey


def edit_journey(window) -> bool:
    """Open the dialog on the window's document; OK applies it as one undo step."""
    document: Document = window.document
    dialog = JourneyDialog(document.journey, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    journey = dialog.result_journey()
    if journey is None or journey == document.journey:
        return False
    renames = dialog.renamed()
    try:
        window.undo_stack.run(
            tr("Change journey stages and touchpoints"),
            lambda d: d.set_journey(journey, renames),
        )
    except ModelError as error:
        window.show_status(str(error))
        return False
    return True
