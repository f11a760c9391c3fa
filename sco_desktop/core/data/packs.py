"""The data update file (`.scopack`): building one, and checking one while unpacking it.

A pack is a plain (uncompressed) tar archive of exactly: `manifest.json`, `manifest.sig` (the
Ed25519 signature over the manifest's bytes), then the files the manifest lists, each with its
size and SHA-256. Uncompressed on purpose: nothing can expand beyond the file's own size, and
with every tar header checksummed, every padding byte required to be zero and every listed file
hashed, a byte changed anywhere in the file is noticed.

Checks run in this order, and the first failure stops with one line naming the pack and the
member: the signature over the manifest (trusted keys only), the manifest's fields, the caller's
acceptance (sequence and disk space), each member's name and type (no `..`, absolute paths,
links or devices; only listed names, each once) and size (never more than declared, counted
while copying), each file's SHA-256, and the database's own checks. Unpacking writes only into
the staging folder it is given; where that folder lives and what happens next is the store's
(pack_store.py). No Qt.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import json
import os
import re
import tarfile
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sco_desktop.core.data.repository import DatabaseError, Repository
from sco_desktop.core.data.schema import SCHEMA_VERSION
from sco_desktop.core.domain.dates import is_iso_date
from sco_desktop.core.infra import locations
from sco_desktop.core.infra.atomic import write_atomically

if TYPE_CHECKING:
    from sco_desktop.core.infra import signing

PACK_SUFFIX = ".scopack"
FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig"
MAX_MANIFEST_BYTES = 64 * 1024
MAX_SIGNATURE_BYTES = 4 * 1024
MAX_FILES = 16
BLOCK = tarfile.BLOCKSIZE
MAX_ARCHIVE_OVERHEAD = (2 * MAX_FILES + 4) * BLOCK + tarfile.RECORDSIZE
"""Headers, padding and the end-of-archive blocks: all a pack may hold beyond its files."""
CHUNK = 1024 * 1024
_SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")


class PackError(Exception):
    """The pack is refused; the message names the file and says why in one line."""


@dataclass(frozen=True)
class PackFile:
    name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    format: int
    sequence: int
    created: str
    data_as_of: str
    schema_version: int
    files: tuple[PackFile, ...]

    @property
    def total_size(self) -> int:
        return sum(f.size for f in self.files)

    def to_bytes(self) -> bytes:
        document = asdict(self)
        document["files"] = [asdict(f) for f in self.files]
        return json.dumps(document, indent=2, ensure_ascii=False).encode("utf-8") + b"\n"


@dataclass(frozen=True)
class UnpackedPack:
    manifest: Manifest
    key: signing.TrustedKey
    database: Path


def parse_manifest(data: bytes, where: str) -> Manifest:
    """The manifest's fields, each checked; PackError naming `where` otherwise."""

    def refuse(reason: str) -> PackError:
        return PackError(f"{where}: {MANIFEST_NAME} {reason}")

    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise refuse("is not JSON") from None
    if not isinstance(document, dict):
        raise refuse("is not a manifest")
    fmt = document.get("format")
    if not isinstance(fmt, int) or fmt < 1:
        raise refuse("has no format version")
    if fmt > FORMAT_VERSION:
        raise refuse(
            f"is in format {fmt}, made by a newer version of sco-desktop (this one reads"
            f" format {FORMAT_VERSION})"
        )
    sequence, schema = document.get("sequence"), document.get("schema_version")
    if not isinstance(sequence, int) or isinstance(sequence, bool) or sequence < 1:
        raise refuse("has no valid sequence number")
    if not isinstance(schema, int) or isinstance(schema, bool):
        raise refuse("has no schema version")
    if schema > SCHEMA_VERSION:
        raise PackError(
            f"{where}: the data is in schema {schema}, newer than this version of sco-desktop"
            f" reads (schema {SCHEMA_VERSION}); update the application first"
        )
    if schema < SCHEMA_VERSION:
        raise PackError(
            f"{where}: the data is in an old schema ({schema}); this version reads schema"
            f" {SCHEMA_VERSION}"
        )
    created, as_of = document.get("created"), document.get("data_as_of")
    if not isinstance(created, str) or not is_iso_date(created[:10]):
        raise refuse("has no valid creation date")
    if not isinstance(as_of, str) or not is_iso_date(as_of):
        raise refuse("has no valid data_as_of date")
    entries = document.get("files")
    if not isinstance(entries, list) or not entries or len(entries) > MAX_FILES:
        raise refuse("lists no files, or too many")
    files: list[PackFile] = []
    for entry in entries:
        if not isinstance(entry, dict):
            raise refuse("has a file entry that is not an object")
        name, size, digest = entry.get("name"), entry.get("size"), entry.get("sha256")
        if not isinstance(name, str) or not _SAFE_NAME.fullmatch(name):
            raise PackError(f"{where}: {MANIFEST_NAME} lists an unsafe file name {name!r}")
        if not isinstance(size, int) or isinstance(size, bool) or size < 0:
            raise refuse(f"gives no valid size for {name}")
        if not isinstance(digest, str) or not re.fullmatch(r"[0-9a-f]{64}", digest):
            raise refuse(f"gives no valid SHA-256 for {name}")
        files.append(PackFile(name, size, digest))
    names = [f.name.casefold() for f in files]
    if len(set(names)) != len(names) or {MANIFEST_NAME, SIGNATURE_NAME} & set(names):
        raise refuse("lists a file name twice (ignoring case) or a reserved name")
    if locations.DATABASE_NAME not in {f.name for f in files}:
        raise refuse(f"does not list the database {locations.DATABASE_NAME}")
    return Manifest(fmt, sequence, created, as_of, schema, tuple(files))


