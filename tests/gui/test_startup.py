"""The editor's first window paints before the features it does not show are installed
(``MainWindow(finish_after_paint=True)``), then completes itself: the same menus,
panels and actions as a window built all at once. The recovery store is opened before
the first window only when there are recovery copies. A fresh start keeps the deferred
modules out until its first paint (benchmarks/bench_startup.py has the figures)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLineEdit, QMenu, QToolButton

from tests.conftest import run_fresh
from ucdesigner.app import extensions, language, launch, recovery_dialog
from ucdesigner.app.main_window import MainWindow
from ucdesigner.app.recovery_folder import RECOVERY_SUFFIX, has_recovery_copies
from ucdesigner.io.recovery import SUFFIX


def _menus(menu: QMenu) -> list:
    return [
        (a.text(), a.objectName(), a.shortcut().toString(), _menus(a.menu()) if a.menu() else [])
        for a in menu.actions()
    ]


def _looks(window: MainWindow) -> dict:
    """What a user can find in a window: menus, panels, status bar, actions."""
    return {
        "menus": [(a.text(), _menus(a.menu())) for a in window.menuBar().actions()],
        "docks": sorted(
            (d.objectName(), d.isVisibleTo(window)) for d in window.findChildren(QDockWidget)
        ),
        "status": sorted(w.objectName() for w in window.statusBar().findChildren(QToolButton)),
        "actions": sorted(window.actions_by_name),
        "shortcuts": sorted(a.shortcut().toString() for a in window.actions() if a.shortcut()),
    }


def test_the_first_window_completes_itself_after_its_first_paint(qtbot) -> None:
    whole = MainWindow()
    qtbot.addWidget(whole)
    first = MainWindow(finish_after_paint=True)
    qtbot.addWidget(first)
    assert "find" not in first.actions_by_name  # Edit > Find comes after the paint
    # what shows in the first paint is there before it
    assert first.statusBar().findChild(QToolButton, "problemsStatus") is not None
    assert first.findChild(QDockWidget, "browserDock").findChild(QLineEdit) is not None
    assert "&Window" in [a.text() for a in first.menuBar().actions()]
    first.show()
    qtbot.waitUntil(lambda: "find" in first.actions_by_name, timeout=5000)
    assert _looks(first) == _looks(whole)
    first.finish_start()  # once only
    assert _looks(first) == _looks(whole)


def test_every_feature_is_installed_once_whichever_way_the_window_starts(qtbot) -> None:
    window = MainWindow(finish_after_paint=True)
    qtbot.addWidget(window)
    window.finish_start()
    window.finish_start()
    assert set(extensions.FIRST_PAINT) <= set(extensions.INSTALLERS)
    view_entries = [a.text() for a in window.menu("view").actions()]
    assert view_entries.count("&Problems") == 1
    assert len(window.findChildren(QDockWidget, "findDock")) == 1


def test_recovery_copies_are_looked_for_without_the_store(tmp_path) -> None:
    assert RECOVERY_SUFFIX == SUFFIX
    assert not has_recovery_copies(tmp_path / "missing")
    assert not has_recovery_copies(tmp_path)
    (tmp_path / "s1x2.lock").write_text("")
    assert not has_recovery_copies(tmp_path)
    (tmp_path / f"s1x2--doc{SUFFIX}").write_text("")
    assert has_recovery_copies(tmp_path)


def test_the_editor_offers_recovery_only_when_there_are_copies(
    tmp_path, monkeypatch, qtbot
) -> None:
    offered = []

    def offer(store, window_class, parent=None):
        offered.append(store.folder)
        return []

    monkeypatch.setattr(recovery_dialog, "offer_recovery", offer)
    # the interface stays as the other tests expect it, whatever the machine's language
    monkeypatch.setattr(language, "load_language", lambda app, code=None: "en")
    folder = tmp_path / "recovery"
    monkeypatch.setenv("UCDESIGNER_RECOVERY_DIR", str(folder))
    for copies in (False, True):
        if copies:
            folder.mkdir(exist_ok=True)
            (folder / f"s9x9--lost{SUFFIX}").write_text("")
        app = launch.start_editor([])
        windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
        for window in windows:
            qtbot.addWidget(window)
            window.finish_start()
        assert offered == ([folder] if copies else [])


PROBE = """
import json, sys
from PySide6.QtCore import QTimer
from ucdesigner.app.launch import start_editor
app = start_editor([])
(window,) = [w for w in app.topLevelWidgets() if hasattr(w, "finish_start")]
watch = {watch!r}
before = [m for m in watch if m in sys.modules]
def done():
    if window._unfinished:
        QTimer.singleShot(10, done)
        return
    print(json.dumps({{"before": before, "after": [m for m in watch if m in sys.modules]}}))
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""


