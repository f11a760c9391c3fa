"""States side by side and ranked, as table models over core/present/comparison's Facts.

Changed with row and column signals, never a reset. No SQL, no widgets: the values, their
years and sources come from Facts, the same the `compare` and `rank` commands print.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QImage

from sco_desktop.core.domain.formatting import tooltip
from sco_desktop.core.domain.kinds import KINDS_CONTEXT, NO_STATUS_LABEL, STATUS_LABELS
from sco_desktop.core.domain.language import QT_TRANSLATE_NOOP
from sco_desktop.core.domain.records import Source
from sco_desktop.core.present.comparison import (
    INDICATORS,
    INDICATORS_BY_KEY,
    MAX_COMPARED,
    SERIES_LABEL,
    Fact,
    Facts,
    Ranked,
    value_text,
)
from sco_desktop.core.present.wording import source_line

ROWS = tuple(
    (indicator, series)
    for indicator in INDICATORS
    for series in ((False, True) if indicator.key == "trade-with-china" else (False,))
)
"""(indicator, whether the row is its small series chart) for each row of the comparison."""
KeyRole = Qt.ItemDataRole.UserRole + 1
"""The state id of a column (comparison) or a row (rankings)."""
SortRole = Qt.ItemDataRole.UserRole + 2
"""What a column sorts by: numbers for ranks and values, text for the others."""
UNRANKED = 10**6


def _sources_tip(fact: Fact, sources: dict[str, Source], meaning: str) -> str | None:
    lines = [meaning, *([fact.note] if fact.note else [])] + [
        source_line(sources[s]) for s in dict.fromkeys(fact.sources) if s in sources
    ]
    return tooltip("\n".join(lines))


def _csv(header_lines: list[str], rows: list[list[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for line in header_lines:
        writer.writerow([f"# {line}"])
    writer.writerows(rows)
    return out.getvalue()


class ComparisonModel(QAbstractTableModel):
    """One row per indicator, one column per state chosen (two to six)."""

    def __init__(
        self,
        facts_for: Callable[[str], Facts],
        day: str,
        sources: dict[str, Source],
        trade_picture: Callable[[list], QImage | None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        """`facts_for(day)` gathers the Facts of a day; `trade_picture(points)` draws a series."""
        super().__init__(parent)
        self._facts_for = facts_for
        self.facts = facts_for(day)
        self._sources = sources
        self._picture = trade_picture
        self.states: list[str] = []
        self._pictures: dict[str, QImage | None] = {}
        self._facts: dict[str, dict[str, Fact]] = {}

    def set_states(self, state_ids: list[str]) -> None:
        """Shows these states (at most six), columns removed and inserted one by one."""
        wanted = list(dict.fromkeys(state_ids))[:MAX_COMPARED]
        for position in reversed(range(len(self.states))):
            if self.states[position] not in wanted:
                self.beginRemoveColumns(QModelIndex(), position, position)
                del self.states[position]
                self.endRemoveColumns()
        for state_id in wanted:
            if state_id not in self.states:
                position = len(self.states)
                self.beginInsertColumns(QModelIndex(), position, position)
                self.states.append(state_id)
                self.endInsertColumns()

    def set_as_of(self, day: str) -> None:
        self.facts = self._facts_for(day)
        self._pictures.clear()
        self._facts.clear()
        if self.states:
            self.dataChanged.emit(self.index(0, 0), self.index(len(ROWS) - 1, len(self.states) - 1))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.states) - 1)

    def fact(self, row: int, column: int) -> Fact:
        state_id = self.states[column]
        if state_id not in self._facts:
            # Worked out once per state and day: views ask for each cell many times.
            self._facts[state_id] = {
                indicator.key: self.facts.fact(indicator.key, state_id) for indicator in INDICATORS
            }
        return self._facts[state_id][ROWS[row][0].key]

    def _trade_picture(self, state_id: str) -> QImage | None:
        if self._picture is None:
            return None
        if state_id not in self._pictures:
            points = self.facts.trade_points(state_id)
            self._pictures[state_id] = self._picture([(p.year, float(p.value_usd)) for p in points])
        return self._pictures[state_id]

    def csv_text(self) -> str:
        header = [
            f"States compared on {self.facts.as_of}; sco-desktop reference data as of"
            f" {self.facts.data_as_of}",
            "Each value is followed by the year or day it belongs to and its sources (ids).",
        ]
        rows = [["indicator", *(f"{self.facts.names[s]} ({s})" for s in self.states)]]
        for row, (indicator, series) in enumerate(ROWS):
            if series:
                continue
            cells = []
            for column in range(len(self.states)):
                fact = self.fact(row, column)
                cells.append(
                    f"{fact.text} | {fact.when or ''} | {' '.join(dict.fromkeys(fact.sources))}"
                    + (f" | {fact.note}" if fact.note else "")
                )
            rows.append([indicator.label, *cells])
        return _csv(header, rows)

    # -- Qt ------------------------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(ROWS)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.states)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        indicator, series = ROWS[index.row()]
        fact = self.fact(index.row(), index.column())
        if series:
            if role == Qt.ItemDataRole.DecorationRole:
                return self._trade_picture(self.states[index.column()])
            if role == Qt.ItemDataRole.ToolTipRole:
                points = self.facts.trade_points(self.states[index.column()])
                if not points:
                    return tooltip(self.tr("China's figures: none"))
                return tooltip(
                    self.tr(
                        "China's figures, {first} to {last}; a gap is a year without a figure"
                    ).format(first=points[0].year, last=points[-1].year)
                )
        elif role == Qt.ItemDataRole.DisplayRole:
            return value_text(indicator, fact)
        elif role == Qt.ItemDataRole.ToolTipRole:
            return _sources_tip(fact, self._sources, indicator.meaning_in(self.facts.language))
        if role == KeyRole:
            return self.states[index.column()]
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            if not 0 <= section < len(ROWS):
                return None
            indicator, series = ROWS[section]
            if series:
                return self.facts.language.translate("Comparison", SERIES_LABEL)
            return indicator.label_in(self.facts.language)
        if 0 <= section < len(self.states):
            return self.facts.names[self.states[section]]
        return None


class RankingModel(QAbstractTableModel):
    """Every state listed by one indicator, highest first, with its ranks."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("RankingModel", "Among all"),
        QT_TRANSLATE_NOOP("RankingModel", "Among members"),
        QT_TRANSLATE_NOOP("RankingModel", "State"),
        QT_TRANSLATE_NOOP("RankingModel", "Status"),
        QT_TRANSLATE_NOOP("RankingModel", "Value"),
        QT_TRANSLATE_NOOP("RankingModel", "Year or day"),
        QT_TRANSLATE_NOOP("RankingModel", "Sources"),
    )

    def __init__(
        self,
        facts_for: Callable[[str], Facts],
        day: str,
        sources: dict[str, Source],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._facts_for = facts_for
        self.facts = facts_for(day)
        self._sources = sources
        self.key = "trade-with-china"
        self.among = "all"
        self.rows: list[Ranked] = []
        self._refill()

    def set_indicator(self, key: str) -> None:
        self.key = key
        self._refill()

    def set_among(self, among: str) -> None:
        self.among = among
        self._refill()

    def set_as_of(self, day: str) -> None:
        self.facts = self._facts_for(day)
        self._refill()

    def _refill(self) -> None:
        rows = self.facts.rank(self.key, self.among)
        if self.rows:
            self.beginRemoveRows(QModelIndex(), 0, len(self.rows) - 1)
            self.rows = []
            self.endRemoveRows()
        if rows:
            self.beginInsertRows(QModelIndex(), 0, len(rows) - 1)
            self.rows = rows
            self.endInsertRows()

    def csv_text(self) -> str:
        indicator = INDICATORS_BY_KEY[self.key]
        header = [
            f"{indicator.label} ({indicator.meaning}) on {self.facts.as_of}, {self.among};"
            f" sco-desktop reference data as of {self.facts.data_as_of}",
        ]
        rows = [[*self.COLUMNS[:-1], "Value (number)", "Sources"]]
        for row in self.rows:
            rows.append(
                [
                    row.rank or "",
                    row.rank_among_members or "",
                    f"{row.name} ({row.state_id})",
                    STATUS_LABELS.get(row.status or "", ""),
                    row.fact.text,
                    row.fact.when or "",
                    "" if row.fact.number is None else f"{row.fact.number:g}",
                    " ".join(dict.fromkeys(row.fact.sources)),
                ]
            )
        return _csv(header, rows)

    # -- Qt ------------------------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == KeyRole:
            return row.state_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return _sources_tip(row.fact, self._sources, INDICATORS_BY_KEY[self.key].meaning)
        if role == SortRole:
            # Missing ranks sort after every rank, missing values below every value.
            return (
                row.rank or UNRANKED,
                row.rank_among_members or UNRANKED,
                row.name,
                row.status or "",
                -1.0 if row.fact.number is None else row.fact.number,
                row.fact.when or "",
                len(row.fact.sources),
            )[column]
        if role == Qt.ItemDataRole.DisplayRole:
            cited = [
                self._sources[s] for s in dict.fromkeys(row.fact.sources) if s in self._sources
            ]
            more = f" (+{len(cited) - 1} more)" if len(cited) > 1 else ""
            return (
                str(row.rank) if row.rank else "–",
                str(row.rank_among_members) if row.rank_among_members else "",
                row.name,
                QCoreApplication.translate(
                    KINDS_CONTEXT, STATUS_LABELS.get(row.status or "", NO_STATUS_LABEL)
                ),
                row.fact.text,
                row.fact.when or "",
                f"{source_line(cited[0])}{more}" if cited else "",
            )[column]
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.COLUMNS[section]) if 0 <= section < len(self.COLUMNS) else None
        return None
