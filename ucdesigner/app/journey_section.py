"""The Journey tab of the properties panel, for use cases: stage, touchpoints, pain
points, the customer's emotion and the KPIs. Each edit is one undo step; setting the
stage also moves the use case into its lane on diagrams that show lanes."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..commands import journey as J
from ..i18n import tr
from ..l10n import format_number
from ..model import Document, ModelError, UseCase
from ..model.journey import EMOTION_LABELS, PERSPECTIVE_LABELS, PERSPECTIVES, Kpi, emotion_text
from .buttons import push_button_row
from .properties import TextBox

KPI_COLUMNS = ("name", "perspective", "target", "current", "unit", "better")


def emotion_choices() -> list[tuple[int | None, str]]:
    """(value, label) for the emotion box, from very negative to very positive."""
    return [(None, tr("Not rated"))] + [
        (v, f"{emotion_text(v)}  {tr(EMOTION_LABELS[v])}") for v in (-2, -1, 0, 1, 2)
    ]


def parse_number(text: str, what: str) -> float | None:
    """A KPI value typed by the user ("3.5", "3,5", "") or a ModelError naming it."""
    cleaned = text.strip().replace(",", ".").replace("\u2212", "-").rstrip("%").strip()
    if not cleaned:
        return None
    try:
        value = float(cleaned)
    except ValueError:
        raise ModelError(
            tr('{what}: "{text}" is not a number.').format(what=what, text=text.strip())
        ) from None
    if not math.isfinite(value):
        raise ModelError(tr("{what}: the value must be a finite number.").format(what=what))
    return value


def number_text(value: float | None) -> str:
    return "" if value is None else format_number(value)


def build(panel: Any, element: Any) -> QWidget | None:
    """The Journey tab for a use case (None for other elements)."""
    if not isinstance(element, UseCase):
        return None
    return JourneyTab(panel, element.id)


class JourneyTab(QWidget):
    """Fields of one use case's journey step."""

    def __init__(self, panel: Any, element_id: str) -> None:
        super().__init__()
        self.setObjectName("journeyTab")
        self.panel = panel
        self.element_id = element_id
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # In a narrow dock a field too wide to sit beside its label goes below it,
        # rather than past the dock's edge.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        self.stage = QComboBox()
        self.stage.setAccessibleName(tr("Journey stage"))
        self.stage.setToolTip(
            tr(
                "The stage of the customer journey; on diagrams showing lanes "
                "the use case moves into its lane"
            )
        )
        panel.bind_loader(self.stage, self.load_stage)
        self.stage.activated.connect(self.stage_chosen)
        form.addRow(tr("Stage"), self.stage)

        self.touchpoints = QListWidget()
        self.touchpoints.setAccessibleName(tr("Touchpoints"))
        self.touchpoints.setToolTip(tr("Tick the channels where this step happens"))
        self.touchpoints.setMaximumHeight(120)
        panel.bind_loader(self.touchpoints, self.load_touchpoints)
        self.touchpoints.itemChanged.connect(lambda _item: self.touchpoints_ticked())
        edit = QPushButton(tr("Edit Stages and Touchpoints…"))
        edit.setToolTip(tr("Add, rename or remove the journey's stages and touchpoints"))
        edit.clicked.connect(self.edit_lists)
        touch_box = QVBoxLayout()
        touch_box.addWidget(self.touchpoints)
        touch_box.addWidget(edit)
        form.addRow(tr("Touchpoints"), touch_box)

        self.emotion = QComboBox()
        self.emotion.setAccessibleName(tr("Customer emotion"))
        self.emotion.setToolTip(tr("How the customer feels at this step, from −2 to +2"))
        for value, label in emotion_choices():
            self.emotion.addItem(label, value)
        panel.bind_loader(self.emotion, self.load_emotion)
        self.emotion.activated.connect(self.emotion_chosen)
        form.addRow(tr("Emotion"), self.emotion)

        self.pains = TextBox()
        self.pains.setAccessibleName(tr("Pain points"))
        self.pains.setPlaceholderText(tr("one pain point a line"))
        self.pains.setMaximumHeight(90)
        panel.bind_loader(
            self.pains, lambda: self.pains.setPlainText("\n".join(self.step().pain_points))
        )
        self.pains.left.connect(self.pains_left)
        form.addRow(tr("Pain points"), self.pains)

        self.kpis = QTableWidget(0, len(KPI_COLUMNS))
        self.kpis.setObjectName("kpiTable")
        self.kpis.setAccessibleName(tr("KPIs"))
        self.kpis.setHorizontalHeaderLabels(
            [tr("KPI"), tr("Perspective"), tr("Target"), tr("Current"), tr("Unit"), tr("Better")]
        )
        self.kpis.verticalHeader().setVisible(False)
        self.kpis.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.kpis.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.kpis.setMinimumHeight(120)
        panel.bind_loader(self.kpis, self.load_kpis)
        self.kpis.itemChanged.connect(lambda _item: self.kpis_edited())
        buttons = push_button_row(
            [
                (
                    tr("Add KPI"),
                    tr("Add a key performance indicator to this use case"),
                    self.add_kpi,
                ),
                (tr("Remove KPI"), tr("Remove the selected KPI"), self.remove_kpi),
            ]
        )
        # The buttons above the table, which scrolls inside itself beyond a few rows:
        # below a growing table they ended up a screen away.
        self.kpis.setMaximumHeight(self.kpis.horizontalHeader().sizeHint().height() + 6 * 30)
        box = QVBoxLayout()
        box.addLayout(buttons)
        box.addWidget(self.kpis)
        hint = QLabel(tr("Met or missed is shown in the Coverage view."))
        hint.setWordWrap(True)
        box.addWidget(hint)
        form.addRow(tr("KPIs"), box)

    # ------------------------------------------------------------------ model

    @property
    def document(self) -> Document:
        return self.panel.document

    def use_case(self) -> UseCase:
        return self.document.get(self.element_id)  # type: ignore[return-value]

    def step(self):
        return self.use_case().journey

    def run(self, text: str, **fields: Any) -> None:
        self.panel.run(text, lambda d: J.set_step(d, self.element_id, **fields))

    # ------------------------------------------------------------------ stage

    def load_stage(self) -> None:
        self.stage.clear()
        self.stage.addItem(tr("(no stage)"), None)
        for stage in self.document.journey.stages:
            self.stage.addItem(stage.name, stage.id)
        index = self.stage.findData(self.step().stage)
        self.stage.setCurrentIndex(max(0, index))

    def stage_chosen(self, index: int) -> None:
        stage_id = self.stage.itemData(index)
        if stage_id != self.step().stage:
            self.run(tr("Set stage"), stage=stage_id)

    # ------------------------------------------------------------------ touchpoints

    def edit_lists(self) -> None:
        from .journey_dialog import edit_journey

        window = self.window()
        if hasattr(window, "undo_stack"):
            edit_journey(window)

    def load_touchpoints(self) -> None:
        self.touchpoints.clear()
        chosen = set(self.step().touchpoints)
        for name in self.document.journey.touchpoints:
            item = QListWidgetItem(name)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in chosen else Qt.CheckState.Unchecked)
            self.touchpoints.addItem(item)

    def touchpoints_ticked(self) -> None:
        ticked = tuple(
            self.touchpoints.item(i).text()
            for i in range(self.touchpoints.count())
            if self.touchpoints.item(i).checkState() == Qt.CheckState.Checked
        )
        if ticked != self.step().touchpoints:
            self.run(tr("Change touchpoints"), touchpoints=ticked)

    # ------------------------------------------------------------------ emotion, pain points

    def load_emotion(self) -> None:
        self.emotion.setCurrentIndex(max(0, self.emotion.findData(self.step().emotion)))

    def emotion_chosen(self, index: int) -> None:
        value = self.emotion.itemData(index)
        if value != self.step().emotion:
            self.run(tr("Set customer emotion"), emotion=value)

    def pains_left(self) -> None:
        lines = tuple(
            line.strip() for line in self.pains.toPlainText().splitlines() if line.strip()
        )
        if lines != self.step().pain_points:
            self.run(tr("Change pain points"), pain_points=lines)

    # ------------------------------------------------------------------ KPIs

    def load_kpis(self) -> None:
        blocked = self.kpis.blockSignals(True)
        kpis = self.step().kpis
        self.kpis.setRowCount(len(kpis))
        for row, kpi in enumerate(kpis):
            texts = [kpi.name, "", number_text(kpi.target), number_text(kpi.current), kpi.unit, ""]
            for column, text in enumerate(texts):
                self.kpis.setItem(row, column, QTableWidgetItem(text))
            self.kpis.setCellWidget(
                row, 1, self._choice(PERSPECTIVES, PERSPECTIVE_LABELS, kpi.perspective, row)
            )
            self.kpis.setCellWidget(
                row,
                5,
                self._choice(
                    ("higher", "lower"),
                    {"higher": tr("higher"), "lower": tr("lower")},
                    kpi.better,
                    row,
                ),
            )
        self.kpis.blockSignals(blocked)

    def _choice(self, values, labels, current: str, row: int) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(tr("KPI {n} choice").format(n=row + 1))
        for value in values:
            box.addItem(tr(labels[value]), value)
        box.setCurrentIndex(box.findData(current))
        box.activated.connect(lambda _i: self.kpis_edited())
        return box

    def _row_kpi(self, row: int) -> Kpi:
        def text(column: int) -> str:
            item = self.kpis.item(row, column)
            return item.text().strip() if item is not None else ""

        def choice(column: int, default: str) -> str:
            box = self.kpis.cellWidget(row, column)
            return box.currentData() if isinstance(box, QComboBox) else default

        label = tr("KPI {n}").format(n=row + 1)
        return Kpi(
            name=text(0),
            perspective=choice(1, "customer"),  # type: ignore[arg-type]
            target=parse_number(text(2), tr("{kpi} target").format(kpi=label)),
            current=parse_number(text(3), tr("{kpi} current value").format(kpi=label)),
            unit=text(4),
            better=choice(5, "higher"),  # type: ignore[arg-type]
        )

    def kpis_edited(self) -> None:
        def change(d: Document) -> None:
            kpis = tuple(self._row_kpi(row) for row in range(self.kpis.rowCount()))
            J.set_step(d, self.element_id, kpis=kpis)

        if self.kpis.rowCount() == len(self.step().kpis):
            self.panel.run(tr("Change KPIs"), change)

    def add_kpi(self) -> None:
        kpis = (*self.step().kpis, Kpi(name=tr("New KPI")))
        self.run(tr("Add KPI"), kpis=kpis)
        self.load_kpis()
        self.kpis.setCurrentCell(len(kpis) - 1, 0)
        self.kpis.editItem(self.kpis.item(len(kpis) - 1, 0))

    def remove_kpi(self) -> None:
        row = self.kpis.currentRow()
        kpis = self.step().kpis
        if 0 <= row < len(kpis):
            self.run(tr("Remove KPI"), kpis=kpis[:row] + kpis[row + 1 :])
