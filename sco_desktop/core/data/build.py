"""Builds the reference database from the CSV source tables in data/, validating before it writes.

Build-time only: the application never calls it while browsing, and it never edits the sources.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import itertools
import os
import re
import sqlite3
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pycountry
import sqlite_utils
from sqlite_utils.db import DescIndex

from sco_desktop.core.data import search_index, start_counts
from sco_desktop.core.data.schema import (
    APPLICATION_ID,
    FULL_TEXT_PREFIXES,
    LIST_ORDERS,
    SCHEMA_VERSION,
    SEARCH_KIND_ORDER,
    TABLES,
    TABLES_BY_NAME,
    Table,
    indexed_columns,
)
from sco_desktop.core.domain.dates import date_floor, is_iso_date
from sco_desktop.core.domain.kinds import (
    BODY_KINDS,
    COUNCILS,
    DOCUMENT_KINDS,
    EXERCISE_SERIES,
    FLOWS,
    INDICATORS,
    OFFICES,
    PARTICIPANT_ROLES,
    SOURCE_KINDS,
    STATUSES,
    SUMMIT_FORMATS,
    SUMMIT_ID_PREFIXES,
)
from sco_desktop.core.domain.records import is_declared_gap, summit_title
from sco_desktop.core.domain.sources_policy import refused_host
from sco_desktop.core.infra import locations
from sco_desktop.core.infra.atomic import check_target, write_text_atomically

ENUMERATIONS = {
    "source_kind": SOURCE_KINDS,
    "status": STATUSES,
    "body_kind": BODY_KINDS,
    "council": COUNCILS,
    "summit_format": SUMMIT_FORMATS,
    "participant_role": PARTICIPANT_ROLES,
    "document_kind": DOCUMENT_KINDS,
    "flow": FLOWS,
    "office": OFFICES,
    "indicator": INDICATORS,
    "exercise_series": EXERCISE_SERIES,
}
META_FILE = "meta.csv"
_ENTITY_TABLES = ("states", "bodies", "summits", "documents", "exercises", "sources")
ENTITY_COLUMNS = ("id", "kind", "name", "name_ru", "name_zh", "aliases", "places", "summary")


class BuildError(Exception):
    """The sources do not validate; `problems` holds one line per problem, naming file and row."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(
            f"{len(problems)} problem(s) in the source tables:\n" + "\n".join(problems)
        )
        self.problems = problems


@dataclass(frozen=True)
class Row:
    file: str
    line: int
    values: dict

    def where(self) -> str:
        return f"{self.file}, line {self.line}"


def read_sources(folder: Path) -> tuple[dict[str, str], dict[str, list[Row]]]:
    """Reads meta.csv and one CSV per table; checks columns, types, enumerations and dates."""
    # A long summary or note must not stop the build at the csv module's 128 KiB default.
    csv.field_size_limit(2**31 - 1)
    problems: list[str] = []
    meta: dict[str, str] = {}
    meta_path = folder / META_FILE
    if not meta_path.is_file():
        raise BuildError([f"{META_FILE}: missing"])
    with meta_path.open(newline="", encoding="utf-8") as handle:
        for record in csv.DictReader(handle):
            meta[record["key"]] = record["value"]
    if not is_iso_date(meta.get("data_as_of", "")):
        problems.append(f"{META_FILE}: data_as_of is missing or not an ISO date")

    tables: dict[str, list[Row]] = {}
    for table in TABLES:
        path = folder / table.file_name
        if not path.is_file():
            problems.append(f"{table.file_name}: missing")
            continue
        tables[table.name] = _read_table(table, path, problems)
    if problems:
        raise BuildError(problems)
    return meta, tables


