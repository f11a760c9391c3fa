"""The one chart renderer: line, lane and bar charts painted with QPainter onto any device.

The window's chart views paint through it, and so do the PNG and SVG exports, the fact sheets
and the `chart` command, so what the tests read back from an exported SVG is what a reader
sees. A chart is described by plain data (LineChart, LaneChart, BarChart); `paint_*` lays it
out in a rectangle (title, units, plot, legend, notes) and returns the Frame that maps data to
pixels and back, which the window uses for its hover readout. Interaction (the crosshair, the
hover box) is drawn by the window on top, never here, so no export can carry it. Files and
print are painted on light paper; the window passes the dark paper when its theme is dark
(Paper: background, text and grid colours; series drawn at least 3:1 against the background).

QtGui and QtSvg only: no widgets, no chart library, no queries.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPaintDevice,
    QPainter,
    QPainterPath,
    QPen,
)
from PySide6.QtSvg import QSvgGenerator

from sco_desktop.core.infra.atomic import write_atomically
from sco_desktop.output.fonts import bundled_families
from sco_desktop.output.palette import NEUTRAL, contrast

EXPORT_SIZE = QSize(1600, 1000)
"""Pixels of an exported image; text is sized for it (see font_size_for)."""
MAX_MARKED_POINTS = 60
"""Beyond this a series is drawn as a plain line: markers would only blur."""
MIN_GRAPHIC_CONTRAST = 3.0
"""WCAG 1.4.11: a line, marker or swatch against the paper it is drawn on."""


@dataclass(frozen=True)
class Paper:
    """The colours a chart is painted with, besides its series'. Text keeps at least 4.5:1."""

    background: str
    ink: str  # titles, legend, tick labels, axes
    muted: str  # units, notes, messages
    grid: str

    def series(self, colour: str) -> QColor:
        """A series' colour as drawn on this paper: itself if it stands out at least 3:1 from
        the background, else the ink (the black series on dark paper)."""
        if contrast(colour, self.background) >= MIN_GRAPHIC_CONTRAST:
            return QColor(colour)
        return QColor(self.ink)


LIGHT_PAPER = Paper(background="#ffffff", ink="#000000", muted="#333333", grid="#d9d9d9")
"""Files, print and the light window."""
DARK_PAPER = Paper(background="#1e1e1e", ink="#e8e8e8", muted="#c4c4c4", grid="#454545")
"""The dark window: the background is the dark palette's base, as behind the panes' text."""
PEN_STYLES = {
    "solid": Qt.PenStyle.SolidLine,
    "dash": Qt.PenStyle.DashLine,
    "dot": Qt.PenStyle.DotLine,
    "dashdot": Qt.PenStyle.DashDotLine,
}


@dataclass(frozen=True)
class Series:
    """One line: (x, y, given loosely) points; y None is a gap, never a zero."""

    name: str
    points: tuple[tuple[float, float | None, bool], ...]
    colour: str
    dash: str = "solid"
    marker: str = "circle"
    step: bool = False  # each value holds until the next x (counts over time)


@dataclass(frozen=True)
class LineChart:
    title: str
    units: str  # what the numbers are: flow, reporter, units
    y_label: str
    series: tuple[Series, ...]
    notes: tuple[str, ...] = ()  # "Data as of …", "Sources: …", below the legend
    log: bool = False
    x_range: tuple[float, float] | None = None  # else the data's first and last x
    integer_x: bool = True  # ticks only on whole numbers (years)
    empty_message: str = "No figures to draw."
    x_marks: tuple[float, ...] = ()  # thin dashed verticals (decisions that changed a count)


@dataclass(frozen=True)
class Lane:
    key: str
    name: str
    spans: tuple[tuple[float, float, str], ...]  # (start, end, category)


@dataclass(frozen=True)
class LaneChart:
    title: str
    units: str
    lanes: tuple[Lane, ...]
    categories: tuple[tuple[str, str, str], ...]  # (key, label, colour), in legend order
    x_range: tuple[float, float]
    notes: tuple[str, ...] = ()
    empty_message: str = "Nothing to draw."
    x_marks: tuple[float, ...] = ()


