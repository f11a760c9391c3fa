"""`sco-desktop verify`: the database file's checksum, SQLite integrity and full-text index,
and the data's age against the age set in the window's Preferences.

It reports what `Repository.verify` finds, one line per problem, and must change nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt

from sco_desktop.cli import EXIT_OK, CommandError, emit, open_repository
from sco_desktop.core.infra import locations
from sco_desktop.core.infra.locations import SETTINGS_FILE


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "verify", parents=[common], help="check the database file's checksum and integrity"
    )
    parser.set_defaults(func=verify)


def verify(args: argparse.Namespace) -> int:
    # Imported here: building the parser loads every command's module, for every command, and
    # the words for data updates bring the whole data-update store with them.
    from sco_desktop.core.present.updates import data_age_warning

    with open_repository(args) as repo:
        problems = repo.verify()
        if problems:
            raise CommandError(*(f"{repo.path}: {problem}" for problem in problems))
        old = data_age_warning(repo.data_as_of, _saved_data_age_days(), dt.date.today())
        if old:
            emit(old)
        emit(f"{repo.path}: ok (checksum, quick_check, full-text index)")
    return EXIT_OK


def _saved_data_age_days() -> int:
    """The age set in Preferences, from the window's settings file (the default without one)."""
    from sco_desktop.core.present.updates import DATA_AGE_DEFAULT_DAYS, DATA_AGE_KEY, data_age_days

    path = locations.user_folder() / SETTINGS_FILE
    if not path.is_file():
        return DATA_AGE_DEFAULT_DAYS
    # Imported here: the other checks need no Qt.
    from PySide6.QtCore import QSettings

    return data_age_days(QSettings(str(path), QSettings.Format.IniFormat).value(DATA_AGE_KEY))
