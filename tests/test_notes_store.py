"""The notes file: durability under kill -9, damage, newer versions, locks, full disks, merges."""

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from conftest import PROJECT, run_python

from sco_desktop.db.notes_store import (
    NOTES_FILE,
    NotesError,
    NotesLocked,
    NotesReadOnly,
    NotesStore,
)

WRITER = """
import sys
from sco_desktop.db.notes_store import NotesStore
store = NotesStore(sys.argv[1])
n = 0
while True:
    n += 1
    note = store.save_note(f"E{n % 7}", f"note {n} " + "x" * (n % 500), note_id=f"id-{n}")
    print(note.id, flush=True)
"""


def test_every_note_reported_saved_survives_kill_9(tmp_path):
    rng = random.Random(1234)
    reported: list[str] = []
    for _round in range(30):
        child = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(tmp_path)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=PROJECT,
        )
        time.sleep(rng.uniform(0.15, 0.5))
        child.send_signal(signal.SIGKILL)
        out, _err = child.communicate(timeout=30)
        reported += [line for line in out.splitlines() if line.startswith("id-")]
        conn = sqlite3.connect(tmp_path / NOTES_FILE)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            stored = {row[0] for row in conn.execute("select id from notes")}
        finally:
            conn.close()
        assert set(reported) <= stored
    assert len(reported) > 30


def test_notes_and_bookmarks_round_trip(tmp_path):
    store = NotesStore(tmp_path)
    saved = store.save_note("KAZ", "Check the **2024** trade figure.")
    assert store.notes("KAZ") == [saved]
    store.set_bookmark("KAZ", True)
    assert store.is_bookmarked("KAZ")
    assert store.note_counts() == {"KAZ": 1}
    assert [n.id for n in store.search("trade 2024")] == [saved.id]
    assert store.search('"NEAR(* OR') == []
    store.close()


def test_damaged_file_is_moved_aside_and_backup_restored(tmp_path):
    store = NotesStore(tmp_path)
    store.save_note("RUS", "kept in the backup")
    store.backup()
    store.save_note("CHN", "written after the backup")
    store.close()
    (tmp_path / NOTES_FILE).write_bytes(os.urandom(8192))
    for extra in ("-wal", "-shm"):
        (tmp_path / f"{NOTES_FILE}{extra}").unlink(missing_ok=True)
    recovered = NotesStore(tmp_path)
    assert "damaged" in recovered.message and "restored" in recovered.message
    assert [n.text for n in recovered.notes()] == ["kept in the backup"]
    aside = list(tmp_path.glob("notes.damaged-*.sqlite3"))
    assert len(aside) == 1 and aside[0].stat().st_size == 8192


def test_newer_file_opens_read_only(tmp_path):
    NotesStore(tmp_path).save_note("IND", "from the future")
    conn = sqlite3.connect(tmp_path / NOTES_FILE)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    store = NotesStore(tmp_path)
    assert store.read_only and "newer version" in store.message
    assert [n.text for n in store.notes("IND")] == ["from the future"]
    with pytest.raises(NotesReadOnly):
        store.save_note("IND", "overwrite")


def test_locked_file_is_a_clear_error_and_a_retry_works(tmp_path):
    store = NotesStore(tmp_path, busy_timeout=0.2)
    other = sqlite3.connect(tmp_path / NOTES_FILE, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    with pytest.raises(NotesLocked, match="in use by another sco-desktop"):
        store.save_note("PAK", "waiting")
    other.execute("COMMIT")
    other.close()
    assert store.save_note("PAK", "waiting").text == "waiting"


def test_disk_full_keeps_the_text_and_a_retry_works(tmp_path):
    NotesStore(tmp_path).close()
    script = """
import os, resource, signal, sys
from sco_desktop.db.notes_store import NotesStore, NotesError
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
store = NotesStore(sys.argv[1])
size = os.path.getsize(os.path.join(sys.argv[1], "notes.sqlite3"))
resource.setrlimit(resource.RLIMIT_FSIZE, (size + 4096, resource.RLIM_INFINITY))
text = "y" * 2_000_000
try:
    store.save_note("TJK", text, note_id="big")
    print("saved")
except NotesError as error:
    print("failed:", error)
resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
store.save_note("TJK", text, note_id="big")
print("retried", len(store.note("big").text))
"""
    result = run_python(script, tmp_path)
    lines = result.stdout.splitlines()
    assert lines[0].startswith("failed: Could not save your note: the disk is full"), result
    assert lines[1] == "retried 2000000"


def test_import_merges_without_duplicates_and_keeps_both_versions(tmp_path):
    ours = NotesStore(tmp_path / "ours")
    note = ours.save_note("KAZ", "original")
    ours.set_bookmark("KAZ", True)
    export = ours.export_json(tmp_path / "notes.json")
    theirs = NotesStore(tmp_path / "theirs")
    first = theirs.import_json(export)
    assert (first.added, first.conflicts, first.bookmarks_added) == (1, 0, 1)
    second = theirs.import_json(export)
    assert (second.added, second.conflicts, second.bookmarks_added) == (0, 0, 0)
    ours.save_note("KAZ", "edited here", note_id=note.id)
    theirs.save_note("KAZ", "edited there", note_id=note.id)
    merged = theirs.import_json(ours.export_json(tmp_path / "again.json"))
    assert merged.conflicts == 1
    texts = sorted(n.text for n in theirs.notes("KAZ"))
    assert texts == ["edited here", "edited there"]
    assert theirs.import_json(tmp_path / "again.json").conflicts == 0
    assert len(theirs.notes("KAZ")) == 2


def test_import_of_a_foreign_file_is_refused(tmp_path):
    store = NotesStore(tmp_path)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "other"}))
    with pytest.raises(NotesError, match="not a notes export"):
        store.import_json(bad)


def test_markdown_export_is_readable(tmp_path):
    store = NotesStore(tmp_path)
    store.save_note("KAZ", "A line\\nand another")
    text = store.export_markdown(tmp_path / "n.md", {"KAZ": "Kazakhstan"}).read_text()
    assert "## Kazakhstan (KAZ)" in text and "A line" in text


def test_backups_keep_a_few_generations(tmp_path):
    store = NotesStore(tmp_path)
    store.save_note("X", "x")
    for _ in range(8):
        store.backup()
    assert len(store.backups()) == 5
