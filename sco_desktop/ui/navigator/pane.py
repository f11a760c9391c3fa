"""The navigator: a filter field over the entity tree. Knows nothing about SQL or other panes."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QStyledItemDelegate,
    QToolTip,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from sco_desktop.ui.navigator.model import FilterRole, IdentRole, KeyRole, NavigatorModel

_TEXT_PADDING = 12
"""Room a row needs beside its text: the item's margins and the focus frame."""
_GROUP_DEPTH = 2
"""Group names sit at the first two levels; the navigator is made wide enough for them."""


class _FullTextTipDelegate(QStyledItemDelegate):
    """A row whose text is cut short shows it in full as its tool tip."""

    def helpEvent(self, event, view, option, index) -> bool:
        if event.type() == QEvent.Type.ToolTip and not index.data(Qt.ItemDataRole.ToolTipRole):
            text = index.data() or ""
            needed = option.fontMetrics.horizontalAdvance(text) + _TEXT_PADDING
            if needed > option.rect.width():
                QToolTip.showText(event.globalPos(), text, view, option.rect)
                return True
        return super().helpEvent(event, view, option, index)


class NavigatorPane(QWidget):
    entity_selected = Signal(str, str)
    """(kind, id) of the entity the user chose in the tree."""

    def __init__(self, model: NavigatorModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._moving = False
        self._widest_group: int | None = None
        """The width of the widest group name with its indent, measured once per change."""
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
        self.tree.setItemDelegate(_FullTextTipDelegate(self.tree))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_field)
        layout.addWidget(self.tree)

        self.filter_field.textChanged.connect(self._on_filter_changed)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        model.modelReset.connect(self._expand_top_level)
        # The layout asks for the size hint many times a click (the window title, the status
        # bar): the tree is measured again only when its rows or their names change.
        for changed in (
            self._proxy.rowsInserted,
            self._proxy.rowsRemoved,
            self._proxy.dataChanged,
            self._proxy.modelReset,
            self._proxy.layoutChanged,
        ):
            changed.connect(self._forget_width)
        self._expand_top_level()

    def sizeHint(self) -> QSize:
        """Wide enough for every group's name (the first levels of the tree) in full."""
        if self._widest_group is None:
            self._widest_group = self._measure_groups()
        scroll_bar = self.tree.verticalScrollBar().sizeHint().width()
        frame = 2 * self.tree.frameWidth()
        return QSize(
            self._widest_group + _TEXT_PADDING + scroll_bar + frame, super().sizeHint().height()
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._widest_group = None
        super().changeEvent(event)

    def _forget_width(self, *_change) -> None:
        self._widest_group = None

    def _measure_groups(self) -> int:
        metrics = self.tree.fontMetrics()
        widest = 0

        def measure(parent: QModelIndex, depth: int) -> None:
            nonlocal widest
            for row in range(self._proxy.rowCount(parent)):
                index = self._proxy.index(row, 0, parent)
                if self._proxy.rowCount(index):
                    text = index.data() or ""
                    indent = (depth + 1) * self.tree.indentation()
                    widest = max(widest, indent + metrics.horizontalAdvance(text))
                    if depth + 1 < _GROUP_DEPTH:
                        measure(index, depth + 1)

        measure(QModelIndex(), 0)
        return widest

    @Slot(str)
    def _on_filter_changed(self, text: str) -> None:
        if text.strip():
            # The filter can only match rows that are here: read the groups nobody opened yet.
            self._model.fetch_all()
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
            if self._proxy.data(index, IdentRole) == "group:Partners":
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
