"""Help: the keyboard reference lists the window's keys; About names licences and data credits."""

import html
import importlib.metadata

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget

from sco_desktop.core.infra import locations
from sco_desktop.ui.shell.help import FONT_LICENCE, FONTS, ShortcutsDialog, about_html


def test_help_keyboard_shortcuts_lists_every_key_of_the_window(window, qtbot):
    qtbot.keyClick(window.detail_view, Qt.Key.Key_F1)
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    table = dialog.findChild(QTableWidget, "shortcutsTable")
    rows = {table.item(r, 1).text(): table.item(r, 0).text() for r in range(table.rowCount())}
    assert rows["Search"] == "Ctrl+K"
    assert rows["Find in Page"] == "Ctrl+F"
    assert rows["Quit"] == "Ctrl+Q"
    assert rows["Zoom In"].startswith("Ctrl++")
    assert rows["Keyboard Shortcuts"] == "F1"
    dialog.close()


def test_about_names_the_licences_the_packages_declare_and_the_fonts(repo):
    text = about_html("0", repo.data_as_of, repo.sources())
    meta = importlib.metadata.metadata("PySide6-Essentials")
    # .get: on Python 3.12 a missing field warns (which fails here), and PySide6 6.12 lacks one.
    pyside = meta.get("License-Expression") or meta.get("License")
    assert "LGPL-3.0-only" in pyside and pyside in text
    jinja = importlib.metadata.metadata("Jinja2")
    assert f"Jinja {jinja['Version']}" in text
    # The charts are the application's own: no chart library is named, none is needed.
    assert "pyqtgraph" not in text and "NumPy" not in text
    fonts = (locations.resources_folder() / "fonts" / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL Open Font License, Version 1.1" in fonts and FONT_LICENCE in text
    for name, owner in FONTS:
        assert name in fonts and owner in fonts and name in text


def test_about_credits_the_publishers_the_data_cites(repo):
    text = about_html("0", repo.data_as_of, repo.sources())
    publishers = {s.publisher for s in repo.sources() if s.publisher}
    assert f"{len(publishers)} publishers" in text
    assert all(html.escape(p) in text for p in publishers)
