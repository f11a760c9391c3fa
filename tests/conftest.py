"""Shared fixtures: the real bundled database, isolated user folders, the offscreen platform."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sco_desktop.core.data import Repository
from sco_desktop.core.infra import locations

PROJECT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def user_home(tmp_path, monkeypatch):
    """Per-user files go to a temporary folder, never the developer's own."""
    home = tmp_path / "home"
    monkeypatch.setenv(locations.HOME_VARIABLE, str(home))
    return home


@pytest.fixture
def settings(tmp_path):
    """Preferences in a temporary file: never the developer's own."""
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture(scope="session")
def repo():
    repository = Repository()
    yield repository
    repository.close()


@pytest.fixture
def data_copy(tmp_path):
    """A private copy of the source tables, to break on purpose."""
    folder = tmp_path / "data"
    folder.mkdir()
    for csv_file in locations.data_folder().glob("*.csv"):
        shutil.copy(csv_file, folder)
    return folder


@pytest.fixture
def window(qtbot, settings):
    """The real main window on the bundled data, shown, with preferences in a temporary file."""
    from sco_desktop.app import build_main_window

    main = build_main_window(settings=settings)
    qtbot.addWidget(main)
    main.show()
    return main


def run_python(script, *args, env=None):
    """Runs a Python script in a child process (for crashes, limits and process-wide hooks)."""
    return subprocess.run(
        [sys.executable, "-c", script, *map(str, args)],
        capture_output=True,
        text=True,
        cwd=PROJECT,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def run_cli(*args, env=None, cwd=None):
    """Runs the real `sco-desktop` command in a child process."""
    environment = {**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "sco_desktop", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        cwd=cwd or PROJECT,
        timeout=120,
    )
