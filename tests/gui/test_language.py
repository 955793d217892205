"""The application's language: the system's (``LANG``), or the one chosen in Settings;
our catalog and Qt's own are installed, the Qt-free hook of the model and the report
speaks the same language, and a source tree without ``.qm`` reads the ``.ts``."""

from __future__ import annotations

import datetime
import json
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QLabel

from ucdesigner import l10n
from ucdesigner.app import language
from ucdesigner.app.preferences import Preferences

from .catalogs import pseudo_catalog


@pytest.fixture
def back_to_english(qapp):
    before = QLocale()
    yield
    language.unload_language(qapp)
    QLocale.setDefault(before)


@pytest.fixture(scope="module")
def pseudo_folder(tmp_path_factory):
    return pseudo_catalog(tmp_path_factory.mktemp("pseudo-i18n"))


def _menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_the_settings_choice_loads_german_menus_from_the_real_catalog(
    qapp, back_to_english, make_window
) -> None:
    """Deutsch chosen in Settings: the menus are the German of resources/i18n (this
    fails until the German translation is merged)."""
    german = l10n.read_ts(l10n.catalog_file("de", ".ts").read_bytes())
    assert german.get("&File"), "the German translation is not merged yet"
    Preferences.shared().language = "de"
    assert language.load_language(qapp) == "de"
    window = make_window()
    titles = _menu_titles(window)
    assert titles[0] == german.get("&File"), titles
    assert titles == [german.get(t, t) for t in ("&File", "&Edit", "&View")] + titles[3:]


def test_the_chosen_catalog_reaches_the_menus_the_model_and_qt_s_own_words(
    qapp, back_to_english, make_window, pseudo_folder, monkeypatch
) -> None:
    monkeypatch.setattr(l10n, "i18n_dir", lambda: pseudo_folder)
    Preferences.shared().language = "de"
    language.load_language(qapp)
    window = make_window()
    assert _menu_titles(window)[0] == "&Fileee"
    # the model's sentences, through the Qt-free hook
    assert l10n.tr("The actor {actor} takes part in no use case.").startswith("Theee actorrr")
    # Qt's own words (qtbase_de.qm from PySide6): a standard button
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    # numbers (KPIs, the report) and the report's date follow the chosen locale
    assert QLocale().name().startswith("de")
    assert l10n.format_number(2.5) == "2,5" and l10n.format_number(12345.5) == "12345,5"
    assert l10n.format_date(datetime.date(2026, 12, 3)) == "Donnerstag, 3. Dezember 2026"
    from ucdesigner.app.journey_section import number_text, parse_number

    assert parse_number(number_text(1234.25), "Target") == 1234.25


def test_a_source_tree_without_qm_reads_the_ts(
    qapp, back_to_english, make_window, pseudo_folder, tmp_path, monkeypatch, capfd
) -> None:
    only_ts = tmp_path / "i18n"
    only_ts.mkdir()
    (only_ts / "ucdesigner_fr.ts").write_bytes((pseudo_folder / "ucdesigner_de.ts").read_bytes())
    monkeypatch.setattr(l10n, "i18n_dir", lambda: only_ts)
    assert language.load_language(qapp, "fr") == "fr"
    window = make_window()
    assert _menu_titles(window)[0] == "&Fileee"
    assert "ucdesigner_fr.qm is not built" in capfd.readouterr().err


def test_english_removes_every_translator(qapp, back_to_english, pseudo_folder, monkeypatch):
    monkeypatch.setattr(l10n, "i18n_dir", lambda: pseudo_folder)
    language.load_language(qapp, "de")
    language.load_language(qapp, "en")
    assert QApplication.translate("", "&File") == "&File"
    assert l10n.tr("&File") == "&File"


def test_the_system_language_comes_from_lang(tmp_path) -> None:
    code = (
        "from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]); "
        "from ucdesigner.app.language import system_language; print(system_language())"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    answers = []
    for lang in ("de_DE.UTF-8", "fr_FR.UTF-8", "C.UTF-8"):
        done = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            env={**env, "LANG": lang, "UCDESIGNER_CONFIG_DIR": str(tmp_path)},
            check=True,
        )
        answers.append(done.stdout.strip())
    assert answers == ["de", "fr", "en"]


def test_settings_offers_the_languages_and_says_when_they_apply(make_window, qtbot) -> None:
    from ucdesigner.app import settings_apply
    from ucdesigner.app.preferences import preferences_path

    window = make_window()
    dialog = settings_apply.open_settings(window)
    box = dialog.findChild(QComboBox, "languageBox")
    assert [box.itemData(i) for i in range(box.count())] == ["", "en", "de", "fr"]
    assert [box.itemText(i) for i in range(1, box.count())] == ["English", "Deutsch", "Français"]
    assert box.currentData() == ""
    note = dialog.findChild(QLabel, "languageNote")
    assert note.isVisible() and "starts again" in note.text()
    box.setCurrentIndex(box.findData("fr"))
    box.activated.emit(box.currentIndex())
    assert Preferences.shared().language == "fr"
    assert json.loads(preferences_path().read_text("utf-8"))["language"] == "fr"
    assert Preferences.load().language == "fr"
    dialog.close()
