"""The layers stay where ARCHITECTURE.md puts them: the model is pure, io never reaches
into the application."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "ucdesigner"

FORBIDDEN = {
    "model": (
        "PySide6",
        "shiboken6",
        "lxml",
        "ucdesigner.io",
        "ucdesigner.app",
        "ucdesigner.canvas",
        "ucdesigner.commands",
        "ucdesigner.cli",
    ),
    "io": ("ucdesigner.app", "ucdesigner.cli"),
    "layout": (
        "PySide6",
        "shiboken6",
        "lxml",
        "ucdesigner.io",
        "ucdesigner.app",
        "ucdesigner.canvas",
        "ucdesigner.commands",
        "ucdesigner.cli",
    ),
    "commands": ("ucdesigner.app", "ucdesigner.canvas", "ucdesigner.cli"),
    "canvas": ("ucdesigner.app", "ucdesigner.cli"),
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1])
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                found.add(".".join([*base, node.module] if node.module else base))
            else:
                found.add(node.module or "")
    return found


def layer_files(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_what_it_may(layer: str) -> None:
    offenders = []
    for path in layer_files(layer):
        for module in imported_modules(path):
            if any(module == bad or module.startswith(bad + ".") for bad in FORBIDDEN[layer]):
                offenders.append(f"{path.relative_to(PACKAGE.parent)} imports {module}")
    assert offenders == []


def test_io_may_use_qt_only_for_rendering() -> None:
    offenders = [
        f"{path.name} imports {module}"
        for path in layer_files("io")
        if path.name != "render.py" and "render" not in path.parts
        for module in imported_modules(path)
        if module.startswith(("PySide6", "ucdesigner.canvas"))
    ]
    assert offenders == []


def test_the_check_itself_sees_relative_imports() -> None:
    found = imported_modules(PACKAGE / "model" / "document.py")
    assert "ucdesigner.model.rules" in found and "ucdesigner.model.elements" in found
