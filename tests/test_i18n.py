"""The translations: every string of the code is translated into German and French with
its placeholders, markup and accelerators intact; the Qt-free hook (``ucdesigner.l10n``)
reads the catalogs Qt's tools write and picks the language as POSIX does; the command
line speaks German under ``LANG=de_DE.UTF-8`` without loading Qt."""

from __future__ import annotations

import datetime
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from ucdesigner import i18n_tools, l10n

from .conftest import run_cli

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "resources" / "examples" / "post-purchase-support.ucd"
LANGUAGES = ("de", "fr")


def lupdate_available() -> None:
    for name in ("pyside6-lupdate", "pyside6-lrelease"):
        if not (Path(sys.executable).parent / name).exists() and not shutil.which(name):
            pytest.skip(f"{name} is not installed (it comes with PySide6)")


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    l10n.install(None)
    l10n.use_language("en")


# ---------------------------------------------------------------------- completeness


@pytest.fixture(scope="module")
def code_sources() -> set[tuple[str, str]]:
    lupdate_available()
    return i18n_tools.code_sources()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_of_the_code_is_translated(language, code_sources) -> None:
    """lupdate over today's code into a temporary file; each of its strings has a
    finished, non-empty translation in the repository's .ts (this fails until the
    translators' work is merged, and again whenever a new string is not translated)."""
    data = l10n.catalog_file(language, ".ts").read_bytes()
    finished = _finished_messages(data)
    missing = sorted(key for key in code_sources if not finished.get(key))
    assert not missing, f"{len(missing)} strings not translated into {language}, e.g. " + (
        "; ".join(f"[{c}] {s!r}" for c, s in missing[:15])
    )


def _finished_messages(data: bytes) -> dict[tuple[str, str], str]:
    """(context, source) -> translation, for finished translations only."""
    from xml.etree import ElementTree

    found = {}
    for block in ElementTree.fromstring(data).iter("context"):
        context = block.findtext("name") or ""
        for message in block.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type"):  # unfinished, obsolete...
                continue
            forms = translation.findall("numerusform")
            texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
            found[(context, message.findtext("source") or "")] = min(texts, key=len)
    return found


PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d")
TAG = re.compile(r"</?\s*([a-zA-Z][a-zA-Z0-9]*)[^>]*>")
ACCELERATOR = re.compile(r"&(?!&)(?![a-zA-Z]+;|#\d+;)(?=\S)")


def marks(text: str) -> tuple[Counter, Counter, int]:
    """What a translation must keep: placeholders, HTML tags, accelerators."""
    plain = text.replace("&&", "")
    return (
        Counter(PLACEHOLDER.findall(text)),
        Counter(m.group(1).lower() for m in TAG.finditer(text)),
        len(ACCELERATOR.findall(plain)),
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_markup_and_accelerators(language) -> None:
    data = l10n.catalog_file(language, ".ts").read_bytes()
    wrong = []
    for (context, source), text in l10n.read_ts_messages(data).items():
        expected, got = marks(source), marks(text)
        for what, want, have in zip(
            ("placeholders", "tags", "accelerators"), expected, got, strict=True
        ):
            if want != have:
                wrong.append(f"[{context}] {source!r} -> {text!r}: {what} {want} != {have}")
    assert not wrong, "\n".join(wrong[:30])


def test_the_check_of_marks_sees_what_it_should() -> None:
    assert marks("&Open {name}…") == marks("&Öffnen {name}…")
    assert marks("&Open {name}") != marks("Öffnen {name}")
    assert marks("Open {name}") != marks("Öffnen {nom}")
    assert marks("<b>{n}</b> items") != marks("{n} Elemente")
    assert marks("Fish && Chips") == marks("Fisch && Pommes")
    assert marks("%n file(s)") != marks("Dateien")


# ---------------------------------------------------------------------- the readers


def test_the_qm_reader_reads_what_lrelease_writes(tmp_path) -> None:
    """Our Qt-free reader and Qt's compiler agree on a catalog with the cases that
    matter: placeholders, accelerators, non-ASCII, an unfinished one, another context."""
    lupdate_available()
    ts = tmp_path / "probe.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de">'
        "<context><name></name>"
        "<message><source>Open {name}</source><translation>{name} öffnen</translation>"
        "</message><message><source>&amp;File</source><translation>&amp;Datei</translation>"
        '</message><message><source>Later</source><translation type="unfinished">'
        "</translation></message></context><context><name>SettingsDialog</name>"
        "<message><source>Open {name}</source><translation>Anders</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    qm = tmp_path / "probe.qm"
    subprocess.run(
        [i18n_tools.tool("pyside6-lrelease"), str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )
    expected = {"Open {name}": "{name} öffnen", "&File": "&Datei"}
    assert l10n.read_qm(qm.read_bytes()) == expected
    assert l10n.read_ts(ts.read_bytes()) == expected
    assert l10n.read_qm(qm.read_bytes(), "SettingsDialog") == {"Open {name}": "Anders"}
    with pytest.raises(ValueError):
        l10n.read_qm(b"not a catalog")


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({"LANG": "de_DE.UTF-8"}, "de"),
        ({"LANG": "fr_CA.UTF-8"}, "fr"),
        ({"LANG": "de_DE.UTF-8", "LC_MESSAGES": "fr_FR"}, "fr"),
        ({"LANG": "de_DE.UTF-8", "LC_MESSAGES": "fr_FR", "LC_ALL": "C"}, "en"),
        ({"LANG": "es_ES.UTF-8"}, "en"),
        ({"LC_ALL": "", "LANG": "fr"}, "fr"),
        ({}, "en"),
    ],
)
def test_the_language_comes_from_the_environment_as_posix_says(environ, language) -> None:
    assert l10n.environment_language(environ) == language