def _read_table(table: Table, path: Path, problems: list[str]) -> list[Row]:
    rows: list[Row] = []
    expected = [c.name for c in table.columns]
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        header = reader.fieldnames or []
        unknown = [name for name in header if name not in expected]
        absent = [name for name in expected if name not in header]
        if unknown or absent:
            problems.append(
                f"{table.file_name}: columns differ from the schema"
                f" (unknown: {unknown or 'none'}; missing: {absent or 'none'})"
            )
            return rows
        for record in reader:
            row = Row(table.file_name, reader.line_num, {})
            for column in table.columns:
                raw = (record.get(column.name) or "").strip()
                row.values[column.name] = _convert(table, column, raw, row, problems)
            rows.append(row)
    return rows


def _convert(table, column, raw, row, problems):
    if not raw:
        if column.required:
            problems.append(f"{row.where()}: {column.name} is empty")
        return None
    if column.type is int:
        try:
            value = int(raw)
        except ValueError:
            problems.append(f"{row.where()}: {column.name} {raw!r} is not a whole number")
            return None
        if value <= 0:
            problems.append(f"{row.where()}: {column.name} {raw!r} is not positive")
        return value
    if column.kind == "date" and not is_iso_date(raw):
        problems.append(f"{row.where()}: {column.name} {raw!r} is not an ISO date")
    elif column.kind == "iso3" and (
        raw != raw.upper() or pycountry.countries.get(alpha_3=raw) is None
    ):
        problems.append(f"{row.where()}: {raw!r} is not an upper-case ISO 3166-1 alpha-3 code")
    elif column.kind in ENUMERATIONS and raw not in ENUMERATIONS[column.kind]:
        allowed = ", ".join(ENUMERATIONS[column.kind])
        problems.append(f"{row.where()}: {column.name} {raw!r} is not one of: {allowed}")
    return raw


def validate(meta: dict[str, str], tables: dict[str, list[Row]]) -> None:
    """Checks keys, references and the rules that span rows; raises BuildError listing all."""
    problems: list[str] = []
    keys: dict[str, set] = {}
    for table in TABLES:
        seen: set = set()
        for row in tables[table.name]:
            key = tuple(row.values[name] for name in table.pk)
            if key in seen:
                problems.append(f"{row.where()}: duplicate key {', '.join(map(str, key))}")
            seen.add(key)
        keys[table.name] = {key[0] for key in seen} if len(table.pk) == 1 else seen

    for table in TABLES:
        for column in (c for c in table.columns if c.references):
            targets = column.references.split("|")
            for row in tables[table.name]:
                value = row.values[column.name]
                if value is not None and not any(value in keys[t] for t in targets):
                    problems.append(
                        f"{row.where()}: {column.name} {value!r} names no row of"
                        f" {' or '.join(targets)}"
                    )

    _check_entity_ids(tables, problems)
    _check_status_histories(meta, tables["state_statuses"], problems)
    _check_date_order(tables, problems)
    _check_leaders(tables["leaders"], problems)
    _check_chairmanships(tables["chairmanships"], problems)
    _check_not_after(meta, tables, problems)
    _check_summit_ids(tables["summits"], problems)
    _check_exercise_years(tables["exercises"], problems)
    _check_sources(tables["sources"], problems)
    _check_supporting_sources(tables, keys["sources"], problems)
    if problems:
        raise BuildError(problems)


def _check_entity_ids(tables, problems):
    owners: dict[str, str] = {}
    for name in _ENTITY_TABLES:
        for row in tables[name]:
            key = row.values["id"].casefold()
            if key in owners:
                problems.append(
                    f"{row.where()}: id {row.values['id']!r} is also a {owners[key]} id"
                )
            owners[key] = name


