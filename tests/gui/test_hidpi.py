"""High-DPI screens: at a device pixel ratio of 2 (QT_SCALE_FACTOR=2, in a process of
its own, since Qt reads it at start) the canvas, the palette icons, the export preview
and the About icon are drawn with twice the pixels, not blown up from 1x."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_fresh

ROOT = Path(__file__).resolve().parents[2]

PROBE = r"""
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ucdesigner.app.main_window import MainWindow
from ucdesigner.app.about import AboutDialog
from ucdesigner.app.export_dialog import ExportDialog
from ucdesigner.app.export_prefs import ExportPrefs
from ucdesigner.io.native import load

window = MainWindow(load(sys.argv[1]))
window.resize(1200, 800)
window.show()
app.processEvents()
view = window.current_view()
view.zoom_reset()
app.processEvents()
canvas = view.viewport().grab()
button = window.palette.buttons["usecase"]
icon = button.icon().pixmap(button.iconSize(), button.devicePixelRatioF())
dialog = ExportDialog(window.document, window.document.diagrams()[0].id, [], None,
                      prefs=ExportPrefs())
dialog.show()
app.processEvents()
dialog.update_preview()
preview = dialog.preview.pixmap()
about = AboutDialog(window)
logo = about.findChild(type(about.heading), "aboutIcon").pixmap()
print(json.dumps({
    "window_dpr": window.devicePixelRatioF(),
    "canvas": [canvas.width(), canvas.height(), canvas.devicePixelRatio()],
    "viewport": [view.viewport().width(), view.viewport().height()],
    "icon": [icon.width(), icon.height(), icon.devicePixelRatio()],
    "icon_size": [button.iconSize().width(), button.iconSize().height()],
    "preview": [preview.width(), preview.height(), preview.devicePixelRatio()],
    "logo": [logo.width(), logo.devicePixelRatio()],
}))
"""


def probe(scale: str, tmp_path: Path) -> dict:
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "QT_SCALE_FACTOR": scale,
        "UCDESIGNER_CONFIG_DIR": str(tmp_path / "config"),
    }
    example = ROOT / "resources" / "examples" / "post-purchase-support.ucd"
    return run_fresh(PROBE, str(example), env=env, cwd=ROOT)


def test_everything_is_drawn_with_twice_the_pixels_at_2x(tmp_path: Path) -> None:
    found = probe("2", tmp_path)
    assert found["window_dpr"] == 2
    width, height = found["viewport"]
    assert found["canvas"] == [width * 2, height * 2, 2]
    assert found["icon"][:2] == [s * 2 for s in found["icon_size"]] and found["icon"][2] == 2
    assert found["preview"][2] == 2 and found["preview"][0] > 520  # > the 1x preview box
    assert found["logo"] == [192, 2]


def test_and_once_at_1x(tmp_path: Path) -> None:
    found = probe("1", tmp_path)
    assert found["window_dpr"] == 1
    assert found["icon"][:2] == found["icon_size"] and found["logo"] == [96, 1]
