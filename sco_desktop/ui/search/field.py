"""The search field with its drop-down of ranked results; it is given a SearchModel, never SQL.

Up and Down move through the results, Enter opens one, Esc closes the list and empties the
field; the keyboard focus stays in the field while the list is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from sco_desktop.output.resources import ClosedTextDocument
from sco_desktop.ui.search.model import HtmlRole, KeyRole, SearchModel

_VISIBLE_ROWS = 8
_MIN_WIDTH = 420


class _HitDelegate(QStyledItemDelegate):
    """Paints a hit's escaped rich text: kind, name, and the snippet with matches marked."""

    _CACHE_SIZE = 64

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        # Laid-out hits with their heights, reused while typing (the next keystroke mostly
        # shows the same hits) and between sizing and painting a row.
        self._documents: dict[tuple[str, int, str], tuple[QTextDocument, int]] = {}

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        return self._laid_out(option, index)[0]

    def _laid_out(self, option: QStyleOptionViewItem, index: QModelIndex):
        """(the hit's document laid out at the list's width, its height)."""
        view = option.widget
        width = max(view.viewport().width() if view is not None else option.rect.width(), 200)
        key = (index.data(HtmlRole) or "", width, option.font.key())
        found = self._documents.get(key)
        if found is None:
            # Owned by the delegate, so Qt frees it with the view, never after the application.
            document = ClosedTextDocument(parent=self)
            document.setDefaultFont(option.font)
            document.setHtml(key[0])
            document.setTextWidth(width)
            if len(self._documents) >= self._CACHE_SIZE:
                self._documents.pop(next(iter(self._documents)))[0].deleteLater()
            found = self._documents[key] = (document, int(document.size().height()))
        return found

    def paint(self, painter, option, index) -> None:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        options.text = ""
        style = options.widget.style() if options.widget else None
        if style:
            style.drawControl(
                QStyle.ControlElement.CE_ItemViewItem, options, painter, options.widget
            )
        document = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.topLeft())
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        # As tall as the hit's text laid out at the list's width: a long name wraps to more
        # lines, and a fixed height would cut it or let it run into the next row. The layout
        # is the one paint() uses (cached), so sizing costs no second layout.
        return QSize(option.rect.width(), self._laid_out(option, index)[1] + 2)


class SearchField(QLineEdit):
    entity_chosen = Signal(str, str)
    """(kind, id) of the result the user opened."""

    def __init__(self, model: SearchModel, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="searchField", clearButtonEnabled=True)
        self.setPlaceholderText(self.tr("Search (Ctrl+K): names in English, Русский, 中文"))
        self.setAccessibleName(self.tr("Search"))
        self._model = model
        # A child of the field (so it goes when the field goes) shown as its own tool-tip window.
        self.results = QListView(self, objectName="searchResults")
        self.results.setWindowFlags(Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
        self.results.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setModel(model)
        self.results.setItemDelegate(_HitDelegate(self.results))
        self.results.setUniformItemSizes(False)
        self.results.setWordWrap(True)
        self.results.clicked.connect(self._open)
        # Keystrokes queued behind a search are coalesced: only the newest text is searched,
        # so a superseded search never runs and typing never waits on it.
        self._pending = QTimer(self, singleShot=True, interval=0)
        self._pending.timeout.connect(self._search_now)
        self._rows_sized = 0
        """How many rows the pop-up's window was last sized for."""
        self.textChanged.connect(self._pending.start)
        model.modelReset.connect(self._on_results_changed)

    def hide_results(self) -> None:
        self.results.hide()

    @Slot()
    def _search_now(self) -> None:
        text = self.text()
        if text.strip():
            self._model.search(text)
        else:
            self._model.clear()

    @Slot()
    def _on_results_changed(self) -> None:
        if self._model.rowCount() == 0:
            self.results.hide()
            return
        self.results.setCurrentIndex(self._model.index(0, 0))
        rows = min(self._model.rowCount(), _VISIBLE_ROWS)
        width = max(self.width(), _MIN_WIDTH)
        if self.results.isVisible() and rows == self._rows_sized and self.results.width() == width:
            # As many rows as the pop-up was sized for (typing on usually keeps a full list):
            # the window keeps its size, the list scrolls if the new rows are taller. Sizing
            # it again is a round trip to the window system and a second paint.
            return
        self._rows_sized = rows
        if self.results.width() != width:
            # Rows are measured at the list's width: set it first.
            self.results.setFixedWidth(width)
        height = sum(self.results.sizeHintForRow(row) for row in range(rows))
        size = QSize(width, max(height + 4, 40))
        # Resize, move and show only when needed: each costs a round trip to the window system.
        if self.results.size() != size:
            self.results.setFixedSize(size)
        place = self.mapToGlobal(QPoint(0, self.height()))
        if self.results.pos() != place:
            self.results.move(place)
        if not self.results.isVisible():
            self.results.show()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._pending.isActive() and event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
            Qt.Key.Key_Down,
            Qt.Key.Key_Up,
        ):
            self._pending.stop()
            self._search_now()
        showing = self.results.isVisible()
        key = event.key()
        if showing and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            step = 1 if key == Qt.Key.Key_Down else -1
            row = (self.results.currentIndex().row() + step) % self._model.rowCount()
            self.results.setCurrentIndex(self._model.index(row, 0))
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._model.rowCount():
            current = self.results.currentIndex()
            self._open(current if current.isValid() else self._model.index(0, 0))
            return
        if key == Qt.Key.Key_Escape and (showing or self.text()):
            # Esc leaves the search: the list closes and the field is empty for the next one.
            self.results.hide()
            self.clear()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        self.results.hide()
        super().focusOutEvent(event)

    @Slot(QModelIndex)
    def _open(self, index: QModelIndex) -> None:
        key = index.data(KeyRole)
        if not key:
            return
        self.results.hide()
        self.entity_chosen.emit(*key)
