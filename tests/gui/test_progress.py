"""Long work shows progress, can be cancelled and never freezes the window: importing a
large XMI file (in a worker thread) and exporting every diagram (one picture at a time)."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from benchmarks.synthetic import make_document
from ucdesigner.app import export_actions, progress, xmi_actions, xmi_dialogs
from ucdesigner.io.xmi import read_xmi, write_xmi
from ucdesigner.model import DiagramInfo, Document, UseCase

from .conftest import when_modal


@pytest.fixture(autouse=True)
def dialogs_show_at_once(monkeypatch):
    """Progress dialogs appear at once (not after 0.4 s); the test sees what each one
    showed when it was made: (maximum, label)."""
    monkeypatch.setattr(progress, "SHOW_AFTER_MS", 0)
    made: list[tuple[int, str]] = []

    def seen(dialog: QProgressDialog) -> None:
        made.append((dialog.maximum(), dialog.labelText()))

    progress.DIALOG_HOOKS.append(seen)
    yield made
    progress.DIALOG_HOOKS.remove(seen)


def on_value(dialog: QProgressDialog, listener) -> None:
    """Call ``listener(value)`` after every ``setValue`` of the dialog (it has no signal)."""
    original = dialog.setValue

    def set_value(value: int) -> None:
        original(value)
        listener(value)

    dialog.setValue = set_value


def press_cancel(dialog: QProgressDialog) -> None:
    button = dialog.findChild(QPushButton)
    assert button is not None and button.text() == "Cancel"
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


class Ticks:
    """Counts how often the GUI thread's event loop runs a timer."""

    def __init__(self) -> None:
        self.count = 0
        self.timer = QTimer(interval=10)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        self.count += 1

    def stop(self) -> int:
        self.timer.stop()
        return self.count


@pytest.fixture(scope="module")
def large_xmi(tmp_path_factory):
    path = tmp_path_factory.mktemp("xmi") / "large.xmi"
    write_xmi(make_document(5000, diagrams=4), path, "omg")
    return path


def test_a_large_xmi_import_runs_beside_a_live_window(
    make_window, large_xmi, dialogs_show_at_once
) -> None:
    window = make_window()
    ticks = Ticks()
    started = time.perf_counter()
    imported = xmi_dialogs.import_in_background(window, str(large_xmi))
    elapsed = time.perf_counter() - started
    count = ticks.stop()
    document, report = imported
    assert document.to_data() == Document.from_data(read_xmi(large_xmi).data).to_data()
    assert report.counts["usecase"] > 1000
    ((maximum, label),) = dialogs_show_at_once
    assert maximum == 0 and "large.xmi" in label  # a busy dialog that names the file
    # The event loop kept running: the timer fired about as often as time allowed.
    assert count >= 0.3 * elapsed / 0.010, (count, elapsed)


def test_cancel_an_import_returns_at_once_and_leaves_the_document(
    make_window, monkeypatch, dialogs_show_at_once, qtbot
) -> None:
    release = threading.Event()
    finished = threading.Event()

    def slow_read(path):  # stands in for a file that takes long to read
        release.wait(10)
        finished.set()
        return read_xmi(path)

    monkeypatch.setattr(xmi_dialogs, "read_model_file", slow_read)
    window = make_window()
    before = window.document.to_data()
    progress.DIALOG_HOOKS.append(lambda d: QTimer.singleShot(150, lambda: press_cancel(d)))
    try:
        monkeypatch.setattr(
            xmi_dialogs.QFileDialog,
            "getOpenFileName",
            staticmethod(lambda *a, **k: ("/nowhere/big.xmi", "")),
        )
        started = time.perf_counter()
        assert xmi_actions.import_into(window) is False
        assert time.perf_counter() - started < 5  # back long before the reader is done
    finally:
        progress.DIALOG_HOOKS.pop()
        release.set()
    assert window.document.to_data() == before
    assert not [
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and isinstance(w, xmi_dialogs.ImportReportDialog)
    ]
    qtbot.waitUntil(finished.is_set)  # the worker went on by itself; its result was dropped


def test_an_import_error_in_the_worker_is_shown(make_window, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from .conftest import answer_dialog

    bad = tmp_path / "bad.xmi"
    bad.write_text("<not xmi")
    window = make_window()
    said: list[str] = []
    answer_dialog(QMessageBox.StandardButton.Ok, said)
    assert xmi_dialogs.import_in_background(window, str(bad)) is None
    assert said and "bad.xmi" in said[0]


def many_diagrams(count: int) -> Document:
    d = Document("Big")
    for n in range(count):
        d.add(UseCase(id=f"u{n}", name=f"Use case {n}"))
        d.add_diagram(DiagramInfo(id=f"d{n}", name=f"Diagram {n}"))
        from ucdesigner.model import Shape

        d.add_shapes(f"d{n}", [Shape(element=f"u{n}", x=0, y=0, width=140, height=60)])
    return d


def export_all_from_the_menu(window, folder, before_accept=None) -> None:
    """File > Export All Diagrams…, type the folder, press Export (real clicks)."""
    from ucdesigner.app.export_dialog import ExportDialog

    def act(dialog: ExportDialog) -> None:
        dialog.path_edit.setText(str(folder))
        dialog.format_box.setCurrentIndex(dialog.format_box.findData("svg"))
        dialog.path_edit.setText(str(folder))
        export = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Export")
        QTest.mouseClick(export, Qt.MouseButton.LeftButton)

    when_modal(ExportDialog, act)
    export_actions.actions_of(window)["export_all"].trigger()


def test_export_all_counts_the_pictures(make_window, tmp_path, dialogs_show_at_once) -> None:
    window = make_window(many_diagrams(6))
    values: list[int] = []
    progress.DIALOG_HOOKS.append(lambda d: on_value(d, values.append))
    try:
        export_all_from_the_menu(window, tmp_path / "pictures")
    finally:
        progress.DIALOG_HOOKS.pop()
    assert sorted(p.name for p in (tmp_path / "pictures").iterdir()) == [
        f"Diagram {n}.svg" for n in range(6)
    ]
    ((maximum, label),) = dialogs_show_at_once
    assert maximum == 6 and label == "Exporting “Diagram 0” (1 of 6)…"
    assert values == [0, 1, 2, 3, 4, 5, 6]
    assert "6 pictures" in window.statusBar().currentMessage()


def test_cancel_export_all_between_two_pictures(make_window, tmp_path) -> None:
    window = make_window(many_diagrams(6))

    def cancel_after_two(dialog: QProgressDialog) -> None:
        on_value(dialog, lambda v: v == 2 and press_cancel(dialog))

    progress.DIALOG_HOOKS.append(cancel_after_two)
    try:
        export_all_from_the_menu(window, tmp_path / "pictures")
    finally:
        progress.DIALOG_HOOKS.pop()
    written = sorted(p.name for p in (tmp_path / "pictures").iterdir())
    assert written == ["Diagram 0.svg", "Diagram 1.svg"]
    assert window.statusBar().currentMessage() == "Export stopped: 2 of 6 pictures written."


def test_run_steps_stops_at_the_first_error() -> None:
    def fail() -> int:
        raise ValueError("no")

    outcome = progress.run_steps(None, [("one", lambda: 1), ("two", fail), ("three", lambda: 3)])
    assert outcome.values == [1] and isinstance(outcome.error, ValueError)
    assert not outcome.cancelled and outcome.total == 3
