"""The model browser makes the rows inside a closed package when it is first opened (a
large model's rows are mostly there, and the tree first shows packages closed), and
everything that needs those rows before (selection from the canvas, the filter box, a
rebuild) gets the same tree as one built at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QTreeWidgetItem

from ucdesigner.model import (
    Actor,
    Association,
    DiagramInfo,
    Document,
    Include,
    Package,
    Shape,
    UseCase,
)

Indicator = QTreeWidgetItem.ChildIndicatorPolicy


def document() -> Document:
    d = Document("Shop")
    d.add(
        Package(id="p1", name="Sales"),
        Package(id="p2", name="Returns"),
        Package(id="p3", name="Empty"),
        Package(id="p4", name="Inner", package="p1"),
        Actor(id="a", name="Customer", package="p1"),
        UseCase(id="u1", name="Place Order", package="p1"),
        UseCase(id="u2", name="Pay", package="p4"),
        UseCase(id="u3", name="Send Back", package="p2"),
        UseCase(id="u4", name="Browse"),
        Association(id="r1", source="a", target="u1"),
        Include(id="r2", source="u1", target="u2"),
    )
    d.add_diagram(DiagramInfo(id="d1", name="Ordering"))
    d.add_shapes("d1", [Shape(element="u4", x=0, y=0, width=160, height=70)])
    return d


EVERY_ROW = [
    "Shop",
    "  Packages (3)",
    "    Empty",
    "    Returns",
    "      Use Cases (1)",
    "        Send Back",
    "    Sales",
    "      Packages (1)",
    "        Inner",
    "          Use Cases (1)",
    "            Pay",
    "      Actors (1)",
    "        Customer",
    "          → association Place Order",
    "      Use Cases (1)",
    "        Place Order",
    "          → «include» Pay",
    "  Use Cases (1)",
    "    Browse",
    "  Diagrams",
    "    Ordering",
]


def rows(browser) -> list[str]:
    """Every row made so far, indented by depth, in the tree's order."""

    def walk(item: QTreeWidgetItem, depth: int) -> list[str]:
        found = ["  " * depth + item.text(0)]
        for index in range(item.childCount()):
            found += walk(item.child(index), depth + 1)
        return found

    return [
        line
        for i in range(browser.topLevelItemCount())
        for line in walk(browser.topLevelItem(i), 0)
    ]


def details(browser) -> list[tuple]:
    """Text, id, tooltip, flags and openness of every row (all rows made)."""
    return [
        (
            item.text(0),
            item.data(0, Qt.ItemDataRole.UserRole),
            item.toolTip(0),
            int(item.flags().value),
            item.isExpanded(),
        )
        for item in sorted(browser._all_items(), key=lambda i: (i.text(0), str(i.data(0, 256))))
    ]


def package_row(browser, name: str) -> QTreeWidgetItem:
    return next(item for item in browser._built_items() if item.text(0) == name)


def test_closed_packages_get_their_rows_when_opened(make_window, qtbot) -> None:
    window = make_window(document())
    browser = window.browser
    sales, returns, empty = (package_row(browser, n) for n in ("Sales", "Returns", "Empty"))
    # First shown closed, with their arrow, and nothing made inside yet.
    assert not sales.isExpanded() and not returns.isExpanded()
    assert (sales.childCount(), returns.childCount()) == (0, 0)
    assert sales.childIndicatorPolicy() == Indicator.ShowIndicator
    # An empty package has nothing to open: no arrow, as before.
    assert empty.childIndicatorPolicy() == Indicator.DontShowIndicatorWhenChildless
    # Opened as the user does (the view's expand), its rows appear.
    browser.expand(browser.indexFromItem(sales))
    assert sales.childCount() == 3
    assert "        Customer" in rows(browser)
    assert returns.childCount() == 0  # the other one still waits
    # All made: exactly the rows of the tree built at once.
    browser.fill_pending()
    assert rows(browser) == EVERY_ROW


def test_the_first_picture_of_the_tree_is_the_same(make_window, qtbot) -> None:
    window = make_window(document())
    browser = window.browser
    QApplication.processEvents()
    before = browser.viewport().grab().toImage()
    browser.fill_pending()
    QApplication.processEvents()
    assert browser.viewport().grab().toImage() == before


def test_selecting_an_element_inside_a_closed_package_opens_the_way(make_window, qtbot) -> None:
    window = make_window(document())
    browser = window.browser
    view = window.current_view()
    view.diagram_scene.select_ids([])
    browser.select_ids(["u2"])  # what the canvas and Find ask for
    assert browser.selected_ids() == ["u2"]
    item = browser.selectedItems()[0]
    assert item.text(0) == "Pay"
    parent = item.parent()
    while parent is not None:
        assert parent.isExpanded()
        parent = parent.parent()


def test_the_filter_finds_rows_inside_closed_packages(make_window, qtbot) -> None:
    window = make_window(document())
    box = window.findChild(QDockWidget, "browserDock").findChild(object, "browserFilter")
    qtbot.keyClicks(box, "send")
    browser = window.browser

    def shown() -> list[str]:
        return [
            item.text(0)
            for item in browser._built_items()
            if not item.isHidden() and item.data(0, Qt.ItemDataRole.UserRole) in ("u3",)
        ]

    qtbot.waitUntil(lambda: shown() == ["Send Back"])
    assert package_row(browser, "Returns").isExpanded()


def test_a_rebuild_keeps_what_was_open_and_the_rows_match_a_full_build(make_window, qtbot) -> None:
    window = make_window(document())
    browser = window.browser
    browser.expand(browser.indexFromItem(package_row(browser, "Sales")))
    window.undo_stack.run("rename", lambda d: d.update("u4", name="Browse Shop"))
    qtbot.waitUntil(lambda: "    Browse Shop" in rows(browser))
    assert package_row(browser, "Sales").isExpanded()
    assert package_row(browser, "Sales").childCount() == 3
    assert package_row(browser, "Returns").childCount() == 0  # never opened: still waits
    lazy = details(browser)
    other = make_window(document())
    other.undo_stack.run("rename", lambda d: d.update("u4", name="Browse Shop"))
    qtbot.waitUntil(lambda: "    Browse Shop" in rows(other.browser))
    other.browser.fill_pending()
    for item in other.browser._all_items():  # open the same rows
        if item.text(0) == "Sales":
            item.setExpanded(True)
    assert details(other.browser) == lazy