@dataclass(frozen=True)
class Bar:
    """One category: its name under the axis, its value (None: no figure) and the text above."""

    name: str
    value: float | None
    colour: str
    label: str  # what the bar says above it, e.g. "$1.2 trn\n14.4% of total"


@dataclass(frozen=True)
class BarChart:
    title: str
    units: str
    y_label: str
    bars: tuple[Bar, ...]
    notes: tuple[str, ...] = ()
    empty_message: str = "No figures to draw."
    missing_label: str = "no data"


@dataclass
class Frame:
    """Where a chart's plot area lies and how data maps to it (log axes in decades)."""

    plot: QRectF
    x0: float
    x1: float
    y0: float  # for a log axis, log10 of the lowest value
    y1: float
    log: bool = False
    x_ticks: list[tuple[float, str]] = field(default_factory=list)
    y_ticks: list[tuple[float, str]] = field(default_factory=list)

    def px(self, x: float, y: float) -> QPointF:
        return QPointF(self.x_px(x), self.y_px(y))

    def x_px(self, x: float) -> float:
        return self.plot.left() + self.plot.width() * (x - self.x0) / (self.x1 - self.x0)

    def y_px(self, y: float) -> float:
        level = math.log10(y) if self.log else y
        return self.plot.bottom() - self.plot.height() * (level - self.y0) / (self.y1 - self.y0)

    def data_at(self, point: QPointF) -> tuple[float, float]:
        """(x, y) in data units under a pixel; inverse of px."""
        x = self.x0 + (point.x() - self.plot.left()) / self.plot.width() * (self.x1 - self.x0)
        level = self.y0 + (self.plot.bottom() - point.y()) / self.plot.height() * (
            self.y1 - self.y0
        )
        return x, (10**level if self.log else level)


def font_size_for(width: float) -> float:
    """Pixel size of chart text: readable in a window and on a 1600 px export alike."""
    return max(12.0, width / 72)


def chart_font(pixel_size: float, bold: bool = False) -> QFont:
    font = QFont()
    families = bundled_families()
    if families:
        font.setFamilies(families)
    font.setPixelSize(max(1, round(pixel_size)))
    font.setBold(bold)
    return font


# -- line charts -----------------------------------------------------------------------------------


def paint_line_chart(
    painter: QPainter,
    area: QRectF,
    chart: LineChart,
    text_px: float | None = None,
    paper: Paper = LIGHT_PAPER,
) -> Frame | None:
    """Paints the chart in `area`; the Frame of its plot, or None when there is nothing to plot."""
    text_px = text_px or font_size_for(area.width())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(area, QColor(paper.background))
    inner = area.adjusted(text_px, text_px * 0.6, -text_px, -text_px * 0.6)
    top = _paint_heading(painter, inner, chart.title, chart.units, text_px, paper)
    values = [
        y
        for s in chart.series
        for _x, y, _loose in s.points
        if y is not None and math.isfinite(y) and (y > 0 or not chart.log)
    ]
    xs = [x for s in chart.series for x, y, _l in s.points if y is not None and math.isfinite(y)]
    loose = any(loose for s in chart.series for _x, y, loose in s.points if y is not None)
    entries = [
        (s.name, s.colour, s.dash, "none" if s.step else s.marker, False)
        for s in chart.series
        if _drawn(s)
    ]
    if loose:
        loose_label = QCoreApplication.translate("Chart", "figure given loosely or estimated")
        entries.append((loose_label, paper.ink, "none", "circle", True))
    bottom = _paint_footer(painter, inner, entries, chart.notes, text_px, paper)
    body = QRectF(inner.left(), top, inner.width(), bottom - top)
    if not values or not xs:
        _paint_message(painter, body, chart.empty_message, text_px, paper)
        painter.restore()
        return None
    x0, x1 = chart.x_range or (min(xs), max(xs))
    frame = _frame(painter, body, chart, (x0, x1), values, text_px)
    _paint_axes(painter, frame, chart.y_label, text_px, paper)
    _paint_marks(painter, frame, chart.x_marks)
    for series in chart.series:
        _paint_series(painter, frame, series, chart.log, text_px, paper)
    painter.restore()
    return frame


