"""The main window: layout, actions and menus, and the wiring of the feature controllers.

Navigation, notes and printing live in their controllers (ui/navigation, ui/notes,
ui/printing); chart views come from the registry in views.py. The window decides nothing
about what an entity shows, which note is whose, or how a sheet is laid out; it holds no SQL.
"""

from __future__ import annotations

import datetime as dt
import itertools

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QFont, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sco_desktop import __version__
from sco_desktop.core.data import Repository
from sco_desktop.core.data.notes_store import NotesStore
from sco_desktop.core.data.pack_store import ActiveData
from sco_desktop.core.domain.kinds import NOTE_KIND, OVERVIEW, VIEW_KIND
from sco_desktop.core.domain.language import QT_TRANSLATE_NOOP
from sco_desktop.core.infra import locations
from sco_desktop.core.present.comparison import MAX_COMPARED
from sco_desktop.core.present.html import escape
from sco_desktop.core.present.updates import data_age_warning, data_origin
from sco_desktop.output import translation
from sco_desktop.ui.common.elided_label import ElidedLabel
from sco_desktop.ui.common.keys import OWN_COPY_ACTION
from sco_desktop.ui.common.settings import THEMES, ZOOM_DEFAULT, ZOOM_STEPS, Preferences
from sco_desktop.ui.navigation.controller import NavigationController
from sco_desktop.ui.navigation.detail_pane import DetailPane
from sco_desktop.ui.navigation.find_bar import FindBar
from sco_desktop.ui.navigator.model import KeyRole, NavigatorModel
from sco_desktop.ui.navigator.pane import NavigatorPane
from sco_desktop.ui.notes.controller import NotesController
from sco_desktop.ui.notes.pane import NotesPane
from sco_desktop.ui.printing.controller import PrintingController
from sco_desktop.ui.search.field import SearchField
from sco_desktop.ui.search.model import SearchModel
from sco_desktop.ui.shell import theme
from sco_desktop.ui.shell.help import ShortcutsDialog, about_html
from sco_desktop.ui.shell.views import view_factories
from sco_desktop.ui.updates.controller import UpdatesController

APPLICATION_TITLE = "SCO Desktop"
THEME_LABELS = {
    "system": QT_TRANSLATE_NOOP("MainWindow", "&System"),
    "light": QT_TRANSLATE_NOOP("MainWindow", "&Light"),
    "dark": QT_TRANSLATE_NOOP("MainWindow", "&Dark"),
}
NOTES_SHARE = 0.22
"""The part of the right-hand height the notes panel takes at first."""

_open_windows: set[MainWindow] = set()
"""Every window not yet destroyed by Qt. A window has no Qt parent, so Python owns it; without
this, dropping the last reference (a caller's local going out of scope) leaves it to the cyclic
garbage collector, which may run in the middle of the window's own paint event and destroy it
there: a native crash. Held here, a window lives until Qt destroys it (deleteLater, or exit)."""


def _release(window: MainWindow, repo: Repository | None, notes: NotesStore | None) -> None:
    """Once Qt has destroyed a window: close the files it owned and let the window go."""
    for owned in (repo, notes):
        if owned is not None:
            owned.close()
    _open_windows.discard(window)


