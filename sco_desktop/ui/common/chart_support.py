"""What the chart panes share besides the chart view: copying their tables' cells.

The charts themselves are output/chart.py's, painted by ui/common/chart_view.py.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QTableView

from sco_desktop.ui.common.keys import OWN_COPY_ACTION


def add_copy_action(table: QTableView) -> QAction:
    """Copy in the table copies the selected cells as tab-separated text with headers.

    The action has no key of its own: the window's Edit > Copy (the copy key) triggers it
    while the table has the focus, so the key is bound once (ui/common/keys.py).
    """
    action = QAction(
        QCoreApplication.translate("ChartSupport", "Copy"), table, objectName=OWN_COPY_ACTION
    )
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