def _drawn(series: Series) -> bool:
    return any(y is not None and math.isfinite(y) for _x, y, _l in series.points)


def _paint_heading(
    painter: QPainter, area: QRectF, title: str, units: str, text_px: float, paper: Paper
) -> float:
    """Title and units, wrapped to the width; the y where the plot may start."""
    y = area.top()
    for text, font, colour in (
        (title, chart_font(text_px * 1.25, bold=True), QColor(paper.ink)),
        (units, chart_font(text_px), QColor(paper.muted)),
    ):
        if not text:
            continue
        painter.setFont(font)
        painter.setPen(colour)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        box = painter.boundingRect(QRectF(area.left(), y, area.width(), 10_000), flags, text)
        painter.drawText(QRectF(area.left(), y, area.width(), box.height()), flags, text)
        y += box.height() + text_px * 0.2
    return y + text_px * 0.4


def _paint_footer(
    painter: QPainter,
    area: QRectF,
    entries: Sequence[tuple[str, str, str, str, bool]],
    notes: Sequence[str],
    text_px: float,
    paper: Paper,
) -> float:
    """Legend rows and notes at the foot of the area; the y where the plot must end."""
    note_font = chart_font(text_px * 0.9)
    painter.setFont(note_font)
    flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
    note_text = "\n".join(notes)
    note_height = (
        painter.boundingRect(
            QRectF(area.left(), 0, area.width(), 10_000), flags, note_text
        ).height()
        if note_text
        else 0.0
    )
    legend_font = chart_font(text_px)
    metrics = QFontMetricsF(legend_font)
    sample = text_px * 2.6
    rows: list[list[tuple[float, tuple[str, str, str, str, bool]]]] = [[]]
    x = 0.0
    for entry in entries:
        width = sample + text_px * 0.4 + metrics.horizontalAdvance(entry[0]) + text_px * 1.2
        if rows[-1] and x + width > area.width():
            rows.append([])
            x = 0.0
        rows[-1].append((x, entry))
        x += width
    row_height = metrics.height() * 1.25
    legend_height = row_height * len(rows) if entries else 0.0
    notes_top = area.bottom() - note_height
    legend_top = notes_top - legend_height - (text_px * 0.3 if note_text else 0)
    for number, row in enumerate(rows):
        y = legend_top + number * row_height + row_height / 2
        for offset, (name, colour, dash, marker, hollow) in row:
            left = area.left() + offset
            if dash != "none":
                pen = QPen(paper.series(colour), max(2.0, text_px / 6), PEN_STYLES[dash])
                painter.setPen(pen)
                painter.drawLine(QPointF(left, y), QPointF(left + sample, y))
            # The sample marker is a path, not an ellipse: in an SVG the circles are exactly
            # the plotted points, which is what the geometry tests read back.
            centre = QPointF(left + sample / 2, y)
            _marker(painter, marker, centre, text_px, paper.series(colour), hollow, True, paper)
            painter.setFont(legend_font)
            painter.setPen(QColor(paper.ink))
            painter.drawText(
                QRectF(left + sample + text_px * 0.4, y - row_height / 2, 10_000, row_height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                name,
            )
    if note_text:
        painter.setFont(note_font)
        painter.setPen(QColor(paper.muted))
        painter.drawText(
            QRectF(area.left(), notes_top, area.width(), note_height), flags, note_text
        )
    return legend_top - text_px * 0.6


def _paint_message(
    painter: QPainter, area: QRectF, text: str, text_px: float, paper: Paper
) -> None:
    painter.setFont(chart_font(text_px * 1.1))
    painter.setPen(QColor(paper.muted))
    painter.drawText(
        area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text or "Nothing to draw."
    )


def _frame(
    painter: QPainter,
    body: QRectF,
    chart: LineChart,
    x_span: tuple[float, float],
    values: list[float],
    text_px: float,
) -> Frame:
    if chart.log:
        low = math.floor(math.log10(min(values)))
        high = math.ceil(math.log10(max(values)))
        high = high if high > low else low + 1
        y_ticks = _log_ticks(low, high)
        y0, y1 = float(low), float(high)
    else:
        top = max(values)
        step = nice_step(top)
        ceiling = step * math.ceil(top / step) if top > 0 else 1.0
        count = round(ceiling / step)
        y_ticks = [(step * n, _number(step * n)) for n in range(count + 1)]
        y0, y1 = 0.0, ceiling
    metrics = QFontMetricsF(chart_font(text_px))
    label_width = max(metrics.horizontalAdvance(label) for _v, label in y_ticks)
    tick = text_px * 0.4
    left = body.left() + metrics.height() * 1.2 + label_width + tick * 2
    bottom = body.bottom() - metrics.height() * 1.4
    plot = QRectF(left, body.top(), body.right() - left - text_px * 0.5, bottom - body.top())
    x0, x1 = x_span
    if chart.integer_x:
        x0, x1 = x0 - 0.5, x1 + 0.5  # half a year either side: the first and last point show
    elif x1 <= x0:
        x1 = x0 + 1
    frame = Frame(plot, x0, x1, y0, y1, chart.log, y_ticks=y_ticks)
    frame.x_ticks = _x_ticks(frame, metrics, chart.integer_x)
    return frame


def _log_ticks(low: int, high: int) -> list[tuple[float, str]]:
    multiples = (1, 2, 5) if high - low <= 2 else (1,)
    ticks = []
    for decade in range(low, high + 1):
        for multiple in multiples:
            value = multiple * 10.0**decade
            if math.log10(value) <= high + 1e-9:
                ticks.append((value, _number(value)))
    return ticks


def _x_ticks(frame: Frame, metrics: QFontMetricsF, integer: bool) -> list[tuple[float, str]]:
    """Whole-number ticks (years) spaced so that no two labels touch."""
    room = metrics.horizontalAdvance("0000") * 1.6
    per_unit = frame.plot.width() / (frame.x1 - frame.x0)
    step = 1.0
    for candidate in (1, 2, 5, 10, 20, 25, 50, 100):
        step = float(candidate)
        if candidate * per_unit >= room:
            break
    start = math.ceil(frame.x0 / step) * step
    ticks = []
    value = start
    while value <= frame.x1 + 1e-9:
        ticks.append((value, f"{value:.0f}" if integer or value.is_integer() else f"{value:g}"))
        value += step
    return ticks


def nice_step(top: float) -> float:
    """A round grid step giving four to eight lines up to `top`."""
    if top <= 0:
        return 1.0
    raw = top / 5
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude


def _number(value: float) -> str:
    """A tick label: no trailing zeros, thousands separated."""
    if value >= 1000 and float(value).is_integer():
        return f"{value:,.0f}"
    return f"{value:.6g}"


def _paint_axes(
    painter: QPainter, frame: Frame, y_label: str, text_px: float, paper: Paper
) -> None:
    plot = frame.plot
    font = chart_font(text_px)
    metrics = QFontMetricsF(font)
    painter.setFont(font)
    tick = text_px * 0.4
    for value, label in frame.y_ticks:
        y = frame.y_px(value)
        painter.setPen(QPen(QColor(paper.grid), 1))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QPen(QColor(paper.ink), 1))
        painter.drawLine(QPointF(plot.left() - tick, y), QPointF(plot.left(), y))
        painter.drawText(
            QRectF(
                plot.left() - 2 * tick - 10_000, y - metrics.height(), 10_000, 2 * metrics.height()
            ),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            label,
        )
    for value, label in frame.x_ticks:
        x = frame.x_px(value)
        painter.setPen(QPen(QColor(paper.grid), 1))
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        painter.setPen(QPen(QColor(paper.ink), 1))
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + tick))
        painter.drawText(
            QRectF(x - 200, plot.bottom() + tick, 400, metrics.height() * 1.2),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            label,
        )
    painter.setPen(QPen(QColor(paper.ink), 1.2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(plot)
    if y_label:
        painter.save()
        left_edge = plot.left() - max(
            (metrics.horizontalAdvance(label) for _v, label in frame.y_ticks), default=0
        )
        painter.translate(left_edge - tick * 2 - metrics.height() * 0.2, plot.center().y())
        painter.rotate(-90)
        painter.drawText(
            QRectF(-plot.height() / 2, -metrics.height(), plot.height(), metrics.height()),
            Qt.AlignmentFlag.AlignCenter,
            y_label,
        )
        painter.restore()


def _paint_marks(painter: QPainter, frame: Frame, marks: Sequence[float]) -> None:
    painter.setPen(QPen(QColor(NEUTRAL), 1, Qt.PenStyle.DashLine))
    for mark in marks:
        if frame.x0 <= mark <= frame.x1:
            x = frame.x_px(mark)
            painter.drawLine(QPointF(x, frame.plot.top()), QPointF(x, frame.plot.bottom()))


def _paint_series(
    painter: QPainter, frame: Frame, series: Series, log: bool, text_px: float, paper: Paper
) -> None:
    # Mapped in one pass with the frame's constants: a long series has thousands of points.
    plot = frame.plot
    x_scale = plot.width() / (frame.x1 - frame.x0)
    y_scale = plot.height() / (frame.y1 - frame.y0)
    left, bottom, x0, y0 = plot.left(), plot.bottom(), frame.x0, frame.y0
    log10, isfinite = math.log10, math.isfinite
    mapped: list[tuple[float, float, bool] | None] = [
        (
            left + (x - x0) * x_scale,
            bottom - ((log10(y) if log else y) - y0) * y_scale,
            loose,
        )
        if y is not None and isfinite(y) and (y > 0 or not log)
        else None
        for x, y, loose in series.points
    ]
    colour = paper.series(series.colour)
    painter.setPen(QPen(colour, max(2.0, text_px / 6), PEN_STYLES[series.dash]))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    path = QPainterPath()
    previous: tuple[float, float, bool] | None = None
    for point in mapped:
        if point is None:
            previous = None
            continue
        if previous is None:
            path.moveTo(point[0], point[1])
        elif series.step:
            path.lineTo(point[0], previous[1])
            path.lineTo(point[0], point[1])
        else:
            path.lineTo(point[0], point[1])
        previous = point
    shown = [point for point in mapped if point is not None]
    if series.step and shown and series.points[-1][1]:
        # A count holds to the end of the axis; a count that fell to nothing stops there.
        path.lineTo(plot.right(), shown[-1][1])
    painter.drawPath(path)
    if series.step or len(shown) > MAX_MARKED_POINTS:
        return
    for x, y, loose in shown:
        _marker(painter, series.marker, QPointF(x, y), text_px, colour, loose, False, paper)


def _marker(
    painter: QPainter,
    shape: str,
    centre: QPointF,
    text_px: float,
    colour: QColor,
    hollow: bool,
    as_path: bool,
    paper: Paper,
) -> None:
    """A filled marker, or a larger ring on the paper's colour for a figure given loosely."""
    if shape == "none":
        return
    size = text_px * (0.42 if hollow else 0.3)
    painter.setPen(QPen(colour, max(1.5, text_px / 8)))
    painter.setBrush(QBrush(QColor(paper.background) if hollow else colour))
    if shape == "circle":
        if as_path:
            path = QPainterPath()
            path.addEllipse(centre, size, size)
            painter.drawPath(path)
        else:
            painter.drawEllipse(centre, size, size)
    elif shape == "square":
        path = QPainterPath()
        path.addRect(QRectF(centre.x() - size, centre.y() - size, 2 * size, 2 * size))
        painter.drawPath(path)
    else:
        path = QPainterPath()
        path.moveTo(centre.x(), centre.y() - size * 1.2)
        path.lineTo(centre.x() + size * 1.1, centre.y() + size * 0.8)
        path.lineTo(centre.x() - size * 1.1, centre.y() + size * 0.8)
        path.closeSubpath()
        painter.drawPath(path)


# -- lane charts -----------------------------------------------------------------------------------


MIN_SPAN_PX = 4.0
"""A status held for a few weeks is still a visible bar, not a hairline."""


def paint_lane_chart(
    painter: QPainter,
    area: QRectF,
    chart: LaneChart,
    text_px: float | None = None,
    paper: Paper = LIGHT_PAPER,
) -> Frame | None:
    """Paints one lane per row with a bar per span; the Frame (lane n at y = n), or None."""
    text_px = text_px or font_size_for(area.width())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(area, QColor(paper.background))
    inner = area.adjusted(text_px, text_px * 0.6, -text_px, -text_px * 0.6)
    top = _paint_heading(painter, inner, chart.title, chart.units, text_px, paper)
    used = {category for lane in chart.lanes for _s, _e, category in lane.spans}
    entries = [
        (label, colour, "none", "square", False)
        for key, label, colour in chart.categories
        if key in used
    ]
    bottom = _paint_footer(painter, inner, entries, chart.notes, text_px, paper)
    body = QRectF(inner.left(), top, inner.width(), bottom - top)
    if not chart.lanes:
        _paint_message(painter, body, chart.empty_message, text_px, paper)
        painter.restore()
        return None
    font = chart_font(text_px * 0.9)
    metrics = QFontMetricsF(font)
    name_width = max(metrics.horizontalAdvance(lane.name) for lane in chart.lanes)
    axis_height = metrics.height() * 1.4
    plot = QRectF(
        body.left() + name_width + text_px,
        body.top(),
        body.width() - name_width - text_px * 1.5,
        body.height() - axis_height,
    )
    count = len(chart.lanes)
    frame = Frame(plot, chart.x_range[0], chart.x_range[1], count - 0.5, -0.5)
    frame.x_ticks = _x_ticks(frame, QFontMetricsF(chart_font(text_px)), True)
    _paint_axes(painter, frame, "", text_px, paper)
    colours = {key: colour for key, _label, colour in chart.categories}
    lane_height = plot.height() / count
    painter.setFont(font)
    for row, lane in enumerate(chart.lanes):
        centre = frame.y_px(row)
        painter.setPen(QColor(paper.ink))
        painter.drawText(
            QRectF(body.left(), centre - lane_height / 2, name_width, lane_height),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            lane.name,
        )
        for start, end, category in lane.spans:
            left = frame.x_px(max(start, frame.x0))
            right = max(frame.x_px(min(end, frame.x1)), left + MIN_SPAN_PX)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colours.get(category, "#777777")))
            painter.drawRect(
                QRectF(left, centre - lane_height * 0.35, right - left, lane_height * 0.7)
            )
    _paint_marks(painter, frame, chart.x_marks)
    painter.restore()
    return frame


