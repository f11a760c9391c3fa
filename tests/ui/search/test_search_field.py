"""The search field and its pop-up, driven by keys: rows as tall as their text, Esc clears, the
pop-up's window kept as it is while typing keeps the rows."""

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from sco_desktop.ui.search.field import SearchField
from sco_desktop.ui.search.model import SearchModel


@pytest.fixture
def field(qtbot, repo):
    widget = SearchField(SearchModel(repo))
    qtbot.addWidget(widget)
    widget.resize(300, 30)
    widget.show()
    return widget


def _search(field, qtbot, text):
    qtbot.keyClicks(field, text)
    qtbot.waitUntil(lambda: field.results.isVisible())


def test_rows_are_as_tall_as_their_wrapped_text(field, qtbot):
    # Long document titles with their Russian and Chinese names wrap in a 420-pixel list.
    _search(field, qtbot, "treaty")
    list_view, delegate = field.results, field.results.itemDelegate()
    model = list_view.model()
    tallest = 0
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        option = QStyleOptionViewItem()
        list_view.initViewItemOption(option)
        option.rect = list_view.visualRect(index)
        document = delegate._document(option, index)
        needed = document.size().height()
        assert list_view.sizeHintForRow(row) >= needed, row
        # Laid-out rows do not overlap: each starts below the previous one's text.
        if row:
            above = list_view.visualRect(model.index(row - 1, 0))
            assert list_view.visualRect(index).top() > above.bottom()
        tallest = max(tallest, needed)
    assert tallest > 2.7 * field.fontMetrics().height()  # some title did wrap


def test_esc_closes_the_list_and_clears_the_field(field, qtbot):
    _search(field, qtbot, "Tashkent")
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert not field.results.isVisible()
    assert field.text() == ""


def test_the_pop_up_keeps_its_size_while_typing_keeps_the_rows(field, qtbot):
    class Resizes(QObject):
        count = 0

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Resize:
                self.count += 1
            return False

    _search(field, qtbot, "Shang")  # a full list: more hits than the pop-up shows
    rows = field.results.model().rowCount()
    resizes = Resizes()
    field.results.installEventFilter(resizes)
    qtbot.keyClicks(field, "hai")
    qtbot.waitUntil(lambda: field.text() == "Shanghai" and not field._pending.isActive())
    qtbot.wait(50)
    assert field.results.model().rowCount() >= rows >= 8
    assert field.results.isVisible()
    assert resizes.count == 0
