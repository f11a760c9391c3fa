"""The rich-text viewer of the window: follows no link and loads no resource of its own.

The detail pane and the notes preview are built on it; what it may load is decided by the one
policy in output/resources.py.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QByteArray, QUrl
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QTextBrowser, QWidget

from sco_desktop.output.resources import closed_resource


class ClosedTextBrowser(QTextBrowser):
    def __init__(self, parent: QWidget | None = None, **properties) -> None:
        super().__init__(parent, openLinks=False, openExternalLinks=False, **properties)
        self._images: dict[str, QImage] = {}

    def set_images(self, images: Mapping[str, QImage] | None) -> None:
        """The only pictures the next page may show, by their `src` names."""
        self._images = dict(images or {})

    def loadResource(self, kind: int, name: QUrl) -> QImage | QByteArray:
        return closed_resource(self._images, kind, name)
