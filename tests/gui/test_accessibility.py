"""What a screen reader and a keyboard user get: names and descriptions on the palette,
the tree, the panels and the canvas (through Qt's accessibility interfaces), a tooltip
on every action and tool, labelled fields."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QWidget,
)

from ucdesigner.model import Actor, DiagramInfo, Document, Shape, UseCase

from .conftest import menu_actions


def document() -> Document:
    d = Document("Shop")
    d.add(Actor(id="a", name="Customer"), UseCase(id="u", name="Place Order"))
    d.add_diagram(DiagramInfo(id="d", name="Main"))
    d.add_diagram(DiagramInfo(id="e", name="Second"))
    d.add_shapes(
        "d",
        [
            Shape(element="a", x=0, y=0, width=48, height=84),
            Shape(element="u", x=200, y=0, width=150, height=70),
        ],
    )
    return d


def spoken(widget: QWidget, what=QAccessible.Text.Name) -> str:
    """What the accessibility layer reports for ``widget``."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None and interface.isValid()
    return interface.text(what)


def plain(text: str) -> str:
    return text.replace("&", "").rstrip(".…").strip()


def test_every_menu_entry_has_a_tooltip_that_says_more_than_its_name(make_window) -> None:
    window = make_window(document())
    bare = [
        action.text()
        for action in menu_actions(window)
        if not action.toolTip() or plain(action.toolTip()) == plain(action.text())
    ]
    assert bare == []


def test_every_tool_button_of_the_palette_has_a_tooltip_and_a_key(make_window) -> None:
    window = make_window(document())
    for kind, button in window.palette.buttons.items():
        tip = button.toolTip()
        assert plain(tip) != plain(button.text()), kind
        assert tip.endswith(f"({button.defaultAction().shortcut().toString()})"), kind
        assert spoken(button) == button.text().replace("&", "")
        assert spoken(button, QAccessible.Text.Description) == tip


@pytest.mark.parametrize(
    "part", ["palette", "browser", "properties", "tabs", "current_view"], ids=str
)
def test_the_main_parts_have_a_name_and_a_description(make_window, part: str) -> None:
    window = make_window(document())
    widget = getattr(window, part)
    widget = widget() if callable(widget) and part == "current_view" else widget
    assert spoken(widget), part
    assert len(spoken(widget, QAccessible.Text.Description)) > 20, part


def test_the_panels_are_named_after_their_titles(make_window) -> None:
    window = make_window(document())
    titles = {dock.windowTitle() for dock in window.findChildren(QDockWidget)}
    assert titles >= {"Palette", "Model", "Properties"}
    for dock in window.findChildren(QDockWidget):
        assert spoken(dock) == dock.windowTitle()


def test_the_canvas_says_what_is_selected(make_window) -> None:
    window = make_window(document())
    view = window.current_view()
    view.diagram_scene.select_ids(["u"])
    assert spoken(view, QAccessible.Text.Description) == "Selected: use case “Place Order”."
    view.diagram_scene.select_ids(["u", "a"])
    assert spoken(view, QAccessible.Text.Description) == "2 elements selected."
    view.diagram_scene.select_ids([])
    assert "Tab" in spoken(view, QAccessible.Text.Description)


def labelled(widget: QWidget) -> bool:
    """A field has its own accessible name, or a form label that names it."""
    if widget.accessibleName():
        return True
    parent = widget.parentWidget()
    while parent is not None:
        layout = parent.layout()
        if isinstance(layout, QFormLayout) and layout.labelForField(widget) is not None:
            return True
        parent = parent.parentWidget()
    return False


FIELDS = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QListWidget)


def fields_of(widget: QWidget, kinds=FIELDS) -> list[QWidget]:
    """The input fields in ``widget`` (not the line edit inside a spin or combo box)."""
    return [
        w
        for kind in kinds
        for w in widget.findChildren(kind)
        if not isinstance(w.parentWidget(), QComboBox | QAbstractSpinBox)
    ]


@pytest.mark.parametrize("selection", [[], ["u"], ["a"]], ids=["diagram", "use case", "actor"])
def test_every_field_of_the_properties_panel_is_named(make_window, selection) -> None:
    window = make_window(document())
    window.current_scene().select_ids(selection)
    fields = [w for w in fields_of(window.properties) if w.isVisibleTo(window.properties)]
    assert fields
    assert [type(w).__name__ for w in fields if not labelled(w)] == []
    buttons = [b for b in window.properties.findChildren(QAbstractButton) if b.isVisible()]
    assert all(b.text() or b.accessibleName() for b in buttons)


def test_every_field_of_the_settings_dialog_is_named(make_window) -> None:
    from ucdesigner.app import settings_apply

    window = make_window(document())
    dialog = settings_apply.open_settings(window)
    fields = fields_of(dialog)
    assert [w.objectName() for w in fields if not labelled(w)] == []
    assert [w.objectName() for w in fields if not w.toolTip()] == []
    buttons = dialog.findChildren(QAbstractButton)
    assert all(b.text() and (b.toolTip() or not b.objectName()) for b in buttons)
    dialog.close()


def test_ctrl_tab_switches_diagrams_from_the_canvas(make_window, qtbot) -> None:
    window = make_window(document())
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view = window.current_view()
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 1


def test_standard_actions_take_the_desktop_themes_icons(make_window, tmp_path) -> None:
    from PySide6.QtGui import QColor, QIcon, QImage

    theme = tmp_path / "icons" / "probe"
    (theme / "16x16" / "actions").mkdir(parents=True)
    (theme / "index.theme").write_text(
        "[Icon Theme]\nName=probe\nDirectories=16x16/actions\n\n"
        "[16x16/actions]\nSize=16\nType=Fixed\n"
    )
    image = QImage(16, 16, QImage.Format.Format_ARGB32)
    image.fill(QColor("#d33"))
    image.save(str(theme / "16x16" / "actions" / "document-new.png"))
    paths, name = QIcon.themeSearchPaths(), QIcon.themeName()
    QIcon.setThemeSearchPaths([str(tmp_path / "icons")])
    QIcon.setThemeName("probe")
    try:
        window = make_window(document())
        assert not window.actions_by_name["new"].icon().isNull()
        assert window.actions_by_name["zoom_in"].icon().isNull()  # not in this theme: text
    finally:
        QIcon.setThemeSearchPaths(paths)
        QIcon.setThemeName(name)
