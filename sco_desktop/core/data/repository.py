"""Read-only queries against the reference database: the only place with SQL, and no Qt.

Every public method returns frozen records from `records`; a damaged or foreign file raises
`DatabaseError` with a message fit for a user, never a bare sqlite3 error.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from sco_desktop.core.data import search_index, start_counts
from sco_desktop.core.data.schema import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    SEARCH_GRAMS,
    SEARCH_KIND_ORDER,
    SEARCH_POSTINGS,
    SEARCH_WORDS,
    START_COUNTS,
    TABLES,
)
from sco_desktop.core.data.start_counts import HELD_SQL, WITHOUT_STATUS_SQL, floor_sql
from sco_desktop.core.domain.dates import date_floor, held_on
from sco_desktop.core.domain.language import ENGLISH
from sco_desktop.core.domain.limits import MAX_QUERY_CHARS, MAX_QUERY_WORDS, MAX_RESULTS
from sco_desktop.core.domain.records import (
    Body,
    Chairmanship,
    City,
    Counts,
    Document,
    Exercise,
    ExerciseParticipant,
    Group,
    Indicator,
    Leader,
    OfficeHolder,
    Participant,
    Party,
    SearchHit,
    Source,
    State,
    StatusPeriod,
    Summit,
    TradePoint,
    cap_name,
)
from sco_desktop.core.infra import locations

_TERM = re.compile(r"\w+")
MIN_RANKED_CHARS = 3
"""Queries shorter than this are matched against names only and not ranked (see search)."""
MAX_CANDIDATES = 1000
"""Full-text matches ranked for a query, from each end of the index (see _full_text_hits):
more than the bundled data's entities of every kind but sources, so ranking it is exact."""
# Among meetings found equally well, the summits first: "Tianjn" means the Tianjin summit.
_MEETING_ORDER = ("hos-", "s5-", "hog-", "plus-", "cfm-")
_KIND_ORDER_SQL = (
    "case e.kind "
    + " ".join(f"when '{kind}' then {rank}" for kind, rank in SEARCH_KIND_ORDER.items())
    + " else 9 end, case "
    + " ".join(f"when e.id like '{prefix}%' then {i}" for i, prefix in enumerate(_MEETING_ORDER))
    + f" else {len(_MEETING_ORDER)} end"
)
"""`_rank` as SQL, for ordering in the query: the kind, then a meeting's council."""


def _rank(hit: SearchHit) -> tuple[int, int]:
    """How basic a hit is: its kind, then (for a meeting) its council."""
    council = next(
        (i for i, prefix in enumerate(_MEETING_ORDER) if hit.id.startswith(prefix)),
        len(_MEETING_ORDER),
    )
    return SEARCH_KIND_ORDER.get(hit.kind, 9), council


Entity = State | Body | Summit | Document | Exercise | Source


class DatabaseError(Exception):
    """The reference database cannot be used; the message says why in one line."""


