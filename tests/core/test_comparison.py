"""States side by side and ranked: every value equals the database, with its year and sources."""

import itertools
import shutil
import sqlite3

import pytest

from sco_desktop.core.data import Repository
from sco_desktop.core.domain.dates import date_floor
from sco_desktop.core.present.comparison import HOSTED_COUNCILS, INDICATORS, RANKABLE, Facts


@pytest.fixture(scope="module")
def facts(repo):
    return Facts(repo)


def test_status_and_accession_are_the_databases(facts, repo):
    for state in repo.states():
        history = repo.status_history(state.id)
        current = next(p for p in history if p.end_date is None)
        status = facts.status(state.id)
        assert status.when == current.start_date and status.sources == (current.source_id,)
        member = next((p for p in history if p.status == "member"), None)
        accession = facts.accession(state.id)
        assert accession.text == (member.start_date if member else "–")


def test_trade_is_chinas_latest_figure_with_its_year_and_source(facts, repo):
    for state_id in facts.names:
        series = repo.trade_series("CHN", state_id)
        fact = facts.trade_with_china(state_id)
        if not series:
            assert fact.number is None
            continue
        latest = series[-1]
        assert (fact.number, fact.when, fact.sources) == (
            latest.value_usd,
            str(latest.year),
            (latest.source_id,),
        )


def test_meetings_and_documents_hosted_are_counted_from_the_database(facts, repo):
    for state_id in ("KAZ", "CHN", "IND", "EGY"):
        hosted = [s for s in repo.summits(host_state_id=state_id) if s.council in HOSTED_COUNCILS]
        assert facts.summits_hosted(state_id).number == len(hosted)
        documents = [d for s in hosted for d in repo.documents(summit_id=s.id)]
        assert facts.documents_signed(state_id).number == len(documents)
        assert set(facts.documents_signed(state_id).sources) == {d.source_id for d in documents}


def test_years_as_a_member_count_from_accession_to_the_day(repo):
    facts = Facts(repo, "2017-06-09")
    assert facts.years_as_member("IND").number == 0.0
    assert facts.years_as_member("KAZ").number == 16.0
    assert facts.years_as_member("IRN").number is None  # a member from 2023 only
    assert facts.years_with_status("IRN").text.endswith("(since 2005-07-05)")


def test_an_earlier_day_leaves_out_what_came_after(repo):
    facts = Facts(repo, "2005-01-01")
    earlier = [p for p in repo.trade_series("CHN", "RUS") if p.year <= 2005]
    assert facts.trade_with_china("RUS").when == str(earlier[-1].year)
    assert min(p.year for p in repo.trade_series("CHN", "BLR")) > 2005
    assert facts.trade_with_china("BLR").number is None  # China's figures start later
    hosted = [
        s
        for s in repo.summits(host_state_id="KAZ")
        if date_floor(s.start_date) <= "2005-01-01" and s.council in HOSTED_COUNCILS
    ]
    assert facts.summits_hosted("KAZ").number == len(hosted)
    assert "2024" not in facts.summits_hosted("KAZ").text


def test_compare_gives_every_indicator_for_each_state_in_order(facts):
    rows = facts.compare(["UZB", "KAZ", "KGZ"])
    assert [indicator.key for indicator, _values in rows] == [i.key for i in INDICATORS]
    for indicator, values in rows:
        assert values == [facts.fact(indicator.key, s) for s in ("UZB", "KAZ", "KGZ")]


@pytest.mark.parametrize("key", RANKABLE)
def test_rankings_are_ordered_with_shared_ranks_and_member_ranks(facts, repo, key):
    ranked = facts.rank(key)
    assert {row.state_id for row in ranked} == set(facts.names)
    numbers = [row.fact.number for row in ranked if row.fact.number is not None]
    assert numbers == sorted(numbers, reverse=True)
    for before, after in itertools.pairwise(ranked):
        if after.fact.number is None:
            assert after.rank is None
        elif before.fact.number == after.fact.number:
            assert before.rank == after.rank
        else:
            assert after.rank == ranked.index(after) + 1
    members = {s.id for s in repo.states(status="member")}
    member_rows = [row for row in ranked if row.state_id in members and row.fact.number is not None]
    assert [row.rank_among_members for row in member_rows][:1] == [1]
    assert all(row.rank_among_members is None for row in ranked if row.state_id not in members)


def test_rankings_filtered_to_members_or_partners(facts, repo):
    members = {s.id for s in repo.states(status="member")}
    assert {row.state_id for row in facts.rank("trade-with-china", "members")} == members
    partners = {s.id for s in repo.states() if s.status != "member"}
    assert {row.state_id for row in facts.rank("trade-with-china", "partners")} == partners
    # Trade ranks: Russia first among everyone on the data's day.
    top = facts.rank("trade-with-china")[0]
    assert top.state_id == "RUS" and top.rank == top.rank_among_members == 1


