"""The Compare and Rankings views: states side by side, and every state ranked by an indicator.

Both draw from their table models (ui/compare/models.py) and never query; each exports what
it shows as CSV, written atomically. No chart library: the small trade series in the comparison
are output/sparkline's images.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, QSortFilterProxyModel, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sco_desktop.core.domain.language import QT_TRANSLATE_NOOP
from sco_desktop.core.infra.atomic import write_text_atomically
from sco_desktop.core.present.comparison import (
    AMONG,
    INDICATORS_BY_KEY,
    MAX_COMPARED,
    MIN_COMPARED,
    RANKABLE,
)
from sco_desktop.ui.common.export_dialog import export_to_chosen_file
from sco_desktop.ui.common.settings import Preferences
from sco_desktop.ui.compare.models import ComparisonModel, KeyRole, RankingModel, SortRole

AMONG_LABELS = {
    "all": QT_TRANSLATE_NOOP("RankingsPane", "Every state"),
    "members": QT_TRANSLATE_NOOP("RankingsPane", "Members"),
    "partners": QT_TRANSLATE_NOOP("RankingsPane", "Partners"),
}
NOTE = QT_TRANSLATE_NOOP(
    "ComparePane",
    "Each value's sources are in its tool tip; years differ between states and are shown beside"
    " each value. GDP is recorded for few states so far.",
)


class ComparePane(QWidget):
    entity_selected = Signal(str, str)
    """(kind, id) of a state whose column header was double-clicked."""
    pdf_requested = Signal()
    """Export PDF was chosen with two to six states shown; the window writes the sheet."""

    def __init__(
        self,
        model: ComparisonModel,
        names: dict[str, str],
        parent: QWidget | None = None,
        preferences: Preferences | None = None,
    ) -> None:
        """`preferences` keep the folder the export dialog starts in (the window's own)."""
        super().__init__(parent, objectName="compareView")
        self.model = model
        self._preferences = preferences
        self.picker = QListWidget(objectName="comparePicker")
        self.picker.setAccessibleName(self.tr("States to compare"))
        for state_id, name in names.items():
            item = QListWidgetItem(name)
            item.setData(KeyRole, state_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.picker.addItem(item)
        self.picker.setMaximumWidth(200)
        self.table = QTableView(objectName="compareTable", wordWrap=True)
        self.table.setAccessibleName(self.tr("States side by side"))
        self.table.setModel(model)
        self.table.setIconSize(QSize(96, 21))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Rows grow to their wrapped text whenever the columns change width, once for all the
        # columns that changed together.
        self._resize_rows = QTimer(self, singleShot=True, interval=0)
        self._resize_rows.timeout.connect(self.table.resizeRowsToContents)
        self.table.horizontalHeader().sectionResized.connect(self._resize_rows.start)
        self.table.horizontalHeader().sectionDoubleClicked.connect(self._open_state)
        # From the keyboard: Enter (or a double click) on a cell opens its column's state.
        self.table.activated.connect(lambda index: self._open_state(index.column()))
        self.caption = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        export = QToolButton(text=self.tr("Export CSV…"), objectName="compareExport")
        export.clicked.connect(self._ask_and_export)
        self.pdf_button = QToolButton(text=self.tr("Export PDF…"), objectName="comparePdf")
        self.pdf_button.setToolTip(self.tr("The comparison as a fact sheet, with the marking"))
        self.pdf_button.clicked.connect(self.pdf_requested)
        right = QVBoxLayout()
        right.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.caption, 1)
        bottom.addWidget(export)
        bottom.addWidget(self.pdf_button)
        right.addLayout(bottom)
        layout = QHBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addLayout(right, 1)
        self.picker.itemChanged.connect(self._on_picked)
        self._update_caption()

    def set_states(self, state_ids: list[str]) -> None:
        """Ticks these states (the first six) and shows them side by side."""
        wanted = state_ids[:MAX_COMPARED]
        self.picker.blockSignals(True)
        for row in range(self.picker.count()):
            item = self.picker.item(row)
            ticked = item.data(KeyRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.picker.blockSignals(False)
        self.model.set_states(wanted)
        self._update_caption()

    def set_as_of(self, day: str) -> None:
        self.model.set_as_of(day)
        self._update_caption()

    def ticked(self) -> list[str]:
        return [
            self.picker.item(row).data(KeyRole)
            for row in range(self.picker.count())
            if self.picker.item(row).checkState() == Qt.CheckState.Checked
        ]

    @Slot(QListWidgetItem)
    def _on_picked(self, item: QListWidgetItem) -> None:
        ticked = self.ticked()
        if len(ticked) > MAX_COMPARED:
            # A seventh state is not taken: the tick is undone, and the caption says why.
            self.picker.blockSignals(True)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.picker.blockSignals(False)
            self.caption.setText(
                self.tr("At most {count} states side by side.").format(count=MAX_COMPARED)
                + " "
                + self._note()
            )
            return
        # Newly ticked states go to the right of those already shown.
        order = [s for s in self.model.states if s in ticked]
        self.model.set_states(order + [s for s in ticked if s not in order])
        self._update_caption()

    def _update_caption(self) -> None:
        count = len(self.model.states)
        self.pdf_button.setEnabled(count >= MIN_COMPARED)
        lead = (
            self.tr("Tick {least} to {most} states to compare them.").format(
                least=MIN_COMPARED, most=MAX_COMPARED
            )
            if count < MIN_COMPARED
            else self.tr("{count} states on {date}.").format(
                count=count, date=self.model.facts.as_of
            )
        )
        self.caption.setText(f"{lead} {self._note()}")

    def _note(self) -> str:
        return QCoreApplication.translate("ComparePane", NOTE)

    @Slot(int)
    def _open_state(self, section: int) -> None:
        self.entity_selected.emit("state", self.model.states[section])

    def _ask_and_export(self) -> None:
        text = self.model.csv_text()
        export_to_chosen_file(
            self,
            self.tr("Export"),
            "sco-comparison.csv",
            "CSV (*.csv)",
            lambda path: write_text_atomically(path, text),
            self._preferences,
        )


class RankingsPane(QWidget):
    entity_selected = Signal(str, str)
    """(kind, id) of the state whose row was double-clicked."""

    def __init__(
        self,
        model: RankingModel,
        parent: QWidget | None = None,
        preferences: Preferences | None = None,
    ) -> None:
        """`preferences` keep the folder the export dialog starts in (the window's own)."""
        super().__init__(parent, objectName="rankingsView")
        self.model = model
        self._preferences = preferences
        self.indicator_box = QComboBox(objectName="rankIndicator")
        self.indicator_box.setAccessibleName(self.tr("Rank by"))
        for key in RANKABLE:
            label = INDICATORS_BY_KEY[key].label_in(self.model.facts.language)
            self.indicator_box.addItem(label, key)
        self.indicator_box.setCurrentIndex(RANKABLE.index(model.key))
        self.among_box = QComboBox(objectName="rankAmong")
        self.among_box.setAccessibleName(self.tr("Rank among"))
        for among in AMONG:
            self.among_box.addItem(self.tr(AMONG_LABELS[among]), among)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setSortRole(SortRole)
        self.table = QTableView(objectName="rankingsTable", sortingEnabled=True)
        self.table.setAccessibleName(self.tr("Rankings"))
        self.table.setModel(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        # Activated: a double click, or Enter on the current row.
        self.table.activated.connect(self._open_state)
        self.caption = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        export = QToolButton(text=self.tr("Export CSV…"), objectName="rankingsExport")
        export.clicked.connect(self._ask_and_export)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Rank by")))
        controls.addWidget(self.indicator_box)
        controls.addWidget(self.among_box)
        controls.addStretch(1)
        controls.addWidget(export)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.caption)
        self.indicator_box.currentIndexChanged.connect(self._on_indicator)
        self.among_box.currentIndexChanged.connect(self._on_among)
        self._update_caption()
        # Every column but the sources to its contents; the sources take the rest.
        for column in range(self.model.columnCount() - 1):
            self.table.resizeColumnToContents(column)

    def set_as_of(self, day: str) -> None:
        self.model.set_as_of(day)
        self._update_caption()

    @Slot(int)
    def _on_indicator(self, _position: int) -> None:
        self.model.set_indicator(self.indicator_box.currentData())
        self._update_caption()

    @Slot(int)
    def _on_among(self, _position: int) -> None:
        self.model.set_among(self.among_box.currentData())
        self._update_caption()

    def _update_caption(self) -> None:
        indicator = INDICATORS_BY_KEY[self.model.key]
        self.caption.setText(
            self.tr(
                "{indicator}: {meaning}; on {date}. Ties share a rank; states without a value"
                " come last, unranked. Double-click a state to open it."
            ).format(
                indicator=indicator.label_in(self.model.facts.language),
                meaning=indicator.meaning_in(self.model.facts.language),
                date=self.model.facts.as_of,
            )
            + " "
            + QCoreApplication.translate("ComparePane", NOTE)
        )

    def _open_state(self, index) -> None:
        self.entity_selected.emit("state", index.data(KeyRole))

    def _ask_and_export(self) -> None:
        text = self.model.csv_text()
        export_to_chosen_file(
            self,
            self.tr("Export"),
            f"sco-ranking-{self.model.key}.csv",
            "CSV (*.csv)",
            lambda path: write_text_atomically(path, text),
            self._preferences,
        )
