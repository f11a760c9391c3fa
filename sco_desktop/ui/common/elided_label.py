"""A one-line plain-text label that shortens its text with "…" when it is given less room than
the text needs, and shows the whole text as its tooltip. For status-bar lines that must never be
clipped mid-letter at large scale factors; it must not be used for text a reader has to copy."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

_MIN_CHARACTERS = 8
"""Roughly how many characters the label keeps when squeezed: a start and the "…"."""


class ElidedLabel(QLabel):
    def __init__(self, parent: QWidget | None = None, **properties) -> None:
        super().__init__(parent, textFormat=Qt.TextFormat.PlainText, **properties)
        self._full_text = ""

    def full_text(self) -> str:
        return self._full_text

    def set_full_text(self, text: str) -> None:
        self._full_text = text
        self.setToolTip(text)
        self.updateGeometry()
        self._elide()

    def sizeHint(self) -> QSize:
        # QLabel's own hint counts the style's padding; swap the shown text's width for the
        # whole text's.
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        extra = metrics.horizontalAdvance(self._full_text) - metrics.horizontalAdvance(self.text())
        return QSize(hint.width() + extra, hint.height())

    def minimumSizeHint(self) -> QSize:
        margins = self.contentsMargins()
        width = self.fontMetrics().averageCharWidth() * _MIN_CHARACTERS
        return QSize(width + margins.left() + margins.right(), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = self.contentsRect().width()
        shown = self.fontMetrics().elidedText(self._full_text, Qt.TextElideMode.ElideRight, room)
        if shown != self.text():
            self.setText(shown)