def _check_status_histories(meta, rows: Iterable[Row], problems):
    by_state: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        by_state[row.values["state_id"]].append(row)
    for state, history in by_state.items():
        history.sort(key=lambda r: date_floor(r.values["start_date"] or "0000"))
        current = [r for r in history if r.values["end_date"] is None]
        if len(current) != 1:
            problems.append(
                f"state_statuses.csv: {state} has {len(current)} current statuses (exactly one"
                " row must have an empty end_date)"
            )
        for earlier, later in itertools.pairwise(history):
            end = earlier.values["end_date"]
            if end is None or date_floor(end) > date_floor(later.values["start_date"]):
                problems.append(
                    f"{later.where()}: {state}'s {later.values['status']} status starts before"
                    f" its {earlier.values['status']} status ({earlier.where()}) ends"
                )
    as_of = meta.get("data_as_of", "")
    for row in rows:
        start = row.values["start_date"]
        if start and as_of and date_floor(start) > as_of:
            problems.append(f"{row.where()}: start_date {start} is after the data's as-of date")


# Periods of holding something end on the first day it is no longer held (exclusive), so the
# end must come after the start; events (meetings, exercises) give their last day.
_PERIODS = ("state_statuses", "office_holders", "leaders", "chairmanships")
_EVENTS = ("summits", "exercises")


def _check_date_order(tables, problems):
    for name in _PERIODS + _EVENTS:
        for row in tables[name]:
            start, end = row.values["start_date"], row.values["end_date"]
            if not (start and end):
                continue
            if name in _PERIODS and date_floor(end) <= date_floor(start):
                problems.append(
                    f"{row.where()}: end_date {end} is not after start_date {start} (an end"
                    " date is the first day no longer held)"
                )
            elif date_floor(start) > date_floor(end):
                problems.append(f"{row.where()}: end_date {end} is before start_date {start}")


def _periods_by(rows: Iterable[Row], *key: str) -> dict[tuple, list[Row]]:
    """Rows grouped by `key` columns, each group in order of start date (unknown start first)."""
    groups: dict[tuple, list[Row]] = defaultdict(list)
    for row in rows:
        groups[tuple(row.values[k] for k in key)].append(row)
    for group in groups.values():
        group.sort(key=lambda r: date_floor(r.values["start_date"] or "0000"))
    return groups


def _check_leaders(rows: list[Row], problems: list[str]) -> None:
    """Per state and office: one holder after another, without overlaps or unexplained gaps.

    Only the first holder may have an unknown start (in office before the records begin), and
    only the last may be in office still (an empty end date). A gap is a typing slip unless the
    successor's note starts with "Gap:" and says why no holder is recorded (an acting holder no
    citable source names): the pane then shows the days without a holder as such.
    """
    for (state, office), chain in _periods_by(rows, "state_id", "office").items():
        for row in chain[1:]:
            if not row.values["start_date"]:
                problems.append(
                    f"{row.where()}: {state} {office}: only the first holder may have an"
                    " empty start_date"
                )
        for earlier, later in itertools.pairwise(chain):
            end, start = earlier.values["end_date"], later.values["start_date"]
            if end is None:
                problems.append(
                    f"{earlier.where()}: {state} {office}: {earlier.values['person']} has no"
                    f" end_date but {later.values['person']} follows ({later.where()})"
                )
            elif start and _same_day_possible(end, start):
                continue  # the same day, or a partial date that may be it (2003-06, 2003-06-11)
            elif start and date_floor(end) > date_floor(start):
                problems.append(
                    f"{later.where()}: {state} {office}: {later.values['person']} starts"
                    f" before {earlier.values['person']} ends ({earlier.where()})"
                )
            elif start and not is_declared_gap(later.values["note"]):
                problems.append(
                    f"{later.where()}: {state} {office}: gap from {end} to {start} after"
                    f" {earlier.values['person']} (an end date is the successor's first day;"
                    ' a gap the sources leave starts the successor\'s note with "Gap:")'
                )


def _same_day_possible(one: str, other: str) -> bool:
    """Whether two dates, one perhaps partial, can name the same day: 2003-06 and 2003-06-11."""
    return one.startswith(other) or other.startswith(one)


