"""Rows of buttons under a list or a table: add, remove, move up and down."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QToolButton

Slot = Callable[[], object]


def tool_button_row(
    buttons: Iterable[tuple[str, str, str, Slot]], noun: str
) -> tuple[QHBoxLayout, dict[str, QToolButton]]:
    """A row of small tool buttons, each given as (name, symbol, tooltip, slot), and the
    buttons by name. Each is reached with Tab and is named for a screen reader by its
    tooltip up to the shortcut in brackets, then ``noun``: "Remove the row: step"."""
    row = QHBoxLayout()
    row.setSpacing(2)
    made: dict[str, QToolButton] = {}
    for name, text, tip, slot in buttons:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(f"{tip.split(' (')[0]}: {noun}")
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(lambda _c=False, slot=slot: slot())
        row.addWidget(button)
        made[name] = button
    row.addStretch(1)
    return row, made


def push_button_row(buttons: Iterable[tuple[str, str, Slot]]) -> QHBoxLayout:
    """A row of push buttons, each given as (text, tooltip, slot)."""
    row = QHBoxLayout()
    for text, tip, slot in buttons:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        row.addWidget(button)
    return row
