"""The notes file under a second running copy, hostile imports, odd files and long notes
(docs/reliability.md R-5, R-7 to R-10, R-12 and the notes cases of R-20)."""

import hashlib
import json
import os
import sqlite3
import subprocess
import sys

import pytest
from conftest import PROJECT, run_cli, run_python
from PySide6.QtGui import QTextOption

from sco_desktop.app import build_main_window
from sco_desktop.core.data.notes_store import (
    APPLICATION_ID,
    EXPORT_FORMAT,
    NOTES_FILE,
    OPEN_LOCK,
    NotesError,
    NotesStore,
)
from sco_desktop.core.domain.limits import (
    MAX_IMPORT_BYTES,
    MAX_NOTE_CHARS,
    MAX_OTHER_VERSIONS,
    MAX_PREVIEW_CHARS,
)
from sco_desktop.core.infra import locations

pytestmark = pytest.mark.slow

HANG_TIMEOUT_S = 60
"""A command that has not finished by then hangs (a normal run takes a few seconds)."""


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def export_file(path, notes, **extra):
    data = {"format": EXPORT_FORMAT, "version": 1, "notes": notes, "bookmarks": [], **extra}
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def a_note(note_id, text, entity_id="KAZ", updated="2024-01-01T00:00:00+00:00", origin=""):
    return {
        "id": note_id,
        "entity_id": entity_id,
        "text": text,
        "created": updated,
        "updated": updated,
        "origin": origin,
    }


def run_command(*args, env=None):
    """The real command in a child process, stopped (and failed) if it hangs."""
    return subprocess.run(
        [sys.executable, "-m", "sco_desktop", *args],
        capture_output=True,
        text=True,
        cwd=PROJECT,
        timeout=HANG_TIMEOUT_S,
        env={**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})},
    )


# -- R-5 two running copies ---------------------------------------------------------------------

OTHER_WINDOW = """
import sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from sco_desktop.app import build_main_window
window = build_main_window(settings=QSettings(sys.argv[1], QSettings.Format.IniFormat))
window.show_entity("state", "KAZ")
window.notes_pane.editor.setPlainText("edited in the other window")
window.notes_pane.flush()
print(window.notes_pane.state.text())
window.close()
"""


def test_a_save_over_a_newer_version_from_another_copy_keeps_both(window, tmp_path):
    pane = window.notes_pane
    window.show_entity("state", "KAZ")
    pane.editor.setPlainText("first text")
    pane.flush()
    # A second copy of the application, a real process, edits and saves the same note.
    other = run_python(OTHER_WINDOW, tmp_path / "other.ini", env={"QT_QPA_PLATFORM": "offscreen"})
    assert other.stdout.strip() == "Saved", other.stderr[-2000:]
    # This window still shows the older text; a small change must not erase the other's edit.
    pane.editor.setPlainText("first text, and a small change")
    pane.flush()
    with NotesStore(locations.user_folder()) as store:
        texts = sorted(note.text for note in store.notes("KAZ"))
    assert texts == ["edited in the other window", "first text, and a small change"]
    assert "changed in another window" in pane.banner.text()
    assert pane.editor.toPlainText() == "edited in the other window"
    assert "first text, and a small change" in pane.others.toPlainText()


def test_a_save_carries_the_revision_it_edited(tmp_path):
    with NotesStore(tmp_path) as store:
        first = store.save_note("KAZ", "one")
        second = store.save_note("KAZ", "two", first.id, first.revision)
        assert (second.id, second.revision) == (first.id, first.revision + 1)
        kept = store.save_note("KAZ", "three", first.id, first.revision)
        assert kept.id != first.id and kept.origin
        assert store.note(first.id).text == "two"


def test_a_version_1_notes_file_is_migrated_after_a_backup(tmp_path):
    path = tmp_path / NOTES_FILE
    conn = sqlite3.connect(path)
    conn.executescript(
        """
        create table notes (id text primary key, entity_id text not null, text text not null,
            created text not null, updated text not null, origin text not null default '');
        create table bookmarks (entity_id text primary key, folder text not null default '',
            created text not null);
        insert into notes values ('n1', 'KAZ', 'kept', '2024-01-01', '2024-01-01', '');
        """
    )
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with NotesStore(tmp_path) as store:
        assert store.note("n1").text == "kept"
        assert store.note("n1").revision == 1
        assert len(store.backups()) == 1
        assert store.save_note("KAZ", "edited", "n1", 1).revision == 2


