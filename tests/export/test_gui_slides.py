"""File > Export Slides… and the Word choice of File > Export Report… on the real main
window, through the real dialogs."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from ucdesigner.io.native import load

ROOT = Path(__file__).resolve().parents[2]
RETAIL = ROOT / "resources" / "examples" / "retail-customer-journey.ucd"


def file_action(window, name: str):
    return next(a for a in window.menu("file").actions() if a.objectName() == f"action_{name}")


def choose_in_dialog(sequence: str, scope: str) -> None:
    """When the slides dialog opens: pick ``sequence`` and ``scope`` and press OK."""

    def pick() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.sequence.setCurrentIndex(dialog.sequence.findData(sequence))
        dialog.scope.setCurrentIndex(dialog.scope.findData(scope))
        dialog.accept()

    QTimer.singleShot(0, pick)


def test_export_slides_from_the_file_menu(make_window, tmp_path, monkeypatch) -> None:
    window = make_window(load(RETAIL), RETAIL)
    target = tmp_path / "deck"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PowerPoint slides (*.pptx)")
    )
    action = file_action(window, "export_slides")
    assert action.text() == "Export Slides…"
    choose_in_dialog("single", "all")
    action.trigger()
    deck = Presentation(str(tmp_path / "deck.pptx"))
    assert [s.shapes.title.text for s in deck.slides] == [
        d.name for d in window.document.diagrams()
    ]
    assert "Wrote 3 slides to" in window.statusBar().currentMessage()
    choose_in_dialog("build-up", "current")
    action.trigger()
    deck = Presentation(str(tmp_path / "deck.pptx"))
    current = window.current_scene().diagram_id
    name = window.document.diagram_info(current).name
    assert len(deck.slides) > 1
    assert all(s.shapes.title.text.startswith(f"{name} (") for s in deck.slides)


def test_a_deck_that_cannot_be_written_is_a_message(make_window, tmp_path, monkeypatch) -> None:
    window = make_window(load(RETAIL), RETAIL)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert not window_export(window, blocker / "deck.pptx")
    assert len(shown) == 1 and "no such folder" in shown[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]


def window_export(window, path: Path) -> bool:
    from ucdesigner.app.export_actions import export_slides

    return export_slides(
        window, path, {"scope": "all", "size": "16:9", "mode": "shapes", "sequence": "single"}
    )


def test_export_report_as_word(make_window, tmp_path, monkeypatch) -> None:
    window = make_window(load(RETAIL), RETAIL)
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *a, **k: (str(tmp_path / "handout"), "Word document (*.docx)"),
    )
    file_action(window, "export_report").trigger()
    from docx import Document as WordDocument

    word = WordDocument(str(tmp_path / "handout.docx"))
    assert word.paragraphs[1].text == window.document.name
    assert "Wrote the report to" in window.statusBar().currentMessage()
