"""Features that add their own menu entries and behaviour to a main window.

Each entry names a function ``install(window)``; the main window calls ``install_all``
once it has built its menus. A feature then needs no edit to the main window itself.
The editor's first window installs those in ``FIRST_PAINT`` (they change what the window
looks like) before it is shown and the others right after its first paint, so that it
appears sooner (see ``MainWindow.finish_start``).
The window offers: ``document``, ``path``, ``undo_stack``, ``menu(name)`` for "file",
"edit", "view", "diagram", "tools" and "help", ``add_to_menu(name, actions)`` (a group of
the feature's own; in File above Close and Quit), ``current_scene()``,
``show_status(text)``, ``maybe_save()`` (asks to save unsaved changes; False when the
user cancels), ``open_document(document, path)``, ``reveal(ids, diagram_id=None)``
(selects elements and switches to a diagram that shows them), and the signals
``documentSaved(str)``, ``documentBound()`` (the window shows another document: read
``window.document`` again) and ``closed()``. Context menu entries of the canvas and the
model browser are added through ``context_menus.register``; properties tabs through
``property_sections.register``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

INSTALLERS: list[str] = [
    "ucdesigner.app.autosave:install",
    "ucdesigner.app.xmi_actions:install",
    "ucdesigner.app.export_actions:install",
    "ucdesigner.app.spec_actions:install",
    "ucdesigner.app.problems_panel:install",
    "ucdesigner.app.conflicts_panel:install",
    "ucdesigner.app.compare_actions:install",
    "ucdesigner.app.report_actions:install",
    "ucdesigner.app.journey_actions:install",
    "ucdesigner.app.template_actions:install",
    "ucdesigner.app.text_actions:install",
    "ucdesigner.app.settings_apply:follow_appearance",
    "ucdesigner.app.settings_apply:install",
    "ucdesigner.app.connect_dialog:install",
    "ucdesigner.app.layout_actions:install",
    "ucdesigner.app.theme_icons:install",
    "ucdesigner.app.find_panel:install",
    "ucdesigner.app.browser_filter:install",
    "ucdesigner.app.print_actions:install",
    "ucdesigner.app.frame_actions:install",
    "ucdesigner.app.windows:install",
]
"""``"module:function"`` entries, installed in this order."""

FIRST_PAINT: frozenset[str] = frozenset(
    {
        "ucdesigner.app.problems_panel:install",  # the status bar's problem counter
        "ucdesigner.app.settings_apply:follow_appearance",  # light, dark or the system's
        "ucdesigner.app.theme_icons:install",  # the toolbar's icons
        "ucdesigner.app.browser_filter:install",  # the filter box above the model
        "ucdesigner.app.windows:install",  # the Window menu in the menu bar
    }
)
"""The entries whose effect shows in a window as it is first painted: everything else
they add (menu entries, hidden panels, autosave) can come a moment later."""

FIRST_PAINT_WHEN: dict[str, Callable[[Any], bool]] = {
    # its panel opens on a conflicted file
    "ucdesigner.app.conflicts_panel:install": lambda window: bool(window.document.conflicts),
}
"""The entries whose effect shows in the first paint only on some documents: installed
before it when the test says so, else after it. (Their ``install`` does nothing the
second time: the entry comes round again after the paint.)"""


def install_all(window: Any, *, first_paint: bool | None = None) -> None:
    """Let every feature add its actions to ``window``, in the order of ``INSTALLERS``;
    only those in ``FIRST_PAINT`` (and those of ``FIRST_PAINT_WHEN`` whose test holds)
    when ``first_paint`` is True, only the others when it is False."""
    for spec in INSTALLERS:
        if first_paint is True and not (
            spec in FIRST_PAINT or (spec in FIRST_PAINT_WHEN and FIRST_PAINT_WHEN[spec](window))
        ):
            continue
        if first_paint is False and spec in FIRST_PAINT:
            continue
        module_name, function_name = spec.split(":")
        getattr(importlib.import_module(module_name), function_name)(window)