def _check_chairmanships(rows: list[Row], problems: list[str]) -> None:
    """The chairmanship passes from one state to the next: no overlaps, at most one current."""
    chain = _periods_by(rows).get((), [])
    current = [r for r in chain if r.values["end_date"] is None]
    if len(current) > 1:
        problems.append(
            f"chairmanships.csv: {len(current)} current chairmanships (at most one row may"
            " have an empty end_date)"
        )
    for earlier, later in itertools.pairwise(chain):
        end = earlier.values["end_date"]
        if end is not None and date_floor(end) > date_floor(later.values["start_date"]):
            problems.append(
                f"{later.where()}: {later.values['state_id']}'s chairmanship starts before"
                f" {earlier.values['state_id']}'s ends ({earlier.where()})"
            )


def _check_not_after(meta, tables, problems):
    """Nothing the data describes may begin after the date the data describes."""
    as_of = meta.get("data_as_of", "")
    if not as_of:
        return
    for name in ("leaders", "chairmanships", "office_holders", "summits", "exercises"):
        for row in tables[name]:
            start = row.values["start_date"]
            if start and date_floor(start) > as_of:
                problems.append(
                    f"{row.where()}: start_date {start} is after the data's as-of date {as_of}"
                )
    for name in ("indicators", "exercises"):
        for row in tables[name]:
            if row.values["year"] is not None and str(row.values["year"]) > as_of[:4]:
                problems.append(
                    f"{row.where()}: year {row.values['year']} is after the data's as-of date"
                )


def _check_summit_ids(rows: list[Row], problems: list[str]) -> None:
    for row in rows:
        prefix = SUMMIT_ID_PREFIXES.get(row.values["council"] or "")
        if prefix is None:
            continue  # the council itself is reported as not an enumerated value
        pattern = rf"{prefix}-{row.values['year']}(-[0-9]+)?"
        if not re.fullmatch(pattern, row.values["id"]):
            problems.append(
                f"{row.where()}: id {row.values['id']!r} does not read {prefix}-"
                f"{row.values['year']} (with a suffix such as -2 for a second meeting that year)"
            )


def _check_exercise_years(rows: list[Row], problems: list[str]) -> None:
    for row in rows:
        start = row.values["start_date"]
        if start and row.values["year"] is not None and start[:4] != str(row.values["year"]):
            problems.append(
                f"{row.where()}: year {row.values['year']} differs from start_date {start}"
            )


_SUPPORTED_BY = re.compile(r"Also supported by:([^.]*)")
_SOURCE_ID = re.compile(r"\b[a-z][a-z0-9]*(?:-[a-z0-9]+)+\b")


def _check_supporting_sources(tables, source_ids, problems):
    """The sources a note names as further support ("Also supported by: ...") must exist."""
    for table in TABLES:
        if not any(c.name == "note" for c in table.columns) or table.name == "sources":
            continue
        for row in tables[table.name]:
            for listed in _SUPPORTED_BY.findall(row.values["note"] or ""):
                for source_id in _SOURCE_ID.findall(listed):
                    if source_id not in source_ids:
                        problems.append(
                            f"{row.where()}: the note names {source_id!r} as a supporting"
                            " source, but no row of sources has that id"
                        )


def _check_sources(rows: list[Row], problems: list[str]) -> None:
    """No source may be on a refused host (docs/sources.md)."""
    for row in rows:
        refused = refused_host(row.values["url"])
        if refused:
            problems.append(
                f"{row.where()}: source {row.values['id']!r} is on the refused host {refused}"
                " (docs/sources.md)"
            )


