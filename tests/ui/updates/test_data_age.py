"""The data's age against the age set in Preferences: a warning in the window's status bar and
the same line from `sco-desktop verify`. The bundled data is from 2025, so a small age always
warns and 0 (never) or a century never does, whatever the day the tests run."""

from conftest import run_cli
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from sco_desktop.app import build_main_window
from sco_desktop.core.data.pack_store import PackStore
from sco_desktop.core.infra import locations
from sco_desktop.core.infra.locations import SETTINGS_FILE
from sco_desktop.core.present.updates import DATA_AGE_KEY
from sco_desktop.ui.printing.dialogs import PreferencesDialog

WARNING = "Data as of {} — older than {} days; ask your administrator for an update"


def _saved(days):
    """The age written to the preferences file in the user folder, where both read it."""
    locations.user_folder().mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(locations.user_folder() / SETTINGS_FILE), QSettings.Format.IniFormat)
    settings.setValue(DATA_AGE_KEY, days)
    settings.sync()
    return settings


def _window(qtbot, settings=None):
    window = build_main_window(settings=settings)
    qtbot.addWidget(window)
    window.show()
    return window


def test_old_data_is_one_line_in_the_status_bar_and_from_verify(qtbot):
    _saved(30)
    window = _window(qtbot)
    label = window.data_age_label
    assert label.isVisible()
    assert label.full_text() == label.text() == WARNING.format("2025-11-18", 30)
    assert window.data_label.text() == "Data as of 2025-11-18"
    result = run_cli("verify", env={locations.HOME_VARIABLE: str(locations.user_folder())})
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == label.full_text()


def test_zero_or_a_long_age_never_warns(qtbot):
    for days in (0, 36500):
        _saved(days)
        assert not _window(qtbot).data_age_label.isVisible()
        result = run_cli("verify", env={locations.HOME_VARIABLE: str(locations.user_folder())})
        assert "older than" not in result.stdout
        assert result.stdout.endswith(": ok (checksum, quick_check, full-text index)\n")


def test_a_hand_edited_age_that_is_not_a_number_falls_back_to_the_default(qtbot, settings):
    settings.setValue(DATA_AGE_KEY, "a year")
    window = _window(qtbot, settings)
    assert window._preferences.data_age_days == 365


def test_the_age_of_an_installed_update_is_what_counts(qtbot, settings, trusted, make_pack):
    PackStore().install(make_pack(2, changed=True))
    settings.setValue(DATA_AGE_KEY, 1)
    window = _window(qtbot, settings)
    assert window.data_age_label.full_text() == WARNING.format("2025-12-01", 1)


def test_preferences_set_the_age_and_the_status_bar_follows(qtbot, settings):
    settings.setValue(DATA_AGE_KEY, 0)
    window = _window(qtbot, settings)
    assert not window.data_age_label.isVisible()

    def answer():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PreferencesDialog)
        assert dialog.data_age.text() == "never"
        dialog.data_age.setValue(45)
        dialog.accept()

    QTimer.singleShot(0, answer)
    window.preferences_action.trigger()
    assert settings.value(DATA_AGE_KEY) in (45, "45")
    assert window.data_age_label.isVisible()
    assert window.data_age_label.full_text() == WARNING.format("2025-11-18", 45)


def test_a_narrow_window_shortens_the_warning_and_keeps_it_whole_in_the_tooltip(qtbot, settings):
    settings.setValue(DATA_AGE_KEY, 30)
    window = _window(qtbot, settings)
    window.resize(420, window.height())
    label = window.data_age_label
    qtbot.waitUntil(lambda: label.text() != label.full_text())
    assert label.text().endswith("…")
    assert label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()
    assert label.toolTip() == WARNING.format("2025-11-18", 30)