# -- building ------------------------------------------------------------------------------------


def build_pack(key_path: Path, sequence: int, sources: Path | None, out: Path) -> Manifest:
    """Builds the database from `sources` (validated as by build-db) and writes a signed pack."""
    # Imported here: the build and the cryptography are not needed to open the active data.
    from sco_desktop.core.data.build import build
    from sco_desktop.core.infra import signing

    private_key = signing.load_private_key(key_path)
    with tempfile.TemporaryDirectory(prefix="sco-pack-") as work:
        database = build(sources, Path(work) / locations.DATABASE_NAME)
        with Repository(database) as repo:
            as_of = repo.data_as_of
        manifest = Manifest(
            FORMAT_VERSION,
            sequence,
            dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            as_of,
            SCHEMA_VERSION,
            (PackFile(database.name, database.stat().st_size, _sha256(database)),),
        )
        manifest_bytes = manifest.to_bytes()
        members = [
            (MANIFEST_NAME, manifest_bytes),
            (SIGNATURE_NAME, signing.sign(private_key, manifest_bytes)),
        ]

        def write(temporary: Path) -> None:
            with tarfile.open(temporary, "w", format=tarfile.USTAR_FORMAT) as tar:
                for name, data in members:
                    tar.addfile(_member_info(name, len(data)), io.BytesIO(data))
                with database.open("rb") as stream:
                    tar.addfile(_member_info(database.name, database.stat().st_size), stream)

        write_atomically(out, write)
    return manifest


def _member_info(name: str, size: int) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.size, info.mode, info.mtime = size, 0o644, 0
    return info


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


# -- checking and unpacking ----------------------------------------------------------------------


