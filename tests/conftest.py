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
    """Preferences in a temporary file: never the developer's own. The interface is in English
    whatever the machine's locale, so tests read the same words everywhere."""
    from PySide6.QtCore import QSettings

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("view/language", "en")
    return settings


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
    with qtbot.waitActive(main):  # keyboard shortcuts reach the active window only
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


# -- signed data updates ---------------------------------------------------------------------------

PACK_KEY_NAME = "test-organisation"
REMOVED_DOCUMENT = "agreement-mutual-reduction-1997"
"""A document the changed sources leave out (no other table refers to documents)."""


@pytest.fixture(scope="session")
def pack_key(tmp_path_factory):
    """A private key made for the tests; its public half is trusted only through `trusted`."""
    from sco_desktop.core.infra import signing

    private, _public = signing.generate_key_pair(tmp_path_factory.mktemp("keys"), PACK_KEY_NAME)
    return private


@pytest.fixture
def trusted(user_home, pack_key):
    """The test key added as an organisation key in this test's user folder."""
    folder = locations.trusted_keys_folder()
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(pack_key.with_suffix(".pub"), folder)
    return pack_key


@pytest.fixture(scope="session")
def changed_sources(tmp_path_factory):
    """The source tables with one row of each kind of change, and a later as-of date."""
    folder = tmp_path_factory.mktemp("changed-data")
    for csv_file in locations.data_folder().glob("*.csv"):
        shutil.copy(csv_file, folder)

    def edit(name, change):
        path = folder / name
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        path.write_text("".join(change(lines)), encoding="utf-8")

    edit("meta.csv", lambda lines: [line.replace("2025-11-18", "2025-12-01") for line in lines])
    edit("documents.csv", lambda ls: [line for line in ls if not line.startswith(REMOVED_DOCUMENT)])
    edit("trade.csv", lambda lines: lines[:1] + lines[2:])
    edit(
        "sources.csv",
        lambda lines: [*lines, "test-added-source,A source added by a test,,,,,seed,,\n"],
    )
    edit(
        "states.csv",
        lambda lines: [lines[0], lines[1].replace("A founding member", "A founder"), *lines[2:]],
    )
    return folder


@pytest.fixture(scope="session")
def make_pack(tmp_path_factory, pack_key, changed_sources):
    """make_pack(sequence, changed=False) -> a signed .scopack, built once per session each."""
    from sco_desktop.core.data.packs import build_pack

    folder = tmp_path_factory.mktemp("packs")
    built = {}

    def make(sequence, changed=False):
        if (sequence, changed) not in built:
            out = folder / f"update-{sequence}{'-changed' if changed else ''}.scopack"
            build_pack(pack_key, sequence, changed_sources if changed else None, out)
            built[sequence, changed] = out
        return built[sequence, changed]

    return make


def find_row(view, key):
    """The index of the first row of a tree view whose entity is `key`, or None."""
    from PySide6.QtCore import QModelIndex

    from sco_desktop.ui.navigator.model import KeyRole

    model = view.model()

    def walk(parent):
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if index.data(KeyRole) == key:
                return index
            found = walk(index)
            if found is not None:
                return found
        return None

    return walk(QModelIndex())
