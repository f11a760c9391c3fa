"""Message boxes that show their text literally (never as markup); only `ask` waits."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def _show(icon, parent: QWidget | None, title: str, text: str) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # a path or a name with "<" stays as written
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def warn(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    return _show(QMessageBox.Icon.Warning, parent, title, text)


def inform(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    return _show(QMessageBox.Icon.Information, parent, title, text)


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes-or-no question shown as plain text; True for Yes. It waits for the answer."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
