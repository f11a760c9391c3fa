"""The counts the window shows before anything is opened, written once by build-db.

How many rows each table holds, and how many states held each status on any day, are counted
here, for the build and for a file built before the counts were written alike. `build-db` keeps
the results in one small table (schema.START_COUNTS): the rows of each table, and the states by
status from each day a status began or ended, the only days those counts can change on. A start
then reads a few rows of it instead of counting tables that grow with the data.

It holds no Qt and opens no file; the repository and the build hand it a connection. The file
never changes after the build, so what is written stays true.
"""

from __future__ import annotations

import sqlite3

from sco_desktop.core.data.schema import START_COUNTS

COUNTED_TABLES = {
    "states": "states",
    "bodies": "bodies",
    "summits": "summits",
    "documents": "documents",
    "office_holders": "office_holders",
    "trade_rows": "trade",
    "sources": "sources",
    "status_periods": "state_statuses",
    "exercises": "exercises",
}
"""records.Counts field -> the table whose rows it counts."""

_TABLE_ROWS = "rows"
_STATUS = "status"
"""The two kinds of count the table keeps (its `what` column)."""
_NO_STATUS = ""
"""The key under which the states holding no status on the day are counted."""


def floor_sql(column: str) -> str:
    """dates.date_floor as SQL: the earliest full date a partial date in `column` can mean."""
    return (
        f"(case length({column}) when 4 then {column} || '-01-01'"
        f" when 7 then {column} || '-01' else {column} end)"
    )


HELD_SQL = (
    f"{floor_sql('start_date')} <= :day and (end_date is null or :day < {floor_sql('end_date')})"
)
"""dates.held_on as SQL: a status period covering the full date :day."""

WITHOUT_STATUS_SQL = (
    "not exists(select 1 from state_statuses p where p.state_id = s.id and "
    + HELD_SQL
    + ") and (not exists(select 1 from state_statuses p where p.state_id = s.id)"
    " or exists(select 1 from state_statuses p where p.state_id = s.id and "
    + floor_sql("p.start_date")
    + " <= :day))"
)
"""A state `s` that held no status on :day, and was involved by then (or never held one)."""


# -- counting, for the build and for a file without the table -----------------------------------


def count_tables(conn: sqlite3.Connection) -> dict[str, int]:
    """records.Counts field -> rows, counted."""
    return {
        field: conn.execute(f"select count(*) from {table}").fetchone()[0]
        for field, table in COUNTED_TABLES.items()
    }


def count_statuses(conn: sqlite3.Connection, day: str) -> dict[str | None, int]:
    """How many states held each status on the full date `day`; under None, the states that
    held none then but had been involved (or never held one). Counted."""
    rows = conn.execute(
        f"select status, count(*) from state_statuses where {HELD_SQL} group by status",
        {"day": day},
    ).fetchall()
    others = conn.execute(
        f"select count(*) from states s where {WITHOUT_STATUS_SQL}", {"day": day}
    ).fetchone()[0]
    counts: dict[str | None, int] = {row[0]: row[1] for row in rows}
    if others:
        counts[None] = others
    return counts


# -- build time ---------------------------------------------------------------------------------


def write(conn: sqlite3.Connection) -> None:
    """(Re)writes the table from the others: the rows of each table, and the states by status
    from each day the counts can change on, and from before the first ("")."""
    conn.execute(f"drop table if exists {START_COUNTS}")
    conn.execute(
        f"create table {START_COUNTS} (what text not null, since text not null,"
        " key text not null, count integer not null, primary key (what, since, key))"
        " without rowid"
    )
    rows = [(_TABLE_ROWS, "", field, n) for field, n in count_tables(conn).items()]
    # Every comparison with :day is `boundary <= :day` or `:day < boundary`: the counts hold
    # from one boundary up to the next.
    days = conn.execute(
        f"select {floor_sql('start_date')} from state_statuses union"
        f" select {floor_sql('end_date')} from state_statuses where end_date is not null"
    ).fetchall()
    for day in ["", *(row[0] for row in days)]:
        for status, n in count_statuses(conn, day).items():
            rows.append((_STATUS, day, _NO_STATUS if status is None else status, n))
    conn.executemany(f"insert into {START_COUNTS} values (?, ?, ?, ?)", rows)


# -- reading ------------------------------------------------------------------------------------


def table_rows(conn: sqlite3.Connection) -> dict[str, int]:
    """records.Counts field -> rows, as written by the build."""
    return dict(
        conn.execute(
            f"select key, count from {START_COUNTS} where what = ? and since = ''", (_TABLE_ROWS,)
        ).fetchall()
    )


def statuses_on(conn: sqlite3.Connection, day: str) -> dict[str | None, int]:
    """As count_statuses, from the counts written for the last boundary on or before `day`."""
    rows = conn.execute(
        f"select key, count from {START_COUNTS} where what = :what and since ="
        f" (select max(since) from {START_COUNTS} where what = :what and since <= :day)",
        {"what": _STATUS, "day": day},
    ).fetchall()
    return {(None if key == _NO_STATUS else key): n for key, n in rows}
