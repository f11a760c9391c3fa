"""Exported charts read back: every plotted point, mapped through the axis ticks, is its value.

The SVG is parsed as any other program would read it: the tick marks and their labels give
the scale, the circles are the plotted points (the legend draws its samples as paths). Each
point must map back to the database's figure within 1%, on linear and log axes and in share
mode, and lie inside the axes.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from svg_reading import SVG, axes_of, read_svg, value_at

from sco_desktop.core.present.trade_series import REPORTER, Selection, figures_of
from sco_desktop.output.chart import paint_line_chart, write_svg
from sco_desktop.output.trade_chart import trade_lines

PARTNERS = ("KAZ", "RUS", "IND", "BLR", "UZB", "PAK")


@pytest.fixture
def app(qapp):
    return qapp


@pytest.mark.parametrize(
    ("scale", "log"), [("usd", False), ("usd", True), ("share", False), ("share", True)]
)
def test_every_point_maps_back_to_its_value(app, repo, tmp_path, scale, log):
    figures = figures_of(repo)
    selection = Selection(PARTNERS, scale=scale, log=log)
    chart = trade_lines(figures, selection, {s.id: s for s in repo.sources()}, repo.data_as_of)
    path = write_svg(tmp_path / "chart.svg", lambda p, a: paint_line_chart(p, a, chart))
    circles, texts, lines, rects = read_svg(path)
    (left, top, width, height), ticks = axes_of(texts, lines, rects)
    assert len(ticks) >= 3
    # The ticks themselves lie on one straight (or logarithmic) scale.
    for value, pixel in ticks:
        assert value_at(ticks, pixel, log) == pytest.approx(value, rel=1e-3, abs=1e-9)

    factor = 1e9 if scale == "usd" else 0.01
    expected: dict[str, list[float]] = {}
    for series, partner in zip(chart.series, PARTNERS, strict=True):
        for year in range(figures.first_year, figures.last_year + 1):
            value = figures.value(partner, "total", scale, year)
            if value is not None:
                expected.setdefault(series.colour.lower(), []).append(value / factor)
    drawn: dict[str, list[float]] = {}
    for x, y, stroke, _fill in circles:
        assert left - 0.5 <= x <= left + width + 0.5, "a point lies outside the axes"
        assert top - 0.5 <= y <= top + height + 0.5, "a point lies outside the axes"
        drawn.setdefault(stroke, []).append(value_at(ticks, y, log))
    # Colours repeat only after seven series, so each colour here is one partner.
    assert sorted(drawn) == sorted(expected)
    for colour, values in expected.items():
        assert sorted(drawn[colour]) == pytest.approx(sorted(values), rel=0.01)


def test_loose_figures_are_rings_on_their_line_on_a_log_axis(app, repo, tmp_path):
    # Belarus's figures given loosely were drawn at their raw value (10^92 for $92 bn).
    figures = figures_of(repo)
    selection = Selection(("BLR",), scale="share", log=True)
    chart = trade_lines(figures, selection, {}, repo.data_as_of)
    path = write_svg(tmp_path / "chart.svg", lambda p, a: paint_line_chart(p, a, chart))
    circles, texts, lines, rects = read_svg(path)
    _frame, ticks = axes_of(texts, lines, rects)
    rings = [value_at(ticks, y, True) for _x, y, _s, fill in circles if fill == "#ffffff"]
    loose = [
        figures.value("BLR", "total", "share", p.year) * 100
        for p in repo.trade_points(REPORTER)
        if p.partner == "BLR" and p.flow == "total" and p.is_approximate
    ]
    assert loose, "Belarus has loosely given figures"
    assert sorted(rings) == pytest.approx(sorted(loose), rel=0.01)
    assert all(value < 1 for value in rings)  # a fraction of a per cent, not 1.2–1.4%


def test_the_export_names_what_it_shows(app, repo, tmp_path):
    figures = figures_of(repo)
    selection = Selection(("KAZ", "RUS"), flow="export")
    chart = trade_lines(figures, selection, {s.id: s for s in repo.sources()}, repo.data_as_of)
    path = write_svg(tmp_path / "chart.svg", lambda p, a: paint_line_chart(p, a, chart))
    words = " ".join(text for _x, _y, text in read_svg(path)[1])
    for expected in (
        "China's goods trade",
        "China → partners, China's customs",
        "US$, current prices",
        f"Data as of {repo.data_as_of}",
        "Sources:",
        "Kazakhstan",
        "Russia",
    ):
        assert expected in words
    root = ET.parse(path).getroot()
    legend = [e for e in root.iter(f"{SVG}text") if "".join(e.itertext()).strip() == "Russia"]
    # Readable in a 1600-pixel image: the legend was about 8 pixels tall.
    assert legend and all(float(e.get("font-size")) >= 18 for e in legend)


@pytest.mark.parametrize("width", [520, 900, 1600])
def test_share_mode_keeps_title_plot_and_whole_years_inside_the_picture(app, repo, width):
    from PySide6.QtCore import QRectF, QSize

    from sco_desktop.output.chart import render_image

    figures = figures_of(repo)
    chart = trade_lines(figures, Selection(PARTNERS, scale="share"), {}, repo.data_as_of)
    frames = []

    def paint(painter, area):
        frames.append(paint_line_chart(painter, area, chart))

    render_image(paint, QSize(width, 560))
    frame = frames[0]
    assert QRectF(0, 0, width, 560).contains(frame.plot)
    labels = [label for _value, label in frame.x_ticks]
    assert all(label.isdigit() for label in labels)  # 2020, never 2020.5
    assert frame.x0 < 2024 < frame.x1  # the last year is inside the axes, not cut off
