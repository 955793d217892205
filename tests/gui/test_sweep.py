"""Every control works: the sweep of tests/gui/sweep.py on the real main window, for
every bundled example and template. The full sweep (dialogs explored, docks clicked,
every shortcut pressed) runs on one example; the others get every menu, toolbar and
context menu entry, with dialogs answered but not explored, to keep CI short."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtWidgets import QApplication

from ucdesigner.io.native import load

from .sweep import (
    LAST_ACTIONS,
    Problems,
    Sweep,
    action_name,
    answer_file_dialogs,
    shortcut_clashes,
    window_actions,
)

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
DOCUMENTS = sorted(RESOURCES.glob("examples/*.ucd")) + sorted(RESOURCES.glob("templates/*.ucd"))
FULL = RESOURCES / "examples" / "post-purchase-support.ucd"


def _first(window, kind: str) -> str | None:
    view = window.current_view()
    for shape in window.document.diagram(view.diagram_id).shapes:
        if window.document.get(shape.element).kind == kind:
            return shape.element
    return None


def _select_something(window) -> None:
    view = window.current_view()
    if view is None:
        return
    chosen = _first(window, "usecase") or _first(window, "actor")
    view.diagram_scene.select_ids([chosen] if chosen else [])
    QApplication.processEvents()


def _canvas_points(window) -> dict[str, QPointF]:
    """Scene points on an element, on a line and on empty space of the current view."""
    view = window.current_view()
    scene = view.diagram_scene
    points: dict[str, QPointF] = {}
    element = _first(window, "usecase") or _first(window, "actor")
    if element:
        points["element"] = scene.node_item(element).scene_body_rect().center()
    for edge in window.document.diagram(view.diagram_id).edges:
        item = scene.edge_item(edge.element)
        if item is not None and scene.item_at(item.midpoint()) is item:
            points["line"] = item.midpoint()
            break
    points["empty"] = scene.itemsBoundingRect().bottomRight() + QPointF(200, 200)
    return points


def _at(view, point: QPointF) -> QPoint:
    """``point`` brought into sight, in viewport coordinates."""
    view.centerOn(point)
    return view.mapFromScene(point)


def _sweep(window, problems: Problems, full: bool) -> Sweep:
    sweep = Sweep(window, problems, explore_dialogs=full)
    with sweep:
        # Context menus: the canvas on an element, a line and empty space.
        view = window.current_view()
        if view is not None:
            for where, point in _canvas_points(window).items():
                view = window.current_view()
                entries = sweep.context_menu(
                    lambda v=view, p=point: v.customContextMenuRequested.emit(_at(v, p))
                )
                assert entries, f"no context menu on the canvas ({where})"
        # The model browser, on the first element.
        browser = window.browser
        item = browser.topLevelItem(0)
        while item is not None and item.childCount() and not browser.selected_ids():
            item = item.child(0)
            browser.setCurrentItem(item)
        if browser.selected_ids():
            point = browser.visualItemRect(browser.currentItem()).center()
            sweep.context_menu(lambda: browser.customContextMenuRequested.emit(point))
        # The problems panel, on its first problem.
        from ucdesigner.app import problems_panel

        panel = problems_panel._PANELS[id(window)]
        panel.parent().show()
        QApplication.processEvents()
        tree = panel.tree
        for index in range(tree.topLevelItemCount()):
            top = tree.topLevelItem(index)
            target = top.child(0) if top.childCount() else top
            tree.expandAll()
            point = tree.visualItemRect(target).center()
            sweep.context_menu(lambda p=point: tree.customContextMenuRequested.emit(p))
            break
        # Every menu, toolbar and window action.
        last = []
        for action in window_actions(window):
            if action_name(action) in LAST_ACTIONS:
                last.append(action)
                continue
            _select_something(window)
            sweep.trigger(action)
        if full:
            sweep.docks()
            _select_something(window)
            window.activateWindow()
            for action in window_actions(window):
                if action_name(action) in LAST_ACTIONS or not action.isEnabled():
                    continue
                for key in action.shortcuts():
                    target = window.current_view() or window
                    target.setFocus()
                    sweep.press(key, target)
        for action in last:
            if not window.isVisible():
                break
            sweep.trigger(action, unsaved=True)
    return sweep


@pytest.mark.slow
@pytest.mark.parametrize("source", DOCUMENTS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_control_works(source, tmp_path, monkeypatch, make_window):
    """Every action, context menu entry and (on one example) every dialog control runs
    without a Python exception or a Qt warning, and no two enabled actions share a
    shortcut."""
    copy = tmp_path / source.name
    shutil.copy(source, copy)
    answer_file_dialogs(monkeypatch, tmp_path)
    with Problems() as problems:
        window = make_window(load(copy), copy)
        QApplication.processEvents()
        clashes = shortcut_clashes(window_actions(window))
        _select_something(window)
        clashes += shortcut_clashes(window_actions(window))
        sweep = _sweep(window, problems, full=source == FULL)
    found = [f"shortcut shared by enabled actions: {clash}" for clash in clashes]
    found += problems.found
    assert not found, "\n\n".join(found)
    if source == FULL:
        # The sweep did reach into dialogs and message boxes (a guard against a sweep
        # that quietly stopped looking).
        assert any(d.startswith("QMessageBox") for d in sweep.dialogs), sweep.dialogs
        assert len(set(sweep.dialogs)) >= 5, sweep.dialogs
