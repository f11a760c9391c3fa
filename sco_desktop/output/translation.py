"""Loads the translations of the interface (`resources/i18n/*.qm`) into Qt and into core.

The `.qm` files are compiled from the `.ts` sources beside them (scripts/update_translations.py)
and ship in the wheel; nothing is fetched. A Language made here translates core's words for a
pane or a sheet (core/domain/language.py); `install` also translates the window's own `tr()`
words and Qt's standard buttons. QtCore only: no widgets.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from sco_desktop.core.domain.language import (
    ENGLISH,
    QT_LOCALES,
    Language,
    language_code,
)
from sco_desktop.core.infra import locations

TRANSLATIONS_FOLDER = "i18n"
FILE_PREFIX = "sco_desktop_"

_loaded: dict[str, QTranslator | None] = {}
_installed: list[QTranslator] = []
"""The translators `install` gave the application: Qt's own, then ours."""
_current = Language()
"""The interface language, as `install` last set it."""


def translation_file(code: str, suffix: str = ".qm") -> Path:
    """The compiled (`.qm`) or source (`.ts`) translation of a language."""
    return (
        locations.resources_folder()
        / TRANSLATIONS_FOLDER
        / f"{FILE_PREFIX}{QT_LOCALES[code]}{suffix}"
    )


def system_language() -> str:
    """The system's interface language when it is one of ours, else English."""
    return language_code(QLocale.system().name())


def _translator(code: str) -> QTranslator | None:
    """The loaded translation of a language, kept for the session; None for English."""
    if code == ENGLISH:
        return None
    if code not in _loaded:
        translator = QTranslator()
        _loaded[code] = translator if translator.load(str(translation_file(code))) else None
    return _loaded[code]


def language(code: str) -> Language:
    """A Language translating with the bundled translation, whichever one Qt has installed:
    a sheet can be printed in another language than the window's."""
    translator = _translator(code)
    if translator is None:
        return Language(ENGLISH if code not in QT_LOCALES else code)
    return Language(code, translator.translate)


def install(app: QCoreApplication, code: str) -> Language:
    """Makes `code` the interface language: the app's own words and Qt's (buttons, dialogs)."""
    global _current
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code != ENGLISH and (own := _translator(code)) is not None:
        qt = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{QT_LOCALES[code]}", folder):
            _installed.append(qt)
        _installed.append(own)
        for translator in _installed:
            app.installTranslator(translator)
    _current = language(code)
    return _current


def current() -> Language:
    """The interface language installed (English until `install` chooses another)."""
    return _current