def test_population_gdp_and_area_come_from_their_own_table(repo):
    facts = Facts(repo)
    population = facts.population("KAZ")
    assert (population.number, population.when) == (20283399.0, "2025")
    assert population.text == "20,283,399 people"
    assert facts.gdp("UZB").when == "2024" and facts.gdp("KAZ").number is None
    # An earlier day takes the latest figure of a year up to it, or none.
    assert Facts(repo, "2018-06-01").population("KAZ").when == "2018"
    assert Facts(repo, "2000-06-01").population("KAZ").number is None
    # Russia is the largest member by area, China the second.
    ranked = facts.rank("area", "members")
    assert ranked[0].state_id == "RUS" and ranked[0].rank == 1
    assert ranked[1].state_id == "CHN" and ranked[1].rank == 2


def _rows(repo, sql, *params):
    """The bundled database read directly, not through the repository."""
    connection = sqlite3.connect(f"file:{repo.path}?mode=ro", uri=True)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


@pytest.mark.parametrize("office", ["head_of_state", "head_of_government"])
@pytest.mark.parametrize("day", ["2025-09-01", "2010-01-01"])
def test_heads_of_state_and_government_on_the_day_are_the_databases(repo, office, day):
    facts = Facts(repo, day)
    for state_id in facts.names:
        held = _rows(
            repo,
            "select person, start_date, source_id from leaders where state_id = ? and office = ?"
            " and coalesce(start_date, '0001') <= ? and (end_date is null or end_date > ?)",
            state_id,
            office,
            day,
            day,
        )
        fact = facts.fact(office.replace("_", "-"), state_id)
        if not held:
            assert fact.number is None and fact.text == "–" and not fact.sources
            continue
        person, start, source_id = held[0]
        assert fact.text.startswith(person) and fact.sources == (source_id,)
        assert fact.when == start
        if start:
            assert fact.text.endswith(f"since {start}")


def test_gdp_per_person_only_from_figures_of_one_year(repo):
    facts = Facts(repo)
    gdp_rows = _rows(
        repo, "select state_id, year, value, source_id from indicators where indicator = 'gdp_usd'"
    )
    assert gdp_rows, "the data holds GDP figures"
    latest_gdp = {}
    for state_id, year, value, source_id in sorted(gdp_rows, key=lambda r: r[1]):
        latest_gdp[state_id] = (year, value, source_id)
    for state_id in facts.names:
        fact = facts.gdp_per_person(state_id)
        if state_id not in latest_gdp:
            assert fact.number is None and fact.note is None
            continue
        year, gdp, gdp_source = latest_gdp[state_id]
        same_year = _rows(
            repo,
            "select value, source_id from indicators where state_id = ?"
            " and indicator = 'population' and year = ?",
            state_id,
            year,
        )
        if same_year:
            population, population_source = same_year[0]
            assert fact.number == round(gdp / population, 2)
            assert fact.when == str(year)
            assert fact.sources == (gdp_source, population_source)
        else:
            assert fact.number is None and fact.when is None
            assert f"GDP is for {year}" in fact.note and "not mixed" in fact.note


def test_gdp_per_person_is_left_out_with_its_reason_when_the_years_differ(repo, tmp_path):
    # The population of the GDP's year taken away: another year's must not stand in for it.
    changed_path = tmp_path / "changed.db"
    shutil.copy(repo.path, changed_path)
    connection = sqlite3.connect(changed_path)
    connection.execute(
        "delete from indicators where state_id = 'UZB' and indicator = 'population' and year = 2024"
    )
    connection.commit()
    connection.close()
    with Repository(changed_path) as changed:
        fact = Facts(changed).gdp_per_person("UZB")
        figures = sorted(changed.indicators("UZB"), key=lambda f: f.year)
    assert fact.number is None and fact.text == "–" and not fact.sources
    years = ", ".join(str(f.year) for f in figures if f.indicator == "population")
    assert fact.note.startswith(f"Not worked out: GDP is for 2024, population only for {years};")


@pytest.mark.parametrize(
    ("key", "indicator"), [("population", "population"), ("gdp", "gdp_usd"), ("area", "area_km2")]
)
def test_ranked_figures_are_the_databases_latest_with_their_year(facts, repo, key, indicator):
    latest = {}
    for state_id, year, value, source_id in _rows(
        repo,
        "select state_id, year, value, source_id from indicators where indicator = ? order by year",
        indicator,
    ):
        latest[state_id] = (float(value), str(year), (source_id,))
    ranked = facts.rank(key)
    assert {r.state_id: (r.fact.number, r.fact.when, r.fact.sources) for r in ranked if r.rank} == (
        latest
    )
