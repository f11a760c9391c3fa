"""How old data must be to earn a warning, and how the stored preference is read."""

import datetime as dt

from sco_desktop.core.present.updates import DATA_AGE_DEFAULT_DAYS, data_age_days, data_age_warning


def test_the_warning_starts_the_day_after_the_age_is_reached():
    as_of = dt.date(2025, 9, 1)
    assert data_age_warning("2025-09-01", 30, as_of + dt.timedelta(days=30)) == ""
    assert data_age_warning("2025-09-01", 30, as_of + dt.timedelta(days=31)) == (
        "Data as of 2025-09-01 — older than 30 days; ask your administrator for an update"
    )


def test_zero_never_warns_and_a_clock_set_back_never_warns():
    assert data_age_warning("2025-09-01", 0, dt.date(2099, 1, 1)) == ""
    assert data_age_warning("2025-09-01", 30, dt.date(1990, 1, 1)) == ""


def test_the_stored_preference_is_read_leniently():
    assert data_age_days("45") == 45
    assert data_age_days(45) == 45
    assert data_age_days(None) == DATA_AGE_DEFAULT_DAYS
    assert data_age_days("a year") == DATA_AGE_DEFAULT_DAYS
    assert data_age_days("-3") == 0
