"""Trade series and comparisons as Qt table models, and the checkable list of partners.

They read records through the repository and hold them; charts and tables draw from these
models and follow their signals. No SQL and no widgets here.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor

from sco_desktop.core.data import Repository
from sco_desktop.core.domain.formatting import format_share, format_usd, tooltip
from sco_desktop.core.domain.records import TradePoint
from sco_desktop.output.palette import style_of

REPORTER = "CHN"
WORLD = "WLD"
# Okabe-Ito, a palette that colour-blind readers can tell apart (black swapped for grey, so that
# it also shows on dark backgrounds); charts add dash patterns beyond its eight colours.
COMPARISON_GROUPS = ("SCO_OTHER_MEMBERS", "SCO_MEMBERS_PARTNERS", "EU", "USA", "ASEAN")
# Short names for chart axes and legends; the groups table holds the full definitions.
GROUP_SHORT_NAMES = {
    "WLD": "World",
    "SCO_OTHER_MEMBERS": "Other SCO members",
    "SCO_MEMBERS_PARTNERS": "Members + partners",
    "EU": "EU",
    "USA": "United States",
    "ASEAN": "ASEAN",
}

ValueRole = Qt.ItemDataRole.UserRole + 1
"""The number plotted (float) or None where the year has no figure."""
PointRole = Qt.ItemDataRole.UserRole + 2
"""The TradePoint behind a cell, or None."""
KeyRole = Qt.ItemDataRole.UserRole + 3
"""The partner code of a row of the partner list."""


def _names(repo: Repository) -> dict[str, str]:
    names = {entity_id: name for entity_id, (_kind, name) in repo.labels().items()}
    names.update({group.id: GROUP_SHORT_NAMES.get(group.id, group.name) for group in repo.groups()})
    return names


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
            group = "member" if status == "member" else "partner"
            return f"{name} ({group})" + ("" if has_data else ", no data")
        if role == Qt.ItemDataRole.CheckStateRole:
            checked = code in self._checked
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole and code in self._checked:
            return QColor(style_of(self.checked.index(code))[0])
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
    """Years down, checked partners across: China's trade in one flow, in dollars or as a share.

    A share is of China's trade with the world in the same year and flow; where that total is
    missing the share is missing too. A missing figure is None, never zero.
    """

    def __init__(self, repo: Repository, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._labels = _names(repo)
        self._points: dict[tuple[str, str, int], TradePoint] = {
            (p.partner, p.flow, p.year): p for p in repo.trade_points(REPORTER)
        }
        self._by_partner: dict[tuple[str, str], list[int]] = {}
        for partner, flow, year in sorted(self._points):
            self._by_partner.setdefault((partner, flow), []).append(year)
        years = sorted({year for _partner, _flow, year in self._points})
        self.first_year, self.last_year = (years[0], years[-1]) if years else (0, -1)
        self._partners: list[str] = []
        self._flow = "total"
        self._scale = "usd"
        self._years = list(range(self.first_year, self.last_year + 1))

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
        self.endResetModel()

    # -- values --------------------------------------------------------------------------------

    def name_of(self, partner: str) -> str:
        return self._labels.get(partner, partner)

    def point(self, partner: str, year: int) -> TradePoint | None:
        return self._points.get((partner, self._flow, year))

    def value(self, partner: str, year: int) -> float | None:
        point = self.point(partner, year)
        if point is None:
            return None
        if self._scale == "usd":
            return float(point.value_usd)
        world = self._points.get((WORLD, self._flow, year))
        return point.value_usd / world.value_usd if world else None

    def series(self, partner: str) -> tuple[list[int], list[float]]:
        """The partner's years with figures, in the year range, with a NaN year in each gap.

        A NaN between two figures breaks the line, so a missing year is drawn as a gap.
        """
        first, last = (self._years[0], self._years[-1]) if self._years else (0, -1)
        years: list[int] = []
        values: list[float] = []
        for year in self._by_partner.get((partner, self._flow), ()):
            if not first <= year <= last:
                continue
            value = self.value(partner, year)
            if value is None:
                continue
            if years and year != years[-1] + 1:
                years.append(years[-1] + 1)
                values.append(math.nan)
            years.append(year)
            values.append(value)
        return years, values

    def format(self, value: float | None) -> str:
        return format_usd(value) if self._scale == "usd" else format_share(value)

    def units(self) -> str:
        if self._scale == "usd":
            return "US$, current prices; reporter: China (customs)"
        return "share of China's trade with the world in the same flow; reporter: China (customs)"

    # -- Qt ------------------------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._years)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._partners)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        partner, year = self._partners[index.column()], self._years[index.row()]
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
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._partners):
            return self.name_of(self._partners[section])
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._years):
            return str(self._years[section])
        return None


class ComparisonModel(QAbstractTableModel):
    """One year's trade of China with SCO groupings and with the EU, the United States and ASEAN."""

    COLUMNS = ("With", "Total trade", "Share of China's total")

    def __init__(self, repo: Repository, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._labels = _names(repo)
        self._points = {
            (p.partner, p.year): p
            for p in repo.trade_points(REPORTER)
            if p.flow == "total" and p.partner in (*COMPARISON_GROUPS, WORLD)
        }
        self.years = sorted(
            {year for partner, year in self._points if partner in COMPARISON_GROUPS}
        )
        self._year = self.years[-1] if self.years else 0

    @property
    def year(self) -> int:
        return self._year

    def set_year(self, year: int) -> None:
        self.beginResetModel()
        self._year = year
        self.endResetModel()

    def rows(self) -> list[tuple[str, str, TradePoint | None, float | None]]:
        """(code, name, point, share of the world) for each grouping, in a fixed order."""
        world = self._points.get((WORLD, self._year))
        out = []
        for code in COMPARISON_GROUPS:
            point = self._points.get((code, self._year))
            share = point.value_usd / world.value_usd if point and world else None
            out.append((code, self._labels.get(code, code), point, share))
        return out

    def world(self) -> TradePoint | None:
        return self._points.get((WORLD, self._year))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COMPARISON_GROUPS)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        _code, name, point, share = self.rows()[index.row()]
        if role == ValueRole:
            return float(point.value_usd) if point else None
        if role == PointRole:
            return point
        if role == Qt.ItemDataRole.DisplayRole:
            return (name, format_usd(point.value_usd if point else None), format_share(share))[
                index.column()
            ]
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.COLUMNS[section] if 0 <= section < len(self.COLUMNS) else None
        return None
