"""Edit > Find (Ctrl+F) and Find and Replace (Ctrl+H): a panel that searches the
document's texts as you type (``model.search``), lists each match with its element,
kind, the field it is in and the text around it, and shows the element of the chosen
match on a diagram that draws it (or in the model browser). F3 / Shift+F3 step through
the matches. With Replace, a column previews each field after the replacement, and
Replace / Replace All change one match or every one as a single undo step; a name that
would become empty is refused with the reason beside it."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..canvas.labels import kind_title
from ..commands.replace import apply_replacements
from ..i18n import tr
from ..model import Document, ModelError, Transaction
from ..model.search import (
    LISTED,
    STAGE,
    Match,
    Replacement,
    SearchError,
    SearchIndex,
    SearchQuery,
    plan_replacements,
    search,
    search_limited,
)
from .actions import new_action, unique_keys
from .find_results import MatchModel, ResultsView

Key = QKeySequence.StandardKey

FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("", "Name"),
    "body": QT_TRANSLATE_NOOP("", "Text"),
    "documentation": QT_TRANSLATE_NOOP("", "Documentation"),
    "description": QT_TRANSLATE_NOOP("", "Description"),
    "stereotype": QT_TRANSLATE_NOOP("", "Stereotype"),
    "property": QT_TRANSLATE_NOOP("", "Property “{key}”"),
    "property_name": QT_TRANSLATE_NOOP("", "Property name"),
    "condition": QT_TRANSLATE_NOOP("", "Condition"),
    "role": QT_TRANSLATE_NOOP("", "Role at the {key} end"),
    "extension_point": QT_TRANSLATE_NOOP("", "Extension point {n}"),
    "goal": QT_TRANSLATE_NOOP("", "Goal"),
    "scope": QT_TRANSLATE_NOOP("", "Scope"),
    "level": QT_TRANSLATE_NOOP("", "Level"),
    "trigger": QT_TRANSLATE_NOOP("", "Trigger"),
    "stakeholder": QT_TRANSLATE_NOOP("", "Stakeholder {n}"),
    "interest": QT_TRANSLATE_NOOP("", "Interest of stakeholder {n}"),
    "precondition": QT_TRANSLATE_NOOP("", "Precondition {n}"),
    "postcondition": QT_TRANSLATE_NOOP("", "Postcondition {n}"),
    "business_rule": QT_TRANSLATE_NOOP("", "Business rule {n}"),
    "open_issue": QT_TRANSLATE_NOOP("", "Open issue {n}"),
    "step": QT_TRANSLATE_NOOP("", "Step {n}"),
    "extension": QT_TRANSLATE_NOOP("", "Extension {n}: condition"),
    "extension_step": QT_TRANSLATE_NOOP("", "Extension step {n}"),
    "stage": QT_TRANSLATE_NOOP("", "Journey stage"),
    "touchpoint": QT_TRANSLATE_NOOP("", "Touchpoint"),
    "pain_point": QT_TRANSLATE_NOOP("", "Pain point {n}"),
    "kpi": QT_TRANSLATE_NOOP("", "KPI {n}"),
}
"""How each field of ``model.search`` is named in the list (translated when shown)."""

END_NAMES = {"source": QT_TRANSLATE_NOOP("", "source"), "target": QT_TRANSLATE_NOOP("", "target")}

REFUSALS = (
    QT_TRANSLATE_NOOP("", "the name would be empty"),
    QT_TRANSLATE_NOOP("", "another property would have the same name"),
    QT_TRANSLATE_NOOP("", "a journey stage is renamed in the journey's list, not here"),
    QT_TRANSLATE_NOOP("", "a journey touchpoint is renamed in the journey's list, not here"),
)
"""The model's reasons for refusing a replacement, marked for translation."""

SNIPPET = 36
"""Characters shown on each side of a match in the list."""

COLUMNS = (
    QT_TRANSLATE_NOOP("", "Element"),
    QT_TRANSLATE_NOOP("", "Kind"),
    QT_TRANSLATE_NOOP("", "Where"),
    QT_TRANSLATE_NOOP("", "Text"),
    QT_TRANSLATE_NOOP("", "After replacing"),
)
AFTER = 4


