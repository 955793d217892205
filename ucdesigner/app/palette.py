"""The palette: one button per element and relationship kind, icons in the notation they
create. Click a button then the canvas, or drag an element button onto the canvas."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QSize, Qt
from PySide6.QtGui import QAction, QDrag, QMouseEvent
from PySide6.QtWidgets import QApplication, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from ..canvas.view import KIND_MIME
from ..model.elements import NODE_KINDS, RELATIONSHIP_KINDS

ICON_SIZE = 24
"""Big enough to read the notation (icons come at 1x, 2x and 3x for high-DPI)."""


class PaletteButton(QToolButton):
    """A tool button that can also be dragged onto the canvas (element kinds only)."""

    def __init__(self, action: QAction, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setDefaultAction(action)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setAutoRaise(True)
        self.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(action.text().replace("&", ""))
        self.setAccessibleDescription(action.toolTip())
        self._press: QPoint | None = None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.kind in NODE_KINDS:
            self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and (
            (event.position().toPoint() - self._press).manhattanLength()
            >= QApplication.startDragDistance()
        ):
            self._press = None
            self.setDown(False)
            drag = QDrag(self)
            data = QMimeData()
            data.setData(KIND_MIME, self.kind.encode("ascii"))
            drag.setMimeData(data)
            drag.setPixmap(self.icon().pixmap(QSize(32, 32), self.devicePixelRatioF()))
            drag.exec(Qt.DropAction.CopyAction)
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = None
        super().mouseReleaseEvent(event)


class Palette(QWidget):
    """The toolbox: the select tool, then elements, then relationships."""

    def __init__(self, tool_actions: dict[str, QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("palette")
        self.setAccessibleName(self.tr("Palette"))
        self.setAccessibleDescription(
            self.tr(
                "Tools: choose one, then click on the diagram or drag the element onto it; "
                "on the canvas each tool also has a single-letter key"
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(1)
        self.buttons: dict[str, PaletteButton] = {}
        sections = (
            (None, ["select"]),
            (self.tr("Elements"), ["actor", "usecase", "subject", "package", "comment"]),
            (
                self.tr("Relationships"),
                list(RELATIONSHIP_KINDS),
            ),
        )
        for title, kinds in sections:
            if title:
                label = QLabel(f"<b>{title}</b>")
                label.setContentsMargins(4, 8, 0, 2)
                layout.addWidget(label)
            for kind in kinds:
                button = PaletteButton(tool_actions[kind], kind, self)
                self.buttons[kind] = button
                layout.addWidget(button)
        layout.addStretch(1)
