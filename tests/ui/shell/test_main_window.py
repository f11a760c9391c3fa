"""The real main window, driven through its widgets as a user would."""

from conftest import find_row
from PySide6.QtCore import QDate, QSettings, Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QTextBrowser, QTreeView

from sco_desktop.app import build_main_window
from sco_desktop.core.domain.kinds import OVERVIEW
from sco_desktop.ui.navigator.model import KeyRole


def test_key_widgets_have_stable_names(window):
    assert isinstance(window.findChild(QTreeView, "navigator"), QTreeView)
    assert isinstance(window.findChild(QTextBrowser, "detailView"), QTextBrowser)
    assert isinstance(window.findChild(QLineEdit, "searchField"), QLineEdit)


def test_starts_on_the_overview(window):
    assert "Shanghai Cooperation Organisation" in window.detail_view.toPlainText()
    assert window.current == ("home", "sco")


def test_selecting_a_state_shows_its_pane(window):
    tree = window.navigator.tree
    tree.setCurrentIndex(find_row(tree, ("state", "KAZ")))
    text = window.detail_view.toPlainText()
    for expected in ("Kazakhstan", "Казахстан", "哈萨克斯坦", "Status timeline", "Sources"):
        assert expected in text
    assert window.windowTitle().startswith("Kazakhstan")


def test_links_navigate_and_back_forward_return(window, qtbot):
    window.show_entity("summit", "hos-2017")
    with qtbot.waitSignal(window.detail_view.entity_link_activated):
        window.detail_view.anchorClicked.emit(QUrl("sco:state/IND"))
    assert window.current == ("state", "IND")
    assert window.navigator.tree.currentIndex().data(KeyRole) == ("state", "IND")
    window.back_action.trigger()
    assert window.current == ("summit", "hos-2017")
    assert "Astana 2017" in window.detail_view.toPlainText()
    window.forward_action.trigger()
    assert window.current == ("state", "IND")


