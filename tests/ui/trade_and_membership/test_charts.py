"""Trade and membership charts: models, drawn values, toggles, hover, exports, empty cases."""

import csv
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage

from sco_desktop.core.domain.formatting import format_usd
from sco_desktop.ui.membership.model import MembershipModel
from sco_desktop.ui.trade.models import ComparisonModel, PartnerListModel, TradeSeriesModel


@pytest.fixture
def trade(window):
    window.show_entity("view", "trade")
    return window.navigation.views["trade"]


def curves(pane):
    """(name, xs, ys) of every line the trade chart view paints; NaN where a year is a gap."""
    nan = float("nan")
    return [
        (
            series.name,
            [x for x, _y, _l in series.points],
            [nan if y is None else y for _x, y, _l in series.points],
        )
        for series in pane.chart.chart.series
        if any(y is not None for _x, y, _l in series.points)
    ]


def test_models_pass_the_qt_model_tester_while_they_change(qtmodeltester, repo):
    # The testers stay attached: every change below is checked as it happens.
    series, partners = TradeSeriesModel(repo), PartnerListModel(repo)
    comparison, membership = ComparisonModel(repo), MembershipModel(repo)
    for model in (series, partners, comparison, membership):
        qtmodeltester.check(model)
    series.set_partners(["RUS", "KAZ", "ARM"])
    for flow in ("export", "import", "total"):
        series.set_flow(flow)
    series.set_scale("share")
    series.set_year_range(2010, 2020)
    partners.set_checked(partners.members())
    partners.set_checked([])
    for year in comparison.years[:3]:
        comparison.set_year(year)
    for day in ("2015-07-10", "2001-06-15", repo.data_as_of):
        membership.set_as_of(day)
    for model in (series, partners, comparison, membership):
        qtmodeltester.check(model)


def test_plotted_values_equal_the_database(trade, repo):
    trade.partners.set_checked(["RUS"])
    ((name, xs, ys),) = curves(trade)
    assert name == "Russia"
    expected = {p.year: p.value_usd / 1e9 for p in repo.trade_series("CHN", "RUS", "total")}
    drawn = {int(x): y for x, y in zip(xs, ys, strict=True) if y == y}
    assert drawn == pytest.approx(expected)


def test_missing_years_are_gaps_not_zeros(trade, repo):
    trade.partners.set_checked(["IND"])
    ((_name, xs, ys),) = curves(trade)
    have = {p.year for p in repo.trade_series("CHN", "IND", "total")}
    for x, y in zip(xs, ys, strict=True):
        assert (y == y) == (int(x) in have)  # NaN exactly where the database has no row
    assert 0 not in ys


def test_flow_toggle_redraws_through_the_model(trade, repo):
    trade.partners.set_checked(["RUS"])
    trade.flow_box.setCurrentIndex(trade.flow_box.findData("export"))
    assert trade.series.flow == "export"
    ((_name, xs, ys),) = curves(trade)
    expected = {p.year: p.value_usd / 1e9 for p in repo.trade_series("CHN", "RUS", "export")}
    assert {int(x): y for x, y in zip(xs, ys, strict=True) if y == y} == pytest.approx(expected)


def test_share_scale_divides_by_chinas_total(trade, repo):
    trade.partners.set_checked(["RUS"])
    trade.scale_box.setCurrentIndex(trade.scale_box.findData("share"))
    world = {p.year: p.value_usd for p in repo.trade_series("CHN", "WLD", "total")}
    russia = {p.year: p.value_usd for p in repo.trade_series("CHN", "RUS", "total")}
    ((_name, xs, ys),) = curves(trade)
    drawn = {int(x): y for x, y in zip(xs, ys, strict=True) if y == y}
    assert drawn == pytest.approx({y: 100 * russia[y] / world[y] for y in russia if y in world})


def test_select_all_members_and_clear(trade):
    trade.partners.set_checked(trade.partners.members())
    assert len(curves(trade)) == len(
        [p for p in trade.series.partners if any(v == v for v in trade.series.series(p)[1])]
    )
    trade.partners.set_checked([])
    assert curves(trade) == []
    assert trade.chart.frame is None  # a message, not empty axes
    assert "Choose partners" in trade.chart.chart.empty_message


def test_partner_without_data_says_so(trade):
    trade.partners.set_checked(["ARM"])
    assert curves(trade) == []
    assert trade.chart.frame is None
    assert "No trade data for Armenia" in trade.chart.chart.empty_message


