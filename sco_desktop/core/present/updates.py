"""The words for data updates: what a pack is and what it would change, and where the data
shown comes from. Shared by `sco-desktop pack` and the window's install dialog and status bar,
so both say the same. Plain text, no Qt.
"""

from __future__ import annotations

from sco_desktop.core.data.pack_changes import ChangeSummary
from sco_desktop.core.data.pack_store import ActiveData, InstalledPack, PreparedUpdate


def verification_lines(prepared: PreparedUpdate) -> list[str]:
    manifest = prepared.manifest
    return [
        f"{prepared.pack.name}: signature, manifest, file sizes and SHA-256, and database"
        " checks passed",
        f"Signed by {prepared.key.describe()}",
        f"Update {manifest.sequence}, made {manifest.created[:10]}, data as of"
        f" {manifest.data_as_of} (schema {manifest.schema_version})",
    ]


def change_lines(changes: ChangeSummary) -> list[str]:
    lines = [f"Data as of {changes.old_as_of} → {changes.new_as_of}"]
    if changes.unchanged:
        return [*lines, "No rows differ."]
    for table in changes.tables:
        if table.added or table.changed or table.removed:
            lines.append(
                f"{table.table}: {table.added} added, {table.changed} changed,"
                f" {table.removed} removed"
            )
    return lines


def pack_line(pack: InstalledPack) -> str:
    return (
        f"update {pack.sequence}: data as of {pack.data_as_of}, made {pack.created[:10]},"
        f" installed {pack.installed[:10]}, signed by {pack.key}"
    )


def data_origin(data_as_of: str, active: ActiveData | None) -> str:
    """The status bar's words: the data's date, and the update it came from, if any."""
    if active is None or active.pack is None:
        return f"Data as of {data_as_of}"
    pack = active.pack
    return f"Data as of {data_as_of} (update {pack.sequence}, installed {pack.installed[:10]})"
