"""The main window: palette, diagram tabs, model browser and properties around one
document, with menus, toolbar and status bar. Feature modules add their own actions
through ``extensions.install_all``; the interface they rely on is documented there."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QPaintEvent,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QScrollArea,
    QToolBar,
)

from ..canvas.scene import DiagramScene
from ..canvas.view import DiagramView
from ..commands import UndoStack
from ..i18n import tr
from ..io.filestamp import FileStamp
from ..io.imports import IMPORT_SUFFIXES, is_importable
from ..io.native import SUFFIX, NativeFormatError, load
from ..model import DiagramInfo, Document, new_id
from ..model.elements import RELATIONSHIP_KINDS
from . import context_menus, extensions, settings_apply, windows
from .actions import MENU_TITLES, MENUS, TOOL_KEYS, build_actions, unique_keys
from .browser import ModelBrowser
from .editing import Editing
from .icons import SCALES, screen_scales
from .palette import Palette
from .preferences import Preferences
from .properties import PropertiesPanel
from .saving import write_document
from .tabs import DiagramTabs

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QMessageBox

# The dialogs' classes are taken from PySide6 when first used: PySide builds a class's
# enums when the class is first taken, and none of them shows in the first frame.

FINISH_AT_THE_LATEST_MS = 2000
"""A window made with ``finish_after_paint`` installs all its features after its first
paint, or after this long if it has not been painted by then."""

FILE_FILTER = QT_TRANSLATE_NOOP("", "ucdesigner documents (*.ucd);;All files (*)")


def _openable(path: str) -> bool:
    """A .ucd document or another tool's model file (imported)."""
    return path.endswith(SUFFIX) or is_importable(path)


def new_document() -> Document:
    """An empty document with one diagram, ready to draw on."""
    document = Document(tr("Model"))
    document.add_diagram(DiagramInfo(id=new_id("diagram"), name=tr("Use cases")))
    return document


