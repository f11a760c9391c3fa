"""File > Install Data Update… in the real window, offscreen: the dialog shows the verification
and the change summary, switches only when told, and the window comes back on the new data with
the notes kept."""

import datetime as dt

import pytest
from conftest import PACK_KEY_NAME, REMOVED_DOCUMENT
from PySide6.QtWidgets import QFileDialog

from sco_desktop.app import build_main_window
from sco_desktop.core.data.pack_store import PackStore
from sco_desktop.core.infra import locations


@pytest.fixture
def chosen(monkeypatch):
    """The file the open dialog will return."""
    choice = {}
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(choice["path"]), "")
    )
    return choice


@pytest.fixture
def main(qtbot, settings, trusted):
    window = build_main_window(settings=settings)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_dialog_shows_the_check_and_switches_when_told(
    qtbot, main, chosen, make_pack, settings
):
    assert main.data_label.text() == "Data as of 2025-11-18"
    main.notes.store.save_note(REMOVED_DOCUMENT, "kept across the update")
    main.notes.store.set_bookmark("CHN", True)
    main.show_entity("state", "KAZ")
    chosen["path"] = make_pack(2, changed=True)

    main.install_update_action.trigger()
    dialog = main.updates.dialog
    assert dialog.isVisible()
    assert f"Signed by {PACK_KEY_NAME} (organisation key" in dialog.result_label.text()
    changes = dialog.changes_view.toPlainText()
    assert "Data as of 2025-11-18 → 2025-12-01" in changes
    assert "documents: 0 added, 0 changed, 1 removed" in changes
    assert "sources: 1 added, 0 changed, 0 removed" in changes
    assert PackStore().active().pack is None  # nothing switched while the dialog asks

    dialog.switch_button.click()
    qtbot.waitUntil(lambda: getattr(main, "replacement", None) is not None)
    new = main.replacement
    qtbot.addWidget(new)
    today = dt.datetime.now(dt.UTC).date().isoformat()
    assert new.data_label.text() == f"Data as of 2025-12-01 (update 2, installed {today})"
    assert new.repo.path == locations.packs_folder() / "update-00000002" / "sco.db"
    assert new.current == ("state", "KAZ")
    assert new.as_of == "2025-12-01"
    assert new.notes.store.is_bookmarked("CHN")
    (hit,) = new.notes.search("kept across")
    assert hit.name == f"{REMOVED_DOCUMENT} (no longer in the reference data)"
    model = new.navigator_model
    (group,) = [
        model.index(row, 0)
        for row in range(model.rowCount())
        if model.index(row, 0).data().startswith("With your notes")
    ]
    noted = [model.index(row, 0, group).data() for row in range(model.rowCount(group))]
    assert any(f"{REMOVED_DOCUMENT} (no longer in the reference data)" in n for n in noted)
    new.search_field.entity_chosen.emit("note", REMOVED_DOCUMENT)
    assert "no longer in the reference data; your note on it is kept" in (
        new.statusBar().currentMessage()
    )
    qtbot.waitUntil(lambda: not main.isVisible())


def test_cancel_keeps_the_current_data_and_leaves_nothing(qtbot, main, chosen, make_pack):
    chosen["path"] = make_pack(2, changed=True)
    main.install_update_action.trigger()
    main.updates.dialog.reject()
    assert PackStore().active().pack is None
    assert not list(locations.packs_folder().glob(".staging-*"))
    assert getattr(main, "replacement", None) is None
    # The lock is free again: the same update can be installed now.
    assert PackStore().install(make_pack(2, changed=True))[1].sequence == 2


def test_a_refused_update_shows_why_and_offers_no_switch(qtbot, main, chosen, tmp_path):
    chosen["path"] = tmp_path / "stick.scopack"
    chosen["path"].write_bytes(b"junk" * 1000)
    main.install_update_action.trigger()
    dialog = main.updates.dialog
    assert dialog.switch_button is None
    text = dialog.result_label.text()
    assert text.startswith("This update was refused; the current data is unchanged.")
    assert "stick.scopack: not a data update" in text
    dialog.reject()
    assert PackStore().active().pack is None


def test_the_window_opens_the_newest_installed_update(qtbot, settings, trusted, make_pack):
    PackStore().install(make_pack(1))
    window = build_main_window(settings=settings)
    qtbot.addWidget(window)
    assert window.repo.path.parent.name == "update-00000001"
    assert window.data_label.text().startswith("Data as of 2025-11-18 (update 1, installed ")


def test_a_window_on_another_database_file_offers_no_update(qtbot, settings, tmp_path):
    window = build_main_window(locations.bundled_database(), settings=settings)
    qtbot.addWidget(window)
    assert not window.install_update_action.isEnabled()


def test_the_window_says_when_an_update_failed_its_checks_at_start(
    qtbot, settings, trusted, make_pack
):
    PackStore().install(make_pack(1))
    PackStore().install(make_pack(2, changed=True))
    damaged = PackStore().active().database
    damaged.write_bytes(damaged.read_bytes()[:-4096])
    window = build_main_window(settings=settings)
    qtbot.addWidget(window)
    assert window.repo.path.parent.name == "update-00000001"
    assert (
        window.statusBar().currentMessage().startswith("data update 2 failed its checks at start")
    )
