"""Each state's fact sheet carries a small map pointing the state out."""

import pytest
from PySide6.QtGui import QColor

from sco_desktop.core.data.geography import load_geography
from sco_desktop.core.domain.kinds import NO_STATUS
from sco_desktop.core.present.atlas import Atlas
from sco_desktop.output.map_picture import HIGHLIGHT, LOCATOR_WIDTH, map_layout
from sco_desktop.output.palette import STATUS_COLOURS
from sco_desktop.output.sheets import SheetMaker


@pytest.fixture(scope="module")
def maker(repo):
    return SheetMaker(repo)


def colour_at(image, atlas, city):
    geography = atlas.geography
    height = round(LOCATOR_WIDTH * geography.height / geography.width)
    layout = map_layout(atlas, LOCATOR_WIDTH, height, decorated=False)
    x, y = layout.to_px(geography.places[city].x, geography.places[city].y)
    ratio = image.devicePixelRatio()
    return image.pixelColor(round(x * ratio), round(y * ratio))


@pytest.mark.parametrize(
    ("state", "inside", "outside"), [("KAZ", "Astana", "Moscow"), ("MDV", "Malé", "Astana")]
)
def test_a_state_sheet_shows_the_state_on_a_locator_map(qapp, maker, state, inside, outside):
    sheet = maker.sheet("state", state)
    image = sheet.images[f"locator:{state}"]
    assert f'src="locator:{state}"' in sheet.html
    assert "Map: Boundaries are de facto, from Natural Earth" in sheet.html
    atlas = Atlas(maker.repo, load_geography())
    assert colour_at(image, atlas, inside) == QColor(HIGHLIGHT)
    assert colour_at(image, atlas, outside) == QColor(STATUS_COLOURS[NO_STATUS])


def test_other_sheets_have_no_locator(qapp, maker):
    sheet = maker.sheet("body", "rats")
    assert not any(name.startswith("locator:") for name in sheet.images)


def test_without_a_readable_map_file_sheets_are_made_without_it(qapp, repo, tmp_path, monkeypatch):
    from sco_desktop.core.infra import locations

    broken = tmp_path / "map.json"
    broken.write_text("[]", encoding="utf-8")
    monkeypatch.setattr(locations, "map_file", lambda: broken)
    sheet = SheetMaker(repo).sheet("state", "KAZ")
    assert "locator:KAZ" not in sheet.images
    assert "Kazakhstan" in sheet.html
