"""The interface's language in the desktop application: the user's choice in Settings
(``Preferences.language``), else the system's (``QLocale.system()``).

``load_language(app)`` installs a ``QTranslator`` for our catalog and one for Qt's own
words (``qtbase_<lang>.qm``, shipped with PySide6: the buttons of standard dialogs), and
routes the Qt-free ``ucdesigner.l10n.tr`` (model checks, import report, report) to the
same translators. Our catalog is the compiled ``resources/i18n/ucdesigner_<lang>.qm``
that the install and the bundle build; a source tree without it reads the ``.ts``
source instead (same texts, read by ``l10n.read_ts``) and says so once on stderr.
A language chosen in Settings applies when the application starts again.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QObject, QTranslator

from .. import l10n
from .preferences import Preferences

_installed: list[QTranslator] = []


def system_language() -> str:
    """The system's interface language as one of ``l10n.LANGUAGES`` ("en" otherwise)."""
    for name in QLocale.system().uiLanguages():
        code = l10n.normalise(name)
        if code != "en" or name.lower().startswith("en"):
            return code
    return "en"


def chosen_language() -> str:
    """The language the application speaks: the Settings choice, else the system's."""
    return Preferences.shared().language or system_language()


class SourceTranslator(QTranslator):
    """Translations read from a ``.ts`` source, for a source tree without ``.qm``."""

    def __init__(self, messages: dict[tuple[str, str], str], parent: QObject | None = None):
        super().__init__(parent)
        self.messages = messages

    def translate(self, context, source_text, disambiguation=None, n=-1):
        # None is Qt's null string, "not translated here"; an empty one would blank it
        return self.messages.get((context or "", source_text or ""))

    def isEmpty(self) -> bool:
        return not self.messages


def load_language(app: QCoreApplication, language: str | None = None) -> str:
    """Install the translators of ``language`` (by default ``chosen_language()``);
    returns the language now spoken. English removes every translator."""
    unload_language(app)
    code = language or chosen_language()
    l10n.use_language(code)  # what the model's language-aware checks ask
    if Preferences.shared().language:  # chosen in Settings: numbers and dates too
        QLocale.setDefault(QLocale(code))
    if code == "en":
        return code
    ours = _our_translator(code)
    if ours is not None:
        _install(app, ours)
    qt = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{code}", folder):
        _install(app, qt)
    l10n.install(
        lambda text: QCoreApplication.translate("", text),
        date_format=lambda day: QLocale().toString(QDate(day), QLocale.FormatType.LongFormat),
        number_format=locale_number,
    )
    return code


def locale_number(value: float) -> str:
    """A number as ``%g`` writes it, with the locale's decimal sign and no thousands
    separator (so that a KPI field's text reads back as the same number)."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(value), "g", 6)


def unload_language(app: QCoreApplication) -> None:
    """Back to English: remove the translators ``load_language`` installed."""
    while _installed:
        app.removeTranslator(_installed.pop())
    l10n.install(None)
    l10n.use_language("en")


def _install(app: QCoreApplication, translator: QTranslator) -> None:
    app.installTranslator(translator)
    _installed.append(translator)


def _our_translator(code: str) -> QTranslator | None:
    qm = l10n.catalog_file(code, ".qm")
    translator = QTranslator(QCoreApplication.instance())
    if qm.is_file() and translator.load(str(qm)):
        return translator
    ts = l10n.catalog_file(code, ".ts")
    if not ts.is_file():
        return None
    messages = l10n.read_ts_messages(ts.read_bytes())
    print(
        f"ucdesigner: {qm.name} is not built; reading the translation source {ts.name} "
        "(build it with: python -m ucdesigner.i18n_tools release)",
        file=sys.stderr,
    )
    return SourceTranslator(messages, QCoreApplication.instance())
