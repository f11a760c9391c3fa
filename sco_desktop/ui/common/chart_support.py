"""Pieces the chart panes share: table copying, and for the comparison's pyqtgraph bars a plot
that follows the palette and says what is missing. Exports are output/chart.py's.

Imports pyqtgraph; only the chart panes import this module, when a chart is first shown.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QAction, QGuiApplication, QPalette
from PySide6.QtWidgets import QGraphicsTextItem, QTableView, QWidget

from sco_desktop.output.resources import ClosedTextDocument
from sco_desktop.ui.common.keys import OWN_COPY_ACTION


class _ThemedPlot(pg.PlotWidget):
    """A plot that takes its colours from the application palette, again when it changes."""

    def follow_palette(self) -> None:
        palette = QGuiApplication.palette()
        self.setBackground(palette.color(QPalette.ColorRole.Base))
        foreground = palette.color(QPalette.ColorRole.Text)
        for name in ("left", "bottom"):
            axis = self.getAxis(name)
            axis.setPen(foreground)
            axis.setTextPen(foreground)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # Qt sends the first palette change while the plot is still being built.
        if event.type() == QEvent.Type.PaletteChange and getattr(self, "built", False):
            self.follow_palette()


def make_plot(parent: QWidget | None = None) -> pg.PlotWidget:
    """A plot that follows the application palette, so it reads in light and dark themes."""
    plot = _ThemedPlot(parent)
    plot.built = True
    plot.follow_palette()
    plot.showGrid(x=True, y=True, alpha=0.15)
    plot.setMenuEnabled(False)
    return plot


def close_document(item: QGraphicsTextItem) -> None:
    """Gives a chart's text the closed document (output/resources.py): it loads no resource."""
    html = item.toHtml()
    item.setDocument(ClosedTextDocument(parent=item))
    item.setHtml(html)


def text_item(text: str = "", **options) -> pg.TextItem:
    """A pyqtgraph text item that shows `text` as plain text and loads no resource."""
    item = pg.TextItem(text, **options)
    close_document(item.textItem)
    item.setText(text)
    return item


def show_message(plot: pg.PlotWidget, text: str) -> pg.TextItem:
    """A message in the middle of an empty plot, on finite axes."""
    plot.setLogMode(y=False)
    plot.setXRange(0, 1, padding=0)
    plot.setYRange(0, 1, padding=0)
    color = QGuiApplication.palette().color(QPalette.ColorRole.Text)
    item = text_item(text, color=color, anchor=(0.5, 0.5))
    item.setPos(QPointF(0.5, 0.5))
    plot.addItem(item)
    return item


def finite(values: list[float]) -> list[float]:
    return [v for v in values if v is not None and math.isfinite(v)]


def add_copy_action(table: QTableView) -> QAction:
    """Copy in the table copies the selected cells as tab-separated text with headers.

    The action has no key of its own: the window's Edit > Copy (the copy key) triggers it
    while the table has the focus, so the key is bound once (ui/common/keys.py).
    """
    action = QAction(table.tr("Copy"), table, objectName=OWN_COPY_ACTION)
    action.triggered.connect(lambda: QGuiApplication.clipboard().setText(selected_text(table)))
    table.addAction(action)
    return action


def selected_text(table: QTableView) -> str:
    model = table.model()
    indexes = table.selectionModel().selectedIndexes()
    if not indexes:
        return ""
    rows = sorted({i.row() for i in indexes})
    columns = sorted({i.column() for i in indexes})
    chosen = {(i.row(), i.column()) for i in indexes}
    lines = [
        "\t".join(
            [""] + [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]
        )
    ]
    for row in rows:
        cells = [
            str(model.index(row, c).data() or "") if (row, c) in chosen else "" for c in columns
        ]
        lines.append("\t".join([str(model.headerData(row, Qt.Orientation.Vertical) or ""), *cells]))
    return "\n".join(lines)