class MainWindow(QMainWindow):
    """One document in one window."""

    documentSaved = Signal(str)
    """Emitted with the file path after every successful save."""
    documentBound = Signal()
    """Emitted when the window shows a (new) document, with its own undo stack."""
    closed = Signal()
    """Emitted when the window has agreed to close (changes saved or discarded)."""
    completed = Signal()
    """Emitted once every feature is installed (``finish_start`` has run)."""

    def __init__(
        self,
        document: Document | None = None,
        path: Path | None = None,
        *,
        finish_after_paint: bool = False,
    ) -> None:
        """A window on ``document`` (a new empty one by default) saved at ``path``. With
        ``finish_after_paint``, the features that do not show in the window as first
        painted are installed right after that paint (see ``finish_start``)."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.preferences = Preferences.shared()
        # An empty Document is falsy (len 0): test for None, not truth.
        self.document: Document = document if document is not None else new_document()
        self.path: Path | None = Path(path) if path else None
        self.document_token = uuid.uuid4().hex
        """Tells this window's document apart on the clipboard ("paste as shown")."""
        self.undo_group = QUndoGroup(self)
        self.undo_stack = UndoStack(self.document, self)
        self.editing = Editing(self)
        self._menus: dict[str, QMenu] = {}

        self.tabs = DiagramTabs(self)
        self.setCentralWidget(self.tabs)
        self.browser = ModelBrowser(self)
        self.properties = PropertiesPanel(self.current_view, self)
        self.icon_scales = screen_scales() if finish_after_paint else SCALES
        """The scales the tool icons are painted at: those the screens need until the
        window is complete, then all (settings_apply's watcher paints the others)."""
        self.actions_by_name = build_actions(self)
        self.palette = Palette({k: self.actions_by_name[f"tool_{k}"] for k in TOOL_KEYS}, self)
        self._build_docks()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self.setAcceptDrops(True)

        self.tabs.currentViewChanged.connect(self._current_view_changed)
        self.tabs.tabBarDoubleClicked.connect(lambda _index: self.rename_diagram())
        self.browser.selectionIds.connect(self._browser_selected)
        self.browser.diagramActivated.connect(self.tabs.show_diagram)
        self.browser.deleteRequested.connect(self.editing.delete_from_model)
        self.undo_group.cleanChanged.connect(lambda _clean: self._update_title())
        QApplication.clipboard().dataChanged.connect(self._update_actions)

        self.actions_by_name["show_grid"].setChecked(self.preferences.show_grid)
        self.actions_by_name["snap"].setChecked(self.preferences.snap_to_grid)
        self._bind(self.document, self.path)
        self._unfinished = True
        extensions.install_all(self, first_paint=True)
        self.resize(1400, 900)
        if not finish_after_paint:
            self.finish_start()
        else:  # at the latest, should the window not be painted (minimised, hidden)
            QTimer.singleShot(FINISH_AT_THE_LATEST_MS, self, self.finish_start)

    def finish_start(self) -> None:
        """Install the features the first paint does not need (their menu entries, hidden
        panels, autosave); once. The editor calls it just after the window's first
        paint, so the window appears sooner; anything that needs them first calls it."""
        if self._unfinished:
            self._unfinished = False
            extensions.install_all(self, first_paint=False)
            self.completed.emit()

    @property
    def complete(self) -> bool:
        """Whether every feature is installed (``finish_start`` has run)."""
        return not self._unfinished

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._unfinished:
            # after this paint has reached the screen: the next turn of the event loop
            QTimer.singleShot(0, self, self.finish_start)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A key that reaches the window before it is complete (between its first paint
        and ``finish_start``) may be the shortcut of a feature not installed yet (Find,
        Ctrl+F): the window completes itself and gives the key to that feature."""
        if self._unfinished:
            self.finish_start()
            pressed = QKeySequence(event.keyCombination())
            for action in self.findChildren(QAction):
                if action.isEnabled() and pressed in action.shortcuts():
                    action.trigger()
                    event.accept()
                    return
        super().keyPressEvent(event)

    # ------------------------------------------------------------------ the extension interface

    def menu(self, name: str) -> QMenu:
        """The menu "file", "edit", "view", "diagram", "tools" or "help"."""
        return self._menus[name]

    def add_to_menu(self, name: str, actions: list[QAction]) -> None:
        """Add a feature's actions as a group of their own (in File, above Close and Quit)."""
        menu = self.menu(name)
        before = self.actions_by_name.get("close") if name == "file" else None
        if before is None:
            menu.addSeparator()
            menu.addActions(actions)
        else:
            menu.insertActions(before, actions)
            menu.insertSeparator(before)

    def current_view(self) -> DiagramView | None:
        return self.tabs.current_view()

    def current_scene(self) -> DiagramScene | None:
        view = self.current_view()
        return view.diagram_scene if view else None

    def show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 15000)

    def reveal(self, ids: list[str], diagram_id: str | None = None) -> None:
        """Select elements and show them: on ``diagram_id``, else on the current diagram
        when it shows the first of them, else on the first diagram that does."""
        shown_on = self.document.diagrams_showing(ids[0]) if ids else []
        view = self.current_view()
        if diagram_id is None or not self.document.has_diagram(diagram_id):
            current = view.diagram_id if view is not None else None
            diagram_id = current if current in shown_on else (shown_on[0] if shown_on else None)
        if diagram_id is not None:
            self.tabs.show_diagram(diagram_id)
        self.browser.select_ids(ids)
        self._browser_selected(ids)

    def open_document(self, document: Document, path: str | Path | None) -> None:
        """Show another document in this window (the caller has asked to save first)."""
        self._bind(document, Path(path) if path else None)

    # ------------------------------------------------------------------ building

    def _build_docks(self) -> None:
        self._docks: list[QDockWidget] = []
        for title, name, widget, area in (
            (tr("Palette"), "paletteDock", self.palette, Qt.DockWidgetArea.LeftDockWidgetArea),
            (tr("Model"), "browserDock", self.browser, Qt.DockWidgetArea.RightDockWidgetArea),
            (
                tr("Properties"),
                "propertiesDock",
                self.properties,
                Qt.DockWidgetArea.RightDockWidgetArea,
            ),
        ):
            dock = QDockWidget(title, self)
            dock.setObjectName(name)
            if widget is self.palette:
                scroller = QScrollArea()
                scroller.setWidget(widget)
                scroller.setWidgetResizable(True)
                scroller.setFrameShape(QScrollArea.Shape.NoFrame)
                # as wide as its widest entry, in whatever language (it scrolls down only)
                scroller.setMinimumWidth(
                    widget.sizeHint().width() + scroller.verticalScrollBar().sizeHint().width()
                )
                dock.setWidget(scroller)
            else:
                dock.setWidget(widget)
            self.addDockWidget(area, dock)
            self._docks.append(dock)
        # (the docks by hand: a search through the window's children costs more)
        self.resizeDocks([self._docks[0]], [190], Qt.Orientation.Horizontal)
        self.resizeDocks([self._docks[1]], [300], Qt.Orientation.Horizontal)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        for name, entries in MENUS.items():
            menu = bar.addMenu(tr(MENU_TITLES[name]))
            menu.setObjectName(f"menu_{name}")
            menu.setToolTipsVisible(True)
            # A menu opened before the features are installed (a click in the moment
            # between the first paint and finish_start) gets their entries first.
            menu.aboutToShow.connect(self.finish_start)
            self._menus[name] = menu
            for entry in entries:
                if entry == "-":
                    menu.addSeparator()
                elif entry == "@recent":
                    self.recent_menu = menu.addMenu(tr("Open &Recent"))
                    self.recent_menu.menuAction().setToolTip(tr("Open a document used lately"))
                    self.recent_menu.setToolTipsVisible(True)
                    self.recent_menu.aboutToShow.connect(self._fill_recent)
                elif entry == "@undo":
                    undo = self.undo_group.createUndoAction(self, tr("Undo"))
                    undo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
                    undo.setToolTip(tr("Undo the last change"))
                    menu.addAction(undo)
                    self.actions_by_name["undo"] = undo
                elif entry == "@redo":
                    redo = self.undo_group.createRedoAction(self, tr("Redo"))
                    # Ctrl+Y as well: the Linux desktops' standard Redo is Ctrl+Shift+Z only.
                    redo.setShortcuts(unique_keys([QKeySequence.StandardKey.Redo, "Ctrl+Y"]))
                    redo.setToolTip(tr("Redo the change undone last"))
                    menu.addAction(redo)
                    self.actions_by_name["redo"] = redo
                elif entry == "@connect":
                    connect = menu.addMenu(tr("&Connect Selected"))
                    connect.menuAction().setToolTip(
                        tr("Draw a relationship from the first selected element to the second")
                    )
                    connect.setToolTipsVisible(True)
                    for kind in RELATIONSHIP_KINDS:
                        connect.addAction(self.actions_by_name[f"connect_{kind}"])
                elif entry == "@panels":
                    for dock in self._docks:
                        toggle = dock.toggleViewAction()
                        toggle.setToolTip(
                            tr("Show or hide the {panel} panel").format(panel=dock.windowTitle())
                        )
                        menu.addAction(toggle)
                else:
                    menu.addAction(self.actions_by_name[entry])
            if name == "edit":
                menu.aboutToShow.connect(self._update_actions)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(tr("Main toolbar"), self)
        toolbar.setObjectName("mainToolbar")
        for entry in (
            "new", "open", "save", "-", "undo", "redo", "-", "cut", "copy", "paste", "-",
            "delete_from_diagram", "-", "zoom_out", "zoom_reset", "zoom_in", "zoom_fit",
        ):  # fmt: skip
            if entry == "-":
                toolbar.addSeparator()
            elif entry in ("undo", "redo"):
                toolbar.addAction(self._short_button(entry))
            else:
                toolbar.addAction(self.actions_by_name[entry])
        self.addToolBar(toolbar)

    def _short_button(self, name: str) -> QAction:
        """A toolbar button for the undo or redo action that keeps its one-word text (the
        menu entry says what it undoes, which made every later button jump) and tells
        the whole text in its tooltip."""
        source = self.actions_by_name[name]
        button = QAction(tr("Undo") if name == "undo" else tr("Redo"), self)
        button.setObjectName(f"toolbar_{name}")
        button.triggered.connect(lambda _checked=False: source.trigger())

        def follow() -> None:
            button.setEnabled(source.isEnabled())
            button.setToolTip(source.text() if source.isEnabled() else source.toolTip())

        source.changed.connect(follow)
        follow()
        return button

    def _build_status_bar(self) -> None:
        self.zoom_label = QLabel("100 %")
        self.zoom_label.setAccessibleName(tr("Zoom"))
        self.zoom_label.setMinimumWidth(60)
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.statusBar().showMessage(tr("Ready."))

    # ------------------------------------------------------------------ document binding

    def _bind(self, document: Document, path: Path | None) -> None:
        old_stack = self.undo_stack
        self.document, self.path = document, path
        self.file_stamp = FileStamp.of(path) if path else None
        self.document_token = uuid.uuid4().hex
        if old_stack.document is not document:
            self.undo_group.removeStack(old_stack)
            old_stack.deleteLater()
            self.undo_stack = UndoStack(document, self)
        self.undo_group.addStack(self.undo_stack)
        self.undo_group.setActiveStack(self.undo_stack)
        self.undo_stack.cleanChanged.connect(lambda _clean: self._update_title())
        self.browser.bind(document, self.undo_stack)
        self.properties.bind(document, self.undo_stack, show=False)
        self.tabs.bind(document, self.undo_stack, self._setup_view)
        self.properties.show_ids(self.properties.ids)  # (made when the tabs showed a view)
        self._update_title()
        self.documentBound.emit()

    def _setup_view(self, view: DiagramView) -> None:
        view.grid_size = self.preferences.grid_size
        view.actor_notation = self.preferences.actor_notation
        view.snap_enabled = self.actions_by_name["snap"].isChecked()
        view.show_grid = self.actions_by_name["show_grid"].isChecked()
        view.statusMessage.connect(self.show_status)
        view.toolChanged.connect(self._tool_changed)
        view.zoomChanged.connect(self._zoom_changed)
        view.propertiesRequested.connect(self.focus_properties)
        view.selectionIdsChanged.connect(lambda v=view: self._canvas_selected(v))
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(lambda pos, v=view: self._canvas_menu(v, pos))

    def _canvas_menu(self, view: DiagramView, pos) -> None:
        """Right-click on the canvas: the element under the pointer (selected first if
        it was not) with the features' entries and the editing actions."""
        item = view.diagram_scene.item_at(view.mapToScene(pos))
        selected = view.diagram_scene.selected_ids()
        if item is not None and item.element_id not in selected:
            view.diagram_scene.select_ids([item.element_id])
            selected = [item.element_id]
        elif item is None:
            view.diagram_scene.select_ids([])
            selected = []
        menu = QMenu(view)
        menu.setToolTipsVisible(True)
        extra = context_menus.actions_for(self, selected)
        menu.addActions(extra)
        if extra:
            menu.addSeparator()
        names = (
            ("rename", "keep_position", "delete_from_diagram", "delete_from_model")
            if selected
            else ("paste",)
        )
        for name in names:
            menu.addAction(self.actions_by_name[name])
        menu.exec(view.viewport().mapToGlobal(pos))

    def _update_title(self) -> None:
        name = self.path.name if self.path else tr("Untitled")
        self.setWindowTitle(tr("{name}[*] — ucdesigner").format(name=name))
        self.setWindowModified(not self.undo_stack.isClean())

    # ------------------------------------------------------------------ selection and tools

    def _current_view_changed(self, view: DiagramView | None) -> None:
        for other in self.tabs.views():
            if other is not view and other.tool.name != "select":
                other.set_tool(None)
        self._canvas_selected(view)
        if view is not None:
            self._zoom_changed(view.zoom())
        self.actions_by_name["tool_select"].setChecked(True)

    def _canvas_selected(self, view: DiagramView | None) -> None:
        if not shiboken6.isValid(self.tabs):  # the window is being torn down
            return
        if view is not self.current_view():
            return
        ids = view.diagram_scene.selected_ids() if view else []
        self.browser.select_ids(ids)
        self.properties.show_ids(ids)
        self._update_actions()

    def _browser_selected(self, ids: list[str]) -> None:
        view = self.current_view()
        if view is not None:
            scene = view.diagram_scene
            scene.blockSignals(True)
            scene.select_ids(ids)
            scene.blockSignals(False)
            shown = scene.content_rect(ids)
            if not shown.isNull():
                view.ensureVisible(shown, 40, 40)
            view.viewport().update()
        self.properties.show_ids(ids)

    def focus_properties(self) -> None:
        """Show the properties panel and put the keyboard in its first field."""
        dock = self.findChild(QDockWidget, "propertiesDock")
        dock.show()
        dock.raise_()
        self.properties.focus_first_field()

    def choose_tool(self, kind: str) -> None:
        view = self.current_view()
        if view is None:
            self.show_status(tr("Add a diagram first (Diagram ▸ New Diagram)."))
            self.actions_by_name["tool_select"].setChecked(True)
            return
        view.set_tool(kind)
        view.setFocus()

    def _tool_changed(self, kind: str) -> None:
        action = self.actions_by_name.get(f"tool_{kind}")
        if action is not None:
            action.setChecked(True)

    def _zoom_changed(self, zoom: float) -> None:
        self.zoom_label.setText(f"{round(zoom * 100)} %")

    def with_view(self, method: str, *args: object) -> None:
        view = self.current_view()
        if view is not None:
            getattr(view, method)(*args)

    def rename_selected(self) -> None:
        view = self.current_view()
        if view is not None:
            view.rename_selected()

    def _update_actions(self) -> None:
        nodes = bool(self.editing.selected_nodes())
        anything = bool(self.editing.selection())
        for name in ("cut", "copy", "duplicate"):
            self.actions_by_name[name].setEnabled(nodes)
        for name in ("delete_from_diagram", "delete_from_model"):
            self.actions_by_name[name].setEnabled(anything)
        self.actions_by_name["paste"].setEnabled(self.editing.clipboard_fragment() is not None)
        self.actions_by_name["paste_shown"].setEnabled(self.editing.can_paste_shown())

    # ------------------------------------------------------------------ view settings

    def set_show_grid(self, on: bool) -> None:
        if self.preferences.show_grid != on:
            self.preferences.show_grid = on
            settings_apply.preferences_changed()
        for view in self.tabs.views():
            view.show_grid = on
            view.viewport().update()

    def set_snap(self, on: bool) -> None:
        if self.preferences.snap_to_grid != on:
            self.preferences.snap_to_grid = on
            settings_apply.preferences_changed()
        for view in self.tabs.views():
            view.snap_enabled = on

    def ask_grid_size(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        size, ok = QInputDialog.getInt(
            self, tr("Grid size"), tr("Grid spacing (px at 100 %):"),
            self.preferences.grid_size, 2, 200,
        )  # fmt: skip
        if ok and size != self.preferences.grid_size:
            self.preferences.grid_size = size
            settings_apply.preferences_changed()

    # ------------------------------------------------------------------ diagrams

    def new_diagram(self) -> None:
        name = tr("Diagram {n}").format(n=len(self.document.diagrams()) + 1)
        diagram_id = new_id("diagram")
        self.undo_stack.run(
            tr("New diagram"), lambda d: d.add_diagram(DiagramInfo(id=diagram_id, name=name))
        )
        self.tabs.show_diagram(diagram_id)

    def rename_diagram(self) -> None:
        view = self.current_view()
        if view is None:
            return
        info = self.document.diagram_info(view.diagram_id)
        from PySide6.QtWidgets import QInputDialog

        name, ok = QInputDialog.getText(self, tr("Rename diagram"), tr("Name:"), text=info.name)
        if ok and name.strip() and name.strip() != info.name:
            self.undo_stack.run(
                tr("Rename diagram “{name}”").format(name=info.name),
                lambda d: d.update_diagram(info.id, name=name.strip()),
            )

    def duplicate_diagram(self) -> None:
        view = self.current_view()
        if view is None:
            return
        diagram = self.document.diagram(view.diagram_id)
        copy = diagram.model_copy(
            update={"id": new_id("diagram"), "name": tr("{name} (copy)").format(name=diagram.name)}
        )
        index = [d.id for d in self.document.diagrams()].index(diagram.id) + 1
        self.undo_stack.run(
            tr("Duplicate diagram “{name}”").format(name=diagram.name),
            lambda d: d.add_diagram(copy, index),
        )
        self.tabs.show_diagram(copy.id)

    def delete_diagram(self) -> None:
        view = self.current_view()
        if view is None:
            return
        info = self.document.diagram_info(view.diagram_id)
        self.undo_stack.run(
            tr("Delete diagram “{name}”").format(name=info.name),
            lambda d: d.remove_diagram(info.id),
        )

    # ------------------------------------------------------------------ files

    @classmethod
    def open_file(cls, path: str, *, finish_after_paint: bool = False) -> MainWindow:
        """A window on the document at ``path``; an empty one with a message if it fails.
        Another tool's model file given here is imported into a new window."""
        if not path.endswith(SUFFIX) and is_importable(path):
            window = cls(finish_after_paint=finish_after_paint)
            QTimer.singleShot(0, lambda: (window.finish_start(), window.open_path(path)))
            return window
        try:
            return cls(load(path), Path(path), finish_after_paint=finish_after_paint)
        except NativeFormatError as error:
            window = cls(finish_after_paint=finish_after_paint)
            message = str(error)
            QTimer.singleShot(0, lambda: window.report_open_error(message))
            return window

    def report_open_error(self, error: Exception | str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(self, tr("Cannot open the file"), str(error))

    def new_file(self) -> MainWindow:
        """A new document: here when this window is blank, else in a new window."""
        target = windows.window_for_new(self)
        target.open_document(new_document(), None)
        return target

    def open_file_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = str(self.path.parent) if self.path else ""
        others = tr("Models of other tools, imported ({patterns})").format(
            patterns=" ".join(f"*{suffix}" for suffix in IMPORT_SUFFIXES)
        )
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Open"), folder, tr(FILE_FILTER) + ";;" + others
        )
        if path:
            self.open_path(path)

    def open_path(self, path: str | Path) -> bool:
        """Open a .ucd file: its window comes forward when it is open already; else it
        opens here when this window is blank, or in a new window. On a bad file, say
        what is wrong; every open document stays as it was. Another tool's model file is
        imported (File ▸ Import), with its report."""
        if not str(path).endswith(SUFFIX) and is_importable(path):
            from . import xmi_actions

            return xmi_actions.import_into(self, str(path))
        shown = windows.window_with_path(path)
        if shown is not None:
            windows.present(shown)
            return True
        try:
            document = load(path)
        except NativeFormatError as error:
            self.report_open_error(error)
            return False
        target = windows.window_for_new(self)
        target.open_document(document, path)
        self.preferences.add_recent(path)
        self.preferences.save()
        target.show_status(tr("Opened {path}.").format(path=path))
        return True

    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self.save_to(self.path)

    def save_as(self) -> bool:
        from PySide6.QtWidgets import QFileDialog

        start = str(self.path) if self.path else tr("Untitled") + SUFFIX
        path, _ = QFileDialog.getSaveFileName(self, tr("Save As"), start, tr(FILE_FILTER))
        if not path:
            return False
        if not path.endswith(SUFFIX) and "." not in Path(path).name:
            path += SUFFIX
        return self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        """Write the document to ``path`` (atomically, see app/saving.py). On failure,
        say why; the document stays open and marked modified."""
        if not write_document(self, Path(path)):
            return False
        self.path = Path(path)
        self.undo_stack.setClean()
        self.preferences.add_recent(path)
        self.preferences.save()
        self._update_title()
        self.show_status(tr("Saved {path}.").format(path=path))
        self.documentSaved.emit(str(path))
        return True

    def ask_to_save(self) -> QMessageBox.StandardButton:
        """Save, Discard or Cancel for the unsaved changes."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setObjectName("saveChangesBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Unsaved changes"))
        name = self.path.name if self.path else tr("Untitled")
        box.setText(tr("Save the changes to “{name}”?").format(name=name))
        box.setInformativeText(tr("Your changes are lost if you don't save them."))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        return QMessageBox.StandardButton(box.exec())

    def maybe_save(self) -> bool:
        """True when it is fine to drop the current document."""
        if self.undo_stack.isClean():
            return True
        from PySide6.QtWidgets import QMessageBox

        answer = self.ask_to_save()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.maybe_save():
            self.tabs.release()
            event.accept()
            self.closed.emit()
        else:
            event.ignore()

    def quit_all(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and not widget.close():
                return

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.preferences.recent_files:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _c=False, p=path: self.open_path(p))
        if not self.preferences.recent_files:
            self.recent_menu.addAction(tr("(none yet)")).setEnabled(False)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(_openable(u.toLocalFile()) for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [u.toLocalFile() for u in event.mimeData().urls() if _openable(u.toLocalFile())]
        if not files:
            return
        event.acceptProposedAction()
        # another tool's model is imported, with its report (see open_path)
        QTimer.singleShot(0, lambda: self.open_path(files[0]))

    # ------------------------------------------------------------------ help

    def show_shortcuts(self) -> None:
        from . import shortcuts  # dialogs are imported when first opened

        shortcuts.ShortcutsDialog(self, self).exec()

    def show_about(self) -> None:
        from . import about

        about.show_about(self)
