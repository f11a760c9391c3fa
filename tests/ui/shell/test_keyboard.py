"""Keyboard paths of the real window: shortcuts that never collide, quitting, the navigator."""

import itertools
from collections import defaultdict

from conftest import find_row
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut

from sco_desktop.core.domain.kinds import VIEW_KIND
from sco_desktop.ui.navigator.model import KeyRole


def _bindings(window):
    """Every key sequence bound in the window, with the actions and shortcuts bound to it."""
    bound = defaultdict(list)
    for item in window.findChildren(QAction) + window.findChildren(QShortcut):
        keys = item.shortcuts() if isinstance(item, QAction) else [item.key()]
        for key in keys:
            if not key.isEmpty():
                bound[key.toString(QKeySequence.SequenceFormat.PortableText)].append(item)
    return bound


def test_no_two_actions_share_a_key(window):
    for name in ("trade", "membership"):
        window.show_entity(VIEW_KIND, name)
    shared = {
        key: [i.text() if isinstance(i, QAction) else i.objectName() for i in items]
        for key, items in _bindings(window).items()
        if len(items) > 1
    }
    assert shared == {}


def test_ctrl_c_in_a_chart_table_copies_its_cells(window, qtbot):
    from PySide6.QtGui import QGuiApplication

    window.show_entity(VIEW_KIND, "membership")
    view = window.navigation.views["membership"]
    view.tabs.setCurrentWidget(view.table)
    table = view.table
    table.setFocus()
    table.selectAll()
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert "\t" in QGuiApplication.clipboard().text()


def _walk_down(window, qtbot, steps):
    """Presses Down in the navigator `steps` times; the keys and selections seen on the way."""
    tree = window.navigator.tree
    seen = []
    for _ in range(steps):
        qtbot.keyClick(tree, Qt.Key.Key_Down)
        seen.append((tree.currentIndex().data(KeyRole), len(tree.selectionModel().selectedRows())))
    return seen


def test_down_passes_a_bookmarked_and_noted_entity(window, qtbot):
    window.show_entity("state", "KAZ")
    window.notes.set_bookmark(True)
    window.notes.save("a note")
    tree = window.navigator.tree
    # Start on the Bookmarks copy of Kazakhstan and walk down through the whole tree.
    tree.setCurrentIndex(tree.model().index(0, 0, tree.model().index(0, 0)))
    assert tree.currentIndex().data(KeyRole) == ("state", "KAZ")
    seen = _walk_down(window, qtbot, 40)
    keys = [key for key, _count in seen]
    # Every step moves on: Kazakhstan's other copies are passed, never jumped back to.
    assert [a for a, b in itertools.pairwise(keys) if a == b and a is not None] == []
    assert ("state", "UZB") in keys
    assert all(count == 1 for _key, count in seen)
    assert window.current == keys[-1] or keys[-1] is None


def test_after_back_the_selection_follows_the_view_shown(window, qtbot):
    tree = window.navigator.tree
    trade = find_row(tree, (VIEW_KIND, "trade"))
    tree.setCurrentIndex(trade)
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert window.current == (VIEW_KIND, "membership")
    window.back_action.trigger()
    assert window.current == (VIEW_KIND, "trade")
    assert tree.currentIndex().data(KeyRole) == (VIEW_KIND, "trade")
    assert [i.data(KeyRole) for i in tree.selectionModel().selectedRows()] == [(VIEW_KIND, "trade")]
    window.go_home()
    assert tree.selectionModel().selectedRows() == []


def test_ctrl_q_closes_the_window(window, qtbot):
    assert [k.toString() for k in window.quit_action.shortcuts()] == ["Ctrl+Q"]
    qtbot.keyClick(window.navigator.tree, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


def test_ctrl_k_is_search_and_ctrl_f_finds_in_the_page(window, qtbot):
    window.show_entity("state", "KAZ")
    qtbot.keyClick(window.detail_view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search_field.hasFocus()
    qtbot.keyClick(window.search_field, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.find_bar
    assert bar.isVisible() and bar.field.hasFocus()
    qtbot.keyClicks(bar.field, "astana")
    total = len(bar.matches())
    assert total >= 2
    assert bar.count.text() == f"1 of {total}"
    first = window.detail_view.textCursor().selectionStart()
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.count.text() == f"2 of {total}"
    assert window.detail_view.textCursor().selectionStart() > first
    qtbot.keyClick(bar.field, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count.text() == f"1 of {total}"
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count.text() == f"{total} of {total}"  # wraps round to the last
    assert window.detail_view.textCursor().selectedText().casefold() == "astana"
    qtbot.keyClicks(bar.field, "zzzq")
    assert bar.count.text() == "No matches"
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()
