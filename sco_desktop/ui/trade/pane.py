"""The trade view: China's trade with chosen partners over the years, and a one-year comparison.

It draws from the trade models and redraws on their signals; it never queries. Imports
pyqtgraph, so the main window creates it only when the view is first opened.
"""

from __future__ import annotations

import csv
import html
import io
import math
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
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

from sco_desktop.core.domain.formatting import format_share, format_usd
from sco_desktop.core.domain.kinds import CHINA_FLOW_LABELS
from sco_desktop.core.domain.records import Source
from sco_desktop.core.infra.atomic import WriteError, write_text_atomically
from sco_desktop.output.palette import style_of
from sco_desktop.ui.common.chart_support import (
    add_copy_action,
    close_document,
    export_image,
    export_svg,
    finite,
    make_plot,
    show_message,
    text_item,
)
from sco_desktop.ui.common.messages import warn
from sco_desktop.ui.trade.models import (
    ComparisonModel,
    PartnerListModel,
    TradeSeriesModel,
    ValueRole,
)

_DASH_STYLES = {
    "solid": Qt.PenStyle.SolidLine,
    "dash": Qt.PenStyle.DashLine,
    "dot": Qt.PenStyle.DotLine,
    "dashdot": Qt.PenStyle.DashDotLine,
}
_SCALE_LABELS = {"usd": "US dollars", "share": "Share of China's total"}
MAX_MARKED_POINTS = 60  # beyond this a series is drawn as a plain line: markers would only blur


