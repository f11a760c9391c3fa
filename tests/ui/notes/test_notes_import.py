"""The result of a notes import is shown in a dialog, not only in a passing status-bar line."""

from PySide6.QtWidgets import QMessageBox

from sco_desktop.core.data.notes_store import NotesStore


def test_an_import_says_what_it_did_in_a_dialog(window, tmp_path):
    other = NotesStore(tmp_path / "other-machine")
    try:
        other.save_note("KAZ", "written elsewhere")
        other.export_json(tmp_path / "other.json")
    finally:
        other.close()
    window.show_entity("state", "KAZ")
    summary = window.notes.import_from(tmp_path / "other.json")
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert [b.windowTitle() for b in boxes] == ["Notes Imported"]
    assert summary in boxes[0].text() and str(tmp_path / "other.json") in boxes[0].text()