def build(source_folder: Path | None = None, out: Path | None = None) -> Path:
    """Validates the CSV tables and writes the database atomically; returns its path.

    A temporary file in the target folder is filled, checked and renamed over `out`, so a
    failed build leaves the previous database untouched. The SHA-256 manifest is written
    beside it for `sco-desktop verify`.
    """
    source_folder = source_folder or locations.data_folder()
    out = out or locations.bundled_database()
    meta, tables = read_sources(source_folder)
    validate(meta, tables)

    out.parent.mkdir(parents=True, exist_ok=True)
    # Both targets are checked first: a manifest that cannot be written must not leave a new
    # database behind the old manifest.
    check_target(out)
    check_target(locations.manifest_for(out))
    handle, temporary = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    os.close(handle)
    temporary_path = Path(temporary)
    try:
        temporary_path.unlink()
        _write(temporary_path, meta, tables)
        digest = hashlib.sha256(temporary_path.read_bytes()).hexdigest()
        os.replace(temporary_path, out)
        write_text_atomically(locations.manifest_for(out), f"{digest}  {out.name}\n")
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary_path.unlink()
    return out


def _write(path: Path, meta: dict[str, str], tables: dict[str, list[Row]]) -> None:
    db = sqlite_utils.Database(path)
    try:
        for table in TABLES:
            db[table.name].create(
                {c.name: c.type for c in table.columns},
                pk=table.pk if len(table.pk) > 1 else table.pk[0],
                not_null={c.name for c in table.columns if c.required},
            )
            rows = sorted(
                (r.values for r in tables[table.name]),
                key=lambda values: tuple(str(values[name]) for name in table.pk),
            )
            db[table.name].insert_all(rows)
        _add_foreign_keys(db)
        add_indexes(db)
        meta_rows = [
            {"key": "schema_version", "value": str(SCHEMA_VERSION)},
            *({"key": k, "value": v} for k, v in sorted(meta.items())),
        ]
        db["meta"].insert_all(meta_rows, pk="key")
        write_derived(db)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.conn.commit()
        db.vacuum()
    finally:
        db.close()
    check = sqlite3.connect(path)
    try:
        if check.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise BuildError(["the written database fails its integrity check"])
        if check.execute("PRAGMA foreign_key_check").fetchall():
            raise BuildError(["the written database fails its foreign key check"])
    finally:
        check.close()


def _add_foreign_keys(db: sqlite_utils.Database) -> None:
    # Declared so that analysts browsing the file in Datasette or DB Browser see the links.
    for table in TABLES:
        for column in table.columns:
            if column.references and "|" not in column.references:
                target = TABLES_BY_NAME[column.references]
                db[table.name].add_foreign_key(column.name, target.name, target.pk[0])


def add_indexes(db: sqlite_utils.Database) -> None:
    """An index on every reference column (source_id included), so look-ups by id never scan,
    and one per browsable list in its order (schema.LIST_ORDERS)."""
    for table in TABLES:
        for column in indexed_columns(table):
            db[table.name].create_index([column], if_not_exists=True)
    for table, order in LIST_ORDERS.items():
        columns = [DescIndex(name.split()[0]) if name.endswith(" desc") else name for name in order]
        db[table].create_index(columns, index_name=f"list_{table}", if_not_exists=True)


def write_derived(db: sqlite_utils.Database) -> None:
    """The tables made from the others: entities, their full-text index, the search vocabulary,
    the counts a start shows."""
    _write_entities(db)
    rows = db.execute(
        "select rowid, name, name_ru, name_zh, aliases, places, summary from entities"
    ).fetchall()
    search_index.write(db.conn, ((row[0], row[1:4], row[4:7]) for row in rows))
    start_counts.write(db.conn)