# -- R-12 imported notes never take over ---------------------------------------------------------


def test_an_imported_note_with_a_later_date_never_becomes_your_note(window, tmp_path):
    pane = window.notes_pane
    window.show_entity("state", "KAZ")
    pane.editor.setPlainText("mine")
    pane.flush()
    later = a_note("from-elsewhere", "theirs", updated="2099-01-01T00:00:00+00:00")
    window.notes.import_from(export_file(tmp_path / "in.json", [later]))
    assert pane.editor.toPlainText() == "mine"
    assert "theirs" in pane.others.toPlainText()
    pane.editor.setPlainText("mine, edited")
    pane.flush()
    with NotesStore(locations.user_folder()) as store:
        assert store.note("from-elsewhere").text == "theirs"
        assert store.entity_notes("KAZ").own.text == "mine, edited"


# -- R-8 many imported versions, big files ------------------------------------------------------


def test_many_imported_versions_are_listed_up_to_a_cap_and_counted(window, tmp_path):
    many = 100_000  # the number that froze the window for 89 s and crashed the next start
    notes = [a_note(f"v{n}", f"version {n}", origin="elsewhere") for n in range(many)]
    window.notes.import_from(export_file(tmp_path / "many.json", notes))
    window.show_entity("state", "KAZ")
    others = window.notes_pane.others
    shown = others.toPlainText()
    assert shown.count("version ") == MAX_OTHER_VERSIONS
    assert f"{many - MAX_OTHER_VERSIONS:,} more" in shown
    assert others.maximumHeight() < window.height()
    assert others.verticalScrollBar() is not None


def test_an_import_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path):
    big = tmp_path / "big.json"
    with big.open("wb") as handle:
        handle.truncate(MAX_IMPORT_BYTES + 1)  # sparse: costs no disk
    result = run_cli("notes", "import", str(big))
    assert result.returncode == 1
    assert f"{MAX_IMPORT_BYTES:,}" in result.stderr
    assert len(result.stderr.splitlines()) == 1


# -- R-9 long notes ------------------------------------------------------------------------------