def unpack(
    pack: Path,
    staging: Path,
    keys: list[signing.TrustedKey],
    accept: Callable[[Manifest], None],
) -> UnpackedPack:
    """Checks `pack` and writes its listed files into the empty folder `staging`.

    `accept(manifest)` runs once the signature and manifest are good and before any file is
    written; it raises PackError to refuse (sequence, disk space). Nothing is written outside
    `staging`; on a refusal the caller removes it.
    """
    where = pack.name
    try:
        size = pack.stat().st_size
        with pack.open("rb") as raw:
            try:
                with tarfile.open(fileobj=raw, mode="r:") as tar:
                    return _unpack(tar, raw, size, where, staging, keys, accept)
            except tarfile.TarError as error:
                raise PackError(f"{where}: not a data update, or damaged ({error})") from None
    except OSError as error:
        raise PackError(f"{where}: cannot be read ({error.strerror or error})") from None


def _unpack(tar, raw, size, where, staging, keys, accept) -> UnpackedPack:
    from sco_desktop.core.infra import signing

    manifest_bytes = _small_member(tar, raw, MANIFEST_NAME, MAX_MANIFEST_BYTES, where)
    signature_bytes = _small_member(tar, raw, SIGNATURE_NAME, MAX_SIGNATURE_BYTES, where)
    try:
        key = signing.verify(manifest_bytes, signature_bytes, keys)
    except signing.SigningError as error:
        raise PackError(f"{where}: {SIGNATURE_NAME}: {error}") from None
    manifest = parse_manifest(manifest_bytes, where)
    overhead = len(manifest_bytes) + len(signature_bytes) + MAX_ARCHIVE_OVERHEAD
    if size > manifest.total_size + overhead:
        raise PackError(
            f"{where}: the file is {size} bytes, larger than its manifest declares"
            f" ({manifest.total_size} bytes of data)"
        )
    accept(manifest)
    # Kept beside the data: the start-up check and `pack list` read them from there.
    _write_synced(staging / MANIFEST_NAME, manifest_bytes)
    _write_synced(staging / SIGNATURE_NAME, signature_bytes)

    declared = {f.name: f for f in manifest.files}
    seen: set[str] = set()
    while (member := tar.next()) is not None:
        name = member.name
        _check_member_name(name, where)
        if not member.isreg():
            raise PackError(f"{where}: {name} is a link, device or folder, not a plain file")
        if name not in declared:
            raise PackError(f"{where}: {name} is not listed in the signed manifest")
        if name.casefold() in seen:
            raise PackError(f"{where}: {name} appears twice")
        seen.add(name.casefold())
        if member.size > declared[name].size:
            raise PackError(
                f"{where}: {name} is {member.size} bytes, larger than the"
                f" {declared[name].size} its manifest declares"
            )
        _check_layout(raw, member, where)
        _copy_member(tar, member, staging / name, declared[name], where)
    _check_trailer(raw, tar.members[-1], where)
    for expected in manifest.files:
        if expected.name.casefold() not in seen:
            raise PackError(f"{where}: {expected.name} is listed in the manifest but missing")
        # Read back from the local disk: what was written is what was checked.
        if _sha256(staging / expected.name) != expected.sha256:
            raise PackError(f"{where}: {expected.name} changed while being copied; try again")
    database = staging / locations.DATABASE_NAME
    _check_database(database, manifest, where)
    return UnpackedPack(manifest, key, database)


