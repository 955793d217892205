"""The UML diagram frame (``uc [name]``): a per-diagram setting that leaves existing files
byte for byte as they were, drawn by the one render path in pictures, prints and the
report, overridable per export (ExportOptions.frame, CLI --frame/--no-frame), kept
through the native file and our XMI extension."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter

from tests.conftest import run_cli
from ucdesigner.io.native import dumps, load, loads
from ucdesigner.io.render import ExportOptions, render_svg
from ucdesigner.io.render.pages import PrintOptions, print_diagrams
from ucdesigner.io.report import write_report
from ucdesigner.io.xmi import read_xmi, write_xmi

from .helpers import EXAMPLES, support_document

HEADING = "[Returns: main/flow]"


def svg_text(document, **options) -> str:
    return render_svg(document, "main", ExportOptions(format="svg", **options)).data.decode()


def test_existing_files_keep_their_bytes():
    for path in sorted(EXAMPLES.glob("*.ucd")):
        raw = path.read_bytes()
        assert dumps(loads(raw)) == raw, path.name
        assert b'"frame"' not in raw


def test_the_frame_is_drawn_when_the_diagram_asks_or_the_export_does(qapp):
    document = support_document()
    plain = render_svg(document, "main", ExportOptions(format="svg"))
    assert HEADING not in plain.data.decode()
    document.update_diagram("main", frame=True)
    framed = render_svg(document, "main", ExportOptions(format="svg"))
    text = framed.data.decode()
    assert HEADING in text and ">uc<" in text.replace(" ", "")
    # The frame encloses the content with room for the heading: a larger picture.
    assert framed.width > plain.width and framed.height > plain.height
    assert HEADING not in svg_text(document, frame=False)
    document.update_diagram("main", frame=False)
    assert HEADING in svg_text(document, frame=True)


def test_the_setting_survives_the_native_file_and_xmi(tmp_path):
    document = support_document()
    document.update_diagram("main", frame=True)
    again = loads(dumps(document))
    assert again.diagram_info("main").frame is True
    path = tmp_path / "m.xmi"
    write_xmi(document, path)
    assert read_xmi(path).document.diagram_info("main").frame is True


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext missing")
def test_the_print_draws_the_frame(qapp, tmp_path):
    document = support_document()
    document.update_diagram("main", frame=True)
    path = tmp_path / "p.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    print_diagrams(document, ["main"], printer, PrintOptions())
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "uc [Returns: main/flow]" in unicodedata.normalize("NFKC", text)


def test_the_report_draws_the_frame(qapp, tmp_path):
    document = support_document()
    document.update_diagram("main", frame=True)
    written = write_report(document, tmp_path / "r.html", "html", None)
    assert HEADING in Path(written[0]).read_text(encoding="utf-8")


def test_cli_frame_options(qapp, capsys, tmp_path):
    source = EXAMPLES / "post-purchase-support.ucd"
    framed, plain = tmp_path / "framed.svg", tmp_path / "plain.svg"
    assert run_cli(capsys, "export", str(source), "--frame", "-o", str(framed))[0] == 0
    assert run_cli(capsys, "export", str(source), "-o", str(plain))[0] == 0
    assert "[Post-purchase support]" in framed.read_text(encoding="utf-8")
    assert "[Post-purchase support]" not in plain.read_text(encoding="utf-8")
    code, _out, err = run_cli(capsys, "export", str(source), "--frame", "--no-frame")
    assert code == 2 and err.startswith("ucdesigner: error:") and len(err.splitlines()) == 1
    assert load(source).diagram_info(load(source).diagrams()[0].id).frame is False
