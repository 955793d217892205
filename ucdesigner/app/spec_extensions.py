"""The extensions of a specification: "3a. The card is refused", each tied to a step of
the main scenario (or to any step) and optionally to an extension point of the use
case, with steps of its own. Choosing "New extension point…" adds the point to the use
case in the same undo step, so an «extend» can then target it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..canvas.items.registry import preferred_size
from ..canvas.theme import MODERN
from ..commands import operations as ops
from ..i18n import tr
from ..model import Document, ExtensionPoint, ScenarioExtension, Step, UseCase, new_id
from ..model.spec_text import outline_numbers
from .buttons import tool_button_row
from .rows_editor import Row, RowsEditor

if TYPE_CHECKING:
    from .spec_editor import SpecificationEditor

NEW_POINT = "\x00new"
"""The data of the "New extension point…" entry."""


def _combo() -> QComboBox:
    """A combo box that does not grow to its longest entry (the panel is narrow)."""
    combo = QComboBox()
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(10)
    return combo


def short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class _List(QListWidget):
    """The extensions, with the keys of the rows editors (Insert, Delete, Ctrl+Up...)."""

    def __init__(self, owner: ExtensionsEditor) -> None:
        super().__init__(owner)
        self.owner = owner

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key == Qt.Key.Key_Insert or (ctrl and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.owner.add()
        elif key == Qt.Key.Key_Delete:
            self.owner.remove()
        elif ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.owner.move(-1 if key == Qt.Key.Key_Up else 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self.owner.condition.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.owner.condition.selectAll()
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class ExtensionsEditor(QWidget):
    """The list of extensions and the details of the chosen one."""

    def __init__(self, editor: SpecificationEditor, compact: bool = False) -> None:
        super().__init__()
        self.editor = editor
        self.current_id: str | None = None
        self.list = _List(self)
        self.list.setAccessibleName(tr("Extensions"))
        self.list.currentRowChanged.connect(self._chosen)
        buttons, self.buttons = tool_button_row(
            [
                ("add", "+", tr("Add an extension of the current step (Ctrl+Return)"), self.add),
                ("remove", "−", tr("Remove the extension (Delete)"), self.remove),
                ("up", "↑", tr("Move up (Ctrl+Up)"), lambda: self.move(-1)),
                ("down", "↓", tr("Move down (Ctrl+Down)"), lambda: self.move(1)),
            ],
            tr("extension"),
        )
        self.details = QWidget()
        form = QFormLayout(self.details)
        form.setContentsMargins(0, 4, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        if compact:  # labels above their fields: the properties panel is narrow
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.step = _combo()
        self.step.setAccessibleName(tr("Branches from step"))
        self.step.activated.connect(self._step_chosen)
        form.addRow(tr("At step"), self.step)
        self.condition = QLineEdit()
        self.condition.setAccessibleName(tr("Condition of the extension"))
        self.condition.setPlaceholderText(tr("what happens otherwise, e.g. “The card is refused”"))
        self.condition.editingFinished.connect(self._condition_changed)
        form.addRow(tr("Condition"), self.condition)
        self.point = _combo()
        self.point.setAccessibleName(tr("Extension point"))
        self.point.setToolTip(
            tr("The extension point of the use case at this place, for an «extend» to target")
        )
        self.point.activated.connect(self._point_chosen)
        form.addRow(tr("Extension point"), self.point)
        self.steps = RowsEditor(
            [tr("Step")], tr("step"), lambda: new_id("step"), numbered=True, indentable=True
        )
        self.steps.table.setAccessibleName(tr("Steps of the extension"))
        self.steps.changed.connect(self._steps_changed)
        form.addRow(self.steps)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.details)

    # ------------------------------------------------------------------ model

    def _extensions(self) -> tuple[ScenarioExtension, ...]:
        return self.editor.spec().extensions

    def _current(self) -> ScenarioExtension | None:
        return next((e for e in self._extensions() if e.id == self.current_id), None)

    def _label(self, extension_id: str) -> str:
        return self.editor.spec().extension_labels().get(extension_id, "")

    def _replace(self, text: str, extension: ScenarioExtension) -> None:
        extensions = tuple(extension if e.id == extension.id else e for e in self._extensions())
        self.editor.set_spec(text, extensions=extensions)

    def _what(self, extension_id: str | None = None) -> str:
        label = self._label(extension_id or self.current_id or "")
        return tr("extension {label} of {name}").format(label=label, name=self.editor.name())

    # ------------------------------------------------------------------ showing

    def load(self) -> None:
        """Show the extensions and the chosen one's details (typed fields in use are
        left alone)."""
        spec = self.editor.spec()
        labels = spec.extension_labels()
        ids = [e.id for e in spec.extensions]
        if self.current_id not in ids:
            self.current_id = ids[0] if ids else None
        self.list.blockSignals(True)
        self.list.clear()
        for extension in spec.extensions:
            text = f"{labels[extension.id]}. {short(extension.condition) or tr('(no condition)')}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, extension.id)
            item.setToolTip(extension.condition)
            self.list.addItem(item)
        if self.current_id is not None:
            self.list.setCurrentRow(ids.index(self.current_id))
        self.list.blockSignals(False)
        rows = min(max(self.list.count(), 2), 6)
        row_height = self.list.sizeHintForRow(0) if self.list.count() else 20
        self.list.setFixedHeight(rows * row_height + 2 * self.list.frameWidth() + 4)
        self._show_details()

    def _show_details(self) -> None:
        extension = self._current()
        self.details.setEnabled(extension is not None)
        row = self.list.currentRow()
        self.buttons["remove"].setEnabled(extension is not None)
        self.buttons["up"].setEnabled(extension is not None and row > 0)
        self.buttons["down"].setEnabled(extension is not None and row < self.list.count() - 1)
        spec = self.editor.spec()
        usecase = self.editor.usecase()
        self.step.blockSignals(True)
        self.step.clear()
        self.step.addItem(tr("* any step"), None)
        numbers = outline_numbers([s.indent for s in spec.main_scenario])
        for number, step in zip(numbers, spec.main_scenario, strict=True):
            self.step.addItem(f"{number}. {short(step.text, 50)}", step.id)
        self.step.setCurrentIndex(
            max(self.step.findData(extension.step), 0) if extension and extension.step else 0
        )
        self.step.blockSignals(False)
        if not self.condition.hasFocus():
            self.condition.setText(extension.condition if extension else "")
        self.point.blockSignals(True)
        self.point.clear()
        self.point.addItem(tr("(none)"), None)
        for point in usecase.extension_points if usecase else ():
            self.point.addItem(point.name or point.id, point.id)
        self.point.addItem(tr("New extension point…"), NEW_POINT)
        self.point.setCurrentIndex(
            max(self.point.findData(extension.extension_point), 0)
            if extension and extension.extension_point
            else 0
        )
        self.point.blockSignals(False)
        self.steps.number_prefix = self._label(extension.id) if extension else ""
        self.steps.set_rows(
            [Row(s.id, (s.text,), s.indent) for s in extension.steps] if extension else []
        )

    def _chosen(self, row: int) -> None:
        item = self.list.item(row)
        self.current_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        self._show_details()

    # ------------------------------------------------------------------ editing

    def add(self) -> None:
        """Add an extension of the main-scenario step being edited (or of any step)."""
        steps_editor = self.editor.fields["main_scenario"]
        assert isinstance(steps_editor, RowsEditor)
        row = steps_editor.current_row()
        spec = self.editor.spec()
        step = spec.main_scenario[row].id if 0 <= row < len(spec.main_scenario) else None
        extension = ScenarioExtension(id=new_id("extension"), step=step)
        # Keep extensions in step order, so that labels read 2a, 3a, 3b...
        numbers = {s.id: i for i, s in enumerate(spec.main_scenario)}
        position = len(spec.extensions)
        for index, other in enumerate(spec.extensions):
            if numbers.get(other.step or "", len(numbers)) > numbers.get(step or "", len(numbers)):
                position = index
                break
        extensions = (*spec.extensions[:position], extension, *spec.extensions[position:])
        label = spec.model_copy(update={"extensions": extensions}).extension_labels()[extension.id]
        self.current_id = extension.id
        self.editor.set_spec(
            tr("Add extension {label} to {name}").format(label=label, name=self.editor.name()),
            extensions=extensions,
        )
        self.load()
        self.condition.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove(self) -> None:
        if self.current_id is None:
            return
        text = tr("Remove {what}").format(what=self._what())
        index = [e.id for e in self._extensions()].index(self.current_id)
        extensions = tuple(e for e in self._extensions() if e.id != self.current_id)
        self.current_id = extensions[min(index, len(extensions) - 1)].id if extensions else None
        self.editor.set_spec(text, extensions=extensions)
        self.load()

    def move(self, delta: int) -> None:
        extensions = list(self._extensions())
        ids = [e.id for e in extensions]
        if self.current_id not in ids:
            return
        index = ids.index(self.current_id)
        target = index + delta
        if not 0 <= target < len(extensions):
            return
        text = (tr("Move {what} up") if delta < 0 else tr("Move {what} down")).format(
            what=self._what()
        )
        extensions[index], extensions[target] = extensions[target], extensions[index]
        self.editor.set_spec(text, extensions=tuple(extensions))
        self.load()

    def _step_chosen(self, index: int) -> None:
        extension = self._current()
        step = self.step.itemData(index)
        if extension is None or extension.step == step:
            return
        self._replace(
            tr("Tie {what} to another step").format(what=self._what()),
            extension.model_copy(update={"step": step}),
        )
        self.load()

    def _condition_changed(self) -> None:
        extension = self._current()
        text = self.condition.text().strip()
        if extension is None or extension.condition == text:
            return
        self._replace(
            tr("Change the condition of {what}").format(what=self._what()),
            extension.model_copy(update={"condition": text}),
        )
        self.load()

    def _point_chosen(self, index: int) -> None:
        extension = self._current()
        if extension is None:
            return
        chosen = self.point.itemData(index)
        if chosen == NEW_POINT:
            self.new_point(extension)
            return
        if chosen != extension.extension_point:
            self._replace(
                tr("Tie {what} to an extension point").format(what=self._what()),
                extension.model_copy(update={"extension_point": chosen}),
            )
        self.load()

    def new_point(self, extension: ScenarioExtension, name: str | None = None) -> None:
        """Add an extension point to the use case and tie the extension to it, as one
        undo step; ``name`` None asks for it (suggesting the condition)."""
        if name is None:
            suggestion = short(extension.condition, 60) or tr("Extension point")
            name, ok = QInputDialog.getText(
                self, tr("New extension point"), tr("Name of the extension point:"), text=suggestion
            )
            if not ok or not name.strip():
                self.load()
                return
        point = ExtensionPoint(id=new_id("extension_point"), name=name.strip())
        usecase_id = self.editor.usecase_id

        def change(document: Document) -> None:
            usecase = document.get(usecase_id)
            assert isinstance(usecase, UseCase)
            spec = self.editor.spec()
            extensions = tuple(
                e.model_copy(update={"extension_point": point.id}) if e.id == extension.id else e
                for e in spec.extensions
            )
            document.update(
                usecase_id,
                extension_points=(*usecase.extension_points, point),
                specification=spec.model_copy(update={"extensions": extensions}),
            )
            # The point is listed in the ellipse: let the shapes grow to show it.
            for diagram_id in document.diagrams_showing(usecase_id):
                ops.grow_to_fit(
                    document, diagram_id, [usecase_id], lambda e: preferred_size(e, MODERN)
                )

        self.editor.run(
            tr("Create extension point “{point}” in {name}").format(
                point=point.name, name=self.editor.name()
            ),
            change,
        )
        self.load()

    def _steps_changed(self, text: str, rows: list[Row]) -> None:
        extension = self._current()
        if extension is None:
            return
        steps = tuple(Step(id=r.key, text=r.texts[0], indent=r.indent) for r in rows)
        self._replace(f"{text} ({self._what()})", extension.model_copy(update={"steps": steps}))
