"""The membership view: counts of each status over time, and one lane per state.

It draws from the membership model and redraws on its signals; it never queries. Imports
pyqtgraph, so the main window creates it only when the view is first opened.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QTableView, QTabWidget, QVBoxLayout, QWidget

from sco_desktop.core.domain.kinds import STATUSES
from sco_desktop.output.palette import PALETTE, STATUS_COLOURS
from sco_desktop.ui.common.chart_support import (
    add_copy_action,
    make_plot,
    show_message,
    text_item,
)
from sco_desktop.ui.membership.model import SERIES_LABELS, SHANGHAI_FIVE, MembershipModel

SERIES_COLOURS = {SHANGHAI_FIVE: PALETTE[7], **STATUS_COLOURS}


class MembershipPane(QWidget):
    entity_selected = Signal(str, str)
    """(kind, id) of the state whose lane was clicked."""

    def __init__(self, model: MembershipModel, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="membershipView")
        self.model = model
        self.hover_text = ""
        self.tabs = QTabWidget(objectName="membershipTabs")
        self.steps_plot = make_plot()
        self.steps_plot.setObjectName("membershipSteps")
        self.steps_plot.addLegend(offset=(10, 10))
        self.lanes_plot = make_plot()
        self.lanes_plot.setObjectName("membershipLanes")
        self.lanes_plot.getPlotItem().invertY(True)
        self.lanes_plot.addLegend(offset=(-10, 10))
        self.table = QTableView(objectName="membershipTable")
        self.table.setModel(model)
        add_copy_action(self.table)
        self.tabs.addTab(self.steps_plot, self.tr("Counts over time"))
        self.tabs.addTab(self.lanes_plot, self.tr("Each state"))
        self.tabs.addTab(self.table, self.tr("Table"))
        self.caption = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.caption)
        self._lanes: list[tuple[str, list]] = []
        self._hover = text_item(anchor=(0, 1))
        self._moved = pg.SignalProxy(
            self.lanes_plot.scene().sigMouseMoved, rateLimit=60, slot=self._on_moved
        )
        self.lanes_plot.scene().sigMouseClicked.connect(self._on_clicked)
        model.modelReset.connect(self.redraw)
        self.redraw()

    def set_as_of(self, date: str) -> None:
        """Counts and lanes up to `date` (ISO), as the window's as-of date says."""
        self.model.set_as_of(date)

    @Slot()
    def redraw(self) -> None:
        self._draw_steps()
        self._draw_lanes()
        self.caption.setText(
            f"Statuses as they stood up to {self.model.as_of}. In the counts, dashed lines mark"
            " meetings whose decisions changed a status (point at one to see which). On"
            " 2025-09-01 observers and dialogue partners became SCO partners. Click a state's lane"
            " to open it."
        )

    def _draw_steps(self) -> None:
        plot = self.steps_plot
        plot.clear()
        steps = self.model.steps()
        if not steps:
            show_message(plot, "No statuses before this date.")
            return
        plot.setTitle("Number of states holding each status", size="9pt")
        for status, (xs, counts) in steps.items():
            # A step curve: each count holds until the next change.
            x = [xs[0]]
            y = [counts[0]]
            for position in range(1, len(xs)):
                x += [xs[position], xs[position]]
                y += [counts[position - 1], counts[position]]
            plot.plot(
                x,
                y,
                pen=pg.mkPen(QColor(SERIES_COLOURS[status]), width=2),
                name=SERIES_LABELS[status],
            )
        for when, title in self.model.decisions():
            line = pg.InfiniteLine(
                pos=when, angle=90, pen=pg.mkPen("#888", width=1, style=Qt.PenStyle.DashLine)
            )
            line.setToolTip(title)
            plot.addItem(line)
        plot.setXRange(1996, float(self.model.as_of[:4]) + 1, padding=0)

    def _draw_lanes(self) -> None:
        plot = self.lanes_plot
        plot.clear()
        self._lanes = self.model.lanes()
        if not self._lanes:
            show_message(plot, "No statuses before this date.")
            return
        plot.setTitle("Status of each state over time", size="9pt")
        for status in STATUSES:
            x0, x1, y = [], [], []
            for lane, (_state, periods) in enumerate(self._lanes):
                for period in periods:
                    if period.status == status:
                        start, end = self.model.segment(period)
                        x0.append(start)
                        x1.append(max(end, start + 0.05))
                        y.append(lane)
            if y:
                plot.addItem(
                    pg.BarGraphItem(
                        x0=x0,
                        x1=x1,
                        y=y,
                        height=0.7,
                        brush=QColor(SERIES_COLOURS[status]),
                        pen=None,
                        name=SERIES_LABELS[status],
                    )
                )
        plot.getAxis("left").setTicks(
            [[(lane, self.model.name_of(state)) for lane, (state, _p) in enumerate(self._lanes)]]
        )
        plot.setYRange(-0.6, len(self._lanes) - 0.4, padding=0)
        # Room on the right for the legend, beyond the last day drawn.
        plot.setXRange(2001, float(self.model.as_of[:4]) + 6, padding=0)
        plot.addItem(self._hover, ignoreBounds=True)

    def lane_at(self, year: float, lane_position: float) -> tuple[str | None, str]:
        """(state id, description) of the lane and status under a point in data coordinates."""
        lane = round(lane_position)
        if not 0 <= lane < len(self._lanes):
            return None, ""
        state, periods = self._lanes[lane]
        for period in periods:
            start, end = self.model.segment(period)
            if start <= year <= end:
                return state, self.model.describe(period)
        return state, self.model.name_of(state)

    def _on_moved(self, event) -> None:
        position = event[0]
        if not self._lanes or not self.lanes_plot.sceneBoundingRect().contains(position):
            return
        point = self.lanes_plot.getPlotItem().vb.mapSceneToView(position)
        _state, text = self.lane_at(point.x(), point.y())
        self.hover_text = text
        self._hover.setText(text)
        self._hover.setPos(point.x(), point.y())

    def _on_clicked(self, event) -> None:
        if not self._lanes:
            return
        point = self.lanes_plot.getPlotItem().vb.mapSceneToView(event.scenePos())
        state, _text = self.lane_at(point.x(), point.y())
        if state:
            self.entity_selected.emit("state", state)
