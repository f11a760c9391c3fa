"""The Qt binding in use keeps Python's reference counts straight where our models rely on it."""

import sys

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt


class _NoData(QAbstractListModel):
    def rowCount(self, parent=QModelIndex()):
        return 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None


def test_returning_none_from_a_model_keeps_none_alive():
    # PySide6 6.12.0 decrements None's count on each such call; the process aborts later.
    model = _NoData()
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(1000):
        index.data(Qt.ItemDataRole.DecorationRole)
    assert sys.getrefcount(None) - before > -100
