"""The Problems panel: the model checks of the window's document, kept up to date as it
changes. Double-click (or Enter) shows the element, on a diagram that draws it; the
context menu offers the quick fixes (one undo step each) and switches a check off for
the document. A button in the status bar counts the problems and opens the panel
(View > Problems, F8)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..canvas.items.registry import preferred_size
from ..canvas.theme import MODERN
from ..commands.quickfix import MODEL_ACTIONS, apply_fix
from ..i18n import tr
from ..model import Document, ModelError, Transaction
from ..model.checks import CHECKS, all_problems, counts, element_title
from ..model.problems import Problem, QuickFix

PROBLEM_ROLE = Qt.ItemDataRole.UserRole
_PANELS: dict[int, ProblemsPanel] = {}


def severity_words() -> dict[str, str]:
    return {"error": tr("Error"), "warning": tr("Warning"), "info": tr("Note")}


def summary_text(problems: list[Problem]) -> str:
    """ "2 warnings, 1 note" or "No problems"."""
    found = counts(problems)
    parts = []
    for severity, one, many in (
        ("error", tr("1 error"), tr("{n} errors")),
        ("warning", tr("1 warning"), tr("{n} warnings")),
        ("info", tr("1 note"), tr("{n} notes")),
    ):
        n = found[severity]
        if n:
            parts.append(one if n == 1 else many.format(n=n))
    return ", ".join(parts) if parts else tr("No problems")


class ProblemsPanel(QWidget):
    """The problems of one window's document. See the module docstring."""

    def __init__(self, window: Any) -> None:
        super().__init__()
        self.setObjectName("problemsPanel")
        self.window_ = window
        self.document: Document | None = None
        self.problems: list[Problem] = []
        self._unsubscribe: Callable[[], None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._due)
        self.summary = QLabel()
        self.summary.setAccessibleName(tr("Summary of the problems"))
        self.checks_button = QToolButton()
        self.checks_button.setText(tr("Checks"))
        self.checks_button.setToolTip(tr("Choose which checks run on this document"))
        self.checks_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.checks_menu = QMenu(self.checks_button)
        self.checks_menu.aboutToShow.connect(self._fill_checks_menu)
        self.checks_button.setMenu(self.checks_menu)
        self.tree = QTreeWidget()
        self.tree.setObjectName("problemsList")
        self.tree.setAccessibleName(tr("Problems"))
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([tr("Severity"), tr("Problem"), tr("Element")])
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.itemActivated.connect(lambda item, _col: self.reveal(item))
        self.tree.currentItemChanged.connect(lambda item, _old: self._show_fix(item))
        self.fix_label = QLabel()
        self.fix_label.setWordWrap(True)
        self.fix_label.setAccessibleName(tr("Suggested fix"))
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.checks_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.fix_label)

    # ------------------------------------------------------------------ following

    def bind(self, document: Document) -> None:
        """Follow ``document`` (the window shows another one)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
        self.document = document
        self._unsubscribe = document.subscribe(self._changed)
        # Checked after the usual short pause: the window shows the document first (on a
        # big model the checks take a few tenths of a second).
        self._timer.start()

    def follow_window(self) -> None:
        """Follow the window's document (it shows another one)."""
        if self.window_.document is not self.document:
            self.bind(self.window_.document)

    def _changed(self, _transaction: Transaction) -> None:
        self._timer.start()  # once the gesture (and any burst of them) is over

    def _due(self) -> None:
        # Not before the window's first paint: on a big model the checks take longer
        # than drawing it, and the counter is drawn after them anyway.
        if not getattr(self.window_, "complete", True):
            self._timer.start()
            return
        self.refresh()

    def refresh(self) -> None:
        """Run the checks again and list what they find."""
        self._timer.stop()
        if self.document is None:
            return
        rank = {"error": 0, "warning": 1, "info": 2}
        started = time.perf_counter()
        found = all_problems(self.document.to_data())
        # Large models: wait longer after a change before checking again, so editing
        # stays smooth (three times what the checks took, up to two seconds).
        spent = (time.perf_counter() - started) * 1000
        self._timer.setInterval(int(min(max(150, 3 * spent), 2000)))
        self.problems = sorted(found, key=lambda p: rank.get(p.severity, 3))
        current = self.tree.currentItem()
        keep = current.data(0, PROBLEM_ROLE) if current is not None else None
        self.tree.clear()
        from PySide6.QtWidgets import QStyle  # here: its enums cost ~14 ms to build

        style = self.style()
        icons = {
            "error": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            "warning": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            "info": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
        }
        words = severity_words()
        for problem in self.problems:
            element = self.document.find(problem.element_id) if problem.element_id else None
            name = element_title(element, self.document.find) if element is not None else ""
            item = QTreeWidgetItem([words[problem.severity], problem.message, name])
            item.setIcon(0, icons[problem.severity])
            item.setData(0, PROBLEM_ROLE, problem)
            tip = problem.message + (
                "\n" + tr("Suggested fix: {fix}").format(fix=problem.fix) if problem.fix else ""
            )
            for column in range(3):
                item.setToolTip(column, tip)
            self.tree.addTopLevelItem(item)
            if problem == keep:
                self.tree.setCurrentItem(item)
        self.summary.setText(summary_text(self.problems))
        self._show_fix(self.tree.currentItem())
        status = _STATUS.get(id(self.window_))
        if status is not None:
            status.setText(summary_text(self.problems))
            worst = next(
                (s for s in ("error", "warning", "info") if counts(self.problems)[s]), None
            )
            status.setIcon(
                icons[worst]
                if worst
                else style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
            )

    def _show_fix(self, item: QTreeWidgetItem | None) -> None:
        problem = item.data(0, PROBLEM_ROLE) if item is not None else None
        self.fix_label.setText(
            tr("Suggested fix: {fix}").format(fix=problem.fix) if problem and problem.fix else ""
        )

    # ------------------------------------------------------------------ actions

    def reveal(self, item: QTreeWidgetItem | None) -> None:
        """Select the problem's element, on the diagram where the problem is seen."""
        self._reveal(item.data(0, PROBLEM_ROLE) if item is not None else None)

    def _reveal(self, problem: Problem | None) -> None:
        if problem is None or not problem.element_id or self.document is None:
            return
        if self.document.find(problem.element_id) is None:
            return
        self.window_.reveal([problem.element_id], problem.diagram_id)

    def apply(self, fix: QuickFix) -> bool:
        """Carry out a quick fix as one undo step; False when it no longer applies."""
        if fix.action == "edit-specification":
            from .spec_actions import open_editor

            open_editor(self.window_, fix.param("usecase"))
            return True
        if fix.action not in MODEL_ACTIONS:
            return False
        scene = self.window_.current_scene()
        theme = scene.theme if scene is not None else MODERN
        try:
            self.window_.undo_stack.run(
                fix.label, lambda d: apply_fix(d, fix, lambda e: preferred_size(e, theme))
            )
        except ModelError as problem:
            self.window_.show_status(tr("Cannot fix it: {problem}").format(problem=problem))
            return False
        self.refresh()
        return True

    def set_check(self, code: str, on: bool) -> None:
        """Switch a check on or off for this document (one undo step)."""
        if self.document is None:
            return
        settings = self.document.settings
        off = [c for c in settings.disabled_checks if c != code]
        if not on:
            off.append(code)
        if tuple(off) == settings.disabled_checks:
            return
        title = CHECKS[code].title if code in CHECKS else code
        text = tr("Turn on the check “{title}”") if on else tr("Turn off the check “{title}”")
        new = settings.model_copy(update={"disabled_checks": tuple(off)})
        self.window_.undo_stack.run(text.format(title=title), lambda d: d.set_info(settings=new))
        self.refresh()

    def _fill_checks_menu(self) -> None:
        self.checks_menu.clear()
        off = set(self.document.settings.disabled_checks) if self.document else set()
        for code, check in CHECKS.items():
            action = self.checks_menu.addAction(tr(check.title))
            action.setCheckable(True)
            action.setChecked(code not in off)
            action.setToolTip(
                tr("Severity: {severity}").format(severity=severity_words()[check.severity])
            )
            action.toggled.connect(lambda on, code=code: self.set_check(code, on))

    def fix_actions(self, problem: Problem) -> list[QAction]:
        """The context menu entries for a problem (quick fixes first)."""
        actions = []
        for fix in problem.fixes:
            action = QAction(fix.label, self)
            action.triggered.connect(lambda _c=False, fix=fix: self.apply(fix))
            actions.append(action)
        return actions

    def _context_menu(self, pos) -> None:
        item = self.tree.itemAt(pos)
        problem = item.data(0, PROBLEM_ROLE) if item is not None else None
        if problem is None:
            return
        menu = QMenu(self)
        menu.addActions(self.fix_actions(problem))
        if problem.fixes:
            menu.addSeparator()
        show = menu.addAction(tr("Show Element"))
        show.setEnabled(bool(problem.element_id))
        # The problem, not its row: a refresh while the menu is open deletes the rows.
        show.triggered.connect(lambda: self._reveal(problem))
        check = _check_of(problem.code)
        if check is not None:
            off = menu.addAction(tr("Turn Off “{title}”").format(title=tr(CHECKS[check].title)))
            off.triggered.connect(lambda: self.set_check(check, False))
        menu.exec(self.tree.viewport().mapToGlobal(pos))


