"""Help: the keyboard reference (made from the window's own actions) and the About text.

The About text names the libraries with the licences their installed packages declare, the
bundled fonts with theirs, and the publishers the data cites; it states nothing from memory.
"""

from __future__ import annotations

import importlib.metadata
from collections import Counter
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sco_desktop.core.domain.records import Source
from sco_desktop.core.present.html import escape

LIBRARIES = (
    ("Qt for Python (PySide6)", "PySide6-Essentials"),
    ("Shiboken", "shiboken6"),
    ("Jinja", "Jinja2"),
    ("MarkupSafe", "MarkupSafe"),
    ("platformdirs", "platformdirs"),
    ("sqlite-utils", "sqlite-utils"),
    ("pycountry", "pycountry"),
    ("cryptography", "cryptography"),
)
"""(name shown, distribution) of the libraries the application runs on."""
FONTS = (
    ("Noto Sans", "Copyright 2015 Google LLC"),
    ("Noto Sans CJK SC", "© 2014-2021 Adobe"),
)
"""The bundled fonts and the copyright their name tables give (resources/fonts/OFL.txt)."""
FONT_LICENCE = "SIL Open Font License 1.1"
_LICENCE_CLASSIFIER = "License :: OSI Approved :: "


def licence_of(distribution: str) -> tuple[str, str]:
    """(version, licence) as the installed package declares them; empty if it is not installed."""
    try:
        meta = importlib.metadata.metadata(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "", ""
    licence = meta.get("License-Expression") or ""
    if not licence and len(meta.get("License") or "") <= 80:
        licence = meta.get("License") or ""
    if not licence:
        classifiers = [
            c.removeprefix(_LICENCE_CLASSIFIER)
            for c in meta.get_all("Classifier") or []
            if c.startswith(_LICENCE_CLASSIFIER)
        ]
        licence = ", ".join(classifiers)
    return meta.get("Version") or "", licence


def about_html(version: str, data_as_of: str, sources: Iterable[Source]) -> str:
    """The About text: what the application is, its libraries, fonts and data credits."""
    rows = []
    for name, distribution in LIBRARIES:
        installed, licence = licence_of(distribution)
        if installed:
            rows.append(
                f"<tr><td>{escape(name)} {escape(installed)}</td><td>{escape(licence)}</td></tr>"
            )
    fonts = "".join(
        f"<tr><td>{escape(name)} ({escape(owner)})</td><td>{FONT_LICENCE}</td></tr>"
        for name, owner in FONTS
    )
    publishers = Counter(s.publisher for s in sources if s.publisher)
    credits = ", ".join(escape(name) for name, _count in publishers.most_common())
    translate = QCoreApplication.translate
    return (
        f"<p><b>SCO Desktop {escape(version)}</b></p><p>"
        + translate(
            "About",
            "An offline reference on the Shanghai Cooperation Organisation. Data as of {date}."
            " It never uses the network.",
        ).format(date=escape(data_as_of))
        + "</p><p><b>"
        + translate("About", "Libraries")
        + f"</b></p><table>{''.join(rows)}</table><p><b>"
        + translate("About", "Bundled fonts")
        + f"</b></p><table>{fonts}</table><p>"
        + translate(
            "About",
            "Qt for Python is used under the GNU Lesser General Public License version 3; the"
            " licence texts come with the installed packages and the fonts' with the"
            " application (OFL.txt).",
        )
        + "</p><p>"
        + translate(
            "About",
            "<b>Data</b>: gathered from {count} publishers, among them {publishers}."
            " Every fact in a pane cites its source.",
        ).format(count=len(publishers), publishers=credits)
        + "</p>"
    )


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut of the window, with what it does, in menu order."""

    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        rows = shortcut_rows(actions)
        self.table = QTableWidget(len(rows), 2, self, objectName="shortcutsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Does")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        for row, (keys, text) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, 560)


def shortcut_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(keys as shown on this platform, what the action does) of each action that has keys."""
    rows = []
    for action in actions:
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        keys = [k for k in keys if k]
        if keys:
            text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            rows.append((", ".join(keys), text.removesuffix("…")))
    return rows
