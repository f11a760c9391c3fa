"""The build: the committed database matches its sources, and bad sources are refused by name."""

import csv
import sqlite3
from contextlib import closing

import pytest

from sco_desktop.core.data.build import BuildError, build
from sco_desktop.core.data.schema import APPLICATION_ID, SCHEMA_VERSION, TABLES
from sco_desktop.core.infra import locations


def table_contents(path):
    conn = sqlite3.connect(path)
    try:
        names = [t.name for t in TABLES] + ["meta", "entities"]
        return {
            name: sorted(map(tuple, conn.execute(f"select * from {name}").fetchall()), key=repr)
            for name in names
        }
    finally:
        conn.close()


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory):
    return build(locations.data_folder(), tmp_path_factory.mktemp("build") / "sco.db")


def test_committed_database_matches_the_sources(rebuilt):
    assert table_contents(rebuilt) == table_contents(locations.bundled_database())


def test_build_is_deterministic(rebuilt, tmp_path):
    again = build(locations.data_folder(), tmp_path / "again.db")
    assert again.read_bytes() == rebuilt.read_bytes()


def test_built_file_carries_its_identity_and_manifest(rebuilt):
    conn = sqlite3.connect(rebuilt)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        # The contract's version (docs/schema.md): derived indexes never change it.
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 2
        meta = dict(conn.execute("select key, value from meta"))
    finally:
        conn.close()
    assert meta["schema_version"] == str(SCHEMA_VERSION)
    assert meta["data_as_of"] == "2025-11-18"
    assert locations.manifest_for(rebuilt).read_text().endswith(f"  {rebuilt.name}\n")


def edit_row(folder, file_name, match, **changes):
    """Changes the first row of a CSV whose columns equal `match`; returns its line number."""
    path = folder / file_name
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        fields, rows = reader.fieldnames, list(reader)
    index = next(i for i, row in enumerate(rows) if all(row[k] == v for k, v in match.items()))
    rows[index].update(changes)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return index + 2


def problems_of(folder, tmp_path):
    with pytest.raises(BuildError) as caught:
        build(folder, tmp_path / "out.db")
    return caught.value.problems


def test_unknown_source_is_named_with_file_and_line(data_copy, tmp_path):
    line = edit_row(data_copy, "states.csv", {"id": "KAZ"}, source_id="no-such-source")
    assert f"states.csv, line {line}: source_id 'no-such-source' names no row of sources" in (
        problems_of(data_copy, tmp_path)
    )


def test_missing_source_is_refused(data_copy, tmp_path):
    line = edit_row(data_copy, "states.csv", {"id": "KAZ"}, source_id="")
    assert f"states.csv, line {line}: source_id is empty" in problems_of(data_copy, tmp_path)


def test_bad_date_is_refused(data_copy, tmp_path):
    line = edit_row(data_copy, "summits.csv", {"id": "hos-2025"}, start_date="2025-02-30")
    assert f"summits.csv, line {line}: start_date '2025-02-30' is not an ISO date" in (
        problems_of(data_copy, tmp_path)
    )


def test_second_current_status_is_refused(data_copy, tmp_path):
    edit_row(
        data_copy, "state_statuses.csv", {"state_id": "IND", "status": "observer"}, end_date=""
    )
    problems = problems_of(data_copy, tmp_path)
    assert any("IND has 2 current statuses" in p for p in problems)
    assert any("IND's member status starts before its observer status" in p for p in problems)


def test_non_positive_trade_value_is_refused(data_copy, tmp_path):
    line = edit_row(
        data_copy, "trade.csv", {"partner": "RUS", "year": "2024", "flow": "total"}, value_usd="-5"
    )
    assert f"trade.csv, line {line}: value_usd '-5' is not positive" in problems_of(
        data_copy, tmp_path
    )


def test_state_id_must_be_iso3(data_copy, tmp_path):
    line = edit_row(data_copy, "states.csv", {"id": "KAZ"}, id="kaz")
    assert any(
        p.startswith(f"states.csv, line {line}: 'kaz' is not an upper-case ISO")
        for p in problems_of(data_copy, tmp_path)
    )