def test_log_axis_keeps_finite_ranges(trade):
    trade.partners.set_checked(["RUS", "TJK"])
    trade.log_box.setChecked(True)
    frame = trade.chart.frame
    assert all(v == v and abs(v) != float("inf") for v in (frame.x0, frame.x1, frame.y0, frame.y1))


def test_hover_text_names_partner_year_value_flow_and_source(trade, repo):
    trade.partners.set_checked(["RUS", "KAZ"])
    point = repo.trade_series("CHN", "RUS", "total")[-1]
    text = trade.hover_at(point.year + 0.2, point.value_usd / 1e9)
    assert text.startswith(f"Russia, {point.year}: {format_usd(point.value_usd)}")
    assert "Total trade, China ↔ partners, China's customs" in text
    assert repo.source(point.source_id).title[:30] in text


def test_table_toggle_shows_the_same_numbers(trade, repo):
    trade.partners.set_checked(["RUS"])
    trade.table_button.setChecked(True)
    assert trade.stack.currentWidget() is trade.table
    model = trade.table.model()
    shown = {model.index(r, 0).data(): model.index(r, 1).data() for r in range(model.rowCount())}
    for point in repo.trade_series("CHN", "RUS", "total"):
        assert shown[str(point.year)].startswith(format_usd(point.value_usd))


def test_exports_write_valid_png_svg_and_csv(trade, repo, tmp_path):
    trade.partners.set_checked(["RUS", "KAZ"])
    png = trade.export("png", tmp_path / "chart.png")
    assert not QImage(str(png)).isNull()
    svg = trade.export("svg", tmp_path / "chart.svg")
    assert ET.parse(svg).getroot().tag.endswith("svg")
    text = trade.export("csv", tmp_path / "data.csv").read_text(encoding="utf-8")
    assert "US$, current prices; reporter: China (customs)" in text
    assert "Total trade, China ↔ partners, China's customs" in text
    rows = list(csv.reader(line for line in text.splitlines() if not line.startswith("#")))
    assert rows[0] == ["year", "Kazakhstan", "Russia"]  # in the partner list's order
    by_year = {row[0]: row[2] for row in rows[1:]}
    for point in repo.trade_series("CHN", "RUS", "total"):
        assert int(by_year[str(point.year)]) == point.value_usd


def test_export_to_a_missing_folder_is_a_clear_error(trade, tmp_path):
    from sco_desktop.core.infra.atomic import WriteError

    trade.partners.set_checked(["RUS"])
    with pytest.raises(WriteError, match="does not exist"):
        trade.export("csv", tmp_path / "nowhere" / "data.csv")
    assert not (tmp_path / "nowhere").exists()


def test_comparison_year_and_values(trade, repo):
    comparison = trade.comparison
    assert comparison.year == max(comparison.years)
    values = {row.code: row.point.value_usd for row in comparison.rows() if row.point}
    assert values["EU"] == repo.trade_series("CHN", "EU", "total")[-1].value_usd


def test_membership_counts_and_lanes(window, qtbot):
    window.show_entity("view", "membership")
    pane = window.navigation.views["membership"]
    steps = pane.model.steps()
    assert steps["member"][1][-1] == 10
    assert steps["partner"][1][-1] == 17
    window.as_of_edit.setDate(window.as_of_edit.date().fromString("2015-07-01", "yyyy-MM-dd"))
    steps = pane.model.steps()
    assert steps["member"][1][-1] == 6
    assert steps["observer"][1][-1] == 5
    lane = [s for s, _p in pane._lanes].index("IND")
    state, text = pane.lane_at(2010.0, lane)
    assert state == "IND" and "Observer state" in text


def test_clicking_a_lane_opens_that_state(window, qtbot):
    window.show_entity("view", "membership")
    pane = window.navigation.views["membership"]
    pane.tabs.setCurrentWidget(pane.lanes_plot)
    qtbot.waitExposed(pane.lanes_plot)
    lane = [s for s, _p in pane._lanes].index("IND")
    spot = pane.lanes_plot.frame.px(2020.0, lane).toPoint()
    with qtbot.waitSignal(pane.entity_selected) as blocker:
        qtbot.mouseClick(pane.lanes_plot, Qt.MouseButton.LeftButton, pos=spot)
    assert blocker.args == ["state", "IND"]
    assert window.current == ("state", "IND")