class TradePane(QWidget):
    export_failed = Signal(str)
    """One-line message naming the file that could not be written."""

    def __init__(
        self,
        series: TradeSeriesModel,
        partners: PartnerListModel,
        comparison: ComparisonModel,
        sources: dict[str, Source],
        data_as_of: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, objectName="tradeView")
        self.series, self.partners, self.comparison = series, partners, comparison
        self._sources = sources
        self._data_as_of = data_as_of
        self.hover_text = ""
        self._message: pg.TextItem | None = None

        self.partner_list = QListView(objectName="tradePartners")
        self.partner_list.setAccessibleName(self.tr("Partners to plot"))
        self.partner_list.setModel(partners)
        all_members = QPushButton(self.tr("Select all members"))
        clear = QPushButton(self.tr("Clear"))
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
        self.tabs.addTab(self._lines_tab(), self.tr("Over the years"))
        self.tabs.addTab(self._comparison_tab(), self.tr("Comparison"))

        layout = QHBoxLayout(self)
        side = QWidget()
        side.setLayout(left)
        side.setMaximumWidth(240)
        layout.addWidget(side)
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
            self.flow_box.addItem(label, flow)
        self.flow_box.setAccessibleName(self.tr("Flow"))
        self.flow_box.currentIndexChanged.connect(
            lambda: series.set_flow(self.flow_box.currentData())
        )
        self.scale_box = QComboBox(objectName="tradeScale")
        for scale, label in _SCALE_LABELS.items():
            self.scale_box.addItem(label, scale)
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
        export = QToolButton(text=self.tr("Export"))
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

        self.chart = QWidget(objectName="tradeChart")
        self.plot = make_plot()
        self.plot.setAccessibleName(self.tr("Trade chart"))
        self.legend = self.plot.addLegend(offset=(10, 10))
        self.plot.getAxis("left").enableAutoSIPrefix(False)
        self._curves: list[pg.PlotDataItem] = []
        self._legend_names: dict[pg.PlotDataItem, str] = {}
        self._loose = pg.ScatterPlotItem(symbol="o", size=11, brush=QColor(0, 0, 0, 0))
        self.plot.addItem(self._loose)
        self.crosshair_x = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#888", width=1))
        self.crosshair_y = pg.InfiniteLine(angle=0, movable=False, pen=pg.mkPen("#888", width=1))
        self.hover_label = text_item(anchor=(0, 1))
        for item in (self.crosshair_x, self.crosshair_y, self.hover_label):
            self.plot.addItem(item, ignoreBounds=True)
        chart_layout = QVBoxLayout(self.chart)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.plot)
        self._proxy = pg.SignalProxy(
            self.plot.scene().sigMouseMoved, rateLimit=60, slot=self._on_moved
        )

        self.table = QTableView(objectName="tradeTable")
        self.table.setAccessibleName(self.tr("Trade table"))
        # The table sees the model only while it is shown: a hidden sorted table would sort
        # again on every change of the chart.
        self._sorter = QSortFilterProxyModel(self.table)
        self._sorter.setSortRole(ValueRole)
        self.table.setModel(self._sorter)
        self.table.setSortingEnabled(True)
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
        self.stack.setCurrentWidget(self.table if on else self.chart)

    def _comparison_tab(self) -> QWidget:
        self.year_box = QComboBox(objectName="comparisonYear")
        self.year_box.setAccessibleName(self.tr("Comparison year"))
        for year in reversed(self.comparison.years):
            self.year_box.addItem(str(year), year)
        self.year_box.currentIndexChanged.connect(
            lambda: self.comparison.set_year(self.year_box.currentData())
        )
        self.comparison_plot = make_plot()
        self.comparison_plot.setObjectName("comparisonChart")
        self.comparison_table = QTableView(objectName="comparisonTable")
        self.comparison_table.setModel(self.comparison)
        self.comparison_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.comparison_table.setMaximumHeight(180)
        add_copy_action(self.comparison_table)
        self.comparison_note = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Year")))
        row.addWidget(self.year_box)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.comparison_plot, 1)
        layout.addWidget(self.comparison_table)
        layout.addWidget(self.comparison_note)
        return tab

    # -- drawing -------------------------------------------------------------------------------

    def short_source(self, source_id: str) -> str:
        source = self._sources.get(source_id)
        if source is None:
            return source_id
        publisher = f" ({source.publisher})" if source.publisher else ""
        return f"{source.title[:60]}{'…' if len(source.title) > 60 else ''}{publisher}"

    @Slot()
    def redraw(self) -> None:
        """Draws every checked partner's series from the model; gaps where years are missing.

        Line items are kept and given new data rather than rebuilt, which keeps a redraw cheap.
        """
        plot, series = self.plot, self.series
        if self._message is not None:
            plot.removeItem(self._message)
            self._message = None
        self.hover_text = ""
        self.hover_label.setText("")
        log = self.log_box.isChecked()
        flow = CHINA_FLOW_LABELS[series.flow]
        notes = [
            f"{flow}, {series.units()}. Data as of {self._data_as_of}. Hollow markers: figures"
            " the source gives loosely or as estimates. Missing years are gaps, never zeros."
        ]
        plot.setTitle(f"China's goods trade: {flow.lower()}, {series.units()}", size="9pt")
        empty: list[str] = []
        legend_entries: list[tuple[pg.PlotDataItem, str]] = []
        drawn_years: list[int] = []
        loose_x: list[float] = []
        loose_y: list[float] = []
        loose_pens = []
        factor = self.axis_factor()
        for column, partner in enumerate(series.partners):
            years, values = series.series(partner)
            values = [v / factor if not (log and v <= 0) else math.nan for v in values]
            curve = self._curve(column)
            finite_years = [y for y, v in zip(years, values, strict=True) if math.isfinite(v)]
            if not finite_years:
                empty.append(series.name_of(partner))
                curve.setData([], [])
                curve.hide()
                continue
            drawn_years += finite_years
            color, dash = style_of(column)
            few = len(finite_years) <= MAX_MARKED_POINTS
            curve.setData(
                years,
                values,
                pen=pg.mkPen(QColor(color), width=2, style=_DASH_STYLES[dash]),
                symbol="o" if few else None,
                symbolSize=6,
                symbolBrush=QColor(color),
                symbolPen=QColor(color),
                connect="finite",
                name=series.name_of(partner),
            )
            curve.show()
            legend_entries.append((curve, series.name_of(partner)))
            if few:
                for year, value in zip(years, values, strict=True):
                    if math.isfinite(value) and series.point(partner, year).is_approximate:
                        loose_x.append(year)
                        # The scatter is not a line item, so the log axis does not transform
                        # it: it gets the logarithm the lines are drawn at.
                        loose_y.append(math.log10(value) if log else value)
                        loose_pens.append(pg.mkPen(QColor(color), width=2))
        for curve in self._curves[len(series.partners) :]:
            curve.setData([], [])
            curve.hide()
        self._update_legend(legend_entries)
        if loose_pens:
            self._loose.setData(loose_x, loose_y, pen=loose_pens)
        else:
            self._loose.setData([], [])
        if not series.partners or not drawn_years:
            text = (
                "Choose partners on the left to plot their trade."
                if not series.partners
                else "No trade data for " + ", ".join(empty) + "."
            )
            self._message = show_message(plot, text)
            self.provenance.setText(notes[0])
            return
        if empty:
            notes.append("No trade data for " + ", ".join(empty) + ".")
        self.provenance.setText(" ".join(notes))
        plot.setLogMode(y=log)
        plot.setXRange(min(drawn_years) - 0.5, max(drawn_years) + 0.5, padding=0)
        plot.enableAutoRange(axis="y")
        axis = plot.getAxis("left")
        axis.setLabel("% of China's total" if series.scale == "share" else "US$ billion")

    def _update_legend(self, entries: list[tuple[pg.PlotDataItem, str]]) -> None:
        """Changes only the legend rows that differ: a full rebuild is the dearest step."""
        wanted = dict(entries)
        for curve in [c for c in self._legend_names if c not in wanted]:
            self.legend.removeItem(curve)
            del self._legend_names[curve]
        for curve, name in entries:
            # pyqtgraph's legend reads its text as HTML: names from the data are escaped so a
            # name stays text and can never make the legend load a file.
            if curve not in self._legend_names:
                self.legend.addItem(curve, html.escape(name))
                close_document(self.legend.items[-1][1].item)
            elif self._legend_names[curve] != name:
                for sample, label in self.legend.items:
                    if sample.item is curve:
                        label.setText(html.escape(name))
            self._legend_names[curve] = name

    def _curve(self, column: int) -> pg.PlotDataItem:
        while len(self._curves) <= column:
            curve = pg.PlotDataItem(autoDownsample=True, clipToView=True)
            self.plot.addItem(curve)
            self._curves.append(curve)
        return self._curves[column]

    def axis_factor(self) -> float:
        """Dollars are drawn in billions and shares in per cent, so the axes read plainly."""
        return 1e9 if self.series.scale == "usd" else 0.01

    def hover_at(self, year: float, value: float) -> str:
        """The text shown for the data point nearest to (year, value) in plot coordinates."""
        series = self.series
        if not series.partners:
            return ""
        nearest_year = round(year)
        if nearest_year not in series.years:
            return ""
        log = self.log_box.isChecked()
        best = None
        for partner in series.partners:
            plotted = series.value(partner, nearest_year)
            if plotted is None:
                continue
            drawn = plotted / self.axis_factor()
            shown = math.log10(drawn) if log and drawn > 0 else drawn
            distance = abs(shown - value)
            if best is None or distance < best[0]:
                best = (distance, partner, plotted)
        if best is None:
            return ""
        _distance, partner, plotted = best
        point = series.point(partner, nearest_year)
        loose = " (approximate)" if point.is_approximate else ""
        text = (
            f"{series.name_of(partner)}, {nearest_year}: {series.format(plotted)}{loose}\n"
            f"{CHINA_FLOW_LABELS[series.flow]}; source: {self.short_source(point.source_id)}"
        )
        drawn = plotted / self.axis_factor()
        self.crosshair_x.setPos(nearest_year)
        self.crosshair_y.setPos(math.log10(drawn) if log and drawn > 0 else drawn)
        self.hover_label.setText(text)
        self.hover_label.setPos(nearest_year, value)
        self.hover_text = text
        return text

    def _on_moved(self, event) -> None:
        position = event[0]
        if self._message is not None or not self.plot.sceneBoundingRect().contains(position):
            return
        point = self.plot.getPlotItem().vb.mapSceneToView(position)
        self.hover_at(point.x(), point.y())

    @Slot()
    def redraw_comparison(self) -> None:
        plot, model = self.comparison_plot, self.comparison
        plot.clear()
        rows = model.rows()
        plot.setTitle(f"China's goods trade in {model.year}, US$, current prices", size="9pt")
        values = [point.value_usd / 1e9 if point else math.nan for _c, _n, point, _s in rows]
        if not finite(values):
            show_message(plot, f"No comparison figures for {model.year}.")
            return
        for position, ((_code, name, point, share), value) in enumerate(
            zip(rows, values, strict=True)
        ):
            color, _dash = style_of(position)
            if point is None:
                label = text_item(f"{name}\nno data", anchor=(0.5, 1))
                label.setPos(position, 0)
                plot.addItem(label)
                continue
            plot.addItem(
                pg.BarGraphItem(x=[position], height=[value], width=0.6, brush=QColor(color))
            )
            text = format_usd(point.value_usd) + (
                f"\n{format_share(share)} of total" if share else ""
            )
            label = text_item(text, anchor=(0.5, 1), color=QColor(self.palette().text().color()))
            label.setPos(position, value)
            plot.addItem(label)
        plot.getAxis("bottom").setTicks([[(position, row[1]) for position, row in enumerate(rows)]])
        plot.setXRange(-0.6, len(rows) - 0.4, padding=0)
        plot.setYRange(0, max(finite(values)) * 1.2, padding=0)
        plot.getAxis("left").enableAutoSIPrefix(False)
        plot.getAxis("left").setLabel("US$ billion")
        world = model.world()
        cited = {p.source_id for _c, _n, p, _s in rows if p} | (
            {world.source_id} if world else set()
        )
        total = f"China's trade with the world: {format_usd(world.value_usd)}. " if world else ""
        self.comparison_note.setText(
            f"{total}Sources: " + "; ".join(self.short_source(s) for s in sorted(cited))
        )

    # -- exporting -----------------------------------------------------------------------------

    def csv_text(self) -> str:
        """The plotted series as CSV, with header lines naming units, flow and sources."""
        series = self.series
        out = io.StringIO()
        out.write(
            f"# China's goods trade: {CHINA_FLOW_LABELS[series.flow]}; units: {series.units()}\n"
        )
        out.write(f"# data as of {self._data_as_of}; empty cells are years without a figure\n")
        cited = {
            point.source_id
            for partner in series.partners
            for year in series.years
            if (point := series.point(partner, year)) is not None
        }
        for source_id in sorted(cited):
            source = self._sources.get(source_id)
            url = f" {source.url}" if source and source.url else ""
            out.write(f"# source {source_id}: {self.short_source(source_id)}{url}\n")
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["year", *(series.name_of(p) for p in series.partners)])
        for year in series.years:
            row = [series.value(p, year) for p in series.partners]
            writer.writerow(
                [
                    year,
                    *(
                        "" if v is None else f"{v:.6g}" if series.scale == "share" else f"{v:.0f}"
                        for v in row
                    ),
                ]
            )
        return out.getvalue()

    def export(self, kind: str, path: Path) -> Path:
        if kind == "png":
            return export_image(self.plot, path)
        if kind == "svg":
            return export_svg(self.plot, path)
        return write_text_atomically(path, self.csv_text())

    def _ask_and_export(self, kind: str) -> None:
        filters = {"png": "PNG image (*.png)", "svg": "SVG image (*.svg)", "csv": "CSV (*.csv)"}
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export"), f"sco-trade.{kind}", filters[kind]
        )
        if not name:
            return
        try:
            self.export(kind, Path(name))
        except WriteError as error:
            warn(self, self.tr("Export failed"), str(error))
            self.export_failed.emit(str(error))