class MainWindow(QMainWindow):
    data_switched = Signal()
    """A data update became the active data; the window must be rebuilt on it (app.py)."""

    def __init__(
        self,
        repo: Repository | None,
        preferences: Preferences,
        problem: str | None = None,
        notes: NotesStore | None = None,
        notes_problem: str = "",
        data: ActiveData | None = None,
        notice: str = "",
    ) -> None:
        """`notice` is shown above everything until the window closes: something about the
        user's folder that they should fix, while the rest of the window works."""
        super().__init__()
        _open_windows.add(self)
        self.destroyed.connect(lambda: _release(self, repo, notes))
        self.repo = repo
        self._preferences = preferences
        self._data = data
        self.setWindowTitle(APPLICATION_TITLE)
        self._resize_to_fit(1200, 760)
        self.notice = QLabel(notice, objectName="windowNotice", wordWrap=True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setStyleSheet(
            "QLabel { background: palette(highlight);"
            " color: palette(highlighted-text); padding: 6px; }"
        )
        self.notice.setVisible(bool(notice))
        self.detail_view = DetailPane()
        theme.apply(preferences.theme)
        if repo is None:
            self._show_problem(problem or "")
            return
        stylesheet = (locations.resources_folder() / "styles" / "detail.css").read_text(
            encoding="utf-8"
        )
        self._sources = repo.source_catalog()
        language = translation.current()
        self.navigator_model = NavigatorModel(repo, self, language)
        self.navigator = NavigatorPane(self.navigator_model)
        self.notes_pane = NotesPane()
        self.notes = NotesController(
            notes,
            lambda: repo.labels(language.code),
            preferences,
            self.notes_pane,
            self,
            self,
        )
        self.search_model = SearchModel(
            repo, parent=self, notes_search=self.notes.search, language=language
        )
        self.search_field = SearchField(self.search_model)
        self.as_of_edit = QDateEdit(objectName="asOfDate", calendarPopup=True)
        self.as_of_edit.setDisplayFormat("yyyy-MM-dd")
        self.as_of_edit.setDateRange(
            QDate.fromString(repo.first_status_date() or repo.data_as_of, Qt.DateFormat.ISODate),
            QDate.fromString(repo.data_as_of, Qt.DateFormat.ISODate),
        )
        self.as_of_edit.setDate(QDate.fromString(repo.data_as_of, Qt.DateFormat.ISODate))
        self.as_of_edit.setAccessibleName(self.tr("Show statuses as of"))
        self.as_of_edit.setToolTip(self.tr("Show who held which status on this date"))

        self.detail_stack = QStackedWidget(objectName="detailStack")
        self.detail_stack.addWidget(self.detail_view)
        self.navigation = NavigationController(
            repo,
            self._sources,
            stylesheet,
            self.detail_view,
            self.detail_stack,
            view_factories(
                repo,
                self._sources,
                self,
                lambda: self.as_of,
                self.show_entity,
                self.set_as_of,
                # The printing controller is made just below; it is there by the first export.
                lambda sheet, name: self.printing.export_sheet(sheet, name),
                preferences,
            ),
            self,
            language,
        )
        self.printing = PrintingController(
            repo, preferences, lambda: self.navigation.current, self, self
        )
        self.updates = UpdatesController(self, self)
        self.find_bar = FindBar(self.detail_view)
        page = QWidget(objectName="pageArea")
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.setSpacing(0)
        page_layout.addWidget(self.detail_stack, 1)
        page_layout.addWidget(self.find_bar)
        self.right_splitter = QSplitter(Qt.Orientation.Vertical, objectName="rightSplitter")
        self.right_splitter.addWidget(page)
        self.right_splitter.addWidget(self.notes_pane)
        self.right_splitter.setStretchFactor(0, 1)
        self.right_splitter.setStretchFactor(1, 0)
        self.right_splitter.setCollapsible(0, False)
        self.right_splitter.setCollapsible(1, True)
        height = max(self.height() - 120, 300)
        self.right_splitter.setSizes(
            [round(height * (1 - NOTES_SHARE)), round(height * NOTES_SHARE)]
        )
        self.splitter = QSplitter(objectName="mainSplitter")
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.right_splitter)
        self.navigator.setMinimumWidth(180)
        self.splitter.setCollapsible(0, False)
        self.splitter.setStretchFactor(1, 1)
        navigator_width = max(320, self.navigator.sizeHint().width())
        self.splitter.setSizes([navigator_width, max(self.width() - navigator_width, 400)])
        self._set_content(self.splitter)

        self._base_font = QFont(QApplication.font())
        self._zoom = ZOOM_DEFAULT
        self._notes_height = 0
        self._create_actions()
        self._create_menus_and_tool_bar()
        self._create_status_bar()
        self._connect()
        self.notes_pane.show_banner(notes_problem or (notes.message if notes else ""))
        self._refresh_user_marks()
        self._restore()
        self._order_tabs()
        # Going back needs an update to go back from (before it: an older one or the bundled).
        self.roll_back_action.setEnabled(data is not None and data.pack is not None)
        if data is None:
            # Started with --db: an installed update would not be the data shown.
            self.install_update_action.setEnabled(False)
        elif data.problem:
            self.statusBar().showMessage(data.problem)

    def _connect(self) -> None:
        navigation, notes = self.navigation, self.notes
        self.navigator.entity_selected.connect(self.show_entity)
        self.detail_view.entity_link_activated.connect(self.show_entity)
        self.detail_view.copy_url_requested.connect(self._copy_source_url)
        self.detail_view.back_requested.connect(navigation.go_back)
        self.detail_view.forward_requested.connect(navigation.go_forward)
        self.search_field.entity_chosen.connect(self._on_search_chosen)
        self.as_of_edit.dateChanged.connect(self._on_as_of_changed)
        self.navigator.tree.viewport().installEventFilter(self)
        self.navigator.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.navigator.tree.customContextMenuRequested.connect(self._navigator_menu)
        self.detail_view.viewport().installEventFilter(self)
        self.detail_view.installEventFilter(self)
        self.right_splitter.splitterMoved.connect(self._on_notes_splitter_moved)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_system_scheme_changed)
        navigation.entity_shown.connect(self._on_entity_shown)
        # Chart views are made when first shown: their controls join the tab order then.
        navigation.entity_shown.connect(self._order_tabs)
        navigation.history_changed.connect(self._on_history_changed)
        navigation.problem_reported.connect(self._report)
        notes.marks_changed.connect(self._refresh_user_marks)
        notes.bookmark_state_changed.connect(self._on_bookmark_state)
        notes.status_reported.connect(self._report)
        self.printing.status_reported.connect(self._report)
        self.printing.preferences_changed.connect(self._update_status)
        self.updates.status_reported.connect(self._report)
        self.updates.data_switched.connect(self.data_switched)

    # -- building ----------------------------------------------------------------------------------

    def _create_actions(self) -> None:
        def action(text, slot, shortcuts=(), name=None):
            item = QAction(text, self)
            # A key given twice (a standard key and its usual spelling) makes Qt call the
            # shortcut ambiguous and do nothing: each sequence is bound once.
            sequences = []
            for key in shortcuts:
                sequence = QKeySequence(key)
                if not sequence.isEmpty() and sequence not in sequences:
                    sequences.append(sequence)
            if sequences:
                item.setShortcuts(sequences)
            item.triggered.connect(slot)
            if name:
                item.setObjectName(name)
            return item

        keys = QKeySequence.StandardKey
        self.back_action = action(
            self.tr("&Back"), self.navigation.go_back, [keys.Back], "backAction"
        )
        self.forward_action = action(
            self.tr("&Forward"), self.navigation.go_forward, [keys.Forward], "forwardAction"
        )
        self.home_action = action(self.tr("&Overview"), self.go_home, ["Alt+Home"], "homeAction")
        self.find_action = action(
            self.tr("&Search…"), self.focus_search, ["Ctrl+K"], "searchAction"
        )
        self.find_in_page_action = action(
            self.tr("&Find in Page…"), self.find_in_page, ["Ctrl+F"], "findInPageAction"
        )
        self.find_next_action = action(
            self.tr("Find &Next"), self.find_bar.find_next, ["F3"], "findNextAction"
        )
        self.find_previous_action = action(
            self.tr("Find Pre&vious"), self.find_bar.find_previous, ["Shift+F3"]
        )
        self.zoom_in_action = action(
            self.tr("Zoom &In"), lambda: self.zoom_by(1), ["Ctrl++", "Ctrl+="], "zoomInAction"
        )
        self.zoom_out_action = action(
            self.tr("Zoom &Out"), lambda: self.zoom_by(-1), ["Ctrl+-"], "zoomOutAction"
        )
        self.zoom_reset_action = action(
            self.tr("&Actual Size"), lambda: self.set_zoom(ZOOM_DEFAULT), ["Ctrl+0"]
        )
        self.notes_panel_action = action(
            self.tr("&Notes Panel"), self.toggle_notes_panel, ["Ctrl+Shift+N"], "notesPanelAction"
        )
        self.notes_panel_action.setCheckable(True)
        self.notes_panel_action.setChecked(True)
        self.theme_actions = QActionGroup(self)
        for choice in THEMES:
            item = action(
                self.tr(THEME_LABELS[choice]), lambda _=False, c=choice: self.set_theme(c)
            )
            item.setCheckable(True)
            item.setData(choice)
            item.setChecked(choice == self._preferences.theme)
            self.theme_actions.addAction(item)
        self.shortcuts_action = action(
            self.tr("&Keyboard Shortcuts"), self.show_shortcuts, ["F1"], "shortcutsAction"
        )
        self.filter_action = action(
            self.tr("&Filter the Navigator"), self.focus_filter, ["Ctrl+Shift+F"]
        )
        self.copy_action = action(self.tr("&Copy"), self.copy, [keys.Copy], "copyAction")
        self.copy_citation_action = action(
            self.tr("Copy C&itation"), self.copy_citation, ["Ctrl+Shift+C"]
        )
        self.as_of_action = action(
            self.tr("Statuses &As Of…"), self.as_of_edit.setFocus, ["Ctrl+Shift+D"]
        )
        self.bookmark_action = action(
            self.tr("☆ &Bookmark"), self.toggle_bookmark, ["Ctrl+D"], "bookmarkAction"
        )
        self.bookmark_action.setCheckable(True)
        self.delete_note_action = action(
            self.tr("&Delete Your Note…"), self.notes.delete_interactively, [], "deleteNoteAction"
        )
        self.export_notes_action = action(
            self.tr("Export &Notes…"), self.notes.export_interactively
        )
        self.import_notes_action = action(
            self.tr("&Import Notes…"), self.notes.import_interactively
        )
        self.install_update_action = action(
            self.tr("Install Data &Update…"),
            self.updates.install_interactively,
            [],
            "installUpdateAction",
        )
        self.roll_back_action = action(
            self.tr("&Roll Back Data Update…"),
            self.updates.roll_back_interactively,
            [],
            "rollBackAction",
        )
        self.reset_as_of_action = action(self.tr("&Reset to the Data Date"), self.reset_as_of)
        self.quit_action = action(self.tr("&Quit"), self.close, [keys.Quit, "Ctrl+Q"], "quitAction")
        self.print_action = action(self.tr("&Print…"), self.printing.print_current, [keys.Print])
        self.preview_action = action(self.tr("Print Pre&view…"), self.printing.preview_current)
        self.export_pdf_action = action(
            self.tr("&Export PDF…"), self.printing.export_current_pdf, ["Ctrl+E"], "exportPdfAction"
        )
        self.export_sheets_action = action(
            self.tr("Export &Fact Sheets…"), self.printing.export_fact_sheets, ["Ctrl+Shift+E"]
        )
        self.preferences_action = action(
            self.tr("&Preferences…"), self.printing.edit_preferences, [keys.Preferences]
        )
        self.about_action = action(self.tr("&About SCO Desktop"), self.show_about)
        self.back_action.setEnabled(False)
        self.forward_action.setEnabled(False)

    def _create_menus_and_tool_bar(self) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu(self.tr("&File"))
        file_menu.addActions([self.print_action, self.preview_action])
        file_menu.addSeparator()
        file_menu.addActions([self.export_pdf_action, self.export_sheets_action])
        file_menu.addSeparator()
        file_menu.addActions([self.export_notes_action, self.import_notes_action])
        file_menu.addSeparator()
        file_menu.addActions([self.install_update_action, self.roll_back_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menus.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.copy_action, self.copy_citation_action, self.bookmark_action])
        edit_menu.addAction(self.delete_note_action)
        edit_menu.addSeparator()
        edit_menu.addActions([self.find_action, self.filter_action])
        edit_menu.addActions(
            [self.find_in_page_action, self.find_next_action, self.find_previous_action]
        )
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)
        view_menu = menus.addMenu(self.tr("&View"))
        view_menu.addActions([self.as_of_action, self.reset_as_of_action])
        view_menu.addSeparator()
        view_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action])
        view_menu.addSeparator()
        view_menu.addAction(self.notes_panel_action)
        theme_menu = view_menu.addMenu(self.tr("&Theme"))
        theme_menu.addActions(self.theme_actions.actions())
        go_menu = menus.addMenu(self.tr("&Go"))
        go_menu.addActions([self.back_action, self.forward_action, self.home_action])
        help_menu = menus.addMenu(self.tr("&Help"))
        help_menu.addActions([self.shortcuts_action, self.about_action])

        tool_bar = self.addToolBar(self.tr("Navigation"))
        tool_bar.setObjectName("navigationToolBar")
        tool_bar.setMovable(False)
        tool_bar.addActions(
            [self.back_action, self.forward_action, self.home_action, self.bookmark_action]
        )
        tool_bar.addSeparator()
        label = QLabel(self.tr(" As of "))
        label.setBuddy(self.as_of_edit)
        tool_bar.addWidget(label)
        tool_bar.addWidget(self.as_of_edit)
        tool_bar.addSeparator()
        tool_bar.addWidget(self.search_field)
        # Small enough that the field stays on the tool bar of a 640-pixel window.
        self.search_field.setMinimumWidth(200)

    def _create_status_bar(self) -> None:
        self.data_label = QLabel(objectName="dataLabel", textFormat=Qt.TextFormat.PlainText)
        # Its own label, in the warning colours of the notice: seen at a glance, and the data's
        # own line beside it keeps its words. Shortened with "…" (whole in the tooltip) where a
        # narrow window at a large scale factor has no room for all of it.
        self.data_age_label = ElidedLabel(objectName="dataAgeLabel")
        self.data_age_label.setStyleSheet(
            "QLabel { background: palette(highlight);"
            " color: palette(highlighted-text); padding: 0 6px; }"
        )
        self.statusBar().addPermanentWidget(self.data_age_label)
        self.statusBar().addPermanentWidget(self.data_label)
        self._update_status()

    @Slot()
    def _order_tabs(self) -> None:
        """Tab goes through the window as it is laid out: the tool bar's date and search, the
        navigator's filter and tree, the pane or view shown, the find bar, the notes; then
        round again. Without this, the tool bar came after the navigator and the chart views'
        controls (made later) after everything else."""
        chain = [
            self.as_of_edit,
            self.search_field,
            self.navigator.filter_field,
            self.navigator.tree,
            self.detail_view,
            *(
                self.detail_stack.widget(n)
                for n in range(self.detail_stack.count())
                if self.detail_stack.widget(n) is not self.detail_view
            ),
            self.find_bar,
            self.notes_pane,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _resize_to_fit(self, width: int, height: int) -> None:
        """A first size that fits the screen, whatever its scale factor."""
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None and screen.width() > 0:
            width = min(width, int(screen.width() * 0.95))
            height = min(height, int(screen.height() * 0.9))
        self.resize(width, height)

    def _set_content(self, content: QWidget) -> None:
        """The window's body, under the notice."""
        body = QWidget(objectName="windowBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.notice)
        layout.addWidget(content, 1)
        self.setCentralWidget(body)

    def _show_problem(self, problem: str) -> None:
        self._set_content(self.detail_view)
        self.detail_view.setHtml(
            self.tr(
                "<h2>The reference database cannot be used</h2><p>{problem}</p>"
                "<p>Nothing was changed. Reinstall sco-desktop, or start it with"
                " <code>--db PATH</code> and a good copy of the database; <code>sco-desktop"
                " verify</code> says what is wrong with a file.</p>"
            ).format(problem=escape(problem))
        )
        self.statusBar().showMessage(self.tr("No reference data"))

    # -- showing and the wiring of the controllers -----------------------------------------------

    @property
    def as_of(self) -> str:
        return self.as_of_edit.date().toString(Qt.DateFormat.ISODate)

    @property
    def current(self) -> tuple[str, str] | None:
        return self.navigation.current

    @Slot(str, str)
    def show_entity(self, kind: str, entity_id: str) -> bool:
        """Shows an entity (or the overview, or a chart view) and records it in the history."""
        return self.navigation.show_entity(kind, entity_id)

    @Slot()
    def go_home(self) -> None:
        self.navigation.go_home()

    @Slot(str, str, str)
    def _on_entity_shown(self, kind: str, entity_id: str, title: str) -> None:
        self.setWindowTitle(f"{title} — {APPLICATION_TITLE}" if title else APPLICATION_TITLE)
        self.notes.load(kind, entity_id)
        # The overview is not in the tree: showing it leaves nothing highlighted there.
        self.navigator.show_entity(kind, entity_id)
        if self.detail_stack.currentWidget() is self.detail_view:
            self.find_bar.refresh()
        else:
            self.find_bar.hide()

    @Slot()
    def _on_history_changed(self) -> None:
        self.back_action.setEnabled(self.navigation.can_go_back())
        self.forward_action.setEnabled(self.navigation.can_go_forward())
        if self.navigation.current:
            self._preferences.last_entity = self.navigation.current

    @Slot(bool, bool)
    def _on_bookmark_state(self, enabled: bool, checked: bool) -> None:
        self.bookmark_action.setEnabled(enabled)
        self.bookmark_action.setChecked(checked)

    @Slot()
    def toggle_bookmark(self) -> None:
        wanted = self.bookmark_action.isChecked()
        if not self.notes.set_bookmark(wanted):
            self.bookmark_action.setChecked(not wanted)

    @Slot()
    def _refresh_user_marks(self) -> None:
        self.navigator_model.set_user_marks(*self.notes.marks())
        current = self.navigation.current
        if current and current != OVERVIEW:
            self.navigator.show_entity(*current)

    @Slot(str)
    def _report(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    @Slot(str, str)
    def _on_search_chosen(self, kind: str, entity_id: str) -> None:
        if kind == NOTE_KIND:
            kind = (self.repo.resolve(entity_id) or ("", ""))[0]
            if not kind:
                # A data update removed what the note is about; the note itself is kept.
                self._report(
                    self.tr(
                        "{id} is no longer in the reference data; your note on it is kept"
                    ).format(id=entity_id)
                )
                return
        self.search_field.clear()
        self.show_entity(kind, entity_id)
        self.detail_view.setFocus()

    @Slot()
    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    @Slot()
    def find_in_page(self) -> None:
        """Finds in the pane shown; chart views have no text to find in."""
        if self.detail_stack.currentWidget() is not self.detail_view:
            self._report(self.tr("Find in page works in text panes, not in charts"))
            return
        self.find_bar.open_bar()

    # -- zoom, theme, notes panel ------------------------------------------------------------------

    @property
    def zoom(self) -> int:
        return self._zoom

    def zoom_by(self, steps: int) -> None:
        """One step larger (1) or smaller (-1) on the zoom scale."""
        position = min(range(len(ZOOM_STEPS)), key=lambda i: abs(ZOOM_STEPS[i] - self._zoom))
        position = min(max(position + steps, 0), len(ZOOM_STEPS) - 1)
        self.set_zoom(ZOOM_STEPS[position])

    def set_zoom(self, percent: int, announce: bool = True) -> None:
        """Scales all text of the panes, the notes and the navigator; remembered across runs."""
        percent = min(max(percent, ZOOM_STEPS[0]), ZOOM_STEPS[-1])
        self._zoom = percent
        self._preferences.zoom = percent
        font = QFont(self._base_font)
        font.setPointSizeF(self._base_font.pointSizeF() * percent / 100)
        for widget in (self.navigator, self.detail_stack, self.notes_pane, self.find_bar):
            widget.setFont(font)
        self.navigation.set_zoom(percent)
        self.zoom_reset_action.setEnabled(percent != ZOOM_DEFAULT)
        if announce:
            self._report(self.tr("Text at {percent}%").format(percent=percent))

    def set_theme(self, choice: str) -> None:
        """View > Theme: system, light or dark; remembered across runs."""
        self._preferences.theme = choice
        theme.apply(choice)
        for item in self.theme_actions.actions():
            item.setChecked(item.data() == choice)
        self.navigation.refresh()

    @Slot()
    def _on_system_scheme_changed(self) -> None:
        if self._preferences.theme == THEMES[0]:
            theme.apply(THEMES[0])
            self.navigation.refresh()

    @Slot(bool)
    def toggle_notes_panel(self, shown: bool) -> None:
        """Shows the notes panel at its last height, or collapses it to give the pane its room."""
        sizes = self.right_splitter.sizes()
        total = sum(sizes)
        if shown:
            notes = self._notes_height or round(total * NOTES_SHARE)
            self.right_splitter.setSizes([max(total - notes, 0), notes])
        else:
            if sizes[1]:
                self._notes_height = sizes[1]
            self.right_splitter.setSizes([total, 0])

    @Slot(int, int)
    def _on_notes_splitter_moved(self, _position: int, _index: int) -> None:
        notes = self.right_splitter.sizes()[1]
        if notes:
            self._notes_height = notes
        self.notes_panel_action.setChecked(notes > 0)

    @Slot()
    def show_shortcuts(self) -> None:
        dialog = ShortcutsDialog(self._menu_actions(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _menu_actions(self) -> list[QAction]:
        """The window's actions in menu order."""
        found: list[QAction] = []

        def walk(actions):
            for item in actions:
                if item.menu():
                    walk(item.menu().actions())
                elif item not in found and not item.isSeparator():
                    found.append(item)

        walk(self.menuBar().actions())
        return found

    @Slot()
    def focus_filter(self) -> None:
        self.navigator.filter_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.navigator.filter_field.selectAll()

    @Slot(QDate)
    def _on_as_of_changed(self, _date: QDate) -> None:
        self.navigator_model.set_as_of(self.as_of)
        self.navigation.set_as_of(self.as_of)
        self._update_status()

    @Slot(QPoint)
    def _navigator_menu(self, point: QPoint) -> None:
        key = self.navigator.tree.indexAt(point).data(KeyRole)
        if not key or key[0] != "state":
            return
        menu = QMenu(self.navigator.tree)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(self.tr("Compare with…"), lambda: self.compare_with(key[1]))
        menu.popup(self.navigator.tree.viewport().mapToGlobal(point))

    def compare_with(self, state_id: str) -> None:
        """Opens the Compare view with this state added to those already compared."""
        self.show_entity(VIEW_KIND, "compare")
        view = self.navigation.views["compare"]
        others = [s for s in view.model.states if s != state_id]
        view.set_states([*others, state_id][-MAX_COMPARED:])

    @Slot(str)
    def set_as_of(self, day: str) -> None:
        """Moves the as-of date (ISO) within the data's range; the panes and views follow."""
        self.as_of_edit.setDate(QDate.fromString(day, Qt.DateFormat.ISODate))

    @Slot()
    def reset_as_of(self) -> None:
        self.as_of_edit.setDate(self.as_of_edit.maximumDate())

    def _update_status(self) -> None:
        counts = self.repo.counts()
        language = translation.current()
        text = data_origin(self.repo.data_as_of, self._data, language)
        if self.as_of != self.repo.data_as_of:
            text = self.tr("Statuses shown as of {date} · {origin}").format(
                date=self.as_of, origin=text
            )
        self.data_label.setText(text)
        old = data_age_warning(
            self.repo.data_as_of, self._preferences.data_age_days, dt.date.today(), language
        )
        self.data_age_label.set_full_text(old)
        self.data_age_label.setVisible(bool(old))
        self.data_label.setToolTip(
            self.tr(
                "{states} states, {bodies} bodies, {meetings} meetings,"
                " {documents} documents, {sources} sources"
            ).format(
                states=counts.states,
                bodies=counts.bodies,
                meetings=counts.summits,
                documents=counts.documents,
                sources=counts.sources,
            )
        )

    # -- copying -----------------------------------------------------------------------------------

    @Slot()
    def copy(self) -> None:
        """Copies the selection, or with nothing selected the whole pane with its citations."""
        focus = QGuiApplication.focusObject()
        # The window's own idea of its focus: the application's is empty while it is inactive.
        holder = self.focusWidget()
        own = holder.findChild(QAction, OWN_COPY_ACTION) if holder is not None else None
        if own is not None:
            own.trigger()
            return
        if focus is not self.detail_view and hasattr(focus, "copy"):
            if hasattr(focus, "hasSelectedText"):
                selected = focus.hasSelectedText()
            else:
                selected = hasattr(focus, "textCursor") and focus.textCursor().hasSelection()
            if selected:
                focus.copy()
                return
        cursor = self.detail_view.textCursor()
        text = cursor.selectedText() if cursor.hasSelection() else self.detail_view.toPlainText()
        QGuiApplication.clipboard().setText(text.replace("\u2029", "\n"))

    @Slot()
    def copy_citation(self) -> None:
        """Copies a one-line reference to the pane shown."""
        QGuiApplication.clipboard().setText(self.citation())

    def citation(self) -> str:
        title = self.windowTitle().removesuffix(f" — {APPLICATION_TITLE}")
        kind, entity_id = self.navigation.current or OVERVIEW
        return self.tr(
            "{title} [{kind} {id}]. SCO Desktop reference data, as of {date}"
            " (sco-desktop {version})."
        ).format(
            title=title, kind=kind, id=entity_id, date=self.repo.data_as_of, version=__version__
        )

    @Slot(str)
    def _copy_source_url(self, source_id: str) -> None:
        source = self._sources.get(source_id)
        if source and source.url:
            QGuiApplication.clipboard().setText(source.url)
            self._report(self.tr("Address copied"))

    @Slot()
    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About SCO Desktop"),
            about_html(__version__, self.repo.data_as_of, self._sources.values()),
        )

    # -- events and settings -----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self._is_zoom_key(event):
            # A text view claims the zoom keys for its own font (headings would not follow):
            # refusing its claim lets the window's zoom actions have them.
            event.ignore()
            return True
        if event.type() == QEvent.Type.Wheel and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            # Ctrl+wheel zooms every text together, never the pane's own font alone.
            delta = event.angleDelta().y()
            if delta:
                self.zoom_by(1 if delta > 0 else -1)
            return True
        if event.type() == QEvent.Type.MouseButtonPress:
            if event.button() == Qt.MouseButton.BackButton:
                self.navigation.go_back()
                return True
            if event.button() == Qt.MouseButton.ForwardButton:
                self.navigation.go_forward()
                return True
        return super().eventFilter(watched, event)

    def _is_zoom_key(self, event) -> bool:
        pressed = QKeySequence(event.keyCombination())
        zoom_actions = (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action)
        return any(pressed in action.shortcuts() for action in zoom_actions)

    def _restore(self) -> None:
        if geometry := self._preferences.geometry:
            self.restoreGeometry(geometry)
        if state := self._preferences.window_state:
            self.restoreState(state)
        if splitter := self._preferences.splitter_state:
            self.splitter.restoreState(splitter)
        if notes_splitter := self._preferences.notes_splitter_state:
            self.right_splitter.restoreState(notes_splitter)
            self.notes_panel_action.setChecked(self.right_splitter.sizes()[1] > 0)
        self.set_zoom(self._preferences.zoom, announce=False)
        last = self._preferences.last_entity
        if not (last and self.show_entity(*last)):
            self.go_home()

    def save_state(self) -> None:
        """Saves the pending note and the layout, so a window built next restores them."""
        if self.repo is not None:
            self.notes.flush()
            self._preferences.geometry = self.saveGeometry()
            self._preferences.window_state = self.saveState()
            self._preferences.splitter_state = self.splitter.saveState()
            self._preferences.notes_splitter_state = self.right_splitter.saveState()
            self._preferences.sync()

    def closeEvent(self, event) -> None:
        self.save_state()
        if self.repo is not None:
            self.search_field.hide_results()
        super().closeEvent(event)
