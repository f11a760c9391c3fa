"""The data-access layer against the real bundled database."""

import datetime
import shutil
import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sco_desktop.core.data import DatabaseError, Repository, start_counts
from sco_desktop.core.data.schema import (
    FULL_TEXT_PREFIXES,
    SEARCH_KIND_ORDER,
    START_COUNTS,
    TABLES,
)
from sco_desktop.core.domain.dates import date_floor
from sco_desktop.core.domain.kinds import STATUSES
from sco_desktop.core.domain.records import Body, Counts, State, Summit
from sco_desktop.core.infra import locations

FOUNDERS = {"CHN", "RUS", "KAZ", "KGZ", "TJK", "UZB"}


def test_at_least_27_states_each_with_exactly_one_current_status(repo):
    states = repo.states()
    assert len(states) >= 27
    for state in states:
        history = repo.status_history(state.id)
        assert [p.is_current for p in history].count(True) == 1, state.id
        assert state.status == history[-1].status


def test_members_on_the_data_date(repo):
    members = {s.id for s in repo.states(status="member")}
    assert members == FOUNDERS | {"IND", "PAK", "IRN", "BLR"}


def test_as_of_shows_statuses_as_they_stood(repo):
    at_ufa_2015 = {s.id: s.status for s in repo.states(as_of="2015-07-01")}
    assert at_ufa_2015["IND"] == "observer"
    assert at_ufa_2015["IRN"] == "observer"
    assert "LAO" not in at_ufa_2015
    assert {s for s, status in at_ufa_2015.items() if status == "member"} == FOUNDERS


def test_guests_without_status_are_listed_apart(repo):
    others = repo.states_without_status()
    assert "TKM" in {s.id for s in others}
    assert all(s.status is None for s in others)
    assert "IND" not in {s.id for s in repo.states_without_status(as_of="2004-01-01")}


def test_status_history_is_ordered_and_sourced(repo):
    history = repo.status_history("blr")
    assert [p.status for p in history][-1] == "member"
    assert [p.start_date for p in history] == sorted(p.start_date for p in history)
    assert all(repo.source(p.source_id) is not None for p in history)
    assert all(p.status in STATUSES for p in history)


def test_every_content_row_cites_an_existing_source():
    conn = sqlite3.connect(locations.bundled_database())
    try:
        for table in TABLES:
            if table.name == "sources":
                continue
            orphans = conn.execute(
                f"select count(*) from {table.name} where source_id is null"
                " or source_id not in (select id from sources)"
            ).fetchone()[0]
            assert orphans == 0, table.name
    finally:
        conn.close()


@pytest.mark.parametrize(
    ("key", "kind", "entity_id"),
    [
        ("KAZ", State, "KAZ"),
        ("kaz", State, "KAZ"),
        ("Kazakhstan", State, "KAZ"),
        ("Казахстан", State, "KAZ"),
        ("哈萨克斯坦", State, "KAZ"),
        ("rats", Body, "rats"),
        ("hos-2025", Summit, "hos-2025"),
    ],
)
def test_entity_accepts_ids_and_names_in_three_languages(repo, key, kind, entity_id):
    entity = repo.entity(key)
    assert isinstance(entity, kind)
    assert entity.id == entity_id


def test_unknown_entity_is_none(repo):
    assert repo.entity("Atlantis") is None
    assert repo.entity("   ") is None


def test_search_finds_rats_by_its_seat_in_russian(repo):
    assert "rats" in [hit.id for hit in repo.search("Ташкент")]


def test_two_character_chinese_query_finds_its_state(repo):
    assert "KAZ" in [hit.id for hit in repo.search("萨克")]


@pytest.mark.parametrize(
    "text",
    [
        '"',
        "'",
        "AND",
        "OR NOT",
        "NEAR(a b)",
        "*",
        "^",
        "name:",
        "(((",
        ")",
        "",
        "   ",
        "\x00\x01",
        "a" * 100_000,
        "印度 OR",
        "-",
        "\\",
        "%_",
        "🙂",
    ],
)
def test_search_never_raises_on_hostile_text(repo, text):
    assert isinstance(repo.search(text, 10), list)


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=300), limit=st.integers(min_value=-5, max_value=500))
def test_search_never_raises_on_any_text(repo, text, limit):
    hits = repo.search(text, limit)
    assert len(hits) <= max(1, min(limit, 200))


def test_trade_series_is_yearly_positive_and_sourced(repo):
    series = repo.trade_series("CHN", "RUS", "total")
    assert len(series) >= 3
    assert [p.year for p in series] == sorted({p.year for p in series})
    assert all(p.value_usd > 0 and repo.source(p.source_id) for p in series)


