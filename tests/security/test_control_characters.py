"""Issue 15, points 6 and 9: control characters in names can neither break an output
nor drive a terminal. The model replaces them (U+FFFD) wherever a document comes from,
the properties panel refuses them, and ``info``/``check`` escape what they print."""

from __future__ import annotations

import json
from pathlib import Path

from lxml import etree
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit

from ucdesigner.app import export_actions
from ucdesigner.cli import main
from ucdesigner.io.native import load

from ..export.helpers import support_document

HOSTILE = "Cu\x1b]0;pwned\x07st\x00om\x1b[2J\rer\ufffe\x9b\u202e"


def hostile_file(folder: Path, name: str = "doc.ucd") -> Path:
    """The support example with control characters in names, as a .ucd file can hold
    them (JSON escapes)."""
    from ucdesigner.io.native import dumps

    content = json.loads(dumps(support_document()))
    for element in content["elements"]:
        if element.get("name"):
            element["name"] = HOSTILE + element["name"]
    content["name"] = HOSTILE
    content["diagrams"][0]["name"] = HOSTILE
    path = folder / name
    path.write_text(json.dumps(content), "utf-8")
    return path


def test_the_model_replaces_them_on_the_way_in(tmp_path) -> None:
    document = load(hostile_file(tmp_path))
    for node in document.nodes():
        text = node.name if node.kind != "comment" else node.body  # type: ignore[attr-defined]
        assert not any(ord(c) < 32 and c not in "\t\n" for c in text)
        assert "\ufffe" not in text


def test_every_picture_and_report_is_written_and_parses(tmp_path, capsys) -> None:
    source = hostile_file(tmp_path)
    for suffix in ("svg", "png", "pdf"):
        assert main(["export", str(source), "-o", str(tmp_path / f"out.{suffix}")]) == 0
    etree.fromstring((tmp_path / "out.svg").read_bytes())  # well-formed XML
    for suffix in ("html", "md"):
        assert main(["report", str(source), "-o", str(tmp_path / f"report.{suffix}")]) == 0
    html = (tmp_path / "report.html").read_text("utf-8")
    assert "\x1b" not in html and "\x00" not in html


def test_copy_as_image_works(tmp_path, make_window) -> None:
    path = hostile_file(tmp_path)
    window = make_window(load(path), path)
    try:
        assert export_actions.copy_as_image(window)
        svg = bytes(QGuiApplication.clipboard().mimeData().data("image/svg+xml"))
        etree.fromstring(svg)
    finally:
        QGuiApplication.clipboard().clear()


def test_the_properties_panel_refuses_them(tmp_path, make_window, qtbot) -> None:
    path = tmp_path / "plain.ucd"
    from ucdesigner.io.native import save

    save(support_document(), path)
    window = make_window(load(path), path)
    window.current_scene().select_ids(["ret"])
    field = next(
        w for w in window.properties.findChildren(QLineEdit) if w.accessibleName() == "Name"
    )
    field.setFocus()
    field.setText("Return\x1b[2J goods")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert "control character (U+001B)" in window.properties.error.text()
    assert window.document.get("ret").name != "Return\x1b[2J goods"


def test_info_and_check_print_no_terminal_controls(tmp_path, capsys) -> None:
    path = hostile_file(tmp_path, "na\x1b]0;title\x07me.ucd")
    for command in ("info", "check"):
        main([command, str(path)])
        out, err = capsys.readouterr()
        for control in ("\x1b", "\x07", "\r", "\x9b", "\u202e"):
            assert control not in out + err, (command, repr(control))
        assert "\\x1b" in out  # the file's own name, escaped


def test_the_properties_panel_refuses_them_in_documentation_too(
    tmp_path, make_window, qtbot
) -> None:
    from PySide6.QtWidgets import QPlainTextEdit

    from ucdesigner.io.native import save

    path = tmp_path / "plain.ucd"
    save(support_document(), path)
    window = make_window(load(path), path)
    window.current_scene().select_ids(["ret"])
    box = next(
        w
        for w in window.properties.findChildren(QPlainTextEdit)
        if w.accessibleName() == "Documentation"
    )
    box.setPlainText("Ring\x07 the bell")
    box.left.emit()  # what leaving the field sends (offscreen windows get no focus-out)
    assert "U+0007" in window.properties.error.text()
    assert "\x07" not in window.document.get("ret").documentation