def test_failed_build_leaves_the_previous_file_untouched(data_copy, tmp_path):
    out = build(data_copy, tmp_path / "out.db")
    before = out.read_bytes()
    edit_row(data_copy, "states.csv", {"id": "KAZ"}, source_id="nowhere")
    with pytest.raises(BuildError):
        build(data_copy, out)
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


# -- version 2: leaders, chairmanship, exercises, indicators, meetings, sources -------------------


def test_a_gap_between_leaders_is_refused(data_copy, tmp_path):
    line = edit_row(data_copy, "leaders.csv", {"person": "Hu Jintao"}, start_date="2003-03-16")
    assert (
        f"leaders.csv, line {line}: CHN head_of_state: gap from 2003-03-15 to 2003-03-16 after"
        " Jiang Zemin (an end date is the successor's first day; a gap the sources leave"
        ' starts the successor\'s note with "Gap:")'
    ) in problems_of(data_copy, tmp_path)


def test_a_gap_the_successors_note_declares_is_built(data_copy, tmp_path):
    edit_row(
        data_copy,
        "leaders.csv",
        {"person": "Hu Jintao"},
        start_date="2003-03-20",
        note="Gap: who acted between the two terms is not recorded.",
    )
    out = build(data_copy, tmp_path / "gap.db")
    # closing(): a connection's own `with` commits but does not close it.
    with closing(sqlite3.connect(out)) as conn:
        assert conn.execute(
            "select start_date from leaders where person = 'Hu Jintao'"
        ).fetchone() == ("2003-03-20",)


def test_overlapping_leaders_are_refused(data_copy, tmp_path):
    line = edit_row(data_copy, "leaders.csv", {"person": "Hu Jintao"}, start_date="2003-03-01")
    assert any(
        p.startswith(f"leaders.csv, line {line}: CHN head_of_state: Hu Jintao starts before")
        for p in problems_of(data_copy, tmp_path)
    )


def test_a_second_leader_in_office_is_refused(data_copy, tmp_path):
    edit_row(data_copy, "leaders.csv", {"person": "Hu Jintao"}, end_date="")
    assert any(
        "Hu Jintao has no end_date but Xi Jinping follows" in p
        for p in problems_of(data_copy, tmp_path)
    )


def test_only_the_first_leader_may_have_an_unknown_start(data_copy, tmp_path):
    # Jiang Zemin's start is known; two holders without one cannot both come first.
    edit_row(data_copy, "leaders.csv", {"person": "Hu Jintao"}, start_date="")
    edit_row(data_copy, "leaders.csv", {"person": "Xi Jinping"}, start_date="")
    assert any(
        "CHN head_of_state: only the first holder may have an empty start_date" in p
        for p in problems_of(data_copy, tmp_path)
    )


def test_an_end_on_or_before_the_start_is_refused(data_copy, tmp_path):
    line = edit_row(data_copy, "leaders.csv", {"person": "Hu Jintao"}, end_date="2003-03-15")
    assert any(
        p.startswith(f"leaders.csv, line {line}: end_date 2003-03-15 is not after start_date")
        for p in problems_of(data_copy, tmp_path)
    )


def test_unknown_office_and_indicator_are_refused(data_copy, tmp_path):
    edit_row(data_copy, "leaders.csv", {"person": "Xi Jinping"}, office="king")
    edit_row(data_copy, "indicators.csv", {"state_id": "KAZ"}, indicator="gdp")
    problems = problems_of(data_copy, tmp_path)
    assert any(
        "office 'king' is not one of: head_of_state, head_of_government" in p for p in problems
    )
    assert any(
        "indicator 'gdp' is not one of: population, gdp_usd, area_km2" in p for p in problems
    )


def test_overlapping_chairmanships_are_refused(data_copy, tmp_path):
    line = edit_row(
        data_copy, "chairmanships.csv", {"start_date": "2025-09-01"}, start_date="2025-08-01"
    )
    assert any(
        p.startswith(f"chairmanships.csv, line {line}: KGZ's chairmanship starts before CHN's")
        for p in problems_of(data_copy, tmp_path)
    )


