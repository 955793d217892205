"""No translated text is cut off: in German, in French and in a pseudo-translation that
lengthens every text by about 35 %, the main window (menu bar, toolbars, docks), the
properties panel for each kind of element and every dialog the menus open show each
label, button, check box, group title and tab whole at their default sizes.

"Whole" is Qt's own measure: a widget at least as wide as its size hint (a word-wrapped
label as tall as its text needs at its width), a tab as wide as its text needs, a menu
bar and toolbars without the overflow button."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QTabBar,
    QToolBar,
    QToolButton,
    QWidget,
)

from ucdesigner import i18n_tools, l10n
from ucdesigner.app import language
from ucdesigner.io.native import load

from .catalogs import pseudo_catalog
from .sweep import LAST_ACTIONS, Problems, Sweep, action_name, answer_file_dialogs, window_actions

EXAMPLE = (
    Path(__file__).resolve().parents[2] / "resources" / "examples" / "post-purchase-support.ucd"
)


def cut_off(root: QWidget, where: str) -> list[str]:
    """Every visible text in ``root`` that does not fit its widget."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not shiboken6.isValid(widget) or not widget.isVisible():
            continue
        problem = _cut(widget) or _clipped(widget)
        if problem:
            name = widget.objectName() or type(widget).__name__
            found.append(f"{where}: {name}: {problem}")
    return found


TEXT_WIDGETS = (QLabel, QAbstractButton, QGroupBox)


def _clipped(widget: QWidget) -> str:
    """A text widget that its parents show only in part across (a panel narrower than
    its content, which scrolls sideways or cuts it). Widgets scrolled out of sight
    downwards, wholly hidden, do not count."""
    if not isinstance(widget, TEXT_WIDGETS) or isinstance(widget, QToolButton):
        return ""
    if isinstance(widget, QAbstractButton | QLabel) and not widget.text():
        return ""
    visible = widget.visibleRegion().boundingRect()
    needed = widget.width()
    if isinstance(widget, QLabel | QCheckBox | QRadioButton):  # text from the left edge
        needed = min(needed, widget.sizeHint().width())
    if visible.isEmpty() or visible.width() + 1 >= needed:
        return ""
    text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
    return f"{text!r} shows {visible.width()} of its {widget.width()} px across"


def _cut(widget: QWidget) -> str:
    if isinstance(widget, QLabel):
        text = widget.text()
        if not text or (widget.pixmap() is not None and not widget.pixmap().isNull()):
            return ""
        if widget.wordWrap():
            need = widget.heightForWidth(widget.width())
            if need > widget.height() + 1:
                return f"{text!r} needs {need} px of height, has {widget.height()}"
            return ""
        if widget.sizeHint().width() > widget.width() + 1:
            return f"{text!r} needs {widget.sizeHint().width()} px, has {widget.width()}"
        return ""
    if isinstance(widget, QAbstractButton) and widget.text():
        if (
            isinstance(widget, QToolButton)
            and widget.toolButtonStyle() == widget.toolButtonStyle().ToolButtonIconOnly
        ):
            return ""
        if widget.sizeHint().width() > widget.width() + 1:
            return f"{widget.text()!r} needs {widget.sizeHint().width()} px, has {widget.width()}"
        return ""
    if isinstance(widget, QGroupBox) and widget.title():
        if widget.minimumSizeHint().width() > widget.width() + 1:
            return f"title {widget.title()!r} needs {widget.minimumSizeHint().width()} px"
        return ""
    if isinstance(widget, QTabBar):
        for index in range(widget.count()):
            if widget.tabRect(index).width() + 1 < widget.tabSizeHint(index).width():
                return f"tab {widget.tabText(index)!r} is elided"
        return ""
    if isinstance(widget, QToolBar):
        extension = widget.findChild(QToolButton, "qt_toolbar_ext_button")
        if extension is not None and extension.isVisible():
            return "does not show all its buttons (overflow button)"
    return ""