def test_the_settings_choice_wins_over_the_environment(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("UCDESIGNER_CONFIG_DIR", str(tmp_path))
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    l10n.use_language(None)
    assert l10n.current_language() == "de"
    (tmp_path / "preferences.json").write_text('{"language": "fr"}', encoding="utf-8")
    assert l10n.current_language() == "de"  # read once per process
    l10n.use_language(None)
    assert l10n.current_language() == "fr"
    (tmp_path / "preferences.json").write_text('{"language": "xx"}', encoding="utf-8")
    l10n.use_language(None)
    assert l10n.current_language() == "de"


def test_dates_and_numbers_follow_the_language() -> None:
    day = datetime.date(2026, 12, 3)
    l10n.use_language("de")
    assert (l10n.format_date(day), l10n.format_number(2.5)) == ("03.12.2026", "2,5")
    l10n.use_language("fr")
    assert (l10n.format_date(day), l10n.format_number(2.5)) == ("03/12/2026", "2,5")
    l10n.use_language("en")
    assert (l10n.format_date(day), l10n.format_number(2.5)) == ("2026-12-03", "2.5")


# ---------------------------------------------------------------------- the command line


@pytest.fixture
def probe_catalog(tmp_path, monkeypatch) -> Path:
    """A German catalog of two CLI strings in a folder of its own (the real one may
    not be translated yet), compiled by lrelease."""
    lupdate_available()
    ts = tmp_path / "ucdesigner_de.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de">'
        "<context><name></name>"
        "<message><source>ucdesigner: error: {message}</source>"
        "<translation>ucdesigner: Fehler: {message}</translation></message>"
        "<message><source>{path}: the file is empty (0 bytes), not a .ucd document</source>"
        "<translation>{path}: die Datei ist leer (0 Bytes), kein .ucd-Dokument</translation>"
        "</message></context></TS>",
        encoding="utf-8",
    )
    monkeypatch.setattr(l10n, "i18n_dir", lambda: tmp_path)
    return ts


@pytest.mark.parametrize("compiled", [True, False], ids=["qm", "ts only"])
def test_the_command_line_speaks_the_environment_s_language(
    compiled, probe_catalog, tmp_path, monkeypatch, capsys
) -> None:
    if compiled:
        qm = probe_catalog.with_suffix(".qm")
        lrelease = i18n_tools.tool("pyside6-lrelease")
        subprocess.run([lrelease, str(probe_catalog), "-qm", str(qm)], check=True)
    empty = tmp_path / "empty.ucd"
    empty.write_bytes(b"")
    monkeypatch.setenv("UCDESIGNER_CONFIG_DIR", str(tmp_path))
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    l10n.use_language(None)
    code, _out, err = run_cli(capsys, "info", str(empty))
    assert code == 2
    assert err == f"ucdesigner: Fehler: {empty}: die Datei ist leer (0 Bytes), kein .ucd-Dokument\n"


