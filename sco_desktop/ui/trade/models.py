"""Trade series and comparisons as Qt table models, and the checkable list of partners.

They read records through the repository and hold them; charts and tables draw from these
models and follow their signals. No SQL and no widgets here.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, QObject, Qt, Signal

from sco_desktop.core.data import Repository
from sco_desktop.core.domain.formatting import format_share, format_usd, tooltip
from sco_desktop.core.domain.language import QT_TRANSLATE_NOOP
from sco_desktop.core.domain.records import TradePoint
from sco_desktop.core.present.trade_comparison import (
    COMPARISON_GROUPS,
    ComparedRow,
    TradeComparison,
)
from sco_desktop.core.present.trade_series import (
    REPORTER,
    Selection,
    figures_of,
    format_value,
    names,
    units,
)
from sco_desktop.output import translation
from sco_desktop.output.chart import legend_sample
from sco_desktop.output.palette import style_of
from sco_desktop.ui.common.paper import chart_paper

YEAR_COLUMN = 0

ValueRole = Qt.ItemDataRole.UserRole + 1
"""The number plotted (float) or None where the year has no figure."""
PointRole = Qt.ItemDataRole.UserRole + 2
"""The TradePoint behind a cell, or None."""
KeyRole = Qt.ItemDataRole.UserRole + 3
"""The partner code of a row of the partner list."""


class PartnerListModel(QAbstractListModel):
    """The states a reader can plot, members first, each with a check box and its colour."""

    checked_changed = Signal(list)
    """The partner codes now checked, in list order."""

    def __init__(self, repo: Repository, parent: QObject | None = None) -> None:
        super().__init__(parent)
        with_data = {p.partner for p in repo.trade_points(REPORTER)}
        states = [s for s in repo.states() if s.id != REPORTER]
        order = {"member": 0, "partner": 1, "observer": 1, "dialogue_partner": 1}
        states.sort(key=lambda s: (order.get(s.status or "", 2), s.name))
        self._rows = [(s.id, s.name, s.status or "", s.id in with_data) for s in states]
        self._checked: set[str] = set()

    @property
    def checked(self) -> list[str]:
        return [code for code, *_ in self._rows if code in self._checked]

    def members(self) -> list[str]:
        return [code for code, _name, status, _data in self._rows if status == "member"]

    def set_checked(self, codes: list[str]) -> None:
        self._checked = {code for code in codes if any(code == row[0] for row in self._rows)}
        if self._rows:
            self.dataChanged.emit(
                self.index(0), self.index(len(self._rows) - 1), [Qt.ItemDataRole.CheckStateRole]
            )
        self.checked_changed.emit(self.checked)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        code, name, status, has_data = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if status == "member":
                text = (
                    self.tr("{name} (member)") if has_data else self.tr("{name} (member), no data")
                )
            else:
                text = (
                    self.tr("{name} (partner)")
                    if has_data
                    else self.tr("{name} (partner), no data")
                )
            return text.format(name=name)
        if role == Qt.ItemDataRole.CheckStateRole:
            checked = code in self._checked
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole and code in self._checked:
            # Colour and dash, as in the chart's legend: colour alone repeats. Drawn as the
            # chart draws it on the theme's paper, so the black series stays visible on dark.
            return legend_sample(*style_of(self.checked.index(code)), chart_paper())
        if role == KeyRole:
            return code
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        code = self._rows[index.row()][0]
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        if checked:
            self._checked.add(code)
        else:
            self._checked.discard(code)
        # Colours follow the order of the checked partners, so every swatch may change.
        self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))
        self.checked_changed.emit(self.checked)
        return True


class TradeSeriesModel(QAbstractTableModel):
    """Years down; the year, then the checked partners across: China's trade in one flow.

    The values are core/present/trade_series.py's, in dollars or as a share of China's total;
    a missing figure is None, never zero. The year is a column of its own so that a table
    sorted by a partner can be sorted back by year.
    """

    def __init__(self, repo: Repository, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.figures = figures_of(repo, translation.current())
        self.first_year, self.last_year = self.figures.first_year, self.figures.last_year
        self._partners: list[str] = []
        self._flow = "total"
        self._scale = "usd"
        self._years = list(range(self.first_year, self.last_year + 1))
        self._rows: list[int] = []

    # -- state ---------------------------------------------------------------------------------

    @property
    def partners(self) -> list[str]:
        return list(self._partners)

    @property
    def flow(self) -> str:
        return self._flow

    @property
    def scale(self) -> str:
        return self._scale

    @property
    def years(self) -> list[int]:
        return list(self._years)

    def selection(self, log: bool = False) -> Selection:
        first, last = (self._years[0], self._years[-1]) if self._years else (0, -1)
        return Selection(tuple(self._partners), self._flow, self._scale, first, last, log)

    def set_partners(self, partners: list[str]) -> None:
        self._reset(partners=list(partners))

    def set_flow(self, flow: str) -> None:
        self._reset(flow=flow)

    def set_scale(self, scale: str) -> None:
        self._reset(scale=scale)

    def set_year_range(self, first: int, last: int) -> None:
        first, last = max(first, self.first_year), min(last, self.last_year)
        self._reset(years=list(range(first, last + 1)))

    def _reset(self, **changes) -> None:
        self.beginResetModel()
        self._partners = changes.get("partners", self._partners)
        self._flow = changes.get("flow", self._flow)
        self._scale = changes.get("scale", self._scale)
        self._years = changes.get("years", self._years)
        self._rows = self._rows_shown()
        self.endResetModel()

    def _rows_shown(self) -> list[int]:
        """The table's years: the chosen range, trimmed to the first and last year with a
        figure for a chosen partner (no screen of empty years before the data begins)."""
        if not self._years:
            return []
        spans = [
            span
            for partner in self._partners
            if (span := self.figures.span(partner, self._flow, self._years[0], self._years[-1]))
        ]
        if not spans:
            return []
        return list(range(min(s[0] for s in spans), max(s[1] for s in spans) + 1))

    # -- values --------------------------------------------------------------------------------

    def name_of(self, partner: str) -> str:
        return self.figures.name_of(partner)

    def point(self, partner: str, year: int) -> TradePoint | None:
        return self.figures.point(partner, self._flow, year)

    def value(self, partner: str, year: int) -> float | None:
        return self.figures.value(partner, self._flow, self._scale, year)

    def series(self, partner: str) -> tuple[list[int], list[float]]:
        first, last = (self._years[0], self._years[-1]) if self._years else (0, -1)
        return self.figures.series(partner, self._flow, self._scale, first, last)

    def format(self, value: float | None) -> str:
        return format_value(self._scale, value)

    def units(self) -> str:
        return units(self._scale)

    # -- Qt ------------------------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 1 + len(self._partners)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        year = self._rows[index.row()]
        if index.column() == YEAR_COLUMN:
            if role == ValueRole:
                return year
            if role == Qt.ItemDataRole.DisplayRole:
                return str(year)
            return None
        partner = self._partners[index.column() - 1]
        if role == ValueRole:
            return self.value(partner, year)
        if role == PointRole:
            return self.point(partner, year)
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.value(partner, year)
            point = self.point(partner, year)
            mark = " *" if point is not None and point.is_approximate else ""
            return self.format(value) + mark
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            point = self.point(partner, year)
            return tooltip(point.note) if point is not None else None
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == YEAR_COLUMN:
            return self.tr("Year")
        if 1 <= section <= len(self._partners):
            return self.name_of(self._partners[section - 1])
        return None


class ComparisonModel(QAbstractTableModel):
    """One year's trade of China with SCO groupings and with the EU, the United States and ASEAN."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("ComparisonModel", "With"),
        QT_TRANSLATE_NOOP("ComparisonModel", "Total trade"),
        QT_TRANSLATE_NOOP("ComparisonModel", "Share of China's total"),
    )

    def __init__(self, repo: Repository, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.comparison = TradeComparison(
            repo.trade_points(REPORTER), names(repo, translation.current())
        )
        self.years = self.comparison.years
        self._year = self.years[-1] if self.years else 0

    @property
    def year(self) -> int:
        return self._year

    def set_year(self, year: int) -> None:
        self.beginResetModel()
        self._year = year
        self.endResetModel()

    def rows(self) -> list[ComparedRow]:
        """Each grouping in the year shown, in a fixed order."""
        return self.comparison.rows(self._year)

    def world(self) -> TradePoint | None:
        return self.comparison.world(self._year)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COMPARISON_GROUPS)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows()[index.row()]
        name, point, share = row.name, row.point, row.share
        if role == ValueRole:
            return float(point.value_usd) if point else None
        if role == PointRole:
            return point
        if role == Qt.ItemDataRole.DisplayRole:
            return (name, format_usd(point.value_usd if point else None), format_share(share))[
                index.column()
            ]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.COLUMNS[section]) if 0 <= section < len(self.COLUMNS) else None
        return None
