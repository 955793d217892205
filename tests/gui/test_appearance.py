"""The windows follow the desktop's light or dark scheme (or the setting); the diagram
canvas stays light paper whatever the windows look like."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication

from ucdesigner.app import settings_apply
from ucdesigner.app.appearance import appearance, dark_palette, is_dark
from ucdesigner.app.preferences import Preferences
from ucdesigner.model import Actor, DiagramInfo, Document, Extend, Shape, UseCase


def document() -> Document:
    d = Document("Shop")
    d.add(
        Actor(id="a", name="Customer"),
        UseCase(id="u", name="Place Order"),
        UseCase(id="v", name="Apply Voucher"),
    )
    d.add(Extend(id="x", source="v", target="u", condition="voucher entered"))
    d.add_diagram(DiagramInfo(id="d", name="Main"))
    d.add_shapes(
        "d",
        [
            Shape(element="a", x=40, y=60, width=48, height=84),
            Shape(element="u", x=220, y=60, width=150, height=70),
            Shape(element="v", x=220, y=260, width=150, height=70),
        ],
    )
    return d


@pytest.fixture(autouse=True)
def back_to_light():
    yield
    look = appearance()
    look.set_mode("light")
    look.set_mode("system")
    QApplication.processEvents()
    assert not is_dark(QApplication.palette())


def set_appearance(mode: str) -> None:
    Preferences.shared().appearance = mode
    settings_apply.preferences_changed()
    QApplication.processEvents()  # widgets take the application's palette from the queue


def canvas_picture(window) -> QImage:
    view = window.current_view()
    view.centerOn(200, 200)
    QApplication.processEvents()
    return view.viewport().grab().toImage()


def icon_ink_lightness(window, kind: str) -> int:
    """The lightness of the darkest-or-lightest opaque line pixel of a tool icon."""
    image = window.actions_by_name[f"tool_{kind}"].icon().pixmap(32, 32).toImage()
    values = [
        QColor(image.pixel(x, y)).lightness()
        for x in range(image.width())
        for y in range(image.height())
        if QColor.fromRgba(image.pixel(x, y)).alpha() > 200
    ]
    return sum(values) // len(values)


def test_the_dark_setting_darkens_the_windows_but_not_the_canvas(make_window, qtbot) -> None:
    window = make_window(document())
    window.current_scene().select_ids(["u"])
    light = canvas_picture(window)
    light_ink = icon_ink_lightness(window, "association")
    set_appearance("dark")
    assert is_dark(QApplication.palette()) and is_dark(window.browser.palette())
    assert QApplication.style().name().lower() == "fusion"
    dark = canvas_picture(window)
    assert dark == light  # same pixels: the diagram is paper
    assert dark.pixelColor(5, 5) == QColor("#ffffff")
    inked = sum(
        1
        for x in range(0, dark.width(), 2)
        for y in range(0, dark.height(), 2)
        if dark.pixelColor(x, y).lightness() < 100
    )
    assert inked > 100  # the comparison is of a drawn diagram, not of an empty canvas
    # The tool icons are redrawn with light lines, to be seen on the dark palette.
    assert icon_ink_lightness(window, "association") > light_ink + 100
    set_appearance("light")
    assert not is_dark(QApplication.palette())
    assert icon_ink_lightness(window, "association") == light_ink


def test_windows_follow_a_live_change_of_the_system_scheme(make_window) -> None:
    window = make_window(document())
    set_appearance("system")
    hints = QApplication.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    QApplication.processEvents()
    assert is_dark(QApplication.palette()) and is_dark(window.browser.palette())
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    QApplication.processEvents()
    assert not is_dark(QApplication.palette()) and not is_dark(window.browser.palette())


def test_a_chosen_scheme_ignores_the_system(make_window) -> None:
    make_window(document())
    set_appearance("light")
    QApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert not is_dark(QApplication.palette())


def test_new_windows_open_in_the_saved_appearance(make_window) -> None:
    Preferences.shared().appearance = "dark"
    Preferences.shared().save()
    look = appearance()
    look.started = False  # as in a new process
    make_window(document())
    assert is_dark(QApplication.palette())


def test_a_dark_palette_set_by_the_platform_leaves_the_canvas_unchanged(make_window) -> None:
    window = make_window(document())
    light = canvas_picture(window)
    app = QApplication.instance()
    before = QPalette(app.palette())
    app.setPalette(dark_palette())
    try:
        assert canvas_picture(window) == light
    finally:
        app.setPalette(before)


def test_colour_swatches_and_errors_stay_readable_on_dark_windows(make_window) -> None:
    from ucdesigner.app.appearance import error_style, swatch_style

    assert swatch_style("#fff8db").endswith("color: #000000;")
    assert swatch_style("#1f2933").endswith("color: #ffffff;")
    assert error_style() == "color: #c62828;"
    make_window(document())
    set_appearance("dark")
    assert error_style() == "color: #ff8a80;"
