"""Installed data updates in the user data folder: which database is active, installing one
atomically, listing them, and going back to the previous one.

Layout of `locations.packs_folder()`:
    active.json          the pointer: {"active": sequence or null, "highest": sequence}
    update-00000042/     one installed update: sco.db, its .sha256, manifest.json, manifest.sig,
                         installed.json (when, which key signed it, and the database file's
                         identity: size, modification time and inode)
    .staging-XXXX/       an install in progress (or one a crash left: removed at the next start)
    .lock                held while installing or rolling back (POSIX)

An install unpacks and checks the pack in a staging folder on this local disk, renames the
folder to `update-N`, then replaces the pointer (temporary file, fsync, rename, folder fsync).
Until that last rename the old data stays active; a crash anywhere leaves either the old
pointer or the new one, and both name a complete, checked folder. The open database is never
replaced or deleted, so nothing has to be closed first. `highest` only grows: an update whose
sequence is not above it is refused (replay or rollback), and `rollback` is the only way back.

An installed database is checked in full once, when it is installed (its SHA-256 against the
signed manifest, SQLite's quick_check, the full-text index), and never written again. At each
start it is trusted if its size, modification time and inode are still those recorded at
install, which costs the same at any size; a file that differs in any of them is read whole
and its SHA-256 checked again, as is an update installed before the identity was recorded.
No Qt.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sco_desktop.core.data.pack_changes import ChangeSummary, compare
from sco_desktop.core.data.packs import (
    MANIFEST_NAME,
    SIGNATURE_NAME,
    Manifest,
    PackError,
    parse_manifest,
    unpack,
)
from sco_desktop.core.data.repository import DatabaseError, Repository
from sco_desktop.core.infra import locations
from sco_desktop.core.infra.atomic import WriteError, sync_folder, write_text_durably

if TYPE_CHECKING:
    from sco_desktop.core.infra import signing

POINTER_NAME = "active.json"
RECORD_NAME = "installed.json"
INSTALLED_PREFIX = "update-"
STAGING_PREFIX = ".staging-"
LOCK_NAME = ".lock"
DISK_MARGIN_BYTES = 16 * 1024 * 1024
"""Free space kept beyond the pack's declared size, for the pointer, the log and SQLite."""
MEGABYTE = 1024 * 1024
IDENTITY_KEY = "database_identity"
"""Where installed.json keeps the database file's size, modification time and inode."""


@dataclass(frozen=True)
class InstalledPack:
    sequence: int
    data_as_of: str
    created: str
    installed: str
    key: str
    folder: Path
    identity: dict | None = None
    """The database file's identity when it was installed and checked (see `_identity`)."""

    @property
    def database(self) -> Path:
        return self.folder / locations.DATABASE_NAME


@dataclass(frozen=True)
class ActiveData:
    """The database the application opens, and the update it came from (None: the bundled one)."""

    database: Path
    pack: InstalledPack | None
    problem: str = ""
    """Set when the pointed-to update failed its checks at start and an older one is used."""


@dataclass
class PreparedUpdate:
    """A pack unpacked and checked in staging, not yet active; `switch` or `discard` it."""

    pack: Path
    staging: Path
    manifest: Manifest
    key: signing.TrustedKey
    changes: ChangeSummary
    key_problems: list[str]


