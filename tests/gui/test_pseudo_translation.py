"""End to end: Qt's own tools collect the strings (pyside6-lupdate), a pseudo-translation
wraps each in ⟦ ⟧ (pyside6-lrelease), and every menu, action, tooltip, panel title and
the Settings dialog of a real window then shows the wrapped text. A string that is not
marked for translation, or that is looked up in another context than the one lupdate
files it under, shows up unwrapped and fails the test."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QCheckBox, QDockWidget, QGroupBox, QLabel

from .conftest import menu_actions

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ["ucdesigner/app", "ucdesigner/canvas", "ucdesigner/commands", "ucdesigner/i18n.py"]


def tool(name: str) -> str:
    found = Path(sys.executable).parent / name
    path = str(found) if found.exists() else shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (it comes with PySide6)")
    return path


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("i18n")
    ts, qm = folder / "pseudo.ts", folder / "pseudo.qm"
    sources = sorted(
        str(path)
        for name in SOURCES
        for path in ([ROOT / name] if name.endswith(".py") else (ROOT / name).rglob("*.py"))
    )
    subprocess.run(
        [tool("pyside6-lupdate"), *sources, "-ts", str(ts)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    tree = etree.parse(str(ts))
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        translation.text = f"⟦{source}⟧"
        translation.attrib.pop("type", None)
    tree.write(str(ts), encoding="utf-8", xml_declaration=True)
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return qm


@pytest.fixture
def pseudo(pseudo_qm, qapp):
    translator = QTranslator()
    assert translator.load(str(pseudo_qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_the_window_speaks_the_pseudo_language(pseudo, make_window) -> None:
    window = make_window()
    untranslated = []

    def check(what: str, text: str) -> None:
        if text and "⟦" not in text:
            untranslated.append(f"{what}: {text!r}")

    for action in window.menuBar().actions():
        check("menu", action.text())
    for action in menu_actions(window):
        if action.menu() is window.recent_menu:
            check("menu", action.text())
            continue
        check("action", action.text())
        check(f"tooltip of {action.text()}", action.toolTip())
    for dock in window.findChildren(QDockWidget):
        check("panel", dock.windowTitle())
    for kind, button in window.palette.buttons.items():
        check(f"palette {kind}", button.text())
        check(f"palette {kind} (screen reader)", button.accessibleName())
    for label in window.palette.findChildren(QLabel):
        check("palette heading", label.text())
    check("status bar", window.statusBar().currentMessage())
    check("canvas (screen reader)", window.current_view().accessibleDescription())
    check("window title", window.windowTitle())
    assert untranslated == []


def test_the_settings_dialog_speaks_the_pseudo_language(pseudo, make_window, qtbot) -> None:
    from ucdesigner.app import settings_apply

    window = make_window()
    dialog = settings_apply.open_settings(window)
    untranslated = [
        f"{type(w).__name__}: {text!r}"
        for w in [*dialog.findChildren(QLabel), *dialog.findChildren(QCheckBox)]
        if (text := w.text()) and "⟦" not in text
    ]
    untranslated += [
        f"group: {g.title()!r}" for g in dialog.findChildren(QGroupBox) if "⟦" not in g.title()
    ]
    assert "⟦" in dialog.windowTitle()
    dialog.close()
    assert untranslated == []