def test_trade_aggregates_use_defined_groups(repo):
    groups = {g.id for g in repo.groups()}
    states = {s.id for s in repo.states()}
    assert set(repo.trade_partners("CHN")) <= groups | states
    assert {"WLD", "EU", "USA", "ASEAN"} <= groups


def test_summits_newest_first_and_by_council(repo):
    summits = repo.summits(council="heads_of_state")
    assert summits[0].id == "hos-2025"
    assert [s.year for s in summits] == sorted((s.year for s in summits), reverse=True)
    assert {s.council for s in repo.summits(council="shanghai_five")} == {"shanghai_five"}


def test_counts_match_the_tables(repo):
    counts = repo.counts()
    assert counts.states == len(repo.states()) + len(repo.states_without_status())
    assert counts.sources == len(repo.sources())


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "does not exist"),
        (b"", r"is empty \(0 bytes\)"),
        (b"\x13\x37" * 4096, "damaged or not a reference database"),
    ],
)
def test_unusable_files_raise_a_clear_error(tmp_path, content, message):
    path = tmp_path / "sco.db"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(DatabaseError, match=message):
        Repository(path)


def test_foreign_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("create table t (x)")
    conn.close()
    with pytest.raises(DatabaseError, match="not an SCO reference database"):
        Repository(path)


def test_the_bundled_file_is_never_written(repo):
    before = locations.bundled_database().stat().st_mtime_ns
    repo.search("Russia")
    repo.states(as_of="2010-01-01")
    with pytest.raises(sqlite3.OperationalError):
        repo._conn.execute("create table intruder (x)")
    assert locations.bundled_database().stat().st_mtime_ns == before


def test_verify_passes_on_the_bundled_file(repo):
    assert repo.verify() == []


def test_a_leader_s_name_finds_the_state_in_three_languages(repo):
    for name in ("Tokayev", "Токаев", "习近平"):
        assert repo.search(name)[0].id == {"Tokayev": "KAZ", "Токаев": "KAZ"}.get(name, "CHN")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Tianjn", "hos-2025"),  # a letter left out
        ("Kazakstan", "KAZ"),  # a letter left out, in the middle
        ("Kazakhstna", "KAZ"),  # two letters swapped
        ("Uzbekistn", "UZB"),
        ("萨克", "KAZ"),  # a Chinese word inside a longer name
        ("合作", "secretariat"),  # inside 上海合作组织秘书处
        ("Ташкенту", "hos-2016"),  # a Russian inflection not in the data: a near miss
        ("ташкент", "rats"),  # inside a longer word, through the seat's name
    ],
)
def test_words_inside_words_and_misspellings_are_found_through_the_index(repo, query, expected):
    assert expected in [hit.id for hit in repo.search(query, 50)]


def test_a_misspelling_must_be_close_to_every_word(repo):
    assert repo.search("Tianjn Kazakstan") == []
    assert repo.search("Tianjn 2025")[0].id == "hos-2025"


def _plans(repo, run):
    """The query plan of every statement `run` sends (not SQLite's own, for the FTS module)."""
    statements = []
    repo._conn.set_trace_callback(statements.append)
    try:
        run()
    finally:
        repo._conn.set_trace_callback(None)
    return [
        row[3]
        for sql in statements
        if sql.startswith("select ")
        for row in repo._conn.execute(f"explain query plan {sql}").fetchall()
    ]


@pytest.mark.parametrize(
    "query", ["Tianjn", "Kazakstan", "萨克", "ташкент", "Shanghai", "GACC", "Xinhau", "IntelliNews"]
)
def test_search_reads_no_table_from_end_to_end(repo, query):
    plans = _plans(repo, lambda: repo.search(query))
    assert plans
    # The full-text index is a virtual table (its own index); every other read uses an index,
    # but for the candidates ranked, at most MAX_CANDIDATES matches.
    scans = [
        plan
        for plan in plans
        if plan.startswith("SCAN") and "VIRTUAL TABLE" not in plan and plan != "SCAN candidates"
    ]
    assert scans == []


# -- sources are found by title, publisher, author and note, after the entities a query names


def _kinds_and_ids(hits):
    return [(hit.kind, hit.id) for hit in hits]


