"""The interface language: English, 简体中文 or 繁體中文.

Every visible string in ``reader/ui`` is written in English in the code and passed through
``translate(context, text)`` (Qt's ``QCoreApplication.translate``), one context per class.
``pyside6-lupdate`` finds those calls and keeps the Qt Linguist sources
``resources/translations/duidu_<language>.ts`` up to date (``python packaging/translations.py``);
the build compiles them to ``.qm`` with ``lrelease`` (``hatch_build.py``, and
``packaging/build.py`` for the one-folder app), so no binary is ever edited by hand.

Strings kept in tables at import time are marked with ``QT_TRANSLATE_NOOP(context, text)``,
which lupdate also finds, and translated where they are shown.

The Qt-free core says things too (errors, a notes file set aside): each such sentence is a
``reader.core.messages.Sentence``, English text that keeps its template (context
``"Messages"``, which lupdate finds in ``reader/core``) and fields. Whatever shows a sentence
of the core passes it through :func:`localized`, which translates it.

The language follows the system (``QLocale.system()``'s interface languages) unless
Preferences ▸ Language names one; it is chosen once, before the window is built, because
a running window would otherwise mix two languages (Qt re-translates nothing by itself).
Qt's own dialogs and buttons (the file dialog, Cancel, the colour picker) are translated
by Qt's ``qtbase_<language>.qm``, loaded from Qt's translations folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from reader.core.messages import CONTEXT, Sentence, sentence_of
from reader.core.text.scripts import Script, ScriptMode
from reader.paths import resources_dir

__all__ = [
    "LANGUAGES",
    "QT_TRANSLATE_NOOP",
    "current_language",
    "install_language",
    "language_for_locale",
    "localized",
    "mode_label",
    "script_label",
    "translate",
]

ENGLISH = "en"
# Language code → its own name (shown as is in every interface language).
LANGUAGES: dict[str, str] = {ENGLISH: "English", "zh_CN": "简体中文", "zh_TW": "繁體中文"}
SYSTEM = "system"

_installed: list[QTranslator] = []  # kept alive: Qt holds only a pointer
_current = ENGLISH


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the interface language (itself when English or untranslated)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def localized(message: object) -> str:
    """What the window shows for ``message``: a core :class:`Sentence` in the interface
    language (its fields translated too when they are sentences), an exception as the
    sentence it was raised with, anything else as its text."""
    if isinstance(message, Sentence):
        fields: dict[str, Any] = {
            name: localized(value) if isinstance(value, (Sentence, BaseException)) else value
            for name, value in message.fields.items()
        }
        try:
            return translate(CONTEXT, message.template).format(**fields)
        except (KeyError, IndexError, ValueError, AttributeError, TypeError):
            return str(message)  # a translation that lost a field: the English, whole
    if isinstance(message, BaseException):
        said = sentence_of(message)
        return localized(said) if isinstance(said, Sentence) else said
    return str(message)


def language_for_locale(locale: QLocale) -> str:
    """The interface language for ``locale``: Traditional for Taiwan, Hong Kong, Macau or
    an explicit Hant script, Simplified for any other Chinese, else English."""
    for name in locale.uiLanguages() or [locale.name()]:
        tag = name.replace("_", "-").lower()
        if tag.startswith("zh"):
            parts = tag.split("-")
            if "hans" in parts:  # a script named outright wins over the region
                return "zh_CN"
            if "hant" in parts or any(region in parts for region in ("tw", "hk", "mo")):
                return "zh_TW"
            return "zh_CN"
        if tag.startswith("en"):
            return ENGLISH
    return ENGLISH


def translations_dir() -> Path:
    return resources_dir() / "translations"


def qt_translations_dir() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def install_language(choice: str = SYSTEM) -> str:
    """Load the translations for ``choice`` (a code of ``LANGUAGES`` or ``"system"``) into
    the application; the language now in use. Missing translation files leave the
    interface in English rather than failing: the reader can still read."""
    global _current
    app = QCoreApplication.instance()
    if app is None:
        return _current
    language = choice if choice in LANGUAGES else language_for_locale(QLocale.system())
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()  # a child of the application: it would outlive its use
    _installed.clear()
    _current = ENGLISH
    ours = QTranslator(app)
    if language == ENGLISH or not ours.load(f"duidu_{language}", str(translations_dir())):
        ours.deleteLater()
        system = QLocale.system()
        chinese = system.language() == QLocale.Language.Chinese
        # An English interface on a Chinese system: English dates too; else the system's.
        QLocale.setDefault(QLocale(QLocale.Language.English) if chinese else system)
        return _current
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", str(qt_translations_dir())):
        app.installTranslator(qt)
        _installed.append(qt)
    else:
        qt.deleteLater()
    app.installTranslator(ours)
    _installed.append(ours)
    QLocale.setDefault(QLocale(language))  # dates and numbers written the same way
    _current = language
    return _current


def current_language() -> str:
    """The language the interface is in (``"en"``, ``"zh_CN"`` or ``"zh_TW"``)."""
    return _current


def mode_label(mode: ScriptMode) -> str:
    """What a pane shows, as the menus name it, in the interface language."""
    return translate("Scripts", mode.label)


def script_label(script: Script) -> str:
    """A detected script, in the interface language."""
    return translate("Scripts", script.label)


# Strings of Qt's own dialogs that Qt's catalogues (qtbase_zh_*.qm, made for older
# sources) miss; ours is installed after Qt's, so these fill the gaps. A test opens the
# dialogs in both languages and finds any new gap.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
