"""Exported charts read back: every plotted point, mapped through the axis ticks, is its value.

The SVG is parsed as any other program would read it: the tick marks and their labels give
the scale, the circles are the plotted points (the legend draws its samples as paths). Each
point must map back to the database's figure within 1%, on linear and log axes and in share
mode, and lie inside the axes.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET

import pytest

from sco_desktop.core.present.trade_series import REPORTER, Selection, figures_of
from sco_desktop.output.chart import paint_line_chart, write_svg
from sco_desktop.output.trade_chart import trade_lines

SVG = "{http://www.w3.org/2000/svg}"
PARTNERS = ("KAZ", "RUS", "IND", "BLR", "UZB", "PAK")


@pytest.fixture
def app(qapp):
    return qapp


def _matrix(text: str | None) -> tuple[float, ...]:
    if not text:
        return (1, 0, 0, 1, 0, 0)
    found = re.search(r"matrix\(([^)]*)\)", text)
    return (
        tuple(float(v) for v in re.split(r"[ ,]+", found[1].strip()))
        if found
        else (1, 0, 0, 1, 0, 0)
    )


def _apply(m, x, y):
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def read_svg(path):
    """(circles, texts, lines, rects) with positions in the picture's own units."""
    circles, texts, lines, rects = [], [], [], []

    def walk(node, matrix, stroke, fill):
        own = _matrix(node.get("transform"))
        # Qt writes each state change as a group whose matrix is absolute, not nested.
        matrix = own if node.get("transform") else matrix
        stroke = node.get("stroke", stroke)
        fill = node.get("fill", fill)
        tag = node.tag.replace(SVG, "")
        if tag == "circle":
            x, y = _apply(matrix, float(node.get("cx")), float(node.get("cy")))
            circles.append((x, y, stroke.lower(), fill.lower()))
        elif tag == "text":
            x, y = _apply(matrix, float(node.get("x")), float(node.get("y")))
            texts.append((x, y, "".join(node.itertext()).strip()))
        elif tag == "polyline":
            points = [tuple(map(float, p.split(","))) for p in node.get("points").split()]
            lines.append([_apply(matrix, *p) for p in points])
        elif tag == "rect":
            x, y = _apply(matrix, float(node.get("x")), float(node.get("y")))
            rects.append((x, y, float(node.get("width")), float(node.get("height")), stroke))
        for child in node:
            walk(child, matrix, stroke, fill)

    walk(ET.parse(path).getroot(), (1, 0, 0, 1, 0, 0), "", "")
    return circles, texts, lines, rects


def axes_of(texts, lines, rects):
    """The plot rectangle and the value axis: (value, pixel) of each labelled tick mark."""
    frame = max((r for r in rects if r[4] and r[4] != "none"), key=lambda r: r[2] * r[3])
    left, top, width, height = frame[:4]
    ticks = []
    for line in lines:
        (x1, y1), (x2, y2) = line[0], line[-1]
        # A tick mark of the value axis: short, level, ending at the frame's left edge.
        if abs(y1 - y2) < 1e-6 and abs(max(x1, x2) - left) < 0.5 and abs(x1 - x2) < 20:
            label = min(
                (t for t in texts if t[0] < left and abs(t[1] - y1) < 40),
                key=lambda t: abs(t[1] - y1),
                default=None,
            )
            if label is not None:
                ticks.append((float(label[2].replace(",", "")), y1))
    return (left, top, width, height), sorted(set(ticks))


def value_at(ticks, pixel, log):
    """The value at a pixel height, from the two outermost ticks (a line through all of them)."""
    (v1, p1), (v2, p2) = ticks[0], ticks[-1]
    if log:
        v1, v2 = math.log10(v1), math.log10(v2)
    level = v1 + (pixel - p1) * (v2 - v1) / (p2 - p1)
    return 10**level if log else level


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
