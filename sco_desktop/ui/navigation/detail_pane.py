"""The detail view: shows rendered HTML and turns in-app links into signals; never queries.

It loads no resource from disk or network and opens no link itself: the machine may be
air-gapped, and the data must never be able to reach outside the application.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtWidgets import QWidget

from sco_desktop.core.present.links import COPY_SCHEME, ENTITY_SCHEME, PROVENANCE_SCHEME
from sco_desktop.ui.common.text_browser import ClosedTextBrowser


class DetailPane(ClosedTextBrowser):
    entity_link_activated = Signal(str, str)
    """(kind, id) of an entity link the user followed."""
    copy_url_requested = Signal(str)
    """Source id whose URL the user asked to copy."""
    provenance_toggled = Signal(bool)
    """The reader opened (True) or closed (False) the pane's Provenance disclosure."""
    back_requested = Signal()
    forward_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="detailView")
        self.setAccessibleName(self.tr("Details"))
        self.anchorClicked.connect(self._on_anchor_clicked)

    def show_page(self, html: str, images: dict[str, QImage] | None = None) -> None:
        """Shows a page; `images` are the only pictures it may use, by their `src` names."""
        self.set_images(images)
        # Laid out once, beside the scroll bar. Otherwise replacing the page empties it, the
        # scroll bar goes, the new page is laid out at the full width, the scroll bar comes
        # back, and the whole page (its long tables) is laid out again at the narrower width.
        # A page that fits is laid out a second time without the bar, which costs little.
        bars = self.verticalScrollBarPolicy()
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setHtml(html)
        self.setVerticalScrollBarPolicy(bars)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.BackButton:
            self.back_requested.emit()
        elif event.button() == Qt.MouseButton.ForwardButton:
            self.forward_requested.emit()
        else:
            super().mousePressEvent(event)

    @Slot(QUrl)
    def _on_anchor_clicked(self, url: QUrl) -> None:
        scheme, path = url.scheme(), url.path()
        if scheme == ENTITY_SCHEME and "/" in path:
            kind, entity_id = path.split("/", 1)
            self.entity_link_activated.emit(kind, entity_id)
        elif scheme == COPY_SCHEME and path:
            self.copy_url_requested.emit(path)
        elif scheme == PROVENANCE_SCHEME:
            self.provenance_toggled.emit(path == "open")
