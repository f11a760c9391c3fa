"""A widget that shows a chart painted by output/chart.py, with a hover readout on top.

The chart itself is painted by the same function that writes the PNG and SVG exports, so the
window shows exactly what leaves it, on the dark paper when the window's theme is dark. What
belongs to the pointer (crosshair, readout box) is painted here, after the chart, and only on
screen: an export cannot carry it.

The keyboard does what the mouse does: with the chart focused, the arrow keys move a cursor
from data point to data point (Left and Right along the axis, Up and Down between series,
lanes or bars), showing the readout hovering would show, with the point ringed; Enter or Space
clicks it; Esc takes the readout away. The readout is also the widget's accessible
description, so a screen reader reads what the box says.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeyEvent, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from sco_desktop.output.chart import (
    BarChart,
    Frame,
    LaneChart,
    LineChart,
    Paper,
    chart_font,
    font_size_for,
    paint_bar_chart,
    paint_lane_chart,
    paint_line_chart,
)
from sco_desktop.ui.common.paper import chart_paper

Describe = Callable[[float, float], tuple[str, QPointF | None]]
"""(x, y) in data units → (readout text, the data point it describes, or None)."""
READOUT_OPACITY = 235
"""The readout box lets a little of the chart show through."""
READOUT_BORDER = QColor("#888888")
FOCUS_RING = QColor("#2f7fd8")
"""The ring around the point the keyboard chose and the frame of the focused plot: 3:1 and more
against both papers."""
MIN_READOUT_PX = 9.0
"""Smallest type the readout shrinks to in a small plot: still readable on a screen."""


class ChartView(QWidget):
    clicked = Signal(float, float)
    """(x, y) in data units of a click inside the plot."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(QSize(320, 240))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.chart: LineChart | LaneChart | BarChart | None = None
        self._frame: Frame | None = None
        self._frame_known = True  # False until the chart is laid out again after a change
        self.describe: Describe | None = None
        self.readout = ""
        self.readout_box = QRectF()  # where the readout was last painted, within the plot
        self._mark: QPointF | None = None  # the data point the readout is about
        self._mouse: QPointF | None = None
        self.cursor_point: QPointF | None = None
        """The data point the keyboard chose (None: none chosen, or the mouse moved since)."""

    def set_chart(self, chart: LineChart | LaneChart | BarChart | None) -> None:
        self.chart = chart
        self._frame_known = False
        self.clear_readout()

    @property
    def paper(self) -> Paper:
        return chart_paper(self)

    @property
    def frame(self) -> Frame | None:
        """Where the plot lies, as last painted; laid out afresh if the chart changed since.

        A redraw paints once: the layout comes with the paint, and only a caller asking before
        the next paint pays for a layout of its own.
        """
        if not self._frame_known:
            self._frame = self.paint_chart(None, self._area())
            self._frame_known = True
        return self._frame

    def paint_chart(self, painter: QPainter | None, area: QRectF) -> Frame | None:
        """Paints the chart (or, without a painter, lays it out only); its frame."""
        if self.chart is None:
            return None
        own = painter is None
        if own:
            image = QImage(1, 1, QImage.Format.Format_RGB32)
            painter = QPainter(image)
        try:
            text_px, paper = font_size_for(area.width()), self.paper
            if isinstance(self.chart, LaneChart):
                return paint_lane_chart(painter, area, self.chart, text_px, paper)
            if isinstance(self.chart, BarChart):
                return paint_bar_chart(painter, area, self.chart, text_px, paper)
            return paint_line_chart(painter, area, self.chart, text_px, paper)
        finally:
            if own:
                painter.end()

    def _area(self) -> QRectF:
        return QRectF(0, 0, max(self.width(), 1), max(self.height(), 1))

    # -- hover -----------------------------------------------------------------------------

    def show_readout(self, text: str, mark: QPointF | None, at: QPointF | None = None) -> None:
        self.readout, self._mark = text, mark
        if at is not None:
            self._mouse = at
        self.setAccessibleDescription(text)
        self.update()

    def clear_readout(self) -> None:
        self.readout, self._mark, self._mouse = "", None, None
        self.cursor_point = None
        self.setAccessibleDescription("")
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.cursor_point = None
        position = event.position()
        if self.frame is None or self.describe is None or not self.frame.plot.contains(position):
            if self.readout:
                self.clear_readout()
            return
        text, mark = self.describe(*self.frame.data_at(position))
        self.show_readout(text, mark, position)

    def leaveEvent(self, event) -> None:
        # The readout goes with the mouse: nothing of it stays behind on the chart (the one the
        # keyboard chose stays, as the reader may have moved the mouse away to read it).
        if self.cursor_point is None:
            self.clear_readout()
        super().leaveEvent(event)

    # -- keyboard --------------------------------------------------------------------------

    def points(self) -> list[list[QPointF]]:
        """The data points the keyboard steps through, in columns along the x axis: each
        column's points from the bottom up (a line chart's series at one year, the lanes at
        one start, one bar)."""
        chart = self.chart
        columns: dict[float, list[QPointF]] = {}
        if isinstance(chart, LineChart):
            for series in chart.series:
                for x, y, _loose in series.points:
                    if y is not None and math.isfinite(y) and (y > 0 or not chart.log):
                        columns.setdefault(x, []).append(QPointF(x, y))
        elif isinstance(chart, LaneChart):
            for row, lane in enumerate(chart.lanes):
                for start, end, _category in lane.spans:
                    # The middle of the part of the span inside the axis: what hovering there says.
                    low, high = max(start, chart.x_range[0]), min(end, chart.x_range[1])
                    if low <= high:
                        columns.setdefault((low + high) / 2, []).append(
                            QPointF((low + high) / 2, row)
                        )
        elif isinstance(chart, BarChart):
            for n, bar in enumerate(chart.bars):
                columns[float(n)] = [QPointF(n, bar.value or 0.0)]
        return [
            sorted(column, key=lambda p: p.y(), reverse=isinstance(chart, LaneChart))
            for _x, column in sorted(columns.items())
        ]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        moves = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Down: (0, -1),
            Qt.Key.Key_Up: (0, 1),
        }
        if key in moves and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.move_cursor(*moves[key])
            return
        if key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            columns = self.points()
            if columns:
                column = columns[0 if key == Qt.Key.Key_Home else -1]
                self.choose(column[0])
            return
        clicks = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        if key in clicks and self.cursor_point is not None:
            self.clicked.emit(self.cursor_point.x(), self.cursor_point.y())
            return
        if key == Qt.Key.Key_Escape and self.readout:
            self.clear_readout()
            return
        super().keyPressEvent(event)

    def move_cursor(self, across: int, up: int) -> None:
        """Moves the keyboard's point a column left or right (-1, 1), or up or down within it."""
        columns = self.points()
        if not columns:
            return
        if self.cursor_point is None:
            self.choose(columns[0][0])
            return
        here = min(
            range(len(columns)), key=lambda n: abs(columns[n][0].x() - self.cursor_point.x())
        )
        column = columns[here]
        if up:
            row = min(range(len(column)), key=lambda n: abs(column[n].y() - self.cursor_point.y()))
            self.choose(column[min(max(row + up, 0), len(column) - 1)])
            return
        target = columns[min(max(here + across, 0), len(columns) - 1)]
        # The same series (or lane) if it has a point there: the nearest in value otherwise.
        self.choose(min(target, key=lambda p: abs(p.y() - self.cursor_point.y())))

    def choose(self, point: QPointF) -> None:
        """Makes `point` (data units) the keyboard's point and shows its readout."""
        self.cursor_point = point
        text, mark = self.describe(point.x(), point.y()) if self.describe else ("", None)
        self.show_readout(text or self._default_readout(point), mark or point)

    def _default_readout(self, point: QPointF) -> str:
        """What a chart without a readout of its own says of a point: its series and value."""
        chart = self.chart
        if isinstance(chart, BarChart):
            bar = chart.bars[round(point.x())]
            label = bar.label if bar.value is not None else chart.missing_label
            return f"{bar.name}: {label}".replace("\n", "; ")
        if isinstance(chart, LineChart):
            names = [
                s.name
                for s in chart.series
                if any(x == point.x() and y == point.y() for x, y, _l in s.points)
            ]
            value = f"{point.y():,.0f}" if float(point.y()).is_integer() else f"{point.y():g}"
            return f"{', '.join(names)}, {point.x():.0f}: {value}"
        return ""

    def focusInEvent(self, event) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        self.update()
        super().focusOutEvent(event)

    def changeEvent(self, event) -> None:
        # A new theme: the chart is painted again on the paper that goes with it.
        if event.type() == QEvent.Type.PaletteChange:
            self.update()
        super().changeEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        position = event.position()
        if self.frame is not None and self.frame.plot.contains(position):
            self.clicked.emit(*self.frame.data_at(position))
        super().mousePressEvent(event)

    # -- painting --------------------------------------------------------------------------

    def resizeEvent(self, event) -> None:
        self._frame_known = False
        super().resizeEvent(event)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        try:
            self._frame = self.paint_chart(painter, self._area())
            self._frame_known = True
            if self._frame is not None and self.hasFocus():
                painter.setPen(QPen(FOCUS_RING, 2, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(self._frame.plot.adjusted(-3, -3, 3, 3))
            if self._frame is not None and self.readout:
                self._paint_readout(painter, self._frame)
        finally:
            painter.end()

    def _paint_readout(self, painter: QPainter, frame: Frame) -> None:
        plot = frame.plot
        paper = self.paper
        if self._mark is not None:
            spot = frame.px(self._mark.x(), self._mark.y())
            painter.setPen(QPen(QColor("#888888"), 1))
            painter.drawLine(QPointF(spot.x(), plot.top()), QPointF(spot.x(), plot.bottom()))
            painter.drawLine(QPointF(plot.left(), spot.y()), QPointF(plot.right(), spot.y()))
        else:
            spot = self._mouse or plot.center()
        # Beside the point at most 0.6 of the plot wide; in a small plot, where the wrapped text
        # would be taller than the plot, as wide as the plot and then in smaller type. What is
        # still too tall is cut at the plot's edge rather than drawn over the axes.
        usual_px = font_size_for(self.width())
        for width_share, text_px in (
            (0.6, usual_px),
            (1.0, usual_px),
            (1.0, max(MIN_READOUT_PX, usual_px * 0.8)),
            (1.0, MIN_READOUT_PX),
        ):
            painter.setFont(chart_font(text_px))
            bounds = painter.boundingRect(
                QRectF(0, 0, plot.width() * width_share - text_px, 10_000),
                Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
                self.readout,
            )
            if bounds.height() + text_px * 0.6 <= plot.height():
                break
        box = bounds.adjusted(-text_px * 0.5, -text_px * 0.3, text_px * 0.5, text_px * 0.3)
        box.setHeight(min(box.height(), plot.height()))
        # Beside the point, turned back inside the plot where it would cross an edge.
        left = spot.x() + text_px
        if left + box.width() > plot.right():
            left = spot.x() - text_px - box.width()
        top = spot.y() - text_px - box.height()
        if top < plot.top():
            top = spot.y() + text_px
        left = min(max(left, plot.left()), plot.right() - box.width())
        top = min(max(top, plot.top()), plot.bottom() - box.height())
        box.moveTo(left, top)
        self.readout_box = QRectF(box)
        background = QColor(paper.background)
        background.setAlpha(READOUT_OPACITY)
        painter.setPen(QPen(READOUT_BORDER, 1))
        painter.setBrush(background)
        painter.drawRect(box)
        painter.setPen(QColor(paper.ink))
        painter.drawText(
            box.adjusted(text_px * 0.5, text_px * 0.3, -text_px * 0.5, -text_px * 0.3),
            Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
            self.readout,
        )
        # The ring goes over the readout: in a small plot the box cannot always stay clear of the
        # point, and the reader must still see which point the keys chose.
        if self._mark is not None and self.cursor_point is not None:
            painter.setPen(QPen(FOCUS_RING, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(spot, 9, 9)