def test_a_fresh_start_imports_the_deferred_features_after_its_first_paint(tmp_path) -> None:
    watch = [
        "ucdesigner.app.find_panel",
        "ucdesigner.app.autosave",
        "ucdesigner.io.recovery",
        "ucdesigner.app.conflicts_panel",  # (made before the paint on a conflicted file)
    ]
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(watch=watch)],
        capture_output=True,
        text=True,
        timeout=120,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "UCDESIGNER_CONFIG_DIR": str(tmp_path / "config"),
        },
    )
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report == {"before": [], "after": watch}


def test_the_model_checks_wait_for_the_first_paint(qtbot) -> None:
    window = MainWindow(finish_after_paint=True)
    qtbot.addWidget(window)
    status = window.statusBar().findChild(QToolButton, "problemsStatus")
    qtbot.wait(400)  # the checks' usual pause is 150 ms
    assert status.text() == ""
    window.finish_start()
    qtbot.waitUntil(lambda: status.text() != "", timeout=5000)
    assert window.complete


def test_a_window_never_painted_completes_itself_all_the_same(qtbot, monkeypatch) -> None:
    from ucdesigner.app import main_window

    monkeypatch.setattr(main_window, "FINISH_AT_THE_LATEST_MS", 50)
    window = MainWindow(finish_after_paint=True)  # never shown
    qtbot.addWidget(window)
    assert not window.complete
    qtbot.waitUntil(lambda: window.complete, timeout=5000)
    assert "find" in window.actions_by_name


def test_the_zoom_beside_the_problem_counter_stays_when_the_count_arrives(qtbot) -> None:
    window = MainWindow(finish_after_paint=True)
    qtbot.addWidget(window)
    status = window.statusBar().findChild(QToolButton, "problemsStatus")
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(30)  # laid out and painted; the checks come 150 ms after that
    before = window.zoom_label.mapTo(window, window.zoom_label.rect().topLeft())
    assert status.text() == ""
    qtbot.waitUntil(lambda: status.text() != "", timeout=5000)
    qtbot.wait(50)  # the status bar lays itself out again
    assert window.zoom_label.mapTo(window, window.zoom_label.rect().topLeft()) == before


_EDITOR_STARTED = """
import gc, json, sys
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QEvent, QObject, QTimer
from ucdesigner.app.launch import start_editor
app = start_editor(sys.argv[1:])
(window,) = [w for w in app.topLevelWidgets() if hasattr(w, "finish_start")]
"""
"""The start of a probe: the editor started as ``ucdesigner [FILE]`` starts it."""

_AT_FIRST_FRAME = """
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not seen:
            seen["painted"] = True
            QTimer.singleShot(0, frame_done)  # the whole frame painted
        return False
watcher = FirstPaint()
window.installEventFilter(watcher)
app.exec()
print(json.dumps(seen))
"""
"""The end of a probe: its ``frame_done`` runs once the first frame is painted, then
``seen`` is printed."""

FIRST_FRAME = (
    _EDITOR_STARTED
    + """
seen = {}
def frame_done():
    seen["QStyle"] = "QStyle" in vars(QtWidgets)  # PySide makes a class when first used
    app.quit()
"""
    + _AT_FIRST_FRAME
)


def test_the_first_frame_leaves_qstyle_alone(tmp_path) -> None:
    # Taking QStyle from PySide builds all its enums (~14 ms): the canvas items ask the
    # item whether it is selected, the problem counter keeps its room with a blank icon,
    # the appearance asks for the style when it changes it. On a document, so that
    # shapes and lines are painted in the first frame.
    example = Path(__file__).resolve().parents[2] / "resources/examples/post-purchase-support.ucd"
    seen = run_fresh(
        FIRST_FRAME, str(example), env={"UCDESIGNER_CONFIG_DIR": str(tmp_path / "config")}
    )
    assert seen == {"painted": True, "QStyle": False}


COLLECTOR = (
    _EDITOR_STARTED
    + """
seen = {"started": gc.isenabled()}
def done():
    if not window.complete:
        QTimer.singleShot(10, done)
        return
    seen["complete"] = gc.isenabled()
    app.quit()
QTimer.singleShot(0, done)
app.exec()
print(json.dumps(seen))
"""
)


def test_the_collector_waits_for_the_first_window_to_complete(tmp_path) -> None:
    seen = run_fresh(COLLECTOR, env={"UCDESIGNER_CONFIG_DIR": str(tmp_path / "config")})
    assert seen == {"started": False, "complete": True}