# -- bar charts ------------------------------------------------------------------------------------

MIN_LABEL_PX = 7.0
"""Smallest text a bar's labels shrink to before they are cut short with an ellipsis."""
BAR_WIDTH = 0.6
"""Share of its slot a bar fills: the rest keeps neighbouring bars and labels apart."""


@dataclass
class BarFrame(Frame):
    """A bar chart's frame (category n at x = n) with where each bar and each label lies."""

    bars: list[QRectF] = field(default_factory=list)
    names: list[QRectF] = field(default_factory=list)  # each category's name under the axis
    labels: list[QRectF] = field(default_factory=list)  # each bar's text above it


def paint_bar_chart(
    painter: QPainter,
    area: QRectF,
    chart: BarChart,
    text_px: float | None = None,
    paper: Paper = LIGHT_PAPER,
) -> BarFrame | None:
    """Paints one bar per category from zero up; the BarFrame, or None when nothing is plotted."""
    text_px = text_px or font_size_for(area.width())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(area, QColor(paper.background))
    inner = area.adjusted(text_px, text_px * 0.6, -text_px, -text_px * 0.6)
    top = _paint_heading(painter, inner, chart.title, chart.units, text_px, paper)
    bottom = _paint_footer(painter, inner, [], chart.notes, text_px, paper)
    body = QRectF(inner.left(), top, inner.width(), bottom - top)
    values = [b.value for b in chart.bars if b.value is not None and math.isfinite(b.value)]
    if not values or max(values) <= 0:
        _paint_message(painter, body, chart.empty_message, text_px, paper)
        painter.restore()
        return None
    frame = _bar_frame(body, chart, max(values), text_px)
    _paint_axes(painter, frame, chart.y_label, text_px, paper)
    centred = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
    for n, bar in enumerate(chart.bars):
        name_font, name_lines = _fitted(frame.names[n].width(), bar.name, text_px * 0.9)
        painter.setFont(name_font)
        painter.setPen(QColor(paper.ink))
        painter.drawText(frame.names[n], centred, "\n".join(name_lines))
        label_font, label_lines = _fitted(
            frame.labels[n].width(), _label_of(bar, chart), text_px * 0.9
        )
        painter.setFont(label_font)
        painter.setPen(QColor(paper.ink if bar.value is not None else paper.muted))
        painter.drawText(frame.labels[n], centred, "\n".join(label_lines))
        if bar.value is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(bar.colour))
            painter.drawRect(frame.bars[n])
    painter.restore()
    return frame