def _open_at_a_sensible_height(window: Any, dock: QDockWidget) -> None:
    """The first time the panel shows, give it about eight rows (a quarter of the window
    at most): Qt gave it over a third of the window, half the canvas's height."""
    done = []

    def shown(visible: bool) -> None:
        if visible and not done:
            done.append(True)
            height = max(140, min(PANEL_HEIGHT, window.height() // 4))
            window.resizeDocks([dock], [height], Qt.Orientation.Vertical)

    dock.visibilityChanged.connect(shown)


PANEL_HEIGHT = 220
"""The Problems panel's height when it first opens, in pixels (about eight rows)."""


def _check_of(problem_code: str) -> str | None:
    """The check that reports a problem code (cycles share one check)."""
    if problem_code in CHECKS:
        return problem_code
    if problem_code in ("extend-cycle",):
        return "cycle"
    return None


_STATUS: dict[int, QToolButton] = {}


def install(window: Any) -> None:
    """Add the Problems panel (a dock), View > Problems (F8) and a status bar counter."""
    panel = ProblemsPanel(window)
    dock = QDockWidget(tr("Problems"), window)
    dock.setObjectName("problemsDock")
    dock.setWidget(panel)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    dock.hide()
    _open_at_a_sensible_height(window, dock)
    toggle = dock.toggleViewAction()
    toggle.setText(tr("&Problems"))
    toggle.setShortcut(QKeySequence("F8"))
    toggle.setToolTip(tr("Show or hide the problems the model checks find"))
    window.add_to_menu("view", [toggle])
    status = QToolButton()
    status.setObjectName("problemsStatus")
    status.setAutoRaise(True)
    status.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    status.setToolTip(tr("Show the problems the model checks find (F8)"))
    status.clicked.connect(lambda: (dock.show(), dock.raise_()))
    # The counter gets its text once the checks have run, after the window's first
    # paint: room for "No problems" is kept from the start, so the zoom beside it stays.
    status.setText(summary_text([]))
    # (an empty icon of the same size takes the same room as the style's tick, which
    # is not asked for here: PySide would build QStyle's enums before the first paint)
    blank = QPixmap(status.iconSize())
    blank.fill(QColor(0, 0, 0, 0))
    status.setIcon(QIcon(blank))
    status.setMinimumWidth(status.sizeHint().width())
    status.setText("")
    status.setIcon(QIcon())
    window.statusBar().addPermanentWidget(status)
    _PANELS[id(window)] = panel
    _STATUS[id(window)] = status
    window.documentBound.connect(panel.follow_window)
    panel.bind(window.document)
    if not getattr(window, "complete", True):
        # The usual pause counts from the window's completion, not from its making:
        # however long the first paint takes, the counter stays blank until just after.
        window.completed.connect(lambda: panel._timer.start())
    if isinstance(window, QObject):
        window.destroyed.connect(
            lambda *_: (_PANELS.pop(id(window), None), _STATUS.pop(id(window), None))
        )


def panel_of(window: Any) -> ProblemsPanel:
    """The Problems panel ``install`` added to ``window``."""
    return _PANELS[id(window)]
