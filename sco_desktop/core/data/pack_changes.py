"""What a data update changes: per table, the rows added, changed and removed, and the as-of
dates before and after.

Both databases are opened read-only and compared row by row on their primary keys (the tables
are small: this is a summary for a person deciding whether to switch, not a diff engine). Only
tables both files hold are compared. No Qt; it writes nothing.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sco_desktop.core.data.schema import TABLES


@dataclass(frozen=True)
class TableChange:
    table: str
    added: int
    changed: int
    removed: int


@dataclass(frozen=True)
class ChangeSummary:
    old_as_of: str
    new_as_of: str
    tables: tuple[TableChange, ...]

    @property
    def unchanged(self) -> bool:
        return not any(t.added or t.changed or t.removed for t in self.tables)


def compare(old: Path, new: Path) -> ChangeSummary:
    """The changes from the database `old` to `new`; sqlite3.Error if either is unreadable."""
    old_conn, new_conn = _open(old), _open(new)
    try:
        old_tables, new_tables = _table_names(old_conn), _table_names(new_conn)
        changes = []
        for table in TABLES:
            if table.name in old_tables and table.name in new_tables:
                before = _rows(old_conn, table.name, table.pk)
                after = _rows(new_conn, table.name, table.pk)
                kept = after.keys() & before.keys()
                changes.append(
                    TableChange(
                        table.name,
                        added=len(after.keys() - before.keys()),
                        changed=sum(1 for k in kept if after[k] != before[k]),
                        removed=len(before.keys() - after.keys()),
                    )
                )
        return ChangeSummary(_as_of(old_conn), _as_of(new_conn), tuple(changes))
    finally:
        old_conn.close()
        new_conn.close()


def _open(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    conn.execute("PRAGMA trusted_schema = OFF")
    return conn


def _table_names(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("select name from sqlite_master where type = 'table'")}


def _rows(conn: sqlite3.Connection, table: str, pk: tuple[str, ...]) -> dict[tuple, dict]:
    # Table and column names come from the schema module, never from the files compared.
    cursor = conn.execute(f'select * from "{table}"')
    columns = [d[0] for d in cursor.description]
    keys = [columns.index(name) for name in pk]
    return {tuple(row[i] for i in keys): dict(zip(columns, row, strict=True)) for row in cursor}


def _as_of(conn: sqlite3.Connection) -> str:
    row = conn.execute("select value from meta where key = 'data_as_of'").fetchone()
    return row[0] if row else ""
