"""The window's layout at small sizes: nothing needed is cut off or pushed out of reach."""

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem, QToolTip

from sco_desktop.ui.notes.pane import NotesPane
from sco_desktop.ui.printing.dialogs import PreferencesDialog, PrintPreferences


def test_the_window_is_usable_at_640_by_480(window, qtbot):
    window.resize(640, 480)
    qtbot.waitUntil(lambda: window.size().width() == 640 and window.size().height() == 480)
    assert window.minimumSizeHint().width() <= 640
    assert window.minimumSizeHint().height() <= 480
    # The search field stays on the tool bar (not behind its overflow button).
    assert window.search_field.isVisible()
    assert window.search_field.width() >= 200
    window.show_entity("state", "KAZ")
    assert window.detail_view.width() >= 250 and window.notes_pane.isVisible()


def _groups(tree, parent=QModelIndex(), depth=0):
    model = tree.model()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if model.rowCount(index) and depth < 2:
            yield index
            yield from _groups(tree, index, depth + 1)


def test_group_names_are_shown_in_full_at_the_smallest_first_size(qtbot, settings):
    from sco_desktop.app import build_main_window

    window = build_main_window(settings=settings)
    qtbot.addWidget(window)
    window.resize(840, 600)
    window.show()
    tree = window.navigator.tree
    metrics = tree.fontMetrics()
    names = list(_groups(tree))
    assert any("since" in (index.data() or "") for index in names)
    for index in names:
        rect = tree.visualRect(index)
        assert rect.left() + metrics.horizontalAdvance(index.data()) <= tree.viewport().width()


def test_a_title_cut_short_shows_in_full_as_a_tool_tip(window, qtbot):
    window.resize(640, 480)
    tree = window.navigator.tree
    model = tree.model()
    documents = next(
        model.index(r, 0)
        for r in range(model.rowCount())
        if model.index(r, 0).data().startswith("Documents")
    )
    tree.expand(documents)
    window.navigator_model.fetch_all()  # the groups read their rows when opened: read them all
    # Rows with a tool tip of their own (document titles) keep it; a long name without one
    # (a body) gets its full text.
    index = max(
        (
            model.index(r, 0, group)
            for group in _groups(tree)
            for r in range(model.rowCount(group))
            if not model.index(r, 0, group).data(Qt.ItemDataRole.ToolTipRole)
        ),
        key=lambda i: len(i.data()),
    )
    tree.scrollTo(index)
    option = QStyleOptionViewItem()
    tree.initViewItemOption(option)
    option.rect = tree.visualRect(index)
    assert tree.fontMetrics().horizontalAdvance(index.data()) > option.rect.width()
    place = option.rect.center()
    event = QHelpEvent(QHelpEvent.Type.ToolTip, place, tree.viewport().mapToGlobal(place))
    assert tree.itemDelegate().helpEvent(event, tree, option, index)
    assert QToolTip.text() == index.data()
    QToolTip.hideText()


def test_the_notes_panel_starts_small_and_collapses_and_stays_collapsed(window, qtbot):
    splitter = window.right_splitter

    def notes_height():
        return splitter.sizes()[1]

    window.show_entity("state", "KAZ")
    qtbot.waitUntil(lambda: notes_height() > 0)  # the overview had hidden the panel
    height = notes_height()
    assert height <= 0.3 * sum(splitter.sizes())
    window.notes_panel_action.trigger()
    qtbot.waitUntil(lambda: notes_height() == 0)
    window.show_entity("view", "trade")
    window.show_entity("state", "CHN")
    QApplication.processEvents()
    assert notes_height() == 0 and not window.notes_panel_action.isChecked()
    window.notes_panel_action.trigger()
    qtbot.waitUntil(lambda: notes_height() == height)


def test_the_save_state_keeps_off_the_edge(qtbot):
    pane = NotesPane()
    qtbot.addWidget(pane)
    pane.resize(500, 200)
    pane.show()
    pane.set_state("saved")
    assert pane.state.geometry().right() <= pane.width() - 6


def test_the_marking_field_fits_unclassified(qtbot):
    dialog = PreferencesDialog(PrintPreferences("", "A4"))
    qtbot.addWidget(dialog)
    dialog.show()
    field = dialog.marking
    assert field.width() >= field.fontMetrics().horizontalAdvance(field.placeholderText())
    assert field.width() >= field.fontMetrics().horizontalAdvance("UNCLASSIFIED") * 2


def test_print_preview_opens_at_the_width_of_the_page(window, qtbot):
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    window.show_entity("state", "KAZ")
    dialog = window.printing.preview_dialog(window.printing.current_sheet())
    dialog.show()
    view = dialog.findChild(QPrintPreviewWidget)
    try:
        assert view.zoomMode() == QPrintPreviewWidget.ZoomMode.FitToWidth
    finally:
        dialog.close()
        dialog.deleteLater()