def test_state_pane_sparkline_opens_the_trade_view(window):
    window.show_entity("state", "RUS")
    assert not window.detail_view.document().resource(2, QUrl("sparkline:RUS")).isNull()
    window.detail_view.anchorClicked.emit(QUrl("sco:trade/RUS"))
    assert window.current == ("view", "trade")
    assert window.navigation.views["trade"].series.partners == ["RUS"]


def test_a_chart_view_is_built_only_when_first_shown(window):
    assert "trade" not in window.navigation.views
    window.show_entity("view", "trade")
    assert "trade" in window.navigation.views


def test_legend_follows_the_checked_partners(trade):
    trade.partners.set_checked(["RUS", "KAZ"])
    trade.partners.set_checked(["IND"])
    names = [series.name for series in trade.chart.chart.series]
    assert names == ["India"]


def test_exports_never_carry_the_hover_readout(trade, tmp_path):
    trade.partners.set_checked(["RUS", "KAZ"])
    plain = trade.export("svg", tmp_path / "plain.svg").read_text(encoding="utf-8")
    assert trade.hover_at(2020.1, 100.0)
    assert trade.chart.readout  # shown on screen ...
    hovered = trade.export("svg", tmp_path / "hovered.svg").read_text(encoding="utf-8")
    assert hovered == plain  # ... and in no export


def test_the_window_paints_what_the_export_writes(trade, tmp_path):
    from sco_desktop.output.chart import paint_line_chart, render_image

    trade.partners.set_checked(["IND", "BLR"])
    trade.log_box.setChecked(True)
    size = trade.chart.size()
    on_screen = trade.chart.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    chart = trade.chart_description()
    exported = render_image(lambda p, a: paint_line_chart(p, a, chart), size)
    assert trade.chart.frame is not None
    assert on_screen.size() == exported.size()
    assert on_screen == exported


def test_the_readout_leaves_with_the_mouse(trade, qtbot):
    from PySide6.QtCore import QEvent

    trade.partners.set_checked(["RUS"])
    trade.hover_at(2020.0, 100.0)
    assert trade.chart.readout
    trade.chart.event(QEvent(QEvent.Type.Leave))
    assert trade.chart.readout == ""


def test_partner_list_shows_colour_and_dash_no_two_alike(trade):
    from PySide6.QtCore import Qt as QtNS

    trade.partners.set_checked(trade.partners.members())
    samples = []
    for row in range(trade.partners.rowCount()):
        image = trade.partners.index(row).data(QtNS.ItemDataRole.DecorationRole)
        if image is not None:
            samples.append(image)
    styles = [(s.colour, s.dash) for s in trade.chart_description().series]
    assert len(samples) == len(styles) == len(set(styles))
    assert len({bytes(image.constBits()) for image in samples}) == len(samples)


def test_palette_has_no_pale_colour_and_no_repeat_among_many():
    from PySide6.QtGui import QColor

    from sco_desktop.output.palette import PALETTE, style_of

    assert "#F0E442" not in PALETTE
    for colour in PALETTE:
        # Contrast against white paper: luminance well below white's.
        assert QColor(colour).lightnessF() < 0.75, colour
    styles = [style_of(n) for n in range(28)]
    assert len(set(styles)) == 28
    assert all(styles[n][1] != styles[n + 1][1] for n in range(27))  # neighbours differ in dash


def test_table_opens_sorted_by_year_and_sorts_back(trade, repo):
    trade.partners.set_checked(["RUS", "IND"])
    trade.table_button.setChecked(True)
    model = trade.table.model()

    def years():
        return [int(model.index(r, 0).data()) for r in range(model.rowCount())]

    have = [p.year for c in ("RUS", "IND") for p in repo.trade_series("CHN", c, "total")]
    assert years() == list(range(min(have), max(have) + 1))  # no screen of empty years first
    trade.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert years() != sorted(years())
    trade.table_button.setChecked(False)
    trade.table_button.setChecked(True)
    assert years() == sorted(years())
    trade.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert years() == sorted(years(), reverse=True)


def test_comparison_offers_only_years_with_two_or_more_groupings(trade, repo):
    comparison = trade.comparison
    for year in comparison.years:
        comparison.set_year(year)
        assert sum(1 for row in comparison.rows() if row.point) >= 2
    numbers = comparison.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole)
    assert numbers & int(Qt.AlignmentFlag.AlignRight)
    trade.tabs.setCurrentIndex(1)
    assert not trade.side.isVisible()
    trade.tabs.setCurrentIndex(0)
    assert trade.side.isVisible()


