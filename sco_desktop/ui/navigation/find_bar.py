"""Find in page: a bar that finds text in the pane shown, with next, previous and a count.

It moves the pane's cursor to a match and counts the matches; it never changes the page.
Enter finds the next match, Shift+Enter the previous, Esc closes the bar.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeyEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTextEdit, QToolButton, QWidget

_FIND_LIMIT = 10_000
"""Counting stops here: a count is a guide, and a long page must not stall typing."""


class FindBar(QWidget):
    def __init__(self, view: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="findBar")
        self._view = view
        self.field = QLineEdit(objectName="findField", clearButtonEnabled=True)
        self.field.setPlaceholderText(self.tr("Find in page"))
        self.field.setAccessibleName(self.tr("Find in page"))
        self.previous_button = QToolButton(text="▲", objectName="findPrevious")
        self.previous_button.setAccessibleName(self.tr("Previous match"))
        self.previous_button.setToolTip(self.tr("Previous match (Shift+F3)"))
        self.next_button = QToolButton(text="▼", objectName="findNext")
        self.next_button.setAccessibleName(self.tr("Next match"))
        self.next_button.setToolTip(self.tr("Next match (F3)"))
        self.count = QLabel(objectName="findCount", textFormat=Qt.TextFormat.PlainText)
        close = QToolButton(text="✕", objectName="findClose")
        close.setAccessibleName(self.tr("Close find"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.count)
        layout.addWidget(close)
        self.field.textChanged.connect(self._on_text_changed)
        self.field.installEventFilter(self)
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button.clicked.connect(self.find_next)
        close.clicked.connect(self.close_bar)
        self.hide()

    def open_bar(self) -> None:
        """Shows the bar with the field focused; a selection in the pane becomes the text."""
        selected = self._view.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.field.setText(selected)
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    @Slot()
    def close_bar(self) -> None:
        self.hide()
        self._view.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def find_next(self) -> bool:
        return self._find(backward=False)

    @Slot()
    def find_previous(self) -> bool:
        return self._find(backward=True)

    def refresh(self) -> None:
        """The page changed: count again, from the top."""
        if self.isVisible() and self.field.text():
            self._on_text_changed(self.field.text())

    def matches(self) -> list[int]:
        """The start of every match of the text in the page, in order."""
        text, document = self.field.text(), self._view.document()
        starts: list[int] = []
        if not text:
            return starts
        cursor = document.find(text, 0)
        while not cursor.isNull() and len(starts) < _FIND_LIMIT:
            starts.append(cursor.selectionStart())
            cursor = document.find(text, cursor)
        return starts

    def _find(self, backward: bool) -> bool:
        text = self.field.text()
        if not text:
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        document = self._view.document()
        found = document.find(text, self._view.textCursor(), flags)
        if found.isNull():
            # Wrap around, from the other end of the page.
            start = QTextCursor(document)
            if backward:
                start.movePosition(QTextCursor.MoveOperation.End)
            found = document.find(text, start, flags)
        if found.isNull():
            self._show_count([], None)
            return False
        self._view.setTextCursor(found)
        self._view.ensureCursorVisible()
        self._show_count(self.matches(), found.selectionStart())
        return True

    @Slot(str)
    def _on_text_changed(self, _text: str) -> None:
        # Typing searches from the top of the page, so the first match is the one shown.
        cursor = self._view.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        self._view.setTextCursor(cursor)
        if not self.find_next():
            self._show_count([], None)

    def _show_count(self, starts: list[int], current: int | None) -> None:
        if not self.field.text():
            self.count.setText("")
        elif not starts:
            self.count.setText(self.tr("No matches"))
        else:
            place = starts.index(current) + 1 if current in starts else 0
            more = "+" if len(starts) >= _FIND_LIMIT else ""
            self.count.setText(
                self.tr("{place} of {total}{more}").format(
                    place=place, total=len(starts), more=more
                )
            )

    def eventFilter(self, watched, event) -> bool:
        if (
            watched is self.field
            and isinstance(event, QKeyEvent)
            and event.type() == event.Type.KeyPress
        ):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                self.find_previous() if shift else self.find_next()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)
