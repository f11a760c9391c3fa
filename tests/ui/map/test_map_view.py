"""The map view in the window: opened from the navigator, hover, click, timeline, export."""

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from sco_desktop.core.domain.kinds import NO_STATUS
from sco_desktop.output.palette import STATUS_COLOURS
from sco_desktop.ui.map.pane import MapPane


@pytest.fixture
def map_view(window, qtbot):
    # Opened the way a reader opens it: the "Map" row of the navigator's Charts group.
    model = window.navigator_model
    with qtbot.waitSignal(window.navigation.entity_shown):
        index = window.navigator._proxy.mapFromSource(model.index_of("view", "map"))
        window.navigator.tree.setCurrentIndex(index)
    pane = window.navigation.views["map"]
    assert isinstance(pane, MapPane) and window.detail_stack.currentWidget() is pane
    window.resize(1200, 800)
    qtbot.waitUntil(lambda: pane.canvas.width() > 400)
    return pane


def point_of(pane, city):
    """Where a place of the map file is on the canvas now."""
    place = pane.atlas.geography.places[city]
    x, y = pane.canvas.layout_now().to_px(place.x, place.y)
    return QPoint(round(x), round(y))


def sea_point(pane):
    x, y, width, _height = pane.canvas.layout_now().map_rect
    return QPoint(round(x + width - 3), round(y + 3))


def test_hover_shows_three_names_and_since_when(map_view, qtbot):
    canvas = map_view.canvas
    qtbot.mouseMove(canvas, point_of(map_view, "Astana"))
    qtbot.waitUntil(lambda: canvas.hovered == "KAZ")
    assert canvas.hover_text == "Kazakhstan · Казахстан · 哈萨克斯坦\nMember state since 2001-06-15"
    qtbot.mouseMove(canvas, point_of(map_view, "New Delhi"))
    qtbot.waitUntil(lambda: canvas.hovered == "IND")
    assert canvas.hover_text.startswith("India · Индия · 印度\nMember state since 2017-06-09")
    qtbot.mouseMove(canvas, sea_point(map_view))
    qtbot.waitUntil(lambda: canvas.hovered is None)
    assert canvas.hover_text == ""


def test_click_on_a_state_opens_it(map_view, window, qtbot):
    with qtbot.waitSignal(map_view.entity_selected) as opened:
        qtbot.mouseClick(
            map_view.canvas, Qt.MouseButton.LeftButton, pos=point_of(map_view, "Astana")
        )
    assert opened.args == ["state", "KAZ"]
    assert window.current == ("state", "KAZ")
    assert "Kazakhstan" in window.detail_view.toPlainText()


def test_click_on_the_sea_or_a_point_state(map_view, window, qtbot):
    with qtbot.assertNotEmitted(map_view.entity_selected):
        qtbot.mouseClick(map_view.canvas, Qt.MouseButton.LeftButton, pos=sea_point(map_view))
    assert window.current == ("view", "map")
    # Maldives is too small for the boundaries: its point at Malé opens it.
    with qtbot.waitSignal(map_view.entity_selected) as opened:
        qtbot.mouseClick(map_view.canvas, Qt.MouseButton.LeftButton, pos=point_of(map_view, "Malé"))
    assert opened.args == ["state", "MDV"]


def test_the_canvas_paints_the_statuses_of_its_day(map_view, window):
    window.set_as_of("2015-07-10")
    image = map_view.canvas.grab().toImage()
    ratio = image.devicePixelRatio()

    def colour_at(city):
        point = point_of(map_view, city)
        return image.pixelColor(round(point.x() * ratio), round(point.y() * ratio))

    assert colour_at("Astana") == QColor(STATUS_COLOURS["member"])
    assert colour_at("New Delhi") == QColor(STATUS_COLOURS["observer"])
    window.set_as_of("2025-09-01")
    image = map_view.canvas.grab().toImage()
    assert colour_at("New Delhi") == QColor(STATUS_COLOURS["member"])
    assert colour_at("Malé") == QColor(STATUS_COLOURS["partner"])


def test_timeline_steps_through_the_changes_and_the_as_of_date_follows(map_view, window, qtbot):
    dates = map_view.atlas.change_dates
    with qtbot.waitSignal(map_view.as_of_chosen):
        map_view.slider.setValue(0)
    assert window.as_of == map_view.day == dates[0] == "2001-06-15"
    assert not map_view.back_button.isEnabled()
    map_view.forward_button.click()
    assert window.as_of == map_view.day == dates[1]
    assert map_view.slider.value() == 1
    map_view.back_button.click()
    assert window.as_of == dates[0]
    # The window's date moves the timeline to the last change on or before it.
    window.set_as_of("2016-03-01")
    assert map_view.day == "2016-03-01" and map_view.date_label.text() == "2016-03-01"
    assert dates[map_view.slider.value()] == "2015-07-10"
    map_view.forward_button.click()
    assert window.as_of == "2017-06-09"


def test_play_runs_to_the_last_change_and_stops(map_view, window, qtbot):
    map_view._timer.setInterval(0)
    seen = []
    map_view.as_of_chosen.connect(seen.append)
    map_view.play_button.click()
    qtbot.waitUntil(lambda: not map_view.play_button.isChecked(), timeout=20_000)
    dates = map_view.atlas.change_dates
    # From the data's date (the last change) play starts again at the founding.
    assert seen == list(dates)
    assert window.as_of == dates[-1] and map_view.play_button.text() == "Play"


def test_leaving_the_map_stops_the_play(map_view, window):
    map_view.play_button.click()
    assert map_view.play_button.isChecked()
    window.show_entity("state", "KAZ")
    assert not map_view.play_button.isChecked() and not map_view._timer.isActive()


def test_meeting_places_hover_and_export(map_view, qtbot, tmp_path):
    map_view.places_box.setChecked(True)
    qtbot.mouseMove(map_view.canvas, point_of(map_view, "Ufa"))
    qtbot.waitUntil(lambda: map_view.canvas.hover_text.startswith("Ufa: "))
    assert map_view.canvas.hover_text == "Ufa: 2015 (Heads of State Council)"
    path = map_view.export(tmp_path / "shown.svg")
    root = ET.parse(path).getroot()
    namespace = "{http://www.w3.org/2000/svg}"
    assert root.find(f"{namespace}g[@id='meeting-places']") is not None
    statuses = {e.get("id"): e.get("data-status") for e in root.iter() if e.get("data-status")}
    assert statuses["IND"] == "member" and statuses["UKR"] == NO_STATUS


def test_a_damaged_map_file_is_a_message_not_a_crash(window, qtbot, tmp_path, monkeypatch):
    from sco_desktop.core.infra import locations

    broken = tmp_path / "map.json"
    broken.write_bytes(b"\x00\x01 not a map")
    monkeypatch.setattr(locations, "map_file", lambda: broken)
    assert window.show_entity("view", "map")
    view = window.navigation.views["map"]
    assert view.objectName() == "mapProblem"
    assert view.text().startswith("The map cannot be shown: the map file")
    assert str(broken) in view.text()
    # The rest of the window goes on working.
    assert window.show_entity("state", "KAZ")
    assert "Kazakhstan" in window.detail_view.toPlainText()
