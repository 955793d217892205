"""Every user-visible string of the desktop application goes through Qt's translation
(``tr()``, ``self.tr()``, ``QCoreApplication.translate``): an AST check of the strings
passed to the common Qt setters, constructors and message boxes."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "ucdesigner"
SCANNED = ("app", "canvas")

SETTERS = {
    # method name: the positions of its text arguments
    "setText": (0,),
    "setToolTip": (0,),
    "setStatusTip": (0,),
    "setWhatsThis": (0,),
    "setWindowTitle": (0,),
    "setPlaceholderText": (0,),
    "setAccessibleName": (0,),
    "setAccessibleDescription": (0,),
    "setLabelText": (0,),
    "setSpecialValueText": (0,),
    "setTitle": (0,),
    "setTabText": (1,),
    "setTabToolTip": (1,),
    "setInformativeText": (0,),
    "setDetailedText": (0,),
    "showMessage": (0,),
    "show_status": (0,),
    "addTab": (1,),
    "insertTab": (2,),
    "addMenu": (0,),
    "addItem": (0,),
    "setHeaderLabels": (0,),
    "setHorizontalHeaderLabels": (0,),
    "setCancelButtonText": (0,),
    "addAction": (0,),
}
CONSTRUCTORS = {
    "QAction": (0,),
    "QLabel": (0,),
    "QPushButton": (0,),
    "QCheckBox": (0,),
    "QRadioButton": (0,),
    "QGroupBox": (0,),
    "QMenu": (0,),
    "QToolBar": (0,),
    "QDockWidget": (0,),
    "QProgressDialog": (0, 1),
    "QListWidgetItem": (0,),
    "QTableWidgetItem": (0,),
    "QTreeWidgetItem": (1,),
}
STATIC = {
    # QMessageBox.x(parent, title, text), QInputDialog.x(parent, title, label), ...
    ("QMessageBox", "information"): (1, 2),
    ("QMessageBox", "warning"): (1, 2),
    ("QMessageBox", "critical"): (1, 2),
    ("QMessageBox", "question"): (1, 2),
    ("QMessageBox", "about"): (1, 2),
    ("QInputDialog", "getText"): (1, 2),
    ("QInputDialog", "getInt"): (1, 2),
    ("QInputDialog", "getItem"): (1, 2),
    ("QFileDialog", "getOpenFileName"): (1,),
    ("QFileDialog", "getSaveFileName"): (1,),
    ("QFileDialog", "getExistingDirectory"): (1,),
    ("QColorDialog", "getColor"): (2,),
}
TRANSLATORS = {"tr", "_tr", "translate"}
NOT_WORDS = re.compile(r"<[^>]*>|\{[^}]*\}|&\w+;|ucdesigner")
"""Markup, placeholders and the program's name: no words to translate."""


def has_words(text: str) -> bool:
    return any(c.isalpha() for c in NOT_WORDS.sub("", text))


def untranslated(node: ast.AST) -> bool:
    """True for a literal with words in it, not wrapped in a translation call: a plain
    string, an f-string, or ``"...".format(...)`` on a plain string."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return has_words(node.value)
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(v, ast.Constant) and has_words(str(v.value)) for v in node.values)
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "format"
    ):
        return untranslated(node.func.value)
    if isinstance(node, ast.BinOp):
        return untranslated(node.left) or untranslated(node.right)
    if isinstance(node, ast.List | ast.Tuple):
        return any(untranslated(e) for e in node.elts)
    return False


def called_name(call: ast.Call) -> tuple[str | None, str | None]:
    """(owner, name) of a call: ("QMessageBox", "warning"), (None, "setText")."""
    func = call.func
    if isinstance(func, ast.Name):
        return None, func.id
    if isinstance(func, ast.Attribute):
        owner = func.value.id if isinstance(func.value, ast.Name) else None
        return owner, func.attr
    return None, None


def offences(path: Path) -> list[str]:
    name = str(path.relative_to(PACKAGE.parent))
    return offences_in(path.read_text(encoding="utf-8"), name)


def offences_in(source: str, file_name: str) -> list[str]:
    """``file:line: setter(literal)`` for each untranslated literal in ``source``."""
    found = []
    tree = ast.parse(source)
    for call in ast.walk(tree):
        if not isinstance(call, ast.Call):
            continue
        owner, name = called_name(call)
        if name in TRANSLATORS:
            continue
        positions: tuple[int, ...] = ()
        if (owner, name) in STATIC:
            positions = STATIC[(owner, name)]
        elif owner is None and name in CONSTRUCTORS:
            positions = CONSTRUCTORS[name]
        elif name in SETTERS and isinstance(call.func, ast.Attribute):
            positions = SETTERS[name]
        for index in positions:
            if index < len(call.args) and untranslated(call.args[index]):
                text = ast.unparse(call.args[index])
                found.append(f"{file_name}:{call.lineno}: {name}({text})")
    return found


def scanned_files() -> list[Path]:
    return sorted(p for layer in SCANNED for p in (PACKAGE / layer).rglob("*.py"))


def test_user_visible_strings_are_translated() -> None:
    problems = [line for path in scanned_files() for line in offences(path)]
    assert problems == []


@pytest.mark.parametrize(
    ("source", "flagged"),
    [
        ('button.setText("Save")', True),
        ('button.setText(self.tr("Save"))', False),
        ('QMessageBox.warning(self, "Cannot save", text)', True),
        ('QMessageBox.warning(self, tr("Cannot save"), str(error))', False),
        ('label.setText(f"{n} elements")', True),
        ('label.setText("{n} elements".format(n=n))', True),
        ('label.setText(tr("{n} elements").format(n=n))', False),
        ('QAction("&Open", window)', True),
        ('zoom.setText(f"{round(z * 100)} %")', False),
        ('box.addItem("x", "svg")', True),
        ('box.setHeaderLabels(["Kind", tr("Count")])', True),
        ('widget.setObjectName("palette")', False),
        ('QLabel(f"<b>{title}</b>")', False),
        ('QLabel("<b>Elements</b>")', True),
        ('menu.addAction("(none yet)")', True),
        ('QTreeWidgetItem(tree, ["", entry.detail])', False),
    ],
)
def test_the_check_sees_what_it_should(source: str, flagged: bool) -> None:
    assert bool(offences_in(source, "probe.py")) is flagged
