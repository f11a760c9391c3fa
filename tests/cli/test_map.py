"""`sco-desktop map` and the map's exports: the right states in the right colours, files whole."""

import xml.etree.ElementTree as ET

import pytest
from conftest import run_cli
from PySide6.QtGui import QColor, QImage

from sco_desktop import cli
from sco_desktop.core.data.geography import load_geography
from sco_desktop.core.domain.kinds import NO_STATUS
from sco_desktop.core.infra.atomic import WriteError
from sco_desktop.core.present.atlas import Atlas
from sco_desktop.output.map_picture import (
    EXPORT_WIDTH,
    MapPicture,
    export_height,
    export_map,
    map_layout,
)
from sco_desktop.output.palette import STATUS_COLOURS

SVG = "{http://www.w3.org/2000/svg}"


def run(*argv):
    return cli.run(cli.build_parser().parse_args([str(arg) for arg in argv]))


@pytest.fixture(autouse=True)
def application(qapp):
    """The tests' QApplication, before the command would make a QGuiApplication of its own."""
    return qapp


@pytest.fixture(scope="module")
def atlas(repo):
    return Atlas(repo, load_geography())


@pytest.fixture
def picture(atlas):
    return MapPicture(atlas)


def shapes_of(path):
    """{id: (data-status, fill)} of every element of the SVG that carries a status."""
    root = ET.parse(path).getroot()
    found = {}
    for element in root.iter():
        if "data-status" in element.attrib:
            key = element.attrib["id"]
            assert key not in found, f"{key} drawn twice"
            found[key] = (element.attrib["data-status"], element.attrib["fill"])
    return found


def test_svg_of_2015_07_10_colours_exactly_the_states_holding_each_status(tmp_path, repo):
    path = tmp_path / "ufa.svg"
    result = run_cli("map", "--as-of", "2015-07-10", "-o", str(path))
    assert result.returncode == 0, result.stderr
    shapes = shapes_of(path)
    held = {state.id: state.status for state in repo.states(as_of="2015-07-10")}
    for status in ("member", "observer", "dialogue_partner"):
        expected = {key for key, value in held.items() if value == status}
        drawn = {key for key, (value, _fill) in shapes.items() if value == status}
        assert drawn == expected, status
    assert {key for key, (value, _f) in shapes.items() if value == "partner"} == set()
    assert {key for key, (value, _f) in shapes.items() if value != NO_STATUS} == set(held)
    for key, (status, fill) in shapes.items():
        assert fill == STATUS_COLOURS[status], key
    # Every state of the data is there, with its ISO3 code as its id.
    assert set(repo.labels()) & set(shapes) >= {s.id for s in repo.states()}
    text = path.read_text(encoding="utf-8")
    assert "2015-07-10" in text and "Natural Earth" in text and "imply no position" in text


def test_svg_title_legend_and_hover_titles(tmp_path, atlas):
    path = tmp_path / "now.svg"
    assert run("map", "--places", "-o", path) == 0
    root = ET.parse(path).getroot()
    assert root.find(f"{SVG}title").text == "The Shanghai Cooperation Organisation on 2025-11-18"
    legend = [t.text for t in root.find(f"{SVG}g[@id='legend']").iter(f"{SVG}text")]
    assert legend == [label for _status, label in atlas.legend()] + ["Leaders' meeting place"]
    kaz = root.find(f".//{SVG}path[@id='KAZ']")
    assert kaz.find(f"{SVG}title").text.startswith("Kazakhstan · Казахстан · 哈萨克斯坦")
    places = root.find(f"{SVG}g[@id='meeting-places']")
    assert len(places) == len(atlas.meeting_places("2025-09-01"))
    assert "GeoNames (CC BY 4.0)" in path.read_text(encoding="utf-8")


def test_png_has_the_status_colours_where_the_states_are(tmp_path, atlas):
    path = tmp_path / "map.png"
    assert run("map", "--as-of", "2015-07-10", "-o", path) == 0
    image = QImage(str(path))
    height = export_height(atlas)
    assert (image.width(), image.height()) == (EXPORT_WIDTH, height)
    layout = map_layout(atlas, EXPORT_WIDTH, height)
    places = atlas.geography.places

    def colour_at(city):
        x, y = layout.to_px(places[city].x, places[city].y)
        return image.pixelColor(round(x), round(y))

    assert colour_at("Astana") == QColor(STATUS_COLOURS["member"])
    assert colour_at("New Delhi") == QColor(STATUS_COLOURS["observer"])
    assert colour_at("Malé") == QColor(STATUS_COLOURS[NO_STATUS])


def test_wrong_names_and_days_are_one_line(tmp_path, capsys):
    assert run("map", "-o", tmp_path / "map.gif") == 1
    assert run("map", "--as-of", "1999-01-01", "-o", tmp_path / "m.png") == 1
    assert run("map", "-o", tmp_path / "missing" / "m.png") == 1
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 3
    assert "must end in .png or .svg" in lines[0]
    assert "from 2001-06-15 to 2025-11-18" in lines[1]
    assert "does not exist" in lines[2]
    assert list(tmp_path.iterdir()) == []


def test_exports_replace_a_file_whole_or_not_at_all(tmp_path, picture, monkeypatch):
    target = tmp_path / "map.png"
    export_map(picture, target, "2015-07-10")
    before = target.read_bytes()
    # An image that cannot be encoded (the one failure a full disk aside) must leave the old
    # file as it was and no temporary file beside it.
    monkeypatch.setattr(MapPicture, "image", lambda *_args, **_kw: QImage())
    with pytest.raises(WriteError, match="could not be encoded"):
        export_map(picture, target, "2025-09-01")
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["map.png"]
    monkeypatch.undo()
    svg = export_map(picture, tmp_path / "map.svg", "2025-09-01")
    assert ET.parse(svg).getroot().tag == f"{SVG}svg"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.png", "map.svg"]


def test_a_damaged_map_file_is_one_line(tmp_path, capsys, monkeypatch):
    from sco_desktop.core.infra import locations

    broken = tmp_path / "map.json"
    broken.write_text("{", encoding="utf-8")
    monkeypatch.setattr(locations, "map_file", lambda: broken)
    assert run("map", "-o", tmp_path / "m.svg") == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "map file" in err and "Traceback" not in err


def test_markup_and_control_characters_in_names_stay_text_in_the_svg(data_copy, tmp_path):
    import csv

    from sco_desktop.core.data.build import build

    path = data_copy / "states.csv"
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        fields, rows = reader.fieldnames, list(reader)
    for row in rows:
        if row["id"] == "KAZ":
            row["name"] = 'Kazakhstan\x1b[2J <b>&amp;</b> "q" \x07'
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    database = build(data_copy, tmp_path / "hostile.db")
    assert run("--db", database, "map", "-o", tmp_path / "hostile.svg") == 0
    root = ET.parse(tmp_path / "hostile.svg").getroot()  # well-formed XML despite the controls
    title = root.find(f".//{SVG}path[@id='KAZ']/{SVG}title").text
    assert title.startswith('Kazakhstan\\x1b[2J <b>&amp;</b> "q" \\x07 · Казахстан')
