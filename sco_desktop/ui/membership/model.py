"""Who held which status when, as a table model over the history of core/present/membership.py.

Honours the as-of date; no SQL and no widgets here.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt

from sco_desktop.core.data import Repository
from sco_desktop.core.domain.formatting import tooltip
from sco_desktop.core.domain.kinds import KINDS_CONTEXT, STATUS_LABELS
from sco_desktop.core.domain.language import QT_TRANSLATE_NOOP
from sco_desktop.core.domain.records import StatusPeriod
from sco_desktop.core.present.membership import MembershipHistory
from sco_desktop.output import translation

KeyRole = Qt.ItemDataRole.UserRole + 1
"""The state id of a row."""


class MembershipModel(QAbstractTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("MembershipModel", "State"),
        QT_TRANSLATE_NOOP("MembershipModel", "Status"),
        QT_TRANSLATE_NOOP("MembershipModel", "From"),
        QT_TRANSLATE_NOOP("MembershipModel", "To"),
        QT_TRANSLATE_NOOP("MembershipModel", "Decided at"),
    )

    def __init__(self, repo: Repository, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.history = MembershipHistory(repo, translation.current())

    @property
    def as_of(self) -> str:
        return self.history.as_of

    def set_as_of(self, day: str) -> None:
        self.beginResetModel()
        self.history.set_as_of(day)
        self.endResetModel()

    def name_of(self, entity_id: str | None) -> str:
        return self.history.name_of(entity_id)

    def lanes(self) -> list[tuple[str, list[StatusPeriod]]]:
        return self.history.lanes()

    def segment(self, period: StatusPeriod) -> tuple[float, float]:
        return self.history.segment(period)

    def steps(self) -> dict[str, tuple[list[float], list[int]]]:
        return self.history.steps()

    def decisions(self) -> list[tuple[float, str]]:
        return self.history.decisions()

    def describe(self, period: StatusPeriod) -> str:
        return self.history.describe(period)

    # -- Qt ------------------------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.history.count()

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        period = self.history.period(index.row())
        if role == KeyRole:
            return period.state_id
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.name_of(period.state_id),
                QCoreApplication.translate(KINDS_CONTEXT, STATUS_LABELS[period.status]),
                period.start_date,
                self.history.end_shown(period) or self.tr("present"),
                self.name_of(period.decided_at) if period.decided_at else "",
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(self.describe(period))
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.COLUMNS[section]) if 0 <= section < len(self.COLUMNS) else None
        return None
