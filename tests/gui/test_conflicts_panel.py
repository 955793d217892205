"""A real git merge leaves conflicts in the .ucd file; the real main window opens it
with the Conflicts panel, both sides of a shape are drawn on the canvas, the buttons
resolve (one undo step each), and save + git add + git commit finish the merge."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDockWidget

from tests.gitrepo import Repo
from ucdesigner.app.conflicts_panel import panel_of
from ucdesigner.app.main_window import MainWindow

SUPPORT, TRACK = "uc_contact_support", "uc_track_order"
DIAGRAM = "diagram_post_purchase"


def _conflicted(tmp_path) -> Repo:
    repo = Repo(tmp_path / "repo")
    assert repo.ucdesigner("git-setup").returncode == 0
    repo.git("add", ".gitattributes")
    repo.git("commit", "-q", "-m", "merge driver")

    def ours(d):
        d.update(SUPPORT, documentation="Ours.")
        d.move_shapes(DIAGRAM, [TRACK], 80, 0)

    def theirs(d):
        d.update(SUPPORT, documentation="Theirs.")
        d.move_shapes(DIAGRAM, [TRACK], 0, 60)

    repo.edit("ours", ours, "ours")
    repo.git("checkout", "-q", "main")
    repo.edit("theirs", theirs, "theirs")
    repo.git("checkout", "-q", "ours")
    assert repo.git("merge", "--no-edit", "theirs", check=False).returncode != 0
    return repo


def test_conflicts_resolved_in_the_window_finish_the_git_merge(qtbot, tmp_path) -> None:
    repo = _conflicted(tmp_path)
    window = MainWindow.open_file(str(repo.file))
    qtbot.addWidget(window)
    window.show()
    dock = window.findChild(QDockWidget, "conflictsDock")
    assert dock.isVisible()
    panel = panel_of(window)
    assert panel.list.count() == 2
    assert "git add model.ucd" in panel.summary.text()
    assert "View" in [a.text().replace("&", "") for a in window.menuBar().actions()]

    # The shape conflict: both positions are drawn on the canvas.
    row = next(i for i in range(panel.list.count()) if "position" in panel.list.item(i).text())
    panel.list.setCurrentRow(row)
    marks = panel.marks()
    assert [m.childItems()[0].text() for m in marks] == ["Ours", "Theirs"]
    base = window.document.shape(DIAGRAM, TRACK)
    ours_box, theirs_box = (m.rect() for m in marks)
    assert ours_box.x() + 4 == base.x and theirs_box.y() + 4 == base.y + 60 - 0
    QTest.mouseClick(panel.take_theirs, Qt.MouseButton.LeftButton)
    moved = window.document.shape(DIAGRAM, TRACK)
    assert (moved.x, moved.y) == (base.x - 80, base.y + 60)
    assert panel.list.count() == 1 and panel.marks() == []

    # One undo step brings the conflict back; redo resolves it again.
    window.undo_stack.undo()
    assert len(window.document.conflicts) == 2
    assert window.document.shape(DIAGRAM, TRACK).x == base.x
    window.undo_stack.redo()
    assert len(window.document.conflicts) == 1

    # The documentation conflict: edit by hand, then mark resolved.
    window.undo_stack.run("Edit", lambda d: d.update(SUPPORT, documentation="Both."))
    panel.list.setCurrentRow(0)
    assert panel.sides["ours"].toPlainText() == "Ours."
    assert panel.sides["theirs"].toPlainText() == "Theirs."
    QTest.mouseClick(panel.mark_resolved, Qt.MouseButton.LeftButton)
    assert window.document.conflicts == () and panel.list.count() == 0
    assert "All conflicts are resolved" in panel.summary.text()
    assert window.save()
    assert '"conflicts"' not in repo.file.read_text()

    repo.git("add", "model.ucd")
    repo.git("commit", "-q", "--no-edit")
    assert repo.git("status", "--porcelain", "--untracked-files=no").stdout == ""
    assert len(repo.git("log", "-1", "--format=%P").stdout.split()) == 2  # a merge commit
    merged = repo.load()
    assert merged.get(SUPPORT).documentation == "Both."
    assert merged.conflicts == ()


def test_taking_a_side_that_no_longer_fits_says_why(qtbot, tmp_path) -> None:
    from ucdesigner.model import Include

    repo = Repo(tmp_path / "repo")
    assert repo.ucdesigner("git-setup").returncode == 0
    repo.edit("ours", lambda d: d.add(Include(id="i1", source=SUPPORT, target=TRACK)), "a")
    repo.git("checkout", "-q", "main")
    repo.edit("theirs", lambda d: d.add(Include(id="i2", source=TRACK, target=SUPPORT)), "b")
    repo.git("checkout", "-q", "ours")
    assert repo.git("merge", "--no-edit", "theirs", check=False).returncode != 0
    window = MainWindow.open_file(str(repo.file))
    qtbot.addWidget(window)
    panel = panel_of(window)
    assert "circle" in panel.list.item(0).text()
    QTest.mouseClick(panel.take_theirs, Qt.MouseButton.LeftButton)
    assert "Cannot take that side" in panel.message.text()
    assert window.document.find("i2") is None and panel.list.count() == 1
    QTest.mouseClick(panel.take_ours, Qt.MouseButton.LeftButton)
    assert window.document.conflicts == ()
    assert window.save()


def test_a_conflicted_file_shows_its_panel_in_the_first_frame_once(qtbot, tmp_path) -> None:
    # The panel waits for the first paint on a document without conflicts, not here.
    repo = _conflicted(tmp_path)
    window = MainWindow.open_file(str(repo.file), finish_after_paint=True)
    qtbot.addWidget(window)
    assert not window.complete
    dock = window.findChild(QDockWidget, "conflictsDock")
    assert dock is not None and not dock.isHidden()
    window.finish_start()
    assert len(window.findChildren(QDockWidget, "conflictsDock")) == 1
    entries = [a.text() for a in window.menu("view").actions()]
    assert entries.count("&Conflicts") == 1
    plain = MainWindow(finish_after_paint=True)
    qtbot.addWidget(plain)
    assert plain.findChild(QDockWidget, "conflictsDock") is None
    plain.finish_start()
    assert plain.findChild(QDockWidget, "conflictsDock") is not None
