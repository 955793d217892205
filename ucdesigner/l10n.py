"""Translation without Qt, for the model, io and command line layers.

``tr("...")`` gives the text in the user's language. It is called ``tr`` on purpose:
``pyside6-lupdate`` files every plain ``tr("...")`` call in the empty context, the same
catalog the Qt code's ``ucdesigner.i18n.tr`` reads, so one ``.ts`` per language holds
everything. Texts with values are written ``tr("... {name} ...").format(name=...)``.

Where the translation comes from:

- In the desktop application, ``install(lookup)`` routes ``tr`` to Qt's translators
  (``app/language.py`` does this when it loads the catalog).
- Elsewhere (the command line), the language is chosen on first use, from the
  preferences' ``language`` setting or else the environment (``LC_ALL``,
  ``LC_MESSAGES``, ``LANG``), and the catalog is read from ``resources/i18n``:
  the compiled ``.qm`` when the install built it, else the ``.ts`` source. Nothing is
  read until a text is translated, and Qt is never imported.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

TYPE_CHECKING = False  # (typing's own costs --help, which imports this module, ~3 ms)
if TYPE_CHECKING:
    import datetime

LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch", "fr": "Français"}
"""The interface's languages, by code, each named in itself."""

_state: dict[str, object] = {}
"""``lookup``: the installed translator; ``catalog``: the loaded dictionary;
``language``: the language chosen by ``use_language``; ``found``: the one read from the
preferences and the environment (each None until known)."""


def tr(text: str) -> str:
    """``text`` in the user's language (as it is when there is no translation)."""
    lookup = _state.get("lookup")
    if lookup is not None:
        return lookup(text) or text  # type: ignore[operator]
    catalog = _state.get("catalog")
    if catalog is None:
        catalog = _state["catalog"] = load_catalog(current_language())
    return catalog.get(text) or text  # type: ignore[union-attr]


def quote(name: str) -> str:
    """``name`` in the language's quotation marks: “Pay” in English, „Pay“ in German,
    « Pay » in French (the one place that decides them)."""
    return tr("“{name}”").format(name=name)


def install(
    lookup: Callable[[str], str] | None,
    date_format: Callable[[datetime.date], str] | None = None,
    number_format: Callable[[float], str] | None = None,
) -> None:
    """Translate through ``lookup`` (the GUI passes Qt's translator) and write dates and
    numbers with the given functions (the GUI passes ``QLocale``'s); None undoes it."""
    for key, value in (("lookup", lookup), ("date", date_format), ("number", number_format)):
        if value is None:
            _state.pop(key, None)
        else:
            _state[key] = value


_DATE_FORMATS = {"de": "%d.%m.%Y", "fr": "%d/%m/%Y"}


def format_date(day: datetime.date) -> str:
    """A date as the user's language writes it (ISO 8601 in English, as before)."""
    formatter = _state.get("date")
    if formatter is not None:
        return formatter(day)  # type: ignore[operator]
    pattern = _DATE_FORMATS.get(current_language())
    return day.strftime(pattern) if pattern else day.isoformat()


def format_number(value: float) -> str:
    """A number as short as it goes (``%g``), with the language's decimal sign."""
    formatter = _state.get("number")
    if formatter is not None:
        return formatter(value)  # type: ignore[operator]
    text = f"{value:g}"
    return text.replace(".", ",") if current_language() in ("de", "fr") else text


def use_language(code: str | None) -> None:
    """Speak ``code`` ("de", "fr", "en") from now on; None or "" goes back to the
    preferences and the environment. The catalog is read on the next ``tr``."""
    _state.pop("catalog", None)
    _state.pop("found", None)
    if code:
        _state["language"] = normalise(code)
    else:
        _state.pop("language", None)


def current_language() -> str:
    """The language ``tr`` speaks when no translator is installed: the one chosen with
    ``use_language``, else the preferences' setting, else the environment's."""
    chosen = _state.get("language") or _state.get("found")
    if isinstance(chosen, str):
        return chosen
    found = _state["found"] = preferred_language() or environment_language()
    return found


def normalise(code: str) -> str:
    """A locale name ("de_DE.UTF-8", "fr-CA", "C") as one of ``LANGUAGES`` ("en" when
    it is none of them)."""
    base = code.strip().split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return base if base in LANGUAGES else "en"


def environment_language(environ: dict[str, str] | None = None) -> str:
    """The messages' language from the environment, as POSIX looks it up: ``LC_ALL``,
    then ``LC_MESSAGES``, then ``LANG`` (the first one set and not empty)."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return normalise(value)
    return "en"


def preferred_language() -> str:
    """The ``language`` the user chose in Settings ("" for the system's language, or when
    the preferences cannot be read). Read here without the application's modules, so
    the command line needs neither Qt nor the GUI's code for it."""
    import json

    folder = config_folder()
    try:
        raw = json.loads((folder / "preferences.json").read_text("utf-8"))
    except (OSError, ValueError):
        return ""
    value = raw.get("language") if isinstance(raw, dict) else None
    return value if isinstance(value, str) and value in LANGUAGES else ""