def _bar_frame(body: QRectF, chart: BarChart, top_value: float, text_px: float) -> BarFrame:
    """Lays out axes, bars and labels; the value axis leaves room for the text above the bars."""
    count = len(chart.bars)
    metrics = QFontMetricsF(chart_font(text_px))
    tick = text_px * 0.4
    ceiling = top_value
    label_width = metrics.horizontalAdvance(_number(nice_step(ceiling) * 10))
    for _attempt in range(4):
        left = body.left() + metrics.height() * 1.2 + label_width + tick * 2
        width = body.right() - left - text_px * 0.5
        slot = width / count
        room = slot * 0.94
        fitted_names = [_fitted(room, bar.name, text_px * 0.9) for bar in chart.bars]
        names_height = max(
            QFontMetricsF(font).height() * len(lines) for font, lines in fitted_names
        )
        fitted_labels = [_fitted(room, _label_of(bar, chart), text_px * 0.9) for bar in chart.bars]
        labels_height = max(
            QFontMetricsF(font).height() * len(lines) for font, lines in fitted_labels
        )
        plot = QRectF(left, body.top(), width, body.bottom() - body.top() - names_height - tick * 2)
        # The tallest bar must leave its label's height (and a little air) below the frame.
        free = max(plot.height() - labels_height - tick * 2, plot.height() * 0.3)
        step = nice_step(top_value * plot.height() / free)
        ceiling = step * math.ceil(top_value * plot.height() / free / step)
        ticks = [(step * n, _number(step * n)) for n in range(round(ceiling / step) + 1)]
        needed = max(metrics.horizontalAdvance(label) for _v, label in ticks)
        if needed <= label_width:
            break
        label_width = needed
    frame = BarFrame(plot, -0.5, count - 0.5, 0.0, ceiling, y_ticks=ticks)
    for n, bar in enumerate(chart.bars):
        centre = frame.x_px(n)
        _font, label_lines = fitted_labels[n]
        label_height = QFontMetricsF(_font).height() * len(label_lines)
        base = frame.y_px(bar.value) if bar.value is not None else plot.bottom()
        frame.bars.append(
            QRectF(centre - slot * BAR_WIDTH / 2, base, slot * BAR_WIDTH, plot.bottom() - base)
            if bar.value is not None
            else QRectF()
        )
        frame.labels.append(
            QRectF(centre - room / 2, base - tick - label_height, room, label_height)
        )
        name_font, name_lines = fitted_names[n]
        frame.names.append(
            QRectF(
                centre - room / 2,
                plot.bottom() + tick * 2,
                room,
                QFontMetricsF(name_font).height() * len(name_lines),
            )
        )
    return frame


