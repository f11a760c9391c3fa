"""The overview's key facts come from the data, each with its citation, and only those it has."""

import csv

from sco_desktop.core.infra import locations
from sco_desktop.core.present.dossier import gather_overview
from sco_desktop.core.present.html import render_overview
from sco_desktop.core.present.text import overview_data


def _rows(table):
    with (locations.data_folder() / f"{table}.csv").open(encoding="utf-8") as stream:
        return list(csv.DictReader(stream))


def test_founding_secretariat_and_secretary_general_are_the_datas(repo):
    overview = gather_overview(repo)
    first = min(
        (r for r in _rows("state_statuses") if r["status"] == "member"),
        key=lambda r: r["start_date"],
    )
    assert overview.founding.start_date == first["start_date"]
    secretariat = next(r for r in _rows("bodies") if r["id"] == "secretariat")
    assert overview.secretariat.seat_city == secretariat["seat_city"]
    current = [
        r
        for r in _rows("office_holders")
        if r["role"] == "Secretary-General"
        and r["start_date"] <= repo.data_as_of
        and not r["end_date"]
    ]
    assert [overview.secretary_general.person] == [r["person"] for r in current]


def test_each_key_fact_is_cited_in_the_pane_and_the_command_line(repo):
    overview = gather_overview(repo)
    sources = {s.id: s for s in repo.sources()}
    page = render_overview(overview, sources)
    for label in ("Founded", "Secretariat", "Secretary-General on"):
        row = page[page.index(f"<td class='label'>{label}") :].split("</tr>")[0]
        assert "sco:source/" in row, label
    facts = overview_data(overview, sources)["key_facts"]
    assert [f["label"].split(" on ")[0] for f in facts] == [
        "Founded",
        "Secretariat",
        "Secretary-General",
    ]
    assert all(f["source"] for f in facts)


def test_the_secretary_general_follows_the_as_of_date(repo):
    assert gather_overview(repo, "2012-06-01").secretary_general.person == "Muratbek Imanaliev"
    before = gather_overview(repo, "2003-01-01")
    assert before.secretary_general is None
    assert before.secretariat is None  # not yet set up
    assert "Secretary-General on" not in render_overview(gather_overview(repo, "2003-01-01"), {})


def test_facts_the_data_lacks_are_left_out(repo):
    page = render_overview(gather_overview(repo), {s.id: s for s in repo.sources()})
    # Who chairs now has its own section (the chairmanship table); working languages are not
    # in the data.
    for absent in ("Working languages", "Headquarters"):
        assert absent not in page