class PackStore:
    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or locations.packs_folder()
        self._lock = None

    # -- what is active ----------------------------------------------------------------------

    def active(self) -> ActiveData:
        """The database to open: the pointed-to update if it passes its checks, else the newest
        older one that does (the pointer is moved there), else the bundled database.

        Cleans what an interrupted install left, unless an install is running right now.
        """
        bundled = ActiveData(locations.bundled_database(), None)
        if not self.folder.is_dir():
            return bundled
        with self._locked(wait=False) as locked:
            try:
                pointer = self._pointer()
            except PackError as error:
                return ActiveData(bundled.database, None, str(error))
            if locked:
                self._clean_leftovers(pointer["highest"])
            wanted = pointer["active"]
            if wanted is None:
                return bundled
            packs = [p for p in self.installed() if p.sequence <= wanted]
            problem = ""
            for pack in sorted(packs, key=lambda p: p.sequence, reverse=True):
                reason = _failed_check(pack)
                if not reason:
                    if pack.sequence != wanted and locked:
                        self._write_pointer(pack.sequence, pointer["highest"])
                    return ActiveData(pack.database, pack, problem)
                problem = problem or (
                    f"data update {wanted} failed its checks at start ({reason});"
                    " an earlier version of the data is used"
                )
            if locked:
                self._write_pointer(None, pointer["highest"])
            return ActiveData(bundled.database, None, problem or f"data update {wanted} is missing")

    def installed(self) -> list[InstalledPack]:
        """Installed updates up to the highest sequence ever activated, oldest first."""
        if not self.folder.is_dir():
            return []
        highest = self._pointer()["highest"]
        packs = []
        for folder in self.folder.glob(f"{INSTALLED_PREFIX}*"):
            pack = _read_installed(folder)
            if pack is not None and pack.sequence <= highest:
                packs.append(pack)
        return sorted(packs, key=lambda p: p.sequence)

    def highest_sequence(self) -> int:
        return self._pointer()["highest"] if self.folder.is_dir() else 0

    # -- installing --------------------------------------------------------------------------

    def prepare(self, pack: Path) -> PreparedUpdate:
        """Unpacks and checks `pack` in a staging folder; refusals raise PackError and leave
        nothing behind. The install lock is held until `switch` or `discard`."""
        # Imported here: opening the active data at start needs no cryptography.
        from sco_desktop.core.infra import signing

        keys, key_problems = signing.trusted_keys()
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise PackError(f"cannot create {self.folder}: {error.strerror}") from None
        self._acquire()
        try:
            current = self.active()
            staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=self.folder))
        except BaseException:
            self._release()
            raise
        try:
            unpacked = unpack(pack, staging, keys, lambda m: self._accept(m, pack.name))
            try:
                changes = compare(current.database, unpacked.database)
            except sqlite3.Error as error:
                raise PackError(
                    f"{pack.name}: cannot compare with the current data ({error})"
                ) from None
            return PreparedUpdate(
                pack, staging, unpacked.manifest, unpacked.key, changes, key_problems
            )
        except OSError as error:
            self.discard_staging_and_unlock(staging)
            raise PackError(
                f"{pack.name}: install failed ({error.strerror or error}); the current data is"
                " unchanged"
            ) from None
        except BaseException:
            self.discard_staging_and_unlock(staging)
            raise

    def switch(self, prepared: PreparedUpdate) -> InstalledPack:
        """Makes the prepared update the active data (see the module docstring for the steps)."""
        try:
            manifest = prepared.manifest
            # Still newer than what is installed: another program may have installed meanwhile.
            self._accept(manifest, prepared.pack.name, check_space=False)
            target = self.folder / f"{INSTALLED_PREFIX}{manifest.sequence:08d}"
            record = {
                "installed": _now(),
                "key": prepared.key.name,
                "key_id": prepared.key.key_id,
                "key_origin": prepared.key.origin,
                # Renaming the folder below keeps the file's inode and times.
                IDENTITY_KEY: _identity(prepared.staging / locations.DATABASE_NAME),
            }
            write_text_durably(prepared.staging / RECORD_NAME, json.dumps(record, indent=2))
            if target.exists():
                # Left by an install that stopped before its pointer switch: never active.
                shutil.rmtree(target)
            prepared.staging.rename(target)
            sync_folder(self.folder)
            self._write_pointer(manifest.sequence, manifest.sequence)
            pack = _read_installed(target)
            if pack is None:
                raise PackError(f"{target} could not be read back after installing")
            return pack
        except OSError as error:
            raise PackError(
                f"{prepared.pack.name}: install failed ({error.strerror or error})"
            ) from None
        except WriteError as error:
            raise PackError(f"{prepared.pack.name}: install failed ({error})") from None
        finally:
            self._discard_staging(prepared.staging)
            self._release()

    def discard(self, prepared: PreparedUpdate) -> None:
        self.discard_staging_and_unlock(prepared.staging)

    def discard_staging_and_unlock(self, staging: Path) -> None:
        self._discard_staging(staging)
        self._release()

    def install(self, pack: Path) -> tuple[PreparedUpdate, InstalledPack]:
        prepared = self.prepare(pack)
        return prepared, self.switch(prepared)

    # -- going back --------------------------------------------------------------------------

    def rollback_target(self) -> tuple[InstalledPack, InstalledPack | None]:
        """(the active update, what a rollback would activate: an older update or None for the
        bundled data); PackError if the bundled data is already active."""
        current = self.active()
        if current.pack is None:
            raise PackError("the bundled data is active: there is no earlier data to go back to")
        older = [
            p
            for p in self.installed()
            if p.sequence < current.pack.sequence and not _failed_check(p)
        ]
        return current.pack, (older[-1] if older else None)

    def rollback(self) -> InstalledPack | None:
        """Activates the update before the active one (None: the bundled data)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        self._acquire()
        try:
            _current, target = self.rollback_target()
            self._write_pointer(target.sequence if target else None, self.highest_sequence())
            return target
        finally:
            self._release()

    # -- the pointer, the lock and the leftovers ---------------------------------------------

    def _accept(self, manifest: Manifest, where: str, check_space: bool = True) -> None:
        highest = self.highest_sequence()
        if manifest.sequence <= highest:
            raise PackError(
                f"{where}: update {manifest.sequence} is not newer than update {highest},"
                " already installed (an old update cannot be installed again;"
                " sco-desktop pack rollback goes back)"
            )
        if check_space:
            free = shutil.disk_usage(self.folder).free
            needed = manifest.total_size + DISK_MARGIN_BYTES
            if free < needed:
                raise PackError(
                    f"{where}: not enough disk space in {self.folder}: {_mb(needed)} MB needed,"
                    f" {_mb(free)} MB free"
                )

    def _pointer(self) -> dict:
        path = self.folder / POINTER_NAME
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
            active, highest = document["active"], int(document["highest"])
            return {"active": None if active is None else int(active), "highest": highest}
        except FileNotFoundError:
            return {"active": None, "highest": 0}
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise PackError(f"{path} cannot be read ({error}); the bundled data is used") from None

    def _write_pointer(self, active: int | None, highest: int) -> None:
        document = {"active": active, "highest": highest}
        write_text_durably(self.folder / POINTER_NAME, json.dumps(document) + "\n")

    def _clean_leftovers(self, highest: int) -> None:
        for path in self.folder.iterdir():
            name = path.name
            stale_install = name.startswith(INSTALLED_PREFIX) and (
                _sequence_of(path) is None or _sequence_of(path) > highest
            )
            if name.startswith(STAGING_PREFIX) or stale_install:
                shutil.rmtree(path, ignore_errors=True)
            elif name.startswith(f".{POINTER_NAME}.") and name.endswith(".part"):
                path.unlink(missing_ok=True)

    def _discard_staging(self, staging: Path) -> None:
        shutil.rmtree(staging, ignore_errors=True)

    def _acquire(self) -> None:
        if self._lock is None:
            context = self._locked(wait=True)
            try:
                context.__enter__()
            except OSError as error:
                raise PackError(f"cannot use {self.folder}: {error.strerror or error}") from None
            self._lock = context

    def _release(self) -> None:
        if self._lock is not None:
            lock, self._lock = self._lock, None
            lock.__exit__(None, None, None)

    @contextlib.contextmanager
    def _locked(self, wait: bool) -> Iterator[bool]:
        """Holds the install lock; yields False if `wait` is off and another process holds it.
        On Windows (no fcntl) no lock is taken."""
        if self._lock is not None:
            yield True
            return
        try:
            import fcntl
        except ImportError:
            yield True
            return
        try:
            handle = open(self.folder / LOCK_NAME, "a+b")  # noqa: SIM115 (closed below)
        except OSError:
            if wait:
                raise
            yield False  # a read-only user folder: read what is there, clean nothing
            return
        with handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
            except BlockingIOError:
                yield False
                return
            try:
                yield True
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)


def _failed_check(pack: InstalledPack) -> str:
    """Why an installed update cannot be opened ('' if it can): unless the file is the one
    checked at install (`_identity`), its SHA-256 against its manifest; then the database's own
    open checks (identity, schema, length)."""
    expected = _manifest_of(pack.folder)
    if expected is None:
        return "its manifest is unreadable"
    entry = next((f for f in expected.files if f.name == locations.DATABASE_NAME), None)
    if entry is None:
        return f"{pack.database.name} differs from its manifest"
    try:
        unchanged = pack.identity is not None and _identity(pack.database) == pack.identity
        if not unchanged and _sha256(pack.database) != entry.sha256:
            return f"{pack.database.name} differs from its manifest"
    except OSError as error:
        return f"{pack.database.name} cannot be read ({error.strerror})"
    try:
        Repository(pack.database).close()
    except DatabaseError as error:
        return str(error)
    return ""


def _identity(database: Path) -> dict:
    """What tells the installed file apart from any rewrite of it, without reading it: its size,
    modification time (nanoseconds) and inode. Raises OSError if it cannot be read."""
    status = database.stat()
    return {"size": status.st_size, "mtime_ns": status.st_mtime_ns, "inode": status.st_ino}


def _sha256(database: Path) -> str:
    return hashlib.sha256(database.read_bytes()).hexdigest()


def _manifest_of(folder: Path) -> Manifest | None:
    try:
        return parse_manifest((folder / MANIFEST_NAME).read_bytes(), folder.name)
    except (OSError, PackError):
        return None


def _read_installed(folder: Path) -> InstalledPack | None:
    manifest = _manifest_of(folder)
    try:
        record = json.loads((folder / RECORD_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if manifest is None or not (folder / SIGNATURE_NAME).is_file():
        return None
    identity = record.get(IDENTITY_KEY)
    return InstalledPack(
        manifest.sequence,
        manifest.data_as_of,
        manifest.created,
        str(record.get("installed", "")),
        str(record.get("key", "")),
        folder,
        identity if isinstance(identity, dict) else None,
    )


def _sequence_of(folder: Path) -> int | None:
    digits = folder.name.removeprefix(INSTALLED_PREFIX)
    return int(digits) if digits.isdigit() else None


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _mb(size: int) -> str:
    return f"{size / MEGABYTE:.1f}"
