"""The detail pane, offscreen: how a new page is laid out."""

from PySide6.QtCore import QEvent, QObject

from sco_desktop.ui.navigation.detail_pane import DetailPane

SHORT = "<h1>Short</h1><p>One line.</p>"
LONG = "<h1>Long</h1>" + "<table>" + "<tr><td>2024</td><td>a row</td></tr>" * 200 + "</table>"


class _ResizesOfLongPages(QObject):
    """Counts the viewport's changes of size while it holds a long page (each one lays the
    whole page out again)."""

    def __init__(self, pane) -> None:
        super().__init__(pane)
        self._pane = pane
        self.count = 0
        pane.viewport().installEventFilter(self)

    def eventFilter(self, _watched, event) -> bool:
        if event.type() == QEvent.Type.Resize and self._pane.document().blockCount() > 100:
            self.count += 1
        return False


def test_a_long_page_is_laid_out_at_one_width(qtbot):
    # Replacing a page used to hide the scroll bar, lay the page out at the full width, show
    # the bar and lay the whole page out again beside it: the viewport changed width twice.
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.resize(600, 400)
    pane.show()
    for before in (SHORT, LONG):
        pane.show_page(before)
        qtbot.wait(1)
        resizes = _ResizesOfLongPages(pane)
        pane.show_page(LONG)
        assert resizes.count == 0, before
        assert pane.verticalScrollBar().isVisible()
        resizes.deleteLater()


def test_a_page_that_fits_has_no_scroll_bar(qtbot):
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.resize(600, 400)
    pane.show()
    pane.show_page(LONG)
    pane.show_page(SHORT)
    assert not pane.verticalScrollBar().isVisible()
