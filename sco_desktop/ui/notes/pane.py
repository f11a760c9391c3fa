"""The notes panel: edit the analyst's note on the entity shown, see it rendered, see save state.

It announces edits (debounced) and is told what happened; it never touches the notes file.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextDocumentLayout,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from sco_desktop.output.resources import ClosedTextDocument
from sco_desktop.ui.common.text_browser import ClosedTextBrowser

AUTOSAVE_DELAY_MS = 700
STATES = {"saved": "Saved", "saving": "Saving…", "failed": "Not saved", "idle": ""}


class _Preview(ClosedTextBrowser):
    """Rendered Markdown that loads nothing (a note may name any file) and follows no link."""

    def __init__(self) -> None:
        super().__init__(objectName="notesPreview")
        self.setAccessibleName(self.tr("Note, rendered"))


class NotesPane(QWidget):
    note_edited = Signal(str)
    """The editor's text, once typing has paused (or at once when flushed)."""
    retry_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="notesPane")
        self.title = QLabel(objectName="notesTitle")
        self.banner = QLabel(objectName="notesBanner", wordWrap=True)
        self.banner.setStyleSheet(
            "QLabel { background: palette(highlight);"
            " color: palette(highlighted-text); padding: 4px; }"
        )
        self.banner.hide()
        self.state = QLabel(objectName="notesState")
        for label in (self.title, self.banner, self.state):
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.retry = QPushButton(self.tr("Retry"), objectName="notesRetry")
        self.retry.hide()
        self.editor = QPlainTextEdit(objectName="notesEditor")
        # Even a plain editor's document would read a file it is asked for: give it the closed one.
        document = ClosedTextDocument(parent=self.editor)
        document.setDocumentLayout(QPlainTextDocumentLayout(document))
        self.editor.setDocument(document)
        self.editor.setAccessibleName(self.tr("Your note"))
        self.editor.setPlaceholderText(
            self.tr("Your note (Markdown: **bold**, *italic*, - lists). Saved as you type.")
        )
        self.preview = _Preview()
        self.others = QLabel(objectName="notesOthers", wordWrap=True)
        self.others.setTextFormat(Qt.TextFormat.PlainText)
        self.others.hide()
        body = QSplitter()
        body.addWidget(self.editor)
        body.addWidget(self.preview)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.state)
        top.addWidget(self.retry)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(body, 1)
        layout.addWidget(self.others)
        self._timer = QTimer(self, singleShot=True, interval=AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self._announce)
        self._loading = False
        self.editor.textChanged.connect(self._on_text_changed)
        self.retry.clicked.connect(lambda: self.retry_requested.emit(self.editor.toPlainText()))

    def show_note(self, title: str, text: str, others: list[str], read_only: bool) -> None:
        """Shows the note of a new entity; any pending edit must have been flushed first."""
        self._loading = True
        try:
            self.title.setText(title)
            self.editor.setPlainText(text)
            self.editor.setReadOnly(read_only)
            self.preview.setMarkdown(text)
            self.set_state("idle")
        finally:
            self._loading = False
        if others:
            self.others.setText(
                self.tr("Other versions (kept from an import that differed):\n")
                + "\n---\n".join(others)
            )
            self.others.show()
        else:
            self.others.hide()

    def show_banner(self, message: str) -> None:
        self.banner.setText(message)
        self.banner.setVisible(bool(message))

    def set_state(self, state: str, message: str = "") -> None:
        text = STATES[state]
        self.state.setText(f"{text}: {message}" if message else text)
        self.state.setToolTip(message)
        self.retry.setVisible(state == "failed")

    @Slot()
    def flush(self) -> None:
        """Announces the edit now instead of after the pause (switching entity, closing)."""
        if self._timer.isActive():
            self._timer.stop()
            self._announce()

    @Slot()
    def _announce(self) -> None:
        self.note_edited.emit(self.editor.toPlainText())

    @Slot()
    def _on_text_changed(self) -> None:
        if self._loading:
            return
        self.preview.setMarkdown(self.editor.toPlainText())
        self.set_state("saving")
        self._timer.start()
