"""What the second edition's data shows: leaders, figures, chairmanship, exercises, border
agreements, representatives, and research notes kept behind the Provenance disclosure."""

import dataclasses
import re

import pytest

from sco_desktop.core.domain.records import Leader
from sco_desktop.core.present.dossier import gather, gather_overview
from sco_desktop.core.present.html import render, render_overview
from sco_desktop.core.present.text import dossier_data, dossier_text, overview_data


@pytest.fixture(scope="module")
def sources(repo):
    return {s.id: s for s in repo.sources()}


def text_of(page: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", page).split())


def test_a_state_pane_gives_its_leaders_and_figures_on_the_as_of_date(repo, sources):
    page = text_of(render(gather(repo, "state", "KAZ"), sources))
    assert "Head of state on 2025-11-18 Kassym-Jomart Tokayev" in page
    assert "Head of government on 2025-11-18 Olzhas Bektenov" in page
    assert "Population (2025) 20,283,399 people" in page
    assert "Nursultan Nazarbayev" in page and "Heads of state and government" in page
    dossier = gather(repo, "state", "KAZ", "2015-01-01")
    earlier = text_of(render(dossier, sources))
    assert "Head of state on 2015-01-01 Nursultan Nazarbayev" in earlier
    # Terms that began after the as-of date are not there yet; nor are later figures.
    assert all((x.start_date or "") <= "2015-01-01" for x in dossier.leaders)
    assert "Bektenov" not in earlier and "Population (2025)" not in earlier


def test_show_json_carries_what_the_state_pane_shows(repo, sources):
    data = dossier_data(gather(repo, "state", "KAZ"), sources)
    assert [x["person"] for x in data["leaders_now"]] == [
        "Kassym-Jomart Tokayev",
        "Olzhas Bektenov",
    ]
    assert {x["indicator"] for x in data["figures"]} == {"population", "area_km2"}
    assert data["leaders"][0]["source"]["number"] >= 1
    assert [c["start_date"] for c in data["chairmanships"]][:3] == [
        "2002-06-07",
        "2004-06-17",
        "2010-06-11",
    ]
    text = dossier_text(gather(repo, "state", "KAZ"), sources)
    assert "Head of state on 2025-11-18: Kassym-Jomart Tokayev" in text


def test_days_no_source_gives_a_holder_for_are_shown_as_such(repo, sources):
    # No source read names who held Kyrgyzstan's premiership between Atambayev and Chudinov.
    dossier = gather(repo, "state", "KGZ")
    page = text_of(render(dossier, sources))
    assert "Head of government No holder recorded 2007-11-28 2007-12-24" in page
    text = dossier_text(dossier, sources)
    assert "Head of government no holder recorded, 2007-11-28 to 2007-12-24" in text
    rows = dossier_data(dossier, sources)["leaders"]
    chudinov = next(x for x in rows if x["person"] == "Igor Chudinov")
    assert chudinov["follows_a_gap"] and chudinov["start_date"] == "2007-12-24"
    assert "No holder recorded" not in text_of(render(gather(repo, "state", "KAZ"), sources))


def test_a_gap_before_an_acting_holder_still_leaves_the_holder_marked_acting():
    def leader(note):
        return Leader(
            "KGZ", "head_of_government", "A. Person", None, None, "2005-08-15", None, "src", note
        )

    after_gap = leader(
        "Gap: no source names who held the office. Acting holder: named on 15 August."
    )
    assert after_gap.follows_a_gap and after_gap.acting
    assert not leader("Gap: no source names who held the office. Confirmed later.").acting
    assert leader("Acting holder: named on 15 August.").acting
    assert not leader("Acting holder: named.").follows_a_gap


def test_the_overview_says_who_chairs_on_the_date(repo, sources):
    assert "Kyrgyzstan chairs the SCO on 2025-11-18, since 2025-09-01" in text_of(
        render_overview(gather_overview(repo), sources)
    )
    data = overview_data(gather_overview(repo, "2020-01-01"), sources)
    assert data["chair"]["state"]["id"] == "RUS" and data["chair"]["since"] == "2019-06-14"


def test_an_exercise_has_its_pane_and_participants(repo, sources):
    dossier = gather(repo, "exercise", "peace-mission-2007")
    page = text_of(render(dossier, sources))
    assert "Peace Mission 2007" in page and "Series Peace Mission" in page
    assert "2007-08-09 to 2007-08-17" in page
    data = dossier_data(dossier, sources)
    assert len(data["participants"]) == 6
    assert ("exercise", "peace-mission-2007") in [
        ("exercise", e.id) for e in gather(repo, "state", "UZB").exercises
    ]


def test_a_border_agreement_names_its_parties_and_titles(repo, sources):
    dossier = gather(repo, "document", "border-cn-ru-western-1994")
    page = text_of(render(dossier, sources))
    assert "Kind Border agreement" in page and "Parties China" in page and "Russia" in page
    assert "中华人民共和国和俄罗斯联邦关于中俄国界西段的协定" in page
    data = dossier_data(dossier, sources)
    assert [p["state"]["id"] for p in data["parties"]] == ["CHN", "RUS"]
    assert "border-cn-ru-western-1994" in {d.id for d in gather(repo, "state", "RUS").documents}


def test_a_meeting_names_who_represented_each_state(repo, sources):
    page = text_of(render(gather(repo, "summit", "plus-2024"), sources))
    assert "Pakistan (Shehbaz Sharif (Prime Minister))" in page
    data = dossier_data(gather(repo, "summit", "plus-2024"), sources)
    assert {p["state"]["id"]: p["person"] for p in data["participants"]}["CHN"] == (
        "Xi Jinping (President)"
    )


def test_the_source_naming_a_representative_is_cited_beside_the_person(repo, sources):
    # Ufa 2015: the row is cited to TASS, the names of the heads of state to People's Daily.
    dossier = gather(repo, "summit", "hos-2015")
    china = next(p for p in dossier.participants if p.state_id == "CHN")
    assert china.note == "Representative: mt-peoplejp-2015-ufa."
    page = text_of(render(dossier, sources))
    data = dossier_data(dossier, sources)
    row = next(p for p in data["participants"] if p["state"]["id"] == "CHN")
    person_mark, row_mark = row["person_sources"][0]["number"], row["source"]["number"]
    assert row["person_sources"][0]["id"] == "mt-peoplejp-2015-ufa" and row["note"] == ""
    assert f"China (CHN) (Xi Jinping (President) [{person_mark}]) [{row_mark}]" in dossier_text(
        dossier, sources
    )
    assert f"XiJinping(President)[{person_mark}])[{row_mark}]" in page.replace(" ", "")
    opened = text_of(render(dossier, sources, provenance_open=True))
    assert "Representative:" not in opened


def test_research_notes_sit_behind_a_closed_provenance_disclosure(repo, sources):
    dossier = gather(repo, "state", "KAZ")
    note = next(x.note for x in dossier.leaders if x.person == "Nursultan Nazarbayev")
    closed = render(dossier, sources)
    assert "provenance:open" in closed and "NEWSru says" not in closed and "Note:" not in closed
    opened = render(dossier, sources, provenance_open=True)
    assert "provenance:close" in opened and note.split(" (")[0] in text_of(opened)
    # A sheet prints no research notes at all.
    assert "Provenance" not in render(dossier, sources, printable=True)


def test_a_note_listing_a_facts_sources_cites_them_beside_the_fact(repo, sources):
    dossier = gather(repo, "state", "KAZ")
    assert dossier.entity.note.startswith("Official name: bod-sectsco-about.")
    page = render(dossier, sources, provenance_open=True)
    # Capital: two sources, cited after the capital, and no such list left in the note.
    capital = re.search(r"Capital</td><td>(.*?)</td>", page).group(1)
    assert capital.count("<sup>") == 2
    assert "Official name:" not in text_of(page)


def test_an_office_holder_with_a_successor_is_not_shown_as_present(repo, sources):
    page = text_of(render(gather(repo, "body", "rats"), sources))
    assert "Vyacheslav Kasymov not known not known" in page
    assert page.count(" present ") == 1  # the incumbent only


def test_a_hostile_note_behind_the_disclosure_stays_text(repo, sources):
    dossier = gather(repo, "state", "KAZ")
    entity = dataclasses.replace(dossier.entity, note="<script>x</script> plain")
    page = render(dataclasses.replace(dossier, entity=entity), sources, provenance_open=True)
    assert "<script>" not in page and "&lt;script&gt;x&lt;/script&gt; plain" in page


def test_a_meeting_by_videoconference_has_no_place_but_who_convened_it(repo, sources):
    dossier = gather(repo, "summit", "hos-2023")
    assert dossier.entity.city is None
    assert dossier.title == "2023 (Heads of State Council, by videoconference)"
    page = text_of(render(dossier, sources))
    assert "Convened by India" in page and "Place" not in page
    assert "Convened by:    India (IND)" in dossier_text(dossier, sources)


def test_a_documents_russian_and_chinese_titles_are_cited_beside_them(repo, sources):
    dossier = gather(repo, "document", "declaration-new-delhi-2023")
    page = render(dossier, sources)
    for title, source_id in (
        (dossier.entity.title_ru, "nm-kremlin-2023-newdelhi"),
        (dossier.entity.title_zh, "nm-mna-2023-newdelhi"),
    ):
        cell = page.split(title, 1)[1].split("</td>", 1)[0]
        assert f'href="sco:source/{source_id}"' in cell
