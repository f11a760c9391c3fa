"""Signed data updates: checking a pack, installing it atomically, refusing every bad one, and
going back. Real packs built from the real sources, signed with a key made for the tests."""

import errno
import hashlib
import io
import json
import os
import shutil
import tarfile

import pytest
from conftest import PACK_KEY_NAME, REMOVED_DOCUMENT

from sco_desktop.core.data import Repository
from sco_desktop.core.data.pack_store import PackStore
from sco_desktop.core.data.packs import (
    MANIFEST_NAME,
    SIGNATURE_NAME,
    PackError,
    parse_manifest,
)
from sco_desktop.core.data.schema import SCHEMA_VERSION
from sco_desktop.core.infra import locations, signing


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def store(trusted):
    return PackStore()


@pytest.fixture
def installed(store, make_pack):
    """Update 1 installed and active: what every refusal must leave untouched."""
    store.install(make_pack(1))
    active = store.active()
    return active.database, _digest(active.database)


def _refused(store, pack, installed, *words):
    """Installs `pack`, expects a refusal naming it, and checks that nothing changed."""
    database, digest = installed
    before = sorted(p.name for p in store.folder.iterdir())
    with pytest.raises(PackError) as refusal:
        store.install(pack)
    message = str(refusal.value)
    assert message.startswith(f"{pack.name}: ")
    assert "\n" not in message
    for word in words:
        assert word in message
    active = store.active()
    assert active.database == database
    assert _digest(database) == digest
    assert sorted(p.name for p in store.folder.iterdir()) == before
    # The install lock was let go: another store cleans an interrupted install's leftovers.
    (store.folder / ".staging-left").mkdir()
    PackStore().active()
    assert not (store.folder / ".staging-left").exists()
    return message


def _members(pack):
    with tarfile.open(pack) as tar:
        return [(m, tar.extractfile(m).read() if m.isreg() else b"") for m in tar.getmembers()]


def _write_pack(path, members):
    with tarfile.open(path, "w", format=tarfile.USTAR_FORMAT) as tar:
        for info, data in members:
            info.size = len(data) if info.isreg() else 0
            tar.addfile(info, io.BytesIO(data) if info.isreg() else None)
    return path


def _info(name, kind=tarfile.REGTYPE, **fields):
    info = tarfile.TarInfo(name)
    info.type = kind
    for field, value in fields.items():
        setattr(info, field, value)
    return info


def _resigned(source, key_path, tmp_path, edit_manifest=None, extra=(), replace=None):
    """A copy of `source` with its manifest edited and signed again by `key_path`."""
    members = _members(source)
    manifest = json.loads(members[0][1])
    if edit_manifest:
        edit_manifest(manifest)
    manifest_bytes = json.dumps(manifest, indent=2).encode() + b"\n"
    signature = signing.sign(signing.load_private_key(key_path), manifest_bytes)
    body = [(m, d) for m, d in members[2:]]
    if replace:
        body = replace(body)
    return _write_pack(
        tmp_path / source.name,
        [
            (_info(MANIFEST_NAME), manifest_bytes),
            (_info(SIGNATURE_NAME), signature),
            *body,
            *extra,
        ],
    )


# -- installing, listing, going back -----------------------------------------------------------


def test_an_installed_update_becomes_the_active_data(store, make_pack):
    assert store.active().pack is None
    prepared, pack = store.install(make_pack(1))
    assert (pack.sequence, pack.key) == (1, PACK_KEY_NAME)
    assert prepared.key.origin == "organisation"
    active = store.active()
    assert active.pack == pack
    assert active.database == locations.packs_folder() / "update-00000001" / "sco.db"
    with Repository(active.database) as repo:
        assert repo.verify() == []
    assert [p.sequence for p in store.installed()] == [1]
    assert not list(store.folder.glob(".staging-*"))


def test_the_change_summary_counts_rows_per_table(store, make_pack):
    prepared = store.prepare(make_pack(2, changed=True))
    try:
        changes = prepared.changes
        counts = {t.table: (t.added, t.changed, t.removed) for t in changes.tables}
    finally:
        store.discard(prepared)
    assert (changes.old_as_of, changes.new_as_of) == ("2025-11-18", "2025-12-01")
    assert counts["documents"] == (0, 0, 1)
    assert counts["trade"] == (0, 0, 1)
    assert counts["sources"] == (1, 0, 0)
    assert counts["states"] == (0, 1, 0)
    assert counts["summits"] == (0, 0, 0)
    assert store.active().pack is None
    assert not list(store.folder.glob(".staging-*"))


