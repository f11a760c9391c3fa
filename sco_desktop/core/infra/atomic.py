"""Writes files atomically: a temporary file in the target folder, flushed, then renamed.

On any failure no partial file is left behind and the error names the path; no Qt here. A
target that is a device, FIFO or socket is refused, never replaced by a file. Temporary files
carry the writer's process id, so those of a process that was killed are removed by the next
write to the same target.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
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


def write_atomically(path: Path, write: Callable[[Path], None]) -> Path:
    """Calls `write(temporary_path)` and renames the result over `path`.

    `write` may produce the file any way it likes (Python, Qt, a subprocess); it must leave a
    non-empty file at the temporary path.
    """
    path = Path(path)
    check_target(path)
    folder = path.parent
    _remove_orphans(path)
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{path.name}.{os.getpid()}.", suffix=PART_SUFFIX, dir=folder
        )
    except OSError as error:
        raise WriteError(f"cannot write {path}: {error.strerror or error}") from None
    os.close(handle)
    temporary_path = Path(temporary)
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


def write_text_atomically(path: Path, text: str) -> Path:
    return write_atomically(path, lambda temporary: temporary.write_text(text, encoding="utf-8"))


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


def write_text_durably(path: Path, text: str) -> Path:
    """`write_text_atomically`, then the folder synced: the new name itself is on disk."""
    write_text_atomically(path, text)
    try:
        sync_folder(Path(path).parent)
    except OSError as error:
        raise WriteError(f"cannot write {path}: {error.strerror or error}") from None
    return path
