"""Writes files atomically: a temporary file in the target folder, flushed, then renamed.

On any failure no partial file is left behind and the error names the path; no Qt here. A
target that is a device, FIFO or socket is refused, never replaced by a file. Temporary files
carry the writer's process id, so those of a process that was killed are removed by the next
write to the same target.
A new file gets the mode any program would give it (0666 less the umask, so 0644 under
the usual umask 022), or is readable by its owner only when it is private (notes).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Callable
from pathlib import Path


class WriteError(Exception):
    """A file could not be written; the message names the path and the reason in one line."""


PART_SUFFIX = ".part"


def check_target(path: Path) -> None:
    """WriteError unless `path` may be written as a new or replaced regular file."""
    path = Path(path)
    folder = path.parent
    if not folder.is_dir():
        raise WriteError(f"cannot write {path}: the folder {folder} does not exist")
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return
    except OSError as error:
        raise WriteError(f"cannot write {path}: {error.strerror or error}") from None
    if stat.S_ISDIR(mode):
        raise WriteError(f"cannot write {path}: a folder of that name is in the way")
    if not stat.S_ISREG(mode):
        raise WriteError(
            f"cannot write {path}: it is a device, FIFO or socket, not a file;"
            " it was left as it is. Choose another name."
        )


def _remove_orphans(path: Path) -> None:
    """Removes temporary files for `path` left by writers that were killed (POSIX only: there
    the process id says whether the writer still runs)."""
    if os.name != "posix":
        return
    for orphan in path.parent.glob(f".{path.name}.*{PART_SUFFIX}"):
        pid = orphan.name[len(path.name) + 2 :].split(".", 1)[0]
        if not pid.isdigit() or int(pid) == os.getpid():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            with contextlib.suppress(OSError):
                orphan.unlink()
        except OSError:
            continue  # the writer runs (as another user): its file is not ours to remove


PUBLIC_MODE = 0o666
"""A new file's mode before the umask, as open() and touch give it."""
PRIVATE_MODE = 0o600
_NAME_ATTEMPTS = 100


def make_private(path: Path) -> Path:
    """Makes a file readable and writable by its owner only.

    For files SQLite makes (with the umask's mode): called as soon as SQLite has opened the
    file, before anything is written to it, and again on an older file made before this rule.
    SQLite gives its journal and WAL files the database file's mode, so they follow.
    """
    try:
        os.chmod(path, PRIVATE_MODE)
    except OSError as error:
        raise WriteError(f"cannot write {path}: {error.strerror or error}") from None
    return path


def _temporary_beside(path: Path, mode: int) -> Path:
    """A new, empty file next to `path`, created with `mode` (the umask applies)."""
    for _attempt in range(_NAME_ATTEMPTS):
        # The process id first: _remove_orphans reads it to tell a killed writer's file.
        candidate = path.parent / f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}{PART_SUFFIX}"
        try:
            os.close(os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode))
        except FileExistsError:
            continue
        return candidate
    raise FileExistsError(f"no free temporary name beside {path}")


def write_atomically(path: Path, write: Callable[[Path], None], private: bool = False) -> Path:
    """Calls `write(temporary_path)` and renames the result over `path`.

    `write` may produce the file any way it likes (Python, Qt, a subprocess); it must leave a
    non-empty file at the temporary path. A `private` file is readable by its owner only;
    any other gets the umask's mode, like every other file the user makes.
    """
    path = Path(path)
    check_target(path)
    _remove_orphans(path)
    try:
        temporary_path = _temporary_beside(path, PRIVATE_MODE if private else PUBLIC_MODE)
    except OSError as error:
        raise WriteError(f"cannot write {path}: {error.strerror or error}") from None
    try:
        write(temporary_path)
        if temporary_path.stat().st_size == 0:
            raise WriteError(f"cannot write {path}: nothing was produced")
        with temporary_path.open("rb") as stream:
            os.fsync(stream.fileno())
        os.replace(temporary_path, path)
    except WriteError:
        raise
    except OSError as error:
        raise WriteError(f"cannot write {path}: {error.strerror or error}") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary_path.unlink()
    return path


def write_text_atomically(path: Path, text: str, private: bool = False) -> Path:
    return write_atomically(
        path, lambda temporary: temporary.write_text(text, encoding="utf-8"), private
    )


def sync_folder(folder: Path) -> None:
    """Makes a rename or a new file in `folder` survive a power cut (POSIX; Windows commits
    directory entries itself and cannot open a folder for fsync)."""
    if os.name == "nt":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def write_text_durably(path: Path, text: str, private: bool = False) -> Path:
    """`write_text_atomically`, then the folder synced: the new name itself is on disk."""
    write_text_atomically(path, text, private)
    try:
        sync_folder(Path(path).parent)
    except OSError as error:
        raise WriteError(f"cannot write {path}: {error.strerror or error}") from None
    return path
