"""The membership view: counts of each status over time, and one lane per state.

It draws from the membership model and redraws on its signals; it never queries. The charts
are output/membership_chart.py's, painted by the one chart renderer, as the `chart membership`
command writes them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sco_desktop.core.infra.atomic import write_text_atomically
from sco_desktop.output import translation
from sco_desktop.output.chart import paint_lane_chart, paint_line_chart, write_png, write_svg
from sco_desktop.output.membership_chart import counts_chart, lanes_chart, membership_csv
from sco_desktop.ui.common.chart_support import add_copy_action
from sco_desktop.ui.common.chart_view import ChartView
from sco_desktop.ui.common.export_dialog import export_to_chosen_file
from sco_desktop.ui.common.settings import Preferences
from sco_desktop.ui.membership.model import MembershipModel


class MembershipPane(QWidget):
    entity_selected = Signal(str, str)
    """(kind, id) of the state whose lane was clicked."""

    def __init__(
        self,
        model: MembershipModel,
        data_as_of: str = "",
        parent: QWidget | None = None,
        preferences: Preferences | None = None,
    ) -> None:
        """`preferences` keep the folder the export dialogs start in (the window's own)."""
        super().__init__(parent, objectName="membershipView")
        self.model = model
        self._preferences = preferences
        self._data_as_of = data_as_of or model.as_of
        self.hover_text = ""
        self.tabs = QTabWidget(objectName="membershipTabs")
        self.tabs.setAccessibleName(self.tr("Membership charts"))
        self.steps_plot = ChartView()
        self.steps_plot.setObjectName("membershipSteps")
        self.steps_plot.setAccessibleName(self.tr("States by status over time"))
        self.lanes_plot = ChartView()
        self.lanes_plot.setObjectName("membershipLanes")
        self.lanes_plot.setAccessibleName(self.tr("Each state's statuses over time"))
        self.lanes_plot.describe = self._describe_lane
        self.lanes_plot.clicked.connect(self._on_clicked)
        self.table = QTableView(objectName="membershipTable")
        self.table.setAccessibleName(self.tr("Periods of each status"))
        self.table.setModel(model)
        header = self.table.horizontalHeader()
        # Every column as wide as its longest entry; a narrow window scrolls rather than cuts.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        add_copy_action(self.table)
        self.tabs.addTab(self.steps_plot, self.tr("Counts over time"))
        self.tabs.addTab(self.lanes_plot, self.tr("Each state"))
        self.tabs.addTab(self.table, self.tr("Table"))
        self.caption = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        export = QToolButton(text=self.tr("Export"), objectName="membershipExport")
        export.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(export)
        for style, label in (("counts", self.tr("Counts")), ("lanes", self.tr("Lanes"))):
            for kind in ("png", "svg"):
                menu.addAction(
                    self.tr("{chart} as {format}…").format(chart=label, format=kind.upper()),
                    lambda s=style, k=kind: self._ask_and_export(s, k),
                )
        menu.addAction(self.tr("Table as CSV…"), lambda: self._ask_and_export("table", "csv"))
        export.setMenu(menu)
        row = QHBoxLayout()
        row.addWidget(self.caption, 1)
        row.addWidget(export)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(row)
        self._lanes: list[tuple[str, list]] = []
        model.modelReset.connect(self.redraw)
        self.redraw()

    def set_as_of(self, date: str) -> None:
        """Counts and lanes up to `date` (ISO), as the window's as-of date says."""
        self.model.set_as_of(date)

    @Slot()
    def redraw(self) -> None:
        history = self.model.history
        self._lanes = self.model.lanes()
        self.steps_plot.set_chart(counts_chart(history, self._data_as_of, translation.current()))
        self.lanes_plot.set_chart(lanes_chart(history, self._data_as_of, translation.current()))
        self.caption.setText(
            self.tr(
                "Statuses as they stood up to {date}. Point at a lane to see the"
                " status and the meeting that decided it; click a state's lane to open it."
            ).format(date=self.model.as_of)
        )

    def export(self, style: str, kind: str, path: Path) -> Path:
        """The counts or the lanes as PNG or SVG, or the table of periods as CSV."""
        history = self.model.history
        if kind == "csv":
            return write_text_atomically(path, membership_csv(history, self._data_as_of))
        write = write_png if kind == "png" else write_svg
        if style == "lanes":
            lanes = lanes_chart(history, self._data_as_of, translation.current())
            return write(path, lambda painter, area: paint_lane_chart(painter, area, lanes))
        counts = counts_chart(history, self._data_as_of, translation.current())
        return write(path, lambda painter, area: paint_line_chart(painter, area, counts))

    def _ask_and_export(self, style: str, kind: str) -> None:
        filters = {"png": "PNG image (*.png)", "svg": "SVG image (*.svg)", "csv": "CSV (*.csv)"}
        export_to_chosen_file(
            self,
            self.tr("Export"),
            f"sco-membership-{style}.{kind}",
            filters[kind],
            lambda path: self.export(style, kind, path),
            self._preferences,
        )

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

    def _describe_lane(self, year: float, lane_position: float) -> tuple[str, QPointF | None]:
        _state, text = self.lane_at(year, lane_position)
        self.hover_text = text
        return text, None

    def _on_clicked(self, year: float, lane_position: float) -> None:
        state, _text = self.lane_at(year, lane_position)
        if state:
            self.entity_selected.emit("state", state)