@pytest.mark.parametrize(
    ("query", "source_id"),
    [
        ("GACC", "tr-tass-1826171"),  # in the note: "cites GACC"
        ("Moscow Times", "tr-moscowtimes-2025-01-13"),  # the publisher
        ("Russo-China trade turnover", "tr-bne-russia-china-2024"),  # words of the title
        ("IntelliNews", "tr-bne-russia-china-2024"),  # one word of the publisher
    ],
)
def test_search_finds_sources_by_title_publisher_and_note(repo, query, source_id):
    hits = repo.search(query, 200)
    assert ("source", source_id) in _kinds_and_ids(hits)


def test_search_finds_a_publisher_inside_a_longer_name(repo):
    # "china.org.cn (Xinhua)": the word is found wherever a source gives it.
    hits = repo.search("Xinhua", 50)
    sources = [hit for hit in hits if hit.kind == "source"]
    assert len(sources) >= 10
    for hit in sources:
        source = repo.source(hit.id)
        said = " ".join(filter(None, (source.title, source.author, source.publisher, source.note)))
        assert "xinhua" in said.casefold()


def test_sources_come_after_the_entities_a_query_names(repo):
    hits = repo.search("Kazakhstan", 30)
    kinds = [hit.kind for hit in hits]
    assert kinds[0] == "state" and hits[0].id == "KAZ"
    assert "source" in kinds
    first_source = kinds.index("source")
    assert all(kind == "source" for kind in kinds[first_source:])


def test_a_source_hit_says_who_published_it(repo):
    hit = next(h for h in repo.search("Moscow Times", 50) if h.id == "tr-moscowtimes-2025-01-13")
    assert hit.name == "China-Russia Trade Hit Record High in 2024"
    assert hit.summary.startswith("The Moscow Times")


def test_looking_up_what_cites_a_source_uses_indexes(repo):
    source_id = repo.state("KAZ").source_id
    plans = _plans(repo, lambda: repo.citing(source_id))
    assert [plan for plan in plans if plan.startswith("SCAN")] == []


def test_every_reference_column_is_indexed():
    conn = sqlite3.connect(locations.bundled_database())
    try:
        for table in TABLES:
            indexed = {
                conn.execute(f"pragma index_info('{index[1]}')").fetchone()[2]
                for index in conn.execute(f"pragma index_list('{table.name}')")
            }
            for column in table.columns:
                if column.references:
                    assert column.name in indexed, f"{table.name}.{column.name}"
    finally:
        conn.close()


def test_sources_and_labels_are_read_one_at_a_time(tmp_path):
    with Repository() as repo:
        sources, labels = repo.source_catalog(), repo.labels()
        source_id = repo.state("KAZ").source_id
        assert sources[source_id].id == source_id
        assert sources.get("no-such-source") is None
        assert labels["KAZ"] == ("state", "Kazakhstan")
        assert labels.get("nothing") is None
        assert set(sources._known) == {source_id}
        assert set(labels._known) == {"KAZ"}
        assert len(sources) == repo.counts().sources
        assert "KAZ" in set(labels)


def test_counts_and_pages_agree_with_the_full_lists(repo):
    for day in ("2004-01-01", "2015-07-01", None):
        counts = repo.state_counts(day)
        for status in {s.status for s in repo.states(as_of=day)}:
            page = repo.state_page(status, day)
            assert [s.id for s in page] == [s.id for s in repo.states(status=status, as_of=day)]
            assert counts[status] == len(page)
        assert [s.id for s in repo.state_page(None, day)] == [
            s.id for s in repo.states_without_status(day)
        ]
    assert repo.body_counts() == {
        kind: len(repo.bodies(kind)) for kind in {b.kind for b in repo.bodies()}
    }
    assert [d.id for d in repo.documents_newest_first(offset=3, limit=5)] == [
        d.id for d in sorted(repo.documents(), key=lambda d: d.signed_date or "", reverse=True)
    ][3:8]


@pytest.mark.parametrize("query", ["T", "Ka", "哈"])
def test_one_or_two_letters_are_read_in_index_order_up_to_the_limit(repo, query):
    # Sorting every entity whose name has a word beginning with the letters would grow with
    # the data; read in the full-text index's order, the first results end the read.
    statements = []
    repo._conn.set_trace_callback(statements.append)
    try:
        repo.search(query)
    finally:
        repo._conn.set_trace_callback(None)
    full_text = [sql for sql in statements if "entities_fts match" in sql]
    assert full_text
    for sql in full_text:
        plan = [row[3] for row in repo._conn.execute(f"explain query plan {sql}")]
        assert [step for step in plan if "TEMP B-TREE" in step] == [], sql