def _label_of(bar: Bar, chart: BarChart) -> str:
    return bar.label if bar.value is not None else chart.missing_label


def _fitted(width: float, text: str, text_px: float) -> tuple[QFont, list[str]]:
    """The font and lines in which `text` fits `width`: two lines at most, smaller if need be.

    A single line that fits stays one line; otherwise the words are split where the longer
    line is shortest, and the text shrinks (down to MIN_LABEL_PX) until both lines fit; what
    still does not fit is cut short with an ellipsis, never drawn into its neighbour.
    """
    lines_given = text.split("\n")
    size = text_px
    while True:
        font = chart_font(size)
        metrics = QFontMetricsF(font)
        lines: list[str] = []
        for line in lines_given:
            lines += _two_lines(line, metrics, width) if len(lines_given) == 1 else [line]
        if max(metrics.horizontalAdvance(line) for line in lines) <= width:
            return font, lines
        if size <= MIN_LABEL_PX:
            elide = Qt.TextElideMode.ElideRight
            return font, [metrics.elidedText(line, elide, width) for line in lines]
        size = max(MIN_LABEL_PX, size * 0.9)


def _two_lines(text: str, metrics: QFontMetricsF, width: float) -> list[str]:
    if metrics.horizontalAdvance(text) <= width or " " not in text:
        return [text]
    words = text.split(" ")
    splits = [(" ".join(words[:n]), " ".join(words[n:])) for n in range(1, len(words))]
    return list(min(splits, key=lambda pair: max(metrics.horizontalAdvance(part) for part in pair)))


