"""The notes panel: edit the analyst's note on the entity shown, see it rendered, see save state.

It announces edits (debounced) and is told what happened; it never touches the notes file.
The preview follows the editor once typing pauses, renders at most MAX_PREVIEW_CHARS, and shows
HTML in a note as the text it is.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QTextDocument, QTextOption
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

from sco_desktop.core.domain.language import QT_TRANSLATE_NOOP
from sco_desktop.core.domain.limits import MAX_OTHER_VERSIONS, MAX_PREVIEW_CHARS
from sco_desktop.output.resources import ClosedTextDocument
from sco_desktop.ui.common.text_browser import ClosedTextBrowser

AUTOSAVE_DELAY_MS = 700
PREVIEW_DELAY_MS = 250
"""The preview is rendered once typing pauses this long, never on every key."""
OTHERS_MAX_HEIGHT = 140
"""The other versions scroll inside this height, however many there are."""
_UNBROKEN_RUN = re.compile(r"\S{1000}")
"""Qt lays out a line with no break opportunity in time that grows with the square of its length
(100,000 characters took seconds); wrapping such text anywhere keeps it linear."""
_MARKDOWN = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    | QTextDocument.MarkdownFeature.MarkdownNoHTML
)
"""GitHub Markdown with HTML taken as text: `<Astana>` is a word, not a tag hiding what follows."""
_EDGE_MARGIN = 8
STATES = {
    "saved": QT_TRANSLATE_NOOP("NotesPane", "Saved"),
    "saving": QT_TRANSLATE_NOOP("NotesPane", "Saving…"),
    "failed": QT_TRANSLATE_NOOP("NotesPane", "Not saved"),
    "idle": "",
}


class _Preview(ClosedTextBrowser):
    """Rendered Markdown that loads nothing (a note may name any file) and follows no link."""

    def __init__(self) -> None:
        super().__init__(objectName="notesPreview")
        self.setAccessibleName(self.tr("Note, rendered"))


class _Editor(QPlainTextEdit):
    """The note editor; pasted or dropped text with a very long unbroken run switches wrapping
    before it is laid out, which happens at once as it is inserted."""

    def insertFromMimeData(self, source) -> None:
        if source.hasText() and _UNBROKEN_RUN.search(source.text()):
            self.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        super().insertFromMimeData(source)


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
        self.editor = _Editor(objectName="notesEditor")
        # Even a plain editor's document would read a file it is asked for: give it the closed one.
        document = ClosedTextDocument(parent=self.editor)
        document.setDocumentLayout(QPlainTextDocumentLayout(document))
        self.editor.setDocument(document)
        self.editor.setAccessibleName(self.tr("Your note"))
        # Tab leaves the note for the next control instead of typing a tab: no keyboard trap.
        self.editor.setTabChangesFocus(True)
        self.editor.setPlaceholderText(
            self.tr("Your note (Markdown: **bold**, *italic*, - lists). Saved as you type.")
        )
        self.preview = _Preview()
        self.others = QPlainTextEdit(objectName="notesOthers", readOnly=True)
        others_document = ClosedTextDocument(parent=self.others)
        others_document.setDocumentLayout(QPlainTextDocumentLayout(others_document))
        self.others.setDocument(others_document)
        self.others.setAccessibleName(self.tr("Other versions of your note"))
        self.others.setTabChangesFocus(True)
        self.others.setMaximumHeight(OTHERS_MAX_HEIGHT)
        self.others.hide()
        body = QSplitter()
        body.addWidget(self.editor)
        body.addWidget(self.preview)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.state)
        top.addWidget(self.retry)
        layout = QVBoxLayout(self)
        # The save state ends the header row: keep it off the window's edge.
        layout.setContentsMargins(0, 4, _EDGE_MARGIN, 0)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(body, 1)
        layout.addWidget(self.others)
        self._timer = QTimer(self, singleShot=True, interval=AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self._announce)
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._render_preview)
        self._loading = False
        self.editor.textChanged.connect(self._on_text_changed)
        self.retry.clicked.connect(lambda: self.retry_requested.emit(self.editor.toPlainText()))

    def show_note(
        self, title: str, text: str, others: list[str], read_only: bool, more: int = 0
    ) -> None:
        """Shows the note of a new entity; any pending edit must have been flushed first.

        `others` are the versions kept beside it (at most MAX_OTHER_VERSIONS are given), `more`
        the number of further ones, which are counted rather than shown.
        """
        self._loading = True
        try:
            self.title.setText(title)
            self._fit_wrapping(text, self.editor)
            self.editor.setPlainText(text)
            self.editor.setReadOnly(read_only)
            self._preview_timer.stop()
            self._render_preview()
            self.set_state("idle")
        finally:
            self._loading = False
        if others:
            heading = self.tr("Other versions ({count}), kept beside yours:").format(
                count=len(others) + more
            )
            listed = "\n---\n".join(others[:MAX_OTHER_VERSIONS])
            rest = self.tr(
                "\n---\n… and {more:,} more (sco-desktop notes list shows them all)"
            ).format(more=more)
            self._fit_wrapping(listed, self.others)
            self.others.setPlainText(f"{heading}\n{listed}{rest if more else ''}")
            self.others.show()
        else:
            self.others.clear()
            self.others.hide()

    def show_banner(self, message: str) -> None:
        self.banner.setText(message)
        self.banner.setVisible(bool(message))

    def set_state(self, state: str, message: str = "") -> None:
        text = self.tr(STATES[state]) if STATES[state] else ""
        self.state.setText(f"{text}: {message}" if message else text)
        self.state.setToolTip(message)
        self.retry.setVisible(state == "failed")

    @Slot()
    def flush(self) -> None:
        """Announces the edit (and renders the preview) now instead of after the pause."""
        if self._preview_timer.isActive():
            self._preview_timer.stop()
            self._render_preview()
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
        self.set_state("saving")
        self._timer.start()
        self._preview_timer.start()

    @Slot()
    def _render_preview(self) -> None:
        text = self.editor.toPlainText()
        self._fit_wrapping(text, self.editor, replacing=False)
        self._fit_wrapping(text, self.preview)
        shown = text[:MAX_PREVIEW_CHARS]
        if len(text) > MAX_PREVIEW_CHARS:
            shown += self.tr(
                "\n\n*(The preview shows the first {shown:,} of {length:,} characters;"
                " all of them are in the editor.)*"
            ).format(shown=MAX_PREVIEW_CHARS, length=len(text))
        self.preview.document().setMarkdown(shown, _MARKDOWN)

    def _fit_wrapping(self, text: str, *widgets, replacing: bool = True) -> None:
        """Wraps anywhere while the text has a very long unbroken run, else at word boundaries.

        A widget whose text is about to be replaced is cleared first: changing the mode lays
        out what it holds again, and an old megabyte line laid out at word boundaries takes a
        minute. The editor is never cleared while the analyst types (`replacing=False`); there
        the mode only changes with the text that makes it right.
        """
        mode = (
            QTextOption.WrapMode.WrapAnywhere
            if _UNBROKEN_RUN.search(text)
            else QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
        )
        for widget in widgets:
            if widget.wordWrapMode() != mode:
                if replacing:
                    widget.clear()
                widget.setWordWrapMode(mode)