class Repository:
    """One read-only, immutable connection to a reference database."""

    def __init__(self, path: Path | None = None, *, full_check: bool = False) -> None:
        """Opens the file after checks that cost the same at any size: identity, schema, length.

        `full_check` also reads every page (`PRAGMA quick_check`), which grows with the file:
        `verify` does, and so should the first open of a newly installed file, which is
        immutable afterwards. Damage inside a page otherwise surfaces as DatabaseError from
        the query that reads it.
        """
        self.path = Path(path) if path is not None else locations.bundled_database()
        self._conn = _connect(self.path)
        self._labels: dict[str, EntityLabels] = {}
        self._sources: SourceCatalog | None = None
        self._group_labels: GroupLabels | None = None
        self._counts: Counts | None = None
        self._state_counts: dict[str, dict[str | None, int]] = {}
        try:
            self._check_identity()
            self._check_schema()
            self._check_length()
            if full_check and self._conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise DatabaseError(f"{self.path} is damaged (its integrity check fails).")
            self.meta = dict(self._conn.execute("select key, value from meta").fetchall())
        except sqlite3.DatabaseError as error:
            self._conn.close()
            raise DatabaseError(
                f"{self.path} is damaged or not a reference database ({error})."
            ) from None
        except DatabaseError:
            self._conn.close()
            raise

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Repository:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    @property
    def data_as_of(self) -> str:
        """The date the data describes, ISO 8601."""
        return self.meta.get("data_as_of", "")

    # -- states ---------------------------------------------------------------------------------

    def states(self, status: str | None = None, as_of: str | None = None) -> list[State]:
        """States holding a status on `as_of` (default: the data's date), optionally only one.

        Each record's `status` is the one held on that date. Sorted by English name.
        """
        day = date_floor(as_of or self.data_as_of)
        held: dict[str, str] = {}
        with self._query() as conn:
            for row in conn.execute(
                "select state_id, status, start_date, end_date from state_statuses"
            ):
                if held_on(row["start_date"], row["end_date"], day):
                    held[row["state_id"]] = row["status"]
            rows = conn.execute("select * from states order by name").fetchall()
        return [
            _state(row, held[row["id"]])
            for row in rows
            if row["id"] in held and (status is None or held[row["id"]] == status)
        ]

    def states_without_status(self, as_of: str | None = None) -> list[State]:
        """States with no status on `as_of`: former holders, and guests that never held one.

        States whose first status lies after `as_of` are left out: they were not involved yet.
        """
        day = date_floor(as_of or self.data_as_of)
        with self._query() as conn:
            periods = conn.execute(
                "select state_id, start_date, end_date from state_statuses"
            ).fetchall()
            rows = conn.execute("select * from states order by name").fetchall()
        started: dict[str, bool] = {}
        holding: set[str] = set()
        for period in periods:
            started[period["state_id"]] = started.get(period["state_id"], False) or (
                date_floor(period["start_date"]) <= day
            )
            if held_on(period["start_date"], period["end_date"], day):
                holding.add(period["state_id"])
        return [
            _state(row, None)
            for row in rows
            if row["id"] not in holding and started.get(row["id"], True)
        ]

    def state(self, state_id: str, as_of: str | None = None) -> State | None:
        """One state by ISO3 code (any case), with the status it held on `as_of`."""
        day = date_floor(as_of or self.data_as_of)
        with self._query() as conn:
            row = conn.execute("select * from states where id = ?", (state_id.upper(),)).fetchone()
        if row is None:
            return None
        status = next(
            (
                p.status
                for p in self.status_history(row["id"])
                if held_on(p.start_date, p.end_date, day)
            ),
            None,
        )
        return _state(row, status)

    def first_period(self, status: str) -> StatusPeriod | None:
        """The earliest dated period of a status (the founding, for "member"), from one query."""
        with self._query() as conn:
            row = conn.execute(
                "select * from state_statuses where status = ? and start_date is not null"
                f" order by {floor_sql('start_date')}, state_id limit 1",
                (status,),
            ).fetchone()
        return StatusPeriod(**row) if row else None

    def first_status_date(self) -> str | None:
        """The earliest day any state held a status (before it, no state has one to show)."""
        with self._query() as conn:
            return conn.execute(
                f"select min({floor_sql('start_date')}) from state_statuses"
            ).fetchone()[0]

    def status_history(self, state_id: str) -> list[StatusPeriod]:
        """Every status the state has held, oldest first."""
        with self._query() as conn:
            rows = conn.execute(
                "select * from state_statuses where state_id = ? order by start_date",
                (state_id.upper(),),
            ).fetchall()
        return [StatusPeriod(**row) for row in rows]

    def all_status_periods(self) -> list[StatusPeriod]:
        """Every status period of every state, oldest first."""
        with self._query() as conn:
            rows = conn.execute(
                "select * from state_statuses order by start_date, state_id"
            ).fetchall()
        return [StatusPeriod(**row) for row in rows]

    def status_decisions(self, summit_id: str) -> list[StatusPeriod]:
        """Statuses that began by decision of the given summit."""
        with self._query() as conn:
            rows = conn.execute(
                "select * from state_statuses where decided_at = ? order by state_id", (summit_id,)
            ).fetchall()
        return [StatusPeriod(**row) for row in rows]

    # -- states a page at a time, for browsing ---------------------------------------------------

    def state_counts(self, as_of: str | None = None) -> dict[str | None, int]:
        """How many states held each status on `as_of`; under None, those `states_without_status`
        lists. Read from the counts build-db wrote (counted, for a file built before them); kept,
        as the file never changes."""
        day = date_floor(as_of or self.data_as_of)
        if day not in self._state_counts:
            with self._query() as conn:
                self._state_counts[day] = (
                    start_counts.statuses_on(conn, day)
                    if self._has_start_counts
                    else start_counts.count_statuses(conn, day)
                )
        return dict(self._state_counts[day])

    def state_page(
        self, status: str | None, as_of: str | None = None, offset: int = 0, limit: int = -1
    ) -> list[State]:
        """States holding `status` on `as_of` (None: as `states_without_status`), by name."""
        day = date_floor(as_of or self.data_as_of)
        params = {"day": day, "status": status, "limit": limit, "offset": offset}
        with self._query() as conn:
            if status is None:
                rows = conn.execute(
                    f"select s.*, null as held from states s where {WITHOUT_STATUS_SQL}"
                    " order by s.name, s.id limit :limit offset :offset",
                    params,
                ).fetchall()
            elif self.state_counts(day).get(status, 0) * 4 >= self.counts().states:
                # Many hold it: walk the states in name order (an index) until the page is full.
                rows = conn.execute(
                    "select s.*, :status as held from states s where exists(select 1 from"
                    " state_statuses p where p.state_id = s.id and p.status = :status and"
                    f" {HELD_SQL}) order by s.name, s.id limit :limit offset :offset",
                    params,
                ).fetchall()
            else:
                # Few hold it: find their periods first, then sort those few by name.
                # A state holds one status at a time (the build checks it): one row each.
                rows = conn.execute(
                    "select s.*, p.status as held from state_statuses p"
                    f" join states s on s.id = p.state_id where p.status = :status and {HELD_SQL}"
                    " order by s.name, s.id limit :limit offset :offset",
                    params,
                ).fetchall()
        return [_state(_without(row, "held"), row["held"]) for row in rows]

    # -- bodies ---------------------------------------------------------------------------------

    def bodies(
        self,
        kind: str | None = None,
        offset: int = 0,
        limit: int = -1,
        established_by: str | None = None,
    ) -> list[Body]:
        """Bodies of the SCO, optionally of one kind or set up by the date `established_by`
        (those without a date count as set up), by name; `limit` rows from `offset`."""
        where, params = self._bodies_where(kind, established_by)
        sql = f"select * from bodies{where}"
        with self._query() as conn:
            rows = conn.execute(
                sql + " order by name, id limit ? offset ?", (*params, limit, offset)
            )
            return [Body(**row) for row in rows]

    def body_counts(self, established_by: str | None = None) -> dict[str, int]:
        """How many bodies there are of each kind (set up by `established_by`, if given)."""
        where, params = self._bodies_where(None, established_by)
        with self._query() as conn:
            return dict(
                conn.execute(
                    f"select kind, count(*) from bodies{where} group by kind", params
                ).fetchall()
            )

    @staticmethod
    def _bodies_where(kind: str | None, established_by: str | None) -> tuple[str, tuple]:
        clauses, params = [], []
        if kind is not None:
            clauses.append("kind = ?")
            params.append(kind)
        if established_by is not None:
            clauses.append(f"(established is null or {floor_sql('established')} <= ?)")
            params.append(established_by)
        return (f" where {' and '.join(clauses)}" if clauses else ""), tuple(params)

    def body(self, body_id: str) -> Body | None:
        with self._query() as conn:
            row = conn.execute("select * from bodies where id = ?", (body_id,)).fetchone()
        return Body(**row) if row else None

    def office_holders(self, body_id: str) -> list[OfficeHolder]:
        """The body's office holders in the order they took office."""
        with self._query() as conn:
            rows = conn.execute(
                # A holder whose start is unknown sits by the end, when that is known.
                "select * from office_holders where body_id = ?"
                " order by coalesce(start_date, end_date, ''), start_date is not null, person",
                (body_id,),
            ).fetchall()
        return [OfficeHolder(**row) for row in rows]

    # -- summits and documents ------------------------------------------------------------------

    def summits(
        self,
        council: str | None = None,
        host_state_id: str | None = None,
        offset: int = 0,
        limit: int = -1,
        held_by: str | None = None,
    ) -> list[Summit]:
        """Meetings, newest first, optionally of one council, hosted by one state, or begun by
        the date `held_by` (undated meetings count as begun)."""
        clauses, params = [], []
        if council is not None:
            clauses.append("council = ?")
            params.append(council)
        if host_state_id is not None:
            clauses.append("host_state_id = ?")
            params.append(host_state_id.upper())
        if held_by is not None:
            clauses.append("coalesce(start_date, '') <= ?")
            params.append(held_by)
        where = f" where {' and '.join(clauses)}" if clauses else ""
        with self._query() as conn:
            rows = conn.execute(
                f"select * from summits{where} order by year desc, start_date desc, id"
                " limit ? offset ?",
                (*params, limit, offset),
            ).fetchall()
        return [Summit(**row) for row in rows]

    def summit_counts(self) -> dict[str, int]:
        """How many meetings each council held."""
        with self._query() as conn:
            return dict(
                conn.execute("select council, count(*) from summits group by council").fetchall()
            )

    def summit(self, summit_id: str) -> Summit | None:
        with self._query() as conn:
            row = conn.execute("select * from summits where id = ?", (summit_id,)).fetchone()
        return Summit(**row) if row else None

    def participants(self, summit_id: str) -> list[Participant]:
        with self._query() as conn:
            rows = conn.execute(
                "select * from summit_participants where summit_id = ? order by role, state_id",
                (summit_id,),
            ).fetchall()
        return [Participant(**row) for row in rows]

    def documents(self, summit_id: str | None = None) -> list[Document]:
        """Documents, oldest first, optionally only those adopted at one summit."""
        sql, params = "select * from documents", ()
        if summit_id is not None:
            sql, params = sql + " where summit_id = ?", (summit_id,)
        with self._query() as conn:
            rows = conn.execute(sql + " order by signed_date, id", params).fetchall()
        return [Document(**row) for row in rows]

    def documents_newest_first(self, offset: int = 0, limit: int = -1) -> list[Document]:
        """Documents, the latest signed first (undated ones last), `limit` rows from `offset`."""
        with self._query() as conn:
            rows = conn.execute(
                # Undated ones sort last: SQLite orders null below any text.
                "select * from documents order by signed_date desc, id limit ? offset ?",
                (limit, offset),
            ).fetchall()
        return [Document(**row) for row in rows]

    def documents_at(self, summit_ids: list[str]) -> list[Document]:
        """Documents adopted at any of the given summits, oldest first."""
        marks = ", ".join("?" * len(summit_ids))
        with self._query() as conn:
            rows = conn.execute(
                f"select * from documents where summit_id in ({marks}) order by signed_date, id",
                summit_ids,
            ).fetchall()
        return [Document(**row) for row in rows]

    def documents_titled(self, words: str) -> list[Document]:
        """Documents whose title contains `words` (any case), oldest first.

        Only the documents whose title has a word containing the longest word of `words` are
        read (through the search vocabulary), and their titles then compared: every title
        holding `words` is among them, and the other titles are never read."""
        longest = max(search_index.words(words), key=len, default="")
        with self._query() as conn:
            if not longest:
                rows = conn.execute(
                    "select * from documents where instr(lower(title), lower(?)) > 0"
                    " order by signed_date, id",
                    (words,),
                ).fetchall()
                return [Document(**row) for row in rows]
            vocabulary = search_index.containing(conn, longest)
            if not vocabulary:
                return []  # no title has a word containing it
            marks = ", ".join("?" * len(vocabulary))
            rows = conn.execute(
                "select d.* from entities e join documents d on d.id = e.id"
                f" where e.rowid in (select entity from {SEARCH_POSTINGS}"
                f" where in_name and word in ({marks})) and e.kind = 'document'"
                " and instr(lower(d.title), lower(?)) > 0 order by d.signed_date, d.id",
                (*vocabulary, words),
            ).fetchall()
        return [Document(**row) for row in rows]

    def document(self, document_id: str) -> Document | None:
        with self._query() as conn:
            row = conn.execute("select * from documents where id = ?", (document_id,)).fetchone()
        return Document(**row) if row else None

    def parties(self, document_id: str) -> list[Party]:
        """The states that signed a document signed by specific states, by state id."""
        with self._query() as conn:
            rows = conn.execute(
                "select * from document_parties where document_id = ? order by state_id",
                (document_id,),
            ).fetchall()
        return [Party(**row) for row in rows]

    def documents_of_party(self, state_id: str) -> list[Document]:
        """Documents the state signed as a named party, oldest first."""
        with self._query() as conn:
            rows = conn.execute(
                "select d.* from documents d join document_parties p on p.document_id = d.id"
                " where p.state_id = ? order by d.signed_date, d.id",
                (state_id.upper(),),
            ).fetchall()
        return [Document(**row) for row in rows]

    # -- leaders, chairmanship, indicators ------------------------------------------------------

    def leaders(self, state_id: str) -> list[Leader]:
        """The state's heads of state and of government, by office, oldest first."""
        with self._query() as conn:
            rows = conn.execute(
                "select * from leaders where state_id = ?"
                " order by office desc, coalesce(start_date, ''), person",
                (state_id.upper(),),
            ).fetchall()
        return [Leader(**row) for row in rows]

    def chairmanships(self, state_id: str | None = None) -> list[Chairmanship]:
        """Every chairmanship of the SCO (with `state_id`, the state's), oldest first."""
        sql, params = "select * from chairmanships", ()
        if state_id is not None:
            sql, params = sql + " where state_id = ?", (state_id.upper(),)
        with self._query() as conn:
            rows = conn.execute(sql + " order by start_date", params).fetchall()
        return [Chairmanship(**row) for row in rows]

    def chairmanship_on(self, day: str) -> Chairmanship | None:
        """The chairmanship held on the full date `day` (the earliest begun, if two were)."""
        with self._query() as conn:
            row = conn.execute(
                f"select * from chairmanships where {HELD_SQL} order by start_date limit 1",
                {"day": day},
            ).fetchone()
        return Chairmanship(**row) if row else None

    def indicators(self, state_id: str) -> list[Indicator]:
        """The state's population, GDP and area figures, by indicator and year."""
        with self._query() as conn:
            rows = conn.execute(
                "select * from indicators where state_id = ? order by indicator, year",
                (state_id.upper(),),
            ).fetchall()
        return [Indicator(**row) for row in rows]

    # -- exercises ------------------------------------------------------------------------------

    def exercises(
        self, state_id: str | None = None, offset: int = 0, limit: int = -1
    ) -> list[Exercise]:
        """Joint exercises, newest first; with `state_id`, those the state took part in;
        `limit` rows from `offset`."""
        sql, params = "select * from exercises", ()
        if state_id is not None:
            sql += " where id in (select exercise_id from exercise_participants where state_id = ?)"
            params = (state_id.upper(),)
        with self._query() as conn:
            rows = conn.execute(
                sql + " order by year desc, start_date desc, id limit ? offset ?",
                (*params, limit, offset),
            ).fetchall()
        return [Exercise(**row) for row in rows]

    def exercise(self, exercise_id: str) -> Exercise | None:
        with self._query() as conn:
            row = conn.execute("select * from exercises where id = ?", (exercise_id,)).fetchone()
        return Exercise(**row) if row else None

    def exercise_participants(self, exercise_id: str) -> list[ExerciseParticipant]:
        with self._query() as conn:
            rows = conn.execute(
                "select * from exercise_participants where exercise_id = ? order by state_id",
                (exercise_id,),
            ).fetchall()
        return [ExerciseParticipant(**row) for row in rows]

    # -- trade ----------------------------------------------------------------------------------

    def trade_series(self, reporter: str, partner: str, flow: str = "total") -> list[TradePoint]:
        """Yearly values of one flow between reporter and partner (a state or a group), by year."""
        with self._query() as conn:
            rows = conn.execute(
                "select * from trade where reporter = ? and partner = ? and flow = ? order by year",
                (reporter.upper(), partner.upper(), flow),
            ).fetchall()
        return [TradePoint(**row) for row in rows]

    def trade_points(self, reporter: str = "CHN") -> list[TradePoint]:
        """Every trade row the reporter reported, by partner, flow and year."""
        with self._query() as conn:
            rows = conn.execute(
                "select * from trade where reporter = ? order by partner, flow, year",
                (reporter.upper(),),
            ).fetchall()
        return [TradePoint(**row) for row in rows]

    def trade_partners(self, reporter: str = "CHN") -> list[str]:
        """Partner codes (states and groups) with any trade row for the reporter."""
        with self._query() as conn:
            rows = conn.execute(
                "select distinct partner from trade where reporter = ? order by partner",
                (reporter.upper(),),
            ).fetchall()
        return [row["partner"] for row in rows]

    def trade_with_groups(self, reporter: str = "CHN", flow: str = "total") -> list[TradePoint]:
        """The reporter's trade of one flow with each group (WLD, EU ...), by partner and year."""
        with self._query() as conn:
            rows = conn.execute(
                "select * from trade where reporter = ? and flow = ?"
                " and partner in (select id from groups) order by partner, year",
                (reporter.upper(), flow),
            ).fetchall()
        return [TradePoint(**row) for row in rows]

    def group_labels(self) -> GroupLabels:
        """Every group id mapped to ("group", name), read on demand."""
        if self._group_labels is None:
            self._group_labels = GroupLabels(self)
        return self._group_labels

    def groups(self) -> list[Group]:
        with self._query() as conn:
            return [Group(**row) for row in conn.execute("select * from groups order by id")]

    # -- sources and places ---------------------------------------------------------------------

    def source(self, source_id: str) -> Source | None:
        with self._query() as conn:
            row = conn.execute("select * from sources where id = ?", (source_id,)).fetchone()
        return Source(**row) if row else None

    def sources(self) -> list[Source]:
        with self._query() as conn:
            return [Source(**row) for row in conn.execute("select * from sources order by id")]

    def source_catalog(self) -> SourceCatalog:
        """Every source by id, each record read when first asked for (see SourceCatalog)."""
        if self._sources is None:
            self._sources = SourceCatalog(self)
        return self._sources

    def city(self, name: str) -> City | None:
        with self._query() as conn:
            row = conn.execute("select * from cities where name = ?", (name,)).fetchone()
        return City(**row) if row else None

    def counts(self) -> Counts:
        """How many rows each table holds; counted once, as the file never changes."""
        if self._counts is None:
            self._counts = self._count()
        return self._counts

    def _count(self) -> Counts:
        with self._query() as conn:
            if self._has_start_counts:
                return Counts(**start_counts.table_rows(conn))
            return Counts(**start_counts.count_tables(conn))

    # -- any entity -----------------------------------------------------------------------------

    def labels(self, language: str = ENGLISH) -> EntityLabels:
        """Every entity id mapped to (kind, display name), for links and lists (read on demand);
        the names in `language` ("en", "ru", "zh") where the data has them, else in English."""
        if language not in self._labels:
            self._labels[language] = EntityLabels(self, language)
        return self._labels[language]

    def label(self, entity_id: str, language: str = ENGLISH) -> tuple[str, str] | None:
        """(kind, display name) of one entity by its exact id, named in `language` if the data
        names it so."""
        with self._query() as conn:
            row = conn.execute(
                "select kind, name, name_ru, name_zh from entities where id = ?", (entity_id,)
            ).fetchone()
        if not row:
            return None
        own = {"ru": row["name_ru"], "zh": row["name_zh"]}.get(language)
        return row["kind"], cap_name(own or row["name"])

    def entity_ids(self) -> list[str]:
        """Every entity id, sources included, in the entities table's order (kind, id)."""
        with self._query() as conn:
            return [row[0] for row in conn.execute("select id from entities order by kind, id")]

    def citing(self, source_id: str) -> list[tuple[str, str]]:
        """(kind, id) of the states, bodies, summits and documents whose facts cite a source."""
        sql = (
            "select 'state', id from states where source_id = :s"
            " union select 'state', state_id from state_statuses where source_id = :s"
            " union select 'body', id from bodies where source_id = :s"
            " union select 'body', body_id from office_holders where source_id = :s"
            " union select 'summit', id from summits where source_id = :s"
            " union select 'summit', summit_id from summit_participants where source_id = :s"
            " union select 'document', id from documents where source_id = :s"
            " union select 'document', document_id from document_parties where source_id = :s"
            " union select 'state', state_id from leaders where source_id = :s"
            " union select 'state', state_id from indicators where source_id = :s"
            " union select 'state', state_id from chairmanships where source_id = :s"
            " union select 'exercise', id from exercises where source_id = :s"
            " union select 'exercise', exercise_id from exercise_participants"
            " where source_id = :s"
        )
        with self._query() as conn:
            return [(row[0], row[1]) for row in conn.execute(sql, {"s": source_id})]

    def resolve(self, key: str) -> tuple[str, str] | None:
        """(kind, id) for an id in any case, or an exact English, Russian or Chinese name."""
        text = " ".join(str(key).split())
        if not text:
            return None
        with self._query() as conn:
            for candidate in dict.fromkeys((text, text.upper(), text.lower())):
                row = conn.execute(
                    "select kind, id from entities where id = ?", (candidate,)
                ).fetchone()
                if row:
                    return row["kind"], row["id"]
            folded = text.casefold()
            rows = conn.execute(
                "select kind, id, name, name_ru, name_zh, aliases from entities"
                " order by kind = 'source', kind, id"
            ).fetchall()
            official = conn.execute("select id, official_name from states").fetchall()
        for row in rows:
            names = (row["name"], row["name_ru"], row["name_zh"])
            if any(name and name.casefold() == folded for name in names):
                return row["kind"], row["id"]
        for row in official:
            if row["official_name"] and row["official_name"].casefold() == folded:
                return "state", row["id"]
        return None

    def entity(self, key: str) -> Entity | None:
        """The record for an id or name (see `resolve`), of whichever kind it is."""
        found = self.resolve(key)
        if found is None:
            return None
        kind, entity_id = found
        lookup = {
            "state": self.state,
            "body": self.body,
            "summit": self.summit,
            "document": self.document,
            "exercise": self.exercise,
            "source": self.source,
        }
        return lookup[kind](entity_id)

    def search(self, text: str, limit: int = 20) -> list[SearchHit]:
        """Entities matching every word of `text`, best first; never raises on any input.

        Words are matched as prefixes in any of the three languages (full-text index), then
        inside longer words, which finds Chinese words inside longer names and inflected Russian
        forms; only if nothing but sources matches are names close to each word taken ("Tianjn"
        -> Tianjin).
        Sources are found by title, author, publisher and note, after every other kind of hit:
        a query that names a state shows the state before the many sources about it.
        The last two go through the search vocabulary written by the build (search_index.py),
        so no query reads every entity. Input is cut to MAX_QUERY_CHARS and MAX_QUERY_WORDS.
        """
        try:
            limit = max(1, min(int(limit), MAX_RESULTS))
        except (TypeError, ValueError):
            limit = 20
        terms = _TERM.findall(str(text)[:MAX_QUERY_CHARS].replace("_", " "))[:MAX_QUERY_WORDS]
        if not terms:
            return []
        folded = [term.casefold() for term in terms]
        try:
            # Enough candidates for the named-first ordering below, not every match of a prefix.
            ranked = self._full_text_hits(terms, min(MAX_RESULTS, 4 * limit))
            named = self._named_by_all(ranked, folded)
            # Entities named by the words come first, the more basic kinds before the others;
            # the full-text rank orders the rest.
            ranked.sort(key=lambda hit: (hit.kind == "source", hit.id not in named, _rank(hit)))
            hits = ranked[:limit]
            if len(hits) < limit:
                seen = {hit.id for hit in hits}
                inside = self._word_hits(
                    [search_index.containing(self._conn, term) for term in folded],
                    limit + len(seen),
                )
                hits += [hit for hit in inside if hit.id not in seen]
                # Stable: each kind keeps its order, the sources found either way go last.
                hits.sort(key=lambda hit: hit.kind == "source")
            if any(hit.kind != "source" for hit in hits):
                return hits[:limit]
            # Nothing but sources (which may spell a name as the query misspells it): the names
            # close to each word come first.
            close = [
                search_index.near_misses(self._conn, term)
                for term in folded
                if len(term) >= search_index.MIN_FUZZY_CHARS
            ]
            near = self._word_hits(close, limit, by_name=False)
            found = {hit.id for hit in near}
            return [*near, *(hit for hit in hits if hit.id not in found)][:limit]
        except sqlite3.Error:
            return []

    def _full_text_hits(self, terms: list[str], limit: int) -> list[SearchHit]:
        # Each term is only word characters, so quoting it as an FTS5 phrase cannot fail.
        match = " ".join(f'"{term}"*' for term in terms)
        hits: list[SearchHit] = []
        # The other kinds first, then sources in the room left: the many sources that mention a
        # state in their titles must not crowd the entities themselves out of the candidates.
        for kinds, end in (("e.kind != 'source'", "asc"), ("e.kind = 'source'", "desc")):
            if len(hits) >= limit:
                break
            if sum(map(len, terms)) < MIN_RANKED_CHARS:
                # One or two letters begin a word in a large share of all entities: names only,
                # the first found, unranked (the caller still puts those named by the letters
                # first), in the index's own order, which it gives up to the limit and stops.
                sql = (
                    "select e.kind, e.id, e.name, e.name_ru, e.name_zh, e.summary"
                    " from entities_fts join entities e on e.rowid = entities_fts.rowid"
                    f" where entities_fts match :match and {kinds}"
                    f" order by entities_fts.rowid {end} limit :limit"
                )
                match_here = f"{{name name_ru name_zh}} : ({match})"
            else:
                # Ranked, but only the first MAX_CANDIDATES matches from that end of the index,
                # in rowid order: the entities are written basic kinds first and sources last
                # (SEARCH_KIND_ORDER), so these are the kinds wanted, and a common word costs
                # the same at any size instead of ranking every entity it begins a word of.
                sql = (
                    "select e.kind, e.id, e.name, e.name_ru, e.name_zh, e.summary from (select"
                    " rowid, bm25(entities_fts, 10.0, 10.0, 10.0, 5.0, 3.0, 1.0) as score"
                    " from entities_fts where entities_fts match :match"
                    f" order by rowid {end} limit :candidates) as candidates"
                    " join entities e on e.rowid = candidates.rowid"
                    f" where {kinds} order by candidates.score, e.id limit :limit"
                )
                match_here = match
            try:
                rows = self._conn.execute(
                    sql,
                    {
                        "match": match_here,
                        "limit": limit - len(hits),
                        "candidates": MAX_CANDIDATES,
                    },
                ).fetchall()
            except sqlite3.Error:
                return hits
            hits += [SearchHit(**row) for row in rows]
        return hits

    def _named_by_all(self, hits: list[SearchHit], folded: list[str]) -> set[str]:
        """Ids of the hits whose names (any language) contain every term."""
        if not hits:
            return set()
        marks = ", ".join("?" * len(hits))
        rows = self._conn.execute(
            f"select id, name, name_ru, name_zh from entities where id in ({marks})",
            [hit.id for hit in hits],
        ).fetchall()
        named = set()
        for row in rows:
            names = " ".join(filter(None, (row["name"], row["name_ru"], row["name_zh"])))
            if all(term in names.casefold() for term in folded):
                named.add(row["id"])
        return named

    def _word_hits(
        self, word_sets: list[list[int]], limit: int, by_name: bool = True
    ) -> list[SearchHit]:
        """Entities using a word of each set; those whose names use them first (`by_name`),
        then by kind and name; otherwise by kind and the entities table's order."""
        if not word_sets or not all(word_sets):
            return []
        params: list = []
        having = []
        named = []
        only_names = "" if by_name else " and in_name"
        for words in word_sets:
            marks = ", ".join("?" * len(words))
            having.append(
                f"e.rowid in (select entity from {SEARCH_POSTINGS}"
                f" where word in ({marks}){only_names})"
            )
            params += words
        for words in word_sets:
            marks = ", ".join("?" * len(words))
            named.append(
                f"exists(select 1 from {SEARCH_POSTINGS} p where p.entity = e.rowid"
                f" and p.in_name and p.word in ({marks}))"
            )
        order = (
            f"e.kind = 'source', ({' and '.join(named)}) desc, {_KIND_ORDER_SQL}, e.name"
            if by_name
            else f"{_KIND_ORDER_SQL}, e.rowid"
        )
        if by_name:
            params = [*params, *(w for words in word_sets for w in words)]
        rows = self._conn.execute(
            "select e.kind, e.id, e.name, e.name_ru, e.name_zh, e.summary from entities e"
            f" where {' and '.join(having)} order by {order} limit ?",
            [*params, limit],
        ).fetchall()
        return [SearchHit(**row) for row in rows]

    # -- integrity ------------------------------------------------------------------------------

    def verify(self) -> list[str]:
        """Problems found in the file: checksum against its manifest, quick_check, FTS index.

        An empty list means the file is sound. Nothing is written to the file: the FTS check runs
        on a private in-memory copy.
        """
        problems: list[str] = []
        manifest = locations.manifest_for(self.path)
        if manifest.is_file():
            try:
                expected = next(iter(manifest.read_text(encoding="utf-8").split()), "")
            except (OSError, UnicodeDecodeError) as error:
                expected, problem = "", f"the manifest {manifest.name} cannot be read ({error})"
            else:
                problem = f"the manifest {manifest.name} holds no checksum"
            import hashlib  # here: loading it costs every command, and only verify needs it

            actual = hashlib.sha256(self.path.read_bytes()).hexdigest()
            if not expected:
                problems.append(problem)
            elif actual != expected:
                problems.append(
                    f"SHA-256 {actual} differs from the manifest {manifest.name} ({expected})"
                )
        else:
            problems.append(
                f"no manifest {manifest.name} beside the database to check its checksum"
            )
        try:
            result = [row[0] for row in self._conn.execute("PRAGMA quick_check")]
            if result != ["ok"]:
                problems.append("quick_check: " + "; ".join(result[:5]))
            if self._conn.execute("PRAGMA foreign_key_check").fetchall():
                problems.append("foreign_key_check: some rows point at missing rows")
            copy = sqlite3.connect(":memory:")
            try:
                self._conn.backup(copy)
                # rank 1: also compare the index with the content table (a stale index).
                copy.execute(
                    "insert into entities_fts(entities_fts, rank) values ('integrity-check', 1)"
                )
            finally:
                copy.close()
        except sqlite3.Error as error:
            problems.append(f"the full-text index or file is damaged ({error})")
        return problems

    # -- helpers --------------------------------------------------------------------------------

    def _check_length(self) -> None:
        """A file shorter than its header says (cut off in a copy) is refused before any query."""
        with self.path.open("rb") as stream:
            header = stream.read(100)
        if len(header) < 100:
            raise DatabaseError(f"{self.path} is damaged (shorter than an SQLite header).")
        page_size = int.from_bytes(header[16:18], "big")
        page_size = 65536 if page_size == 1 else page_size
        pages = int.from_bytes(header[28:32], "big")
        # The page count is trusted only when the header was written by a version that keeps it.
        if header[24:28] == header[92:96] and pages * page_size > self.path.stat().st_size:
            raise DatabaseError(
                f"{self.path} is damaged (truncated: {self.path.stat().st_size:,} bytes of"
                f" {pages * page_size:,})."
            )

    def _check_identity(self) -> None:
        application_id = self._conn.execute("PRAGMA application_id").fetchone()[0]
        if application_id != APPLICATION_ID:
            raise DatabaseError(f"{self.path} is an SQLite file but not an SCO reference database.")
        version = self._conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise DatabaseError(
                f"{self.path} was made by a newer version of sco-desktop (schema {version});"
                f" this version reads schema {SCHEMA_VERSION}."
            )
        if version < SCHEMA_VERSION:
            raise DatabaseError(
                f"{self.path} has an old schema ({version}); rebuild it with build-db."
            )

    def _check_schema(self) -> None:
        """Refuses a file whose objects are not exactly a reference database's: a missing table
        would fail in the middle of a pane, and a view or trigger (a recursive view never
        returns) runs SQL the application did not write."""
        objects = self._conn.execute("select type, name from sqlite_master").fetchall()
        tables = {name for kind, name in objects if kind == "table"}
        self._has_start_counts = START_COUNTS in tables
        unknown = [
            f"{kind} {name}"
            for kind, name in objects
            if kind in ("view", "trigger")
            or (
                kind == "table"
                and name not in _EXPECTED_TABLES | {START_COUNTS}
                and not _is_own_extra(name)
            )
        ]
        if unknown:
            raise DatabaseError(
                f"{self.path} holds what a reference database never does"
                f" ({', '.join(unknown[:3])}); it was not read."
            )
        missing = sorted(_EXPECTED_TABLES - tables)
        if missing and set(missing) <= _SEARCH_TABLES:
            raise DatabaseError(
                f"{self.path} has no search index (it was built by an earlier version);"
                " rebuild it with build-db."
            )
        if missing:
            raise DatabaseError(
                f"{self.path} lacks the table {', '.join(missing)}: it is not a complete"
                " reference database."
            )
        for table in TABLES:
            found = {row[1] for row in self._conn.execute(f"PRAGMA table_info({table.name})")}
            if lacking := [c.name for c in table.columns if c.name not in found]:
                raise DatabaseError(
                    f"{self.path} lacks the column {table.name}.{lacking[0]}: it is not a"
                    " complete reference database."
                )

    @contextmanager
    def _query(self) -> Iterator[sqlite3.Connection]:
        try:
            yield self._conn
        except sqlite3.DatabaseError as error:
            raise DatabaseError(f"{self.path} could not be read ({error}).") from None


