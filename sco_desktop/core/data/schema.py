"""The reference database's public contract: tables, columns, enumerations and version numbers.

Shared by the build and the repository; it holds declarations only, no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass

SCHEMA_VERSION = 2
"""The version of the table contract (docs/schema.md): 2 added leaders, chairmanships, exercises,
indicators and document parties. The search index and the indexes that build-db derives from the
tables are not part of the contract and do not change its version; a file without them is refused
by its missing tables."""
APPLICATION_ID = 0x53434F44  # "SCOD": tells our reference file from any other SQLite file


@dataclass(frozen=True)
class Column:
    name: str
    type: type = str
    required: bool = False
    references: str | None = None
    """`table` whose primary key this column must name, or `table|table` for either."""
    kind: str = "text"
    """text, date (ISO 8601, YYYY / YYYY-MM / YYYY-MM-DD), or an enumeration name."""


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    pk: tuple[str, ...]

    @property
    def file_name(self) -> str:
        return f"{self.name}.csv"

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)


def _source() -> Column:
    return Column("source_id", required=True, references="sources")


def _note() -> Column:
    return Column("note")


TABLES: tuple[Table, ...] = (
    Table(
        "sources",
        (
            Column("id", required=True),
            Column("title", required=True),
            Column("author"),
            Column("publisher"),
            Column("published", kind="date"),
            Column("url"),
            Column("kind", required=True, kind="source_kind"),
            Column("accessed", kind="date"),
            _note(),
        ),
        ("id",),
    ),
    Table(
        "states",
        (
            Column("id", required=True, kind="iso3"),
            Column("name", required=True),
            Column("official_name"),
            Column("name_ru"),
            Column("name_zh"),
            Column("capital", references="cities"),
            Column("summary"),
            _source(),
            _note(),
        ),
        ("id",),
    ),
    Table(
        "cities",
        (
            Column("name", required=True),
            Column("name_ru"),
            Column("name_zh"),
            Column("state_id", references="states"),
            _source(),
            _note(),
        ),
        ("name",),
    ),
    Table(
        "state_statuses",
        (
            Column("state_id", required=True, references="states"),
            Column("status", required=True, kind="status"),
            Column("start_date", required=True, kind="date"),
            Column("end_date", kind="date"),
            Column("decided_at", references="summits"),
            _source(),
            _note(),
        ),
        ("state_id", "start_date"),
    ),
    Table(
        "bodies",
        (
            Column("id", required=True),
            Column("name", required=True),
            Column("name_ru"),
            Column("name_zh"),
            Column("kind", required=True, kind="body_kind"),
            Column("seat_city", references="cities"),
            Column("seat_state_id", references="states"),
            Column("established", kind="date"),
            Column("summary"),
            _source(),
            _note(),
        ),
        ("id",),
    ),
    Table(
        "office_holders",
        (
            Column("body_id", required=True, references="bodies"),
            Column("role", required=True),
            Column("person", required=True),
            Column("state_id", references="states"),
            Column("start_date", kind="date"),
            Column("end_date", kind="date"),
            _source(),
            _note(),
        ),
        ("body_id", "role", "person"),
    ),
    Table(
        "summits",
        (
            Column("id", required=True),
            Column("council", required=True, kind="council"),
            Column("number", type=int),
            Column("year", type=int, required=True),
            Column("city", references="cities"),
            Column("host_state_id", references="states"),
            Column("start_date", kind="date"),
            Column("end_date", kind="date"),
            Column("format", kind="summit_format"),
            Column("chair", references="states"),
            Column("summary"),
            _source(),
            _note(),
        ),
        ("id",),
    ),
    Table(
        "summit_participants",
        (
            Column("summit_id", required=True, references="summits"),
            Column("state_id", required=True, references="states"),
            Column("role", required=True, kind="participant_role"),
            _source(),
            _note(),
            Column("person"),
        ),
        ("summit_id", "state_id"),
    ),
    Table(
        "documents",
        (
            Column("id", required=True),
            Column("title", required=True),
            Column("kind", required=True, kind="document_kind"),
            Column("signed_date", kind="date"),
            Column("signed_place", references="cities"),
            Column("in_force_date", kind="date"),
            Column("summit_id", references="summits"),
            Column("summary"),
            _source(),
            _note(),
            Column("title_ru"),
            Column("title_zh"),
        ),
        ("id",),
    ),
    Table(
        "document_parties",
        (
            Column("document_id", required=True, references="documents"),
            Column("state_id", required=True, references="states"),
            _source(),
            _note(),
        ),
        ("document_id", "state_id"),
    ),
    Table(
        "groups",
        (
            Column("id", required=True),
            Column("name", required=True),
            Column("summary"),
            _source(),
        ),
        ("id",),
    ),
    Table(
        "trade",
        (
            Column("reporter", required=True, references="states"),
            Column("partner", required=True, references="states|groups"),
            Column("year", type=int, required=True),
            Column("flow", required=True, kind="flow"),
            Column("value_usd", type=int, required=True),
            _source(),
            _note(),
        ),
        ("reporter", "partner", "year", "flow"),
    ),
)

# Version 2 ---------------------------------------------------------------------------------------
TABLES += (
    Table(
        "leaders",
        (
            Column("state_id", required=True, references="states"),
            Column("office", required=True, kind="office"),
            Column("person", required=True),
            Column("person_ru"),
            Column("person_zh"),
            Column("start_date", kind="date"),
            Column("end_date", kind="date"),
            _source(),
            _note(),
        ),
        ("state_id", "office", "person", "start_date"),
    ),
    Table(
        "chairmanships",
        (
            Column("state_id", required=True, references="states"),
            Column("start_date", required=True, kind="date"),
            Column("end_date", kind="date"),
            _source(),
            _note(),
        ),
        ("start_date",),
    ),
    Table(
        "exercises",
        (
            Column("id", required=True),
            Column("name", required=True),
            Column("series", kind="exercise_series"),
            Column("year", type=int, required=True),
            Column("start_date", kind="date"),
            Column("end_date", kind="date"),
            Column("host_state_id", references="states"),
            Column("place"),
            Column("summary"),
            _source(),
            _note(),
        ),
        ("id",),
    ),
    Table(
        "exercise_participants",
        (
            Column("exercise_id", required=True, references="exercises"),
            Column("state_id", required=True, references="states"),
            _source(),
            _note(),
        ),
        ("exercise_id", "state_id"),
    ),
    Table(
        "indicators",
        (
            Column("state_id", required=True, references="states"),
            Column("indicator", required=True, kind="indicator"),
            Column("year", type=int, required=True),
            Column("value", type=int, required=True),
            _source(),
            _note(),
        ),
        ("state_id", "indicator", "year"),
    ),
)

TABLES_BY_NAME = {table.name: table for table in TABLES}


def indexed_columns(table: Table) -> list[str]:
    """The columns of `table` that get an index of their own: every reference, source_id too.

    A reference that leads the primary key is left out: the key's own index already serves it.
    """
    return [
        column.name
        for column in table.columns
        if column.references and not (len(table.pk) > 1 and column.name == table.pk[0])
    ]


LIST_ORDERS: dict[str, tuple[str, ...]] = {
    "states": ("name", "id"),
    "bodies": ("kind", "name", "id"),
    "summits": ("council", "year desc", "start_date desc", "id"),
    "documents": ("signed_date desc", "id"),
    "exercises": ("year desc", "start_date desc", "id"),
}
"""The order each browsable list is read in, a page at a time; each gets an index in that
order, so a page is read from the index without sorting every row first."""

FULL_TEXT_PREFIXES = "1 2"
"""Prefix lengths the full-text index keeps lists of its own for: the first letter or two of a
query would otherwise merge the lists of every word beginning with them, a cost in proportion
to the data."""
SEARCH_KIND_ORDER = {"state": 0, "body": 1, "summit": 2, "document": 3, "exercise": 4, "source": 5}
"""Among hits found equally well, the order of their kinds: sources, cited by all, come last.
`entities` is written in this order too, so its rowids run from states to sources."""
SEARCH_WORDS = "search_words"
"""Every distinct word (case-folded) of the entities' names, aliases, places and summaries."""
SEARCH_GRAMS = "search_grams"
"""Each two-character piece of each word, for finding words inside words and near misses."""
SEARCH_POSTINGS = "search_postings"
"""Which entity (`entities` rowid) uses which word, and whether in one of its names."""
START_COUNTS = "start_counts"
"""The rows of each table and the states by status from each day those change (start_counts.py)."""
