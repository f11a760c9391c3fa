"""One resource policy for every rich-text document the application shows or prints.

A document may use only the images the application handed it (sparklines, sheet charts, by
their private URL). Everything else, whatever the scheme, gets a blank stand-in. Neither
nothing nor an empty image will do: Qt then reads the file itself (the document when it gets
no answer, its image handler when the image is empty), so a note holding
`![x](file:///dev/zero)` would exhaust memory and `![p](/some/fifo)` would hang the window.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QByteArray, QObject, QUrl
from PySide6.QtGui import QImage, QTextDocument


def _blank() -> QImage:
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    image.fill(0)
    return image


def closed_resource(images: Mapping[str, QImage], kind: int, name: QUrl) -> QImage | QByteArray:
    """The image the application put under `name`; else a blank one-pixel image, or no bytes."""
    image = images.get(name.toString())
    if image is not None:
        return image
    if kind == QTextDocument.ResourceType.ImageResource:
        return _blank()
    return QByteArray()


class ClosedTextDocument(QTextDocument):
    """A text document that loads no resource of its own: only `images`, by their names."""

    def __init__(
        self, images: Mapping[str, QImage] | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._images = dict(images or {})

    def loadResource(self, kind: int, name: QUrl) -> QImage | QByteArray:
        return closed_resource(self._images, kind, name)