def config_folder() -> Path:
    """The folder of ``preferences.json``, as ``app/preferences.py`` finds it. On Linux
    it is the XDG rule itself: importing platformdirs (tempfile, shutil, random...)
    would cost the command line's ``--help`` more than the rest of its translation."""
    override = os.environ.get("UCDESIGNER_CONFIG_DIR")
    if override:
        return Path(override)
    if sys.platform.startswith("linux") and "ANDROID_DATA" not in os.environ:
        base = os.environ.get("XDG_CONFIG_HOME", "").strip()
        if not os.path.isabs(base):  # unset, blank or relative: the XDG default
            base = os.path.expanduser("~/.config")
        return Path(base) / "ucdesigner"
    from platformdirs import user_config_dir

    return Path(user_config_dir("ucdesigner", "ucdesigner"))


def i18n_dir() -> Path:
    """The folder of the ``.ts`` sources and the compiled ``.qm`` catalogs."""
    from .resources import resources_dir

    return resources_dir() / "i18n"


def catalog_file(language: str, suffix: str) -> Path:
    """``resources/i18n/ucdesigner_<language><suffix>``."""
    return i18n_dir() / f"ucdesigner_{language}{suffix}"


def load_catalog(language: str) -> dict[str, str]:
    """Source text -> translation in the empty context, for ``language`` ({} for English
    or when there is no catalog)."""
    if language == "en":
        return {}
    qm = catalog_file(language, ".qm")
    if qm.is_file():
        try:
            return read_qm(qm.read_bytes())
        except (OSError, ValueError):
            pass  # a damaged .qm: the source still says it all
    ts = catalog_file(language, ".ts")
    if ts.is_file():
        try:
            return read_ts(ts.read_bytes())
        except (OSError, ValueError):
            return {}
    return {}


QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_TAG_END, _TAG_TRANSLATION, _TAG_SOURCE, _TAG_CONTEXT, _TAG_COMMENT = 1, 3, 6, 7, 8
_TAG_MESSAGES = 0x69


def read_qm(data: bytes, context: str = "") -> dict[str, str]:
    """The translations of one context in a ``.qm`` file written by ``lrelease``
    (which keeps each message's source text and context; plural forms give their first
    form). ValueError for anything that is not such a file."""
    import struct

    if not data.startswith(QM_MAGIC):
        raise ValueError("not a Qt translation file")
    pos = len(QM_MAGIC)
    while pos + 5 <= len(data):
        tag, length = data[pos], struct.unpack_from(">I", data, pos + 1)[0]
        pos += 5
        if tag == _TAG_MESSAGES:
            return _qm_messages(data[pos : pos + length], context)
        pos += length
    return {}  # a catalog without a single translation


def _qm_messages(block: bytes, context: str) -> dict[str, str]:
    import struct

    found: dict[str, str] = {}
    pos = 0
    translations: list[str] = []
    source = message_context = None
    while pos < len(block):
        tag = block[pos]
        pos += 1
        if tag == _TAG_END:
            if source is not None and (message_context or "") == context and translations:
                found.setdefault(source, translations[0])
            translations, source, message_context = [], None, None
            continue
        if tag not in (_TAG_TRANSLATION, _TAG_SOURCE, _TAG_CONTEXT, _TAG_COMMENT):
            raise ValueError(f"unknown record {tag} in the Qt translation file")
        length = struct.unpack_from(">I", block, pos)[0]
        pos += 4
        if length == 0xFFFFFFFF:  # a null string
            continue
        raw = block[pos : pos + length]
        pos += length
        if tag == _TAG_TRANSLATION:
            translations.append(raw.decode("utf-16-be"))
        elif tag == _TAG_SOURCE:
            source = raw.decode("utf-8")
        elif tag == _TAG_CONTEXT:
            message_context = raw.decode("utf-8")
    return found


def read_ts(data: bytes, context: str = "") -> dict[str, str]:
    """The translations of one context in a ``.ts`` source: those with a text, as
    ``lrelease`` takes them (obsolete and vanished ones left out)."""
    return {
        source: text for (where, source), text in read_ts_messages(data).items() if where == context
    }


def read_ts_messages(data: bytes) -> dict[tuple[str, str], str]:
    """(context, source text) -> translation for every translated message of a ``.ts``
    source (the first plural form for a plural). ValueError when it is not XML."""
    from xml.etree import ElementTree

    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as error:
        raise ValueError(f"not a translation source: {error}") from None
    found: dict[tuple[str, str], str] = {}
    for block in root.iter("context"):
        context = block.findtext("name") or ""
        for message in block.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            forms = translation.findall("numerusform")
            text = (forms[0].text if forms else translation.text) or ""
            if text:
                found.setdefault((context, source), text)
    return found


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for ``pyside6-lupdate`` without translating it (for tables whose
    entries are passed through ``tr`` when shown); ``context`` is always ""."""
    return text
