"""The analyst's notes and bookmarks: a separate SQLite file in the user folder, never lost.

Plain sqlite3, no Qt. A save returns only after COMMIT (WAL, synchronous=FULL), so what it
reports saved survives a crash or kill -9. A damaged file is moved aside and the newest good
backup restored; a file from a newer version opens read-only; a locked file is a clear error.
It opens only its own files: a FIFO, a device, a dangling link, an unreadable file or another
program's database is refused before SQLite sees it, and nothing of it is changed. Each save
carries the revision it edited, so two running copies never overwrite each other's edits.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import sqlite3
import stat
import time
import uuid
from collections.abc import Container
from dataclasses import asdict, dataclass
from pathlib import Path

from sco_desktop.core.domain.formatting import is_unicode_text
from sco_desktop.core.domain.limits import (
    MAX_IMPORT_BYTES,
    MAX_NOTE_CHARS,
    MAX_OTHER_VERSIONS,
    MAX_QUERY_CHARS,
    MAX_QUERY_WORDS,
    MAX_RESULTS,
)
from sco_desktop.core.infra.atomic import WriteError, make_private, write_text_atomically

NOTES_FILE = "notes.sqlite3"
BACKUP_FOLDER = "backups"
BACKUP_GENERATIONS = 5
BACKUP_INTERVAL = dt.timedelta(days=1)
"""A backup is made at the first change after each start, then at most this often."""
OPEN_LOCK = "notes.recovery.lock"
"""Held while a copy examines, sets up or recovers the notes file (the name predates setup)."""
APPLICATION_ID = 0x53434F4E  # "SCON": tells the notes file from any other SQLite file
SCHEMA_VERSION = 2
"""1: notes and bookmarks; 2: each note carries the revision a save must have edited, and an
index finds the analyst's own note among many imported ones."""
EXPORT_FORMAT = "sco-desktop-notes"
BUSY_TIMEOUT_S = 5.0  # how long a save waits for another instance before saying so

_SCHEMA = """
create table notes (
    id text primary key,
    entity_id text not null,
    text text not null,
    created text not null,
    updated text not null,
    origin text not null default '',
    revision integer not null default 1
);
create index notes_by_entity on notes(entity_id, updated);
create index notes_by_owner on notes(entity_id, origin, updated);
create table bookmarks (
    entity_id text primary key,
    folder text not null default '',
    created text not null
);
"""
_REQUIRED_COLUMNS = {
    "notes": {"id", "entity_id", "text", "created", "updated", "origin"},
    "bookmarks": {"entity_id", "folder", "created"},
}
"""What a notes file of any schema version must hold (from version 2, notes.revision too);
anything less is an incomplete file."""
KEPT_FROM_ANOTHER_WINDOW = "your edit, saved over a newer version from another window"
"""The origin of a text kept beside the note it was meant to replace (see save_note)."""


class NotesError(Exception):
    """The notes could not be read or written; the message says why in one line."""


class NotesLocked(NotesError):
    """Another program holds the notes file; the same call may succeed a moment later."""


class NotesReadOnly(NotesError):
    """The notes file was made by a newer version and is open only for reading."""


class NotesTooLong(NotesError):
    """A note over MAX_NOTE_CHARS; nothing was saved and the caller still holds the text."""


@dataclass(frozen=True)
class Note:
    id: str
    entity_id: str
    text: str
    created: str
    updated: str
    origin: str
    revision: int = 1


_EXPORTED_FIELDS = ("id", "entity_id", "text", "created", "updated", "origin")
"""The fields of a note that travel in an export (the revision is this file's own)."""


@dataclass(frozen=True)
class EntityNotes:
    """What one entity's notes panel shows: the analyst's own note and a few others."""

    own: Note | None
    others: list[Note]
    """Newest first, at most MAX_OTHER_VERSIONS."""
    others_total: int


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
    skipped: int = 0
    """Notes left out: longer than MAX_NOTE_CHARS, or on an entity not in the reference data."""

    @property
    def summary(self) -> str:
        text = (
            f"{self.added} notes added, {self.conflicts} differing versions kept beside yours,"
            f" {self.unchanged} already present, {self.bookmarks_added} bookmarks added"
        )
        if self.skipped:
            text += (
                f", {self.skipped} left out (too long, or on an entity this reference data"
                " does not hold)"
            )
        return text