def test_the_installed_command_speaks_german_without_loading_qt(tmp_path) -> None:
    """The real catalog, the real command, ``LANG=de_DE.UTF-8``: the message is the
    German of the repository's .ts, and Qt is not imported for it."""
    source = "{path}: the file is empty (0 bytes), not a .ucd document"
    german = l10n.read_ts(l10n.catalog_file("de", ".ts").read_bytes()).get(source)
    assert german, f"{source!r} is not translated into German yet"
    empty = tmp_path / "empty.ucd"
    empty.write_bytes(b"")
    code = (
        "import sys; from ucdesigner.cli import main; "
        f"status = main(['info', {str(empty)!r}]); "
        "print('PySide6' in sys.modules, status)"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES")}
    env.update(LANG="de_DE.UTF-8", UCDESIGNER_CONFIG_DIR=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert done.stdout.split() == ["False", "2"]
    assert german.format(path=empty) in done.stderr


def test_model_check_sentences_are_translated(probe_catalog) -> None:
    """The model layer's sentences go through the same catalog (here, the probe's
    German for one check sentence, added to it)."""
    text = probe_catalog.read_text(encoding="utf-8").replace(
        "</context>",
        "<message><source>The actor {actor} takes part in no use case.</source>"
        "<translation>Der Akteur {actor} wirkt in keinem Anwendungsfall mit.</translation>"
        "</message></context>",
    )
    probe_catalog.write_text(text, encoding="utf-8")
    from ucdesigner.model.checks import model_problems
    from ucdesigner.model.data import DocumentData
    from ucdesigner.model.elements import Actor

    data = DocumentData(elements=[Actor(id="a1", name="Clerk")])
    l10n.use_language("de")
    (problem,) = [p for p in model_problems(data) if p.code == "actor-without-usecase"]
    assert problem.message == "Der Akteur “Clerk” wirkt in keinem Anwendungsfall mit."


@pytest.mark.parametrize(
    ("language", "quoted"), [("en", "“Pay”"), ("de", "„Pay“"), ("fr", "«\u00a0Pay\u00a0»")]
)
def test_names_are_quoted_as_each_language_quotes(language, quoted) -> None:
    """One helper decides the quotation marks for every message (the real catalogs)."""
    from ucdesigner.commands.texts import quoted as command_quoted
    from ucdesigner.model.elements import UseCase

    l10n.use_language(language)
    assert l10n.quote("Pay") == quoted
    assert command_quoted(UseCase(id="u", name="Pay")) == quoted


def test_cycles_use_verbs_and_counts_use_nouns_in_german() -> None:
    """ "includes" is a plural noun in the counts and a verb in a cycle: two sources, so
    German can say "Include-Beziehungen" in one place and "inkludiert" in the other."""
    from ucdesigner.io.xmi.report import ImportReport
    from ucdesigner.model.data import DocumentData
    from ucdesigner.model.elements import Include, UseCase
    from ucdesigner.model.integrity import relationship_cycles

    data = DocumentData(
        elements=[UseCase(id="a", name="Pay"), UseCase(id="b", name="Check")],
        relationships=[
            Include(id="i1", source="a", target="b"),
            Include(id="i2", source="b", target="a"),
        ],
    )
    l10n.use_language("de")
    (problem,) = relationship_cycles(data, "include")
    assert "„Pay“ inkludiert „Check“, „Check“ inkludiert „Pay“" in problem.message
    report = ImportReport(source="x", counts={"include": 2})
    assert "2 Include-Beziehungen" in report.summary()


def test_import_report_reasons_and_rule_refusals_are_translated() -> None:
    from ucdesigner.model.elements import Actor, UseCase
    from ucdesigner.model.rules import connection_refusal

    class Empty:
        def find(self, element_id):
            return None

        def outgoing(self, element_id, kind):
            return ()

    l10n.use_language("fr")
    refusal = connection_refusal(
        "include", Actor(id="a", name="Client"), UseCase(id="u", name="Payer"), Empty()
    )
    assert refusal is not None and refusal.startswith("Une inclusion ne peut pas aller")
    assert "«\u00a0Client\u00a0»" in refusal
    from ucdesigner.io.drawio import read_drawio_bytes

    page = (
        b'<mxfile><diagram name="P"><mxGraphModel><root><mxCell id="0"/>'
        b'<mxCell id="1" parent="0"/>'
        b'<mxCell id="2" value="Buy" style="ellipse;" vertex="1" parent="1">'
        b'<mxGeometry x="0" y="0" width="80" height="40" as="geometry"/></mxCell>'
        b'<mxCell id="3" value="" style="cloud;" vertex="1" parent="1">'
        b'<mxGeometry x="200" y="0" width="80" height="40" as="geometry"/></mxCell>'
        b"</root></mxGraphModel></diagram></mxfile>"
    )
    report = read_drawio_bytes(page).report
    assert any(
        e.detail == "pas un élément de diagramme de cas d’utilisation" for e in report.dropped
    ), report.dropped
