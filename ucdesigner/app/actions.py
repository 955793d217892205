"""Every action of the main window, with its menu entry, shortcut and tooltip."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from ..canvas.labels import a_kind, kind_title
from ..i18n import tr
from ..model.elements import NODE_KINDS, RELATIONSHIP_KINDS
from .icons import SCALES, notation_icon

if TYPE_CHECKING:
    from .main_window import MainWindow

Key = QKeySequence.StandardKey

TOOL_KEYS = {
    "select": "V",
    "actor": "A",
    "usecase": "U",
    "subject": "B",
    "package": "P",
    "comment": "N",
    "association": "S",
    "include": "I",
    "extend": "E",
    "generalization": "G",
    "dependency": "D",
    "comment_link": "K",
}
"""Single-key tools (S for association: it links actors to the use cases they take part in)."""


def new_action(
    parent: QObject,
    text: str,
    slot: Callable[[], object] | None = None,
    *,
    name: str = "",
    tip: str = "",
    status_tip: bool = False,
    keys: Sequence[QKeySequence | QKeySequence.StandardKey | str] = (),
    checkable: bool = False,
) -> QAction:
    """An action with its object name (``action_<name>``), tooltip (also shown in the
    status bar with ``status_tip``), shortcuts, and ``slot()`` called when triggered."""
    action = QAction(text, parent)
    if name:
        action.setObjectName(f"action_{name}")
    if tip:
        action.setToolTip(tip)
        if status_tip:
            action.setStatusTip(tip)
    if keys:
        action.setShortcuts([QKeySequence(k) for k in keys])
    action.setCheckable(checkable)
    if slot is not None:
        action.triggered.connect(lambda _checked=False: slot())
    return action


def build_actions(window: MainWindow) -> dict[str, QAction]:
    """Create the window's actions, keyed by a stable name. The tools' icons are
    painted at ``window.icon_scales`` (all of ``icons.SCALES`` if it has none)."""
    actions: dict[str, QAction] = {}
    scales = getattr(window, "icon_scales", SCALES)
    files, editing = window, window.editing

    def add(
        name: str,
        text: str,
        tip: str,
        slot: Callable[[], object] | None = None,
        keys: list | None = None,
        checkable: bool = False,
    ) -> QAction:
        action = new_action(
            window,
            text,
            slot,
            name=name,
            tip=tip,
            status_tip=True,
            keys=keys or (),
            checkable=checkable,
        )
        window.addAction(action)
        actions[name] = action
        return action

    # File
    add("new", tr("&New"), tr("Start a new document"), files.new_file, [Key.New])
    add("open", tr("&Open…"), tr("Open a .ucd document"), files.open_file_dialog, [Key.Open])
    add("save", tr("&Save"), tr("Save the document"), files.save, [Key.Save])
    add(
        "save_as",
        tr("Save &As…"),
        tr("Save the document under another name"),
        files.save_as,
        unique_keys([Key.SaveAs, "Ctrl+Shift+S"]),
    )
    # Ctrl+W and Ctrl+Q as well: some platforms name other keys (Ctrl+F4) or none.
    add(
        "close",
        tr("&Close Window"),
        tr("Close this window"),
        window.close,
        unique_keys([Key.Close, "Ctrl+W"]),
    )
    add(
        "quit",
        tr("&Quit"),
        tr("Close every window and quit"),
        window.quit_all,
        unique_keys([Key.Quit, "Ctrl+Q"]),
    )

    # Edit: undo and redo come from the undo group (they show what they will undo)
    add(
        "cut",
        tr("Cu&t"),
        tr("Copy the selection and delete it from the model"),
        editing.cut,
        [Key.Cut],
    )
    add("copy", tr("&Copy"), tr("Copy the selected elements"), editing.copy, [Key.Copy])
    add(
        "paste",
        tr("&Paste"),
        tr("Paste copies of the copied elements (new elements)"),
        editing.paste,
        [Key.Paste],
    )
    add(
        "paste_shown",
        tr("Paste as &Shown Elements"),
        tr("Show the copied elements themselves on this diagram (no copies are made)"),
        editing.paste_shown,
        ["Ctrl+Shift+V"],
    )
    add(
        "duplicate",
        tr("D&uplicate"),
        tr("Make copies of the selection beside it"),
        editing.duplicate,
        ["Ctrl+D"],
    )
    add(
        "delete_from_diagram",
        tr("&Delete from Diagram"),
        tr("Remove the selection from this diagram; the elements stay in the model"),
        editing.delete_from_diagram,
        [Key.Delete],
    )
    add(
        "delete_from_model",
        tr("Delete from &Model"),
        tr(
            "Delete the selection from the model, with its relationships and its shapes "
            "on every diagram"
        ),
        editing.delete_from_model,
        ["Ctrl+Delete"],
    )
    add(
        "select_all",
        tr("Select &All"),
        tr("Select everything on this diagram"),
        editing.select_all,
        [Key.SelectAll],
    )
    add(
        "rename",
        tr("&Rename"),
        tr("Edit the name of the selected element on the canvas"),
        window.rename_selected,
        ["F2"],
    )

    # View
    add(
        "zoom_in",
        tr("Zoom &In"),
        tr("Zoom in"),
        lambda: window.with_view("zoom_in"),
        [Key.ZoomIn, "Ctrl+="],
    )
    add(
        "zoom_out",
        tr("Zoom &Out"),
        tr("Zoom out"),
        lambda: window.with_view("zoom_out"),
        [Key.ZoomOut],
    )
    add(
        "zoom_fit",
        tr("&Fit Diagram"),
        tr("Zoom to show the whole diagram"),
        lambda: window.with_view("zoom_fit"),
        ["Ctrl+9"],
    )
    add(
        "zoom_reset",
        tr("&Actual Size (100 %)"),
        tr("Zoom to 100 %"),
        lambda: window.with_view("zoom_reset"),
        ["Ctrl+0"],
    )
    add(
        "show_grid", tr("Show &Grid"), tr("Show the grid on the canvas"), None, None, True
    ).toggled.connect(window.set_show_grid)
    add(
        "snap",
        tr("&Snap to Grid"),
        tr("Shapes and bend points snap to the grid (hold Alt to place freely)"),
        None,
        None,
        True,
    ).toggled.connect(window.set_snap)
    add("grid_size", tr("Grid Si&ze…"), tr("Set the grid spacing"), window.ask_grid_size)

    # Diagram
    add(
        "new_diagram",
        tr("&New Diagram"),
        tr("Add a new diagram to the document"),
        window.new_diagram,
        ["Ctrl+T"],
    )
    add(
        "rename_diagram",
        tr("&Rename Diagram…"),
        tr("Rename the current diagram"),
        window.rename_diagram,
    )
    add(
        "duplicate_diagram",
        tr("D&uplicate Diagram"),
        tr("A new diagram showing the same elements"),
        window.duplicate_diagram,
    )
    add(
        "delete_diagram",
        tr("&Delete Diagram"),
        tr("Delete the current diagram; its elements stay in the model"),
        window.delete_diagram,
    )
    for how, text in (
        ("left", tr("Align &Left")),
        ("centre", tr("Align &Centre")),
        ("right", tr("Align &Right")),
        ("top", tr("Align &Top")),
        ("middle", tr("Align &Middle")),
        ("bottom", tr("Align &Bottom")),
    ):
        add(
            f"align_{how}",
            text,
            tr("Line the selected shapes up with the first one selected"),
            lambda how=how: editing.align(how),
        )
    add(
        "distribute_x",
        tr("Distribute &Horizontally"),
        tr("Equal gaps between the selected shapes, left to right"),
        lambda: editing.distribute("x"),
    )
    add(
        "distribute_y",
        tr("Distribute &Vertically"),
        tr("Equal gaps between the selected shapes, top to bottom"),
        lambda: editing.distribute("y"),
    )
    add(
        "same_size",
        tr("Make &Same Size"),
        tr("Give the selected shapes the size of the first one selected"),
        editing.same_size,
    )

    for kind in RELATIONSHIP_KINDS:
        add(
            f"connect_{kind}",
            kind_title(kind),
            tr("Draw {a_kind} from the first selected element to the second").format(
                a_kind=a_kind(kind)
            ),
            lambda kind=kind: window.with_view("connect_selected", kind),
        )

    # Tools
    group = QActionGroup(window)
    group.setExclusive(True)
    for kind in ("select", *NODE_KINDS, *RELATIONSHIP_KINDS):
        if kind == "select":
            text, tip = tr("&Select"), tr("Select, move and resize (Esc returns here)")
        elif kind in NODE_KINDS:
            text = kind_title(kind)
            tip = tr("Place {a_kind}: click on the canvas, or drag this onto it").format(
                a_kind=a_kind(kind)
            )
        else:
            text = kind_title(kind)
            tip = tr("Draw {a_kind}: press on one element and drag to the other").format(
                a_kind=a_kind(kind)
            )
        key = TOOL_KEYS[kind]
        action = add(
            f"tool_{kind}",
            text,
            f"{tip} ({key})",
            lambda kind=kind: window.choose_tool(kind),
            [key],
            True,
        )
        action.setIcon(notation_icon(kind, scales=scales))
        group.addAction(action)
    actions["tool_select"].setChecked(True)

    # Letters and Delete act on the canvas only: typed in the model browser or a field
    # they mean what they mean there.
    for name in (*(f"tool_{k}" for k in TOOL_KEYS), "delete_from_diagram"):
        action = actions[name]
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        window.removeAction(action)
        window.tabs.addAction(action)

    # Help
    add(
        "shortcuts",
        tr("&Keyboard Shortcuts"),
        tr("List the keyboard shortcuts"),
        window.show_shortcuts,
        [Key.HelpContents],
    )
    add("about", tr("&About ucdesigner"), tr("Version and licence"), window.show_about)
    return actions


def unique_keys(keys: list) -> list[QKeySequence]:
    """The key sequences of ``keys`` once each (a standard key may be one of the others:
    an action given the same sequence twice is ambiguous to Qt and does nothing)."""
    found: list[QKeySequence] = []
    for key in keys:
        for sequence in (
            QKeySequence.keyBindings(key) if isinstance(key, Key) else [QKeySequence(key)]
        ):
            if not sequence.isEmpty() and sequence not in found:
                found.append(sequence)
    return found


MENUS = {
    "file": ["new", "open", "@recent", "-", "save", "save_as", "-", "close", "quit"],
    "edit": [
        "@undo",
        "@redo",
        "-",
        "cut",
        "copy",
        "paste",
        "paste_shown",
        "duplicate",
        "-",
        "delete_from_diagram",
        "delete_from_model",
        "-",
        "select_all",
        "rename",
    ],
    "view": [
        "zoom_in",
        "zoom_out",
        "zoom_fit",
        "zoom_reset",
        "-",
        "show_grid",
        "snap",
        "grid_size",
        "-",
        "@panels",
    ],
    "diagram": [
        "new_diagram",
        "rename_diagram",
        "duplicate_diagram",
        "delete_diagram",
        "-",
        "align_left",
        "align_centre",
        "align_right",
        "align_top",
        "align_middle",
        "align_bottom",
        "-",
        "distribute_x",
        "distribute_y",
        "same_size",
        "-",
        "@connect",
    ],
    "tools": [
        "tool_select",
        "-",
        *(f"tool_{k}" for k in NODE_KINDS),
        "-",
        *(f"tool_{k}" for k in RELATIONSHIP_KINDS),
    ],
    "help": ["shortcuts", "about"],
}
"""What each menu holds, in order ("-": a separator; "@name": filled in by the window)."""


MENU_TITLES = {
    "file": QT_TRANSLATE_NOOP("", "&File"),
    "edit": QT_TRANSLATE_NOOP("", "&Edit"),
    "view": QT_TRANSLATE_NOOP("", "&View"),
    "diagram": QT_TRANSLATE_NOOP("", "&Diagram"),
    "tools": QT_TRANSLATE_NOOP("", "&Tools"),
    "help": QT_TRANSLATE_NOOP("", "&Help"),
}
