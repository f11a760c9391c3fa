"""Files get the mode their kind calls for: exports like any file the user makes (the umask
decides), the analyst's notes and their backups readable by the owner only."""

import os
import stat

import pytest

from sco_desktop.core.data.notes_store import NotesStore
from sco_desktop.core.domain.kinds import VIEW_KIND
from sco_desktop.core.infra.atomic import write_text_atomically


@pytest.fixture
def umask_022():
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_an_atomic_write_follows_the_umask(tmp_path):
    previous = os.umask(0o022)
    try:
        assert mode(write_text_atomically(tmp_path / "a.csv", "x")) == 0o644
        os.umask(0o077)
        assert mode(write_text_atomically(tmp_path / "b.csv", "x")) == 0o600
    finally:
        os.umask(previous)


def test_a_private_atomic_write_is_owner_only(tmp_path, umask_022):
    assert mode(write_text_atomically(tmp_path / "n.json", "x", private=True)) == 0o600


def test_exports_of_charts_and_sheets_are_ordinary_files(window, tmp_path, umask_022):
    window.show_entity(VIEW_KIND, "trade")
    trade = window.navigation.views["trade"]
    for kind in ("png", "svg", "csv"):
        assert mode(trade.export(kind, tmp_path / f"chart.{kind}")) == 0o644
    window.show_entity(VIEW_KIND, "membership")
    membership = window.navigation.views["membership"]
    for kind in ("png", "svg", "csv"):
        assert mode(membership.export("lanes", kind, tmp_path / f"lanes.{kind}")) == 0o644
    window.show_entity(VIEW_KIND, "map")
    for kind in ("png", "svg"):
        assert mode(window.navigation.views["map"].export(tmp_path / f"map.{kind}")) == 0o644
    window.show_entity("state", "KAZ")
    sheet = window.printing.current_sheet()
    assert window.printing.write_pdf(tmp_path / "kaz.pdf", [sheet])
    assert mode(tmp_path / "kaz.pdf") == 0o644


def test_notes_their_backups_and_exports_are_private(tmp_path, umask_022):
    store = NotesStore(tmp_path / "user")
    try:
        store.save_note("KAZ", "private thought")
        assert mode(store.path) == 0o600
        backup = store.backup()
        assert mode(backup) == 0o600
        assert mode(store.export_json(tmp_path / "notes.json")) == 0o600
    finally:
        store.close()


def test_an_older_notes_file_is_made_private_when_opened(tmp_path, umask_022):
    store = NotesStore(tmp_path / "user")
    store.save_note("KAZ", "x")
    store.close()
    os.chmod(store.path, 0o644)
    again = NotesStore(tmp_path / "user")
    try:
        assert mode(again.path) == 0o600
    finally:
        again.close()