@contextlib.contextmanager
def _exclusive(lock_path: Path):
    """Holds an exclusive lock on `lock_path` (POSIX); on Windows, where fcntl is missing, no
    lock is taken and the re-check after it still avoids most double recoveries."""
    try:
        import fcntl
    except ImportError:
        yield
        return
    try:
        handle = open(lock_path, "a+b")  # noqa: SIM115 - closed below, after the unlock
    except OSError:
        # A folder that cannot take the lock file cannot take a new or recovered notes file
        # either: there is nothing for two copies to race over.
        yield
        return
    with handle:
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


def _refuse_what_is_not_ours(path: Path) -> None:
    """Refuses, before SQLite opens anything, a notes file that must not be opened or replaced.

    A FIFO would block the open for ever, a device would be read as a database, a dangling link
    would make SQLite create a file at its target, an unreadable file would look damaged and be
    replaced, and another program's database would be changed. Each is a one-line reason, and
    the file is left exactly as it is.
    """
    try:
        os.lstat(path)
    except FileNotFoundError:
        return  # the first start: the store sets a new file up
    except OSError as error:
        raise NotesError(f"Your notes file {path} cannot be examined: {error.strerror}") from None
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise NotesError(
            f"Your notes file {path} is a link to {os.readlink(path)}, which does not exist;"
            " nothing was created there. Remove the link, or bring back the file it names."
        ) from None
    if not stat.S_ISREG(info.st_mode):
        what = "a folder" if stat.S_ISDIR(info.st_mode) else "a FIFO, socket or device"
        raise NotesError(
            f"Your notes file {path} is {what}, not a file; it was left as it is."
            " Move it away to start a new notes file."
        )
    try:
        # Non-blocking: the file may have been swapped for a FIFO since the check above.
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except PermissionError:
        raise NotesError(
            f"Your notes file {path} cannot be read (permission denied); it was left as it is."
            " Give your account read and write access to it."
        ) from None
    except OSError as error:
        raise NotesError(f"Your notes file {path} cannot be read: {error.strerror}") from None
    os.close(handle)
    if _belongs_to_another_program(path):
        raise NotesError(
            f"{path} is another program's database, not a notes file of sco-desktop; nothing"
            " in it was changed. Move it away (or set SCO_DESKTOP_HOME to another folder)."
        )