def test_a_leader_after_the_as_of_date_is_refused(data_copy, tmp_path):
    line = edit_row(data_copy, "leaders.csv", {"person": "Xi Jinping"}, start_date="2026-01-01")
    assert any(
        f"leaders.csv, line {line}: start_date 2026-01-01 is after the data's as-of date" in p
        for p in problems_of(data_copy, tmp_path)
    )


def test_a_meeting_id_must_match_its_council(data_copy, tmp_path):
    line = edit_row(data_copy, "summits.csv", {"id": "plus-2024"}, council="foreign_ministers")
    assert any(
        p.startswith(f"summits.csv, line {line}: id 'plus-2024' does not read cfm-2024")
        for p in problems_of(data_copy, tmp_path)
    )


def test_exercise_participant_must_name_an_exercise(data_copy, tmp_path):
    line = edit_row(
        data_copy, "exercise_participants.csv", {"state_id": "CHN"}, exercise_id="no-such"
    )
    assert (
        f"exercise_participants.csv, line {line}: exercise_id 'no-such' names no row of exercises"
    ) in problems_of(data_copy, tmp_path)


def test_a_document_party_must_name_a_state(data_copy, tmp_path):
    line = edit_row(data_copy, "document_parties.csv", {"state_id": "CHN"}, state_id="XXX")
    assert (
        f"document_parties.csv, line {line}: state_id 'XXX' names no row of states"
    ) in problems_of(data_copy, tmp_path)


def test_a_source_on_a_refused_host_is_refused(data_copy, tmp_path):
    line = edit_row(
        data_copy,
        "sources.csv",
        {"id": "bod-sectsco-about"},
        url="https://forum.defence.pk/threads/sco.1",
    )
    assert (
        f"sources.csv, line {line}: source 'bod-sectsco-about' is on the refused host"
        " defence.pk (docs/sources.md)"
    ) in problems_of(data_copy, tmp_path)


def test_a_date_known_to_the_month_may_meet_its_successors_day(data_copy, tmp_path):
    # Akhmetov took office in June 2003 (day unknown), the day Tasmagambetov's term ended.
    assert build(data_copy, tmp_path / "ok.db").is_file()
    line = edit_row(data_copy, "leaders.csv", {"person": "Daniyal Akhmetov"}, start_date="2003-07")
    assert (
        f"leaders.csv, line {line}: KAZ head_of_government: gap from 2003-06-11 to 2003-07"
        " after Imangali Tasmagambetov (an end date is the successor's first day; a gap the"
        ' sources leave starts the successor\'s note with "Gap:")'
    ) in problems_of(data_copy, tmp_path)


def test_a_supporting_source_named_in_a_note_must_exist(data_copy, tmp_path):
    line = edit_row(
        data_copy,
        "exercises.csv",
        {"id": "peace-mission-2007"},
        note="Dates per two reports. Also supported by: doc-uzdaily-pm2007, no-such-source.",
    )
    assert problems_of(data_copy, tmp_path) == [
        f"exercises.csv, line {line}: the note names 'no-such-source' as a supporting source,"
        " but no row of sources has that id"
    ]


def test_an_exercise_year_must_match_its_start(data_copy, tmp_path):
    line = edit_row(data_copy, "exercises.csv", {"id": "peace-mission-2007"}, year="2008")
    assert (
        f"exercises.csv, line {line}: year 2008 differs from start_date 2007-08-09"
    ) in problems_of(data_copy, tmp_path)


def test_two_current_chairmanships_are_refused(data_copy, tmp_path):
    edit_row(data_copy, "chairmanships.csv", {"start_date": "2024-07-04"}, end_date="")
    problems = problems_of(data_copy, tmp_path)
    assert "chairmanships.csv: 2 current chairmanships (at most one row may have an empty" in (
        " ".join(problems)
    )