UNTAKEN = (
    _EDITOR_STARTED
    + """
watch = json.loads(sys.stdin.read())
seen = {}
def frame_done():
    modules = (QtCore, QtGui, QtWidgets)
    seen["taken"] = [n for n in watch if any(n in vars(m) for m in modules)]
    window.finish_start()
    seen["complete"] = window.complete
    app.quit()
"""
    + _AT_FIRST_FRAME
)


def test_the_first_frame_takes_no_class_it_does_not_show(tmp_path) -> None:
    # PySide builds a class's enums when the class is first taken (~0.25 ms each): the
    # dialogs, the widgets only a selection shows, QAccessible, the brush's other kinds
    # (QImage, QGradient), and the dozens of widget classes PySide goes through to wrap
    # a widget Qt made (a scroll area's viewport, a tree's model) wait for first use.
    watch = [
        "QFileDialog", "QInputDialog", "QMessageBox", "QColorDialog", "QDialog",
        "QComboBox", "QSpinBox", "QListWidget", "QTabBar", "QTextEdit", "QMdiArea",
        "QAccessible", "QImage", "QGradient", "QAbstractItemModel",
    ]  # fmt: skip
    config = {"UCDESIGNER_CONFIG_DIR": str(tmp_path / "config")}
    report = run_fresh(UNTAKEN, stdin=json.dumps(watch), env=config)
    assert report == {"painted": True, "taken": [], "complete": True}


def test_a_menu_opened_before_the_window_completes_shows_every_entry(qtbot) -> None:
    whole = MainWindow()
    qtbot.addWidget(whole)
    for name in ("view", "edit"):  # (View > Conflicts, Edit > Find come after the paint)
        first = MainWindow(finish_after_paint=True)  # not painted: features not installed
        qtbot.addWidget(first)
        menu = first.menu(name)
        assert _menus(menu) != _menus(whole.menu(name))
        menu.popup(first.mapToGlobal(first.rect().center()))
        qtbot.waitUntil(menu.isVisible, timeout=5000)
        assert first.complete
        assert _menus(menu) == _menus(whole.menu(name))
        menu.hide()


def test_the_browser_filter_typed_before_the_window_completes_follows_the_tree(qtbot) -> None:
    from ucdesigner.io.native import load

    example = Path(__file__).resolve().parents[2] / "resources/examples/post-purchase-support.ucd"
    window = MainWindow(load(example), example, finish_after_paint=True)
    qtbot.addWidget(window)
    box = window.findChild(QDockWidget, "browserDock").findChild(QLineEdit, "browserFilter")
    qtbot.keyClicks(box, "customer")
    assert not window.complete

    def shown() -> set[str]:
        texts = set()
        for item in window.browser._all_items():
            hidden, parent = item.isHidden(), item.parent()
            while parent is not None:
                hidden, parent = hidden or parent.isHidden(), parent.parent()
            if not hidden and item.data(0, Qt.ItemDataRole.UserRole):
                texts.add(item.text(0))
        return texts

    qtbot.waitUntil(lambda: "Customer" in shown() and "Support Agent" not in shown())
    element = next(e for e in window.document.nodes() if e.name == "Support Agent")
    window.undo_stack.run("rename", lambda d: d.update(element.id, name="Customer Agent"))
    try:
        # the tree is rebuilt: its new rows are filtered as the old ones were
        qtbot.waitUntil(lambda: "Customer Agent" in shown(), timeout=5000)
        assert not any("Portal" in text for text in shown())
    finally:
        window.undo_stack.setClean()  # (closed without asking to save)


def test_a_shortcut_pressed_before_the_window_completes_reaches_its_feature(qtbot) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    first = MainWindow(finish_after_paint=True)
    qtbot.addWidget(first)
    first.show()  # (no event is processed: the window is not complete yet)
    assert not first.complete and "find" not in first.actions_by_name
    # Ctrl+F, pressed on the canvas, is the shortcut of Edit > Find, installed later.
    ctrl_f = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    QApplication.sendEvent(first.current_view(), ctrl_f)
    assert first.complete and ctrl_f.isAccepted()
    find_dock = first.findChild(QDockWidget, "findDock")
    assert find_dock is not None and find_dock.isVisibleTo(first)
    # A key that is no shortcut (here Ctrl alone, which comes before Ctrl+F) completes
    # the window and does nothing else: the next key finds every shortcut in place.
    other = MainWindow(finish_after_paint=True)
    qtbot.addWidget(other)
    other.show()
    qtbot.keyPress(other.current_view(), Qt.Key.Key_Control)
    assert other.complete and "find" in other.actions_by_name
    assert not other.findChild(QDockWidget, "findDock").isVisibleTo(other)
