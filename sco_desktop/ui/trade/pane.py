"""The trade view: China's trade with chosen partners over the years, and a one-year comparison.

It draws from the trade models and redraws on their signals; it never queries. Both charts are
described in output/trade_chart.py and painted by the shared renderer (output/chart.py).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, QSortFilterProxyModel, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sco_desktop.core.domain.kinds import CHINA_FLOW_LABELS, KINDS_CONTEXT
from sco_desktop.core.domain.records import Source
from sco_desktop.core.infra.atomic import write_text_atomically
from sco_desktop.core.present.trade_series import AXIS_FACTORS, SCALE_LABELS
from sco_desktop.core.present.wording import short_source
from sco_desktop.output import translation
from sco_desktop.output.chart import BarChart, LineChart, paint_line_chart, write_png, write_svg
from sco_desktop.output.trade_chart import comparison_bars, trade_csv, trade_lines
from sco_desktop.ui.common.chart_support import add_copy_action
from sco_desktop.ui.common.chart_view import ChartView
from sco_desktop.ui.common.export_dialog import export_to_chosen_file
from sco_desktop.ui.common.settings import Preferences
from sco_desktop.ui.trade.models import (
    YEAR_COLUMN,
    ComparisonModel,
    PartnerListModel,
    TradeSeriesModel,
    ValueRole,
)


class TradePane(QWidget):
    export_failed = Signal(str)
    """One-line message naming the file that could not be written."""

    def __init__(
        self,
        series: TradeSeriesModel,
        partners: PartnerListModel,
        comparison: ComparisonModel,
        sources: Mapping[str, Source],
        data_as_of: str,
        parent: QWidget | None = None,
        preferences: Preferences | None = None,
    ) -> None:
        """`preferences` keep the folder the export dialogs start in (the window's own)."""
        super().__init__(parent, objectName="tradeView")
        self.series, self.partners, self.comparison = series, partners, comparison
        self._preferences = preferences
        self._sources = sources
        self._data_as_of = data_as_of
        self.hover_text = ""

        self.partner_list = QListView(objectName="tradePartners")
        self.partner_list.setAccessibleName(self.tr("Partners to plot"))
        self.partner_list.setModel(partners)
        all_members = QPushButton(self.tr("Select all members"), objectName="tradeAllMembers")
        clear = QPushButton(self.tr("Clear"), objectName="tradeClear")
        all_members.clicked.connect(lambda: partners.set_checked(partners.members()))
        clear.clicked.connect(lambda: partners.set_checked([]))
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("China's trade with:")))
        left.addWidget(self.partner_list)
        buttons = QHBoxLayout()
        buttons.addWidget(all_members)
        buttons.addWidget(clear)
        left.addLayout(buttons)

        self.tabs = QTabWidget(objectName="tradeTabs")
        self.tabs.setAccessibleName(self.tr("Trade charts"))
        self.tabs.addTab(self._lines_tab(), self.tr("Over the years"))
        self.tabs.addTab(self._comparison_tab(), self.tr("Comparison"))

        layout = QHBoxLayout(self)
        self.side = QWidget()
        self.side.setLayout(left)
        self.side.setMaximumWidth(240)
        # The comparison is of fixed groupings: the partner list has nothing to do there.
        self.tabs.currentChanged.connect(lambda index: self.side.setVisible(index == 0))
        layout.addWidget(self.side)
        layout.addWidget(self.tabs, 1)

        partners.checked_changed.connect(series.set_partners)
        series.modelReset.connect(self.redraw)
        series.dataChanged.connect(self.redraw)
        comparison.modelReset.connect(self.redraw_comparison)
        self.redraw()
        self.redraw_comparison()

    # -- building ------------------------------------------------------------------------------

    def _lines_tab(self) -> QWidget:
        series = self.series
        self.flow_box = QComboBox(objectName="tradeFlow")
        for flow, label in CHINA_FLOW_LABELS.items():
            self.flow_box.addItem(QCoreApplication.translate(KINDS_CONTEXT, label), flow)
        self.flow_box.setAccessibleName(self.tr("Flow"))
        self.flow_box.currentIndexChanged.connect(
            lambda: series.set_flow(self.flow_box.currentData())
        )
        self.scale_box = QComboBox(objectName="tradeScale")
        for scale, label in SCALE_LABELS.items():
            self.scale_box.addItem(QCoreApplication.translate("TradeSeries", label), scale)
        self.scale_box.setAccessibleName(self.tr("Scale"))
        self.scale_box.currentIndexChanged.connect(
            lambda: series.set_scale(self.scale_box.currentData())
        )
        self.log_box = QCheckBox(self.tr("Log axis"), objectName="tradeLog")
        self.log_box.toggled.connect(self.redraw)
        self.first_year = QSpinBox(objectName="tradeFirstYear")
        self.last_year = QSpinBox(objectName="tradeLastYear")
        for box, value in (
            (self.first_year, series.first_year),
            (self.last_year, series.last_year),
        ):
            box.setRange(series.first_year, series.last_year)
            box.setValue(value)
            box.valueChanged.connect(
                lambda _value: series.set_year_range(
                    self.first_year.value(), self.last_year.value()
                )
            )
        self.first_year.setAccessibleName(self.tr("First year"))
        self.last_year.setAccessibleName(self.tr("Last year"))
        self.table_button = QPushButton(self.tr("Table"), objectName="tradeTableToggle")
        self.table_button.setCheckable(True)
        export = QToolButton(text=self.tr("Export"), objectName="tradeExport")
        export.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(export)
        menu.addAction(self.tr("Chart as PNG…"), lambda: self._ask_and_export("png"))
        menu.addAction(self.tr("Chart as SVG…"), lambda: self._ask_and_export("svg"))
        menu.addAction(self.tr("Data as CSV…"), lambda: self._ask_and_export("csv"))
        export.setMenu(menu)

        # Two rows, so that the view still fits a narrow window at a large scale factor.
        controls = QVBoxLayout()
        rows = (
            (QLabel(self.tr("Flow")), self.flow_box, QLabel(self.tr("Scale")), self.scale_box),
            (
                self.log_box,
                QLabel(self.tr("Years")),
                self.first_year,
                QLabel("–"),
                self.last_year,
            ),
        )
        for widgets in rows:
            row = QHBoxLayout()
            for widget in widgets:
                row.addWidget(widget)
            row.addStretch(1)
            controls.addLayout(row)
        controls.itemAt(1).layout().addWidget(self.table_button)
        controls.itemAt(1).layout().addWidget(export)

        self.chart = ChartView()
        self.chart.setObjectName("tradeChart")
        self.chart.setAccessibleName(self.tr("Trade chart"))
        self.chart.describe = self._describe

        self.table = QTableView(objectName="tradeTable")
        self.table.setAccessibleName(self.tr("Trade table"))
        # The table sees the model only while it is shown: a hidden sorted table would sort
        # again on every change of the chart.
        self._sorter = QSortFilterProxyModel(self.table)
        self._sorter.setSortRole(ValueRole)
        self.table.setModel(self._sorter)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        add_copy_action(self.table)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.chart)
        self.stack.addWidget(self.table)
        self.table_button.toggled.connect(self._show_table)
        self.provenance = QLabel(
            objectName="tradeProvenance", wordWrap=True, textFormat=Qt.TextFormat.PlainText
        )

        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(controls)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.provenance)
        return tab

    @Slot(bool)
    def _show_table(self, on: bool) -> None:
        self._sorter.setSourceModel(self.series if on else None)
        if on:
            # Opens in year order, whatever column was sorted last time.
            self.table.sortByColumn(YEAR_COLUMN, Qt.SortOrder.AscendingOrder)
        self.stack.setCurrentWidget(self.table if on else self.chart)

    def _comparison_tab(self) -> QWidget:
        self.year_box = QComboBox(objectName="comparisonYear")
        self.year_box.setAccessibleName(self.tr("Comparison year"))
        for year in reversed(self.comparison.years):
            self.year_box.addItem(str(year), year)
        self.year_box.currentIndexChanged.connect(
            lambda: self.comparison.set_year(self.year_box.currentData())
        )
        self.comparison_chart = ChartView()
        self.comparison_chart.setObjectName("comparisonChart")
        self.comparison_chart.setAccessibleName(self.tr("Comparison chart"))
        self.comparison_table = QTableView(objectName="comparisonTable")
        self.comparison_table.setAccessibleName(self.tr("Comparison table"))
        self.comparison_table.setModel(self.comparison)
        self.comparison_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.comparison_table.setMaximumHeight(180)
        add_copy_action(self.comparison_table)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Year")))
        row.addWidget(self.year_box)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.comparison_chart, 1)
        layout.addWidget(self.comparison_table)
        return tab

    # -- drawing -------------------------------------------------------------------------------

    def short_source(self, source_id: str) -> str:
        return short_source(self._sources.get(source_id), source_id)

    def chart_description(self) -> LineChart:
        """The chart as the window shows it and every export writes it."""
        selection = self.series.selection(self.log_box.isChecked())
        return trade_lines(
            self.series.figures, selection, self._sources, self._data_as_of, translation.current()
        )

    @Slot()
    def redraw(self) -> None:
        """Describes the checked partners' series again and has the chart view paint them."""
        self.hover_text = ""
        chart = self.chart_description()
        self.chart.set_chart(chart)
        self.provenance.setText(
            self.tr(
                "Hollow markers: figures the source gives loosely or as estimates. Point at a line"
                " for a figure and its source; the CSV export lists every source in full."
            )
        )

    def hover_at(self, year: float, value: float) -> str:
        """The readout for the data point nearest to (year, value) in data units."""
        text, mark = self._describe(year, value)
        self.chart.show_readout(text, mark)
        return text

    def _describe(self, year: float, value: float) -> tuple[str, QPointF | None]:
        series = self.series
        self.hover_text = ""
        nearest_year = round(year)
        if not series.partners or nearest_year not in series.years:
            return "", None
        log = self.log_box.isChecked()
        factor = AXIS_FACTORS[series.scale]

        def level(v: float) -> float:
            return math.log10(v) if log else v

        best = None
        for partner in series.partners:
            plotted = series.value(partner, nearest_year)
            if plotted is None or (log and plotted <= 0) or (log and value <= 0):
                continue
            distance = abs(level(plotted / factor) - level(value))
            if best is None or distance < best[0]:
                best = (distance, partner, plotted)
        if best is None:
            return "", None
        _distance, partner, plotted = best
        point = series.point(partner, nearest_year)
        loose = self.tr(" (approximate)") if point.is_approximate else ""
        flow = QCoreApplication.translate(KINDS_CONTEXT, CHINA_FLOW_LABELS[series.flow])
        self.hover_text = (
            f"{series.name_of(partner)}, {nearest_year}: {series.format(plotted)}{loose}\n"
            + self.tr("{flow}; source: {source}").format(
                flow=flow, source=self.short_source(point.source_id)
            )
        )
        return self.hover_text, QPointF(nearest_year, plotted / factor)

    def comparison_description(self) -> BarChart:
        """The comparison's bars for the year chosen, as the window shows them."""
        model = self.comparison
        return comparison_bars(
            model.comparison, model.year, self._sources, self._data_as_of, translation.current()
        )

    @Slot()
    def redraw_comparison(self) -> None:
        self.comparison_chart.set_chart(self.comparison_description())

    # -- exporting -----------------------------------------------------------------------------

    def csv_text(self) -> str:
        """The plotted series as CSV, with header lines naming units, flow and sources."""
        selection = self.series.selection(self.log_box.isChecked())
        return trade_csv(self.series.figures, selection, self._sources, self._data_as_of)

    def export(self, kind: str, path: Path) -> Path:
        """The chart as PNG or SVG (painted as on screen, without the readout), or the CSV."""
        if kind == "csv":
            return write_text_atomically(path, self.csv_text())
        chart = self.chart_description()
        write = write_png if kind == "png" else write_svg
        return write(path, lambda painter, area: paint_line_chart(painter, area, chart))

    def _ask_and_export(self, kind: str) -> None:
        filters = {"png": "PNG image (*.png)", "svg": "SVG image (*.svg)", "csv": "CSV (*.csv)"}
        error = export_to_chosen_file(
            self,
            self.tr("Export"),
            f"sco-trade.{kind}",
            filters[kind],
            lambda path: self.export(kind, path),
            self._preferences,
        )
        if error:
            self.export_failed.emit(error)
