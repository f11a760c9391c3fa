"""File > Roll Back Data Update… in the real window, offscreen: it says what it goes back to,
asks twice, and the window comes back on the earlier data the way it does after an install."""

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox

from sco_desktop.app import build_main_window
from sco_desktop.core.data.pack_store import PackStore
from sco_desktop.core.infra import locations


@pytest.fixture
def window(qtbot, settings, trusted):
    def build():
        main = build_main_window(settings=settings)
        qtbot.addWidget(main)
        main.show()
        return main

    return build


def _today():
    return dt.datetime.now(dt.UTC).date().isoformat()


def _rolled_back(qtbot, main):
    qtbot.waitUntil(lambda: getattr(main, "replacement", None) is not None)
    new = main.replacement
    qtbot.addWidget(new)
    return new


def test_rolling_back_shows_the_target_asks_twice_and_reloads(qtbot, window, make_pack):
    PackStore().install(make_pack(1))
    PackStore().install(make_pack(2, changed=True))
    main = window()
    main.notes.store.save_note("KAZ", "kept across the rollback")
    main.show_entity("state", "KAZ")
    assert main.roll_back_action.isEnabled()

    main.roll_back_action.trigger()
    dialog = main.updates.dialog
    assert dialog.isVisible()
    today = _today()
    assert dialog.summary_label.text().splitlines()[:2] == [
        f"Active now: update 2, data as of 2025-12-01, installed {today}",
        f"Going back to: update 1, data as of 2025-11-18, installed {today}",
    ]
    dialog.roll_back_button.click()
    confirmation = main.updates.confirmation
    assert confirmation.isVisible()
    assert "Really go back to update 1?" in confirmation.text()
    assert PackStore().active().pack.sequence == 2  # nothing changed while it asks

    confirmation.button(QMessageBox.StandardButton.Yes).click()
    new = _rolled_back(qtbot, main)
    assert PackStore().active().pack.sequence == 1
    assert new.repo.path == locations.packs_folder() / "update-00000001" / "sco.db"
    assert new.data_label.text() == f"Data as of 2025-11-18 (update 1, installed {today})"
    assert new.current == ("state", "KAZ")
    (hit,) = new.notes.search("kept across")
    assert hit.name.startswith("Kazakhstan")
    # One step further back is the bundled data.
    assert new.roll_back_action.isEnabled()
    qtbot.waitUntil(lambda: not main.isVisible())


def test_rolling_back_the_only_update_goes_to_the_bundled_data(qtbot, window, make_pack):
    PackStore().install(make_pack(1))
    main = window()
    main.roll_back_action.trigger()
    (_active, goal, _warning) = main.updates.dialog.summary_label.text().splitlines()
    assert goal == "Going back to: the data that came with sco-desktop, as of 2025-11-18"
    main.updates.dialog.roll_back_button.click()
    main.updates.confirmation.button(QMessageBox.StandardButton.Yes).click()
    new = _rolled_back(qtbot, main)
    assert PackStore().active().pack is None
    assert new.repo.path == locations.bundled_database()
    assert new.data_label.text() == "Data as of 2025-11-18"
    assert not new.roll_back_action.isEnabled()


def test_no_at_the_second_question_changes_nothing(qtbot, window, make_pack):
    PackStore().install(make_pack(1))
    main = window()
    main.roll_back_action.trigger()
    main.updates.dialog.roll_back_button.click()
    main.updates.confirmation.button(QMessageBox.StandardButton.No).click()
    assert main.updates.confirmation is None
    assert PackStore().active().pack.sequence == 1
    assert getattr(main, "replacement", None) is None
    main.roll_back_action.trigger()
    main.updates.dialog.reject()
    assert main.updates.confirmation is None  # Cancel on the first never asks the second
    assert PackStore().active().pack.sequence == 1


def test_there_is_nothing_to_roll_back_on_the_bundled_data_or_another_file(qtbot, window):
    assert not window().roll_back_action.isEnabled()
    other = build_main_window(locations.bundled_database())
    qtbot.addWidget(other)
    assert not other.roll_back_action.isEnabled()
