"""Notes and bookmarks in the real window: autosave, save state, groups, search, failures."""

import sqlite3

from PySide6.QtCore import Qt

from sco_desktop.app import build_main_window
from sco_desktop.core.data.notes_store import NOTES_FILE, NotesStore
from sco_desktop.core.infra import locations


def navigator_labels(window):
    model = window.navigator_model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_typing_autosaves_and_says_saved(window, qtbot):
    window.show_entity("state", "KAZ")
    qtbot.keyClicks(window.notes_pane.editor, "Check the 2024 figure")
    assert window.notes_pane.state.text() == "Saving…"
    qtbot.waitUntil(lambda: window.notes_pane.state.text() == "Saved", timeout=3000)
    store = NotesStore(locations.user_folder())
    assert [n.text for n in store.notes("KAZ")] == ["Check the 2024 figure"]
    assert "With your notes (1)" in navigator_labels(window)
    assert window.navigator_model.index_of("state", "KAZ").data().endswith("✎1")
    store.close()


def test_leaving_an_entity_saves_the_pending_edit(window, qtbot):
    window.show_entity("state", "RUS")
    qtbot.keyClicks(window.notes_pane.editor, "quick")
    window.show_entity("state", "CHN")
    with NotesStore(locations.user_folder()) as store:
        assert [n.text for n in store.notes("RUS")] == ["quick"]
    window.show_entity("state", "RUS")
    assert window.notes_pane.editor.toPlainText() == "quick"


def test_markdown_is_rendered_beside_the_text(window, qtbot):
    window.show_entity("body", "rats")
    window.notes_pane.editor.setPlainText("**bold** <script>x</script>")
    window.notes_pane.flush()
    assert "bold" in window.notes_pane.preview.toPlainText()
    assert "<script>" not in window.notes_pane.preview.toHtml()


def test_bookmark_with_ctrl_d(window, qtbot):
    window.show_entity("summit", "hos-2025")
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.bookmark_action.isChecked()
    assert "Bookmarks (1)" in navigator_labels(window)
    window.bookmark_action.trigger()
    assert "Bookmarks (1)" not in navigator_labels(window)


def test_search_finds_the_analysts_own_notes(window, qtbot):
    window.show_entity("state", "MNG")
    window.notes_pane.editor.setPlainText("pipeline through Ulaanbaatar")
    window.notes_pane.flush()
    window.show_entity("state", "CHN")
    window.search_field.setText("pipeline")
    qtbot.waitUntil(lambda: bool(window.search_model.hits))
    hits = window.search_model.hits
    assert [(h.kind, h.id) for h in hits] == [("note", "MNG")]
    window.search_field.results.setCurrentIndex(window.search_model.index(0, 0))
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert window.current == ("state", "MNG")


def test_a_failed_save_keeps_the_text_and_retry_works(window, qtbot, monkeypatch):
    window.notes.store._conn.execute("PRAGMA busy_timeout = 100")
    window.show_entity("state", "UZB")
    other = sqlite3.connect(locations.user_folder() / NOTES_FILE, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    window.notes_pane.editor.setPlainText("must not be lost")
    window.notes_pane.flush()
    assert window.notes_pane.state.text().startswith("Not saved")
    assert window.notes_pane.retry.isVisible()
    assert window.notes_pane.editor.toPlainText() == "must not be lost"
    other.execute("COMMIT")
    other.close()
    window.notes_pane.retry.click()
    assert window.notes_pane.state.text() == "Saved"


def test_a_damaged_notes_file_is_reported_at_start(qtbot, settings):
    folder = locations.user_folder()
    NotesStore(folder).close()
    (folder / NOTES_FILE).write_bytes(b"\x00garbage" * 1000)
    main = build_main_window(settings=settings)
    qtbot.addWidget(main)
    assert "damaged" in main.notes_pane.banner.text()
    assert list(folder.glob("notes.damaged-*.sqlite3"))


def test_a_newer_notes_file_opens_read_only_with_a_banner(qtbot, settings):
    folder = locations.user_folder()
    with NotesStore(folder) as store:
        store.save_note("KAZ", "kept")
    conn = sqlite3.connect(folder / NOTES_FILE)
    conn.execute("PRAGMA user_version = 7")
    conn.close()
    main = build_main_window(settings=settings)
    qtbot.addWidget(main)
    main.show_entity("state", "KAZ")
    assert "newer version" in main.notes_pane.banner.text()
    assert main.notes_pane.editor.isReadOnly()
    assert main.notes_pane.editor.toPlainText() == "kept"


def test_export_and_import_from_the_window(window, tmp_path):
    window.show_entity("state", "KAZ")
    window.notes_pane.editor.setPlainText("to move")
    window.notes_pane.flush()
    assert window.notes.export_to(tmp_path / "n.json")
    assert window.notes.import_from(tmp_path / "n.json").startswith("0 notes added")
    assert window.notes.export_to(tmp_path / "n.md")
    assert "to move" in (tmp_path / "n.md").read_text(encoding="utf-8")


def test_saving_a_first_note_keeps_the_navigator_expanded_and_selected(window, qtbot):
    from sco_desktop.ui.navigator.model import KeyRole

    tree, proxy, model = (
        window.navigator.tree,
        window.navigator.tree.model(),
        window.navigator_model,
    )
    bodies = next(
        model.index(row, 0)
        for row in range(model.rowCount())
        if model.index(row, 0).data().startswith("Bodies")
    )
    councils = proxy.mapFromSource(model.index(0, 0, bodies))
    tree.expand(proxy.mapFromSource(bodies))
    tree.expand(councils)
    window.show_entity("state", "KAZ")
    qtbot.keyClicks(window.notes_pane.editor, "First note on Kazakhstan")
    qtbot.waitUntil(lambda: window.notes_pane.state.text() == "Saved", timeout=3000)
    assert "With your notes (1)" in navigator_labels(window)
    assert tree.isExpanded(councils)
    assert tree.currentIndex().data(KeyRole) == ("state", "KAZ")


def test_clearing_a_note_deletes_it(window, qtbot):
    window.show_entity("state", "KAZ")
    qtbot.keyClicks(window.notes_pane.editor, "Short-lived")
    qtbot.waitUntil(lambda: window.notes_pane.state.text() == "Saved", timeout=3000)
    window.notes_pane.editor.clear()
    window.notes_pane.flush()
    with NotesStore(locations.user_folder()) as store:
        assert store.notes("KAZ") == []
    assert not any(label.startswith("With your notes") for label in navigator_labels(window))


def test_delete_your_note_asks_then_deletes(window, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    window.show_entity("state", "RUS")
    qtbot.keyClicks(window.notes_pane.editor, "To be deleted")
    qtbot.waitUntil(lambda: window.notes_pane.state.text() == "Saved", timeout=3000)
    questions = []

    def answer_yes():
        box = QApplication.activeModalWidget()
        questions.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(100, answer_yes)
    window.delete_note_action.trigger()
    assert questions == ["Delete your note on Russia? Backups keep earlier copies."]
    with NotesStore(locations.user_folder()) as store:
        assert store.notes("RUS") == []
    assert window.notes_pane.editor.toPlainText() == ""
