"""The analyst's notes and bookmarks: a separate SQLite file in the user folder, never lost.

Plain sqlite3, no Qt. A save returns only after COMMIT (WAL, synchronous=FULL), so what it
reports saved survives a crash or kill -9. A damaged file is moved aside and the newest good
backup restored; a file from a newer version opens read-only; a locked file is a clear error.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import sqlite3
import time
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path

from sco_desktop.core.domain.limits import MAX_QUERY_CHARS, MAX_QUERY_WORDS, MAX_RESULTS
from sco_desktop.core.infra.atomic import write_text_atomically

NOTES_FILE = "notes.sqlite3"
BACKUP_FOLDER = "backups"
BACKUP_GENERATIONS = 5
BACKUP_INTERVAL = dt.timedelta(days=1)
"""A backup is made at the first change after each start, then at most this often."""
RECOVERY_LOCK = "notes.recovery.lock"
APPLICATION_ID = 0x53434F4E  # "SCON": tells the notes file from any other SQLite file
SCHEMA_VERSION = 1
EXPORT_FORMAT = "sco-desktop-notes"
BUSY_TIMEOUT_S = 5.0  # how long a save waits for another instance before saying so

_SCHEMA = """
create table notes (
    id text primary key,
    entity_id text not null,
    text text not null,
    created text not null,
    updated text not null,
    origin text not null default ''
);
create index notes_by_entity on notes(entity_id, updated);
create table bookmarks (
    entity_id text primary key,
    folder text not null default '',
    created text not null
);
"""


class NotesError(Exception):
    """The notes could not be read or written; the message says why in one line."""


class NotesLocked(NotesError):
    """Another program holds the notes file; the same call may succeed a moment later."""


class NotesReadOnly(NotesError):
    """The notes file was made by a newer version and is open only for reading."""


@dataclass(frozen=True)
class Note:
    id: str
    entity_id: str
    text: str
    created: str
    updated: str
    origin: str


@dataclass(frozen=True)
class Bookmark:
    entity_id: str
    folder: str
    created: str


@dataclass(frozen=True)
class ImportResult:
    added: int
    unchanged: int
    conflicts: int
    bookmarks_added: int


@contextlib.contextmanager
def _exclusive(lock_path: Path):
    """Holds an exclusive lock on `lock_path` (POSIX); on Windows, where fcntl is missing, no
    lock is taken and the re-check after it still avoids most double recoveries."""
    try:
        import fcntl
    except ImportError:
        yield
        return
    with open(lock_path, "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _passes_quick_check(path: Path) -> bool:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


class NotesStore:
    """One connection to the notes file; every method commits before it returns."""

    def __init__(self, folder: Path, busy_timeout: float | None = None) -> None:
        busy_timeout = BUSY_TIMEOUT_S if busy_timeout is None else busy_timeout
        self.folder = Path(folder)
        self.path = self.folder / NOTES_FILE
        self.read_only = False
        self._backed_up_this_run = False
        self.message = ""
        """What the analyst should be told about the file, once (recovery, read-only)."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise NotesError(f"cannot use the notes folder {self.folder}: {error}") from None
        if self.path.exists() and not self._sound(self.path):
            with _exclusive(self.folder / RECOVERY_LOCK):
                # Another copy starting at the same moment may have recovered the file while
                # this one waited: its new file is sound and must not be moved aside.
                if self.path.exists() and not self._sound(self.path):
                    self._recover()
        self._conn = self._connect(busy_timeout)

    # -- opening -------------------------------------------------------------------------------

    def _connect(self, busy_timeout: float) -> sqlite3.Connection:
        version = self._version(self.path) if self.path.exists() else 0
        if version > SCHEMA_VERSION:
            self.read_only = True
            self.message = (
                f"Your notes file {self.path} was written by a newer version of sco-desktop;"
                " it is open read-only, so nothing in it can be lost."
            )
            conn = sqlite3.connect(
                f"{self.path.resolve().as_uri()}?mode=ro", uri=True, timeout=busy_timeout
            )
            conn.row_factory = sqlite3.Row
            return conn
        conn = sqlite3.connect(self.path, timeout=busy_timeout, isolation_level=None)
        conn.row_factory = sqlite3.Row
        deadline = time.monotonic() + busy_timeout
        while True:
            try:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = FULL")
                conn.execute("PRAGMA trusted_schema = OFF")
                if version < SCHEMA_VERSION:
                    if version > 0:
                        self.backup()
                    self._migrate(conn, version)
                return conn
            except sqlite3.OperationalError as error:
                # Switching a new file to WAL while another copy does the same can report
                # "locked" at once, without waiting: a first start beside another one retries.
                if "locked" in str(error) and time.monotonic() < deadline:
                    time.sleep(0.05)
                    continue
                conn.close()
                raise self._error("open", error) from None

    def _migrate(self, conn: sqlite3.Connection, version: int) -> None:
        """Brings the schema up to date in one transaction (a backup was made just before)."""
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Another process starting at the same moment may have set the file up while this
            # one waited for the write lock: the version read before the lock is stale.
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version >= SCHEMA_VERSION:
                conn.execute("COMMIT")
                return
            if version < 1:
                for statement in filter(str.strip, _SCHEMA.split(";")):
                    conn.execute(statement)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    @staticmethod
    def _version(path: Path) -> int:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()

    @staticmethod
    def _sound(path: Path) -> bool:
        """Whether a file is a readable notes file (or an empty one to be set up)."""
        try:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
            try:
                if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                    return False
                application_id = conn.execute("PRAGMA application_id").fetchone()[0]
                return application_id in (0, APPLICATION_ID)
            finally:
                conn.close()
        except sqlite3.DatabaseError:
            return False

    def _recover(self) -> None:
        """Moves a damaged file aside (never deletes it) and restores the newest good backup."""
        stamp = dt.datetime.now().strftime("%Y%m%dT%H%M%S%f")
        aside = self.folder / f"notes.damaged-{stamp}-{os.getpid()}.sqlite3"
        os.replace(self.path, aside)
        for extra in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.replace(Path(f"{self.path}{extra}"), Path(f"{aside}{extra}"))
        for backup in self.backups():
            if self._sound(backup):
                source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
                target = sqlite3.connect(self.path)
                try:
                    source.backup(target)
                finally:
                    source.close()
                    target.close()
                made = dt.datetime.strptime(backup.stem.removeprefix("notes-"), "%Y%m%dT%H%M%S%f")
                self.message = (
                    f"Your notes file was damaged. It was moved to {aside}, and the backup made"
                    f" {made:%Y-%m-%d %H:%M} was restored."
                )
                return
        self.message = (
            f"Your notes file was damaged and no good backup was found. It was moved to {aside};"
            " a new, empty notes file was started."
        )

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> NotesStore:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    # -- backups -------------------------------------------------------------------------------

    def backups(self) -> list[Path]:
        """Backups, newest first."""
        folder = self.folder / BACKUP_FOLDER
        return sorted(folder.glob("notes-*.sqlite3"), reverse=True) if folder.is_dir() else []

    def backup(self) -> Path | None:
        """A copy made with SQLite's backup API; keeps the newest generations only."""
        if not self.path.exists():
            return None
        folder = self.folder / BACKUP_FOLDER
        folder.mkdir(exist_ok=True)
        stamp = dt.datetime.now().strftime("%Y%m%dT%H%M%S%f")
        target_path = folder / f"notes-{stamp}.sqlite3"
        source = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True)
        target = sqlite3.connect(target_path)
        try:
            source.backup(target)
        except sqlite3.Error as error:
            target.close()
            target_path.unlink(missing_ok=True)
            raise self._error("back up", error) from None
        finally:
            source.close()
            with contextlib.suppress(sqlite3.Error):
                target.close()
        if not _passes_quick_check(target_path):
            target_path.unlink(missing_ok=True)
            raise NotesError(f"Could not back up: the copy {target_path} did not check out.")
        for old in self.backups()[BACKUP_GENERATIONS:]:
            old.unlink(missing_ok=True)
        return target_path

    def _backup_if_due(self) -> None:
        """A backup at the first change after each start and then daily; never fails a save."""
        newest = self.backups()[:1]
        if self._backed_up_this_run and newest:
            made = dt.datetime.fromtimestamp(newest[0].stat().st_mtime)
            if dt.datetime.now() - made < BACKUP_INTERVAL:
                return
        try:
            self.backup()
        except (NotesError, OSError):
            return  # the note is saved; the next change tries again
        self._backed_up_this_run = True

    # -- notes ---------------------------------------------------------------------------------

    def save_note(self, entity_id: str, text: str, note_id: str | None = None) -> Note:
        """Stores a note and returns it once it is durably committed."""
        if self.read_only:
            raise NotesReadOnly(self.message)
        now = _now()
        note_id = note_id or str(uuid.uuid4())
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                self._conn.execute(
                    "insert into notes (id, entity_id, text, created, updated)"
                    " values (?, ?, ?, ?, ?) on conflict(id)"
                    " do update set text = excluded.text, updated = excluded.updated",
                    (note_id, entity_id, text, now, now),
                )
                self._conn.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    self._conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as error:
            raise self._error("save your note", error) from None
        self._backup_if_due()
        return self.note(note_id)

    def delete_note(self, note_id: str) -> bool:
        """Deletes one note; False if there was none with that id."""
        if self.read_only:
            raise NotesReadOnly(self.message)
        try:
            deleted = self._conn.execute("delete from notes where id = ?", (note_id,)).rowcount
        except sqlite3.Error as error:
            raise self._error("delete the note", error) from None
        if deleted:
            self._backup_if_due()
        return bool(deleted)

    def note(self, note_id: str) -> Note:
        row = self._conn.execute("select * from notes where id = ?", (note_id,)).fetchone()
        return Note(**row)

    def notes(self, entity_id: str | None = None) -> list[Note]:
        """Notes on one entity (or all), newest first."""
        try:
            if entity_id is None:
                rows = self._conn.execute("select * from notes order by entity_id, updated desc")
            else:
                rows = self._conn.execute(
                    "select * from notes where entity_id = ? order by updated desc", (entity_id,)
                )
            return [Note(**row) for row in rows]
        except sqlite3.Error as error:
            raise self._error("read your notes", error) from None

    def note_counts(self) -> dict[str, int]:
        rows = self._conn.execute("select entity_id, count(*) from notes group by entity_id")
        return {row[0]: row[1] for row in rows}

    def search(self, text: str, limit: int = 20) -> list[Note]:
        """Notes containing every word of `text` (any case); never raises on odd input."""
        words = [word.casefold() for word in str(text)[:MAX_QUERY_CHARS].split()][:MAX_QUERY_WORDS]
        if not words:
            return []
        found = [n for n in self.notes() if all(w in n.text.casefold() for w in words)]
        return found[: max(1, min(int(limit), MAX_RESULTS))]

    # -- bookmarks -----------------------------------------------------------------------------

    def set_bookmark(self, entity_id: str, on: bool, folder: str = "") -> None:
        if self.read_only:
            raise NotesReadOnly(self.message)
        try:
            if on:
                self._conn.execute(
                    "insert into bookmarks values (?, ?, ?) on conflict(entity_id) do nothing",
                    (entity_id, folder, _now()),
                )
            else:
                self._conn.execute("delete from bookmarks where entity_id = ?", (entity_id,))
        except sqlite3.Error as error:
            raise self._error("save the bookmark", error) from None
        self._backup_if_due()

    def bookmarks(self) -> list[Bookmark]:
        rows = self._conn.execute("select * from bookmarks order by folder, created")
        return [Bookmark(**row) for row in rows]

    def is_bookmarked(self, entity_id: str) -> bool:
        row = self._conn.execute("select 1 from bookmarks where entity_id = ?", (entity_id,))
        return row.fetchone() is not None

    # -- export and import ---------------------------------------------------------------------

    def export_json(self, path: Path) -> Path:
        data = {
            "format": EXPORT_FORMAT,
            "version": SCHEMA_VERSION,
            "exported": _now(),
            "notes": [asdict(note) for note in self.notes()],
            "bookmarks": [asdict(bookmark) for bookmark in self.bookmarks()],
        }
        return write_text_atomically(path, json.dumps(data, ensure_ascii=False, indent=2))

    def export_markdown(self, path: Path, names: dict[str, str] | None = None) -> Path:
        names = names or {}
        lines = ["# Notes", ""]
        for note in self.notes():
            lines += [f"## {names.get(note.entity_id, note.entity_id)} ({note.entity_id})", ""]
            lines += [f"*{note.updated[:16].replace('T', ' ')} UTC*", "", note.text, ""]
        if bookmarks := self.bookmarks():
            lines += ["# Bookmarks", ""]
            lines += [f"- {names.get(b.entity_id, b.entity_id)} ({b.entity_id})" for b in bookmarks]
        return write_text_atomically(path, "\n".join(lines) + "\n")

    def import_json(self, path: Path) -> ImportResult:
        """Merges an export: nothing is added twice, and a differing edit is kept beside ours."""
        if self.read_only:
            raise NotesReadOnly(self.message)
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            raise NotesError(f"cannot read notes from {path}: {error}") from None
        if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
            raise NotesError(f"{path} is not a notes export of sco-desktop")
        added = unchanged = conflicts = bookmarks_added = 0
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                for item in data.get("notes", []):
                    note = Note(**{field: str(item[field]) for field in Note.__dataclass_fields__})
                    outcome = self._merge(note, path)
                    added += outcome == "added"
                    unchanged += outcome == "unchanged"
                    conflicts += outcome == "conflict"
                for item in data.get("bookmarks", []):
                    cursor = self._conn.execute(
                        "insert into bookmarks values (?, ?, ?) on conflict(entity_id) do nothing",
                        (str(item["entity_id"]), str(item.get("folder", "")), str(item["created"])),
                    )
                    bookmarks_added += cursor.rowcount
                self._conn.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    self._conn.execute("ROLLBACK")
                raise
        except (KeyError, TypeError) as error:
            raise NotesError(f"{path} is not a complete notes export ({error})") from None
        except sqlite3.Error as error:
            raise self._error("import the notes", error) from None
        self._backup_if_due()
        return ImportResult(added, unchanged, conflicts, bookmarks_added)

    def _merge(self, note: Note, source: Path) -> str:
        ours = self._conn.execute("select text from notes where id = ?", (note.id,)).fetchone()
        if ours is None:
            self._conn.execute(
                "insert into notes values (?, ?, ?, ?, ?, ?)",
                (note.id, note.entity_id, note.text, note.created, note.updated, note.origin),
            )
            return "added"
        if ours["text"] == note.text:
            return "unchanged"
        # Both sides edited the same note: keep theirs beside ours, under an id derived from
        # its text, so that importing the same file again adds nothing more.
        copy_id = f"{note.id}~{hashlib.sha256(note.text.encode()).hexdigest()[:12]}"
        exists = self._conn.execute("select 1 from notes where id = ?", (copy_id,)).fetchone()
        if exists:
            return "unchanged"
        self._conn.execute(
            "insert into notes values (?, ?, ?, ?, ?, ?)",
            (
                copy_id,
                note.entity_id,
                note.text,
                note.created,
                note.updated,
                f"imported from {source.name}; differs from your version",
            ),
        )
        return "conflict"

    # -- errors --------------------------------------------------------------------------------

    def _error(self, action: str, error: sqlite3.Error) -> NotesError:
        text = str(error)
        if "locked" in text or "busy" in text:
            return NotesLocked(
                f"Could not {action}: the notes file is in use by another sco-desktop."
                " Try again in a moment."
            )
        if "full" in text or "too large" in text.lower() or "I/O" in text:
            return NotesError(
                f"Could not {action}: the disk is full or cannot be written ({text})."
                " Your text is kept; free some space and try again."
            )
        return NotesError(f"Could not {action}: {text}")