def test_a_note_over_the_length_limit_is_not_saved_and_the_text_stays(window):
    pane = window.notes_pane
    window.show_entity("state", "KAZ")
    text = "x " * (MAX_NOTE_CHARS // 2 + 1)
    pane.editor.setPlainText(text)
    pane.flush()
    assert pane.state.text().startswith("Not saved: This note has")
    assert f"{MAX_NOTE_CHARS:,}" in pane.state.text()
    assert pane.editor.toPlainText() == text
    with NotesStore(locations.user_folder()) as store:
        assert store.notes("KAZ") == []


def test_the_preview_renders_after_a_pause_not_on_every_key(window, qtbot):
    pane = window.notes_pane
    window.show_entity("state", "KAZ")
    qtbot.keyClicks(pane.editor, "typed")
    assert pane.preview.toPlainText() == ""
    qtbot.waitUntil(lambda: pane.preview.toPlainText() == "typed", timeout=3000)


def test_a_long_unbroken_line_wraps_anywhere_and_the_preview_is_cut(window):
    pane = window.notes_pane
    window.show_entity("state", "KAZ")
    pane.show_note("t", "x" * (MAX_PREVIEW_CHARS + 10), [], False)
    anywhere = QTextOption.WrapMode.WrapAnywhere
    assert pane.editor.wordWrapMode() == anywhere
    assert pane.preview.wordWrapMode() == anywhere
    assert f"first {MAX_PREVIEW_CHARS:,} of" in pane.preview.toPlainText()
    assert len(pane.preview.toPlainText()) < MAX_PREVIEW_CHARS + 200
    pane.show_note("t", "ordinary words " * 100, [], False)
    assert pane.editor.wordWrapMode() != anywhere


def test_a_one_megabyte_line_in_a_note_does_not_stop_the_start(tmp_path):
    with NotesStore(tmp_path) as store:
        store.save_note("KAZ", "y" * (MAX_NOTE_CHARS - 1))
    settings = tmp_path / "settings.ini"
    settings.write_text("[main_window]\nlast_kind=state\nlast_id=KAZ\n", encoding="utf-8")
    # Before, laying the line out took minutes; the command gives up on a window after 20 s.
    result = run_command(
        "--exit-after-startup",
        env={"QT_QPA_PLATFORM": "offscreen", locations.HOME_VARIABLE: str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr[-2000:]


def test_html_in_a_note_is_text_in_the_preview(window):
    window.notes_pane.show_note("t", "Capital: <Astana> since 2019", [], False)
    assert window.notes_pane.preview.toPlainText() == "Capital: <Astana> since 2019"


# -- R-10 files that are not notes files --------------------------------------------------------


def test_a_fifo_as_the_notes_file_is_refused_without_hanging(user_home, tmp_path):
    user_home.mkdir(parents=True)
    os.mkfifo(user_home / NOTES_FILE)
    listing = run_command("notes", "list")
    assert listing.returncode == 1, listing
    assert "FIFO" in listing.stderr
    # A fact sheet is still written, without the notes, and says why.
    sheet = tmp_path / "kaz.pdf"
    printing = run_command(
        "factsheet", "KAZ", "--notes", "-o", str(sheet), env={"QT_QPA_PLATFORM": "offscreen"}
    )
    assert printing.returncode == 0, printing
    assert "FIFO" in printing.stderr
    assert sheet.is_file()
    assert (user_home / NOTES_FILE).is_fifo()


def test_a_fifo_as_the_notes_file_leaves_a_window_with_a_banner(user_home, qtbot, settings):
    user_home.mkdir(parents=True)
    os.mkfifo(user_home / NOTES_FILE)
    window = build_main_window(settings=settings)
    qtbot.addWidget(window)
    assert window.notes.store is None
    assert "FIFO" in window.notes_pane.banner.text()


def test_a_device_as_the_notes_file_is_refused(user_home):
    user_home.mkdir(parents=True)
    (user_home / NOTES_FILE).symlink_to("/dev/zero")
    with pytest.raises(NotesError, match="device"):
        NotesStore(user_home)
    assert (user_home / NOTES_FILE).is_symlink()


def test_a_dangling_link_is_refused_and_nothing_is_created_at_its_target(user_home, tmp_path):
    user_home.mkdir(parents=True)
    target = tmp_path / "elsewhere.sqlite3"
    (user_home / NOTES_FILE).symlink_to(target)
    result = run_cli("notes", "list")
    assert result.returncode == 1
    assert "does not exist" in result.stderr
    assert not target.exists()


@pytest.mark.parametrize("identity", ["none but tables", "another id"])
def test_another_programs_database_is_refused_unchanged(user_home, identity):
    user_home.mkdir(parents=True)
    path = user_home / NOTES_FILE
    conn = sqlite3.connect(path)
    conn.execute("create table photos (id integer primary key, name text)")
    if identity == "another id":
        conn.execute("PRAGMA application_id = 42")
    conn.commit()
    conn.close()
    before = digest(path)
    result = run_cli("notes", "list")
    assert result.returncode == 1
    assert "another program's database" in result.stderr
    assert digest(path) == before
    # No -wal or -shm beside it; the empty lock file is the store's own, taken before looking.
    assert sorted(p.name for p in user_home.iterdir()) == sorted([NOTES_FILE, OPEN_LOCK])


def test_an_unreadable_file_is_called_unreadable_and_left_alone(user_home, monkeypatch):
    with NotesStore(user_home) as store:
        store.save_note("KAZ", "precious")
    path = user_home / NOTES_FILE
    before = digest(path)
    os.chmod(path, 0)
    if os.geteuid() == 0:
        # root reads any file; the refusal the kernel gives everyone else is given here.
        real_open = os.open

        def refusing_open(name, flags, *args):
            if os.fspath(name) == os.fspath(path):
                raise PermissionError(13, "Permission denied", os.fspath(name))
            return real_open(name, flags, *args)

        monkeypatch.setattr(os, "open", refusing_open)
    with pytest.raises(NotesError, match="cannot be read") as raised:
        NotesStore(user_home)
    assert "damaged" not in str(raised.value)
    monkeypatch.undo()
    os.chmod(path, 0o600)
    assert digest(path) == before
    assert not list(user_home.glob("notes.damaged-*"))


# -- R-7 the right identity, the wrong schema ----------------------------------------------------


@pytest.mark.parametrize("damage", ["no tables", "bookmarks dropped"])
def test_a_notes_file_with_a_wrong_schema_leaves_a_working_window(
    user_home, qtbot, settings, damage
):
    with NotesStore(user_home) as store:
        store.save_note("KAZ", "from before")
    path = user_home / NOTES_FILE
    if damage == "no tables":
        path.unlink()
        conn = sqlite3.connect(path)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("PRAGMA user_version = 2")
    else:
        conn = sqlite3.connect(path)
        conn.execute("drop table bookmarks")
    conn.commit()
    conn.close()
    window = build_main_window(settings=settings)
    qtbot.addWidget(window)
    window.show()
    window.show_entity("state", "KAZ")
    assert "incomplete" in window.notes_pane.banner.text()
    window.notes_pane.editor.setPlainText("works again")
    window.notes_pane.flush()
    assert window.notes_pane.state.text() == "Saved"
    assert list(user_home.glob("notes.damaged-*.sqlite3"))


# -- R-20, the notes cases of the low findings ---------------------------------------------------


def test_a_byte_order_mark_is_accepted(tmp_path):
    path = export_file(tmp_path / "bom.json", [a_note("n1", "with a mark")])
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    with NotesStore(tmp_path / "home") as store:
        assert store.import_json(path).added == 1


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"format": "sco-desktop-notes", "notes": [' + "9" * 5000 + "]}", "digits"),
        ('{"format": "sco-desktop-notes", "version": NaN, "notes": []}', "NaN"),
        ('{"format": "sco-desktop-notes", "version": Infinity, "notes": []}', "Infinity"),
        (
            '{"format": "sco-desktop-notes", "notes": [{"id": "a", "entity_id": "KAZ",'
            ' "text": "\\udcff", "created": "", "updated": "", "origin": ""}]}',
            "not valid Unicode",
        ),
    ],
    ids=["deep", "long number", "nan", "infinity", "lone surrogate"],
)
def test_a_hostile_import_is_one_clear_line(tmp_path, content, reason):
    path = tmp_path / "hostile.json"
    path.write_text(content, encoding="utf-8")
    result = run_cli("notes", "import", str(path))
    assert result.returncode == 1, result
    assert reason in result.stderr
    assert "unexpected" not in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_notes_and_bookmarks_on_unknown_entities_are_left_out(tmp_path):
    path = export_file(
        tmp_path / "unknown.json",
        [a_note("n1", "real", "KAZ"), a_note("n2", "ghost", "NOWHERE")],
        bookmarks=[{"entity_id": "NOWHERE", "folder": "", "created": "2024-01-01"}],
    )
    result = run_cli("notes", "import", str(path))
    assert result.returncode == 0, result.stderr
    assert "1 notes added" in result.stdout and "1 left out" in result.stdout
    with NotesStore(locations.user_folder()) as store:
        assert [n.entity_id for n in store.notes()] == ["KAZ"]
        assert store.bookmarks() == []


def test_an_export_onto_the_live_notes_file_is_refused(user_home):
    with NotesStore(user_home) as store:
        store.save_note("KAZ", "live")
    before = digest(user_home / NOTES_FILE)
    result = run_cli("notes", "export", str(user_home / NOTES_FILE))
    assert result.returncode == 1
    assert "live notes file" in result.stderr
    assert digest(user_home / NOTES_FILE) == before


def test_arguments_that_are_not_utf8_are_one_clear_line(user_home):
    result = subprocess.run(
        [sys.executable, "-m", "sco_desktop", "notes", "add", "KAZ", b"caf\xe9"],
        capture_output=True,
        cwd=PROJECT,
        timeout=HANG_TIMEOUT_S,
    )
    assert result.returncode == 1
    assert b"not valid UTF-8" in result.stderr
    assert b"unexpected" not in result.stderr
