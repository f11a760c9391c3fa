"""`sco-desktop compare` and `sco-desktop rank`: values equal the database, each cited."""

import json

from conftest import run_cli

from sco_desktop import cli
from sco_desktop.core.present.comparison import HOSTED_COUNCILS


def run(capsys, *argv):
    try:
        code = cli.run(cli.build_parser().parse_args([str(arg) for arg in argv]))
    except SystemExit as stop:
        code = stop.code
    out, err = capsys.readouterr()
    return code, out, err


def test_compare_json_has_every_value_with_its_year_and_numbered_sources(capsys, repo):
    code, out, _err = run(capsys, "compare", "KAZ", "Узбекистан", "kgz", "--json")
    assert code == 0
    data = json.loads(out)
    assert [s["id"] for s in data["states"]] == ["KAZ", "UZB", "KGZ"]
    rows = {row["indicator"]: row["values"] for row in data["rows"]}
    numbers = {source["number"]: source["id"] for source in data["sources"]}
    for value, state_id in zip(rows["trade-with-china"], ("KAZ", "UZB", "KGZ"), strict=True):
        latest = repo.trade_series("CHN", state_id)[-1]
        assert value["value"] == latest.value_usd and value["when"] == str(latest.year)
        assert [numbers[n] for n in value["sources"]] == [latest.source_id]
    assert rows["accession"][0]["text"] == "2001-06-15"
    hosted = [s for s in repo.summits(host_state_id="KAZ") if s.council in HOSTED_COUNCILS]
    assert rows["summits-hosted"][0]["value"] == len(hosted)


def test_compare_text_cites_and_lists_its_sources(capsys):
    code, out, _err = run(capsys, "compare", "IND", "PAK", "--as-of", "2010-01-01")
    assert code == 0
    assert out.startswith("India, Pakistan: compared on 2010-01-01")
    assert "  India: Observer state since 2005-07-05 [1]" in out
    assert "\nSources:\n  [1] " in out


def test_compare_refuses_too_few_too_many_unknown_and_twice(capsys):
    for argv in (
        ("compare", "KAZ"),
        ("compare", "KAZ", "UZB", "KGZ", "TJK", "RUS", "CHN", "IND"),
        ("compare", "KAZ", "Atlantis"),
        ("compare", "KAZ", "rats"),
        ("compare", "KAZ", "kaz"),
    ):
        code, _out, err = run(capsys, *argv)
        assert code == 1 and err.count("\n") == 1, argv


def test_rank_members_by_trade_with_ranks_years_and_sources(capsys, repo):
    code, out, _err = run(capsys, "rank", "trade-with-china", "--members", "--json")
    assert code == 0
    data = json.loads(out)
    members = {s.id for s in repo.states(status="member")}
    assert {row["state"] for row in data["rows"]} == members
    ranked = [row for row in data["rows"] if row["value"] is not None]
    assert [row["rank_among_members"] for row in ranked] == list(range(1, len(ranked) + 1))
    assert all(row["rank"] >= row["rank_among_members"] for row in ranked)
    for row in ranked:
        latest = repo.trade_series("CHN", row["state"])[-1]
        assert (row["value"], row["when"]) == (latest.value_usd, str(latest.year))
    china = next(row for row in data["rows"] if row["state"] == "CHN")
    assert china["rank"] is None and china["value"] is None


def test_rank_usage_mistakes_are_one_line(capsys):
    code, _out, err = run(capsys, "rank", "life-expectancy")
    assert code == 2 and err.count("\n") == 1 and "trade-with-china" in err
    code, _out, err = run(capsys, "rank", "summits-hosted", "--members", "--partners")
    assert code == 2 and err.count("\n") == 1


def test_child_compare_and_rank():
    result = run_cli("compare", "KAZ", "UZB")
    assert result.returncode == 0, result.stderr
    assert "Kazakhstan, Uzbekistan: compared on 2025-11-18" in result.stdout
    result = run_cli("rank", "years-as-member")
    assert result.returncode == 0, result.stderr
    assert "Years as a member, every state" in result.stdout


def test_compare_json_names_the_leaders_and_gdp_per_person_with_sources(capsys, repo):
    code, out, _err = run(capsys, "compare", "UZB", "KAZ", "--json")
    assert code == 0
    data = json.loads(out)
    rows = {row["indicator"]: row["values"] for row in data["rows"]}
    numbers = {source["number"]: source["id"] for source in data["sources"]}
    for office in ("head_of_state", "head_of_government"):
        for value, state_id in zip(rows[office.replace("_", "-")], ("UZB", "KAZ"), strict=True):
            holder = next(
                leader
                for leader in repo.leaders(state_id)
                if leader.office == office and leader.end_date is None
            )
            assert value["text"].startswith(holder.person)
            assert [numbers[n] for n in value["sources"]] == [holder.source_id]
    uzbekistan, kazakhstan = rows["gdp-per-person"]
    figures = {(f.indicator, f.year): f for f in repo.indicators("UZB")}
    gdp, population = figures["gdp_usd", 2024], figures["population", 2024]
    assert uzbekistan["value"] == round(gdp.value / population.value, 2)
    assert uzbekistan["when"] == "2024" and uzbekistan["note"] is None
    assert [numbers[n] for n in uzbekistan["sources"]] == [gdp.source_id, population.source_id]
    assert kazakhstan["value"] is None and kazakhstan["sources"] == []


def test_rank_covers_every_indicator_of_the_rankings_with_years(capsys, repo):
    for indicator in (
        "population",
        "gdp",
        "area",
        "trade-with-china",
        "years-as-member",
        "years-with-status",
    ):
        code, out, _err = run(capsys, "rank", indicator, "--members", "--json")
        assert code == 0, indicator
        data = json.loads(out)
        members = {state.id for state in repo.states(status="member")}
        assert {row["state"] for row in data["rows"]} == members
        for row in data["rows"]:
            assert (row["value"] is None) == (row["rank"] is None)
            if row["value"] is not None:
                assert row["when"] and row["sources"]
                assert row["rank"] >= row["rank_among_members"]
        everyone = json.loads(run(capsys, "rank", indicator, "--json")[1])["rows"]
        # The members listed alone keep their ranks among all.
        assert {r["state"]: r["rank"] for r in data["rows"]} == {
            r["state"]: r["rank"] for r in everyone if r["state"] in members
        }
