"""The README stays true: its shortcuts table is the one the menus give, its pictures and
scripts exist, and the user guide covers the tools analysts exchange models with."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from ucdesigner.app.shortcuts import BEGIN, END, markdown_table, replace_table, table_in

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_shortcuts_table_is_the_one_the_menus_give(make_window) -> None:
    if QGuiApplication.platformName() != "offscreen":
        pytest.skip("the table is made with the offscreen platform's standard keys")
    window = make_window()
    expected = markdown_table(window)
    assert table_in(README) == expected, (
        "README.md's shortcuts table is out of date: "
        "python -m ucdesigner.app.shortcuts --update README.md"
    )


def test_replacing_the_table_keeps_the_rest() -> None:
    text = f"before\n{BEGIN}\nold\n{END}\nafter\n"
    assert replace_table(text, "| new |\n") == f"before\n{BEGIN}\n\n| new |\n\n{END}\nafter\n"


def test_the_try_it_commands_are_there() -> None:
    assert (
        "bash packaging/install-from-source.sh && .venv/bin/ucdesigner "
        "resources/examples/post-purchase-support.ucd" in README
    )
    assert "bash packaging/install-from-source.sh --test && .venv/bin/python -m pytest" in README


def test_pictures_and_scripts_named_in_the_readme_exist() -> None:
    for target in re.findall(r"\]\(((?:resources|packaging)/[^)]+)\)", README):
        assert (ROOT / target).is_file(), target
    for script in re.findall(r"packaging/[\w-]+\.sh", README):
        assert (ROOT / script).is_file(), script
    assert not (ROOT / "docs-xmi.md").exists() and not (ROOT / "docs-export.md").exists()


def test_the_guide_says_how_to_exchange_with_each_major_tool() -> None:
    section = README[README.index("#### With each tool") : README.index("#### What is read")]
    for tool in (
        "Enterprise Architect",
        "MagicDraw",
        "Cameo",
        "Papyrus",
        "Modelio",
        "Visual Paradigm",
        "StarUML",
        "Umbrello",
    ):
        assert tool in section, tool
