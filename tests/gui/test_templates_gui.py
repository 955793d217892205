"""File ▸ New from Template… in the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from ucdesigner.app.template_actions import TemplateDialog, templates

from .conftest import when_modal


def test_the_dialog_lists_the_templates_with_a_preview(qtbot) -> None:
    dialog = TemplateDialog()
    qtbot.addWidget(dialog)
    titles = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert titles == [
        "Post-purchase support",
        "Intent phase (online shop)",
        "Full customer journey",
        "Blank",
    ]
    assert not dialog.picture.pixmap().isNull()
    image = dialog.picture.pixmap().toImage()
    colours = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 7)
    }
    assert len(colours) > 5  # a drawing, not a blank square
    assert "Delivery" in dialog.about.text()


def test_a_template_opens_as_a_new_untitled_document(make_window) -> None:
    window = make_window()
    template = templates()[2]
    before = template.path().read_bytes()

    def choose(dialog: TemplateDialog) -> None:
        item = dialog.list.item(2)
        rect = dialog.list.visualItemRect(item)
        QTest.mouseClick(dialog.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        QTest.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )

    when_modal(TemplateDialog, choose)
    window.findChild(type(window.actions_by_name["save"]), "action_new_from_template").trigger()
    assert window.document.name == "Customer journey"
    assert window.path is None
    assert window.current_scene().lanes_shown()
    assert "Untitled" in window.windowTitle()
    assert template.path().read_bytes() == before