def legend_sample(
    colour: str, dash: str, paper: Paper = LIGHT_PAPER, width: int = 36, height: int = 14
) -> QImage:
    """A series' line sample (colour and dash, with its marker) for lists beside a chart, in
    the colour the chart draws it with on `paper` (the list's background is the paper's)."""
    scale = 2  # sharp on high-density screens
    image = QImage(width * scale, height * scale, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(scale)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    drawn = paper.series(colour)
    painter.setPen(QPen(drawn, 2, PEN_STYLES[dash]))
    painter.drawLine(QPointF(1, height / 2), QPointF(width - 1, height / 2))
    _marker(painter, "circle", QPointF(width / 2, height / 2), 10, drawn, False, True, paper)
    painter.end()
    return image


# -- files -----------------------------------------------------------------------------------------

Painter = Callable[[QPainter, QRectF], object]


def write_png(path: Path, paint: Painter, size: QSize = EXPORT_SIZE) -> Path:
    """Paints a chart into a PNG file of `size` pixels, written atomically."""

    def write(temporary: Path) -> None:
        image = QImage(size, QImage.Format.Format_RGB32)
        image.fill(QColor(LIGHT_PAPER.background))
        _paint_on(image, size, paint, path)
        write_png_bytes(image, temporary)

    return write_atomically(path, write)


def write_png_bytes(image: QImage, temporary: Path) -> None:
    """Encodes `image` in memory and writes it with Python, then reads the file back.

    Qt cannot name a file whose path is not UTF-8 (it would write elsewhere) and reports no
    write error; Python does both, and the read-back catches a file cut short."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if image.isNull() or not image.save(buffer, "PNG"):
        raise OSError("the image could not be encoded")
    temporary.write_bytes(bytes(buffer.data()))
    if QImage.fromData(temporary.read_bytes()).size() != image.size():
        raise OSError("the image could not be written completely")


def write_svg(path: Path, paint: Painter, size: QSize = EXPORT_SIZE, title: str = "") -> Path:
    """Paints a chart into an SVG file whose user units are the pixels of `size`, atomically."""

    def write(temporary: Path) -> None:
        # Qt writes to memory and Python to the file, as for PNG (write_png_bytes).
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(size)
        generator.setViewBox(QRect(0, 0, size.width(), size.height()))
        generator.setTitle(title or "sco-desktop chart")
        # One SVG user unit per pixel: otherwise Qt scales text and lines by the screen's dpi.
        generator.setResolution(96)
        _paint_on(generator, size, paint, path)
        temporary.write_bytes(bytes(buffer.data()))
        # What reached the disk must be the whole document.
        try:
            ElementTree.parse(temporary)
        except ElementTree.ParseError:
            raise OSError("the SVG could not be written completely") from None

    return write_atomically(path, write)


def render_image(paint: Painter, size: QSize) -> QImage:
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor(LIGHT_PAPER.background))
    _paint_on(image, size, paint, Path("image"))
    return image


def _paint_on(device: QPaintDevice, size: QSize, paint: Painter, path: Path) -> None:
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(f"the chart could not be drawn for {path}")
    try:
        paint(painter, QRectF(0, 0, size.width(), size.height()))
    finally:
        painter.end()
