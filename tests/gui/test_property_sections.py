"""Features add tabs to the properties panel through app/property_sections.py."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit, QTabWidget

from ucdesigner.app import property_sections
from ucdesigner.model import UseCase

from .test_window import sample


@pytest.fixture
def goal_section(monkeypatch):
    monkeypatch.setattr(property_sections, "SECTIONS", [])

    def build(panel, element):
        if not isinstance(element, UseCase):
            return None
        field = QLineEdit()
        field.setAccessibleName("Goal")
        panel.bind_loader(
            field, lambda: field.setText(panel.document.get(element.id).documentation)
        )
        field.editingFinished.connect(
            lambda: panel.run(
                "Set goal", lambda d: d.update(element.id, documentation=field.text())
            )
        )
        return field

    property_sections.register("Goal", build)
    property_sections.register("Goal", build)  # twice: still one tab
    return build


def test_a_registered_section_is_a_tab_for_the_elements_it_applies_to(
    make_window, goal_section
) -> None:
    window = make_window(sample())
    window.current_scene().select_ids(["u"])
    tabs = window.properties.findChild(QTabWidget, "propertiesTabs")
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    # Features installed by the window (Specification, Journey...) add their tabs too.
    assert titles[0] == "General" and titles.count("Goal") == 1
    field = next(
        w for w in window.properties.findChildren(QLineEdit) if w.accessibleName() == "Goal"
    )
    field.setText("Get the money back")
    field.editingFinished.emit()
    assert window.document.get("u").documentation == "Get the money back"
    assert window.undo_stack.undoText() == "Set goal"
    window.undo_stack.undo()
    assert field.text() != "Get the money back"
    actor = next(
        s.element
        for s in window.document.shapes(window.current_view().diagram_id)
        if window.document.get(s.element).kind == "actor"
    )
    window.current_scene().select_ids([actor])
    assert window.properties.findChild(QTabWidget, "propertiesTabs") is None
