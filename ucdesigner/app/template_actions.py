"""File ▸ New from Template…: start a document from one of the bundled customer journey
templates (``resources/templates``), shown with a preview. The new document is untitled,
so saving asks where: the template itself is never written."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr
from ..io.native import NativeFormatError, load
from ..model import Document
from ..resources import resource_path
from .actions import new_action

PREVIEW = QSize(440, 320)


@dataclass(frozen=True)
class Template:
    file: str
    title: str
    description: str

    def path(self) -> Path:
        return resource_path("templates", self.file)


def templates() -> list[Template]:
    """The bundled templates, in the order the dialog lists them."""
    return [
        Template(
            "post-purchase-support.ucd",
            tr("Post-purchase support"),
            tr(
                "Delivery, getting started, problems, resolution and loyalty: tracking, "
                "returns, support and refunds, with the customer's emotion at each step."
            ),
        ),
        Template(
            "intent-phase-online-shop.ucd",
            tr("Intent phase (online shop)"),
            tr(
                "From a need to the decision to buy: search, browse, compare, reviews and "
                "recommendations, with conversion KPIs."
            ),
        ),
        Template(
            "full-customer-journey.ucd",
            tr("Full customer journey"),
            tr(
                "Awareness to advocacy in five stages, with specifications of the main use "
                "cases and a KPI in each balanced-scorecard perspective."
            ),
        ),
        Template(
            "blank.ucd",
            tr("Blank"),
            tr("The five default stages as lanes on an empty diagram."),
        ),
    ]


def preview(document: Document, size: QSize = PREVIEW) -> QPixmap:
    """A picture of the document's first diagram fitted into ``size``."""
    # The render path loads on first use: the window starts without it.
    from ..io.render.options import ExportOptions
    from ..io.render.snapshot import build_snapshot, paint

    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    diagrams = document.diagrams()
    if diagrams:
        snapshot = build_snapshot(document, diagrams[0].id, ExportOptions(margin=10))
        scale = min(size.width() / snapshot.width, size.height() / snapshot.height, 1.0)
        width, height = snapshot.width * scale, snapshot.height * scale
        target = QRectF((size.width() - width) / 2, (size.height() - height) / 2, width, height)
        painter = QPainter(image)
        paint(snapshot, painter, target)
        painter.end()
    return QPixmap.fromImage(image)


class TemplateDialog(QDialog):
    """Pick a template; ``chosen()`` is its document after OK."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templateDialog")
        self.setWindowTitle(tr("New from Template"))
        self._documents: dict[str, Document] = {}
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.list = QListWidget()
        self.list.setObjectName("templateList")
        self.list.setAccessibleName(tr("Templates"))
        self.list.setMaximumWidth(260)
        for template in templates():
            item = QListWidgetItem(template.title)
            item.setData(Qt.ItemDataRole.UserRole, template)
            item.setToolTip(template.description)
            self.list.addItem(item)
        row.addWidget(self.list)
        side = QVBoxLayout()
        self.picture = QLabel()
        self.picture.setObjectName("templatePreview")
        self.picture.setFixedSize(PREVIEW)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.about = QLabel()
        self.about.setWordWrap(True)
        side.addWidget(self.picture)
        side.addWidget(self.about)
        row.addLayout(side)
        layout.addLayout(row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.list.currentItemChanged.connect(lambda item, _old: self.show_template(item))
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.list.setCurrentRow(0)

    def document_for(self, template: Template) -> Document:
        """The template's document (read once); NativeFormatError when it is damaged."""
        if template.file not in self._documents:
            self._documents[template.file] = load(template.path())
        return self._documents[template.file]

    def show_template(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        template: Template = item.data(Qt.ItemDataRole.UserRole)
        try:
            document = self.document_for(template)
        except NativeFormatError as error:
            self.picture.clear()
            self.about.setText(str(error))
            return
        self.picture.setPixmap(preview(document))
        self.about.setText(template.description)

    def chosen(self) -> Document | None:
        """A fresh copy of the chosen template's document."""
        item = self.list.currentItem()
        if item is None:
            return None
        try:
            return self.document_for(item.data(Qt.ItemDataRole.UserRole)).copy()
        except NativeFormatError:
            return None


def new_from_template(window: Any, dialog: TemplateDialog | None = None) -> bool:
    """Ask for a template and open it as a new, untitled document: in ``window`` when it
    is blank, else in a new window."""
    dialog = dialog or TemplateDialog(window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    document = dialog.chosen()
    if document is None:
        return False
    from .windows import window_for_new

    window = window_for_new(window)  # a new window unless this one is blank
    window.open_document(document, None)
    window.show_status(tr("New document from the template “{name}”").format(name=document.name))
    return True


def install(window: Any) -> None:
    """Add File ▸ New from Template…"""
    action = new_action(
        window,
        tr("New from &Template…"),
        lambda: new_from_template(window),
        name="new_from_template",
        tip=tr("Start from a customer journey template"),
    )
    window.add_to_menu("file", [action])