def test_membership_axis_ends_with_the_as_of_year_and_current_statuses_show(window):
    window.show_entity("view", "membership")
    pane = window.navigation.views["membership"]
    lanes = pane.lanes_plot.chart
    assert lanes.x_range[1] == int(pane.model.as_of[:4]) + 1
    laos = next(lane for lane in lanes.lanes if lane.key == "LAO")
    frame = pane.lanes_plot.frame
    widths = [frame.x_px(end) - frame.x_px(start) for start, end, _s in laos.spans]
    assert max(widths) >= 4  # a bar, not a hairline


def test_membership_exports_are_the_command_line_charts(window, tmp_path, repo):
    window.show_entity("view", "membership")
    pane = window.navigation.views["membership"]
    window.as_of_edit.setDate(window.as_of_edit.date().fromString("2015-07-10", "yyyy-MM-dd"))
    lanes = pane.export("lanes", "svg", tmp_path / "lanes.svg").read_text(encoding="utf-8")
    assert "2015-07-10" in lanes and "Laos" not in lanes
    text = pane.export("table", "csv", tmp_path / "periods.csv").read_text(encoding="utf-8")
    assert "India" in text and "2017-06-09" not in text
    assert not QImage(str(pane.export("counts", "png", tmp_path / "c.png"))).isNull()


def test_the_readout_has_a_background_and_stays_inside_the_plot(trade, qtbot):
    trade.partners.set_checked(["RUS", "KAZ"])
    last = max(trade.series.years)
    for year, value in ((last, 240.0), (min(trade.series.years) + 12, 1.0)):
        trade.hover_at(year, value)
        image = trade.chart.grab().toImage()  # paints, readout included
        box, plot = trade.chart.readout_box, trade.chart.frame.plot
        assert not box.isEmpty() and plot.contains(box), (year, box, plot)
        # An opaque box: its inside is the readout's near-white, not the lines behind it.
        inside = image.pixelColor(box.center().toPoint().x(), round(box.top()) + 2)
        assert inside.lightness() > 240


def test_membership_table_columns_show_their_contents(window, qtbot):
    window.show_entity("view", "membership")
    pane = window.navigation.views["membership"]
    pane.tabs.setCurrentWidget(pane.table)
    qtbot.waitExposed(pane.table)
    header = pane.table.horizontalHeader()
    for column in range(pane.model.columnCount()):
        needed = max(pane.table.sizeHintForColumn(column), header.sectionSizeHint(column))
        assert header.sectionSize(column) >= needed, pane.model.COLUMNS[column]


def test_the_comparison_tab_paints_the_shared_bar_chart_of_the_year_chosen(trade, qtbot):
    from sco_desktop.output.chart import BarChart, BarFrame

    comparison = trade.comparison
    offered = [trade.year_box.itemData(n) for n in range(trade.year_box.count())]
    assert sorted(offered) == comparison.years
    trade.tabs.setCurrentIndex(1)
    view = trade.comparison_chart
    for year in comparison.years:
        trade.year_box.setCurrentIndex(trade.year_box.findData(year))
        assert isinstance(view.chart, BarChart) and view.chart == trade.comparison_description()
        assert str(year) in view.chart.title
        shown = {bar.name: bar.value for bar in view.chart.bars}
        assert shown == {
            row.name: row.point.value_usd / 1e9 if row.point else None for row in comparison.rows()
        }
        view.repaint()
        assert isinstance(view.frame, BarFrame) and len(view.frame.bars) == len(shown)


def test_the_readout_fits_a_small_plot(window, trade, qtbot):
    # In a 760 px wide window the chart is about 320 px wide, and a readout wrapped to 0.6 of
    # the plot's width grew taller than the plot and ran over the axes.
    window.resize(760, 720)
    trade.partners.set_checked(["RUS", "KAZ", "IND", "PAK"])
    years = sorted(
        {x for _name, xs, ys in curves(trade) for x, y in zip(xs, ys, strict=True) if y == y}
    )
    assert years
    for year in years:
        trade.hover_at(year, 1.0)
        trade.chart.grab()
        box, plot = trade.chart.readout_box, trade.chart.frame.plot
        assert trade.chart.width() < 400
        assert not box.isEmpty() and plot.contains(box), (year, box, plot)