def _write_synced(path: Path, data: bytes) -> None:
    with path.open("xb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())


def _small_member(tar, raw, wanted: str, limit: int, where: str) -> bytes:
    member = tar.next()
    if member is None or member.name != wanted:
        found = "nothing" if member is None else repr(member.name)
        missing = "no signature" if wanted == SIGNATURE_NAME else "no manifest"
        raise PackError(f"{where}: {missing} ({wanted} expected, {found} found)")
    if not member.isreg() or member.size > limit:
        raise PackError(f"{where}: {wanted} is not a plain file of at most {limit} bytes")
    _check_layout(raw, member, where)
    stream = tar.extractfile(member)
    data = stream.read(limit + 1) if stream else b""
    if len(data) != member.size:
        raise PackError(f"{where}: {wanted} is truncated")
    return data


def _check_member_name(name: str, where: str) -> None:
    parts = name.replace("\\", "/").split("/")
    if name.startswith(("/", "\\")) or re.match(r"[A-Za-z]:", name):
        raise PackError(f"{where}: {name} is an absolute path")
    if ".." in parts:
        raise PackError(f"{where}: {name} points outside the pack (..)")
    if not _SAFE_NAME.fullmatch(name):
        raise PackError(f"{where}: {name!r} is not a plain file name")


def _check_layout(raw, member: tarfile.TarInfo, where: str) -> None:
    """The bytes tarfile does not check: the header must be exactly as `pack build` writes it
    (tarfile ignores a byte after the checksum's NUL), and the padding after the data zero."""
    expected_header = member.tobuf(tarfile.USTAR_FORMAT, "utf-8", "surrogateescape")
    data_end = member.offset_data + member.size
    padding = _padded_end(member) - data_end
    position = raw.tell()
    try:
        raw.seek(member.offset)
        header = raw.read(len(expected_header))
        raw.seek(data_end)
        tail = raw.read(padding)
    finally:
        raw.seek(position)
    if header != expected_header or member.offset_data != member.offset + len(header):
        raise PackError(f"{where}: the archive header of {member.name} is damaged")
    if len(tail) != padding or tail.strip(b"\0"):
        raise PackError(f"{where}: unexpected bytes after {member.name} (damaged)")


def _copy_member(tar, member, target: Path, expected: PackFile, where: str) -> None:
    source = tar.extractfile(member)
    digest, copied = hashlib.sha256(), 0
    # "x": a name that is already there is never overwritten.
    with target.open("xb") as out:
        while chunk := source.read(CHUNK):
            copied += len(chunk)
            if copied > expected.size:
                raise PackError(f"{where}: {member.name} is larger than its manifest declares")
            digest.update(chunk)
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())
    if copied != expected.size:
        raise PackError(
            f"{where}: {member.name} is {copied} bytes, not the {expected.size} its manifest"
            " declares (truncated?)"
        )
    if digest.hexdigest() != expected.sha256:
        raise PackError(
            f"{where}: {member.name} does not match its SHA-256 in the signed manifest"
            " (changed or damaged)"
        )


def _padded_end(member: tarfile.TarInfo) -> int:
    return member.offset_data + -(-member.size // BLOCK) * BLOCK


def _check_trailer(raw, last: tarfile.TarInfo, where: str) -> None:
    """After the last file only zeros may follow: the end-of-archive blocks and the padding of
    the last record. tarfile stops reading at the first zero block and never looks further."""
    position = raw.tell()
    try:
        raw.seek(_padded_end(last))
        rest = raw.read(MAX_ARCHIVE_OVERHEAD + 1)
    finally:
        raw.seek(position)
    if len(rest) > MAX_ARCHIVE_OVERHEAD or rest.strip(b"\0") or len(rest) < 2 * BLOCK:
        raise PackError(f"{where}: unexpected bytes after the last file (damaged)")


def _check_database(database: Path, manifest: Manifest, where: str) -> None:
    if not database.is_file():
        raise PackError(f"{where}: {locations.DATABASE_NAME} is missing")
    # The checksum file `sco-desktop verify` reads beside a database, as build-db writes it.
    digest = next(f.sha256 for f in manifest.files if f.name == database.name)
    _write_synced(locations.manifest_for(database), f"{digest}  {database.name}\n".encode())
    try:
        with Repository(database) as repo:
            problems = repo.verify()
            as_of = repo.data_as_of
    except DatabaseError as error:
        raise PackError(f"{where}: {database.name}: {_short(error, database)}") from None
    if problems:
        raise PackError(f"{where}: {database.name}: {problems[0]}")
    if as_of != manifest.data_as_of:
        raise PackError(
            f"{where}: {database.name} holds data as of {as_of}, the manifest says"
            f" {manifest.data_as_of}"
        )


def _short(error: Exception, path: Path) -> str:
    with contextlib.suppress(ValueError):
        return str(error).replace(str(path), path.name)
    return str(error)
