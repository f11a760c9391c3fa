"""Every export dialog starts in one folder: the last one exported to, at first Documents or home.

The file dialogs are the platform's modal dialogs, which a test cannot answer: they are
replaced by a stand-in that records where each would have opened and answers with a file.
"""

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog

from sco_desktop.core.domain.kinds import VIEW_KIND


@pytest.fixture
def dialogs(monkeypatch):
    """Where each file dialog opened, and the file the next one answers with."""
    record = {"opened": [], "answer": ""}

    def save(_parent, _title, start, _filter=""):
        record["opened"].append(str(Path(start).parent))
        return record["answer"], ""

    def open_file(_parent, _title, start, _filter=""):
        record["opened"].append(str(Path(start)))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_file))
    return record


def _open_every_export_dialog(window):
    window.show_entity("state", "KAZ")
    window.printing.export_current_pdf()
    sheet = window.printing.current_sheet()
    window.notes.export_interactively()
    window.notes.import_interactively()
    window.show_entity(VIEW_KIND, "trade")
    window.navigation.views["trade"]._ask_and_export("csv")
    window.show_entity(VIEW_KIND, "membership")
    window.navigation.views["membership"]._ask_and_export("lanes", "png")
    for name in ("map", "compare", "rankings"):
        window.show_entity(VIEW_KIND, name)
        window.navigation.views[name]._ask_and_export()
    window.printing.export_sheet(sheet, "comparison.pdf")  # as the comparison's PDF does


EVERY_DIALOG = 9


def test_all_start_in_documents_or_home_then_in_the_folder_last_used(
    window, dialogs, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)  # the working folder is never where a dialog opens
    _open_every_export_dialog(window)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    first = documents if Path(documents).is_dir() else str(Path.home())
    assert dialogs["opened"] == [first] * EVERY_DIALOG
    chosen = tmp_path / "exports"
    chosen.mkdir()
    dialogs["answer"] = str(chosen / "trade.csv")
    window.navigation.views["trade"]._ask_and_export("csv")
    assert (chosen / "trade.csv").is_file()
    dialogs["opened"].clear()
    dialogs["answer"] = ""
    _open_every_export_dialog(window)
    assert dialogs["opened"] == [str(chosen)] * EVERY_DIALOG
