"""The window without a mouse and with a screen reader: names, tab order, keyboard on charts.

Real widgets offscreen, driven by QTest key events: every control that takes the focus has an
accessible name (or a label that names it), Tab goes round the window in the order it is laid
out and comes back, and the charts and the map do from the keyboard what pointing and clicking
do, saying what they show in their accessible description.
"""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from sco_desktop.core.domain.kinds import VIEW_KIND
from sco_desktop.ui.common.chart_view import FOCUS_RING
from sco_desktop.ui.printing.dialogs import (
    ExportRequest,
    ExportSheetsDialog,
    PreferencesDialog,
    PrintPreferences,
)
from sco_desktop.ui.shell.help import ShortcutsDialog
from sco_desktop.ui.updates.controller import RollbackDialog, UpdateDialog

VIEWS = ("trade", "membership", "map", "compare", "rankings")


def unnamed_controls(root: QWidget) -> list[str]:
    """The controls under `root` that take the focus and have no name a screen reader can say:
    no accessible name, no label whose buddy they are, and (buttons) no words on them."""
    labelled = {
        label.buddy() for label in root.findChildren(QLabel) if label.buddy() and label.text()
    }
    missing = []
    for widget in root.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or widget.window() is not root:
            continue  # not a control, or part of a pop-up of one (a combo box's list)
        if widget.objectName().startswith("qt_"):
            continue  # Qt's own part of a control (a spin box's line edit, a tab bar)
        if widget.accessibleName().strip() or widget in labelled:
            continue
        if isinstance(widget, QAbstractButton) and any(c.isalpha() for c in widget.text()):
            continue  # a button is named by its words; "◀" is not a word
        missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_control_of_the_window_and_its_views_has_a_name(window):
    for view in VIEWS:
        assert window.show_entity(VIEW_KIND, view)
    window.show_entity("state", "KAZ")
    window.find_in_page()
    assert unnamed_controls(window) == []


