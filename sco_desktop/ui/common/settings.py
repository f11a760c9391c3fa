"""Typed access to the user's preferences in an injected QSettings; knows no widgets."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QStandardPaths

from sco_desktop.core.domain.formatting import is_unicode_text
from sco_desktop.core.domain.language import LANGUAGES
from sco_desktop.core.domain.limits import PAGE_SIZES
from sco_desktop.core.infra import locations
from sco_desktop.core.infra.locations import SETTINGS_FILE
from sco_desktop.core.present.updates import DATA_AGE_KEY, data_age_days
from sco_desktop.output.printing import MARKING_KEY, PAGE_SIZE_KEY

ZOOM_STEPS = (50, 67, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300)
"""The text sizes, in percent, that zooming in and out steps through."""
ZOOM_DEFAULT = 100
THEMES = ("system", "light", "dark")
"""The colour schemes a reader can choose; the first follows the system."""
SYSTEM_LANGUAGE = "system"
"""The interface language setting that follows the system's (when it is one of ours)."""


def open_settings() -> QSettings:
    """The preferences file in the user folder (SCO_DESKTOP_HOME or the platform's folder).

    An unusable folder (user_folder_problem says why) is no reason not to start: the settings
    then live in a temporary folder and last for this session only.
    """
    global _session_folder
    folder = locations.user_folder()
    if not _why_unusable(folder):
        return QSettings(str(folder / SETTINGS_FILE), QSettings.Format.IniFormat)
    if _session_folder is None:
        _session_folder = tempfile.TemporaryDirectory(prefix="sco-desktop-")
    settings = str(Path(_session_folder.name) / SETTINGS_FILE)
    return QSettings(settings, QSettings.Format.IniFormat)


_session_folder: tempfile.TemporaryDirectory | None = None
"""Where preferences live for one session when the user folder cannot hold them."""


def user_folder_problem() -> str:
    """Why the user folder cannot keep preferences and notes, as a notice with the way
    forward; "" when it can (it is created if missing)."""
    folder = locations.user_folder()
    reason = _why_unusable(folder)
    if not reason:
        return ""
    return QCoreApplication.translate(
        "Preferences",
        "Your preferences and notes cannot be kept: the folder {folder} {reason}."
        " Set {variable} to a folder you can write to and start again; everything else works.",
    ).format(folder=folder, reason=reason, variable=locations.HOME_VARIABLE)


def _why_unusable(folder: Path) -> str:
    try:
        if not folder.is_absolute():
            # No HOME and no entry in the password database: "~" stayed as it was.
            return QCoreApplication.translate(
                "Preferences", "is not a full path (the home folder is unknown)"
            )
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        return QCoreApplication.translate("Preferences", "is a file, not a folder")
    except OSError as error:
        return QCoreApplication.translate("Preferences", "cannot be created ({error})").format(
            error=error.strerror or error
        )
    if not os.access(folder, os.W_OK):
        return QCoreApplication.translate("Preferences", "cannot be written to")
    if not is_unicode_text(str(folder)):
        # Qt would replace the bytes that are not UTF-8 and write to another folder.
        return QCoreApplication.translate("Preferences", "has a name that is not UTF-8 text")
    return ""


class Preferences:
    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes("main_window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._settings.setValue("main_window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes("main_window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._settings.setValue("main_window/state", value)

    @property
    def splitter_state(self) -> QByteArray | None:
        return self._bytes("main_window/splitter")

    @splitter_state.setter
    def splitter_state(self, value: QByteArray) -> None:
        self._settings.setValue("main_window/splitter", value)

    @property
    def notes_splitter_state(self) -> QByteArray | None:
        return self._bytes("main_window/notes_splitter")

    @notes_splitter_state.setter
    def notes_splitter_state(self, value: QByteArray) -> None:
        self._settings.setValue("main_window/notes_splitter", value)

    @property
    def zoom(self) -> int:
        """Text size of the panes and the navigator, in percent (100 is the normal size)."""
        value = self._settings.value("view/zoom", ZOOM_DEFAULT, int)
        return min(max(value, ZOOM_STEPS[0]), ZOOM_STEPS[-1])

    @zoom.setter
    def zoom(self, percent: int) -> None:
        self._settings.setValue("view/zoom", percent)

    @property
    def theme(self) -> str:
        """system, light or dark."""
        value = self._settings.value("view/theme", THEMES[0], str)
        return value if value in THEMES else THEMES[0]

    @theme.setter
    def theme(self, value: str) -> None:
        self._settings.setValue("view/theme", value)

    @property
    def language(self) -> str:
        """ "system", or the code of an interface language (core/domain/language.py)."""
        value = self._settings.value("view/language", SYSTEM_LANGUAGE, str)
        return value if value in (SYSTEM_LANGUAGE, *LANGUAGES) else SYSTEM_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        self._settings.setValue("view/language", value)

    @property
    def last_entity(self) -> tuple[str, str] | None:
        kind = self._settings.value("main_window/last_kind", "", str)
        entity_id = self._settings.value("main_window/last_id", "", str)
        return (kind, entity_id) if kind and entity_id else None

    @last_entity.setter
    def last_entity(self, place: tuple[str, str]) -> None:
        self._settings.setValue("main_window/last_kind", place[0])
        self._settings.setValue("main_window/last_id", place[1])

    @property
    def marking(self) -> str:
        """Text printed at the top and bottom of every page; empty by default."""
        return self._settings.value(MARKING_KEY, "", str)

    @marking.setter
    def marking(self, text: str) -> None:
        self._settings.setValue(MARKING_KEY, text)

    @property
    def page_size(self) -> str | None:
        """A4 or Letter; None until chosen, when the locale decides."""
        value = self._settings.value(PAGE_SIZE_KEY, "", str)
        return value if value in PAGE_SIZES else None

    @page_size.setter
    def page_size(self, value: str) -> None:
        self._settings.setValue(PAGE_SIZE_KEY, value)

    @property
    def data_age_days(self) -> int:
        """Data older than this many days earns a warning in the status bar; 0 never warns."""
        return data_age_days(self._settings.value(DATA_AGE_KEY))

    @data_age_days.setter
    def data_age_days(self, days: int) -> None:
        self._settings.setValue(DATA_AGE_KEY, days)

    @property
    def export_folder(self) -> str:
        """The folder every export dialog starts in: the last one used, empty until then."""
        return self._settings.value("printing/export_folder", "", str)

    @export_folder.setter
    def export_folder(self, value: str) -> None:
        self._settings.setValue("printing/export_folder", value)

    def export_start(self, file_name: str = "") -> Path:
        """Where an export dialog starts: the remembered folder, else Documents, else home."""
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        for candidate in (self.export_folder, documents, str(Path.home())):
            if candidate and Path(candidate).is_dir():
                return Path(candidate) / file_name
        return Path.home() / file_name

    def remember_export(self, path: Path) -> None:
        """Remembers the folder of a file just written, for the next export dialog."""
        self.export_folder = str(Path(path).parent)

    def sync(self) -> None:
        self._settings.sync()
