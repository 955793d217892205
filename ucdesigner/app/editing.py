"""Edit and arrange commands of the main window, on the current diagram's selection:
delete (from the diagram or from the model), cut, copy, paste, duplicate, select all,
align, distribute, same size. Each change is one undoable step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QApplication

from ..canvas.items.base import NodeItem
from ..commands import operations as ops
from ..commands import texts
from ..commands.fragment import MIME_TYPE, copy_fragment, decode, encode, paste_new, paste_shown
from ..i18n import tr
from ..model import ModelError

if TYPE_CHECKING:
    from .main_window import MainWindow

PASTE_STEP = 20.0


class Editing:
    """The edit operations of one window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self._paste_count = 0

    # ------------------------------------------------------------------ helpers

    def _view(self):
        return self.window.current_view()

    def selection(self) -> list[str]:
        view = self._view()
        return view.diagram_scene.selected_ids() if view else []

    def selected_nodes(self) -> list[str]:
        view = self._view()
        if view is None:
            return []
        return [i.element_id for i in view.diagram_scene.selectedItems() if isinstance(i, NodeItem)]

    def _run(self, text: str, operation) -> object:
        try:
            return self.window.undo_stack.run(text, operation)
        except ModelError as error:
            self.window.show_status(str(error))
            return None

    # ------------------------------------------------------------------ deleting

    def delete_from_diagram(self) -> None:
        """Take the selection off this diagram; the elements stay in the model."""
        view, ids = self._view(), self.selection()
        if view is None or not ids:
            return
        diagram_id = view.diagram_id
        document = self.window.document
        nodes = [i for i in ids if document.shape(diagram_id, i) is not None]
        edges = [i for i in ids if document.edge(diagram_id, i) is not None]

        def remove(d) -> None:
            if edges:
                d.remove_edges(
                    diagram_id,
                    [e for e in edges if not _ends_in(d, e, nodes)],
                )
            if nodes:
                d.remove_shapes(diagram_id, nodes)

        self._run(tr("Remove {what} from diagram").format(what=texts.count(len(ids))), remove)

    def delete_from_model(self, ids: list[str] | None = None) -> None:
        """Delete from the model: relationships and shapes on every diagram go too."""
        ids = self.selection() if ids is None else ids
        if not ids:
            return
        document = self.window.document
        elements = [document.get(i) for i in ids if document.find(i) is not None]
        text = (
            tr("Delete {name} from model").format(name=texts.quoted(elements[0]))
            if len(elements) == 1
            else tr("Delete {what} from model").format(what=texts.count(len(elements)))
        )
        self._run(text, lambda d: d.remove(ids))

    # ------------------------------------------------------------------ clipboard

    def copy(self) -> bool:
        view, ids = self._view(), self.selected_nodes()
        if view is None or not ids:
            return False
        fragment = copy_fragment(
            self.window.document, view.diagram_id, ids, source=self.window.document_token
        )
        data = QMimeData()
        data.setData(MIME_TYPE, encode(fragment))
        names = [self.window.document.get(i).describe() for i in ids]
        data.setText("\n".join(names))
        QApplication.clipboard().setMimeData(data)
        self._paste_count = 0
        self.window.show_status(tr("Copied {what}.").format(what=texts.count(len(ids))))
        return True

    def cut(self) -> None:
        ids = self.selected_nodes()
        if self.copy():
            document = self.window.document
            self._run(
                tr("Cut {what}").format(what=texts.count(len(ids))),
                lambda d: d.remove(i for i in ids if document.find(i) is not None),
            )

    def clipboard_fragment(self) -> dict | None:
        data = QApplication.clipboard().mimeData()
        if data is None or not data.hasFormat(MIME_TYPE):
            return None
        return decode(bytes(data.data(MIME_TYPE)))

    def can_paste_shown(self) -> bool:
        fragment = self.clipboard_fragment()
        return fragment is not None and fragment.get("source") == self.window.document_token

    def _offset(self, fragment: dict) -> float:
        view = self._view()
        same = view is not None and fragment.get("diagram") == view.diagram_id
        if fragment.get("source") != self.window.document_token or not same:
            return 0.0
        self._paste_count += 1
        return PASTE_STEP * self._paste_count

    def paste(self) -> None:
        """Paste copies of what was copied: new elements (also from another window)."""
        view, fragment = self._view(), self.clipboard_fragment()
        if view is None or fragment is None:
            self.window.show_status(tr("There is nothing to paste."))
            return
        offset = self._offset(fragment)
        ids = self._run(
            tr("Paste {what}").format(what=texts.count(len(fragment.get("shapes", ())))),
            lambda d: paste_new(d, view.diagram_id, fragment, offset, offset),
        )
        if ids:
            view.diagram_scene.select_ids(ids)

    def paste_shown(self) -> None:
        """Show the copied elements themselves on this diagram (same document only)."""
        view, fragment = self._view(), self.clipboard_fragment()
        if view is None or fragment is None or not self.can_paste_shown():
            self.window.show_status(
                tr("Paste as Shown Elements works with elements copied from this document.")
            )
            return
        ids = self._run(
            tr("Show {what} on diagram").format(what=texts.count(len(fragment.get("shapes", ())))),
            lambda d: paste_shown(d, view.diagram_id, fragment, 0, 0),
        )
        if ids:
            view.diagram_scene.select_ids(ids)

    def duplicate(self) -> None:
        """New copies of the selection beside it (the clipboard is left alone)."""
        view, ids = self._view(), self.selected_nodes()
        if view is None or not ids:
            return
        fragment = copy_fragment(self.window.document, view.diagram_id, ids)
        new = self._run(
            tr("Duplicate {what}").format(what=texts.count(len(ids))),
            lambda d: paste_new(d, view.diagram_id, fragment, PASTE_STEP, PASTE_STEP),
        )
        if new:
            view.diagram_scene.select_ids(new)

    # ------------------------------------------------------------------ selecting, arranging

    def select_all(self) -> None:
        view = self._view()
        if view is not None:
            view.diagram_scene.select_ids(
                [
                    i.element_id
                    for i in [*view.diagram_scene.node_items(), *view.diagram_scene.edge_items()]
                ]
            )

    def align(self, how: str) -> None:
        view, ids = self._view(), self.selected_nodes()
        if view is not None and len(ids) >= 2:
            self._run(
                tr("Align {what}").format(what=texts.count(len(ids))),
                lambda d: ops.align(d, view.diagram_id, ids, how),
            )

    def distribute(self, axis: str) -> None:
        view, ids = self._view(), self.selected_nodes()
        if view is not None and len(ids) >= 3:
            self._run(
                tr("Distribute {what}").format(what=texts.count(len(ids))),
                lambda d: ops.distribute(d, view.diagram_id, ids, axis),
            )

    def same_size(self) -> None:
        view, ids = self._view(), self.selected_nodes()
        if view is not None and len(ids) >= 2:
            self._run(
                tr("Make {what} the same size").format(what=texts.count(len(ids))),
                lambda d: ops.same_size(d, view.diagram_id, ids),
            )


def _ends_in(document, relationship_id: str, node_ids: list[str]) -> bool:
    """True when removing these shapes takes the edge away anyway."""
    rel = document.get(relationship_id)
    return rel.source in node_ids or rel.target in node_ids