def test_the_full_text_index_keeps_one_and_two_letter_prefixes():
    conn = sqlite3.connect(locations.bundled_database())
    try:
        (sql,) = conn.execute(
            "select sql from sqlite_master where name = 'entities_fts'"
        ).fetchone()
    finally:
        conn.close()
    assert f"prefix='{FULL_TEXT_PREFIXES}'" in sql and FULL_TEXT_PREFIXES == "1 2"


def test_a_page_of_exercises_is_read_from_its_index(repo):
    # The navigator opens the joint exercises at start: no sort of every exercise first.
    plans = _plans(repo, lambda: repo.exercises(offset=0, limit=5))
    assert plans
    assert [plan for plan in plans if "TEMP B-TREE" in plan] == []


@pytest.mark.parametrize("day", ["2001-06-15", "2015-07-10", "2019-06-14", "2024-07-04"])
def test_the_chairmanship_of_a_day_is_the_one_held_then(repo, day):
    from sco_desktop.core.domain.dates import held_on

    everyone = repo.chairmanships()
    held = [c for c in everyone if held_on(c.start_date, c.end_date, day)]
    assert repo.chairmanship_on(day) == (held[0] if held else None)
    assert repo.chairmanships("KAZ") == [c for c in everyone if c.state_id == "KAZ"]


def _days_around_every_status_change(repo) -> list[str]:
    days = {"1990-01-01", "2035-12-31", repo.data_as_of}
    for period in repo.all_status_periods():
        for date in filter(None, (period.start_date, period.end_date)):
            day = date_floor(date)
            moment = datetime.date.fromisoformat(day)
            days |= {day, str(moment - datetime.timedelta(days=1)), str(moment.replace(day=28))}
    return sorted(days)


def test_the_counts_build_db_wrote_are_those_counted_on_every_day(repo):
    assert repo._has_start_counts
    assert repo.counts() == Counts(**start_counts.count_tables(repo._conn))
    for day in _days_around_every_status_change(repo):
        assert repo.state_counts(day) == start_counts.count_statuses(repo._conn, day), day


def test_a_start_counts_no_table_that_grows_with_the_data(repo):
    fresh = Repository(repo.path)
    statements = []
    fresh._conn.set_trace_callback(statements.append)
    try:
        fresh.counts()
        fresh.state_counts()
    finally:
        fresh.close()
    assert statements and not any("count(*)" in statement for statement in statements)


def test_a_file_built_without_the_counts_counts_them(repo, tmp_path):
    copy = tmp_path / "sco.db"
    shutil.copy(repo.path, copy)
    with sqlite3.connect(copy) as conn:
        conn.execute(f"drop table {START_COUNTS}")
    conn.close()
    older = Repository(copy)
    try:
        assert not older._has_start_counts
        assert older.counts() == repo.counts()
        assert older.state_counts("2010-01-01") == repo.state_counts("2010-01-01")
    finally:
        older.close()


def test_entities_are_written_basic_kinds_first_and_sources_last(repo):
    kinds = [row[0] for row in repo._conn.execute("select kind from entities order by rowid")]
    assert kinds == sorted(kinds, key=SEARCH_KIND_ORDER.__getitem__)


@pytest.mark.parametrize(
    "query", ["Kazakhstan", "Shanghai", "summit", "China", "Xinhua", "Ташкент", "SCO", "Tianjn"]
)
def test_ranking_the_first_candidates_ranks_the_bundled_data_as_ranking_all(
    repo, query, monkeypatch
):
    bounded = repo.search(query, 50)
    monkeypatch.setattr("sco_desktop.core.data.repository.MAX_CANDIDATES", 10**9)
    assert repo.search(query, 50) == bounded


def _titled_by_reading_every_title(repo, words):
    return [
        d.id
        for d in sorted(repo.documents(), key=lambda d: (d.signed_date or "", d.id))
        if words.lower() in d.title.lower()
    ]


def test_documents_titled_finds_what_reading_every_title_finds(repo):
    stems = [body.name.split(" (")[0].casefold() for body in repo.bodies()]
    for words in [*stems, "declaration", "ecretaria", "of the", "heads of state", "-", "zzz"]:
        found = [d.id for d in repo.documents_titled(words)]
        assert found == _titled_by_reading_every_title(repo, words), words
    assert any(repo.documents_titled(stem) for stem in stems)


def test_documents_titled_reads_no_table_from_end_to_end(repo):
    plans = _plans(repo, lambda: repo.documents_titled("regional anti-terrorist structure"))
    assert plans and not [plan for plan in plans if plan.startswith("SCAN")]
