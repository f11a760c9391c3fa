"""A widget that shows a chart painted by output/chart.py, with a hover readout on top.

The chart itself is painted by the same function that writes the PNG and SVG exports, so the
window shows exactly what leaves it. What belongs to the mouse (crosshair, readout box) is
painted here, after the chart, and only on screen: an export cannot carry it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from sco_desktop.output.chart import (
    BarChart,
    Frame,
    LaneChart,
    LineChart,
    chart_font,
    font_size_for,
    paint_bar_chart,
    paint_lane_chart,
    paint_line_chart,
)

Describe = Callable[[float, float], tuple[str, QPointF | None]]
"""(x, y) in data units → (readout text, the data point it describes, or None)."""
READOUT_BACKGROUND = QColor(255, 255, 255, 235)
READOUT_BORDER = QColor("#555555")
MIN_READOUT_PX = 9.0
"""Smallest type the readout shrinks to in a small plot: still readable on a screen."""


class ChartView(QWidget):
    clicked = Signal(float, float)
    """(x, y) in data units of a click inside the plot."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
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

    def set_chart(self, chart: LineChart | LaneChart | BarChart | None) -> None:
        self.chart = chart
        self._frame_known = False
        self.clear_readout()

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
            text_px = font_size_for(area.width())
            if isinstance(self.chart, LaneChart):
                return paint_lane_chart(painter, area, self.chart, text_px)
            if isinstance(self.chart, BarChart):
                return paint_bar_chart(painter, area, self.chart, text_px)
            return paint_line_chart(painter, area, self.chart, text_px)
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
        self.update()

    def clear_readout(self) -> None:
        self.readout, self._mark, self._mouse = "", None, None
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        position = event.position()
        if self.frame is None or self.describe is None or not self.frame.plot.contains(position):
            if self.readout:
                self.clear_readout()
            return
        text, mark = self.describe(*self.frame.data_at(position))
        self.show_readout(text, mark, position)

    def leaveEvent(self, event) -> None:
        # The readout goes with the mouse: nothing of it stays behind on the chart.
        self.clear_readout()
        super().leaveEvent(event)

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
            if self._frame is not None and self.readout:
                self._paint_readout(painter, self._frame)
        finally:
            painter.end()

    def _paint_readout(self, painter: QPainter, frame: Frame) -> None:
        plot = frame.plot
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
        painter.setPen(QPen(READOUT_BORDER, 1))
        painter.setBrush(READOUT_BACKGROUND)
        painter.drawRect(box)
        painter.setPen(QColor("#000000"))
        painter.drawText(
            box.adjusted(text_px * 0.5, text_px * 0.3, -text_px * 0.5, -text_px * 0.3),
            Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
            self.readout,
        )
