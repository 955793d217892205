"""The editor of a use case's specification: goal, scope, level, actors, stakeholders,
conditions, the main success scenario and its extensions.

One widget serves the Specification tab of the properties panel (``wide=False``: one
column) and the larger editor window (``wide=True``: two columns). Every change is one
undo step with a readable name, made through the ``run(text, operation)`` it is given;
``load()`` shows the model again (fields being edited are left alone).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr
from ..l10n import quote
from ..model import Document, ModelError, Specification, Stakeholder, Step, UseCase, new_id
from ..model.spec_text import outline_numbers, renumber_references
from ..model.specification import LEVELS
from .appearance import error_style
from .properties import TextBox
from .rows_editor import Row, RowsEditor
from .spec_extensions import ExtensionsEditor

Run = Callable[[str, Callable[[Document], Any]], Any]


def quoted(name: str) -> str:
    return quote(name) if name else tr("the use case")


def associated_actors(document: Document, usecase_id: str) -> list[str]:
    """Ids of the actors associated with a use case (its derived primary actors)."""
    found = []
    for rel in document.relationships_of(usecase_id):
        if rel.kind == "association":
            other = rel.target if rel.source == usecase_id else rel.source
            if getattr(document.find(other), "kind", None) == "actor" and other not in found:
                found.append(other)
    return found


def editing(widget: QWidget) -> bool:
    """True while the keyboard is in ``widget`` or in one of its children."""
    focus = QApplication.focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


class ActorChecklist(QListWidget):
    """Every actor of the model with a check box; ``chosen(ids)`` after each click."""

    def __init__(self, name: str, on_change: Callable[[list[str]], None]) -> None:
        super().__init__()
        self.setAccessibleName(name)
        self.on_change = on_change
        self._loading = False
        self.itemChanged.connect(self._changed)

    def show_actors(self, actors: list[tuple[str, str]], checked: set[str], derived: bool) -> None:
        self._loading = True
        self.clear()
        for actor_id, name in actors:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, actor_id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if actor_id in checked else Qt.CheckState.Unchecked
            )
            if derived and actor_id in checked:
                font = QFont(item.font())
                font.setItalic(True)
                item.setFont(font)
                item.setToolTip(tr("From the associations"))
            self.addItem(item)
        if not actors:
            item = QListWidgetItem(tr("(the model has no actors)"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(item)
        row_height = self.sizeHintForRow(0) if self.count() else 20
        self.setFixedHeight(min(max(self.count(), 1), 5) * row_height + 2 * self.frameWidth() + 2)
        self._loading = False

    def checked_ids(self) -> list[str]:
        return [
            self.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
            and self.item(i).data(Qt.ItemDataRole.UserRole)
        ]

    def _changed(self, _item: QListWidgetItem) -> None:
        if not self._loading:
            self.on_change(self.checked_ids())


class SpecificationEditor(QWidget):
    """Edits the specification of one use case. See the module docstring."""

    def __init__(
        self,
        document: Document,
        usecase_id: str,
        run: Run,
        wide: bool = False,
        open_larger: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("specificationEditor")
        self.document = document
        self.usecase_id = usecase_id
        self._run_op = run
        self._loaders: list[tuple[QWidget, Callable[[], None], bool]] = []
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(error_style())
        self.error.setAccessibleName(tr("Problem"))
        self.error.hide()
        self.fields: dict[str, QWidget] = {}
        self.wide = wide
        sections = self._build_sections()
        outer = QVBoxLayout(self)
        if open_larger is not None:
            larger = QPushButton(tr("Open in Larger Editor…"))
            larger.setToolTip(tr("Edit the specification in a window of its own"))
            larger.clicked.connect(open_larger)
            outer.addWidget(larger)
        outer.addWidget(self.error)
        if wide:
            grid = QGridLayout()
            grid.setHorizontalSpacing(24)
            grid.setColumnStretch(0, 1)
            grid.setColumnStretch(1, 1)
            left = [
                "goal",
                "scope",
                "level",
                "primary_actors",
                "supporting_actors",
                "stakeholders",
                "preconditions",
                "trigger",
            ]
            for column, keys in enumerate((left, [k for k, _t, _w in sections if k not in left])):
                box = QVBoxLayout()
                for key, title, widget in sections:
                    if key in keys:
                        self._add_section(box, title, widget)
                box.addStretch(1)
                grid.addLayout(box, 0, column)
            outer.addLayout(grid)
        else:
            for _key, title, widget in sections:
                self._add_section(outer, title, widget)
            outer.addStretch(1)
        self.load()

    # ------------------------------------------------------------------ model access

    def usecase(self) -> UseCase | None:
        found = self.document.find(self.usecase_id)
        return found if isinstance(found, UseCase) else None

    def spec(self) -> Specification:
        usecase = self.usecase()
        return (usecase.specification if usecase else None) or Specification()

    def name(self) -> str:
        usecase = self.usecase()
        return quoted(usecase.name if usecase else "")

    def run(self, text: str, operation: Callable[[Document], Any]) -> None:
        """Run a change as one undo step; a refusal is shown above the fields."""
        self.error.hide()

        def guarded(document: Document) -> Any:
            try:
                return operation(document)
            except ModelError as problem:
                self.error.setText(str(problem))
                self.error.show()
                raise

        with contextlib.suppress(ModelError):
            self._run_op(text, guarded)
        if self.error.isVisible():
            self.load()

    def set_spec(self, text: str, **changes: Any) -> None:
        """Change fields of the specification as one undo step (an empty one is removed)."""
        spec = self.spec()
        new = spec.model_copy(update=changes)
        if new == spec:
            return
        self.run(text, lambda d: d.update(self.usecase_id, specification=_stored(new)))

    # ------------------------------------------------------------------ building

    def _add_section(self, layout: QVBoxLayout, title: str, widget: QWidget) -> None:
        label = QLabel(f"<b>{title}</b>")
        label.setWordWrap(True)
        label.setBuddy(widget)
        layout.addWidget(label)
        layout.addWidget(widget)
        layout.addSpacing(6)

    def _bind(self, widget: QWidget, load: Callable[[], None], typed: bool = True) -> None:
        """Have ``load`` refill ``widget``; ``typed`` fields are left alone while the
        keyboard is in them (lists and tables refresh themselves with care)."""
        self._loaders.append((widget, load, typed))

    def load(self) -> None:
        """Show the model's values in every field that is not being edited."""
        if self.usecase() is None:
            self.setEnabled(False)
            return
        for widget, load, typed in self._loaders:
            if not (typed and editing(widget)):
                widget.blockSignals(True)
                try:
                    load()
                finally:
                    widget.blockSignals(False)

    def _build_sections(self) -> list[tuple[str, str, QWidget]]:
        sections: list[tuple[str, str, QWidget]] = []

        def text_box(key: str, title: str, what: str, height: int = 64) -> None:
            box = TextBox()
            box.setAccessibleName(title)
            box.setTabChangesFocus(True)
            box.setFixedHeight(height)
            self._bind(box, lambda: box.setPlainText(getattr(self.spec(), key)))
            box.left.connect(
                lambda: self.set_spec(
                    tr("Change the {what} of {name}").format(what=what, name=self.name()),
                    **{key: box.toPlainText().strip()},
                )
            )
            self.fields[key] = box
            sections.append((key, title, box))

        text_box("goal", tr("Goal"), tr("goal"))
        scope = QLineEdit()
        scope.setAccessibleName(tr("Scope"))
        self._bind(scope, lambda: self._load_scope(scope))
        scope.editingFinished.connect(
            lambda: self.set_spec(
                tr("Change the scope of {name}").format(name=self.name()),
                scope=scope.text().strip(),
            )
        )
        self.fields["scope"] = scope
        sections.append(("scope", tr("Scope"), scope))
        level = QComboBox()
        level.setEditable(True)
        level.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        level.setMinimumContentsLength(8)
        level.addItems(["", *LEVELS])
        level.setAccessibleName(tr("Level"))
        level.setToolTip(tr("summary, user goal or subfunction (or your own word)"))
        self._bind(level, lambda: level.setEditText(self.spec().level))

        def set_level() -> None:
            self.set_spec(
                tr("Change the level of {name}").format(name=self.name()),
                level=level.currentText().strip(),
            )

        level.lineEdit().editingFinished.connect(set_level)
        level.activated.connect(lambda _i: set_level())
        self.fields["level"] = level
        sections.append(("level", tr("Level"), level))
        sections.append(("primary_actors", tr("Primary actors"), self._build_primary()))
        supporting = ActorChecklist(
            tr("Supporting actors"),
            lambda ids: self.set_spec(
                tr("Change the supporting actors of {name}").format(name=self.name()),
                supporting_actors=tuple(ids),
            ),
        )
        self._bind(
            supporting,
            lambda: supporting.show_actors(
                self._actors(), set(self.spec().supporting_actors), False
            ),
            typed=False,
        )
        self.fields["supporting_actors"] = supporting
        sections.append(("supporting_actors", tr("Supporting actors"), supporting))
        sections.append(
            ("stakeholders", tr("Stakeholders and interests"), self._build_stakeholders())
        )
        sections.append(
            (
                "preconditions",
                tr("Preconditions"),
                self._lines("preconditions", tr("Precondition"), tr("precondition")),
            )
        )
        text_box("trigger", tr("Trigger"), tr("trigger"), 48)
        sections.append(("main_scenario", tr("Main success scenario"), self._build_steps()))
        extensions = ExtensionsEditor(self, compact=not self.wide)
        self._bind(extensions, extensions.load, typed=False)
        self.fields["extensions"] = extensions
        sections.append(("extensions", tr("Extensions"), extensions))
        for key, title, noun in (
            ("postconditions", tr("Postconditions (expected outcome)"), tr("postcondition")),
            ("business_rules", tr("Business rules"), tr("business rule")),
            ("open_issues", tr("Open issues"), tr("open issue")),
        ):
            sections.append((key, title, self._lines(key, title, noun)))
        return sections

    def _load_scope(self, scope: QLineEdit) -> None:
        scope.setText(self.spec().scope)
        usecase = self.usecase()
        boundaries = [self.document.get(s).name for s in (usecase.subjects if usecase else ()) if s]
        scope.setPlaceholderText(
            ", ".join(boundaries) if boundaries else tr("the system under design")
        )

    def _actors(self) -> list[tuple[str, str]]:
        actors = [(a.id, a.name or a.id) for a in self.document.of_kind("actor")]
        return sorted(actors, key=lambda pair: pair[1].casefold())

    def _build_primary(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        checklist = ActorChecklist(
            tr("Primary actors"),
            lambda ids: self.set_spec(
                tr("Change the primary actors of {name}").format(name=self.name()),
                primary_actors=tuple(ids),
            ),
        )
        note = QLabel()
        note.setWordWrap(True)
        reset = QPushButton(tr("Use the Associated Actors"))
        reset.setToolTip(tr("Take the primary actors from the associations again"))
        reset.clicked.connect(
            lambda: self.set_spec(
                tr("Take the primary actors of {name} from the associations").format(
                    name=self.name()
                ),
                primary_actors=(),
            )
        )

        def load() -> None:
            spec = self.spec()
            derived = not spec.primary_actors
            chosen = associated_actors(self.document, self.usecase_id) if derived else []
            checklist.show_actors(self._actors(), set(spec.primary_actors) | set(chosen), derived)
            note.setText(
                tr("Shown from the associations until you choose.")
                if derived
                else tr("Chosen here; the associations are not followed.")
            )
            reset.setVisible(not derived)

        self._bind(checklist, load, typed=False)
        layout.addWidget(checklist)
        row = QHBoxLayout() if self.wide else QVBoxLayout()
        row.addWidget(note, 1)
        row.addWidget(reset)
        layout.addLayout(row)
        self.fields["primary_actors"] = checklist
        return box

    def _build_stakeholders(self) -> RowsEditor:
        editor = RowsEditor(
            [tr("Stakeholder"), tr("Interest")], tr("stakeholder"), lambda: new_id("row")
        )
        editor.table.setAccessibleName(tr("Stakeholders and interests"))
        self._bind(
            editor,
            lambda: editor.set_rows(
                [
                    Row(f"row{i}", (h.name, h.interest))
                    for i, h in enumerate(self.spec().stakeholders)
                ]
            ),
            typed=False,
        )
        editor.changed.connect(
            lambda text, rows: self.set_spec(
                f"{text} ({self.name()})",
                stakeholders=tuple(
                    Stakeholder(name=r.texts[0].strip(), interest=r.texts[1]) for r in rows
                ),
            )
        )
        self.fields["stakeholders"] = editor
        return editor

    def _lines(self, key: str, title: str, noun: str) -> RowsEditor:
        editor = RowsEditor([title], noun, lambda: new_id("row"))
        editor.table.setAccessibleName(title)
        self._bind(
            editor,
            lambda: editor.set_rows(
                [Row(f"row{i}", (text,)) for i, text in enumerate(getattr(self.spec(), key))]
            ),
            typed=False,
        )
        editor.changed.connect(
            lambda text, rows: self.set_spec(
                f"{text} ({self.name()})", **{key: tuple(r.texts[0] for r in rows)}
            )
        )
        self.fields[key] = editor
        return editor

    def _build_steps(self) -> RowsEditor:
        editor = RowsEditor(
            [tr("Step")],
            tr("step"),
            lambda: new_id("step"),
            numbered=True,
            indentable=True,
        )
        editor.table.setAccessibleName(tr("Main success scenario"))
        self._bind(
            editor,
            lambda: editor.set_rows(
                [Row(s.id, (s.text,), s.indent) for s in self.spec().main_scenario]
            ),
            typed=False,
        )
        editor.changed.connect(self._steps_changed)
        self.fields["main_scenario"] = editor
        return editor

    def _steps_changed(self, text: str, rows: list[Row]) -> None:
        steps = tuple(Step(id=r.key, text=r.texts[0], indent=r.indent) for r in rows)
        kept = {s.id for s in steps}
        # An extension whose step is removed now branches from any step ("*a").
        extensions = tuple(
            e if e.step is None or e.step in kept else e.model_copy(update={"step": None})
            for e in self.spec().extensions
        )
        # "Resumes at step N" in an extension follows the step it meant when steps move.
        before = self.spec().main_scenario
        old = _numbers_by_id(before)
        new = _numbers_by_id(steps)
        moved = {old[i]: new[i] for i in old if i in new and old[i] != new[i]}
        if moved:
            extensions = tuple(
                e.model_copy(
                    update={
                        "steps": tuple(
                            step.model_copy(update={"text": renumber_references(step.text, moved)})
                            for step in e.steps
                        )
                    }
                )
                for e in extensions
            )
        self.set_spec(f"{text} ({self.name()})", main_scenario=steps, extensions=extensions)
        self.load()


def _numbers_by_id(steps: tuple[Step, ...]) -> dict[str, str]:
    """Each step's outline number ("2.1"), by step id."""
    numbers = outline_numbers([s.indent for s in steps])
    return {s.id: n for s, n in zip(steps, numbers, strict=True)}


def _stored(spec: Specification) -> Specification | None:
    """What the use case keeps: nothing for a specification with nothing written."""
    return None if spec.is_empty() else spec