def test_rollback_goes_back_one_update_then_to_the_bundled_data(store, make_pack):
    store.install(make_pack(1))
    store.install(make_pack(2, changed=True))
    assert store.active().pack.sequence == 2
    assert store.rollback().sequence == 1
    assert store.active().pack.sequence == 1
    assert store.rollback() is None
    assert store.active().database == locations.bundled_database()
    with pytest.raises(PackError, match="no earlier data"):
        store.rollback()
    # Going back is final: the update rolled back from is not taken again.
    with pytest.raises(PackError, match="not newer than update 2"):
        store.install(make_pack(2, changed=True))
    assert store.highest_sequence() == 2


def _damage_later(database):
    """Flips a byte of an installed database, a while after its install (a file system may keep
    the modification time of a write within the same clock tick as the one before)."""
    before = database.stat()
    data = bytearray(database.read_bytes())
    data[len(data) // 2] ^= 0xFF
    database.write_bytes(bytes(data))
    os.utime(database, ns=(before.st_atime_ns, before.st_mtime_ns + 1_000_000_000))


def _counting_digests(monkeypatch):
    """The databases whose SHA-256 the store computes from now on."""
    from sco_desktop.core.data import pack_store

    read = []
    original = pack_store._sha256

    def counted(database):
        read.append(database)
        return original(database)

    monkeypatch.setattr(pack_store, "_sha256", counted)
    return read


def test_an_update_that_fails_its_checks_at_start_is_replaced_by_the_one_before(store, make_pack):
    store.install(make_pack(1))
    store.install(make_pack(2, changed=True))
    _damage_later(store.active().database)
    active = store.active()
    assert active.pack.sequence == 1
    assert "data update 2 failed its checks at start" in active.problem
    assert json.loads((store.folder / "active.json").read_text())["active"] == 1


def test_an_installed_update_is_not_read_whole_at_start(store, make_pack, monkeypatch):
    # Checked in full when installed; afterwards its size, time and inode identify it.
    store.install(make_pack(1))
    record = json.loads((store.folder / "update-00000001" / "installed.json").read_text())
    database = store.folder / "update-00000001" / locations.DATABASE_NAME
    status = database.stat()
    assert record["database_identity"] == {
        "size": status.st_size,
        "mtime_ns": status.st_mtime_ns,
        "inode": status.st_ino,
    }
    read = _counting_digests(monkeypatch)
    assert store.active().pack.sequence == 1
    assert read == []


def test_a_rewritten_database_is_read_whole_again_at_start(store, make_pack, monkeypatch):
    store.install(make_pack(1))
    store.install(make_pack(2, changed=True))
    read = _counting_digests(monkeypatch)
    _damage_later(store.folder / "update-00000002" / locations.DATABASE_NAME)
    assert store.active().pack.sequence == 1
    assert read == [store.folder / "update-00000002" / locations.DATABASE_NAME]


def test_an_update_installed_without_the_identity_is_read_whole_at_start(
    store, make_pack, monkeypatch
):
    store.install(make_pack(1))
    record_path = store.folder / "update-00000001" / "installed.json"
    record = json.loads(record_path.read_text())
    del record["database_identity"]
    record_path.write_text(json.dumps(record))
    read = _counting_digests(monkeypatch)
    assert store.active().pack.sequence == 1
    assert read == [store.folder / "update-00000001" / locations.DATABASE_NAME]


def test_leftovers_of_an_interrupted_install_are_cleaned_at_start(store, make_pack):
    store.install(make_pack(1))
    (store.folder / ".staging-abc").mkdir()
    (store.folder / ".staging-abc" / "sco.db").write_bytes(b"half")
    (store.folder / "update-00000009").mkdir()
    (store.folder / ".active.json.x.part").write_text("{")
    assert store.active().pack.sequence == 1
    assert sorted(p.name for p in store.folder.iterdir()) == [
        ".lock",
        "active.json",
        "update-00000001",
    ]


# -- refusals ----------------------------------------------------------------------------------


def test_a_flipped_byte_anywhere_is_refused(store, installed, make_pack, tmp_path):
    source = make_pack(2)
    original = source.read_bytes()
    members = _members(source)
    database_offset = members[2][0].offset_data
    positions = {
        0,  # the manifest's header
        155,  # the byte after the header checksum's NUL, which tarfile itself ignores
        512 + 10,  # the manifest
        members[1][0].offset_data + 20,  # the signature
        members[1][0].offset_data + members[1][0].size + 1,  # padding after the signature
        database_offset + 5000,  # the database
        len(original) - 1,  # the end-of-archive blocks
        *range(0, len(original), len(original) // 12),
    }
    for position in sorted(positions):
        damaged = bytearray(original)
        damaged[position] ^= 0xFF
        pack = tmp_path / "update-2.scopack"
        pack.write_bytes(bytes(damaged))
        _refused(store, pack, installed)
    assert store.highest_sequence() == 1


def test_a_changed_database_is_named(store, installed, make_pack, tmp_path):
    source = make_pack(2)
    damaged = bytearray(source.read_bytes())
    damaged[_members(source)[2][0].offset_data + 4096] ^= 0x01
    pack = tmp_path / source.name
    pack.write_bytes(bytes(damaged))
    _refused(store, pack, installed, "sco.db", "SHA-256")


def test_a_pack_without_signature_is_refused(store, installed, make_pack, tmp_path):
    members = _members(make_pack(2))
    pack = _write_pack(tmp_path / "unsigned.scopack", [members[0], *members[2:]])
    _refused(store, pack, installed, "no signature")


def test_a_pack_signed_by_an_unknown_key_is_refused(store, installed, make_pack, tmp_path):
    stranger, _ = signing.generate_key_pair(tmp_path / "keys", "stranger")
    pack = _resigned(make_pack(2), stranger, tmp_path)
    _refused(store, pack, installed, SIGNATURE_NAME, "unknown key")


def test_a_pack_from_a_key_that_is_not_trusted_here_is_refused(make_pack, tmp_path):
    store = PackStore()  # the test key is not in this user folder's trusted keys
    with pytest.raises(PackError, match="unknown key"):
        store.install(make_pack(1))
    assert store.active().pack is None


def test_a_signature_claiming_a_trusted_key_is_refused(
    store, installed, trusted, make_pack, tmp_path
):
    stranger, _ = signing.generate_key_pair(tmp_path / "keys", "stranger")
    pack = _resigned(make_pack(2), stranger, tmp_path)
    members = _members(pack)
    claimed = json.loads(members[1][1])
    claimed["key_id"] = signing.key_id(signing.load_private_key(trusted).public_key())
    forged = json.dumps(claimed, indent=2).encode() + b"\n"
    pack = _write_pack(
        tmp_path / "forged.scopack", [members[0], (members[1][0], forged), *members[2:]]
    )
    _refused(store, pack, installed, "does not match")


def test_a_replayed_or_older_update_is_refused(store, installed, make_pack):
    store.install(make_pack(3))
    database = store.active().database
    state = (database, _digest(database))
    _refused(store, make_pack(3), state, "not newer than update 3")
    _refused(store, make_pack(2), state, "not newer than update 3")
    assert store.highest_sequence() == 3


def test_a_schema_newer_than_the_application_reads_is_refused(
    store, installed, trusted, make_pack, tmp_path
):
    def newer(manifest):
        manifest["schema_version"] = SCHEMA_VERSION + 1

    pack = _resigned(make_pack(2), trusted, tmp_path, newer)
    _refused(store, pack, installed, f"schema {SCHEMA_VERSION + 1}", "newer")


@pytest.mark.parametrize(
    ("member", "words"),
    [
        (_info("../evil.db"), ["points outside"]),
        (_info("/tmp/evil.db"), ["absolute path"]),
        (_info("sub/evil.db"), ["not a plain file name"]),
        (_info("evil.db", tarfile.SYMTYPE, linkname="/etc/passwd"), ["link"]),
        (_info("sco.db", tarfile.LNKTYPE, linkname="manifest.json"), ["link"]),
        (_info("evil.db", tarfile.CHRTYPE, devmajor=1, devminor=3), ["device"]),
        (_info("evil.db", tarfile.FIFOTYPE), ["device"]),
        (_info("extra.db"), ["extra.db", "not listed"]),
    ],
    ids=["dotdot", "absolute", "folder", "symlink", "hardlink", "device", "fifo", "unlisted"],
)
def test_hostile_members_are_refused_before_anything_is_written(
    store, installed, trusted, make_pack, tmp_path, member, words
):
    def hostile_first(body):
        return [(member, b"evil" if member.isreg() else b""), *body]

    pack = _resigned(make_pack(2), trusted, tmp_path, replace=hostile_first)
    _refused(store, pack, installed, *words)
    assert not list(tmp_path.parent.rglob("evil.db"))


def test_a_manifest_naming_a_path_outside_is_refused(
    store, installed, trusted, make_pack, tmp_path
):
    def outside(manifest):
        manifest["files"].append({"name": "../../evil.db", "size": 4, "sha256": "0" * 64})

    pack = _resigned(make_pack(2), trusted, tmp_path, outside)
    _refused(store, pack, installed, "unsafe file name", "../../evil.db")


def test_a_member_larger_than_declared_is_refused(store, installed, trusted, make_pack, tmp_path):
    def bigger(body):
        info, data = body[0]
        return [(info, data + b"\0" * 4096)]

    pack = _resigned(make_pack(2), trusted, tmp_path, replace=bigger)
    _refused(store, pack, installed, "larger than")


def test_a_ten_gigabyte_declaration_is_refused(store, installed, trusted, make_pack, tmp_path):
    def huge(manifest):
        manifest["files"][0]["size"] = 10 * 1024**3

    pack = _resigned(make_pack(2), trusted, tmp_path, huge)
    with pytest.raises(PackError):
        store.install(pack)
    assert store.active().database == installed[0]
    assert not list(store.folder.glob(".staging-*"))


def test_not_enough_disk_space_is_refused_before_copying(store, installed, make_pack, monkeypatch):
    real = shutil.disk_usage

    def nearly_full(path):
        usage = real(path)
        return usage._replace(free=1024 * 1024)

    monkeypatch.setattr(shutil, "disk_usage", nearly_full)
    message = _refused(store, make_pack(2), installed, "not enough disk space")
    assert "MB needed, 1.0 MB free" in message


def test_an_io_error_while_copying_keeps_the_old_data(store, installed, make_pack, monkeypatch):
    import sco_desktop.core.data.packs as packs

    def failing_fsync(_descriptor):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(packs.os, "fsync", failing_fsync)
    _refused(store, make_pack(2), installed, "Input/output error")


def test_a_truncated_pack_is_refused(store, installed, make_pack, tmp_path):
    source = make_pack(2).read_bytes()
    pack = tmp_path / "update-2.scopack"
    pack.write_bytes(source[: len(source) // 2])
    _refused(store, pack, installed)


def test_a_database_that_fails_its_own_checks_is_refused(
    store, installed, trusted, make_pack, tmp_path
):
    import sqlite3

    foreign = tmp_path / "foreign.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("create table t (x)")
    conn.close()
    data = foreign.read_bytes()

    def foreign_database(manifest):
        manifest["files"][0].update(size=len(data), sha256=hashlib.sha256(data).hexdigest())

    def replaced(body):
        return [(body[0][0], data)]

    pack = _resigned(make_pack(2), trusted, tmp_path, foreign_database, replace=replaced)
    _refused(store, pack, installed, "sco.db", "not an SCO reference database")


def test_a_manifest_is_checked_field_by_field():
    good = {
        "format": 1,
        "sequence": 4,
        "created": "2026-01-02T03:04:05+00:00",
        "data_as_of": "2025-12-01",
        "schema_version": SCHEMA_VERSION,
        "files": [{"name": "sco.db", "size": 1, "sha256": "a" * 64}],
    }
    assert parse_manifest(json.dumps(good).encode(), "x").sequence == 4
    for change, words in [
        ({"format": 2}, "newer version"),
        ({"sequence": 0}, "sequence"),
        ({"sequence": True}, "sequence"),
        ({"data_as_of": "soon"}, "data_as_of"),
        ({"files": []}, "lists no files"),
        ({"files": [{"name": "SCO.DB", "size": 1, "sha256": "a" * 64}] * 2}, "twice"),
        ({"files": [{"name": "sco.db", "size": -1, "sha256": "a" * 64}]}, "size"),
    ]:
        with pytest.raises(PackError, match=words):
            parse_manifest(json.dumps({**good, **change}).encode(), "x")


def test_notes_survive_and_a_note_on_removed_data_is_kept(store, make_pack, user_home):
    from sco_desktop.core.data.notes_store import NotesStore

    with NotesStore(locations.user_folder()) as notes:
        notes.save_note(REMOVED_DOCUMENT, "kept across updates")
        notes.set_bookmark("CHN", True)
    store.install(make_pack(2, changed=True))
    with Repository(store.active().database) as repo:
        assert repo.entity(REMOVED_DOCUMENT) is None
    with NotesStore(locations.user_folder()) as notes:
        assert [n.text for n in notes.notes(REMOVED_DOCUMENT)] == ["kept across updates"]
        assert notes.is_bookmarked("CHN")
