"""The map's data: the bundled boundaries cover every state, and each day's statuses are the
database's."""

import csv
import datetime as dt
import json

import pytest

from sco_desktop.core.data.geography import GeographyError, load_geography
from sco_desktop.core.domain.kinds import NO_STATUS
from sco_desktop.core.infra import locations
from sco_desktop.core.present.atlas import Atlas


@pytest.fixture(scope="module")
def atlas(repo):
    return Atlas(repo, load_geography())


def test_every_state_of_the_data_is_drawn_as_a_shape_or_at_its_capital(atlas):
    # A state added to states.csv fails here until scripts/derive_map.py is run again.
    with (locations.data_folder() / "states.csv").open(encoding="utf-8") as handle:
        states = {row["id"] for row in csv.DictReader(handle)}
    shapes = {shape.id for shape in atlas.geography.shapes}
    points = set(atlas.point_states())
    assert states <= shapes | points
    assert not shapes & points
    assert points == {"MDV", "BHR"}  # too small for 1:110m


def test_the_map_file_names_its_sources_and_their_licences(atlas):
    geography = atlas.geography
    assert "Natural Earth" in geography.boundaries_source
    assert "public domain" in geography.boundaries_source
    assert any("GeoNames" in s and "CC BY 4.0" in s for s in geography.places_sources)
    note = (locations.data_folder() / "map-licence.md").read_text(encoding="utf-8")
    assert "public domain" in note and "CC BY 4.0" in note
    sources = {place.source.split()[0] for place in geography.places.values()}
    assert sources == {"Natural", "GeoNames"}


@pytest.mark.parametrize("day", ["2001-06-15", "2005-07-05", "2015-07-10", "2023-05-01", None])
def test_statuses_on_a_day_are_the_databases(atlas, repo, day):
    day = day or repo.data_as_of
    expected = {state.id: state.status for state in repo.states(as_of=day)}
    shown = {key: value for key, value in atlas.statuses_on(day).items() if value != NO_STATUS}
    assert shown == expected


def test_change_dates_are_exactly_the_days_something_changed(atlas, repo):
    first = dt.date.fromisoformat(atlas.first_date)
    last = dt.date.fromisoformat(repo.data_as_of)
    changed = []
    previous = None
    for offset in range((last - first).days + 1):
        day = (first + dt.timedelta(days=offset)).isoformat()
        now = atlas.statuses_on(day)
        if now != previous:
            changed.append(day)
        previous = now
    assert tuple(changed) == atlas.change_dates


def test_stepping_through_the_changes(atlas):
    dates = atlas.change_dates
    assert atlas.step(dates[0], 1) == dates[1]
    assert atlas.step(dates[0], -1) == dates[0]
    assert atlas.step(dates[-1], 1) == dates[-1]
    assert atlas.step("2016-01-01", -1) == "2015-07-10"
    assert atlas.step("2016-01-01", 1) == "2017-06-09"
    assert atlas.change_index("2016-01-01") == dates.index("2015-07-10")


def test_hover_text_has_three_names_and_since_when(atlas):
    assert atlas.describe("KAZ", "2015-07-10") == (
        "Kazakhstan · Казахстан · 哈萨克斯坦\nMember state since 2001-06-15"
    )
    assert atlas.describe("IND", "2015-07-10").endswith("Observer state since 2005-07-05")
    assert atlas.describe("IND", "2017-06-09").endswith("Member state since 2017-06-09")
    assert atlas.describe("TKM", "2015-07-10").endswith("No SCO status on 2015-07-10")


def test_meeting_places_up_to_a_day(atlas):
    places = {found.place.name: found.meetings for found in atlas.meeting_places("2015-07-10")}
    assert places["Ufa"] == ("2015 (Heads of State Council)",)
    assert places["Shanghai"] == (
        "1996 (Shanghai Five)",
        "2001 (Heads of State Council)",
        "2006 (Heads of State Council)",
    )
    assert "Qingdao" not in places
    everywhere = {found.place.name for found in atlas.meeting_places("2025-09-01")}
    assert "Tianjin" in everywhere and len(everywhere) == 14
    # New Delhi's only leaders' meeting (2023) was held by videoconference: no place (schema.md).
    assert "New Delhi" not in everywhere


def test_a_damaged_map_file_is_one_clear_error(tmp_path):
    for content in ("{not json", json.dumps({"frame": [1, 1]}), ""):
        path = tmp_path / f"map{len(content)}.json"
        path.write_text(content, encoding="utf-8")
        with pytest.raises(GeographyError, match=str(path)):
            load_geography(path)
    with pytest.raises(GeographyError, match="cannot read"):
        load_geography(tmp_path / "missing.json")
