"""The navigator: a filter field over the entity tree. Knows nothing about SQL or other panes."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal, Slot
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTreeView, QVBoxLayout, QWidget

from sco_desktop.ui.navigator.model import FilterRole, KeyRole, NavigatorModel


class NavigatorPane(QWidget):
    entity_selected = Signal(str, str)
    """(kind, id) of the entity the user chose in the tree."""

    def __init__(self, model: NavigatorModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._moving = False
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(model)
        self._proxy.setRecursiveFilteringEnabled(True)
        self._proxy.setAutoAcceptChildRows(True)
        self._proxy.setFilterRole(FilterRole)
        self._proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.filter_field = QLineEdit(
            placeholderText=self.tr("Filter (English, Русский, 中文)"),
            clearButtonEnabled=True,
            objectName="navigatorFilter",
        )
        self.filter_field.setAccessibleName(self.tr("Filter the navigator"))
        self.tree = QTreeView(objectName="navigator", headerHidden=True, uniformRowHeights=True)
        self.tree.setAccessibleName(self.tr("Navigator"))
        self.tree.setModel(self._proxy)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setExpandsOnDoubleClick(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_field)
        layout.addWidget(self.tree)

        self.filter_field.textChanged.connect(self._on_filter_changed)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        model.modelReset.connect(self._expand_top_level)
        self._expand_top_level()

    @Slot(str)
    def _on_filter_changed(self, text: str) -> None:
        self._proxy.setFilterFixedString(text.strip())
        if text.strip():
            self.tree.expandAll()
        else:
            self._expand_top_level()

    @Slot()
    def _expand_top_level(self) -> None:
        for row in range(self._proxy.rowCount()):
            index = self._proxy.index(row, 0)
            self.tree.expand(index)
            if self._proxy.data(index) and self._proxy.data(index).startswith("Partners"):
                for child in range(self._proxy.rowCount(index)):
                    self.tree.expand(self._proxy.index(child, 0, index))

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        # A row removed by a change of date or of the analyst's marks moves the current row to
        # a neighbour: that is not the reader choosing an entity.
        key = current.data(KeyRole)
        if key and not self._model.updating and not self._moving:
            self.entity_selected.emit(*key)

    def show_entity(self, kind: str, entity_id: str) -> None:
        """Moves the selection to an entity without announcing it again.

        An entity can be in the tree twice (its group, and Bookmarks or With your notes): the
        row the reader is on is kept, so moving down never jumps back to the first copy.
        """
        index = self.tree.currentIndex()
        if index.data(KeyRole) != (kind, entity_id):
            index = self._proxy.mapFromSource(self._model.index_of(kind, entity_id))
        # The view hears of the move (so the old row is no longer drawn as selected); the
        # reader's choice is not announced again.
        self._moving = True
        try:
            if index.isValid():
                self.tree.setCurrentIndex(index)
            else:
                self.tree.selectionModel().clear()
        finally:
            self._moving = False
        if index.isValid():
            self.tree.scrollTo(index)