def _catalog(name: str, folder: Path) -> Path:
    """A folder with ``ucdesigner_<lang>.qm``: the pseudo one, or the repository's .ts
    compiled (untranslated strings stay English, so this holds whatever is done)."""
    if name == "pseudo":
        return pseudo_catalog(folder)
    lrelease = i18n_tools.tool("pyside6-lrelease")
    folder.mkdir(parents=True, exist_ok=True)
    ts = folder / f"ucdesigner_{name}.ts"
    shutil.copy(l10n.catalog_file(name, ".ts"), ts)
    subprocess.run([lrelease, str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return folder


class Measuring(Sweep):
    """A sweep that measures each dialog it meets instead of clicking inside it."""

    def __init__(self, window, problems: Problems) -> None:
        super().__init__(window, problems, explore_dialogs=True)
        self.cut: list[str] = []

    def explore(self, widget: QWidget) -> None:
        QApplication.processEvents()
        self.cut += cut_off(widget, f"{type(widget).__name__} {widget.windowTitle()!r}")


def _other_dialogs(window) -> list[QWidget]:
    from ucdesigner.app.recovery_dialog import RecoveryDialog
    from ucdesigner.app.xmi_dialogs import ImportReportDialog
    from ucdesigner.io.xmi import read_xmi_bytes

    from ..xmi.test_dialogs import SAMPLE

    report = read_xmi_bytes(SAMPLE, "shop.xmi").report
    return [ImportReportDialog(report, window), RecoveryDialog([], window)]


@pytest.fixture
def speaking(request, qapp, tmp_path, monkeypatch):
    folder = _catalog(request.param, tmp_path / "i18n")
    code = "de" if request.param == "pseudo" else request.param
    monkeypatch.setattr(l10n, "i18n_dir", lambda: folder)
    before = QLocale()
    language.load_language(qapp, code)
    yield request.param
    language.unload_language(qapp)
    QLocale.setDefault(before)


@pytest.mark.slow
@pytest.mark.parametrize("speaking", ["pseudo", "de", "fr"], indirect=True)
def test_no_text_is_cut_off(speaking, make_window, qtbot, tmp_path, monkeypatch) -> None:
    copy = tmp_path / EXAMPLE.name
    shutil.copy(EXAMPLE, copy)
    answer_file_dialogs(monkeypatch, tmp_path)
    window = make_window(load(copy), copy)
    qtbot.wait(500)  # the model checks' count comes after a pause
    cut = cut_off(window, "main window")
    bar = window.menuBar()
    if bar.sizeHint().width() > bar.width():
        cut.append(f"menu bar: needs {bar.sizeHint().width()} px, has {bar.width()}")
    # the properties panel for each kind of element of the example
    scene = window.current_view().diagram_scene
    seen = set()
    for element in [*window.document.nodes(), *window.document.relationships()]:
        if element.kind in seen:
            continue
        seen.add(element.kind)
        scene.select_ids([element.id])
        qtbot.wait(400)  # the panel is rebuilt after a pause, then the dock follows
        cut += cut_off(window.properties, f"properties of a {element.kind}")
    # every dialog the menus open
    usecase = next(e.id for e in window.document.nodes() if e.kind == "usecase")
    with Problems() as problems:
        sweep = Measuring(window, problems)
        with sweep:
            for action in window_actions(window):
                if action_name(action) in LAST_ACTIONS or not action.isEnabled():
                    continue
                view = window.current_view()
                if view is not None:  # a use case, so that its editors open too
                    view.diagram_scene.select_ids([usecase])
                sweep.trigger(action)
    cut += sweep.cut
    # the dialogs no menu opens: the import report and the recovery at start
    for dialog in _other_dialogs(window):
        dialog.show()
        qtbot.waitExposed(dialog)
        sweep.dialogs.append(type(dialog).__name__)
        cut += cut_off(dialog, f"{type(dialog).__name__} {dialog.windowTitle()!r}")
        dialog.close()
    print(f"{len(set(sweep.dialogs))} dialogs measured:", sorted(set(sweep.dialogs)))
    assert len(set(sweep.dialogs)) >= 18, sweep.dialogs
    assert not cut, f"{len(cut)} texts cut off ({speaking}):\n" + "\n".join(sorted(set(cut)))


def test_the_measure_sees_cut_texts(qtbot) -> None:
    from PySide6.QtWidgets import QPushButton, QTabWidget, QVBoxLayout

    host = QWidget()
    layout = QVBoxLayout(host)
    label = QLabel("A label far too long for the room it is given")
    label.setFixedWidth(60)
    wrapped = QLabel("A word-wrapped label with many words in it, squeezed " * 3)
    wrapped.setWordWrap(True)
    wrapped.setFixedSize(120, 20)
    button = QPushButton("A button with a long text")
    button.setFixedWidth(50)
    fits = QLabel("Fits")
    tabs = QTabWidget()
    tabs.setFixedWidth(120)
    tabs.tabBar().setElideMode(tabs.tabBar().elideMode().ElideRight)
    tabs.tabBar().setUsesScrollButtons(False)
    for name in ("First long tab name", "Second long tab name"):
        tabs.addTab(QWidget(), name)
    for widget in (label, wrapped, button, fits, tabs):
        layout.addWidget(widget)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    found = "\n".join(cut_off(host, "probe"))
    assert "A label far too long" in found
    assert "A word-wrapped label" in found
    assert "A button with a long text" in found
    assert "tab 'First long tab name' is elided" in found
    assert "Fits" not in found