def _write_entities(db: sqlite_utils.Database) -> None:
    """One row per browsable entity, with its names in three languages, for lookup and search."""
    cities = {row["name"]: row for row in db["cities"].rows}

    def places(*names):
        found = [cities.get(n) for n in names if n]
        return " ".join(
            filter(
                None,
                (
                    p
                    for city in found
                    if city
                    for p in (city["name"], city["name_ru"], city["name_zh"])
                ),
            )
        )

    # A state is found by its leaders' names too, in the three languages.
    leaders: dict[str, list[str]] = defaultdict(list)
    for leader in db["leaders"].rows:
        names = (leader["person"], leader["person_ru"], leader["person_zh"])
        leaders[leader["state_id"]] += [
            n for n in names if n and n not in leaders[leader["state_id"]]
        ]
    entities = []
    for state in db["states"].rows:
        entities.append(
            {
                "id": state["id"],
                "kind": "state",
                "name": state["name"],
                "name_ru": state["name_ru"],
                "name_zh": state["name_zh"],
                "aliases": " ".join(
                    filter(None, (state["official_name"], state["id"], *leaders[state["id"]]))
                ),
                "places": places(state["capital"]),
                "summary": state["summary"],
            }
        )
    for body in db["bodies"].rows:
        entities.append(
            {
                "id": body["id"],
                "kind": "body",
                "name": body["name"],
                "name_ru": body["name_ru"],
                "name_zh": body["name_zh"],
                "aliases": body["id"],
                "places": places(body["seat_city"]),
                "summary": body["summary"],
            }
        )
    for summit in db["summits"].rows:
        city = cities.get(summit["city"] or "")
        entities.append(
            {
                "id": summit["id"],
                "kind": "summit",
                "name": summit_title(
                    summit["city"], summit["year"], summit["council"], summit["format"]
                ),
                "name_ru": f"{city['name_ru']} {summit['year']}"
                if city and city["name_ru"]
                else None,
                "name_zh": f"{summit['year']} {city['name_zh']}"
                if city and city["name_zh"]
                else None,
                "aliases": summit["id"],
                "places": places(summit["city"]),
                "summary": summit["summary"],
            }
        )
    for document in db["documents"].rows:
        entities.append(
            {
                "id": document["id"],
                "kind": "document",
                "name": document["title"],
                "name_ru": document["title_ru"],
                "name_zh": document["title_zh"],
                "aliases": document["id"],
                "places": places(document["signed_place"]),
                "summary": document["summary"],
            }
        )
    for exercise in db["exercises"].rows:
        entities.append(
            {
                "id": exercise["id"],
                "kind": "exercise",
                "name": exercise["name"],
                "name_ru": None,
                "name_zh": None,
                "aliases": exercise["id"],
                "places": exercise["place"],
                "summary": exercise["summary"],
            }
        )
    for source in db["sources"].rows:
        entities.append(
            {
                "id": source["id"],
                "kind": "source",
                "name": source["title"],
                "name_ru": None,
                "name_zh": None,
                "aliases": " ".join(filter(None, (source["author"], source["publisher"]))),
                "places": None,
                # A search hit on a source says first who published it and when.
                "summary": ". ".join(
                    filter(
                        None,
                        (
                            ", ".join(filter(None, (source["publisher"], source["published"]))),
                            source["note"],
                        ),
                    )
                ),
            }
        )
    # Basic kinds first, sources last: search ranks the first matches from either end.
    entities.sort(key=lambda e: (SEARCH_KIND_ORDER[e["kind"]], e["id"]))
    db["entities"].create(
        {column: str for column in ENTITY_COLUMNS}, pk="id", not_null={"id", "kind"}
    )
    db["entities"].insert_all(entities)
    columns = ["name", "name_ru", "name_zh", "aliases", "places", "summary"]
    # Written out rather than through sqlite-utils' enable_fts, which cannot add the prefix
    # indexes; the same statement otherwise, so sqlite-utils still finds and drops the index.
    db.executescript(
        f"CREATE VIRTUAL TABLE [entities_fts] USING FTS5 (\n"
        f"    {', '.join(f'[{column}]' for column in columns)},\n"
        f"    tokenize='unicode61 remove_diacritics 2',\n"
        f"    prefix='{FULL_TEXT_PREFIXES}',\n"
        f"    content=[entities]\n)"
    )
    db["entities"].populate_fts(columns)
