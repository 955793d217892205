"""A filter box above the model browser: typing hides every row whose text does not
contain what is typed (case ignored), keeping the packages and groups that lead to the
rows that do, opened. It follows the tree as the tree is rebuilt."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDockWidget, QLineEdit, QTreeWidgetItem, QVBoxLayout, QWidget

from ..i18n import tr


class BrowserFilter(QLineEdit):
    """The filter box of one model browser."""

    def __init__(self, browser: Any) -> None:
        super().__init__()
        self.setObjectName("browserFilter")
        self.setAccessibleName(tr("Filter the model browser"))
        self.setPlaceholderText(tr("Filter elements…"))
        self.setToolTip(tr("Show only the elements whose name contains this text"))
        self.setClearButtonEnabled(True)
        self.browser = browser
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.apply)
        self._following = False
        self.textChanged.connect(self._text_changed)

    def _text_changed(self, text: str) -> None:
        if text and not self._following:
            # The browser rebuilds its rows when the model changes: filter the new rows.
            # (From the first text typed: until then every new row is to be shown, as
            # it is; and the tree's model, taken at once, made PySide build the enums
            # of a dozen classes before the window's first paint.)
            self._following = True
            self.browser.model().rowsInserted.connect(lambda *_: self._timer.start(0))
        self._timer.start(0)

    def apply(self) -> None:
        """Show the rows that match (and the way to them); hide the rest."""
        wanted = self.text().strip().casefold()
        if wanted:  # the rows of packages not opened yet are searched too
            self.browser.fill_pending()
        for index in range(self.browser.topLevelItemCount()):
            self._filter(self.browser.topLevelItem(index), wanted, top=True)

    def _filter(self, item: QTreeWidgetItem, wanted: str, top: bool = False) -> bool:
        """Whether ``item`` stays visible: it matches, or a row under it does."""
        shown_below = False
        for index in range(item.childCount()):
            shown_below |= self._filter(item.child(index), wanted)
        matches = not wanted or wanted in item.text(0).casefold()
        visible = top or matches or shown_below
        item.setHidden(not visible)
        if wanted and shown_below:
            item.setExpanded(True)
        return matches or shown_below


def install(window: Any) -> None:
    """Put a filter box above ``window``'s model browser."""
    dock = window.findChild(QDockWidget, "browserDock")
    if dock is None:
        return
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(BrowserFilter(window.browser))
    layout.addWidget(window.browser)
    dock.setWidget(holder)
