"""The properties panel: what is selected, and its fields. Each edit is one undoable
step, committed when the field is left (Enter, Tab, or a click elsewhere)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..canvas.items.registry import preferred_size
from ..canvas.labels import kind_title
from ..canvas.view import DiagramView
from ..commands import UndoStack, texts
from ..commands import operations as ops
from ..commands.layout import set_pinned
from ..i18n import tr
from ..model import (
    Association,
    Document,
    Element,
    Extend,
    ExtensionPoint,
    ModelError,
    Relationship,
    Transaction,
    UseCase,
    new_id,
)
from ..model.base import forbidden_character
from . import property_sections
from .appearance import error_style, swatch_style
from .buttons import push_button_row
from .frame_actions import frame_step, frame_step_text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListWidgetItem

# The widgets that only a selection shows (lists, spin and combo boxes, tabs) and the
# colour dialog are taken from PySide6 where they are made: PySide builds a class's
# enums when the class is first taken, and the empty selection of the first frame
# shows none of them.

MULTIPLICITIES = ["", "1", "0..1", "*", "0..*", "1..*"]


class TextBox(QPlainTextEdit):
    """A multi-line field that reports when it is left. Tab moves on to the next field
    (a keyboard user is never caught in it); Enter starts a new line."""

    left = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.left.emit()


class PropertiesPanel(QScrollArea):
    """Shows and edits the selection of the current diagram (or the diagram itself)."""

    def __init__(self, view_of: Callable[[], DiagramView | None], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("propertiesPanel")
        self.setAccessibleName(self.tr("Properties"))
        self.setAccessibleDescription(
            self.tr("The fields of the selected element, or of the diagram if nothing is selected")
        )
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view_of = view_of
        self.document: Document | None = None
        self.stack: UndoStack | None = None
        self.ids: list[str] = []
        self._signature: tuple = ()
        self._loaders: list[tuple[QWidget, Callable[[], None]]] = []
        self._unsubscribe: Callable[[], None] | None = None
        self._tab_title = ""
        """The tab last chosen: it stays chosen as the selection moves on."""
        self.error = QLabel()
        # (its fields are made when the window shows its document: see bind)

    def bind(self, document: Document, stack: UndoStack, *, show: bool = True) -> None:
        """Follow ``document``, showing the current diagram's fields; with ``show`` False
        they are made at the next ``show_ids`` (the window binds the diagram tabs next,
        which call it: the fields are made once, for the diagram shown)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
        self.document, self.stack = document, stack
        self._unsubscribe = document.subscribe(self._on_transaction)
        self._signature = ()
        if show:
            self.show_ids([])
        else:
            self.ids = []

    # ------------------------------------------------------------------ building

    def show_ids(self, ids: list[str]) -> None:
        """Show the properties of these elements (none: the current diagram)."""
        self.ids = [i for i in ids if self.document is not None and self.document.find(i)]
        signature = self._make_signature()
        if signature != self._signature:
            self._signature = signature
            self._build()
        else:
            self.refresh()

    def _view(self) -> DiagramView | None:
        """The current view, unless its diagram has just been deleted."""
        view = self.view_of()
        if view is None or self.document is None or not self.document.has_diagram(view.diagram_id):
            return None
        return view

    def _make_signature(self) -> tuple:
        view = self._view()
        document = self.document
        kinds = tuple(document.get(i).kind for i in self.ids) if document else ()
        shown = (
            tuple(document.shape(view.diagram_id, i) is not None for i in self.ids)
            if document and view
            else ()
        )
        diagram = view.diagram_id if view else None
        return (tuple(self.ids), kinds, shown, diagram, id(document))

    def _on_transaction(self, _transaction: Transaction) -> None:
        self.show_ids(self.ids)

    def refresh(self) -> None:
        """Show current values in every field that is not being edited."""
        for widget, load in self._loaders:
            if not widget.hasFocus():
                widget.blockSignals(True)
                load()
                widget.blockSignals(False)

    def _build(self) -> None:
        self._loaders = []
        page = QWidget()
        page.setObjectName("propertiesPage")
        outer = QVBoxLayout(page)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # In a narrow dock a field too wide to sit beside its label goes below it,
        # rather than past the dock's edge.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        outer.addLayout(self.form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(error_style())
        self.error.setAccessibleName(self.tr("Problem"))
        outer.addWidget(self.error)
        outer.addStretch(1)
        document = self.document
        sections: list[tuple[str, QWidget]] = []
        if document is not None:
            if not self.ids:
                self._build_diagram()
            elif len(self.ids) == 1:
                element = document.get(self.ids[0])
                self._heading(kind_title(element.kind))
                self._build_element(element)
                sections = self._build_sections(element)
            else:
                self._heading(self.tr("{n} elements selected").format(n=len(self.ids)))
            self._build_style()
        if sections:
            from PySide6.QtWidgets import QTabWidget

            tabs = QTabWidget()
            tabs.setObjectName("propertiesTabs")
            tabs.addTab(page, self.tr("General"))
            for title, widget in sections:
                tabs.addTab(widget, title)
            titles = [tabs.tabText(i) for i in range(tabs.count())]
            if self._tab_title in titles:
                tabs.setCurrentIndex(titles.index(self._tab_title))
            tabs.currentChanged.connect(
                lambda i, tabs=tabs: setattr(self, "_tab_title", tabs.tabText(i))
            )
            self.setWidget(tabs)
        else:
            self.setWidget(page)
        self.updateGeometry()  # the dock follows the new content's minimum width
        self.refresh()

    def minimumSizeHint(self) -> QSize:
        """At least as wide as the content's narrowest layout: the panel has no
        horizontal scroll bar, so a longer text (a translation) widens the dock
        instead of being cut at its edge."""
        hint = super().minimumSizeHint()
        content = self.widget()
        if content is None:
            return hint
        width = (
            content.minimumSizeHint().width()
            + self.verticalScrollBar().sizeHint().width()
            + 2 * self.frameWidth()
        )
        return QSize(max(hint.width(), width), hint.height())

    def _build_sections(self, element: Element) -> list[tuple[str, QWidget]]:
        built = []
        for title, builder in property_sections.SECTIONS:
            widget = builder(self, element)
            if widget is not None:
                built.append((self.tr(title), widget))
        return built

    def run(self, text: str, operation: Callable[[Document], Any]) -> None:
        """Change the model as one undo step named ``text``; a refusal is shown here."""
        self._run(text, operation)

    def bind_loader(self, widget: QWidget, load: Callable[[], None]) -> None:
        """Have ``load()`` refill ``widget`` whenever the model changes (unless focused)."""
        self._bind(widget, load)

    def focus_first_field(self) -> None:
        """Put the keyboard focus in the first field of the panel."""
        for widget, _load in self._loaders:
            if widget.isEnabled() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Esc that no field used (an open list editor or popup takes its own) sends the
        # keyboard back to the canvas; the field being left keeps its change.
        view = self._view()
        if event.key() == Qt.Key.Key_Escape and view is not None:
            view.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        super().keyPressEvent(event)

    def _heading(self, text: str) -> None:
        label = QLabel(f"<b>{text}</b>")
        self.form.addRow(label)

    def _bind(self, widget: QWidget, load: Callable[[], None]) -> None:
        self._loaders.append((widget, load))

    def _run(self, text: str, operation: Callable[[Document], Any]) -> None:
        if self.stack is None:
            return
        self.error.clear()
        try:
            self.stack.run(text, operation)
        except ModelError as problem:
            self.error.setText(str(problem))
            self.refresh()

    def _text_allowed(self, value: str) -> bool:
        """False, with the reason shown, for text holding a control character (the
        model would replace it; typed or pasted, it is refused here instead)."""
        bad = forbidden_character(value)
        if bad is None:
            return True
        self.error.setText(
            self.tr(
                "The text holds a control character (U+{code:04X}) that no picture or "
                "file can show; remove it and try again."
            ).format(code=ord(bad))
        )
        self.refresh()
        return False

    def _element(self) -> Element | None:
        if self.document is None or len(self.ids) != 1:
            return None
        return self.document.find(self.ids[0])

    # ------------------------------------------------------------------ diagram

    def _build_diagram(self) -> None:
        view = self._view()
        if view is None or self.document is None:
            self._heading(self.tr("Nothing selected"))
            return
        diagram_id = view.diagram_id
        document = self.document
        self._heading(self.tr("Diagram"))
        name = QLineEdit()
        name.setAccessibleName(self.tr("Diagram name"))
        self._bind(name, lambda: name.setText(document.diagram_info(diagram_id).name))
        name.editingFinished.connect(
            lambda: (
                name.text() != document.diagram_info(diagram_id).name
                and self._run(
                    self.tr("Rename diagram"),
                    lambda d: d.update_diagram(diagram_id, name=name.text()),
                )
            )
        )
        self.form.addRow(self.tr("Name"), name)
        doc_box = TextBox()
        doc_box.setAccessibleName(self.tr("Diagram documentation"))
        doc_box.setMaximumHeight(90)
        self._bind(
            doc_box, lambda: doc_box.setPlainText(document.diagram_info(diagram_id).documentation)
        )
        doc_box.left.connect(
            lambda: (
                doc_box.toPlainText() != document.diagram_info(diagram_id).documentation
                and self._run(
                    self.tr("Change diagram documentation"),
                    lambda d: d.update_diagram(diagram_id, documentation=doc_box.toPlainText()),
                )
            )
        )
        self.form.addRow(self.tr("Documentation"), doc_box)
        frame = QCheckBox(self.tr("Frame headed “uc [name]”"))
        frame.setObjectName("diagramFrame")
        frame.setAccessibleName(self.tr("Diagram frame"))
        frame.setToolTip(
            self.tr(
                "Draw the UML frame around this diagram, on the canvas and in pictures, "
                "prints and the report"
            )
        )
        self._bind(frame, lambda: frame.setChecked(document.diagram_info(diagram_id).frame))
        frame.toggled.connect(
            lambda on: self._run(
                frame_step_text(document.diagram_info(diagram_id).name, on),
                frame_step(diagram_id, on),
            )
        )
        self.form.addRow(frame)

    # ------------------------------------------------------------------ element

    def _build_element(self, element: Element) -> None:
        element_id = element.id
        get = lambda: self.document.get(element_id)  # noqa: E731
        if element.kind == "comment":
            body = TextBox()
            body.setAccessibleName(self.tr("Comment text"))
            body.setMaximumHeight(110)
            self._bind(body, lambda: body.setPlainText(get().body))
            body.left.connect(lambda: self._rename(element_id, body.toPlainText()))
            self.form.addRow(self.tr("Text"), body)
        else:
            name = QLineEdit()
            name.setAccessibleName(self.tr("Name"))
            self._bind(name, lambda: name.setText(get().name))
            name.editingFinished.connect(lambda: self._rename(element_id, name.text().strip()))
            self.form.addRow(self.tr("Name"), name)
        if isinstance(element, Relationship):
            ends = QLabel()
            ends.setWordWrap(True)
            self._bind(
                ends,
                lambda: ends.setText(
                    self.tr("From {source}\nto {target}").format(
                        source=self.document.get(get().source).describe(),
                        target=self.document.get(get().target).describe(),
                    )
                ),
            )
            self.form.addRow(self.tr("Joins"), ends)
        stereotypes = QLineEdit()
        stereotypes.setAccessibleName(self.tr("Stereotypes"))
        stereotypes.setPlaceholderText(self.tr("comma-separated, e.g. business, primary"))
        self._bind(stereotypes, lambda: stereotypes.setText(", ".join(get().stereotypes)))
        stereotypes.editingFinished.connect(
            lambda: self._set_field(
                element_id,
                "stereotypes",
                tuple(s.strip() for s in stereotypes.text().split(",") if s.strip()),
            )
        )
        self.form.addRow(self.tr("Stereotypes"), stereotypes)
        documentation = TextBox()
        documentation.setAccessibleName(self.tr("Documentation"))
        documentation.setMaximumHeight(90)
        self._bind(documentation, lambda: documentation.setPlainText(get().documentation))
        documentation.left.connect(
            lambda: self._set_field(element_id, "documentation", documentation.toPlainText())
        )
        self.form.addRow(self.tr("Documentation"), documentation)
        if isinstance(element, UseCase):
            self._build_extension_points(element_id)
        if isinstance(element, Extend):
            self._build_extend(element_id)
        if isinstance(element, Association):
            self._build_association(element_id)

    def _rename(self, element_id: str, value: str) -> None:
        element = self.document.find(element_id) if self.document else None
        if element is None:
            return
        current = element.body if element.kind == "comment" else element.name  # type: ignore[attr-defined]
        if value == current or (not value and element.kind != "comment"):
            self.refresh()
            return
        if not self._text_allowed(value):
            return
        view = self._view()
        size_for = view.size_for if view else None
        diagram_id = view.diagram_id if view else None
        self._run(
            texts.rename(element),
            lambda d: ops.rename(d, element_id, value, size_for, diagram_id),
        )

    def _set_field(self, element_id: str, field: str, value: Any) -> None:
        element = self.document.find(element_id) if self.document else None
        if element is None or getattr(element, field) == value:
            return
        typed = (
            [value] if isinstance(value, str) else list(value) if isinstance(value, tuple) else []
        )
        if not all(self._text_allowed(t) for t in typed if isinstance(t, str)):
            return
        self._run(texts.change(element), lambda d: d.update(element_id, **{field: value}))

    def _build_extension_points(self, element_id: str) -> None:
        from PySide6.QtWidgets import QListWidget, QListWidgetItem

        points = QListWidget()
        points.setAccessibleName(self.tr("Extension points"))
        points.setMaximumHeight(100)

        def load() -> None:
            points.clear()
            for point in self.document.get(element_id).extension_points:
                item = QListWidgetItem(point.name)
                item.setData(Qt.ItemDataRole.UserRole, point.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                points.addItem(item)

        def renamed(item: QListWidgetItem) -> None:
            point_id = item.data(Qt.ItemDataRole.UserRole)
            use_case = self.document.get(element_id)
            new = tuple(
                p.model_copy(update={"name": item.text().strip()}) if p.id == point_id else p
                for p in use_case.extension_points
            )
            self._set_points(element_id, new)

        def add() -> None:
            use_case = self.document.get(element_id)
            name = self.tr("Extension point {n}").format(n=len(use_case.extension_points) + 1)
            point = ExtensionPoint(id=new_id("extension_point"), name=name)
            self._set_points(element_id, (*use_case.extension_points, point))
            points.setCurrentRow(points.count() - 1)
            points.editItem(points.currentItem())

        def remove() -> None:
            item = points.currentItem()
            if item is None:
                return
            point_id = item.data(Qt.ItemDataRole.UserRole)
            use_case = self.document.get(element_id)
            self._set_points(
                element_id, tuple(p for p in use_case.extension_points if p.id != point_id)
            )

        self._bind(points, load)
        points.itemChanged.connect(renamed)
        buttons = push_button_row(
            [
                (self.tr("Add"), self.tr("Add an extension point to this use case"), add),
                (self.tr("Remove"), self.tr("Remove the selected extension point"), remove),
            ]
        )
        box = QVBoxLayout()
        box.addWidget(points)
        box.addLayout(buttons)
        self.form.addRow(self.tr("Extension points"), box)

    def _set_points(self, element_id: str, points: tuple) -> None:
        view = self._view()
        use_case = self.document.get(element_id)

        def change(d: Document) -> None:
            d.update(element_id, extension_points=points)
            if view is not None:
                theme = view.diagram_scene.theme
                ops.grow_to_fit(
                    d, view.diagram_id, [element_id], lambda e: preferred_size(e, theme)
                )

        self._run(texts.change(use_case), change)
        self.refresh()

    def _build_extend(self, element_id: str) -> None:
        from PySide6.QtWidgets import QListWidget, QListWidgetItem

        get = lambda: self.document.get(element_id)  # noqa: E731
        condition = QLineEdit()
        condition.setAccessibleName(self.tr("Condition"))
        condition.setPlaceholderText(self.tr("when the extension happens"))
        self._bind(condition, lambda: condition.setText(get().condition))
        condition.editingFinished.connect(
            lambda: self._set_field(element_id, "condition", condition.text().strip())
        )
        self.form.addRow(self.tr("Condition"), condition)
        used = QListWidget()
        used.setAccessibleName(self.tr("Extension points used"))
        used.setMaximumHeight(90)

        def load() -> None:
            used.clear()
            target = self.document.get(get().target)
            for point in getattr(target, "extension_points", ()):
                item = QListWidgetItem(point.name or point.id)
                item.setData(Qt.ItemDataRole.UserRole, point.id)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                checked = point.id in get().extension_points
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                used.addItem(item)
            if not used.count():
                item = QListWidgetItem(self.tr("(the extended use case has none)"))
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                used.addItem(item)

        def toggled(_item: QListWidgetItem) -> None:
            chosen = tuple(
                used.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(used.count())
                if used.item(i).checkState() == Qt.CheckState.Checked
            )
            self._set_field(element_id, "extension_points", chosen)

        self._bind(used, load)
        used.itemChanged.connect(toggled)
        self.form.addRow(self.tr("Extension points"), used)

    def _build_association(self, element_id: str) -> None:
        from PySide6.QtWidgets import QComboBox

        get = lambda: self.document.get(element_id)  # noqa: E731
        for field, role in (("source_end", "source"), ("target_end", "target")):
            multiplicity = QComboBox()
            multiplicity.setEditable(True)
            multiplicity.addItems(MULTIPLICITIES)
            multiplicity.setAccessibleName(
                self.tr("Multiplicity at the {end} end").format(end=tr(role))
            )
            navigable = QCheckBox(self.tr("navigable (arrowhead)"))
            # "source" and "target" are marked in find_panel.END_NAMES.
            navigable.setAccessibleName(self.tr("Navigable at the {end} end").format(end=tr(role)))

            def load(field=field, multiplicity=multiplicity, navigable=navigable) -> None:
                end = getattr(get(), field)
                multiplicity.setEditText(end.multiplicity)
                navigable.setChecked(end.navigable)

            def commit(field=field, multiplicity=multiplicity, navigable=navigable) -> None:
                end = getattr(get(), field)
                new = end.model_copy(
                    update={
                        "multiplicity": multiplicity.currentText().strip(),
                        "navigable": navigable.isChecked(),
                    }
                )
                if new != end:
                    self._set_field(element_id, field, new)

            self._bind(multiplicity, load)
            self._bind(navigable, load)
            multiplicity.lineEdit().editingFinished.connect(commit)
            multiplicity.activated.connect(lambda _i, commit=commit: commit())
            navigable.toggled.connect(lambda _c, commit=commit: commit())
            row = QHBoxLayout()
            row.addWidget(multiplicity)
            row.addWidget(navigable)
            end_name = QLabel()
            self._bind(
                end_name,
                lambda end_name=end_name, role=role: end_name.setText(
                    self.tr("At {name}").format(
                        name=self.document.get(getattr(get(), role)).describe()
                    )
                ),
            )
            self.form.addRow(end_name)
            self.form.addRow(self.tr("Multiplicity"), row)

    # ------------------------------------------------------------------ style

    def _build_style(self) -> None:
        view = self._view()
        if view is None or self.document is None:
            return
        diagram_id = view.diagram_id
        shapes = [
            s for s in (self.document.shape(diagram_id, i) for i in self.ids) if s is not None
        ]
        if not shapes:
            return
        ids = [s.element for s in shapes]
        self._heading(self.tr("Style on this diagram"))
        keep = QCheckBox(self.tr("Keep position (Auto Layout leaves it)"))
        keep.setObjectName("keepPosition")
        keep.setAccessibleName(self.tr("Keep position"))

        def load_keep() -> None:
            current = [self.document.shape(diagram_id, i) for i in ids]
            keep.setChecked(all(s is not None and s.pinned for s in current))

        self._bind(keep, load_keep)
        keep.toggled.connect(
            lambda on: self._run(
                self.tr("Keep Position") if on else self.tr("Release Position"),
                lambda d: set_pinned(d, diagram_id, ids, on),
            )
        )
        self.form.addRow(keep)

        def first_style():
            shape = self.document.shape(diagram_id, ids[0])
            return shape.style if shape is not None else None

        def set_style(**style) -> None:
            self._run(self.tr("Change style"), lambda d: ops.set_style(d, diagram_id, ids, **style))

        for field, label in (("fill", self.tr("Fill")), ("line", self.tr("Line colour"))):
            button = QPushButton()
            button.setAccessibleName(label)
            button.setToolTip(self.tr("Choose the colour; Default uses the theme's"))
            reset = QPushButton(self.tr("Reset"))
            reset.setToolTip(self.tr("Back to the theme's colour"))

            def load(field=field, button=button) -> None:
                style = first_style()
                value = getattr(style, field) if style else None
                button.setText(value or self.tr("Theme colour"))
                button.setStyleSheet(swatch_style(value) if value else "")
                # whole in every language: the row gives the rest of its width to it
                button.setMinimumWidth(button.sizeHint().width())

            def choose(field=field) -> None:
                style = first_style()
                start = QColor(getattr(style, field) or "#ffffff")
                from PySide6.QtWidgets import QColorDialog

                colour = QColorDialog.getColor(start, self, self.tr("Choose a colour"))
                if colour.isValid():
                    set_style(**{field: colour.name()})

            self._bind(button, load)
            button.clicked.connect(choose)
            reset.clicked.connect(lambda _c=False, field=field: set_style(**{field: None}))
            row = QHBoxLayout()
            row.addWidget(button, 1)
            row.addWidget(reset)
            self.form.addRow(label, row)
        from PySide6.QtWidgets import QComboBox, QSpinBox

        size = QSpinBox()
        size.setRange(0, 72)
        size.setSpecialValueText(self.tr("Default"))
        size.setSuffix(" pt")
        size.setAccessibleName(self.tr("Font size"))
        self._bind(size, lambda: size.setValue(int(first_style().font_size or 0)))
        size.editingFinished.connect(
            lambda: set_style(font_size=float(size.value()) if size.value() >= 4 else None)
        )
        self.form.addRow(self.tr("Font size"), size)
        if all(self.document.get(i).kind == "actor" for i in ids):
            notation = QComboBox()
            notation.setAccessibleName(self.tr("Actor notation"))
            choices = [
                (None, self.tr("Default")),
                ("stick", self.tr("Stick figure")),
                ("box", self.tr("«actor» box")),
            ]
            for value, text in choices:
                notation.addItem(text, value)

            def load_notation() -> None:
                value = first_style().notation
                notation.setCurrentIndex([c[0] for c in choices].index(value))

            def set_notation(index: int) -> None:
                value = choices[index][0]
                theme = view.diagram_scene.theme

                def change(d: Document) -> None:
                    ops.set_style(d, diagram_id, ids, notation=value)
                    drawn = theme.with_changes(actor_notation=value or theme.actor_notation)
                    resized = []
                    for element_id in ids:
                        shape = d.shape(diagram_id, element_id)
                        width, height = preferred_size(d.get(element_id), drawn)
                        resized.append(
                            shape.model_copy(
                                update={
                                    "x": shape.x + (shape.width - width) / 2,
                                    "y": shape.y + (shape.height - height) / 2,
                                    "width": width,
                                    "height": height,
                                }
                            )
                        )
                    d.update_shapes(diagram_id, resized)

                self._run(self.tr("Change actor notation"), change)

            self._bind(notation, load_notation)
            notation.activated.connect(set_notation)
            self.form.addRow(self.tr("Notation"), notation)