_SEARCH_TABLES = {"entities", "entities_fts", SEARCH_WORDS, SEARCH_GRAMS, SEARCH_POSTINGS}
"""Derived by build-db from the contract's tables; an older build lacks some of them."""
_EXPECTED_TABLES = {table.name for table in TABLES} | {"meta"} | _SEARCH_TABLES
# START_COUNTS, also derived, may be missing: what it holds is then counted at each start.


def _is_own_extra(name: str) -> bool:
    """SQLite's own tables and the full-text index's shadow tables."""
    return name.startswith(("sqlite_", "entities_fts_"))


def _connect(path: Path) -> sqlite3.Connection:
    if not path.exists():
        raise DatabaseError(f"The reference database {path} does not exist.")
    if not path.is_file():
        raise DatabaseError(f"The reference database {path} is not a file.")
    if path.stat().st_size == 0:
        raise DatabaseError(f"The reference database {path} is empty (0 bytes).")
    # immutable: the file never changes under us, and SQLite creates no journal or lock files.
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("PRAGMA cell_size_check = ON")
        conn.execute("PRAGMA query_only = ON")
    except sqlite3.Error as error:
        with contextlib.suppress(UnboundLocalError, sqlite3.Error):
            conn.close()
        raise DatabaseError(f"The reference database {path} cannot be opened ({error}).") from None
    if hasattr(conn, "enable_load_extension"):
        conn.enable_load_extension(False)
    return conn


