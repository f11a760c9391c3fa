"""The trade comparison's bars read back from the exported SVG: labels apart, heights true.

The SVG is read as another program would read it. Each line of text is measured with the font
the file names (family, pixel size, weight), which gives the rectangle it covers; no two of the
labels under the axis or above the bars may touch, and none may leave the picture. Each bar's
top, mapped through the value axis's labelled ticks, must be the grouping's figure within 1%.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QFont, QFontMetricsF
from svg_reading import axes_of, read_svg, value_at

from sco_desktop.core.present.trade_comparison import TradeComparison
from sco_desktop.core.present.trade_series import REPORTER, names
from sco_desktop.output.chart import paint_bar_chart, write_svg
from sco_desktop.output.trade_chart import comparison_bars

SIZES = [QSize(480, 420), QSize(800, 500), QSize(1600, 1000)]


@pytest.fixture
def comparison(qapp, repo):
    return TradeComparison(repo.trade_points(REPORTER), names(repo))


def text_boxes(path):
    """(rectangle, text) of every line of text in the SVG, measured in the font it names."""
    fonts = []
    _circles, texts, lines, rects = read_svg(path, fonts)
    boxes = []
    for (x, baseline, text), (family, size, weight) in zip(texts, fonts, strict=True):
        font = QFont()
        font.setFamilies(family.split(","))
        font.setPixelSize(round(size))
        font.setBold(weight == "700")
        metrics = QFontMetricsF(font)
        boxes.append(
            (
                QRectF(
                    x,
                    baseline - metrics.ascent(),
                    metrics.horizontalAdvance(text),
                    metrics.ascent() + metrics.descent(),
                ),
                text,
            )
        )
    return boxes, (texts, lines, rects)


def export(comparison, repo, year, size, tmp_path):
    chart = comparison_bars(comparison, year, {s.id: s for s in repo.sources()}, repo.data_as_of)
    path = tmp_path / f"bars-{year}-{size.width()}.svg"
    write_svg(path, lambda painter, area: paint_bar_chart(painter, area, chart), size)
    return chart, path


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}px")
def test_labels_under_and_above_the_bars_never_touch(comparison, repo, tmp_path, size):
    assert comparison.years, "the bundled data has years to compare"
    for year in comparison.years:
        chart, path = export(comparison, repo, year, size, tmp_path)
        boxes, (texts, lines, rects) = text_boxes(path)
        (left, top, width, height), _ticks = axes_of(texts, lines, rects)
        bottom = top + height
        # The labels of the bars: every text but the title, units and notes (which start at the
        # picture's margin), the value axis's tick labels (left of it) and its title.
        margin = boxes[0][0].left()
        labels = [
            (box, text)
            for box, text in boxes
            if abs(box.left() - margin) > 0.5 and box.right() > left and text != chart.y_label
        ]
        below = [(box, text) for box, text in labels if box.top() >= bottom]
        above = [(box, text) for box, text in labels if top <= box.top() and box.bottom() <= bottom]
        assert len(below) + len(above) == len(labels), "a label crosses the axis or the frame"
        assert len(above) >= len(chart.bars)  # each bar says its figure, or that it has none
        picture = QRectF(0, 0, size.width(), size.height())
        for n, (box, text) in enumerate(labels):
            assert picture.contains(box), (year, text)
            for other, other_text in labels[n + 1 :]:
                # Rectangles that merely share an edge do not overlap.
                overlap = box.intersected(other)
                assert overlap.width() < 0.5 or overlap.height() < 0.5, (
                    year,
                    size.width(),
                    text,
                    other_text,
                )
        # Under the axis, each grouping's name in full, left to right in the chart's order.
        slot = width / len(chart.bars)
        for n, bar in enumerate(chart.bars):
            words = [
                text
                for box, text in sorted(below, key=lambda item: item[0].top())
                if left + n * slot <= box.center().x() < left + (n + 1) * slot
            ]
            assert " ".join(words) == bar.name, (year, size.width(), words)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}px")
def test_bar_heights_map_back_to_the_figures_through_the_ticks(comparison, repo, tmp_path, size):
    for year in comparison.years:
        chart, path = export(comparison, repo, year, size, tmp_path)
        _circles, texts, lines, rects = read_svg(path)
        (left, top, width, _height), ticks = axes_of(texts, lines, rects)
        assert len(ticks) >= 3 and ticks[0][0] == 0
        colours = {bar.colour.lower() for bar in chart.bars}
        drawn = sorted((r for r in rects if r[5] in colours and r[4] == "none"), key=lambda r: r[0])
        expected = [bar for bar in chart.bars if bar.value is not None]
        assert len(drawn) == len(expected) >= 2
        for (x, y, w, h, _stroke, fill), bar in zip(drawn, expected, strict=True):
            assert fill == bar.colour.lower()
            assert left <= x and x + w <= left + width and top <= y
            assert value_at(ticks, y + h, False) == pytest.approx(0, abs=ticks[-1][0] * 0.01)
            assert value_at(ticks, y, False) == pytest.approx(bar.value, rel=0.01)
        figures = {
            row.name: row.point.value_usd / 1e9 for row in comparison.rows(year) if row.point
        }
        assert {bar.name: bar.value for bar in expected} == pytest.approx(figures)