def test_back_and_forward_keys(window, qtbot):
    window.show_entity("state", "CHN")
    window.show_entity("state", "RUS")
    qtbot.keyClick(window.detail_view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current == ("state", "CHN")
    qtbot.keyClick(window.detail_view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.current == ("state", "RUS")


def test_external_and_file_links_are_never_followed(window):
    window.show_entity("state", "KAZ")
    before = window.detail_view.toHtml()
    for url in ("https://example.org/", "file:///etc/passwd", "javascript:alert(1)"):
        window.detail_view.anchorClicked.emit(QUrl(url))
    assert window.current == ("state", "KAZ")
    assert window.detail_view.toHtml() == before
    # A blank one-pixel stand-in: the file was never read.
    assert window.detail_view.document().resource(2, QUrl("file:///etc/passwd")).width() == 1


def test_citation_opens_the_source_pane_with_a_copy_button(window, qtbot):
    window.show_entity("state", "KAZ")
    source_id = window.repo.status_history("KAZ")[0].source_id
    window.detail_view.anchorClicked.emit(QUrl(f"sco:source/{source_id}"))
    assert window.current == ("source", source_id)
    assert "Copy URL" in window.detail_view.toPlainText()
    window.detail_view.anchorClicked.emit(QUrl(f"copy:{source_id}"))
    assert QGuiApplication.clipboard().text() == window.repo.source(source_id).url


def test_filter_matches_russian_and_chinese_names(window, qtbot):
    window.navigator.filter_field.setText("Казах")
    assert find_row(window.navigator.tree, ("state", "KAZ")) is not None
    assert find_row(window.navigator.tree, ("state", "RUS")) is None
    window.navigator.filter_field.setText("哈萨克")
    assert find_row(window.navigator.tree, ("state", "KAZ")) is not None
    window.navigator.filter_field.clear()
    assert find_row(window.navigator.tree, ("state", "RUS")) is not None


def test_search_with_the_keyboard(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search_field.hasFocus()
    window.search_field.insert("Ташкент")  # QTest cannot type non-Latin keys
    qtbot.waitUntil(window.search_field.results.isVisible)
    ids = [hit.id for hit in window.search_model.hits]
    assert "rats" in ids
    for _ in range(ids.index("rats")):
        qtbot.keyClick(window.search_field, Qt.Key.Key_Down)
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert window.current == ("body", "rats")
    assert not window.search_field.results.isVisible()


def test_search_escape_closes_and_misspellings_are_tolerated(window, qtbot):
    window.focus_search()
    qtbot.keyClicks(window.search_field, "Tianjn")
    qtbot.waitUntil(lambda: [hit.id for hit in window.search_model.hits][:1] == ["hos-2025"])
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert not window.search_field.results.isVisible()
    window.search_field.setText("Kazakstan")
    qtbot.waitUntil(lambda: "KAZ" in [hit.id for hit in window.search_model.hits])


def test_search_finds_a_source_by_its_publisher_and_opens_its_pane(window, qtbot):
    window.focus_search()
    qtbot.keyClicks(window.search_field, "Moscow Times")
    qtbot.waitUntil(window.search_field.results.isVisible)
    ids = [hit.id for hit in window.search_model.hits]
    assert "tr-moscowtimes-2025-01-13" in ids
    for _ in range(ids.index("tr-moscowtimes-2025-01-13")):
        qtbot.keyClick(window.search_field, Qt.Key.Key_Down)
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert window.current == ("source", "tr-moscowtimes-2025-01-13")
    assert "China-Russia Trade Hit Record High in 2024" in window.detail_view.toPlainText()


def test_as_of_date_regroups_the_navigator_and_the_state_pane(window):
    window.show_entity("state", "IND")
    window.as_of_edit.setDate(QDate(2015, 7, 1))
    assert "Observer state since 2005-07-05" in window.detail_view.toPlainText()
    assert "Statuses shown as of 2015-07-01" in window.data_label.text()
    assert window.navigator_model.index_of("state", "LAO").isValid() is False
    window.reset_as_of_action.trigger()
    assert "Member state since 2017-06-09" in window.detail_view.toPlainText()


def test_copy_with_nothing_selected_copies_the_facts_with_citations(window):
    window.show_entity("state", "KAZ")
    window.detail_view.setFocus()
    window.copy_action.trigger()
    copied = QGuiApplication.clipboard().text()
    assert "Kazakhstan" in copied and "[1]" in copied and "Sources" in copied
    window.copy_citation_action.trigger()
    assert "Kazakhstan [state KAZ]" in QGuiApplication.clipboard().text()


def test_settings_restore_the_last_entity_and_layout(qtbot, tmp_path):
    path = str(tmp_path / "prefs.ini")
    first = build_main_window(settings=QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 500)
    first.splitter.setSizes([200, 500])
    first.show_entity("body", "secretariat")
    sizes = first.splitter.sizes()
    first.close()
    second = build_main_window(settings=QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(second)
    second.show()
    assert second.current == ("body", "secretariat")
    assert second.size().width() == 700
    assert second.splitter.sizes() == sizes


def test_mouse_back_and_forward_buttons(window, qtbot):
    window.show_entity("state", "CHN")
    window.show_entity("state", "RUS")
    qtbot.mousePress(window.detail_view.viewport(), Qt.MouseButton.BackButton)
    assert window.current == ("state", "CHN")
    qtbot.mousePress(window.navigator.tree.viewport(), Qt.MouseButton.ForwardButton)
    assert window.current == ("state", "RUS")


def test_every_interactive_widget_has_an_accessible_name(window):
    for widget in (
        window.navigator.tree,
        window.navigator.filter_field,
        window.detail_view,
        window.search_field,
        window.as_of_edit,
    ):
        assert widget.accessibleName()


def test_superseded_keystrokes_are_searched_once(window, qtbot):
    searched = []
    original = window.search_model.search
    window.search_model.search = lambda text: (searched.append(text), original(text))
    for end in range(1, 9):
        window.search_field.setText("Kazakhs"[:end])
    qtbot.waitUntil(lambda: bool(searched))
    assert searched == ["Kazakhs"]


def test_copy_while_writing_a_note_copies_the_note(window, qtbot):
    window.show_entity("state", "KAZ")
    window.notes_pane.editor.setPlainText("note text")
    window.notes_pane.editor.selectAll()
    window.notes_pane.editor.setFocus()
    qtbot.waitUntil(window.notes_pane.editor.hasFocus)
    window.copy_action.trigger()
    assert QGuiApplication.clipboard().text() == "note text"


def test_citations_run_in_reading_order(window):
    import re

    window.show_entity("summit", "hos-2024")
    numbers = [int(n) for n in re.findall(r"\[(\d+)\]", window.detail_view.toPlainText())]
    first_seen = list(dict.fromkeys(numbers))
    assert first_seen == sorted(first_seen)


def test_provenance_opens_and_closes_and_holds_from_pane_to_pane(window):
    window.show_entity("state", "KAZ")
    assert "▸ Provenance" in window.detail_view.toPlainText()
    assert "NEWSru says" not in window.detail_view.toPlainText()
    window.detail_view.anchorClicked.emit(QUrl("provenance:open"))
    assert "NEWSru says" in window.detail_view.toPlainText()
    assert window.current == ("state", "KAZ")  # the same place; nothing added to the history
    window.show_entity("body", "rats")
    assert "▾ Provenance" in window.detail_view.toPlainText()
    window.detail_view.anchorClicked.emit(QUrl("provenance:close"))
    assert "▸ Provenance" in window.detail_view.toPlainText()
    window.back_action.trigger()
    assert window.current == ("state", "KAZ")
    assert "NEWSru says" not in window.detail_view.toPlainText()


def test_exercises_have_their_navigator_group_and_pane(window):
    index = find_row(window.navigator.tree, ("exercise", "peace-mission-2005"))
    assert index is not None
    window.navigator.tree.setCurrentIndex(index)
    assert window.current == ("exercise", "peace-mission-2005")
    assert "Peace Mission 2005" in window.detail_view.toPlainText()


def test_opening_the_window_reads_no_list_of_every_record(qtbot, settings, monkeypatch):
    import inspect

    from sco_desktop.app import build_main_window
    from sco_desktop.core.data import Repository
    from sco_desktop.core.present import text
    from sco_desktop.core.present.dossier import gather_overview

    def bounded(name):
        original = getattr(Repository, name)
        parameters = inspect.signature(original).parameters

        def read(*args, **kwargs):
            bound = inspect.signature(original).bind(*args, **kwargs)
            limit = bound.arguments.get("limit", -1)
            assert "limit" in parameters and limit >= 0, f"{name}() read every record"
            return original(*args, **kwargs)

        return read

    for name in ("sources", "documents", "summits", "states", "bodies", "states_without_status"):
        monkeypatch.setattr(Repository, name, bounded(name))
    window = build_main_window(settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.current == OVERVIEW
    monkeypatch.undo()
    catalog = window.repo.source_catalog()
    overview = gather_overview(window.repo)
    cited = {entry["id"] for entry in text.overview_data(overview, catalog)["sources"]}
    # The only sources read are those the overview cites, and only when it was rendered.
    assert set(catalog._known) <= cited
    assert len(cited) < window.repo.counts().sources


def test_a_group_is_read_when_the_reader_opens_it(window, qtbot):
    tree, model = window.navigator.tree, window.navigator_model
    proxy = tree.model()
    meetings = next(
        proxy.index(row, 0)
        for row in range(proxy.rowCount())
        if proxy.index(row, 0).data().startswith("Summits")
    )
    shanghai_five = proxy.index(proxy.rowCount(meetings) - 1, 0, meetings)
    assert shanghai_five.data().startswith("Shanghai Five")
    assert not tree.isExpanded(shanghai_five)
    assert proxy.rowCount(shanghai_five) == 0 and proxy.hasChildren(shanghai_five)
    tree.expand(shanghai_five)
    qtbot.waitUntil(lambda: proxy.rowCount(shanghai_five) > 0)
    assert model.index_of("summit", "s5-1996").parent() == proxy.mapToSource(shanghai_five)


def test_the_filter_finds_rows_of_groups_nobody_opened(window):
    assert find_row(window.navigator.tree, ("summit", "s5-1996")) is None
    window.navigator.filter_field.setText("1996")
    assert find_row(window.navigator.tree, ("summit", "s5-1996")) is not None


def test_every_template_is_compiled_once_the_window_has_painted(qtbot, settings, monkeypatch):
    """A pane of a kind not shown yet does not wait for its template at its first click."""
    from sco_desktop.app import build_main_window
    from sco_desktop.core.present.html import template_names
    from sco_desktop.ui.navigation import controller

    prepared = []
    monkeypatch.setattr(controller, "prepare", prepared.append)
    main = build_main_window(settings=settings)
    qtbot.addWidget(main)
    assert prepared == []  # nothing before the window is on screen
    main.show()
    # (Windows of earlier tests may still prepare theirs: their names count once.)
    qtbot.waitUntil(lambda: set(prepared) == set(template_names()))
    qtbot.waitUntil(lambda: main.navigation._unprepared == [])
    assert {"state.html", "summit.html", "document.html"} <= set(prepared)
