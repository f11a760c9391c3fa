"""The data-access layer against the real bundled database."""

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sco_desktop.core.data import DatabaseError, Repository
from sco_desktop.core.data.schema import TABLES
from sco_desktop.core.domain.kinds import STATUSES
from sco_desktop.core.domain.records import Body, State, Summit
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
