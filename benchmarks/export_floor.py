"""The floor under ``ucdesigner export``: ``export_floor.py svg|png FILE.ucd`` does, as a
whole process, what the export must do before it draws anything, and nothing more:
Python starts; the model is imported (pydantic with it) and the document read and
validated, as the command does (the dataclass and validator caches on); PySide6 is
imported with the Qt modules the picture needs (QtGui, QtWidgets for the canvas'
QGraphicsScene, QtSvg for an SVG) and the application object made. No canvas item is
imported, no scene built, nothing painted or written.

Side by side with bare_draw.py (which does draw and save), it says how close to the
bare script the export can come while it keeps the model's validation and the one
render path: ``ours / bare`` cannot go below ``floor / bare``."""

from __future__ import annotations

import os
import sys


def main(fmt: str, path: str) -> None:
    """Everything the export of ``path`` to ``fmt`` pays before it draws."""
    from ucdesigner import dataclass_cache, start_cache, validator_cache

    dataclass_cache.install()
    validator_cache.enable()
    start_cache.enable()
    with start_cache.importing():  # as the command line imports the model
        from ucdesigner.io.native import load

    document = load(path)
    from ucdesigner.qt_import import import_pyside

    with start_cache.importing():  # as the export imports Qt and its renderer
        import_pyside()
        from PySide6 import QtGui, QtWidgets  # noqa: F401 - the canvas' classes

        if fmt == "svg":
            from PySide6 import QtSvg  # noqa: F401

    QtWidgets.QApplication(sys.argv[:1])
    assert document.diagrams()
    dataclass_cache.save()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
    os._exit(0)  # as the command ends (ucdesigner.cli.entry): no teardown