def _belongs_to_another_program(path: Path) -> bool:
    """An SQLite file with another application id, or with none but tables of its own."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            application_id = conn.execute("PRAGMA application_id").fetchone()[0]
            if application_id == APPLICATION_ID:
                return False
            if application_id != 0:
                return True
            # A new notes file gets its tables and its id in one transaction: tables without
            # the id were made by someone else.
            return conn.execute("select count(*) from sqlite_master").fetchone()[0] > 0
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False  # not SQLite at all: a damaged notes file, recovered as such


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def _note(row: sqlite3.Row) -> Note:
    """A stored note; columns a newer version added (its file opens read-only) are left out."""
    columns = row.keys()  # a Row iterates over its values, not its column names
    return Note(**{key: row[key] for key in columns if key in Note.__dataclass_fields__})


def _refuse_constant(name: str) -> float:
    raise ValueError(f"{name} is not a value a notes export holds")


def _read_export(path: Path) -> dict:
    """The parsed export, or NotesError with one line: too big, not UTF-8, not JSON, odd."""
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise NotesError(f"cannot read notes from {path}: it is not a regular file")
        if size > MAX_IMPORT_BYTES:
            raise NotesError(
                f"{path} has {size:,} bytes; a notes export is read up to"
                f" {MAX_IMPORT_BYTES:,}. Export fewer notes at a time."
            )
        # utf-8-sig: a byte-order mark added by an editor is not a reason to refuse the file.
        text = path.read_text(encoding="utf-8-sig")
        data = json.loads(text, parse_constant=_refuse_constant)
    except NotesError:
        raise
    except OSError as error:
        raise NotesError(f"cannot read notes from {path}: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise NotesError(f"cannot read notes from {path}: it is not UTF-8 text") from None
    except RecursionError:
        raise NotesError(f"cannot read notes from {path}: it is nested too deeply") from None
    except ValueError as error:  # JSONDecodeError, NaN or Infinity, a number too long
        raise NotesError(f"cannot read notes from {path}: {error}") from None
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise NotesError(f"{path} is not a notes export of sco-desktop")
    return data


def _text(value: object) -> str:
    """A field of an export as text; a string that cannot be stored (lone surrogates) is not."""
    if not isinstance(value, str | int):
        raise TypeError(f"a field holds {type(value).__name__}, not text")
    text = str(value)
    if not is_unicode_text(text):
        raise ValueError("a field holds characters that are not valid Unicode text")
    return text


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
        if self.folder.exists() and not self.folder.is_dir():
            raise NotesError(
                f"cannot use the notes folder {self.folder}: it is a file, not a folder"
            )
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            reason = error.strerror or str(error)
            raise NotesError(f"cannot use the notes folder {self.folder}: {reason}") from None
        # Opening is one step across copies: a copy that is setting a new file up (switching it
        # to WAL, then tables and identity in one transaction) or recovering a damaged one
        # finishes before another examines the file. Without the lock, a copy could read the
        # header of a file another had only begun, and refuse it as another program's.
        with _exclusive(self.folder / OPEN_LOCK):
            _refuse_what_is_not_ours(self.path)
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
        self._make_private(self.path)
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
            elif version < 2:
                conn.execute("alter table notes add column revision integer not null default 1")
                conn.execute("create index notes_by_owner on notes(entity_id, origin, updated)")
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
                if application_id == 0:
                    return True  # an empty file, set up at the first start
                if application_id != APPLICATION_ID:
                    return False
                # The right identity but not the tables a save and a start need: incomplete.
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                for table, columns in _REQUIRED_COLUMNS.items():
                    if table == "notes" and version >= 2:
                        columns = columns | {"revision"}
                    found = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
                    if not columns <= found:
                        return False
                return True
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
                self._make_private(self.path)
                try:
                    source.backup(target)
                finally:
                    source.close()
                    target.close()
                made = dt.datetime.strptime(backup.stem.removeprefix("notes-"), "%Y%m%dT%H%M%S%f")
                self.message = (
                    f"Your notes file was damaged or incomplete. It was moved to {aside}, and"
                    f" the backup made {made:%Y-%m-%d %H:%M} was restored."
                )
                return
        self.message = (
            f"Your notes file was damaged or incomplete and no good backup was found. It was"
            f" moved to {aside}; a new, empty notes file was started."
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
        self._make_private(target_path)
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

    def save_note(
        self, entity_id: str, text: str, note_id: str | None = None, revision: int | None = None
    ) -> Note:
        """Stores a note and returns it once it is durably committed.

        `revision` is the revision of note `note_id` the text was edited from. If the note has
        moved on since (another window saved it), the stored note is left as it is and the text
        is kept beside it as a new note whose origin is KEPT_FROM_ANOTHER_WINDOW: the caller
        sees a note with another id and says so. Nothing is overwritten unseen.
        """
        if self.read_only:
            raise NotesReadOnly(self.message)
        if len(text) > MAX_NOTE_CHARS:
            raise NotesTooLong(
                f"This note has {len(text):,} characters; a note holds at most"
                f" {MAX_NOTE_CHARS:,}. Shorten it or split it to save it; your text is kept."
            )
        now = _now()
        note_id = note_id or str(uuid.uuid4())
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                stored = self._conn.execute(
                    "select revision, text from notes where id = ?", (note_id,)
                ).fetchone()
                if (
                    stored is not None
                    and revision is not None
                    and stored["revision"] != revision
                    and stored["text"] != text
                ):
                    note_id = str(uuid.uuid4())
                    self._conn.execute(
                        "insert into notes (id, entity_id, text, created, updated, origin)"
                        " values (?, ?, ?, ?, ?, ?)",
                        (note_id, entity_id, text, now, now, KEPT_FROM_ANOTHER_WINDOW),
                    )
                else:
                    self._conn.execute(
                        "insert into notes (id, entity_id, text, created, updated)"
                        " values (?, ?, ?, ?, ?) on conflict(id) do update set"
                        " text = excluded.text, updated = excluded.updated,"
                        " revision = notes.revision + 1",
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
        return _note(row)

    def notes(self, entity_id: str | None = None) -> list[Note]:
        """Notes on one entity (or all), newest first."""
        try:
            if entity_id is None:
                rows = self._conn.execute("select * from notes order by entity_id, updated desc")
            else:
                rows = self._conn.execute(
                    "select * from notes where entity_id = ? order by updated desc", (entity_id,)
                )
            return [_note(row) for row in rows]
        except sqlite3.Error as error:
            raise self._error("read your notes", error) from None

    def entity_notes(self, entity_id: str, limit: int = MAX_OTHER_VERSIONS) -> EntityNotes:
        """The analyst's own note on an entity and at most `limit` others, newest first.

        The own note is the newest written here (an empty origin); an imported or kept-beside
        version never becomes it, whatever its date.
        """
        try:
            row = self._conn.execute(
                "select * from notes where entity_id = ? and origin = ''"
                " order by updated desc limit 1",
                (entity_id,),
            ).fetchone()
            own = _note(row) if row else None
            own_id = own.id if own else ""
            others = self._conn.execute(
                "select * from notes where entity_id = ? and id != ? order by updated desc limit ?",
                (entity_id, own_id, max(0, int(limit))),
            ).fetchall()
            total = self._conn.execute(
                "select count(*) from notes where entity_id = ? and id != ?", (entity_id, own_id)
            ).fetchone()[0]
        except sqlite3.Error as error:
            raise self._error("read your notes", error) from None
        return EntityNotes(own, [_note(other) for other in others], total)

    def _has_own_note(self, entity_id: str) -> bool:
        own = self._conn.execute(
            "select 1 from notes where entity_id = ? and origin = '' limit 1", (entity_id,)
        )
        return own.fetchone() is not None

    def note_counts(self) -> dict[str, int]:
        rows = self._conn.execute("select entity_id, count(*) from notes group by entity_id")
        return {row[0]: row[1] for row in rows}

    def search(self, text: str, limit: int = 20) -> list[Note]:
        """Notes containing every word of `text` (any case); never raises on odd input."""
        words = [word.casefold() for word in str(text)[:MAX_QUERY_CHARS].split()][:MAX_QUERY_WORDS]
        if not words:
            return []

        def matches(body: str) -> bool:
            folded = body.casefold()
            return all(word in folded for word in words)

        # Matched inside SQLite, which stops at the limit: with 100,000 imported notes, building
        # every note first made each keystroke of a search take most of a second.
        self._conn.create_function("matches_query", 1, matches, deterministic=True)
        try:
            rows = self._conn.execute(
                "select * from notes where matches_query(text)"
                " order by entity_id, updated desc limit ?",
                (max(1, min(int(limit), MAX_RESULTS)),),
            )
            return [_note(row) for row in rows]
        except sqlite3.Error as error:
            raise self._error("search your notes", error) from None

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

    def _refuse_own_files(self, path: Path) -> None:
        """An export written over the live notes file (or its journal) would destroy it."""
        target = Path(path)
        for own in (self.path, Path(f"{self.path}-wal"), Path(f"{self.path}-shm")):
            with contextlib.suppress(OSError):
                if target.resolve() == own.resolve() or (
                    target.exists() and own.exists() and os.path.samefile(target, own)
                ):
                    raise NotesError(
                        f"{path} is your live notes file; export to another file name."
                    )

    def export_json(self, path: Path) -> Path:
        self._refuse_own_files(path)
        data = {
            "format": EXPORT_FORMAT,
            "version": SCHEMA_VERSION,
            "exported": _now(),
            "notes": [{f: getattr(note, f) for f in _EXPORTED_FIELDS} for note in self.notes()],
            "bookmarks": [asdict(bookmark) for bookmark in self.bookmarks()],
        }
        return write_text_atomically(
            path, json.dumps(data, ensure_ascii=False, indent=2), private=True
        )

    def export_markdown(self, path: Path, names: dict[str, str] | None = None) -> Path:
        self._refuse_own_files(path)
        names = names or {}
        lines = ["# Notes", ""]
        for note in self.notes():
            lines += [f"## {names.get(note.entity_id, note.entity_id)} ({note.entity_id})", ""]
            lines += [f"*{note.updated[:16].replace('T', ' ')} UTC*", "", note.text, ""]
        if bookmarks := self.bookmarks():
            lines += ["# Bookmarks", ""]
            lines += [f"- {names.get(b.entity_id, b.entity_id)} ({b.entity_id})" for b in bookmarks]
        return write_text_atomically(path, "\n".join(lines) + "\n", private=True)

    def import_json(self, path: Path, known: Container[str] | None = None) -> ImportResult:
        """Merges an export: nothing is added twice, and a differing edit is kept beside ours.

        `known` holds the entity ids of the reference data; a note or bookmark on any other id
        is skipped (and counted), as is a note longer than MAX_NOTE_CHARS.
        """
        if self.read_only:
            raise NotesReadOnly(self.message)
        self._refuse_own_files(path)
        data = _read_export(Path(path))
        added = unchanged = conflicts = bookmarks_added = skipped = 0
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                for item in data.get("notes", []):
                    note = Note(**{field: _text(item[field]) for field in _EXPORTED_FIELDS})
                    if len(note.text) > MAX_NOTE_CHARS or (
                        known is not None and note.entity_id not in known
                    ):
                        skipped += 1
                        continue
                    outcome = self._merge(note, path)
                    added += outcome == "added"
                    unchanged += outcome == "unchanged"
                    conflicts += outcome == "conflict"
                for item in data.get("bookmarks", []):
                    entity_id = _text(item["entity_id"])
                    if known is not None and entity_id not in known:
                        continue
                    cursor = self._conn.execute(
                        "insert into bookmarks values (?, ?, ?) on conflict(entity_id) do nothing",
                        (entity_id, _text(item.get("folder", "")), _text(item["created"])),
                    )
                    bookmarks_added += cursor.rowcount
                self._conn.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(sqlite3.Error):
                    self._conn.execute("ROLLBACK")
                raise
        except (KeyError, TypeError, AttributeError, ValueError) as error:
            raise NotesError(f"{path} is not a complete notes export ({error})") from None
        except sqlite3.Error as error:
            raise self._error("import the notes", error) from None
        self._backup_if_due()
        return ImportResult(added, unchanged, conflicts, bookmarks_added, skipped)

    def _merge(self, note: Note, source: Path) -> str:
        ours = self._conn.execute("select text from notes where id = ?", (note.id,)).fetchone()
        if ours is None:
            origin = note.origin
            if not origin and self._has_own_note(note.entity_id):
                # The analyst already has a note here: an imported one, however recent, stays
                # beside it and never becomes the note their next edits go to.
                origin = f"imported from {source.name}"
            self._conn.execute(
                "insert into notes (id, entity_id, text, created, updated, origin)"
                " values (?, ?, ?, ?, ?, ?)",
                (note.id, note.entity_id, note.text, note.created, note.updated, origin),
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
            "insert into notes (id, entity_id, text, created, updated, origin)"
            " values (?, ?, ?, ?, ?, ?)",
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

    @staticmethod
    def _make_private(path: Path) -> None:
        """Notes are the analyst's own: their files are readable by the owner only (0600)."""
        # A file that cannot be tightened (another owner's) still opens as before.
        with contextlib.suppress(WriteError):
            make_private(path)

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
