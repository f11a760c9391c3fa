"""Importing notes keeps your own note yours, and shows what happened in a dialog."""

import json

from PySide6.QtWidgets import QMessageBox

from sco_desktop.core.data.notes_store import NotesStore


def _export_from_another_machine(tmp_path, own_note):
    """An export that holds an older copy of your note and a newer note written elsewhere."""
    other = NotesStore(tmp_path / "other-machine")
    try:
        other.save_note("KAZ", "written elsewhere, later")
        exported = json.loads(other.export_json(tmp_path / "other.json").read_text("utf-8"))
    finally:
        other.close()
    older = {**vars_of(own_note), "text": "my older words", "updated": "2020-01-01T00:00:00Z"}
    exported["notes"].append(older)
    (tmp_path / "other.json").write_text(json.dumps(exported), encoding="utf-8")
    return tmp_path / "other.json"


def vars_of(note):
    return {field: getattr(note, field) for field in note.__dataclass_fields__}


def test_your_note_stays_yours_and_the_others_sit_beside_it(window, tmp_path, qtbot):
    window.show_entity("state", "KAZ")
    window.notes_pane.editor.setPlainText("my current words")
    window.notes_pane.flush()
    own = window.notes.store.notes("KAZ")[0]
    summary = window.notes.import_from(_export_from_another_machine(tmp_path, own))
    assert window.notes_pane.editor.toPlainText() == "my current words"
    others = window.notes_pane.others.text()
    assert "written elsewhere, later" in others and "my older words" in others
    assert "imported from other.json" in others
    assert "2 differing versions kept beside yours" in summary
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert any("2 differing versions" in b.text() for b in boxes)


def test_on_a_new_machine_the_imported_note_becomes_yours(window, tmp_path):
    other = NotesStore(tmp_path / "old-machine")
    try:
        other.save_note("KAZ", "moved with me")
        other.export_json(tmp_path / "move.json")
    finally:
        other.close()
    window.show_entity("state", "KAZ")
    window.notes.import_from(tmp_path / "move.json")
    assert window.notes_pane.editor.toPlainText() == "moved with me"