def _state(row: sqlite3.Row | dict, status: str | None) -> State:
    return State(**dict(row), status=status)


def _without(row: sqlite3.Row, *names: str) -> dict:
    return {key: row[key] for key in row.keys() if key not in names}  # noqa: SIM118 (a Row iterates values)


class _OnDemand(Mapping):
    """A read-only map over one table, by id: each value read by its indexed key when first
    asked for, and kept. Iterating reads the ids only; no value is built until asked for."""

    def __init__(self, repo: Repository) -> None:
        self._repo = repo
        self._known: dict[str, object] = {}
        self._missing: set[str] = set()

    def _read(self, key: str):
        raise NotImplementedError

    def _ids(self) -> list[str]:
        raise NotImplementedError

    def __getitem__(self, key: str):
        if key in self._known:
            return self._known[key]
        if not isinstance(key, str) or key in self._missing:
            raise KeyError(key)
        value = self._read(key)
        if value is None:
            self._missing.add(key)
            raise KeyError(key)
        self._known[key] = value
        return value

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids())

    def __len__(self) -> int:
        return len(self._ids())


class SourceCatalog(_OnDemand):
    """Every source by id, read when a page cites it: opening a window reads none."""

    def _read(self, key: str) -> Source | None:
        return self._repo.source(key)

    def _ids(self) -> list[str]:
        with self._repo._query() as conn:
            return [row[0] for row in conn.execute("select id from sources order by id")]


class GroupLabels(_OnDemand):
    """Every trade group's id mapped to ("group", name), read when a page names it."""

    def _read(self, key: str) -> tuple[str, str] | None:
        with self._repo._query() as conn:
            row = conn.execute("select name from groups where id = ?", (key,)).fetchone()
        return ("group", row[0]) if row else None

    def _ids(self) -> list[str]:
        with self._repo._query() as conn:
            return [row[0] for row in conn.execute("select id from groups order by id")]


class EntityLabels(_OnDemand):
    """Every entity id mapped to (kind, display name), read when a page or list names it."""

    def __init__(self, repo: Repository, language: str = ENGLISH) -> None:
        super().__init__(repo)
        self._language = language

    def _read(self, key: str) -> tuple[str, str] | None:
        return self._repo.label(key, self._language)

    def _ids(self) -> list[str]:
        return self._repo.entity_ids()