def test_every_control_of_each_dialog_has_a_name(window, qtbot):
    dialogs = [
        PreferencesDialog(PrintPreferences("UNCLASSIFIED", "A4"), window),
        ExportSheetsDialog(
            {"all": "All sheets"}, ExportRequest("all", Path("."), "A4", ""), window
        ),
        ShortcutsDialog(window._menu_actions(), window),
        UpdateDialog(None, "not signed by a trusted key", window),
        RollbackDialog(["Update 2 is removed."], window),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        assert unnamed_controls(dialog) == [], dialog.windowTitle()


def tab_round(window, qtbot, start: QWidget, key=Qt.Key.Key_Tab, limit=600) -> list[str]:
    """The widgets Tab (or Shift+Tab) focuses from `start` until the focus is back at it,
    each run of one widget (a pane's links, a date's day, month and year) counted once."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus)
    visited = [start.objectName()]
    for _ in range(limit):
        modifier = Qt.KeyboardModifier.ShiftModifier if key == Qt.Key.Key_Backtab else None
        qtbot.keyClick(QApplication.focusWidget(), key, modifier or Qt.KeyboardModifier.NoModifier)
        focused = QApplication.focusWidget()
        if focused is start:
            return visited
        if focused.objectName() != visited[-1]:
            visited.append(focused.objectName())
    raise AssertionError(f"Tab never came back to {start.objectName()}: {visited[-12:]}")


def test_tab_goes_round_the_window_as_it_is_laid_out_and_back(window, qtbot):
    window.show_entity("state", "KAZ")
    forward = tab_round(window, qtbot, window.navigator.tree)
    assert forward == [
        "navigator",
        "detailView",  # and through its links
        "notesEditor",  # Tab leaves the note: it types no tab
        "notesPreview",
        "asOfDate",
        "searchField",
        "navigatorFilter",
    ]
    backward = tab_round(window, qtbot, window.navigator.tree, Qt.Key.Key_Backtab)
    assert backward == ["navigator", *reversed(forward[1:])]


def test_tab_reaches_every_control_of_a_chart_view_and_comes_back(window, qtbot):
    window.show_entity(VIEW_KIND, "trade")
    visited = tab_round(window, qtbot, window.navigator.tree)
    assert visited[:2] == ["navigator", "tradePartners"]
    for name in ("tradeFlow", "tradeScale", "tradeLog", "tradeFirstYear", "tradeChart"):
        assert name in visited
    assert visited[-3:] == ["asOfDate", "searchField", "navigatorFilter"]
    assert len(visited) == len(set(visited))  # each once: no loop inside the view


@pytest.fixture
def trade(window):
    window.show_entity(VIEW_KIND, "trade")
    pane = window.navigation.views["trade"]
    pane.partners.set_checked(["RUS", "KAZ"])
    return pane


def test_arrow_keys_move_the_trade_readout_and_say_it(trade, qtbot):
    chart = trade.chart
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    first = chart.cursor_point
    assert chart.readout and chart.accessibleDescription() == chart.readout
    # The same words pointing at that point gives.
    pointed = trade.hover_at(first.x(), first.y())
    assert chart.readout == pointed
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    assert chart.cursor_point.x() == first.x() + 1
    assert f", {first.x() + 1:.0f}: " in chart.readout
    assert chart.accessibleDescription() == chart.readout
    partner = chart.readout.split(",")[0]
    qtbot.keyClick(chart, Qt.Key.Key_Up)
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    qtbot.keyClick(chart, Qt.Key.Key_Up)
    other = chart.readout.split(",")[0]
    assert {partner, other} == {"Russia", "Kazakhstan"} or partner == other
    qtbot.keyClick(chart, Qt.Key.Key_End)
    assert chart.cursor_point.x() == max(x for x, *_ in chart.chart.series[0].points)
    with qtbot.waitSignal(chart.clicked) as clicked:
        qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert clicked.args == [chart.cursor_point.x(), chart.cursor_point.y()]
    qtbot.keyClick(chart, Qt.Key.Key_Escape)
    assert chart.readout == "" and chart.accessibleDescription() == ""


def test_the_point_the_keyboard_chose_is_ringed(trade, qtbot):
    chart = trade.chart
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    spot = chart.frame.px(chart.cursor_point.x(), chart.cursor_point.y())
    image = chart.grab().toImage()
    ring = [image.pixelColor(round(spot.x()) + dx, round(spot.y())) for dx in (-9, 9)]
    assert all(colour == QColor(FOCUS_RING) for colour in ring)


def test_arrow_keys_step_through_the_comparison_bars(window, qtbot):
    window.show_entity(VIEW_KIND, "trade")
    pane = window.navigation.views["trade"]
    pane.tabs.setCurrentIndex(1)
    bars = pane.comparison_chart
    bars.setFocus()
    qtbot.keyClick(bars, Qt.Key.Key_Right)
    first = bars.chart.bars[0]
    assert bars.readout.startswith(f"{first.name}: ")
    qtbot.keyClick(bars, Qt.Key.Key_Right)
    assert bars.readout.startswith(f"{bars.chart.bars[1].name}: ")
    assert bars.accessibleDescription() == bars.readout


def test_lanes_from_the_keyboard_say_the_status_and_enter_opens_the_state(window, qtbot):
    window.show_entity(VIEW_KIND, "membership")
    pane = window.navigation.views["membership"]
    pane.tabs.setCurrentWidget(pane.lanes_plot)
    lanes = pane.lanes_plot
    lanes.setFocus()
    qtbot.keyClick(lanes, Qt.Key.Key_Right)
    state, text = pane.lane_at(lanes.cursor_point.x(), lanes.cursor_point.y())
    assert lanes.readout == text and text
    qtbot.keyClick(lanes, Qt.Key.Key_Down)
    moved, moved_text = pane.lane_at(lanes.cursor_point.x(), lanes.cursor_point.y())
    assert lanes.accessibleDescription() == moved_text
    with qtbot.waitSignal(pane.entity_selected) as blocker:
        qtbot.keyClick(lanes, Qt.Key.Key_Return)
    assert blocker.args == ["state", moved]
    assert window.current == ("state", moved)
    assert state


def test_the_map_from_the_keyboard_names_each_state_and_enter_opens_it(window, qtbot):
    window.show_entity(VIEW_KIND, "map")
    canvas = window.navigation.views["map"].canvas
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    first = canvas.hovered
    assert canvas.hover_text == canvas.atlas.describe(first, canvas.day)
    assert canvas.accessibleDescription() == canvas.hover_text
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    second = canvas.hovered
    names = [canvas.atlas.names[s][0] for s in (first, second)]
    assert second != first and names == sorted(names, key=str.casefold)
    with qtbot.waitSignal(canvas.state_clicked):
        qtbot.keyClick(canvas, Qt.Key.Key_Space)
    assert window.current == ("state", second)


def test_enter_on_a_ranking_opens_its_state(window, qtbot):
    window.show_entity(VIEW_KIND, "rankings")
    pane = window.navigation.views["rankings"]
    pane.table.setFocus()
    pane.table.setCurrentIndex(pane.proxy.index(0, 2))
    name = pane.proxy.index(0, 2).data()
    qtbot.keyClick(pane.table, Qt.Key.Key_Return)
    assert window.current[0] == "state"
    assert name in window.windowTitle()