def where_label(field: str, number: str, detail: str) -> str:
    """The field as the list names it: "Step 3", "Extension 3a: condition"."""
    template = tr(FIELD_LABELS.get(field, field))
    key = tr(END_NAMES[detail]) if field == "role" and detail in END_NAMES else detail
    return template.format(n=number, key=key)


def owner_kind_title(kind: str) -> str:
    if kind == STAGE:
        return tr("Journey stage")
    return tr("Diagram") if kind == "diagram" else kind_title(kind)


def snippet(text: str, start: int, end: int) -> str:
    """The match with a little text on each side, on one line."""
    before = text[max(0, start - SNIPPET) : start]
    after = text[end : end + SNIPPET]
    line = (
        ("…" if start > SNIPPET else "")
        + before
        + text[start:end]
        + after
        + ("…" if end + SNIPPET < len(text) else "")
    )
    return " ".join(line.split())


class FindPanel(QWidget):
    """Find (and Replace) over one window's document. See the module docstring."""

    def __init__(self, window: Any) -> None:
        super().__init__()
        self.setObjectName("findPanel")
        self.setAccessibleName(tr("Find"))
        self.setAccessibleDescription(
            tr("Search names, documentation, specifications, properties and journey fields")
        )
        self.window_ = window
        self.document: Document | None = None
        self.index: SearchIndex | None = None
        """The document's texts, gathered once per change rather than per keystroke."""
        self.matches: list[Match] = []
        self.total = 0
        self.pattern: re.Pattern[str] | None = None
        self.plan: dict[tuple, Replacement] = {}
        self._unsubscribe: Callable[[], None] | None = None
        self._keep_place = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.run_search)

        self.find_field = QLineEdit()
        self.find_field.setObjectName("findField")
        self.find_field.setAccessibleName(tr("Find"))
        self.find_field.setPlaceholderText(
            tr("Find in names, documentation, specifications, properties…")
        )
        self.find_field.setClearButtonEnabled(True)
        self.find_field.installEventFilter(self)
        self.regex_box = self._option(tr("Regular e&xpression"), "findRegex")
        self.case_box = self._option(tr("Match &case"), "findCase")
        self.words_box = self._option(tr("&Whole words"), "findWords")
        self.status = QLabel()
        self.status.setObjectName("findStatus")
        self.status.setAccessibleName(tr("Find status"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.replace_field = QLineEdit()
        self.replace_field.setObjectName("replaceField")
        self.replace_field.setAccessibleName(tr("Replace with"))
        self.replace_field.setPlaceholderText(tr("Replace with…"))
        self.replace_field.textChanged.connect(lambda _text: self._show_preview())
        self.replace_one_button = QPushButton(tr("&Replace"))
        self.replace_one_button.setObjectName("replaceOneButton")
        self.replace_one_button.setToolTip(tr("Replace the chosen match and go to the next one"))
        self.replace_one_button.clicked.connect(self.replace_current)
        self.replace_all_button = QPushButton(tr("Replace &All"))
        self.replace_all_button.setObjectName("replaceAllButton")
        self.replace_all_button.setToolTip(tr("Replace every match (one undo step)"))
        self.replace_all_button.clicked.connect(self.replace_all)

        self.list_model = MatchModel([tr(c) for c in COLUMNS], self._words, self)
        self.list_model.after = self._after
        self.results = ResultsView(self.list_model)
        self.results.setObjectName("findResults")
        self.results.setAccessibleName(tr("Matches"))
        for column, width in enumerate((200, 110, 200, 320)):
            self.results.setColumnWidth(column, width)
        self.results.currentRowChanged.connect(self._reveal)

        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Find:")))
        top.addWidget(self.find_field, 1)
        for box in (self.regex_box, self.case_box, self.words_box):
            top.addWidget(box)
        self.replace_row = QWidget()
        row = QHBoxLayout(self.replace_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(tr("Replace:")))
        row.addWidget(self.replace_field, 1)
        row.addWidget(self.replace_one_button)
        row.addWidget(self.replace_all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.replace_row)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self.find_field.textChanged.connect(lambda _text: self._timer.start(0))
        # Tab goes from what to find to what to put instead, then to the options.
        order = [
            self.find_field, self.replace_field, self.replace_one_button,
            self.replace_all_button, self.regex_box, self.case_box, self.words_box,
            self.results,
        ]  # fmt: skip
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        self.set_replace_mode(False)

    def _option(self, text: str, name: str) -> QCheckBox:
        box = QCheckBox(text)
        box.setObjectName(name)
        # Alt+letter or a click turns the option on or off and leaves the keyboard in
        # the Find field (with click focus, the typing that followed went to the box,
        # and its first space turned the option off again). Tab still reaches it.
        box.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        box.toggled.connect(lambda _on: self._timer.start(0))
        return box

    # ------------------------------------------------------------------ following

    def bind(self, document: Document) -> None:
        """Search ``document`` (the window shows another one)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
        if self.index is not None:
            self.index.close()
        self.document = document
        self.index = SearchIndex(document)
        self._unsubscribe = document.subscribe(self._changed)
        self.run_search()

    def follow_window(self) -> None:
        if self.window_.document is not self.document:
            self.bind(self.window_.document)

    def _changed(self, _transaction: Transaction) -> None:
        if self.find_field.text():
            self._keep_place = True
            self._timer.start(0)  # once the gesture is over

    def set_replace_mode(self, on: bool) -> None:
        """Show or hide the Replace row and the preview column."""
        self.replace_row.setVisible(on)
        self.results.setColumnHidden(AFTER, not on)
        self._show_preview()

    @property
    def replacing(self) -> bool:
        return not self.replace_row.isHidden()

    # ------------------------------------------------------------------ searching

    def query(self) -> SearchQuery:
        return SearchQuery(
            self.find_field.text(),
            regex=self.regex_box.isChecked(),
            case_sensitive=self.case_box.isChecked(),
            whole_words=self.words_box.isChecked(),
        )

    def run_search(self) -> None:
        """Search again with the current text and options, keeping the chosen match's
        place in the list where it can."""
        self._timer.stop()
        if self.document is None:
            return
        # After a change to the document the list keeps its place; a new search starts
        # before the first match.
        keep, self._keep_place = self._keep_place, False
        row = self.results.current_row() if keep else -1
        try:
            self.pattern = self.query().pattern()
        except SearchError as error:
            self.pattern = None
            self._fill([], 0)
            where = (
                tr(" at character {n}").format(n=error.position + 1)
                if error.position is not None
                else ""
            )
            self._say(
                tr("Invalid regular expression: {reason}{where}. Nothing is searched.").format(
                    reason=error.reason, where=where
                ),
                error=True,
            )
            return
        found = search_limited(self.document, self.pattern, LISTED, self.index)
        self._fill(found.matches, found.total, row)
        if self.pattern is None:
            self._say("")
        elif not found.total:
            self._say(tr("No matches."))
        elif found.total > len(found.matches):
            self._say(
                tr("{n} matches; the first {shown} are listed.").format(
                    n=found.total, shown=len(found.matches)
                )
            )
        else:
            one = found.total == 1
            self._say(tr("1 match.") if one else tr("{n} matches.").format(n=found.total))

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setProperty("error", error)
        self.status.setStyleSheet("color: #b00020;" if error else "")
        self.find_field.setToolTip(text if error else "")

    def _fill(self, matches: list[Match], total: int, row: int = -1) -> None:
        self.matches, self.total = matches, total
        self.plan = {}
        blocked = self.results.blockSignals(True)
        self.list_model.set_matches(matches)
        if matches and row >= 0:
            self.results.set_current_row(min(row, len(matches) - 1))
        self.results.blockSignals(blocked)
        self._show_preview()

    @staticmethod
    def _words(match: Match) -> tuple[str, ...]:
        """A row's texts (but the preview): worded when the list shows the row."""
        return (
            match.owner_name or match.owner,
            owner_kind_title(match.owner_kind),
            where_label(match.field, match.number, match.detail),
            snippet(match.text, match.start, match.end),
        )

    def _after(self, match: Match) -> tuple[str, bool] | None:
        """The preview of a match's field after replacing, and whether it is refused."""
        entry = self.plan.get(match.key)
        if entry is None:
            return None
        if entry.refused:
            return tr("Not replaced: {reason}").format(reason=tr(entry.refused)), True
        return " ".join(entry.new.split()), False

    def _show_preview(self) -> None:
        """Fill the "After replacing" column: each field as it would read, or why not."""
        self.plan = {}
        if self.replacing and self.pattern is not None and self.document is not None:
            plan = plan_replacements(
                self.document,
                self.matches,
                self.pattern,
                self.replace_field.text(),
                self.regex_box.isChecked(),
            )
            self.plan = {(p.owner, p.path): p for p in plan}
        self.list_model.preview_changed()

    # ------------------------------------------------------------------ stepping

    def current_match(self) -> Match | None:
        row = self.results.current_row()
        return self.matches[row] if 0 <= row < len(self.matches) else None

    def step(self, delta: int) -> None:
        """Choose the next (1) or previous (-1) match, wrapping round at the ends."""
        if self._timer.isActive():
            self.run_search()  # typed faster than the search ran: search first
        count = self.results.row_count()
        if not count:
            return
        current = self.results.current_row()
        row = (0 if delta > 0 else count - 1) if current < 0 else (current + delta) % count
        if row == current:
            self._reveal(row)  # the only match: show it again
        else:
            self.results.set_current_row(row)

    def _reveal(self, row: int) -> None:
        if not 0 <= row < len(self.matches):
            return
        match = self.matches[row]
        if match.owner_kind == "diagram":
            self.window_.tabs.show_diagram(match.owner)
        elif self.document is not None and self.document.find(match.owner) is not None:
            self.window_.reveal([match.owner])
        where = where_label(match.field, match.number, match.detail)
        self.window_.show_status(
            tr("{kind} “{name}”: {where}").format(
                kind=owner_kind_title(match.owner_kind), name=match.owner_name, where=where
            )
        )

    def eventFilter(self, watched, event) -> bool:
        # In the Find field, Enter goes to the next match (Shift+Enter: the previous one)
        # and Escape hands the keyboard back to the diagram.
        if (
            watched is self.find_field
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
        ):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                self.step(-1 if shift else 1)
                return True
            if event.key() == Qt.Key.Key_Escape:
                view = self.window_.current_view()
                if view is not None:
                    view.setFocus()
                return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ replacing

    def replace_current(self) -> bool:
        """Replace the chosen match (the first when none is chosen); True when the
        document changed. The next match is chosen afterwards."""
        if self.pattern is None or not self.matches:
            return False
        match = self.current_match() or self.matches[0]
        row = self.matches.index(match)
        plan = plan_replacements(
            self.document, [match], self.pattern, self.replace_field.text(),
            self.regex_box.isChecked(),
        )  # fmt: skip
        changed = self._apply(
            plan, tr("Replace in {where} of “{name}”").format(
                where=where_label(match.field, match.number, match.detail), name=match.owner_name
            ),
        )  # fmt: skip
        failure = self.status.text() if self.status.property("error") else ""
        self.run_search()
        if failure:  # why it was not replaced stays in view
            self._say(failure, error=True)
        count = self.results.row_count()
        if count:
            # The replaced match is gone (unless the new text matches too): the one in
            # its place is the next.
            next_row = row if changed else row + 1
            self.results.set_current_row(next_row % count)
        return changed

    def replace_all(self) -> int:
        """Replace every match (all of them, not just the listed ones) as one undo step;
        returns the number of fields changed."""
        if self.pattern is None or self.document is None:
            return 0
        matches = search(self.document, self.pattern)
        plan = plan_replacements(
            self.document, matches, self.pattern, self.replace_field.text(),
            self.regex_box.isChecked(),
        )  # fmt: skip
        done = [p for p in plan if not p.refused and p.new != p.old]
        refused = [p for p in plan if p.refused]
        label = tr("Replace “{find}” with “{replace}”").format(
            find=self.find_field.text(), replace=self.replace_field.text()
        )
        applied = self._apply(plan, label)
        failure = self.status.text() if not applied and done else ""
        changed = len(done) if applied else 0
        self.run_search()
        if failure:  # the document refused the change: its reason, not "0 fields"
            self._say(failure, error=True)
            self.window_.show_status(failure)
            return 0
        message = (
            tr("Replaced in 1 field.")
            if changed == 1
            else tr("Replaced in {n} fields.").format(n=changed)
        )
        if refused:
            reasons = sorted({tr(p.refused) for p in refused})
            message += " " + tr("{n} not replaced: {reasons}.").format(
                n=len(refused), reasons="; ".join(reasons)
            )
        self._say(message, error=bool(refused))
        self.window_.show_status(message)
        return changed

    def _apply(self, plan: list[Replacement], label: str) -> bool:
        """Run the plan as one undo step; False, with the reason in the status line,
        when nothing could be replaced."""
        self._say("")
        refused = [p for p in plan if p.refused]
        if not any(not p.refused and p.new != p.old for p in plan):
            if refused:
                self._say(
                    tr("Not replaced: {reason}.").format(reason=tr(refused[0].refused)), error=True
                )
            return False
        try:
            self.window_.undo_stack.run(label, lambda d: apply_replacements(d, plan))
        except ModelError as error:
            self._say(tr("Not replaced: {reason}").format(reason=str(error)), error=True)
            return False
        return True


def panel_of(window: Any) -> FindPanel:
    """The Find panel ``install`` added to ``window``."""
    return window.findChild(FindPanel, "findPanel")


def install(window: Any) -> None:
    """Add the Find panel (a dock) and Edit > Find, Find Next, Find Previous and Find
    and Replace to ``window``."""
    panel = FindPanel(window)
    dock = QDockWidget(tr("Find"), window)
    dock.setObjectName("findDock")
    dock.setWidget(panel)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    dock.hide()

    def open_panel(replacing: bool) -> None:
        panel.set_replace_mode(replacing)
        dock.setWindowTitle(tr("Find and Replace") if replacing else tr("Find"))
        dock.show()
        dock.raise_()
        panel.find_field.setFocus()
        panel.find_field.selectAll()

    def step(delta: int) -> None:
        if dock.isHidden() or not panel.find_field.text():
            open_panel(panel.replacing)
            return
        panel.step(delta)

    actions = [
        new_action(
            window, tr("&Find…"), lambda: open_panel(False), name="find",
            tip=tr("Search names, documentation, specifications, properties and journey fields"),
            status_tip=True, keys=[Key.Find],
        ),
        new_action(
            window, tr("Find &Next"), lambda: step(1), name="find_next",
            tip=tr("Show the next match of the search"), status_tip=True,
            keys=unique_keys([Key.FindNext, "F3"]),
        ),
        new_action(
            window, tr("Find Pre&vious"), lambda: step(-1), name="find_previous",
            tip=tr("Show the previous match of the search"), status_tip=True,
            keys=unique_keys([Key.FindPrevious, "Shift+F3"]),
        ),
        new_action(
            window, tr("Find and Rep&lace…"), lambda: open_panel(True), name="replace",
            tip=tr("Replace text in names and texts, with a preview of what changes"),
            # Ctrl+H as well: X11 desktops give the standard key none.
            status_tip=True, keys=unique_keys([Key.Replace, "Ctrl+H"]),
        ),
    ]  # fmt: skip
    for action in actions:
        window.addAction(action)
        window.actions_by_name[action.objectName().removeprefix("action_")] = action
    window.add_to_menu("edit", actions)
    toggle = dock.toggleViewAction()
    toggle.setText(tr("F&ind Panel"))
    toggle.setToolTip(tr("Show or hide the panel of the search and its matches"))
    window.add_to_menu("view", [toggle])
    window.documentBound.connect(panel.follow_window)
    panel.bind(window.document)
